// Walking a corpus folder on disk: the include and exclude patterns decide as they do for an opened
// file; excluded folders are not entered; links are followed once; a dangling link stops nothing.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { walkCorpusFolder } from '../../../src/core/corpus/walk';
import { isCorpusPath } from '../../../src/core/corpus/glob';

const INCLUDE = ['**/*.vankien', '**/seeds/**/*.txt'];
const EXCLUDE = ['**/node_modules/**', '**/.git/**', '**/private'];

describe('walkCorpusFolder', () => {
  let root: string;
  let outside: string;
  const write = (rel: string) => {
    const f = path.join(root, rel);
    fs.mkdirSync(path.dirname(f), { recursive: true });
    fs.writeFileSync(f, 'Nghị quyết số 12-NQ/TW\n');
  };
  before(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'vankien-walk-'));
    outside = fs.mkdtempSync(path.join(os.tmpdir(), 'vankien-walk-outside-'));
    for (const rel of ['seeds/a.txt', 'seeds/sub/b.txt', 'x.vankien', 'docs/y.vankien', 'other/c.txt', 'seeds/notes.md',
      'node_modules/seeds/d.txt', '.git/seeds/e.txt', 'seeds/private/f.txt', 'seeds/.hidden.txt']) write(rel);
    fs.mkdirSync(path.join(outside, 'seeds'));
    fs.writeFileSync(path.join(outside, 'seeds', 'linked.txt'), 'Chỉ thị số 05-CT/TW\n');
    fs.symlinkSync(outside, path.join(root, 'shared'));
    fs.symlinkSync(root, path.join(root, 'seeds', 'loop')); // a cycle
    fs.symlinkSync(path.join(root, 'nowhere'), path.join(root, 'seeds', 'dangling.txt'));
    fs.symlinkSync(path.join(root, 'seeds', 'selfloop.txt'), path.join(root, 'seeds', 'selfloop.txt')); // a link to itself
    fs.symlinkSync(path.join(root, 'nowhere'), path.join(root, 'seeds', 'dangling.md')); // no corpus file's name
  });
  after(() => {
    fs.rmSync(root, { recursive: true, force: true });
    fs.rmSync(outside, { recursive: true, force: true });
  });

  const rel = (files: string[]) => files.map((f) => path.relative(root, f).split(path.sep).join('/')).sort();

  it('lists the files the patterns take, follows links once, and enters no excluded folder', async () => {
    const r = await walkCorpusFolder(root, { include: INCLUDE, exclude: EXCLUDE });
    assert.deepStrictEqual(rel(r.files), ['docs/y.vankien', 'seeds/.hidden.txt', 'seeds/a.txt', 'seeds/sub/b.txt', 'shared/seeds/linked.txt', 'x.vankien']);
    // The links to corpus files that cannot be followed are reported; a link by another name is not.
    assert.deepStrictEqual(r.errors.map((e) => [e.kind, rel([e.path])[0], e.message]).sort(), [
      ['link', 'seeds/dangling.txt', 'no such file or directory'], ['link', 'seeds/selfloop.txt', 'too many levels of symbolic links'],
    ]);
    // The same answer a check of every file one by one gives.
    for (const f of r.files) assert.ok(isCorpusPath(path.relative(root, f), f, INCLUDE, EXCLUDE), f);
  });

  it('what an exclude leaves out is found without it', async () => {
    const r = await walkCorpusFolder(root, { include: INCLUDE, exclude: EXCLUDE });
    assert.ok(!r.files.some((f) => f.includes('node_modules') || f.includes('.git') || f.includes('private')));
    const everything = await walkCorpusFolder(root, { include: INCLUDE, exclude: [] });
    assert.deepStrictEqual(rel(everything.files).filter((f) => !rel(r.files).includes(f)), ['.git/seeds/e.txt', 'node_modules/seeds/d.txt', 'seeds/private/f.txt']);
  });

  it('patterns whose last part is a brace group with folders in it are matched whole', async () => {
    const include = ['**/{seeds/*.txt,docs/*.vankien}'];
    const r = await walkCorpusFolder(root, { include, exclude: EXCLUDE });
    assert.deepStrictEqual(rel(r.files), ['docs/y.vankien', 'seeds/.hidden.txt', 'seeds/a.txt', 'shared/seeds/linked.txt']);
  });

  it('within a folder: only what lies under it', async () => {
    const r = await walkCorpusFolder(root, { include: INCLUDE, exclude: EXCLUDE, within: path.join(root, 'seeds') });
    assert.deepStrictEqual(rel(r.files), ['seeds/.hidden.txt', 'seeds/a.txt', 'seeds/sub/b.txt']);
  });

  it('a folder or file reached both through a link and without one is listed once, by the name without the link', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vankien-walk-links-'));
    try {
      for (const f of ['seeds/z-real/x.txt', 'seeds/b.txt']) {
        fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
        fs.writeFileSync(path.join(dir, f), 'x');
      }
      // Links that sort (and sit higher) before what they point to.
      fs.symlinkSync(path.join(dir, 'seeds', 'z-real'), path.join(dir, 'a-link'));
      fs.symlinkSync(path.join(dir, 'seeds', 'z-real'), path.join(dir, 'seeds', 'a-link'));
      fs.symlinkSync(path.join(dir, 'seeds', 'b.txt'), path.join(dir, 'seeds', 'a.txt'));
      const r = await walkCorpusFolder(dir, { include: ['**/*.txt'], exclude: [] });
      assert.deepStrictEqual(r.files.map((f) => path.relative(dir, f).split(path.sep).join('/')).sort(), ['seeds/b.txt', 'seeds/z-real/x.txt']);
      assert.deepStrictEqual(r.errors, []);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a FIFO named like a corpus file is reported, not listed (reading it would wait for a writer)', async function () {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vankien-walk-fifo-'));
    try {
      fs.mkdirSync(path.join(dir, 'seeds'));
      fs.writeFileSync(path.join(dir, 'seeds', 'a.txt'), 'x');
      if (spawnSync('mkfifo', [path.join(dir, 'seeds', 'fifo.txt')]).status !== 0) this.skip();
      spawnSync('mkfifo', [path.join(dir, 'seeds', 'fifo.md')]);
      const r = await walkCorpusFolder(dir, { include: INCLUDE, exclude: EXCLUDE });
      assert.deepStrictEqual(r.files, [path.join(dir, 'seeds', 'a.txt')]);
      assert.deepStrictEqual(r.errors, [{ kind: 'special', path: path.join(dir, 'seeds', 'fifo.txt'), message: 'not a regular file: a named pipe (FIFO)' }]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a folder that vanished is reported, not thrown', async () => {
    const r = await walkCorpusFolder(path.join(root, 'gone'), { include: INCLUDE, exclude: EXCLUDE });
    assert.deepStrictEqual(r.files, []);
    assert.strictEqual(r.errors.length, 1);
    assert.strictEqual(r.errors[0].message, 'no such file or directory');
    assert.strictEqual(r.errors[0].kind, 'folder');
    assert.strictEqual(r.errors[0].path, path.join(root, 'gone'));
  });
  it('reads Vietnamese folder and file names written in NFD with patterns typed in NFC', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vankien-walk-nfd-'));
    try {
      for (const rel of ['Văn bản/Hóa.txt', 'Lưu trữ/cũ.txt']) {
        const f = path.join(dir, rel.normalize('NFD'));
        fs.mkdirSync(path.dirname(f), { recursive: true });
        fs.writeFileSync(f, 'Nghị quyết số 12-NQ/TW\n');
      }
      const walked = await walkCorpusFolder(dir, { include: ['Văn bản/**/*.txt', 'Lưu trữ/**/*.txt'], exclude: ['**/Lưu trữ/**'] });
      assert.deepStrictEqual(walked.files.map((f) => path.relative(dir, f).normalize('NFC')), ['Văn bản/Hóa.txt']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
