import * as assert from 'assert';
import { findLookalikeCodes, fixLookalikes } from '../../../src/core/corpus/lookalikes';
import { termOfDate, yearsOfTerm } from '../../../src/core/corpus/terms';
import { foldForSearch } from '../../../src/core/corpus/fold';
import { readSeed, seedFiles } from '../../paths';

describe('look-alike characters in codes', () => {
  it('finds U+00D0 for Đ and Cyrillic letters, and gives the intended code', () => {
    const text = 'Quy định số 37-Q\u00d0/TW và Nghị quyết 03-NQ/\u00d0UK, Chỉ thị 05-\u0421T/TW, Nghị định 15/2020/N\u0110-CP, 08-NQ/TU.';
    const found = findLookalikeCodes(text);
    assert.deepStrictEqual(found.map((f) => [f.text, f.fixed, f.characters]), [
      ['37-Q\u00d0/TW', '37-QĐ/TW', ['U+00D0']],
      ['03-NQ/\u00d0UK', '03-NQ/ĐUK', ['U+00D0']],
      ['05-\u0421T/TW', '05-CT/TW', ['U+0421']],
    ]);
    for (const f of found) assert.strictEqual(text.slice(f.start, f.end), f.text);
  });

  it('finds them in a code written with another dash, or spaces around it, as the keys read it', () => {
    const text = 'Chỉ thị 05\u2013CT/\u0422W, Chỉ thị 06 - CT/\u0422W, Chỉ thị 07\u2011CT/\u0422W và Nghị định 15/2020/N\u00d0\u2013CP; 08\u2013NQ/TU.';
    const found = findLookalikeCodes(text);
    assert.deepStrictEqual(found.map((f) => f.text), ['05\u2013CT/\u0422W', '06 - CT/\u0422W', '07\u2011CT/\u0422W', '15/2020/N\u00d0\u2013CP']);
    assert.deepStrictEqual(found.map((f) => f.fixed), ['05\u2013CT/TW', '06 - CT/TW', '07\u2011CT/TW', '15/2020/NĐ\u2013CP']);
    for (const f of found) assert.strictEqual(text.slice(f.start, f.end), f.text);
    assert.deepStrictEqual(findLookalikeCodes('Chỉ thị số 05 -\n\u0421T/TW'), [], 'never across a line break');
  });

  it('reads a code with Ư, in NFC and in NFD alike', () => {
    for (const text of ['Chỉ thị số 12-CT/\u0422Ư của Ban Bí thư.', 'Chỉ thị số 12-CT/\u0422Ư của Ban Bí thư.'.normalize('NFD')]) {
      const found = findLookalikeCodes(text);
      assert.deepStrictEqual(found.map((f) => [f.fixed.normalize('NFC'), f.characters]), [['12-CT/TƯ', ['U+0422']]]);
      assert.strictEqual(text.slice(found[0].start, found[0].end), found[0].text);
      assert.ok(found[0].text.normalize('NFC').endsWith('Ư'), 'the mark of Ư is in the range');
    }
  });

  it('finds nothing in the seeds, whose codes are written correctly', () => {
    for (const f of seedFiles()) assert.deepStrictEqual(findLookalikeCodes(readSeed(f)), [], f);
    assert.strictEqual(fixLookalikes('05-CT/TW'), '05-CT/TW');
  });
});

describe('terms and folding', () => {
  it('places the documents of the domain guide in their terms', () => {
    assert.strictEqual(termOfDate('2012-01-16'), 'XI'); // 12-NQ/TW, Trung ương 4 khóa XI
    assert.strictEqual(termOfDate('2016-10-30'), 'XII'); // 04-NQ/TW
    assert.strictEqual(termOfDate('2016-05-15'), 'XII'); // 05-CT/TW
    assert.strictEqual(termOfDate('2016-01-10'), 'XI'); // before the XII Congress closed
    assert.strictEqual(termOfDate('2022-01'), 'XIII');
    assert.strictEqual(termOfDate('1970-01-01'), null);
    assert.strictEqual(termOfDate(null), null);
    assert.deepStrictEqual(yearsOfTerm('XII'), [2016, 2021]);
  });

  it('folds case, diacritics, đ, NFD and no-break spaces', () => {
    assert.strictEqual(foldForSearch('Nguyễn Mạnh Cường'), 'nguyen manh cuong');
    assert.strictEqual(foldForSearch('ĐỖ\u00a0THỊ LÝ'.normalize('NFD')), 'do thi ly');
  });
});

import { matchesAnyGlob } from '../../../src/core/corpus/glob';

describe('corpus globs', () => {
  it('match the default include and exclude patterns like VS Code', () => {
    assert.ok(matchesAnyGlob('seeds/000_4f3252d0255d6cbe.txt', ['**/seeds/**/*.txt']));
    assert.ok(matchesAnyGlob('a/b/seeds/x/y.txt', ['**/seeds/**/*.txt']));
    assert.ok(matchesAnyGlob('note.vankien', ['**/*.vankien']));
    assert.ok(!matchesAnyGlob('seeds/a.md', ['**/seeds/**/*.txt']));
    assert.ok(matchesAnyGlob('x/node_modules/p/a.txt', ['**/node_modules/**']));
    assert.ok(matchesAnyGlob('docs/a.txt', ['**/*.{md,txt}']));
    assert.ok(!matchesAnyGlob('docs/a.txt', ['*.txt']));
  });
});
