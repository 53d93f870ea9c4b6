import * as assert from 'assert';
import { folderSearchGlobs, isCorpusPath, isExcludedPath, matchesAnyGlob } from '../../../src/core/corpus/glob';

const INCLUDE = ['**/*.vankien', '**/seeds/**/*.txt'];

describe('corpus globs', () => {
  it('a folder-style exclude covers every file under that folder', () => {
    assert.strictEqual(matchesAnyGlob('archive/seeds/a.txt', ['**/archive']), false, 'the plain match sees only the file');
    assert.strictEqual(isExcludedPath('archive/seeds/a.txt', ['**/archive']), true);
    assert.strictEqual(isExcludedPath('x/.git/seeds/a.txt', ['**/.git']), true);
    assert.strictEqual(isExcludedPath('seeds/archive.txt', ['**/archive']), false, 'a file named like the folder is not under it');
    assert.strictEqual(isExcludedPath('seeds/a.txt', []), false);
  });

  it('excludes see only the path inside the workspace folder', () => {
    assert.strictEqual(isCorpusPath('a.txt', '/tmp/w/seeds/a.txt', INCLUDE, ['**/tmp/**']), true);
    assert.strictEqual(isCorpusPath('tmp/a.txt', '/home/w/seeds/tmp/a.txt', INCLUDE, ['**/tmp/**']), false);
    assert.strictEqual(isCorpusPath('archive/a.txt', '/tmp/w/seeds/archive/a.txt', INCLUDE, ['**/archive']), false);
  });

  it('includes match the folder-relative path or the whole path', () => {
    assert.strictEqual(isCorpusPath('01.txt', '/tmp/w/seeds/01.txt', INCLUDE, []), true, 'the workspace folder is itself seeds');
    assert.strictEqual(isCorpusPath('notes/01.txt', '/tmp/w/docs/notes/01.txt', INCLUDE, []), false);
    assert.strictEqual(isCorpusPath('notes/a.vankien', '/tmp/w/docs/notes/a.vankien', INCLUDE, []), true);
    assert.strictEqual(isCorpusPath('../a.vankien', '/tmp/w/a.vankien', INCLUDE, []), false, 'outside the folder');
  });

  it('search patterns are the include as written, cut below the folder only where the folder matches its head', () => {
    assert.deepStrictEqual(folderSearchGlobs('**/*.vankien', '/tmp/w/docs'), ['**/*.vankien']);
    assert.deepStrictEqual(folderSearchGlobs('**/seeds/**/*.txt', '/tmp/w/docs'), ['**/seeds/**/*.txt'], 'not widened to **/*.txt');
    const inSeeds = folderSearchGlobs('**/seeds/**/*.txt', '/tmp/w/seeds');
    assert.ok(inSeeds.includes('**/seeds/**/*.txt'));
    assert.ok(inSeeds.includes('**/*.txt'), 'the folder is seeds: its .txt files are candidates');
    assert.deepStrictEqual(folderSearchGlobs('{a/*.txt,b/*.md}', '/tmp/w/docs'), ['{a/*.txt,b/*.md}'], 'a brace group with "/" is kept whole');
    // Every file the include accepts by its whole path is found by one of the search patterns.
    for (const rel of ['01.txt', 'x/y/02.txt']) {
      assert.ok(isCorpusPath(rel, '/tmp/w/seeds/' + rel, ['**/seeds/**/*.txt'], []));
      assert.ok(matchesAnyGlob(rel, inSeeds), rel);
    }
  });
  it('matches Vietnamese names alike in NFC and NFD, in the pattern and in the path', () => {
    const nfc = 'Văn bản/Hóa/**/*.txt';
    const nfd = nfc.normalize('NFD');
    for (const [pattern, path] of [[nfc, 'Văn bản/Hóa/2023/a.txt'.normalize('NFD')], [nfd, 'Văn bản/Hóa/2023/a.txt']]) {
      assert.ok(isCorpusPath(path, '/w/' + path, [pattern], []), `${pattern === nfc ? 'NFC' : 'NFD'} pattern`);
    }
    assert.ok(isExcludedPath('Lưu trữ/cũ/a.txt'.normalize('NFD'), ['**/Lưu trữ']));
  });
});
