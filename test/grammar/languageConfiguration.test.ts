// The language configuration's word pattern decides what double-click selects and what
// "the word at the cursor" is for hover and go-to-definition: a Vietnamese word with its marks
// (NFC or NFD), a whole code, a whole date.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { goldDir, readSeed, repoRoot, seedFiles } from '../paths';
import { occurrences } from './tokenizer';
import { toNfd } from './variants';

interface LanguageConfiguration {
  wordPattern: { pattern: string; flags?: string };
  brackets: [string, string][];
  autoClosingPairs: { open: string; close: string }[];
  surroundingPairs: [string, string][];
}

const config = JSON.parse(fs.readFileSync(path.join(repoRoot, 'language-configuration.json'), 'utf8')) as LanguageConfiguration;

/** VS Code compiles the word pattern with its flags plus "g" and walks the matches of a line. */
function words(text: string): { word: string; start: number }[] {
  const pattern = new RegExp(config.wordPattern.pattern, (config.wordPattern.flags ?? '') + 'g');
  return [...text.matchAll(pattern)].map((m) => ({ word: m[0], start: m.index }));
}

describe('language configuration', function () {
  it('keeps codes, dates, times and numbers whole, and Vietnamese words with their marks', function () {
    const line = 'Quy định số 05-CT/TW ngày 15/5/2016, Nghị định 15/2020/NĐ-CP, Quyết định 1234/QĐ-UBND, 37-QÐ/TW, 12–NQ/TW, 4.028 lúc 8:43 khoá uỷ đảng viênluôn';
    assert.deepStrictEqual(
      words(line).map((w) => w.word),
      ['Quy', 'định', 'số', '05-CT/TW', 'ngày', '15/5/2016', 'Nghị', 'định', '15/2020/NĐ-CP', 'Quyết', 'định', '1234/QĐ-UBND',
        '37-QÐ/TW', '12–NQ/TW', '4.028', 'lúc', '8:43', 'khoá', 'uỷ', 'đảng', 'viênluôn'],
    );
  });

  it('keeps decomposed (NFD) words whole', function () {
    const line = toNfd('Đồng chí Nguyễn Mạnh Cường, Tỉnh ủy viên');
    assert.deepStrictEqual(words(line).map((w) => w.word), toNfd('Đồng chí Nguyễn Mạnh Cường Tỉnh ủy viên').split(' '));
  });

  it('makes every gold code and date of the seeds exactly one word', function () {
    let checked = 0;
    const problems: string[] = [];
    for (const seed of seedFiles()) {
      const text = readSeed(seed);
      const gold = JSON.parse(fs.readFileSync(path.join(goldDir, seed.replace(/\.txt$/, '.json')), 'utf8')) as {
        citations: { code: string | null }[];
        dates: { text: string }[];
      };
      const wordList = words(text);
      const expected = [...gold.citations.flatMap((c) => (c.code ? [c.code] : [])), ...gold.dates.map((d) => d.text)];
      for (const item of expected) {
        for (const at of occurrences(text, item)) {
          checked++;
          if (!wordList.some((w) => w.start === at && w.word === item)) problems.push(`${seed}: ${item}`);
        }
      }
    }
    assert.ok(checked >= 30, `checked ${checked}`);
    assert.deepStrictEqual(problems, []);
  });

  it('never matches the empty string', function () {
    assert.strictEqual(new RegExp(config.wordPattern.pattern, config.wordPattern.flags).test(''), false);
  });

  it('pairs and auto-closes brackets and Vietnamese curly quotes', function () {
    assert.ok(config.brackets.some(([o, c]) => o === '(' && c === ')'));
    assert.ok(config.brackets.some(([o, c]) => o === '“' && c === '”'));
    for (const open of ['(', '“', '"']) assert.ok(config.autoClosingPairs.some((p) => p.open === open), open);
    assert.ok(config.surroundingPairs.some(([o, c]) => o === '“' && c === '”'));
  });
});
