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

  it('reads the number however the file spells it: NFD, another dash, a look-alike Đ, spaces around the dash', () => {
    const header = (number: string) => `BAN CHẤP HÀNH TRUNG ƯƠNG\n${number}\nHà Nội, ngày 15 tháng 5 năm 2016\nCHỈ THỊ\nvề đẩy mạnh học tập và làm theo tư tưởng\n\nNội dung.\n`;
    const cases: [string, string][] = [
      [header('Số 05-CT/TW').normalize('NFD'), '05-CT/TW'],
      [header('Số 05\u2013CT/TW'), '05-CT/TW'],
      [header('Số 05\u2011CT/TW'), '05-CT/TW'],
      [header('Số: 15/2020/NĐ-CP').normalize('NFD'), '15/2020/NĐ-CP'],
      [header('Số: 15/2020/NĐ \u2013 CP'), '15/2020/NĐ-CP'],
      [header('Số: 15/2020/N\u00d0-CP'), '15/2020/NĐ-CP'],
    ];
    for (const [text, key] of cases) assert.strictEqual(run(text).info.ownKey, key, JSON.stringify(text.split('\n')[1]));
  });

  it('takes no wrapped sentence\'s "số" at a line start for a header\'s number', () => {
    for (const text of [
      'Bản tin\nCác cấp ủy đã nghiêm túc quán triệt văn bản\nsố 05-CT/TW của Bộ Chính trị về học tập.\n',
      'Tin tức\nChính phủ vừa ký Nghị định\nsố 15/2020/NĐ-CP và Quyết định số 20/2021/QĐ-TTg.\n',
    ]) {
      assert.strictEqual(run(text).info.ownKey, null, JSON.stringify(text));
      assert.strictEqual(run(text.normalize('NFD')).info.ownKey, null, 'NFD: ' + JSON.stringify(text));
    }
  });

  it('reads a header number written in capitals ("SỐ: …")', () => {
    const h = own('ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\n-------\n\nSỐ: 1234/QĐ-UBND\n\nLâm Đồng, ngày 3 tháng 5 năm 2024\n\nQUYẾT ĐỊNH\nVề việc thành lập Tổ công tác\n');
    assert.deepStrictEqual([h.info.ownCode, h.text, h.type], ['1234/QĐ-UBND', '1234/QĐ-UBND', 'Quyết định']);
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

describe('a first line that is a citation', () => {
  it('names the document only when the line is the citation alone, with its date, issuer and subject', () => {
    assert.strictEqual(run('Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về “Đẩy mạnh học tập và làm theo tư tưởng Hồ Chí Minh”.\n\nNội dung.').info.ownKey, '05-CT/TW');
    assert.strictEqual(run('Nghị quyết số 02-NQ/TW\n\nNội dung.').info.ownKey, '02-NQ/TW');
  });

  it('names the document by an official title that goes on after its citation', () => {
    for (const [title, key] of [
      ['Kết luận số 21-KL/TW ngày 25/10/2021 Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII về đẩy mạnh xây dựng, chỉnh đốn Đảng', '21-KL/TW'],
      ['Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy', '18-NQ/TW'],
      ['Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị (toàn văn)', '05-CT/TW'],
      ['Hướng dẫn số 12-HD/BTGTW của Ban Tuyên giáo Trung ương (sửa đổi, bổ sung)', '12-HD/BTGTW'],
      [`Nghị quyết số 19-NQ/TW ngày 16/6/2022 của Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII về ${'nông nghiệp, nông dân, nông thôn, '.repeat(8)}đến năm 2030`, '19-NQ/TW'],
    ]) {
      assert.strictEqual(run(`${title}\n\nNội dung.`).info.ownKey, key, title);
    }
  });

  it('names the document by a State title that says what it does', () => {
    assert.strictEqual(run('Nghị định số 116/2020/NĐ-CP ngày 25/9/2020 quy định chính sách hỗ trợ tiền đóng học phí\n\nNội dung.').info.ownKey, '116/2020/NĐ-CP');
    assert.strictEqual(run('Quyết định số 1234/QĐ-UBND ngày 20/5/2021 phê duyệt đề án\n\nNội dung.').info.ownKey, '1234/QĐ-UBND');
  });

  it('leaves a news headline that starts with a citation to the article', () => {
    for (const title of [
      'Chỉ thị 05-CT/TW: Lan tỏa những tấm gương bình dị',
      'Nghị quyết 57-NQ/TW - động lực mới cho khoa học, công nghệ',
      'Chỉ thị số 05-CT/TW của Bộ Chính trị: Học và làm theo Bác từ những việc nhỏ',
      'Nghị quyết 57-NQ/TW mở ra kỷ nguyên mới cho khoa học',
      'Chỉ thị số 05-CT/TW ngày 15/5/2016 – Học và làm theo Bác',
      'Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị đã đi vào cuộc sống',
      'Nghị quyết 57-NQ/TW ngày 22/12/2024 mở ra kỷ nguyên mới',
      'Chỉ thị 05-CT/TW ngày 15/5/2016 và những chuyển biến ở cơ sở',
      'Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị, Đảng ủy Khối đã ban hành kế hoạch',
      'Nghị định 168/2024/NĐ-CP ngày 26/12/2024 quy định mức phạt mới với xe máy, người dân cần biết',
    ]) {
      const r = run(`${title}\n\nSáng 14-1, Tỉnh ủy sơ kết việc thực hiện.`);
      assert.deepStrictEqual([r.info.ownKey, r.info.title], [null, title], title);
    }
  });

  it('leaves a news article with a dateline to itself, even when its title is a citation alone', () => {
    const r = run('Nghị quyết 57-NQ/TW của Bộ Chính trị\n\n08:00, Thứ Hai, 03/01/2022\n\nSáng 3/1, Tỉnh ủy quán triệt nghị quyết.');
    assert.strictEqual(r.info.ownKey, null);
  });
});
