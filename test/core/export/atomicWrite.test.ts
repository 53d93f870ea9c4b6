import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { TargetExistsError, writeFileAtomic } from '../../../src/core/export';

describe('atomic write', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vankien-atomic-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const leftovers = (): string[] => fs.readdirSync(dir).filter((n) => n.endsWith('.tmp'));

  it('writes the whole content and leaves no temporary file', async () => {
    const target = path.join(dir, 'tags.yaml');
    const big = 'Nghị quyết số 08-NQ/TU\n'.repeat(200_000);
    await writeFileAtomic(target, big);
    assert.strictEqual(fs.readFileSync(target, 'utf8'), big);
    assert.deepStrictEqual(leftovers(), []);
  });

  it('writes a file whose name is as long as the file system allows (a long Vietnamese title), over one too', async () => {
    // A title's letters of one to three bytes and ".tags.yaml": 250 bytes, where a name may have 255.
    const title = 'Nghị quyết về tăng cường công tác xây dựng, chỉnh đốn Đảng và hệ thống chính trị cơ sở';
    let name = `${title} ${title}`.replace(/[ ,]+/g, '-');
    while (Buffer.byteLength(name + '.tags.yaml') > 250) name = name.slice(0, -1);
    const target = path.join(dir, name + '.tags.yaml');
    assert.ok(Buffer.byteLength(path.basename(target)) > 240, `${Buffer.byteLength(path.basename(target))} bytes`);
    await writeFileAtomic(target, 'first\n');
    await writeFileAtomic(target, 'second\n', { overwrite: true });
    assert.strictEqual(fs.readFileSync(target, 'utf8'), 'second\n');
    assert.deepStrictEqual(leftovers(), []);
  });

  it('writes pieces of text as they come, the same bytes as the text whole', async () => {
    const target = path.join(dir, 'tags.csv');
    // Over a batch (1 MB), with letters of two and three bytes and a character of two UTF-16 units.
    const pieces = Array.from({ length: 60_000 }, (_, i) => `${i},Nghị quyết số 08-NQ/TU 𠀧\r\n`);
    await writeFileAtomic(target, pieces);
    assert.deepStrictEqual(fs.readFileSync(target), Buffer.from(pieces.join(''), 'utf8'));
    assert.deepStrictEqual(leftovers(), []);
  });

  it('leaves neither a target nor a temporary file when the pieces fail half-way', async () => {
    const target = path.join(dir, 'tags.yaml');
    function* failing(): Generator<string> {
      for (let i = 0; i < 50_000; i++) yield 'x'.repeat(100);
      throw new Error('cannot serialise');
    }
    await assert.rejects(writeFileAtomic(target, failing()), /cannot serialise/);
    assert.deepStrictEqual(fs.readdirSync(dir), []);
    fs.writeFileSync(target, 'old');
    await assert.rejects(writeFileAtomic(target, failing(), { overwrite: true }), /cannot serialise/);
    assert.strictEqual(fs.readFileSync(target, 'utf8'), 'old');
    assert.deepStrictEqual(leftovers(), []);
  });

  it('stops between pieces when its signal is aborted, leaving the target as it was', async () => {
    const target = path.join(dir, 'tags.yaml');
    fs.writeFileSync(target, 'old');
    const controller = new AbortController();
    let yielded = 0;
    function* pieces(): Generator<string> {
      // Over three batches of 1 MB: the user cancels while the first is written.
      for (let i = 0; i < 40_000; i++) {
        if (++yielded === 10_000) controller.abort(new Error('cancelled by the user'));
        yield 'x'.repeat(100);
      }
    }
    await assert.rejects(writeFileAtomic(target, pieces(), { overwrite: true, signal: controller.signal }), /cancelled by the user/);
    assert.ok(yielded < 40_000, `the pieces were asked for to the end (${yielded})`);
    assert.strictEqual(fs.readFileSync(target, 'utf8'), 'old');
    assert.deepStrictEqual(leftovers(), []);
  });

  it('writes nothing when its signal is aborted already', async () => {
    const target = path.join(dir, 'tags.json');
    const controller = new AbortController();
    controller.abort();
    await assert.rejects(writeFileAtomic(target, 'data', { signal: controller.signal }), (e: Error) => e.name === 'AbortError');
    assert.deepStrictEqual(fs.readdirSync(dir), []);
  });

  it('never replaces an existing file without overwrite', async () => {
    const target = path.join(dir, 'tags.json');
    fs.writeFileSync(target, 'keep me');
    await assert.rejects(writeFileAtomic(target, 'new'), (e: unknown) => e instanceof TargetExistsError);
    assert.strictEqual(fs.readFileSync(target, 'utf8'), 'keep me');
    assert.deepStrictEqual(leftovers(), []);
  });

  it('replaces an existing file with overwrite', async () => {
    const target = path.join(dir, 'tags.json');
    fs.writeFileSync(target, 'old content that is longer than the new one');
    await writeFileAtomic(target, 'new', { overwrite: true });
    assert.strictEqual(fs.readFileSync(target, 'utf8'), 'new');
    assert.deepStrictEqual(leftovers(), []);
  });

  it('leaves neither a partial target nor a temporary file when the final step fails', async () => {
    // A non-empty directory in the target's place makes the rename fail after the data is written.
    const target = path.join(dir, 'tags.csv');
    fs.mkdirSync(target);
    fs.writeFileSync(path.join(target, 'inside.txt'), 'x');
    await assert.rejects(writeFileAtomic(target, 'data', { overwrite: true }));
    assert.ok(fs.statSync(target).isDirectory());
    assert.deepStrictEqual(fs.readdirSync(target), ['inside.txt']);
    assert.deepStrictEqual(leftovers(), []);
  });

  it('fails cleanly when the folder does not exist', async () => {
    await assert.rejects(writeFileAtomic(path.join(dir, 'missing', 'tags.json'), 'x'), (e: NodeJS.ErrnoException) =>
      e.code === 'ENOENT' && e.message === `folder ${path.join(dir, 'missing')} does not exist`);
    assert.deepStrictEqual(fs.readdirSync(dir), []);
  });
});
