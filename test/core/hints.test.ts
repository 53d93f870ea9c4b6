import * as assert from 'assert';
import { extract } from '../../src/core/extract';
import { inlineHints } from '../../src/core/hints';

const both = { years: true, codes: true };
const hintsOf = (text: string, kinds = both) =>
  inlineHints(extract(text).entities, kinds).map((h) => [text.slice(0, h.offset).split(/\s+/).pop(), h.kind, h.label, h.value, h.spaced]);

describe('inline hints', () => {
  it('give a day-month written without its year the year the engine read, in the text\'s own form', () => {
    const text = 'Tin bài\n\n8:43, Thứ Ba, 18-01-2022\n\nSáng 14-1, Huyện ủy họp. Chiều 20/1, Tỉnh ủy sơ kết; ngày 15 tháng 1 tổng kết.';
    assert.deepStrictEqual(hintsOf(text), [
      ['14-1', 'year', '-2022', '2022-01-14', false],
      ['20/1', 'year', '/2022', '2022-01-20', false],
      ['1', 'year', 'năm 2022', '2022-01-15', true],
    ]);
  });

  it('read a text in NFD as in NFC', () => {
    const text = 'Tin bài\n\n8:43, Thứ Ba, 18-01-2022\n\nChiều 20/1, Tỉnh ủy sơ kết; ngày 15 tháng 1 tổng kết.';
    assert.deepStrictEqual(hintsOf(text.normalize('NFD')).map((h) => h[2]), hintsOf(text).map((h) => h[2]));
    assert.deepStrictEqual(hintsOf(text).map((h) => h[2]), ['/2022', 'năm 2022']);
  });

  it('write the year of a day-month in capitals in capitals', () => {
    const text = 'Tin bài\n\n8:43, Thứ Ba, 18-01-2022\n\nHỘI NGHỊ NGÀY 15 THÁNG 1 TẠI HỘI TRƯỜNG';
    assert.deepStrictEqual(hintsOf(text).map((h) => h[2]), ['NĂM 2022']);
  });

  it('give none to a date that writes its year, the dateline, or the first day of a range', () => {
    const text = 'Tin bài\n\n10:20, Thứ Năm, 28-12-2023\n\nNgày 15/5/2016, Bộ Chính trị ban hành. Trong 2 ngày 27-28/12, Tỉnh ủy họp.';
    assert.deepStrictEqual(hintsOf(text), [['27-28/12', 'year', '/2023', '2023-12-28', false]]);
  });

  it('give a document cited by its conference the code the catalogue knows it by, and none to a designation', () => {
    assert.deepStrictEqual(hintsOf('Thực hiện Nghị quyết Trung ương 4 khóa XII và Nghị quyết Trung ương 6 khóa XIII.'), [['XII', 'code', '04-NQ/TW', '04-NQ/TW', true]]);
    assert.deepStrictEqual(hintsOf('Nghị quyết Trung ương 4 (khóa XI, XII) về xây dựng Đảng.').map((h) => h[2]), ['12-NQ/TW, 04-NQ/TW']);
  });

  it('give a designation the code a catalogue entry names it by', () => {
    const text = 'Quán triệt Nghị quyết Hội nghị Tỉnh ủy lần thứ 7 (khóa XX) và Nghị quyết Hội nghị Tỉnh ủy lần thứ 8.';
    const codeOf = (k: string) => (k === 'NQ:HN7:ĐB:tỉnh:XX' ? '08-NQ/TU' : null);
    assert.deepStrictEqual(inlineHints(extract(text).entities, both, codeOf).map((h) => [text.slice(0, h.offset).slice(-9), h.label]), [['(khóa XX)', '08-NQ/TU']]);
  });

  it('give only the kinds asked for', () => {
    const text = 'Tin bài\n\n8:43, Thứ Ba, 18-01-2022\n\nSáng 14-1, quán triệt Nghị quyết Trung ương 4 khóa XII.';
    assert.deepStrictEqual(hintsOf(text, { years: false, codes: true }).map((h) => h[1]), ['code']);
    assert.deepStrictEqual(hintsOf(text, { years: true, codes: false }).map((h) => h[1]), ['year']);
  });
});
