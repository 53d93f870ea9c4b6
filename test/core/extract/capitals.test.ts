// Titles and headings written in capitals, as Party documents and news write them: their citations,
// dates and terms are read with the same fields as the same words in sentence case.
import * as assert from 'assert';
import { CitationEntity, Entity } from '../../../src/core/types';
import { normalizeForMatch } from '../../../src/core/extract';
import { citations, run } from './helpers';

/** What an entity says, without where it is and how it is written (a subject keeps the text's own case). */
function fields(e: Entity): Record<string, unknown> {
  const { range, text, ...rest } = e;
  void range;
  void text;
  if (rest.kind === 'citation' && rest.subject !== null) rest.subject = rest.subject.toUpperCase();
  return rest;
}

/** The citations, dates and terms of a heading in capitals and of the same heading in sentence case. */
function both(capitals: string, sentence: string): { upper: Entity[]; lower: Entity[] } {
  const read = (t: string) => run(t).entities.filter((e) => e.kind === 'citation' || e.kind === 'date' || e.kind === 'term');
  return { upper: read(capitals), lower: read(sentence) };
}

function assertSameAsSentenceCase(capitals: string, sentence: string): Entity[] {
  assert.strictEqual(capitals.length, sentence.length, 'the pair must align');
  const { upper, lower } = both(capitals, sentence);
  assert.deepStrictEqual(upper.map(fields), lower.map(fields));
  // Each entity's text is the capitals as written.
  for (const e of upper) assert.strictEqual(e.text, capitals.slice(e.start, e.end));
  return upper;
}

