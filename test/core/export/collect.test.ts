import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { collectFiles } from '../../../src/core/export/collect';

describe('which files an export covers and their names', () => {
  let tmp: string;
  before(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vankien-collect-'));
    for (const f of ['corpus/a.txt', 'corpus/deep/b.vankien', 'corpus/deep/c.TXT', 'corpus/readme.md', 'corpus/.git/x.txt', 'corpus/node_modules/y.txt', 'other/d.txt', 'other/e.data']) {
      fs.mkdirSync(path.dirname(path.join(tmp, f)), { recursive: true });
      fs.writeFileSync(path.join(tmp, f), 'x');
    }
    fs.symlinkSync(path.join(tmp, 'corpus'), path.join(tmp, 'corpus', 'deep', 'loop'));
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('names a folder\'s files under the folder\'s own name, skipping .git, node_modules and link loops', () => {
    const c = collectFiles(['corpus'], tmp);
    assert.deepStrictEqual(c.files.map((f) => f.path), ['corpus/a.txt', 'corpus/deep/b.vankien', 'corpus/deep/c.TXT']);
    assert.deepStrictEqual(c.errors, []);
  });

  it('names a single file by its own name, whatever its extension', () => {
    assert.deepStrictEqual(collectFiles([path.join(tmp, 'other', 'e.data')]).files.map((f) => f.path), ['e.data']);
  });

  it('exports a file reached both through a link and without one once, under the name without the link', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vankien-collect-links-'));
    try {
      for (const f of ['corpus/z-real/x.txt', 'corpus/b.txt', 'outside/o.txt']) {
        fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
        fs.writeFileSync(path.join(dir, f), 'x');
      }
      // The link sorts before the folder it points to, and a linked file beside its target.
      fs.symlinkSync(path.join(dir, 'corpus', 'z-real'), path.join(dir, 'corpus', 'a-link'));
      fs.symlinkSync(path.join(dir, 'corpus', 'b.txt'), path.join(dir, 'corpus', 'a.txt'));
      fs.symlinkSync(path.join(dir, 'outside', 'o.txt'), path.join(dir, 'corpus', 'o.txt'));
      fs.symlinkSync(path.join(dir, 'outside'), path.join(dir, 'corpus', 'elsewhere'));
      const c = collectFiles(['corpus'], dir);
      // A file or folder reachable only through a link keeps the link's name, once.
      assert.deepStrictEqual(c.files.map((f) => f.path), ['corpus/b.txt', 'corpus/o.txt', 'corpus/z-real/x.txt']);
      assert.deepStrictEqual(c.errors, []);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('leaves out a FIFO found in a folder and names it, but takes one named as an input', function () {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vankien-collect-fifo-'));
    try {
      fs.writeFileSync(path.join(dir, 'a.txt'), 'x');
      if (spawnSync('mkfifo', [path.join(dir, 'fifo.txt')]).status !== 0) this.skip();
      fs.symlinkSync(path.join(dir, 'fifo.txt'), path.join(dir, 'link.txt'));
      const c = collectFiles([dir]);
      assert.deepStrictEqual(c.files.map((f) => [f.path, f.named]), [[`${path.basename(dir)}/a.txt`, false]]);
      assert.deepStrictEqual(c.errors.map((e) => [path.basename(e.path), e.message]).sort(), [
        ['fifo.txt', 'not a regular file: a named pipe (FIFO)'], ['link.txt', 'not a regular file: a named pipe (FIFO)'],
      ]);
      assert.deepStrictEqual(collectFiles([path.join(dir, 'fifo.txt')]).files.map((f) => [f.path, f.named]), [['fifo.txt', true]]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names files of several paths relative to the folder holding them all, once each, following a linked folder once', () => {
    const c = collectFiles(['other/d.txt', 'corpus/deep', 'corpus/deep/b.vankien', 'nowhere/z.txt'], tmp);
    assert.deepStrictEqual(c.files.map((f) => f.path), ['corpus/deep/b.vankien', 'corpus/deep/c.TXT', 'corpus/deep/loop/a.txt', 'other/d.txt']);
    assert.deepStrictEqual(c.errors, [{ path: 'nowhere/z.txt', message: 'no such file or directory' }]);
  });
});
