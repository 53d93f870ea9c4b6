// The anchor scan: type words and the first words of dates and terms, found where a single scan of
// all of them, trying every position, finds them.
import * as assert from 'assert';
import { findAnchors } from '../../../src/core/extract/scan';
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
