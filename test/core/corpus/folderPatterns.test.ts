import * as assert from 'assert';
import { MalformedSetting, txtPatternsFor, withAssociation, withInclude } from '../../../src/core/corpus/folderPatterns';
import { isCorpusPath } from '../../../src/core/corpus/glob';

describe('the settings that make a folder\'s .txt files Văn kiện documents', () => {
  it('name a folder inside the workspace folder by its path there', () => {
    const p = txtPatternsFor('tai-lieu/van-ban 2023', 'du-an', false);
    assert.deepStrictEqual(p, { association: '**/tai-lieu/van-ban 2023/**/*.txt', include: 'tai-lieu/van-ban 2023/**/*.txt' });
    // The include reads the folder's .txt files at any depth, and nothing beside them.
    assert.ok(isCorpusPath('tai-lieu/van-ban 2023/quy-1/kh-12.txt', '/home/u/du-an/tai-lieu/van-ban 2023/quy-1/kh-12.txt', [p.include], []));
    assert.ok(!isCorpusPath('tai-lieu/khac.txt', '/home/u/du-an/tai-lieu/khac.txt', [p.include], []));
    assert.ok(!isCorpusPath('tai-lieu/van-ban 2023/bang.csv', '/home/u/du-an/tai-lieu/van-ban 2023/bang.csv', [p.include], []));
  });

  it('take every .txt for the workspace folder itself, and only its own when the workspace has several', () => {
    assert.deepStrictEqual(txtPatternsFor('', 'van-kien', false), { association: '**/*.txt', include: '**/*.txt' });
    assert.deepStrictEqual(txtPatternsFor('', 'van-kien', true), { association: '**/van-kien/**/*.txt', include: '**/*.txt' });
    // A subfolder of one of several roots: not the same-named folders of the others.
    assert.deepStrictEqual(txtPatternsFor('van-ban', 'tinh', true), { association: '**/tinh/van-ban/**/*.txt', include: 'van-ban/**/*.txt' });
  });

  it('match a folder whose name holds glob characters, as written', () => {
    const p = txtPatternsFor('Lưu trữ [2023]', 'x', false);
    assert.strictEqual(p.include, 'Lưu trữ ?2023?/**/*.txt');
    assert.ok(isCorpusPath('Lưu trữ [2023]/a.txt', '/x/Lưu trữ [2023]/a.txt', [p.include], []));
  });

  it('add to what the settings hold, never replacing it, and say when there is nothing to add', () => {
    const mine = { '*.md': 'markdown', '**/seeds/**/*.txt': 'vankien' };
    assert.deepStrictEqual(withAssociation(mine, '**/van-ban/**/*.txt'), { ...mine, '**/van-ban/**/*.txt': 'vankien' });
    assert.deepStrictEqual(mine, { '*.md': 'markdown', '**/seeds/**/*.txt': 'vankien' }, 'the settings read are not changed in place');
    assert.strictEqual(withAssociation(mine, '**/seeds/**/*.txt'), null);
    // An association of the same pattern with another language is the user's choice to change: it is replaced.
    assert.deepStrictEqual(withAssociation({ '**/*.txt': 'plaintext' }, '**/*.txt'), { '**/*.txt': 'vankien' });
    assert.deepStrictEqual(withAssociation(undefined, '**/*.txt'), { '**/*.txt': 'vankien' });
    assert.deepStrictEqual(withInclude(['**/*.vankien', '**/seeds/**/*.txt'], 'van-ban/**/*.txt'), ['**/*.vankien', '**/seeds/**/*.txt', 'van-ban/**/*.txt']);
    assert.strictEqual(withInclude(['van-ban/**/*.txt'], 'van-ban/**/*.txt'), null);
  });

  it('refuse to add to a setting written in another shape by hand, rather than spread it into characters', () => {
    for (const bad of ['docs/**/*.txt', ['a', 1], 7, true]) {
      assert.throws(() => withInclude(bad, 'van-ban/**/*.txt'), (e: unknown) => e instanceof MalformedSetting && e.setting === 'vankien.corpus.include' && e.expected === 'list', JSON.stringify(bad));
    }
    for (const bad of ['**/*.txt', ['**/*.txt'], 3]) {
      assert.throws(() => withAssociation(bad, '**/*.txt'), (e: unknown) => e instanceof MalformedSetting && e.setting === 'files.associations' && e.expected === 'map', JSON.stringify(bad));
    }
    assert.deepStrictEqual(withAssociation(null, '**/*.txt'), { '**/*.txt': 'vankien' }, 'null is no setting');
  });
});