describe('headings in capitals', () => {
  it('reads a citation\'s type, date and issuer in a news heading, the issuer as sentence case names it', () => {
    const [c, d] = assertSameAsSentenceCase(
      'QUÁN TRIỆT NGHỊ QUYẾT SỐ 39-NQ/TW NGÀY 15/10/2019 CỦA BỘ CHÍNH TRỊ',
      'Quán triệt Nghị quyết số 39-NQ/TW ngày 15/10/2019 của Bộ Chính trị',
    ) as [CitationEntity, Entity];
    assert.deepStrictEqual(
      [c.text, c.key, c.type, c.typeCode, c.date, c.issuer, c.issuerCode, c.refs],
      ['NGHỊ QUYẾT SỐ 39-NQ/TW', '39-NQ/TW', 'Nghị quyết', 'NQ', '2019-10-15', 'Bộ Chính trị', 'TW', ['39-NQ/TW']],
    );
    assert.deepStrictEqual([d.kind, d.text], ['date', '15/10/2019']);
  });

  it('reads the subject after "VỀ", kept in capitals as written, and stops the issuer before it', () => {
    const [c] = assertSameAsSentenceCase(
      'KẾ HOẠCH THỰC HIỆN CHỈ THỊ SỐ 05-CT/TW NGÀY 15/5/2016 CỦA BỘ CHÍNH TRỊ VỀ ĐẨY MẠNH HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH',
      'Kế hoạch thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
    ) as CitationEntity[];
    assert.deepStrictEqual([c.issuer, c.subject], ['Bộ Chính trị', 'ĐẨY MẠNH HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH']);
  });

  it('reads an issuer with its term, a provincial body and a district\'s name after its head', () => {
    const [c] = assertSameAsSentenceCase(
      'QUY ĐỊNH SỐ 37-QĐ/TW NGÀY 25/10/2021 CỦA BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHÓA XIII VỀ NHỮNG ĐIỀU ĐẢNG VIÊN KHÔNG ĐƯỢC LÀM',
      'Quy định số 37-QĐ/TW ngày 25/10/2021 của Ban Chấp hành Trung ương Đảng khóa XIII về những điều đảng viên không được làm',
    ) as CitationEntity[];
    assert.deepStrictEqual([c.type, c.issuer, c.terms], ['Quy định', 'Ban Chấp hành Trung ương Đảng khóa XIII', ['XIII']]);
    const [t] = assertSameAsSentenceCase(
      'THÔNG BÁO KẾT LUẬN SỐ 512-TB/TU NGÀY 3 THÁNG 2 NĂM 2023 CỦA BAN THƯỜNG VỤ TỈNH UỶ',
      'Thông báo kết luận số 512-TB/TU ngày 3 tháng 2 năm 2023 của Ban Thường vụ Tỉnh ủy',
    ) as CitationEntity[];
    assert.deepStrictEqual([t.type, t.date, t.issuer], ['Thông báo kết luận', '2023-02-03', 'Ban Thường vụ Tỉnh ủy']);
    const [k] = assertSameAsSentenceCase(
      'KẾ HOẠCH SỐ 12-KH/HU NGÀY 5/6/2023 CỦA HUYỆN ỦY QUỲNH NHAI VỀ TRIỂN KHAI NHIỆM VỤ',
      'Kế hoạch số 12-KH/HU ngày 5/6/2023 của Huyện ủy Quỳnh Nhai về triển khai nhiệm vụ',
    ) as CitationEntity[];
    assert.strictEqual(k.issuer, 'Huyện ủy Quỳnh Nhai');
    const [n] = assertSameAsSentenceCase(
      'NGHỊ ĐỊNH SỐ 15/2020/NĐ-CP NGÀY 03/02/2020 CỦA CHÍNH PHỦ',
      'Nghị định số 15/2020/NĐ-CP ngày 03/02/2020 của Chính phủ',
    ) as CitationEntity[];
    assert.deepStrictEqual([n.key, n.type, n.issuer], ['15/2020/NĐ-CP', 'Nghị định', 'Chính phủ']);
  });

  it('reads an issuer whose name the lexicon does not spell as official names write it: heads, fields, proper parts', () => {
    const issuers = [
      ['SỞ GIÁO DỤC VÀ ĐÀO TẠO', 'Sở Giáo dục và Đào tạo'],
      ['BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY', 'Ban Tuyên giáo và Dân vận Tỉnh ủy'],
      ['BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI', 'Bộ Lao động - Thương binh và Xã hội'],
      ['NGÂN HÀNG NHÀ NƯỚC VIỆT NAM', 'Ngân hàng Nhà nước Việt Nam'],
      ['KIỂM TOÁN NHÀ NƯỚC', 'Kiểm toán Nhà nước'],
      ['ĐẢNG ỦY QUÂN SỰ TỈNH', 'Đảng ủy Quân sự tỉnh'],
      ['BAN THƯỜNG VỤ TỈNH ĐOÀN', 'Ban Thường vụ Tỉnh đoàn'],
      ['SỞ NỘI VỤ', 'Sở Nội vụ'],
      ['QUÂN ỦY TRUNG ƯƠNG', 'Quân ủy Trung ương'],
    ];
    for (const [upper, sentence] of issuers) {
      const [c] = assertSameAsSentenceCase(
        `THỰC HIỆN KẾ HOẠCH SỐ 12-KH/TU NGÀY 5/6/2023 CỦA ${upper} VỀ TRIỂN KHAI NHIỆM VỤ`,
        `Thực hiện Kế hoạch số 12-KH/TU ngày 5/6/2023 của ${sentence} về triển khai nhiệm vụ`,
      ) as CitationEntity[];
      assert.deepStrictEqual([c.issuer, c.subject], [sentence, 'TRIỂN KHAI NHIỆM VỤ']);
    }
  });

  it('reads conference references and their terms, with the keys of sentence case', () => {
    const [c, t] = assertSameAsSentenceCase(
      'SƠ KẾT 5 NĂM THỰC HIỆN NGHỊ QUYẾT TRUNG ƯƠNG 4 KHÓA XII',
      'Sơ kết 5 năm thực hiện Nghị quyết Trung ương 4 khóa XII',
    ) as [CitationEntity, Entity];
    assert.deepStrictEqual([c.text, c.key, c.conference, t.key], ['NGHỊ QUYẾT TRUNG ƯƠNG 4 KHÓA XII', '04-NQ/TW', 'Trung ương 4', 'khóa:XII']);
    const [long] = assertSameAsSentenceCase(
      'TIẾP TỤC THỰC HIỆN NGHỊ QUYẾT HỘI NGHỊ LẦN THỨ TƯ BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHÓA XIII',
      'Tiếp tục thực hiện Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII',
    ) as CitationEntity[];
    assert.strictEqual(long.key, 'NQ:TW4:XIII');
    const [congress] = assertSameAsSentenceCase(
      'QUÁN TRIỆT NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ TỈNH LẦN THỨ XX',
      'Quán triệt Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX',
    ) as CitationEntity[];
    assert.strictEqual(congress.key, 'NQ:ĐB:tỉnh:XX');
  });

  it('reads the terms of a conference heading', () => {
    const ts = assertSameAsSentenceCase(
      'HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ TỈNH LẦN THỨ 15, NHIỆM KỲ 2020 - 2025',
      'Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 15, nhiệm kỳ 2020 - 2025',
    );
    assert.deepStrictEqual(ts.map((t) => [t.text, t.key]), [['LẦN THỨ 15', 'lần thứ:XV'], ['NHIỆM KỲ 2020 - 2025', 'nhiệm kỳ:2020-2025']]);
  });

  it('reads dates: a dateline spelled out, a place and date, a month', () => {
    const [d] = assertSameAsSentenceCase('NGÀY 3 THÁNG 2 NĂM 2023\n\nBài viết.', 'Ngày 3 tháng 2 năm 2023\n\nBài viết.');
    assert.deepStrictEqual([d.text, d.kind === 'date' && d.iso, d.kind === 'date' && d.dateline], ['NGÀY 3 THÁNG 2 NĂM 2023', '2023-02-03', true]);
    assertSameAsSentenceCase('HÀ NỘI, NGÀY 12/3/2024', 'Hà Nội, ngày 12/3/2024');
    const [m] = assertSameAsSentenceCase(
      'BÁO CÁO KẾT QUẢ THÁNG 10/2021 CỦA ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH',
      'Báo cáo kết quả tháng 10/2021 của Đảng ủy Khối các cơ quan tỉnh',
    );
    assert.deepStrictEqual([m.text, m.kind === 'date' && m.iso], ['THÁNG 10/2021', '2021-10']);
  });

  it('reads one word in capitals before its numeral or number: a term, a month, the days of a range', () => {
    const [t] = assertSameAsSentenceCase('Hội nghị Ban Chấp hành Đảng bộ tỉnh KHÓA XX', 'Hội nghị Ban Chấp hành Đảng bộ tỉnh khóa XX').filter((e) => e.kind === 'term');
    assert.deepStrictEqual([t.text, t.key], ['KHÓA XX', 'khóa:XX']);
    assert.deepStrictEqual(run('KHÓA XIII').entities.map((e) => [e.text, e.key]), [['KHÓA XIII', 'khóa:XIII']]);
    assert.deepStrictEqual(run('THÁNG 10/2021').entities.map((e) => [e.text, e.kind === 'date' && e.iso]), [['THÁNG 10/2021', '2021-10']]);
    assert.deepStrictEqual(run('NGÀY 20 - 21/7/2023').entities.map((e) => [e.text, e.kind === 'date' && e.iso]), [['20', '2023-07-20'], ['21/7/2023', '2023-07-21']]);
  });

  it('resolves a short form in capitals to the full citation, and the other way round', () => {
    const shorts = citations('Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị.\nSƠ KẾT 5 NĂM THỰC HIỆN CHỈ THỊ 05 CỦA BỘ CHÍNH TRỊ').filter((c) => c.shortForm);
    assert.deepStrictEqual(shorts.map((c) => [c.text, c.key, c.issuer]), [['CHỈ THỊ 05', '05-CT/TW', 'Bộ Chính trị']]);
    const back = citations('CHỈ THỊ SỐ 05-CT/TW CỦA BỘ CHÍNH TRỊ\n\nSau 5 năm thực hiện Chỉ thị 05, …').filter((c) => c.shortForm);
    assert.deepStrictEqual(back.map((c) => [c.text, c.key]), [['Chỉ thị 05', '05-CT/TW']]);
  });

  it('reads a heading in capitals written in NFD with old tone marks; the texts stay the file\'s own', () => {
    const nfd = 'QUÁN TRIỆT NGHỊ QUYẾT TRUNG ƯƠNG 4 KHOÁ XII CỦA TỈNH UỶ'.normalize('NFD');
    const r = run(nfd);
    const c = r.entities.find((e): e is CitationEntity => e.kind === 'citation')!;
    assert.deepStrictEqual([c.key, c.text], ['04-NQ/TW', 'NGHỊ QUYẾT TRUNG ƯƠNG 4 KHOÁ XII'.normalize('NFD')]);
    const t = r.entities.find((e) => e.kind === 'term')!;
    assert.deepStrictEqual([t.key, t.text], ['khóa:XII', 'KHOÁ XII'.normalize('NFD')]);
  });

  it('moves an old tone mark in capitals as in lower case ("KHOẺ" → "KHỎE", as "khoẻ" → "khỏe")', () => {
    assert.strictEqual(normalizeForMatch('SỨC KHOẺ, LOÈ LOẸT'), normalizeForMatch('sức khỏe, lòe loẹt'));
    assert.strictEqual(normalizeForMatch('KHOÁ XII, TỈNH UỶ'), 'khóa xii, tỉnh ủy');
  });

  it('takes a first line in capitals that is a citation\'s title as the document\'s, a headline with a verb not', () => {
    assert.strictEqual(run('CHỈ THỊ SỐ 05-CT/TW NGÀY 15/5/2016 CỦA BỘ CHÍNH TRỊ VỀ ĐẨY MẠNH HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH\n\nNội dung.').info.ownKey, '05-CT/TW');
    assert.strictEqual(run('NGHỊ QUYẾT 57-NQ/TW NGÀY 22/12/2024 MỞ RA KỶ NGUYÊN MỚI\n\nNội dung.').info.ownKey, null);
  });

  it('finds no person, citation, date or term in the capitals of mastheads, mottos, bodies and signatures', () => {
    for (const line of ['BÁO NAM ĐỊNH ĐIỆN TỬ', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'TỈNH ỦY LÂM ĐỒNG', 'T/M BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ THƯỜNG TRỰC']) {
      const kinds = run(`${line}\nNội dung.`).entities.map((e) => e.kind).filter((k) => k !== 'organization');
      assert.deepStrictEqual(kinds, [], line);
    }
    // Nor in a heading that has citations: its capitals name no one.
    assert.deepStrictEqual(run('KẾ HOẠCH THỰC HIỆN CHỈ THỊ SỐ 05-CT/TW CỦA BỘ CHÍNH TRỊ VỀ HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG HỒ CHÍ MINH').entities.filter((e) => e.kind === 'person'), []);
  });
});
