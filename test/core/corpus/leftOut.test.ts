// The list of files that stopped an extraction worker: kept on disk beside the index cache, a file
// held while it stays as it was, tried again once it changes or the extension reading it does.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { statStamp } from '../../../src/core/corpus/indexCache';
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

  it('holds a file while it is as it was, across a save (which makes its folder) and a load; a change lets it be tried again', async () => {
    const a = doc('a.txt', 'Chỉ thị số 05-CT/TW');
    // The workspace storage does not exist before the extension writes to it.
    const listFile = path.join(dir, 'storage', 'nested', LEFT_OUT_FILE_NAME);
    const list = new LeftOut(listFile);
    assert.strictEqual(await list.load('1.0|5242880'), undefined, 'no list yet: an empty one');
    list.add(a.key, statStamp(a.file)!);
    assert.ok(list.dirty);
    await list.save();
    assert.strictEqual(list.dirty, false);

    const again = new LeftOut(listFile);
    assert.strictEqual(await again.load('1.0|5242880'), undefined);
    assert.deepStrictEqual(again.keys(), [a.key]);
    assert.strictEqual(again.holds(a.key, statStamp(a.file)), true);

    // Rewritten with more text: a new size and time.
    fs.writeFileSync(a.file, 'Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị.');
    assert.strictEqual(again.holds(a.key, statStamp(a.file)), false, 'changed: not held');
    assert.strictEqual(again.has(a.key), true, 'still listed: read on a worker only');
    assert.strictEqual(again.delete(a.key), true);
    assert.strictEqual(again.has(a.key), false);
    assert.ok(again.dirty);
  });

  it('another extension version or read limit, or a rebuild, tries every file again; a gone file is never held', async () => {
    const a = doc('a.txt', 'x');
    const list = new LeftOut(path.join(dir, LEFT_OUT_FILE_NAME));
    await list.load('1.0|5242880');
    list.add(a.key, statStamp(a.file)!);
    assert.strictEqual(list.holds(a.key, statStamp(a.file)), true);
    await list.load('1.1|5242880');
    assert.strictEqual(list.holds(a.key, statStamp(a.file)), false, 'read by another version: tried again');
    assert.strictEqual(list.has(a.key), true);
    list.add(a.key, statStamp(a.file)!);
    list.retryAll();
    assert.strictEqual(list.holds(a.key, statStamp(a.file)), false, 'a rebuild tries it again');
    list.add(a.key, statStamp(a.file)!);
    assert.strictEqual(list.holds(a.key, null), false, 'a file gone is not held');
  });

  it('a write that fails leaves the list to be written again; a write holds the list as it is when its turn comes', async () => {
    const a = doc('a.txt', 'x');
    const b = doc('b.txt', 'y');
    // The list's folder cannot be made: a file stands where it would be.
    fs.writeFileSync(path.join(dir, 'blocked'), '');
    const blocked = new LeftOut(path.join(dir, 'blocked', LEFT_OUT_FILE_NAME));
    await blocked.load('f');
    blocked.add(a.key, statStamp(a.file)!);
    await assert.rejects(blocked.save());
    assert.strictEqual(blocked.dirty, true);
    await blocked.load('f');
    assert.deepStrictEqual(blocked.keys(), [a.key], 'the next load keeps what is still to be written');

    const file = path.join(dir, LEFT_OUT_FILE_NAME);
    const list = new LeftOut(file);
    await list.load('f');
    list.add(a.key, statStamp(a.file)!);
    const first = list.save();
    assert.strictEqual(list.dirty, false);
    assert.strictEqual(list.unwritten, true, 'a write under way has not landed');
    list.add(b.key, statStamp(b.file)!);
    const second = list.save();
    await Promise.all([first, second]);
    assert.strictEqual(list.unwritten, false);
    assert.deepStrictEqual(Object.keys((JSON.parse(fs.readFileSync(file, 'utf8')) as { files: object }).files).sort(), [a.key, b.key].sort());
    // Written, the list on disk is the one a load reads: a file taken out of it there is gone.
    fs.writeFileSync(file, JSON.stringify({ version: 1, fingerprint: 'f', files: { [b.key]: '1:2:3:4' } }));
    await list.load('f');
    assert.deepStrictEqual(list.keys(), [b.key]);
  });

  it('written synchronously (as the window closes), the list is the one a load reads', async () => {
    const a = doc('a.txt', 'x');
    const file = path.join(dir, 'new', LEFT_OUT_FILE_NAME);
    const list = new LeftOut(file);
    await list.load('f');
    list.add(a.key, statStamp(a.file)!);
    list.saveSync();
    assert.strictEqual(list.unwritten, false);
    assert.deepStrictEqual(fs.readdirSync(path.dirname(file)), [LEFT_OUT_FILE_NAME], 'no temporary file is left');
    const again = new LeftOut(file);
    assert.strictEqual(again.holds(a.key, statStamp(a.file)), true, 'read as the extension starts, before any load');
  });

  it('a write under way when the window closes does not land its older list over the one written synchronously', async () => {
    const [a, b] = [doc('a.txt', 'x'), doc('b.txt', 'y')];
    const file = path.join(dir, LEFT_OUT_FILE_NAME);
    const list = new LeftOut(file);
    await list.load('f');
    list.add(a.key, statStamp(a.file)!);
    const under = list.save();
    // Caught while its temporary file is written: the list it holds is the one with a alone.
    let caught = false;
    for (let i = 0; i < 10_000 && !caught; i++) {
      await new Promise((r) => setImmediate(r));
      caught = fs.readdirSync(dir).some((f) => f.endsWith('.tmp'));
    }
    assert.ok(caught, 'the write was not caught under way');
    list.add(b.key, statStamp(b.file)!);
    list.saveSync();
    await under;
    const read = new LeftOut(file);
    assert.deepStrictEqual([read.has(a.key), read.has(b.key)], [true, true], fs.readFileSync(file, 'utf8'));
    assert.ok(!fs.readdirSync(dir).some((f) => f.endsWith('.tmp')), 'no temporary file is left');
    assert.strictEqual(list.unwritten, false);
  });

  it('a file renamed, or under a folder renamed, stays listed under its new name', async () => {
    const list = new LeftOut();
    await list.load('f');
    const stamp = { size: 1, mtimeMs: 2, ctimeMs: 3, ino: 4 };
    list.add('file:///w/a.txt', stamp);
    list.add('file:///w/old/b.txt', stamp);
    list.add('file:///w/other/c.txt', stamp);
    const moved = list.rename((k) => (k === 'file:///w/a.txt' ? 'file:///w/z.txt' : k.startsWith('file:///w/old/') ? 'file:///w/new/' + k.slice('file:///w/old/'.length) : undefined));
    assert.strictEqual(moved, true);
    assert.deepStrictEqual(list.keys().sort(), ['file:///w/new/b.txt', 'file:///w/other/c.txt', 'file:///w/z.txt']);
    assert.strictEqual(list.holds('file:///w/new/b.txt', stamp), true);
  });

  it('a damaged list says why, and starts empty; an unknown shape is refused', async () => {
    const file = path.join(dir, LEFT_OUT_FILE_NAME);
    fs.writeFileSync(file, '{"version": 1, "files": {"file:///a.txt": "1:2:3');
    assert.match((await new LeftOut(file).load('f')) ?? '', /JSON/);
    fs.writeFileSync(file, JSON.stringify({ version: 2, files: {} }));
    assert.strictEqual(await new LeftOut(file).load('f'), 'not a list of left-out files');
    fs.writeFileSync(file, JSON.stringify({ version: 1, fingerprint: 'f', files: { 'file:///a.txt': '1:2:3:4', 'file:///b.txt': 5 } }));
    const list = new LeftOut(file);
    assert.strictEqual(await list.load('f'), undefined);
    assert.deepStrictEqual(list.keys(), ['file:///a.txt'], 'an entry that is not a stamp is dropped');
    assert.strictEqual(list.holds('file:///a.txt', { size: 1, mtimeMs: 2, ctimeMs: 3, ino: 4 }), true);
  });
});
