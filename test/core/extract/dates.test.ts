import * as assert from 'assert';
import { dates, run } from './helpers';
import { nextNumeric } from '../../../src/core/extract/dates';

const texts = (ds: ReturnType<typeof dates>) => ds.map((d) => [d.text, d.iso, d.inferred]);

describe('dates', () => {
  it('reads dd/mm/yyyy, d/m/yyyy, dd-mm-yyyy and dd.mm.yyyy', () => {
    const ds = dates('Ngày 05/02/2023 họp, ngày 7/3/2023 sơ kết, ngày 09-04-2023 tổng kết và ngày 12.5.2023 khen thưởng.');
    assert.deepStrictEqual(texts(ds), [
      ['05/02/2023', '2023-02-05', false],
      ['7/3/2023', '2023-03-07', false],
      ['09-04-2023', '2023-04-09', false],
      ['12.5.2023', '2023-05-12', false],
    ]);
  });

  it('reads the dates of history: Hồ Chí Minh\'s birth, the Party\'s founding', () => {
    const ds = dates('Kỷ niệm 130 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2020); ngày 15 tháng 5 năm 1890, tháng 5/1890; Đảng ra đời ngày 3/2/1930.');
    assert.deepStrictEqual(ds.map((d) => d.iso), ['1890-05-19', '2020-05-19', '1890-05-15', '1890-05', '1930-02-03']);
  });

  it('reads a fraction after a day-month\'s cue as no date', () => {
    const head = 'Tin\n8:43, Thứ Hai, 18-10-2021\n';
    for (const t of ['Đây là năm thứ 3, 2/3 số xã đạt chuẩn.', 'Hôm qua, 2/3 số đại biểu tán thành.', 'Sáng nay, 2/3 đại biểu có mặt.', 'Sáng nay, 3/4 tổng số đảng viên dự.']) {
      assert.deepStrictEqual(dates(head + t).filter((d) => !d.dateline).map((d) => d.text), [], t);
    }
    assert.deepStrictEqual(dates(head + 'Sáng nay (18/10), Tỉnh ủy họp.').filter((d) => !d.dateline).map((d) => d.iso), ['2021-10-18']);
  });

  it('keeps "ngày" in a spelled-out date', () => {
    assert.deepStrictEqual(texts(dates('Văn bản ban hành ngày 15 tháng 5 năm 2016 tại Hà Nội.')), [['ngày 15 tháng 5 năm 2016', '2016-05-15', false]]);
  });

  it('reads a month and year as YYYY-MM', () => {
    assert.deepStrictEqual(texts(dates('Trong tháng 10/2021 và tháng 3 năm 2022, Đảng bộ kết nạp 20 đảng viên.')), [
      ['tháng 10/2021', '2021-10', false],
      ['tháng 3 năm 2022', '2022-03', false],
    ]);
  });

  it('gives a day-month without year the dateline year, flagged inferred', () => {
    const r = run('Hội nghị sơ kết quý I\n\n10:15, 05/04/2023\n\nSáng 4-4, Huyện ủy tổ chức hội nghị; chiều 3/4 các đại biểu đã đến.');
    const ds = r.entities.filter((e) => e.kind === 'date');
    assert.deepStrictEqual(ds.map((d) => [d.text, d.iso, d.inferred, d.dateline]), [
      ['05/04/2023', '2023-04-05', false, true],
      ['4-4', '2023-04-04', true, false],
      ['3/4', '2023-04-03', true, false],
    ]);
    assert.strictEqual(r.info.dateline, '2023-04-05');
  });

  it('gives a day-month the year of the dateline\'s latest such day, or of the next one when it is to come', () => {
    /** The dates of an article under a dateline, the dateline left out. */
    const under = (dateline: string, body: string) => dates(`Tin bài\n\n${dateline}\n\n${body}`).filter((d) => !d.dateline).map((d) => [d.text, d.iso]);
    assert.deepStrictEqual(under('08:00, Thứ Hai, 03/01/2022', 'Chiều 31/12, Huyện ủy tổng kết công tác năm 2021.'), [['31/12', '2021-12-31']]);
    assert.deepStrictEqual(under('30/12/2021 18:12', 'Ngày 5/1 tới, Tỉnh ủy sẽ triển khai nhiệm vụ năm 2022.'), [['5/1', '2022-01-05']]);
    // An article reports on its own year: more than six months back is still that year.
    assert.deepStrictEqual(under('10:05, 15/7/2022', 'Từ ngày 1/1 đến nay, toàn tỉnh kết nạp 500 đảng viên.'), [['1/1', '2022-01-01']]);
    assert.deepStrictEqual(under('8:43, Thứ Hai, 18-10-2021', 'Ngày 20/3, Tỉnh ủy ban hành kế hoạch, hoàn thành trước ngày 15/4.'), [['20/3', '2021-03-20'], ['15/4', '2021-04-15']]);
    assert.deepStrictEqual(under('01/03/2022 09:00', 'Các chi bộ hoàn thành trước ngày 30/9 tới.'), [['30/9', '2022-09-30']]);
    assert.deepStrictEqual(under('14/03/2022 09:00', 'Ngày 28/12, Ban Thường vụ Tỉnh ủy đã họp.'), [['28/12', '2021-12-28']]);
    assert.deepStrictEqual(under('20/10/2022 09:00', 'Các chi bộ hoàn thành trước ngày 31/3 tới; ngày 15/3, Tỉnh ủy sẽ kiểm tra.'), [['31/3', '2023-03-31'], ['15/3', '2023-03-15']]);
    // "tới các …" is "to the …": a day something was sent on.
    assert.deepStrictEqual(under('15/01/2024 10:00', 'Công văn hướng dẫn đã được gửi ngày 20/12 tới các chi bộ trực thuộc.'), [['20/12', '2023-12-20']]);
    // "tới nay" is "until now": the day is past.
    assert.deepStrictEqual(under('15/03/2024 10:00', 'Từ ngày 5/1 tới nay, Huyện ủy đã tổ chức 12 hội nghị.'), [['5/1', '2024-01-05']]);
    assert.deepStrictEqual(under('15/03/2024 10:00', 'Từ khi triển khai Kế hoạch số 12-KH/TU ngày 5/1 tới nay, các chi bộ đã thực hiện tốt.'), [['5/1', '2024-01-05']]);
    // A formal document's deadline, the nearest such day.
    assert.deepStrictEqual(under('Lâm Đồng, ngày 08 tháng 9 năm 2022', 'Báo cáo kết quả với Ban Thường vụ Tỉnh ủy trước ngày 15 tháng 12.'), [['ngày 15 tháng 12', '2022-12-15']]);
    // A formal document plans and reports both ways: the nearest such day.
    assert.deepStrictEqual(under('Nghệ An, ngày 15 tháng 3 năm 2023', 'Thời gian: ngày 20/5, vào ngày 10/6.'), [['20/5', '2023-05-20'], ['10/6', '2023-06-10']]);
    assert.deepStrictEqual(under('Hà Nội, ngày 20 tháng 12 năm 2023', 'Các chi bộ đã nộp báo cáo trước ngày 30/11 đúng thời hạn.'), [['30/11', '2023-11-30']]);
    // A report of what is to come; "sẽ" in reported speech says nothing of the day.
    assert.deepStrictEqual(under('15/3/2023 08:00', 'Đại hội dự kiến khai mạc vào ngày 20/5.'), [['20/5', '2023-05-20']]);
    assert.deepStrictEqual(under('10/6/2023 08:00', 'Chiều 5/6, đồng chí Bí thư khẳng định Tỉnh ủy sẽ tiếp tục chỉ đạo.'), [['5/6', '2023-06-05']]);
    // A formal plan's deadline is to come; what a report says is done, or "đến nay", is past.
    assert.deepStrictEqual(under('Lâm Đồng, ngày 10 tháng 01 năm 2022', 'Các đảng bộ báo cáo trước ngày 30/11.'), [['30/11', '2022-11-30']]);
    // A report looks back, a plan or a notice ahead, whatever its sentences say.
    const report = dates('TỈNH ỦY LÂM ĐỒNG\nLâm Đồng, ngày 20 tháng 12 năm 2021\n\nBÁO CÁO\n\nNgày 15/3, Ban Thường vụ Tỉnh ủy tổ chức hội nghị sơ kết. Từ ngày 1/1 đến nay, kết nạp 50 đảng viên.');
    assert.deepStrictEqual(report.filter((d) => d.inferred).map((d) => [d.text, d.iso]), [['15/3', '2021-03-15'], ['1/1', '2021-01-01']]);
    const notice = dates('TỈNH ỦY LÂM ĐỒNG\nLâm Đồng, ngày 20 tháng 12 năm 2021\n\nTHÔNG BÁO\n\nHội nghị tổ chức ngày 5/1 tại Hội trường Tỉnh ủy.');
    assert.deepStrictEqual(notice.filter((d) => d.inferred).map((d) => [d.text, d.iso]), [['5/1', '2022-01-05']]);
    assert.deepStrictEqual(under('8:43, Thứ Năm, 05-05-2022', 'Theo kế hoạch, các đơn vị sẽ hoàn thành trước ngày 30/4 nhưng đến nay vẫn chậm.'), [['30/4', '2022-04-30']]);
    // A few weeks ahead is what the article announces, in its year.
    assert.deepStrictEqual(under('03/01/2022 09:00', 'Sáng 4/1, Tỉnh ủy họp phiên đầu năm.'), [['4/1', '2022-01-04']]);
    // … or in the next: a report of 30 December on 2 January tells of the coming one, a few weeks ahead.
    assert.deepStrictEqual(under('8:43, Thứ Ba, 30-12-2022', 'Ngày 2/1, Tỉnh ủy Lâm Đồng tổ chức Hội nghị tổng kết công tác xây dựng Đảng năm 2022.'), [['2/1', '2023-01-02']]);
    assert.deepStrictEqual(under('8:43, Thứ Năm, 15-12-2022', 'Ngày 20/1, Ban Thường vụ Tỉnh ủy tổ chức hội nghị triển khai nhiệm vụ năm.'), [['20/1', '2022-01-20']]);
  });

  it('reads a day-month of a plan or a decision a few months back as its own year\'s: the title only leans ahead', () => {
    /** The day-months of a formal document of that title and date. */
    const formal = (title: string, date: string, body: string) =>
      dates(`TỈNH ỦY LÂM ĐỒNG\nSố 45-KH/TU\nLâm Đồng, ${date}\n\n${title}\nvề công tác cán bộ\n\n${body}`).filter((d) => d.inferred).map((d) => [d.text, d.iso]);
    assert.deepStrictEqual(formal('THÔNG BÁO', 'ngày 15 tháng 3 năm 2023', 'Ngày 20/1, Ban Thường vụ Tỉnh ủy họp nghe Ban Tổ chức Tỉnh ủy báo cáo về công tác cán bộ.'), [['20/1', '2023-01-20']]);
    assert.deepStrictEqual(formal('ĐỀ ÁN', 'ngày 20 tháng 6 năm 2023', 'Ngày 12/4, Ban Thường vụ Tỉnh ủy họp cho ý kiến về dự thảo Đề án.'), [['12/4', '2023-04-12']]);
    assert.deepStrictEqual(formal('CHƯƠNG TRÌNH', 'ngày 29 tháng 6 năm 2020', 'Ngày 20/2, Ban Chấp hành Đảng bộ tỉnh tổ chức Hội nghị lần thứ 5 ban hành Nghị quyết chuyên đề.'), [['20/2', '2020-02-20']]);
    assert.deepStrictEqual(formal('KẾ HOẠCH', 'ngày 10 tháng 3 năm 2023', 'Thực hiện Kết luận của Ban Thường vụ Tỉnh ủy tại cuộc họp ngày 10/1, Ban Thường vụ Tỉnh ủy xây dựng Kế hoạch.'), [['10/1', '2023-01-10']]);
    // Across the turn of the year only the last weeks of the year before: a plan of March recalls no October.
    assert.deepStrictEqual(formal('KẾ HOẠCH', 'ngày 5 tháng 1 năm 2023', 'Ngày 28/12, Ban Chấp hành Đảng bộ tỉnh ban hành Nghị quyết về nhiệm vụ năm 2023.'), [['28/12', '2022-12-28']]);
    assert.deepStrictEqual(formal('THÔNG BÁO', 'ngày 10 tháng 1 năm 2023', 'Sáng 28/12, tại trụ sở Tỉnh ủy, đồng chí Bí thư Tỉnh ủy chủ trì buổi làm việc.'), [['28/12', '2022-12-28']]);
    assert.deepStrictEqual(formal('KẾ HOẠCH', 'ngày 15 tháng 3 năm 2023', 'Đợt 2: từ ngày 1/10 đến ngày 30/10.'), [['1/10', '2023-10-01'], ['30/10', '2023-10-30']]);
    assert.deepStrictEqual(formal('KẾ HOẠCH', 'ngày 20 tháng 12 năm 2022', 'Hội nghị tổ chức ngày 5/1 tại Hội trường Tỉnh ủy.'), [['5/1', '2023-01-05']]);
    // A cited document was written before, and a ground of a decision has happened: both are past.
    assert.deepStrictEqual(formal('KẾ HOẠCH', 'ngày 10 tháng 3 năm 2023', 'Xét Tờ trình số 45-TTr/BTCTU ngày 5/2 của Ban Tổ chức Tỉnh ủy, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch như sau:'), [['5/2', '2023-02-05']]);
    assert.deepStrictEqual(formal('KẾ HOẠCH', 'ngày 10 tháng 3 năm 2023', 'Căn cứ Công văn số 1520-CV/TU ngày 20/8 của Tỉnh ủy về việc chuẩn bị Đại hội;'), [['20/8', '2022-08-20']]);
    assert.deepStrictEqual(formal('QUYẾT ĐỊNH', 'ngày 5 tháng 1 năm 2023', 'Căn cứ kết quả kiểm phiếu tại Hội nghị ngày 30/12,'), [['30/12', '2022-12-30']]);
    assert.deepStrictEqual(formal('QUYẾT ĐỊNH', 'ngày 15 tháng 9 năm 2023', 'Căn cứ kết quả bầu cử tại Hội nghị Ban Chấp hành Đảng bộ huyện ngày 20/3,'), [['20/3', '2023-03-20']]);
  });

  it('reads a year-end report\'s or news recap\'s January in its own year; a news report reads only the coming week ahead', () => {
    const inferred = (t: string) => dates(t).filter((d) => d.inferred).map((d) => [d.text, d.iso]);
    const report = 'TỈNH ỦY NAM ĐỊNH\nSố 210-BC/TU\nNam Định, ngày 15 tháng 12 năm 2022\n\nBÁO CÁO\ntổng kết công tác xây dựng Đảng\n\n';
    assert.deepStrictEqual(inferred(report + 'Ngày 5/1, Ban Thường vụ Tỉnh ủy ban hành Chương trình công tác năm 2022. Ngày 10/1, Tỉnh ủy tổ chức Hội nghị triển khai nhiệm vụ năm.'),
      [['5/1', '2022-01-05'], ['10/1', '2022-01-10']]);
    // A report's programme for the year it names is that year's.
    assert.deepStrictEqual(inferred(report + 'Phương hướng nhiệm vụ năm 2023: ngày 15/1, tổ chức hội nghị tổng kết.'), [['15/1', '2023-01-15']]);
    assert.deepStrictEqual(inferred('09:15, Thứ Năm, 29-12-2022\nNgày 15/1, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch thực hiện nhiệm vụ năm 2022; tháng 3, Tỉnh ủy tổ chức sơ kết.'), [['15/1', '2022-01-15']]);
    assert.deepStrictEqual(inferred('10:20, Thứ Sáu, 16-12-2022\nNgày 10/1, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 08-KH/TU.'), [['10/1', '2022-01-10']]);
    assert.deepStrictEqual(inferred('8:43, Thứ Ba, 30-12-2022\nNgày 2/1, Tỉnh ủy tổ chức Hội nghị tổng kết công tác xây dựng Đảng năm 2022.'), [['2/1', '2023-01-02']]);
    // Beyond the coming week, the words say it is ahead.
    assert.deepStrictEqual(inferred('8:43, Thứ Hai, 20-12-2021\nTỉnh ủy sẽ tổ chức hội nghị vào ngày 5/1.'), [['5/1', '2022-01-05']]);
    assert.deepStrictEqual(inferred('8:43, Thứ Hai, 20-12-2021\nDự kiến ngày 5/1, Tỉnh ủy tổ chức hội nghị tổng kết.'), [['5/1', '2022-01-05']]);
  });

  it('reads a plan\'s day in the year its sentence or title names, and what it tells of as done as past', () => {
    const formal = (title: string, date: string, body: string) =>
      dates(`TỈNH ỦY NAM ĐỊNH\nSố 05-KH/TU\nNam Định, ${date}\n\n${title}\n\n${body}`).filter((d) => d.inferred).map((d) => [d.text, d.iso]);
    assert.deepStrictEqual(formal('KẾ HOẠCH\ncông tác kiểm tra, giám sát', 'ngày 5 tháng 1 năm 2023', '- Tổ chức Hội nghị tổng kết công tác kiểm tra, giám sát năm 2023 vào ngày 26/12.'), [['26/12', '2023-12-26']]);
    assert.deepStrictEqual(formal('KẾ HOẠCH\nthực hiện Chương trình công tác năm 2023', 'ngày 6 tháng 1 năm 2023', 'Thời gian thực hiện: từ ngày 10/1 đến ngày 20/12.'), [['10/1', '2023-01-10'], ['20/12', '2023-12-20']]);
    assert.deepStrictEqual(formal('CHƯƠNG TRÌNH\ncông tác năm 2023 của Ban Chấp hành Đảng bộ tỉnh', 'ngày 20 tháng 12 năm 2022', 'Ngày 27/7, tổ chức các hoạt động kỷ niệm 76 năm Ngày Thương binh - Liệt sĩ. Ngày 2/9, tổ chức Lễ kỷ niệm 78 năm Quốc khánh.'),
      [['27/7', '2023-07-27'], ['2/9', '2023-09-02']]);
    assert.deepStrictEqual(formal('NGHỊ QUYẾT\nvề nhiệm vụ', 'ngày 15 tháng 12 năm 2022', 'Hội nghị sơ kết 6 tháng đầu năm 2023 tổ chức ngày 20/7.'), [['20/7', '2023-07-20']]);
    // A body's meeting or issuing told of is past, however far back; what is scheduled is ahead.
    assert.deepStrictEqual(formal('KẾ HOẠCH\nsơ kết giữa nhiệm kỳ', 'ngày 15 tháng 9 năm 2023', 'Ngày 2/4, Ban Thường vụ Tỉnh ủy họp cho ý kiến về đề cương sơ kết. Ngày 20/10, tổ chức Hội nghị sơ kết.'),
      [['2/4', '2023-04-02'], ['20/10', '2023-10-20']]);
    assert.deepStrictEqual(formal('KẾ HOẠCH\ntriển khai Nghị quyết Hội nghị Tỉnh ủy lần thứ 12', 'ngày 5 tháng 1 năm 2023',
      'Ngày 22/11, Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12 đã ban hành Nghị quyết về phát triển du lịch. Ngày 25/11, Ban Thường vụ Tỉnh ủy ban hành Chỉ thị về tổ chức Tết.'),
    [['22/11', '2022-11-22'], ['25/11', '2022-11-25']]);
  });

  it('reads as past only the days a ground of a decision names, and a document\'s number only by its shape', () => {
    const formal = (title: string, date: string, body: string) =>
      dates(`HUYỆN ỦY HẢI HẬU\nSố 320-QĐ/HU\nHải Hậu, ${date}\n\n${title}\n\n${body}`).filter((d) => d.inferred).map((d) => [d.text, d.iso]);
    assert.deepStrictEqual(formal('QUYẾT ĐỊNH\nvề việc tổ chức Đại hội điểm', 'ngày 10 tháng 3 năm 2023', 'Xét đề nghị của Ban Thường vụ Đảng ủy xã Hải Minh về việc tổ chức Đại hội điểm vào ngày 20/4,'), [['20/4', '2023-04-20']]);
    assert.deepStrictEqual(formal('QUYẾT ĐỊNH\nthành lập Đoàn công tác', 'ngày 5 tháng 3 năm 2023', 'Căn cứ Thông báo số 120-TB/TU ngày 1/3 của Thường trực Tỉnh ủy về lịch công tác từ ngày 10/4 đến ngày 15/4;'),
      [['1/3', '2023-03-01'], ['10/4', '2023-04-10'], ['15/4', '2023-04-15']]);
    assert.deepStrictEqual(formal('QUYẾT ĐỊNH\nthành lập các đoàn kiểm tra', 'ngày 22 tháng 12 năm 2022', 'Căn cứ Kế hoạch số 147-KH/TU ngày 20/12 của Ban Thường vụ Tỉnh ủy về đợt kiểm tra từ ngày 26/12 đến ngày 15/1;'),
      [['20/12', '2022-12-20'], ['26/12', '2022-12-26'], ['15/1', '2023-01-15']]);
    assert.deepStrictEqual(formal('KẾ HOẠCH\nkiểm tra việc thực hiện Chỉ thị số 05-CT/TW', 'ngày 10 tháng 3 năm 2023', '- Đoàn số 1 ngày 20/4 làm việc với Đảng ủy xã Giao Thiện.\n- Đoàn số 2 ngày 21/4 làm việc với Đảng ủy thị trấn Ngô Đồng.'),
      [['20/4', '2023-04-20'], ['21/4', '2023-04-21']]);
  });

  it('reads the first day or month of a range that writes the month or year once', () => {
    const ds = (t: string) => dates(t).map((d) => [d.text, d.iso]);
    assert.deepStrictEqual(ds('Từ ngày 22 đến ngày 24/3/2023, Tỉnh ủy tổ chức hội nghị.'), [['22', '2023-03-22'], ['24/3/2023', '2023-03-24']]);
    assert.deepStrictEqual(ds('Trong hai ngày 14 và 15/7/2023, Đại hội họp.'), [['14', '2023-07-14'], ['15/7/2023', '2023-07-15']]);
    assert.deepStrictEqual(ds('Từ ngày 10 – 14/4/2023 diễn ra hội nghị.'), [['10', '2023-04-10'], ['14/4/2023', '2023-04-14']]);
    assert.deepStrictEqual(ds('Từ tháng 3 đến tháng 5/2023, các chi bộ sinh hoạt chuyên đề.'), [['tháng 3', '2023-03'], ['tháng 5/2023', '2023-05']]);
    // Only after "ngày": a count is no day.
    assert.deepStrictEqual(ds('Có 5 và 15/7/2023 là hai mốc.'), [['15/7/2023', '2023-07-15']]);
  });

  it('reads the two days of a range without a year together, the first never after the last', () => {
    const under = (dateline: string, body: string) => dates(`Tin bài\n\n${dateline}\n\n${body}`).filter((d) => !d.dateline).map((d) => [d.text, d.iso]);
    assert.deepStrictEqual(under('8:43, Thứ Ba, 05-01-2022', 'Chương trình sẽ diễn ra từ ngày 1/4 đến ngày 30/4, thu hút hàng nghìn người.'), [['1/4', '2022-04-01'], ['30/4', '2022-04-30']]);
    // The clause looks ahead to the range's end, not to its first day, which may have passed.
    assert.deepStrictEqual(under('8:43, Thứ Ba, 20-05-2022', 'Chương trình sẽ diễn ra từ ngày 1/4 đến ngày 30/6, thu hút hàng nghìn người.'), [['1/4', '2022-04-01'], ['30/6', '2022-06-30']]);
    // The clause's cue after the range is the first day's too.
    assert.deepStrictEqual(under('8:43, Thứ Ba, 05-01-2022', 'Từ ngày 1/4 đến ngày 30/4, lễ hội sẽ diễn ra tại Đà Lạt.'), [['1/4', '2022-04-01'], ['30/4', '2022-04-30']]);
    assert.deepStrictEqual(under('8:43, Thứ Ba, 03-01-2023', 'Từ ngày 29/12 đến ngày 2/1, các lực lượng đã tổ chức trực 24/24.'), [['29/12', '2022-12-29'], ['2/1', '2023-01-02']]);
    // A first day with its year gives it to the last.
    assert.deepStrictEqual(under('8:43, Thứ Ba, 20-05-2022', 'Từ ngày 25/12/2021 đến ngày 5/1, toàn tỉnh tổ chức sinh hoạt chi bộ.'), [['25/12/2021', '2021-12-25'], ['5/1', '2022-01-05']]);
  });

  it('reads a range written with a dash or "và" between its days, and the last day of a range after a date, without "ngày"', () => {
    const under = (dateline: string, body: string) => dates(`Tin bài\n\n${dateline}\n\n${body}`).filter((d) => !d.dateline).map((d) => [d.text, d.iso]);
    assert.deepStrictEqual(under('10:20, Thứ Năm, 28-12-2023', 'Trong 2 ngày 27-28/12, Tỉnh ủy tổ chức Hội nghị lần thứ 15.'), [['27', '2023-12-27'], ['28/12', '2023-12-28']]);
    assert.deepStrictEqual(under('10:20, Thứ Năm, 28-12-2023', 'Trong 2 ngày 27-28/12/2023, Tỉnh ủy họp.'), [['27', '2023-12-27'], ['28/12/2023', '2023-12-28']]);
    assert.deepStrictEqual(under('10:20, Thứ Năm, 28-12-2023', 'Trong hai ngày 14 và 15/12, Tỉnh ủy họp.'), [['14', '2023-12-14'], ['15/12', '2023-12-15']]);
    assert.deepStrictEqual(under('10:20, Thứ Năm, 28-12-2023', 'Từ ngày 26 đến 28/12, các cơ quan trực.'), [['26', '2023-12-26'], ['28/12', '2023-12-28']]);
    assert.deepStrictEqual(under('10:20, Thứ Năm, 28-12-2023', 'Từ ngày 26/12/2023 đến 5/1, các cơ quan trực Tết.'), [['26/12/2023', '2023-12-26'], ['5/1', '2024-01-05']]);
    assert.deepStrictEqual(under('10:20, Thứ Năm, 28-12-2023', 'Từ ngày 26/12 đến 5/1, các cơ quan trực Tết.'), [['26/12', '2023-12-26'], ['5/1', '2024-01-05']]);
    // After a time of day as after "ngày"; after "từ" or a bracket when the last day writes its year,
    // for without it they open fractions.
    assert.deepStrictEqual(under('10:20, Thứ Năm, 15-06-2023', 'Đại hội diễn ra từ 27-29/12/2023 tại hội trường.'), [['27', '2023-12-27'], ['29/12/2023', '2023-12-29']]);
    assert.deepStrictEqual(under('10:20, Thứ Năm, 15-06-2023', 'Hội nghị (12-13/6/2023) đã thành công. Sáng 13-14/6, Tỉnh ủy họp.'), [['12', '2023-06-12'], ['13/6/2023', '2023-06-13'], ['13', '2023-06-13'], ['14/6', '2023-06-14']]);
    assert.deepStrictEqual(under('10:20, Thứ Năm, 15-06-2023', 'Có từ 5-7 người dự; từ 2-3/4 số xã đạt chuẩn; (2-3/4 đại biểu).'), []);
    assert.deepStrictEqual(under('10:20, Thứ Năm, 15-06-2023', 'Chiếm từ 1-2/3 diện tích; đạt từ 8-9/10 điểm; tỷ lệ đảng viên trẻ (1-2/5) còn thấp.'), []);
    // Without a year, a last day of 13 or more, or "đến", is no fraction's.
    assert.deepStrictEqual(under('10:20, Thứ Năm, 15-06-2023', 'Từ 15-20/6, Ban Tuyên giáo tuyên truyền. Hội nghị (13-14/6) bàn; hội thảo từ 12 đến 13/6.'), [
      ['15', '2023-06-15'], ['20/6', '2023-06-20'], ['13', '2023-06-13'], ['14/6', '2023-06-14'], ['12', '2023-06-12'], ['13/6', '2023-06-13'],
    ]);
    // A list writes the month once: its last day is a date, the others stay numbers (a list, not a span).
    assert.deepStrictEqual(under('10:20, Thứ Năm, 15-06-2023', 'Hội nghị diễn ra các ngày 10, 11 và 12/6 tại hội trường; ngày 1, 2 và 3/4 số xã đạt chuẩn.'), [['12/6', '2023-06-12']]);
    assert.deepStrictEqual(under('10:20, Thứ Năm, 15-06-2023', 'Đoàn làm việc các ngày 10, 11, 12/6 tại huyện.'), [['12/6', '2023-06-12']]);
    // A first number no smaller than the last is no range's day; a ratio after a ratio is no date.
    assert.deepStrictEqual(under('10:20, Thứ Năm, 28-12-2023', 'Trong ngày 28-2/3 đại biểu tán thành; tỷ lệ 22/28 - 5/6 xã đạt chuẩn.'), []);
  });

  it('reads a range across two months whose ends are day-months, the year written once, at its last day', () => {
    const under = (body: string) => dates(`Tin bài\n\n10:20, Thứ Năm, 15-06-2023\n\n${body}`).filter((d) => !d.dateline).map((d) => [d.text, d.iso, d.inferred]);
    const mayJune = [['30/5', '2023-05-30', true], ['1/6/2023', '2023-06-01', false]];
    assert.deepStrictEqual(under('Lớp bồi dưỡng diễn ra từ ngày 30/5-1/6/2023 tại Trường Chính trị tỉnh.'), mayJune);
    assert.deepStrictEqual(under('Lớp bồi dưỡng diễn ra từ ngày 30/5 - 1/6/2023 tại Trường Chính trị tỉnh.'), mayJune);
    assert.deepStrictEqual(under('Hội thi (30/5-1/6/2023) thu hút 200 thí sinh.'), mayJune);
    // With its year written, a day-month before a dash and a date is no fraction: it needs no cue.
    assert.deepStrictEqual(under('Đợt 1: 30/5 - 1/6/2023, các chi bộ sinh hoạt chuyên đề.'), mayJune);
    // A first day later in the year than the last is the year before's.
    assert.deepStrictEqual(under('Từ ngày 30/12 - 2/1/2024, các cơ quan trực Tết.'), [['30/12', '2023-12-30', true], ['2/1/2024', '2024-01-02', false]]);
    assert.deepStrictEqual(under('Từ ngày 30/12/2023-2/1/2024, các cơ quan trực Tết.'), [['30/12/2023', '2023-12-30', false], ['2/1/2024', '2024-01-02', false]]);
    // Without a year, the cue of a day-month, and both ends read together.
    assert.deepStrictEqual(under('Từ ngày 30/5-1/6, Ban Tuyên giáo tổ chức tập huấn.'), [['30/5', '2023-05-30', true], ['1/6', '2023-06-01', true]]);
    // The days of a list before a day of the next month take its written year.
    assert.deepStrictEqual(under('Đại hội sẽ diễn ra trong các ngày 30-31/5 và 1/6/2024.'), [['30', '2024-05-30', true], ['31/5', '2024-05-31', true], ['1/6/2024', '2024-06-01', false]]);
    // Fractions, scores, a document's number and a bare pair without a year are no range.
    assert.deepStrictEqual(under('Rừng chiếm từ 1/3-1/2 diện tích (1/3-1/2); đội nhà thắng tỷ số 2/1-3/1; Công văn số 30/5-1/6 của Sở; bản 1/6-2/6 đã phát hành.'), []);
    assert.deepStrictEqual(under('Xã phải hoàn thành 2/3 đến ngày 30/6/2023; đạt 9/10 - 1/6/2023.'), [['30/6/2023', '2023-06-30', false], ['1/6/2023', '2023-06-01', false]]);
  });

  it('reads a range across two months written with dashes or dots, the first end like the last', () => {
    const under = (body: string) => dates(`Tin bài\n\n10:20, Thứ Năm, 15-06-2023\n\n${body}`).filter((d) => !d.dateline).map((d) => [d.text, d.iso, d.inferred]);
    const turn = (first: string, last: string) => [[first, '2023-12-30', true], [last, '2024-01-02', false]];
    assert.deepStrictEqual(under('Đoàn làm việc từ ngày 30-12 đến ngày 2-1-2024 tại huyện.'), turn('30-12', '2-1-2024'));
    assert.deepStrictEqual(under('Đoàn làm việc từ 30-12 đến 2-1-2024 tại huyện.'), turn('30-12', '2-1-2024'));
    assert.deepStrictEqual(under('Đoàn làm việc từ 30.12 đến 2.1.2024 tại huyện.'), turn('30.12', '2.1.2024'));
    // A first end spelled out takes the last's written year as well.
    assert.deepStrictEqual(under('Đoàn làm việc từ ngày 30 tháng 12 đến ngày 2-1-2024 tại huyện.'), turn('ngày 30 tháng 12', '2-1-2024'));
    // A dash or a dot joins the first end to a last written otherwise no more than any two numbers.
    assert.deepStrictEqual(under('Đoàn làm việc từ 30-12 đến 2/1/2024 tại huyện.'), [['2/1/2024', '2024-01-02', false]]);
  });

  it('says the year of a range\'s first end across two months is not written there', () => {
    const under = (body: string) => dates(`Tin bài\n\n10:20, Thứ Năm, 15-06-2023\n\n${body}`).filter((d) => !d.dateline).map((d) => [d.text, d.iso, d.inferred]);
    assert.deepStrictEqual(under('Đoàn làm việc từ 30/12 - 2/1/2024 tại huyện.'), [['30/12', '2023-12-30', true], ['2/1/2024', '2024-01-02', false]]);
    assert.deepStrictEqual(under('Lớp học diễn ra từ ngày 30/5 - 1/6/2023.'), [['30/5', '2023-05-30', true], ['1/6/2023', '2023-06-01', false]]);
    // Written there, it is not.
    assert.deepStrictEqual(under('Đoàn làm việc từ 30/12/2023 - 2/1/2024 tại huyện.'), [['30/12/2023', '2023-12-30', false], ['2/1/2024', '2024-01-02', false]]);
  });

  it('does not take the year of a cited document\'s date for the article\'s day-month', () => {
    const ds = dates('Sáng 14-1, Huyện ủy sơ kết 5 năm thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị; nhiệm vụ năm 2022 được giao.');
    assert.deepStrictEqual(texts(ds), [
      ['14-1', '2022-01-14', true],
      ['15/5/2016', '2016-05-15', false],
    ]);
    // A month and year the text gives counts as the text naming that year.
    const m = dates('Chiều 20/1, Thành ủy triển khai Quy định số 1968-QĐ/TU ngày 21/5/2019 của Tỉnh ủy từ tháng 3/2022.');
    assert.strictEqual(m[0].iso, '2022-01-20');
  });

  it('takes the year hint when there is no dateline', () => {
    assert.deepStrictEqual(texts(dates('Tối 12/9, Thành ủy tổ chức hội nghị.', { yearHint: 2019 })), [['12/9', '2019-09-12', true]]);
  });

  it('infers the year from the body: a review of the past year read in the next one', () => {
    const ds = dates(
      'Chiều 18/1, Ban Thường vụ Huyện ủy tổng kết công tác năm 2022. Đến ngày 20/12/2022, toàn huyện kết nạp 300 đảng viên. Năm 2023 là năm bản lề.',
    );
    assert.deepStrictEqual(texts(ds), [
      ['18/1', '2023-01-18', true],
      ['20/12/2022', '2022-12-20', false],
    ]);
  });

  it('infers the same year when the day-month comes after the latest full date', () => {
    const ds = dates('Chiều 28/11, Đảng ủy họp. Ngày 2/11/2022 đã có kế hoạch; phương hướng năm 2023.');
    assert.strictEqual(ds[0].iso, '2022-11-28');
  });

  it('checks the weekday of a dateline', () => {
    const good = run('Tiêu đề\n\n8:43, Thứ Hai, 18-10-2021\n\nNội dung.').entities.find((e) => e.kind === 'date');
    assert.ok(good && good.kind === 'date');
    assert.strictEqual(good.dateline, true);
    assert.strictEqual(good.weekday, 'Thứ Hai');
    assert.strictEqual(good.weekdayMatches, true);
    const bad = run('Tiêu đề\n\nThứ Ba, 18/10/2021 08:43\n\nNội dung.').entities.find((e) => e.kind === 'date');
    assert.ok(bad && bad.kind === 'date');
    assert.strictEqual(bad.weekdayMatches, false);
  });

  it('checks the weekday of a dateline in capitals, and takes no ordinal ("lần thứ năm") for a weekday', () => {
    const caps = run('Tiêu đề\n\n8:43, THỨ HAI, 18-10-2021\n\nNội dung.').entities.find((e) => e.kind === 'date');
    assert.ok(caps && caps.kind === 'date');
    assert.deepStrictEqual([caps.dateline, caps.weekday, caps.weekdayMatches], [true, 'THỨ HAI', true]);
    for (const t of ['Đại hội lần thứ năm, ngày 12/3/2023 khai mạc.', 'Kỳ họp thứ hai, ngày 18/10/2021, HĐND tỉnh họp.', 'ĐẠI HỘI LẦN THỨ NĂM, NGÀY 12/3/2023']) {
      const [d] = dates(t);
      assert.deepStrictEqual([d.text.length > 0, d.weekday, d.weekdayMatches], [true, null, null], t);
    }
    // A weekday after a time of day, or after "ngày", still is one (25/12/2023 was a Monday).
    assert.deepStrictEqual(dates('Sáng thứ Hai (18/10/2021), Tỉnh ủy họp.').map((d) => [d.weekday, d.weekdayMatches]), [['thứ Hai', true]]);
    assert.deepStrictEqual(dates('Hội nghị sẽ khai mạc vào ngày thứ Ba, 25/12/2023 tại hội trường.').map((d) => [d.weekday, d.weekdayMatches]), [['thứ Ba', false]]);
  });

  it('reads the day-months of a news lead that opens with its place and date against that date', () => {
    const lead = (t: string) => dates(t).map((d) => [d.text, d.iso, d.dateline]);
    assert.deepStrictEqual(lead('Lâm Đồng, 20/12/2021 - Ngày 15/3, Tỉnh ủy đã tổ chức hội nghị sơ kết. Ngày 5/1 tới, Tỉnh ủy họp.'), [
      ['20/12/2021', '2021-12-20', false],
      ['15/3', '2021-03-15', false],
      ['5/1', '2022-01-05', false],
    ]);
    for (const place of ['Bà Rịa - Vũng Tàu, 2/1/2024', 'Đắk Lắk, ngày 2/1/2024']) {
      assert.deepStrictEqual(lead(`${place} - Chiều 30/12, Tỉnh ủy họp.`).map((d) => d[1]), ['2024-01-02', '2023-12-30'], place);
    }
    // A period is no lead: its day-months are read as before (by the year the text names most).
    assert.deepStrictEqual(lead('Thời gian, 15/3/2023 - 20/3/2023: tập huấn. Ngày 18/12, Chi bộ họp.').map((d) => d[1]), ['2023-03-15', '2023-03-20', '2023-12-18']);
    assert.deepStrictEqual(lead('Hội nghị tổng kết\n\nNam Định, 02/01/2024 - Chiều 28/12, Tỉnh ủy tổ chức hội nghị.'), [
      ['02/01/2024', '2024-01-02', false],
      ['28/12', '2023-12-28', false],
    ]);
  });

  it('takes the year a section heading names for the days of its items', () => {
    const report = (section: string) =>
      dates(`TỈNH ỦY NAM ĐỊNH\nSố 210-BC/TU\nNam Định, ngày 15 tháng 12 năm 2023\n\nBÁO CÁO\nkết quả công tác năm 2023\n\n${section}\n1. Tổ chức Hội nghị sơ kết vào ngày 15/7.\n2. Tổng kết vào ngày 20/12.`)
        .filter((d) => !d.dateline)
        .map((d) => d.iso);
    assert.deepStrictEqual(report('II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024'), ['2024-07-15', '2024-12-20']);
    assert.deepStrictEqual(report('Phần thứ hai. Phương hướng, nhiệm vụ năm 2024'), ['2024-07-15', '2024-12-20']);
    // A heading naming no year, or a year the text looks back on, leaves the days to the other clues.
    assert.deepStrictEqual(report('II. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI'), report('II. KẾT QUẢ NĂM 2021'));
  });

  it('takes the place and date of a formal document as its dateline', () => {
    const r = run('TỈNH ỦY BẮC NINH\nSố 15-CT/TU\n\nBắc Ninh, ngày 3 tháng 2 năm 2024\n\nCHỈ THỊ\nChiều 5/2, Thường trực Tỉnh ủy họp.');
    assert.strictEqual(r.info.dateline, '2024-02-03');
    const ds = r.entities.filter((e) => e.kind === 'date');
    assert.deepStrictEqual(ds.map((d) => [d.text, d.iso, d.dateline, d.inferred]), [
      ['ngày 3 tháng 2 năm 2024', '2024-02-03', true, false],
      ['5/2', '2024-02-05', false, true],
    ]);
  });

  it('reads datelines in their usual shapes', () => {
    for (const [line, iso] of [
      ['28/12/2021 18:12', '2021-12-28'],
      ['03:01, 14/01/2022', '2022-01-14'],
      ['Ngày 25-01-2022', '2022-01-25'],
      ['Cập nhật: 07/06/2023 09:30 (GMT+7)', '2023-06-07'],
      ['Cập nhật lúc 16:30 ngày 29/12/2021', '2021-12-29'],
      ['Cập nhật: ngày 15 tháng 1 năm 2022', '2022-01-15'],
    ]) {
      const r = run(`Tiêu đề bài viết\n\n${line}\n\nNội dung bài viết.`);
      assert.strictEqual(r.info.dateline, iso, line);
    }
  });

  it('keeps a spelled-out dateline one date, the dateline', () => {
    const ds = dates('Hội nghị triển khai nhiệm vụ năm 2022\n\nCập nhật: ngày 15 tháng 1 năm 2022\n\nChiều 14-1, Đảng bộ tổ chức hội nghị.');
    assert.deepStrictEqual(ds.map((d) => [d.text, d.iso, d.dateline, d.inferred]), [
      ['ngày 15 tháng 1 năm 2022', '2022-01-15', true, false],
      ['14-1', '2022-01-14', false, true],
    ]);
  });

  it('does not take ratios, ranges, times, phone numbers, counts or impossible days for dates', () => {
    const ds = dates(
      'Có 22/28 chỉ tiêu đạt, 6/28 chưa đạt, hoàn thành 2/3 nội dung; nhiệm kỳ 2020-2025, 2021 - 2026 và 2021 – 2026; lúc 18:12; ' +
        'điện thoại 0228.3849386; kết nạp 4.028 đảng viên; ngày 31/2/2021 và 13/13/2021 không có; 9 tháng đầu năm và 3 tháng cuối năm 2021; năm 2021.',
    );
    assert.deepStrictEqual(texts(ds), []);
  });

  it('takes a day-month only after a cue', () => {
    assert.deepStrictEqual(texts(dates('Tỷ lệ 20/1 là thấp.', { yearHint: 2022 })), []);
    assert.deepStrictEqual(texts(dates('Hôm 20/1 trời mưa.', { yearHint: 2022 })), [['20/1', '2022-01-20', true]]);
  });
});

describe('numeric date scan', () => {
  it('finds, from every position, the match a global scan of the numeric pattern finds', () => {
    const re = /(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{4}))?/g;
    const texts = [
      '05/02/2023', '123/4', '1/2/3', '12.5.2023 và 7-3-2023', '1/12/2020', '12/2020', '1/2-2020', '31/12/20211',
      '2020-2025', '4.028', 'ngày 7/3, 15/10/2021.', '9/', '/9', '99/99/9999/9', '1-2-3-4-5', '',
    ];
    const out = { s: 0, e: 0, day: 0, month: 0, sep: 0, year: -1 };
    for (const t of texts) {
      for (let from = 0; from <= t.length; from++) {
        re.lastIndex = from;
        const m = re.exec(t);
        const found = nextNumeric(t, from, out);
        assert.strictEqual(found, m !== null, `${t} from ${from}`);
        if (!m) continue;
        assert.deepStrictEqual(
          { ...out },
          { s: m.index, e: m.index + m[0].length, day: +m[1], month: +m[3], sep: m[2].charCodeAt(0), year: m[4] ? +m[4] : -1 },
          `${t} from ${from}`,
        );
      }
    }
  });
});
