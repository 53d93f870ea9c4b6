// The list of files that stopped an extraction worker: kept on disk beside the index cache, a file
// held while it stays as it was, read again once it changes.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { LEFT_OUT_FILE_NAME, LeftOut } from '../../../src/core/corpus/leftOut';

describe('files left out for stopping an extraction worker', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vankien-leftout-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const doc = (name: string, text: string) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    return { key: 'file://' + file, file };
  };

  it('holds a file while it is as it was, across a save and a load; a change lets it be read again (on a worker)', async () => {
    const a = doc('a.txt', 'Chỉ thị số 05-CT/TW');
    const list = new LeftOut(path.join(dir, LEFT_OUT_FILE_NAME));
    assert.strictEqual(list.load(), undefined, 'no list yet: an empty one');
    assert.ok(list.add(a.key, a.file));
    assert.ok(list.dirty);
    await list.save();
    assert.strictEqual(list.dirty, false);

    const again = new LeftOut(path.join(dir, LEFT_OUT_FILE_NAME));
    assert.strictEqual(again.load(), undefined);
    assert.deepStrictEqual(again.keys(), [a.key]);
    assert.strictEqual(again.holds(a.key, a.file), true);

    // Rewritten with more text: a new size and time.
    fs.writeFileSync(a.file, 'Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị.');
    assert.strictEqual(again.holds(a.key, a.file), false, 'changed: not held');
    assert.strictEqual(again.has(a.key), true, 'still marked: read on a worker only');
    assert.strictEqual(again.delete(a.key), true);
    assert.strictEqual(again.has(a.key), false);
    assert.ok(again.dirty);
  });

  it('a file gone is neither added nor held', () => {
    const list = new LeftOut();
    const gone = path.join(dir, 'gone.txt');
    assert.strictEqual(list.add('file://' + gone, gone), false);
    assert.strictEqual(list.size, 0);
    const b = doc('b.txt', 'x');
    list.add(b.key, b.file);
    fs.rmSync(b.file);
    assert.strictEqual(list.holds(b.key, b.file), false);
  });

  it('a damaged list says why, and starts empty; an unknown shape is refused', () => {
    const file = path.join(dir, LEFT_OUT_FILE_NAME);
    fs.writeFileSync(file, '{"version": 1, "files": {"file:///a.txt": "1:2:3');
    const list = new LeftOut(file);
    assert.match(list.load() ?? '', /JSON/);
    assert.strictEqual(list.size, 0);
    fs.writeFileSync(file, JSON.stringify({ version: 2, files: {} }));
    assert.strictEqual(list.load(), 'not a list of left-out files');
    fs.writeFileSync(file, JSON.stringify({ version: 1, files: { 'file:///a.txt': '1:2:3:4', 'file:///b.txt': 5 } }));
    assert.strictEqual(list.load(), undefined);
    assert.deepStrictEqual(list.keys(), ['file:///a.txt'], 'an entry that is not a stamp is dropped');
  });
});
