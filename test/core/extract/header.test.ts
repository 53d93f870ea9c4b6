// The header of a formal document: its own number, the type its title line states, and its title.
import * as assert from 'assert';
import { run } from './helpers';

const own = (text: string) => {
  const r = run(text);
  const c = r.entities.find((e) => e.kind === 'citation' && e.code === r.info.ownCode);
  return { info: r.info, type: c && c.kind === 'citation' ? c.type : undefined, text: c?.text };
};

describe('formal document header', () => {
  it('reads a State decision: "Số:" label, title line and its "Về việc" line', () => {
    const h = own(
      'ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG THÁP\n-------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n' +
        'Số: 415/QĐ-UBND\n\nĐồng Tháp, ngày 3 tháng 5 năm 2024\n\nQUYẾT ĐỊNH\nVề việc thành lập Tổ công tác\n-----------\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n',
    );
    assert.deepStrictEqual([h.info.ownCode, h.info.ownKey, h.text, h.type], ['415/QĐ-UBND', '415/QĐ-UBND', '415/QĐ-UBND', 'Quyết định']);
    assert.strictEqual(h.info.title, 'QUYẾT ĐỊNH Về việc thành lập Tổ công tác');
    assert.strictEqual(h.info.dateline, '2024-05-03');
  });

  it('reads a Party report: the number without a colon and a lower-case subject line', () => {
    const h = own('ĐẢNG BỘ TỈNH YÊN BÁI\nHUYỆN ỦY LỤC YÊN\n*\nSố 88-BC/HU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nLục Yên, ngày 2 tháng 12 năm 2023\n\nBÁO CÁO\ntình hình thực hiện nhiệm vụ năm 2023\n-----\n\nNăm 2023, Huyện ủy đã lãnh đạo.');
    assert.deepStrictEqual([h.info.ownCode, h.type], ['88-BC/HU', 'Báo cáo']);
    assert.strictEqual(h.info.title, 'BÁO CÁO tình hình thực hiện nhiệm vụ năm 2023');
  });

  it('takes the type from the title line even when the code alone names none', () => {
    const h = own('TỈNH ỦY NINH BÌNH\n*\nSố 05-QC/TU\n\nQUY CHẾ\nlàm việc của Ban Chấp hành Đảng bộ tỉnh\n\nChương I');
    assert.deepStrictEqual([h.info.ownCode, h.type], ['05-QC/TU', 'Quy chế']);
    const k = own('TỈNH ỦY NINH BÌNH\n*\nSố 17-KH/TU\n\nKẾ HOẠCH\nthực hiện Chỉ thị số 05-CT/TW\n\nNội dung.');
    assert.deepStrictEqual([k.info.ownCode, k.type, k.info.title], ['17-KH/TU', 'Kế hoạch', 'KẾ HOẠCH thực hiện Chỉ thị số 05-CT/TW']);
  });

  it('leaves a document without a header number to its first line', () => {
    const r = run('Huyện ủy tổng kết công tác năm\n\nSáng 5/1, Huyện ủy tổ chức hội nghị triển khai Kế hoạch số 3-KH/HU.');
    assert.deepStrictEqual([r.info.ownCode, r.info.title], [null, 'Huyện ủy tổng kết công tác năm']);
  });
});
