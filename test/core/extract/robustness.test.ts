// Bad input: the engine returns what it can, never throws, and stays linear. Each input below would
// take far beyond mocha's timeout if any pass of the engine were quadratic in its length.
import * as assert from 'assert';
import { extract } from '../../../src/core/extract';
import { readSeed, seedFiles } from '../../paths';
import { assertRange } from './helpers';

function pseudoRandom(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}

describe('robustness', function () {
  this.timeout(20000);

  it('handles empty and blank text', () => {
    for (const t of ['', ' ', '\n\n\n', '\u00a0\t\r\n']) {
      const r = extract(t);
      assert.deepStrictEqual(r.entities, []);
      assert.strictEqual(r.info.title, null);
    }
  });

  it('handles binary garbage, NUL bytes and unpaired surrogates', () => {
    const rnd = pseudoRandom(42);
    let s = '';
    for (let i = 0; i < 200000; i++) s += String.fromCharCode(Math.floor(rnd() * 0x10000));
    s += '\u0000\ud800Chỉ thị số 05-CT/TW\udc00\u0000 ngày 1/1/2020 đồng chí Nguyễn\u0301 Văn A, Bí thư\ud83d';
    const r = extract(s);
    for (const e of r.entities) assertRange(s, e);
    assert.ok(r.entities.some((e) => e.kind === 'citation' && e.key === '05-CT/TW'));
  });

  it("gives a text the same result whatever text was extracted before it (the words' buffer is lent from one to the next)", () => {
    // "ĐOÀN", the last word, after the head "TỈNH": the look-up of the head's word and the next ran past
    // the text's last word into what the previous text had left there ("a a a kết" leaves "kết").
    const text = 'xxxxxxkết\nTỈNH ĐOÀN';
    const results = ['Ông Nguyễn Văn An, Bí thư Tỉnh ủy.', 'a a a kết', 'Hà Nội', 'a a a kết', ''].map((before) => {
      extract(before);
      return JSON.stringify(extract(text));
    });
    for (const r of results) assert.strictEqual(r, results[0]);
    assert.ok(extract(text).entities.some((e) => e.kind === 'organization' && e.text === 'TỈNH ĐOÀN'));
  });

  it('reads a 5 MB single line', () => {
    let line = '';
    const seeds = seedFiles().map((f) => readSeed(f).replace(/\s+/g, ' '));
    while (line.length < 5_000_000) line += seeds.join(' ');
    const r = extract(line);
    assert.ok(r.entities.filter((e) => e.kind === 'citation').length > 1000);
    const sample = r.entities.filter((_, i) => i % 997 === 0);
    for (const e of sample) assert.strictEqual(line.slice(e.start, e.end), e.text);
  });

  const repeats: Array<[string, string]> = [
    ['"Nghị quyết số "', 'Nghị quyết số '],
    ['"Chỉ thị 05-CT/TW; Chỉ thị 05 "', 'Chỉ thị 05-CT/TW; Chỉ thị 05 '],
    ['capitalised syllables', 'Nguyễn '],
    ['"đồng chí Bí thư Tỉnh ủy "', 'đồng chí Bí thư Tỉnh ủy '],
    ['positions', 'Bí thư Đảng ủy Khối các cơ quan tỉnh, '],
    ['"Sáng 20/1 "', 'Sáng 20/1 '],
    ['numbers and slashes', '1/2/3-4-5.6.'],
    ['"Nghị quyết Trung ương 4 (khóa XI, "', 'Nghị quyết Trung ương 4 (khóa XI, '],
    ['"khóa XI, XII, "', 'khóa XI, XII, '],
    ['"Nghị quyết Đảng bộ "', 'Nghị quyết Đảng bộ tỉnh '],
    ['"của Tỉnh ủy về “"', 'Quy định 1-QĐ/TU của Tỉnh ủy về “'],
    ['"năm 2021 "', 'năm 2021   '],
    ['spelled-out and month-year dates', 'ngày 1 tháng 2 năm 2020 và tháng 3/2021, '],
    ['short lines', 'Kim Oanh\n'],
    ['labelled lines', 'Tổng biên tập: Lê Văn An, Trần Thị Bình, \n'],
    ['spaces', ' '],
    ['dashes', '- '],
  ];
  for (const [name, unit] of repeats) {
    it(`stays linear on 100,000 × ${name}`, () => {
      const text = unit.repeat(100000);
      const r = extract(text);
      assert.ok(Array.isArray(r.entities));
      assert.deepStrictEqual(r.warnings, []);
    });
  }
});

describe('a space missing after a cue word', () => {
  it('reads "số05-CT/TW", "ngày15/5/2016", "củaBộ Chính trị" and "Đồng chíNguyễn" as if it were there, ranges in the text as written', () => {
    const text = 'Quán triệt Chỉ thị số05-CT/TW ngày15/5/2016 củaBộ Chính trị. Đồng chíNguyễn Thị Thu Hà, Phó Bí thư Huyện ủy, phát biểu.';
    for (const variant of [text, text.normalize('NFD')]) {
      const { entities } = extract(variant);
      for (const e of entities) assert.strictEqual(variant.slice(e.start, e.end), e.text);
      const citation = entities.find((e) => e.kind === 'citation');
      assert.ok(citation && citation.kind === 'citation');
      assert.deepStrictEqual([citation.text.normalize('NFC'), citation.code, citation.date, citation.issuer?.normalize('NFC')], ['Chỉ thị số05-CT/TW', '05-CT/TW', '2016-05-15', 'Bộ Chính trị']);
      const person = entities.find((e) => e.kind === 'person');
      assert.ok(person && person.kind === 'person');
      assert.deepStrictEqual([person.key, person.positions.map((p) => p.normalize('NFC'))], ['nguyễn thị thu hà', ['Phó Bí thư Huyện ủy']]);
    }
  });

  it('reads the cue opening a sentence, in capitals, as well: "CủaBộ Chính trị", "Đồng ChíNguyễn"', () => {
    const text = 'Chỉ thị đã được ban hành. CủaBộ Chính trị, nghị quyết này rất quan trọng. Đồng ChíNguyễn Thị Thu Hà phát biểu.';
    for (const variant of [text, text.normalize('NFD')]) {
      const { entities } = extract(variant);
      for (const e of entities) assert.strictEqual(variant.slice(e.start, e.end), e.text);
      assert.deepStrictEqual(entities.filter((e) => e.kind === 'organization').map((e) => e.text.normalize('NFC')), ['Bộ Chính trị']);
      assert.deepStrictEqual(entities.filter((e) => e.kind === 'person').map((e) => e.key), ['nguyễn thị thu hà']);
    }
  });
});
