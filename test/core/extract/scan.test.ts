// The anchor scan: type words and the first words of dates and terms, found where a single scan of
// all of them, trying every position, finds them.
import * as assert from 'assert';
import { digitRuns, findAnchors, scanAt } from '../../../src/core/extract/scan';
import { TYPE_SOURCE } from '../../../src/core/extract/citations';

/** The plain definition: one pattern, tried at every position, type words never inside the one before. */
function reference(text: string) {
  const re = new RegExp(`(${TYPE_SOURCE})|[Nn]gày|[Tt]háng|[Kk]hóa|[Ll]ần|[Nn]hiệm`, 'g');
  const a = { types: [] as number[], typeTexts: [] as string[], ngay: [] as number[], thang: [] as number[], khoa: [] as number[], lan: [] as number[], nhiem: [] as number[] };
  let typesFrom = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[1] !== undefined) {
      if (m.index >= typesFrom) {
        a.types.push(m.index);
        a.typeTexts.push(m[1]);
        typesFrom = m.index + m[1].length;
      }
    } else {
      const w = m[0].toLowerCase();
      (w === 'ngày' ? a.ngay : w === 'tháng' ? a.thang : w === 'khóa' ? a.khoa : w === 'lần' ? a.lan : a.nhiem).push(m.index);
    }
    re.lastIndex = m.index + 1;
  }
  return a;
}

describe('anchor scan', () => {
  it('finds what one scan of every pattern at every position finds, overlaps included', () => {
    const texts = [
      'Nghị quyết số 05-NQ/TW ngày 15 tháng 5 năm 2016 của Ban Chấp hành Trung ương khóa XII, nhiệm kỳ 2016-2021, lần thứ tư.',
      'Thông báo kết luận, Thông tư liên tịch, Chỉ thị liên tịch và Quy chế; Kế hoạch, Kết luận; Luật, Pháp lệnh, Đề án.',
      'Ngày Tháng Khóa Lần Nhiệm; thángày lầngày lầnhiệm Nghịngày; NghịNghị quyết; Thông tư liên tịchngày',
      'Nghị quyếtNghị định; nghị  quyết\tliên\ntịch; Quyết định Quy định',
      '',
    ];
    for (const t of texts) assert.deepStrictEqual(findAnchors(t), reference(t), t);
  });
});

describe('matches read without match arrays', () => {
  it('gives the numbers of a span in order, and the spans a global scan gives', () => {
    const out: number[] = [];
    const text = 'ngày 5 tháng 12 năm 2020, 07/3/2021; 2020-2025 và 9';
    assert.strictEqual(digitRuns(text, 0, text.length, out), 9);
    assert.deepStrictEqual(out, [5, 12, 2020, 7, 3, 2021, 2020, 2025, 9]);
    assert.strictEqual(digitRuns(text, 5, 12, out), 1);
    assert.strictEqual(out[0], 5);
    assert.strictEqual(digitRuns(text, 14, 15, out), 1);
    assert.strictEqual(out[0], 2);
    const spans: number[] = [];
    const re = /[Nn]gày\s+\d+(?:\s+tháng\s+\d+)?/uy;
    const t = 'Ngày 5 tháng 6, ngày 7; ngàyngày 8';
    scanAt(t, re, [0, 3, 16, 24, 28], (s, e) => (spans.push(s, e), e));
    const global = [...t.matchAll(new RegExp(re.source, 'gu'))].flatMap((m) => [m.index!, m.index! + m[0].length]);
    assert.deepStrictEqual(spans, global);
  });
});
