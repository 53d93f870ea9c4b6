import * as assert from 'assert';
import { citations, names, nfcNames, organizations, people, run } from './helpers';

describe('people', () => {
  it('reads positions after the name, up to the verb', () => {
    const ps = people('Dự hội nghị có đồng chí Trương Văn Hải, Tỉnh ủy viên, Bí thư Huyện ủy Vĩnh Linh phát biểu chỉ đạo.');
    assert.deepStrictEqual(names(ps), [['Trương Văn Hải', ['Tỉnh ủy viên', 'Bí thư Huyện ủy Vĩnh Linh']]]);
    assert.strictEqual(ps[0].key, 'trương văn hải');
  });

  it('reads a position before the name, with or without "đồng chí"', () => {
    assert.deepStrictEqual(names(people('Phát biểu tại hội nghị, đồng chí Phó Chủ tịch UBND tỉnh Hoàng Nam Sơn đề nghị các ngành vào cuộc.')), [
      ['Hoàng Nam Sơn', ['Phó Chủ tịch UBND tỉnh']],
    ]);
    assert.deepStrictEqual(names(people('Kết thúc hội nghị, Trưởng Ban Dân vận Huyện ủy Phan Thị Mai tiếp thu ý kiến.')), [
      ['Phan Thị Mai', ['Trưởng Ban Dân vận Huyện ủy']],
    ]);
  });

  it('reads "Các đồng chí:" lists with both kinds of dash', () => {
    const ps = people(
      'Các đồng chí: Đinh Văn Tùng - Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh; Bùi Thị Hạnh – Trưởng Ban Tuyên giáo Tỉnh ủy; Ngô Quang Vinh — Giám đốc Sở Nội vụ chủ trì hội nghị.',
    );
    assert.deepStrictEqual(names(ps), [
      ['Đinh Văn Tùng', ['Phó Bí thư Tỉnh ủy', 'Chủ tịch HĐND tỉnh']],
      ['Bùi Thị Hạnh', ['Trưởng Ban Tuyên giáo Tỉnh ủy']],
      ['Ngô Quang Vinh', ['Giám đốc Sở Nội vụ']],
    ]);
  });

  it('merges the variants of a position into the fullest form on every mention', () => {
    const ps = people(
      'Đồng chí Lương Văn Thành, Phó Giám đốc Sở, báo cáo viên cấp tỉnh trình bày. Đồng chí Lương Văn Thành, Phó Giám đốc Sở Tư pháp giải đáp. ' +
        'Đồng chí Tạ Quang Minh, Trưởng Đoàn ĐBQH tỉnh dự. Đồng chí Tạ Quang Minh, Trưởng đoàn Đoàn đại biểu Quốc hội tỉnh phát biểu.',
    );
    assert.deepStrictEqual(names(ps), [
      ['Lương Văn Thành', ['Phó Giám đốc Sở Tư pháp', 'báo cáo viên cấp tỉnh']],
      ['Lương Văn Thành', ['Phó Giám đốc Sở Tư pháp', 'báo cáo viên cấp tỉnh']],
      ['Tạ Quang Minh', ['Trưởng đoàn Đoàn đại biểu Quốc hội tỉnh']],
      ['Tạ Quang Minh', ['Trưởng đoàn Đoàn đại biểu Quốc hội tỉnh']],
    ]);
  });

  it('splits a name from a position written right after it without a comma', () => {
    assert.deepStrictEqual(names(people('(Đồng chí Võ Minh Tâm Huyện ủy viên, Chủ tịch UBND huyện phát biểu)')), [
      ['Võ Minh Tâm', ['Huyện ủy viên', 'Chủ tịch UBND huyện']],
    ]);
  });

  it('counts later mentions of a known name', () => {
    const ps = people('Đồng chí Hà Văn Lộc, Bí thư Chi bộ chủ trì. Sau đó Hà Văn Lộc tổng kết.');
    assert.strictEqual(ps.length, 2);
    assert.deepStrictEqual(ps[1].positions, ['Bí thư Chi bộ']);
  });

  it('reads mastheads and credits', () => {
    const text = 'Tin tức\n\n' + 'Nội dung bài viết dài. '.repeat(12) + '\n\nTổng biên tập: Đặng Hồng Phúc\n\nPhó Tổng biên tập: Lò Văn Sinh, Mai Thị Hoa\n\nẢnh: Quốc Tuấn\n';
    assert.deepStrictEqual(names(people(text)), [
      ['Đặng Hồng Phúc', ['Tổng biên tập']],
      ['Lò Văn Sinh', ['Phó Tổng biên tập']],
      ['Mai Thị Hoa', ['Phó Tổng biên tập']],
      ['Quốc Tuấn', []],
    ]);
  });

  it('reads bylines at the end but not site boilerplate', () => {
    const body = 'Đảng bộ huyện đã tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2022 với nhiều kết quả nổi bật trong các mặt công tác, góp phần hoàn thành nhiệm vụ chính trị của địa phương. '.repeat(2);
    const text = `Tiêu đề\n\n${body}\n\nThu Hằng\n\nTrần Quốc Bảo, Văn phòng Huyện ủy\n\nMinh Khôi (tổng hợp)\n\nTin Nóng\nCác tin khác\nTin liên quan\nBình Định\n`;
    assert.deepStrictEqual(names(people(text)), [
      ['Thu Hằng', []],
      ['Trần Quốc Bảo', []],
      ['Minh Khôi', []],
    ]);
  });

  it('reads the signer and the byline of a text without a long line, and no header or title line as a name', () => {
    const directive =
      'TỈNH ỦY HÀ TĨNH\n*\nSố: 18-CT/TU\n\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Tĩnh, ngày 15 tháng 3 năm 2022\n\nCHỈ THỊ\ncủa Ban Thường vụ Tỉnh ủy\n\n' +
      '1. Các cấp ủy quán triệt sâu sắc nội dung Chỉ thị.\n2. Chỉ thị này được phổ biến đến chi bộ.\n\nNơi nhận:\n- Các đồng chí Tỉnh ủy viên,\n- Lưu Văn phòng Tỉnh ủy.\n\n' +
      'T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ THƯỜNG TRỰC\n\nNguyễn Hồng Lĩnh\n';
    assert.deepStrictEqual(names(people(directive)), [['Nguyễn Hồng Lĩnh', ['PHÓ BÍ THƯ THƯỜNG TRỰC']]]);
    const brief = 'Trao Huy Hiệu Đảng\n\nThanh Hóa\n\nSáng 3/2, đồng chí Lê Văn Hòa, Phó Bí thư Tỉnh ủy đã trao Huy hiệu 55 năm tuổi Đảng cho đảng viên lão thành.\n\nMinh Châu\n';
    assert.deepStrictEqual(names(people(brief)), [['Lê Văn Hòa', ['Phó Bí thư Tỉnh ủy']], ['Minh Châu', []]]);
  });

  it('reads a name, a position, a body and a byline written with two spaces between words, not a column gap', () => {
    const body = 'Đảng bộ huyện đã tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2022 với nhiều kết quả nổi bật trong các mặt công tác. '.repeat(2);
    const text = `Tiêu đề\n\nSáng nay, đồng chí Nguyễn  Mạnh Cường, Tỉnh ủy viên, Bí thư  Đảng ủy Khối phát biểu. ${body}\n\nLê  Thị Phượng\n`;
    const ps = people(text);
    assert.deepStrictEqual(names(ps), [
      ['Nguyễn  Mạnh Cường', ['Tỉnh ủy viên', 'Bí thư  Đảng ủy Khối']],
      ['Lê  Thị Phượng', []],
    ]);
    assert.deepStrictEqual(ps.map((p) => p.key), ['nguyễn mạnh cường', 'lê thị phượng'], 'the keys of the names written with one space');
    // Three spaces or a tab lay out columns: the words on either side are not one name.
    assert.deepStrictEqual(names(people('Đồng chí Nguyễn   Mạnh Cường phát biểu.')), []);
    assert.deepStrictEqual(names(people('Đồng chí Nguyễn\tMạnh Cường phát biểu.')), []);
  });

  it('does not take streets, places and cities for people', () => {
    const ps = people(
      'Trụ sở: Số 12 Lê Lợi, TP Đông Hà, tỉnh Quảng Trị. Đoàn công tác đến thành phố Hồ Chí Minh và tỉnh Hậu Giang, đường Nguyễn Huệ. (Web Hà Tĩnh)',
    );
    assert.deepStrictEqual(names(ps), []);
  });

  it('reads Hồ Chí Minh as the person after tư tưởng, phong cách, Bác; as a city after TP', () => {
    const ps = people('Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; đoàn đại biểu đến TP Hồ Chí Minh, TP. Hồ Chí Minh và Thành phố Hồ Chí Minh.');
    assert.deepStrictEqual(names(ps), [['Hồ Chí Minh', []]]);
    assert.deepStrictEqual(names(people('Kỷ niệm ngày sinh Chủ tịch Hồ Chí Minh; thành phố mang tên Bác.')), [['Hồ Chí Minh', []]]);
    assert.strictEqual(ps[0].start, 'Học tập và làm theo tư tưởng, đạo đức, phong cách '.length);
  });

  it('does not read organisations and sentence starts as people', () => {
    const ps = people('Lãnh đạo Đoàn Đại biểu Quốc hội tỉnh, Sở Giáo dục và Đào tạo, Hội đồng nhân dân tỉnh. Đồng chí đề nghị các chi bộ. Quang cảnh hội nghị.');
    assert.deepStrictEqual(names(ps), []);
  });

  it('reads numbered lists with honorifics, positions joined by a dash, and the signature', () => {
    const text =
      'QUYẾT ĐỊNH\n\nĐiều 1. Thành lập Tổ công tác gồm các ông, bà có tên sau, chịu trách nhiệm tham mưu cho Ủy ban nhân dân tỉnh về toàn bộ nội dung công việc được giao trong năm 2024 và các năm tiếp theo:\n' +
      '1. Ông Đoàn Minh Trí, Phó Chủ tịch UBND tỉnh - Tổ trưởng;\n2. Bà Vi Thị Ngọc, Giám đốc Sở Tài chính - Tổ phó.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nĐoàn Minh Trí\n';
    assert.deepStrictEqual(names(people(text)), [
      ['Đoàn Minh Trí', ['Phó Chủ tịch UBND tỉnh', 'Tổ trưởng']],
      ['Vi Thị Ngọc', ['Giám đốc Sở Tài chính', 'Tổ phó']],
      ['Đoàn Minh Trí', ['Phó Chủ tịch UBND tỉnh', 'Tổ trưởng']],
    ]);
  });

  it('reads a byline of two names joined by a dash', () => {
    const body = 'Hội nghị đã thống nhất các giải pháp trọng tâm để hoàn thành nhiệm vụ chính trị năm 2024, tập trung xây dựng Đảng, hệ thống chính trị trong sạch, vững mạnh toàn diện ở cơ sở. '.repeat(2);
    assert.deepStrictEqual(names(people(`Tiêu đề\n\n${body}\n\nHoài Nam - Thu Trang\n`)), [
      ['Hoài Nam', []],
      ['Thu Trang', []],
    ]);
  });

  it('reads leaders whose position holds lower-case syllables and whose name ends like a word', () => {
    assert.deepStrictEqual(
      names(people('Thủ tướng Chính phủ Trần Văn Chính chủ trì; Đại tướng Lương Văn Công, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an dự; đồng chí Hồ Đức Trung phát biểu.')),
      [
        ['Trần Văn Chính', ['Thủ tướng Chính phủ']],
        ['Lương Văn Công', ['Đại tướng', 'Ủy viên Bộ Chính trị', 'Bộ trưởng Bộ Công an']],
        ['Hồ Đức Trung', []],
      ],
    );
  });

  it('reads names listed after a person', () => {
    assert.deepStrictEqual(
      names(people('Dự có các đồng chí Lò Văn Hưng, Đặng Thị Mai và Cao Minh Quang; cùng nhiều đảng viên.')),
      [['Lò Văn Hưng', []], ['Đặng Thị Mai', []], ['Cao Minh Quang', []]],
    );
  });
});

describe('positions written before the name in a list of people', () => {
  it('go to the name they precede, not to the person before', () => {
    assert.deepStrictEqual(
      names(people('Tham dự có Bí thư Huyện ủy Trần Văn An, Chủ tịch UBND huyện Lê Văn Bình và Trưởng Ban Tổ chức Huyện ủy Phạm Thị Cúc.')),
      [['Trần Văn An', ['Bí thư Huyện ủy']], ['Lê Văn Bình', ['Chủ tịch UBND huyện']], ['Phạm Thị Cúc', ['Trưởng Ban Tổ chức Huyện ủy']]],
    );
    assert.deepStrictEqual(names(people('Tham dự có Bí thư Đảng ủy Khối Đỗ Thị Lý, Trưởng Ban Tuyên giáo Thành ủy Phạm Văn Nam.')), [
      ['Đỗ Thị Lý', ['Bí thư Đảng ủy Khối']],
      ['Phạm Văn Nam', ['Trưởng Ban Tuyên giáo Thành ủy']],
    ]);
    assert.deepStrictEqual(names(people('Dự có đồng chí Nguyễn Văn An, Phó Chủ tịch UBND tỉnh Hoàng Văn Ánh chủ trì.')), [
      ['Nguyễn Văn An', []],
      ['Hoàng Văn Ánh', ['Phó Chủ tịch UBND tỉnh']],
    ]);
  });

  it('stop at "và" before the next person\'s position, and stay before two syllables after a body (its place)', () => {
    assert.deepStrictEqual(names(people('Đồng chí Lê Văn Bình, Chủ tịch UBND huyện Mai Sơn và Trưởng Ban Dân vận Huyện ủy Phạm Thị Lan cùng dự.')), [
      ['Lê Văn Bình', ['Chủ tịch UBND huyện Mai Sơn']],
      ['Phạm Thị Lan', ['Trưởng Ban Dân vận Huyện ủy']],
    ]);
    assert.deepStrictEqual(names(people('Đồng chí Vũ Thị Hoa, Phó Chủ tịch UBND tỉnh Lâm Đồng và Giám đốc Sở Y tế Trần Văn Khoa dự.')), [
      ['Vũ Thị Hoa', ['Phó Chủ tịch UBND tỉnh Lâm Đồng']],
      ['Trần Văn Khoa', ['Giám đốc Sở Y tế']],
    ]);
    // Two syllables after a committee are its place, whatever family name they start with.
    assert.deepStrictEqual(names(people('Đồng chí Hà Văn Tuấn, Bí thư Huyện ủy Lâm Hà phát biểu.')), [['Hà Văn Tuấn', ['Bí thư Huyện ủy Lâm Hà']]]);
    assert.deepStrictEqual(names(people('Đồng chí Trần Quốc Cường, Bí thư Huyện ủy Thạch Hà, phát biểu.')), [['Trần Quốc Cường', ['Bí thư Huyện ủy Thạch Hà']]]);
    assert.deepStrictEqual(names(people('Phó Bí thư Quận ủy Lê Chân Hoàng Minh Hải dự.')), [['Hoàng Minh Hải', ['Phó Bí thư Quận ủy Lê Chân']]]);
    // Nor when the place's second syllable is a family name too.
    assert.deepStrictEqual(names(people('Đồng chí Nguyễn Văn Nam, Bí thư Huyện ủy và Chủ tịch UBND huyện Lâm Hà Trần Văn Bình đã trao quà.')), [
      ['Nguyễn Văn Nam', ['Bí thư Huyện ủy']], ['Trần Văn Bình', ['Chủ tịch UBND huyện Lâm Hà']],
    ]);
    assert.deepStrictEqual(names(people('Bí thư Huyện ủy Lâm Hà Trần Văn Bình dự.')), [['Trần Văn Bình', ['Bí thư Huyện ủy Lâm Hà']]]);
    // Only the place's second syllable: a family name after it begins a name of up to four syllables.
    assert.deepStrictEqual(names(people('Chủ tịch UBND huyện Hải Hậu Nguyễn Hoàng Minh Tuấn phát biểu.')), [['Nguyễn Hoàng Minh Tuấn', ['Chủ tịch UBND huyện Hải Hậu']]]);
    assert.deepStrictEqual(names(people('Bí thư Huyện ủy Nghĩa Hưng Nguyễn Lê Hoàng Anh dự.')), [['Nguyễn Lê Hoàng Anh', ['Bí thư Huyện ủy Nghĩa Hưng']]]);
    assert.deepStrictEqual(names(people('Bí thư Đảng ủy xã Hải Minh Phạm Lê Thanh Tùng dự.')), [['Phạm Lê Thanh Tùng', ['Bí thư Đảng ủy xã Hải Minh']]]);
  });

  it('are read after the verb of a personnel text ("giữ chức", "được bầu giữ chức", "tái đắc cử", "hiện là")', () => {
    assert.deepStrictEqual(
      names(people('Chuẩn y đồng chí Trần Minh Khoa giữ chức Bí thư Huyện ủy Vĩnh Linh; đồng chí Nguyễn Văn Hùng được bầu giữ chức Chủ tịch UBND tỉnh; ' +
        'đồng chí Lê Thị Hoa tái đắc cử Bí thư Đảng ủy xã; đồng chí Phạm Văn Nam hiện là Phó Bí thư Thường trực Tỉnh ủy; đồng chí Trần Văn Bình làm việc với Sở Nội vụ.')),
      [
        ['Trần Minh Khoa', ['Bí thư Huyện ủy Vĩnh Linh']],
        ['Nguyễn Văn Hùng', ['Chủ tịch UBND tỉnh']],
        ['Lê Thị Hoa', ['Bí thư Đảng ủy xã']],
        ['Phạm Văn Nam', ['Phó Bí thư Thường trực Tỉnh ủy']],
        ['Trần Văn Bình', []],
      ],
    );
    // After "là" or "làm" only a capitalised post …
    assert.deepStrictEqual(names(people('Đồng chí Nguyễn Văn An là thành viên tích cực; đồng chí Lê Văn Tâm làm thư ký hội nghị; đồng chí Phạm Văn Nam là Chủ tịch UBND tỉnh.')), [
      ['Nguyễn Văn An', []], ['Lê Văn Tâm', []], ['Phạm Văn Nam', ['Chủ tịch UBND tỉnh']],
    ]);
    // … or one in lower case that a body's capitalised word or abbreviation ends or follows
    assert.deepStrictEqual(names(people('Ông Hứa Văn Lục được luân chuyển làm phó chủ tịch UBND huyện Bảo Lạc; ông Lê Văn Tâm được bầu làm chủ tịch Hội Nông dân xã.')), [
      ['Hứa Văn Lục', ['phó chủ tịch UBND huyện Bảo Lạc']], ['Lê Văn Tâm', ['chủ tịch Hội Nông dân xã']],
    ]);
  });

  it('are found after the words court, police, hospital and school news name people by', () => {
    const text = 'Đối tượng Nguyễn Văn Mạnh đã bị bắt giữ. Liệt sĩ Nguyễn Văn Trỗi hy sinh năm 1964. Nhà giáo Nguyễn Ngọc Ký được truy tặng. ' +
      'Bệnh nhân Trần Văn Ba được xuất viện. Học sinh Nguyễn Thị Anh đạt giải nhất. Cháu Nguyễn Văn Lợi được tặng quà.';
    for (const spelled of [text, text.normalize('NFD')]) {
      assert.deepStrictEqual(nfcNames(people(spelled)), [
        ['Nguyễn Văn Mạnh', []], ['Nguyễn Văn Trỗi', []], ['Nguyễn Ngọc Ký', []], ['Trần Văn Ba', []], ['Nguyễn Thị Anh', []], ['Nguyễn Văn Lợi', []],
      ]);
    }
    // a child's year of birth in brackets: the post after it is the official's quoted, not the child's
    assert.deepStrictEqual(names(people('Cháu Nguyễn Thị Mai (2007), Bí thư Đoàn xã cho hay, là học sinh giỏi. Bị cáo Nguyễn Văn Hùng (1975), nguyên Chủ tịch UBND xã, bị tuyên phạt.')), [
      ['Nguyễn Thị Mai', []], ['Nguyễn Văn Hùng', ['nguyên Chủ tịch UBND xã']],
    ]);
  });

  it('are read after a birth, an age, a home or a people between commas (obituaries, personnel texts)', () => {
    const text = 'Đồng chí Nguyễn Văn Bảy, sinh năm 1940, quê xã Diễn Hải, huyện Diễn Châu, tỉnh Nghệ An, nguyên Bí thư Huyện ủy Diễn Châu, đã từ trần. ' +
      'Ông Lê Văn Thành, 52 tuổi, quê Hải Phòng, được bổ nhiệm giữ chức Phó Giám đốc Sở Y tế. Bà Lê Thị Hoa, dân tộc Tày, Phó Chủ tịch HĐND tỉnh, phát biểu.';
    for (const spelled of [text, text.normalize('NFD')]) {
      assert.deepStrictEqual(nfcNames(people(spelled)), [
        ['Nguyễn Văn Bảy', ['nguyên Bí thư Huyện ủy Diễn Châu']],
        ['Lê Văn Thành', ['Phó Giám đốc Sở Y tế']],
        ['Lê Thị Hoa', ['Phó Chủ tịch HĐND tỉnh']],
      ]);
    }
    // a birthplace, a home with its street and number, a people of two words, the years in the Party
    assert.deepStrictEqual(names(people('Ông Lê Văn Thịnh, sinh năm 1940 tại Nam Định, quê gốc Thái Bình, nguyên Hiệu trưởng Trường Đại học Nông nghiệp, từ trần. ' +
      'Đồng chí Đặng Văn Hùng, trú tại số 12 ngõ 45 phố Hào Nam, nguyên Phó Cục trưởng Cục Báo chí. Ông Nguyễn Văn Ba, dân tộc Ê Đê, nguyên Phó Chủ tịch Quốc hội. ' +
      'Đồng chí Lê Văn Hai, 55 năm tuổi Đảng, nguyên Bí thư Chi bộ, nhận Huy hiệu.')), [
      ['Lê Văn Thịnh', ['nguyên Hiệu trưởng Trường Đại học Nông nghiệp']], ['Đặng Văn Hùng', ['nguyên Phó Cục trưởng Cục Báo chí']],
      ['Nguyễn Văn Ba', ['nguyên Phó Chủ tịch Quốc hội']], ['Lê Văn Hai', ['nguyên Bí thư Chi bộ']],
    ]);
    // such clauses with no post after them give none; a minor's age is no such clause
    assert.deepStrictEqual(names(people('Ông Trần Văn An, 45 tuổi, trú tại thôn 3, xã Hải Đông, cho biết. Em Nguyễn Văn Bình, 16 tuổi, Chủ tịch UBND xã cho biết, bị đuối nước.')), [
      ['Trần Văn An', []], ['Nguyễn Văn Bình', []],
    ]);
  });

  it('are read after the verbs of appointment, of keeping and leaving a post, with "chức" or "chức vụ"', () => {
    const text = 'Ông Nguyễn Văn Chín được bổ nhiệm giữ chức vụ Giám đốc Sở Tài chính; ông Lê Văn Tám thôi giữ chức Phó Giám đốc Sở Nội vụ; ' +
      'bà Lê Thị Hoa được bổ nhiệm chức vụ Phó Giám đốc Sở Y tế; ông Trần Văn Nam đảm nhận chức vụ Trưởng ban Tổ chức Tỉnh ủy; ' +
      'ông Phạm Văn Mười tiếp tục giữ chức Bí thư Huyện ủy.';
    for (const spelled of [text, text.normalize('NFD')]) {
      assert.deepStrictEqual(nfcNames(people(spelled)), [
        ['Nguyễn Văn Chín', ['Giám đốc Sở Tài chính']],
        ['Lê Văn Tám', ['Phó Giám đốc Sở Nội vụ']],
        ['Lê Thị Hoa', ['Phó Giám đốc Sở Y tế']],
        ['Trần Văn Nam', ['Trưởng ban Tổ chức Tỉnh ủy']],
        ['Phạm Văn Mười', ['Bí thư Huyện ủy']],
      ]);
    }
    // "chức vụ" with no post after it names none
    assert.deepStrictEqual(names(people('Ông Nguyễn Văn Chín giữ chức vụ quan trọng trong nhiều năm.')), [['Nguyễn Văn Chín', []]]);
    // … and "vụ" begins the head of a department named after it
    assert.deepStrictEqual(names(people('Ông Phùng Văn Đạt được bổ nhiệm giữ chức vụ trưởng Vụ Tổ chức cán bộ; ông Lê Văn Hùng giữ chức vụ Phó Giám đốc Sở Y tế.')), [
      ['Phùng Văn Đạt', ['vụ trưởng Vụ Tổ chức cán bộ']], ['Lê Văn Hùng', ['Phó Giám đốc Sở Y tế']],
    ]);
  });

  it('read two posts joined by "và" after a name as two, when the apposition closes after them', () => {
    assert.deepStrictEqual(names(people('Đồng chí Nguyễn Văn Nam, Phó Bí thư Huyện ủy và Chủ tịch UBND huyện, phát biểu chỉ đạo.')), [
      ['Nguyễn Văn Nam', ['Phó Bí thư Huyện ủy', 'Chủ tịch UBND huyện']],
    ]);
    assert.deepStrictEqual(names(people('Đồng chí Nguyễn Văn Nam, Phó Bí thư Tỉnh ủy và Chủ tịch UBND tỉnh chủ trì hội nghị.')), [
      ['Nguyễn Văn Nam', ['Phó Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh']],
    ]);
    // "cùng" before a group is "with": the person goes with others.
    assert.deepStrictEqual(names(people('Đồng chí Nguyễn Văn Nam, Phó Bí thư Thường trực Huyện ủy và Chủ tịch HĐND huyện cùng các đại biểu tham quan mô hình.')), [
      ['Nguyễn Văn Nam', ['Phó Bí thư Thường trực Huyện ủy', 'Chủ tịch HĐND huyện']],
    ]);
    // Otherwise the second post is another person's: "A, Bí thư Huyện ủy và Chủ tịch UBND huyện cùng dự".
    for (const text of [
      'Đồng chí Nguyễn Văn Nam, Bí thư Huyện ủy và Chủ tịch UBND huyện cùng dự và trao quà.',
      'Đồng chí Nguyễn Văn Nam, Giám đốc Sở Nội vụ và Giám đốc Sở Tài chính cùng dự.',
      'Đồng chí Nguyễn Văn Nam, Bí thư Tỉnh ủy và Bí thư các huyện ủy, dự.',
    ]) {
      assert.strictEqual(names(people(text))[0][1].length, 1, text);
    }
  });

  it('read one title at two bodies as one person\'s double post, at committees of two levels as two people\'s', () => {
    assert.deepStrictEqual(names(people('Đồng chí Trần Văn Hiệp, Bí thư Tỉnh ủy và Bí thư Đảng ủy Quân sự tỉnh, dự và chỉ đạo hội nghị.')), [
      ['Trần Văn Hiệp', ['Bí thư Tỉnh ủy', 'Bí thư Đảng ủy Quân sự tỉnh']],
    ]);
    assert.deepStrictEqual(names(people('Đồng chí Nguyễn Văn Sơn, Bí thư Huyện ủy và Bí thư Đảng ủy Quân sự huyện, phát biểu kết luận.')), [
      ['Nguyễn Văn Sơn', ['Bí thư Huyện ủy', 'Bí thư Đảng ủy Quân sự huyện']],
    ]);
    assert.deepStrictEqual(names(people('Đồng chí Nguyễn Văn Nam, Ủy viên Ban Thường vụ Tỉnh ủy và Ủy viên Ban Cán sự đảng UBND tỉnh, phát biểu.')), [
      ['Nguyễn Văn Nam', ['Ủy viên Ban Thường vụ Tỉnh ủy', 'Ủy viên Ban Cán sự đảng UBND tỉnh']],
    ]);
    for (const text of ['Đồng chí Nguyễn Văn Nam, Bí thư Huyện ủy và Bí thư Đảng ủy xã Tân Hà dự hội nghị.', 'Đồng chí Nguyễn Văn Nam, Chủ tịch UBND tỉnh và Chủ tịch UBND huyện dự.']) {
      assert.strictEqual(names(people(text))[0][1].length, 1, text);
    }
  });

  it('read one title at the committees of two territories of one level but two names as two people\'s', () => {
    assert.deepStrictEqual(names(people('Tham gia đoàn có đồng chí Nguyễn Văn Hải, Bí thư Đảng ủy xã Hải Minh và Bí thư Đảng ủy xã Hải Đường.')), [['Nguyễn Văn Hải', ['Bí thư Đảng ủy xã Hải Minh']]]);
    assert.deepStrictEqual(names(people('Lễ ký kết có sự chứng kiến của đồng chí Phạm Gia Túc, Bí thư Tỉnh ủy Nam Định và Bí thư Tỉnh ủy Ninh Bình.')), [['Phạm Gia Túc', ['Bí thư Tỉnh ủy Nam Định']]]);
    assert.deepStrictEqual(names(people('Đồng chí Trần Văn Nam, Chủ tịch UBND xã Giao Thiện và Chủ tịch UBND xã Giao An đã ký quy chế phối hợp.')), [['Trần Văn Nam', ['Chủ tịch UBND xã Giao Thiện']]]);
  });

  it('end no post in "và": what stands before "và" and the next person is the person\'s before', () => {
    assert.deepStrictEqual(names(people('Dự hội nghị có đồng chí Phạm Gia Túc, Bí thư Tỉnh ủy và đồng chí Phạm Đình Nghị, Chủ tịch UBND tỉnh.')), [
      ['Phạm Gia Túc', ['Bí thư Tỉnh ủy']], ['Phạm Đình Nghị', ['Chủ tịch UBND tỉnh']],
    ]);
    assert.deepStrictEqual(names(people('Đồng chí Phạm Gia Túc, Bí thư Tỉnh ủy và đồng chí Phạm Đình Nghị đã đến thăm, tặng quà gia đình chính sách.')), [
      ['Phạm Gia Túc', ['Bí thư Tỉnh ủy']], ['Phạm Đình Nghị', []],
    ]);
    assert.deepStrictEqual(names(people('Đồng chí Nguyễn Văn Hùng, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện và đồng chí Trần Văn Bình, Trưởng Ban Tuyên giáo Huyện ủy đến dự.'))[1],
      ['Trần Văn Bình', ['Trưởng Ban Tuyên giáo Huyện ủy']]);
    assert.deepStrictEqual(names(people('Dự có các đồng chí: Lê Thị Hoa - Tỉnh ủy viên, Bí thư Huyện ủy và Phạm Văn Long - Chủ tịch UBND huyện.'))[1], ['Phạm Văn Long', ['Chủ tịch UBND huyện']]);
  });

  it('read a head that names its unit as a whole post, with the unit\'s number', () => {
    assert.deepStrictEqual(names(people('Đồng chí Nguyễn Văn Nam, Bí thư Chi bộ và Trưởng thôn 3, chủ trì buổi sinh hoạt.')), [['Nguyễn Văn Nam', ['Bí thư Chi bộ', 'Trưởng thôn 3']]]);
    assert.deepStrictEqual(names(people('Đồng chí Nguyễn Văn Nam - Bí thư Chi bộ và Trưởng thôn 3 - phát biểu.')), [['Nguyễn Văn Nam', ['Bí thư Chi bộ', 'Trưởng thôn 3']]]);
    assert.deepStrictEqual(names(people('Đồng chí Nguyễn Văn Nam, Bí thư Chi bộ và Tổ trưởng tổ dân phố 5, chủ trì.')), [['Nguyễn Văn Nam', ['Bí thư Chi bộ', 'Tổ trưởng tổ dân phố 5']]]);
    assert.deepStrictEqual(names(people('Đồng chí Lê Văn An, Trưởng thôn 2, phát biểu.')), [['Lê Văn An', ['Trưởng thôn 2']]]);
    assert.deepStrictEqual(names(people('Đồng chí Đinh Văn Tám, Tổ trưởng tổ dân phố số 5 và đồng chí Bùi Văn Chín, Bí thư Chi bộ tổ dân phố số 5 đã vận động nhân dân hiến đất.')), [
      ['Đinh Văn Tám', ['Tổ trưởng tổ dân phố số 5']], ['Bùi Văn Chín', ['Bí thư Chi bộ tổ dân phố số 5']],
    ]);
    assert.deepStrictEqual(names(people('Ông Phạm Văn Sáu, Trưởng thôn 7 và bà Đỗ Thị Hạnh, Chi hội trưởng Chi hội Phụ nữ thôn 7 cùng tham gia.')), [
      ['Phạm Văn Sáu', ['Trưởng thôn 7']], ['Đỗ Thị Hạnh', ['Chi hội trưởng Chi hội Phụ nữ thôn 7']],
    ]);
    assert.deepStrictEqual(names(people('Đồng chí Hoàng Thị Mai, Bí thư Chi bộ và Trưởng Ban công tác Mặt trận khu dân cư số 3, phát biểu.')), [
      ['Hoàng Thị Mai', ['Bí thư Chi bộ', 'Trưởng Ban công tác Mặt trận khu dân cư số 3']],
    ]);
    // "công tác" is the board's name only before "Mặt trận".
    assert.deepStrictEqual(names(people('Đồng chí Nguyễn Văn Nam, Bí thư Tỉnh ủy công tác tại Hà Nội.')), [['Nguyễn Văn Nam', ['Bí thư Tỉnh ủy']]]);
    // A bare title is still no post.
    assert.deepStrictEqual(names(people('Đồng chí Nguyễn Văn Nam, Bí thư Chi bộ và Trưởng, chủ trì.')), [['Nguyễn Văn Nam', ['Bí thư Chi bộ']]]);
  });

  it('keep the second post when the next person follows after ";", "." or with a post of their own', () => {
    assert.deepStrictEqual(names(people('Đồng chí Nguyễn Văn Nam, Phó Bí thư Tỉnh ủy và Trưởng Đoàn ĐBQH tỉnh; đồng chí Lê Văn Bình, Phó Chủ tịch UBND tỉnh.')), [
      ['Nguyễn Văn Nam', ['Phó Bí thư Tỉnh ủy', 'Trưởng Đoàn ĐBQH tỉnh']], ['Lê Văn Bình', ['Phó Chủ tịch UBND tỉnh']],
    ]);
    assert.deepStrictEqual(names(people('Đồng chí Nguyễn Văn Nam, Phó Bí thư Huyện ủy và Chủ tịch UBND huyện. Đồng chí Lê Thị Hoa, Phó Chủ tịch HĐND huyện.')), [
      ['Nguyễn Văn Nam', ['Phó Bí thư Huyện ủy', 'Chủ tịch UBND huyện']], ['Lê Thị Hoa', ['Phó Chủ tịch HĐND huyện']],
    ]);
    assert.deepStrictEqual(names(people('Dự có các đồng chí: Nguyễn Văn Nam, Phó Bí thư Tỉnh ủy và Chủ tịch UBND tỉnh; Lê Văn Bình, Phó Chủ tịch UBND tỉnh.')), [
      ['Nguyễn Văn Nam', ['Phó Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh']], ['Lê Văn Bình', ['Phó Chủ tịch UBND tỉnh']],
    ]);
    // "cùng" after the list's last comma is the list's: both people attend.
    assert.deepStrictEqual(
      names(people('Đồng chí Nguyễn Văn Nam, Bí thư Đảng ủy và Chủ tịch HĐND xã, đồng chí Lê Văn Hùng, Phó Bí thư Đảng ủy và Chủ tịch UBND xã, cùng dự.')),
      [['Nguyễn Văn Nam', ['Bí thư Đảng ủy', 'Chủ tịch HĐND xã']], ['Lê Văn Hùng', ['Phó Bí thư Đảng ủy', 'Chủ tịch UBND xã']]],
    );
    // A name with no post of its own after the comma is the second post's holder.
    assert.deepStrictEqual(names(people('Đồng chí Nguyễn Văn Nam, Bí thư Huyện ủy và Chủ tịch UBND huyện, đồng chí Trần Văn Bình, dự.'))[0], ['Nguyễn Văn Nam', ['Bí thư Huyện ủy']]);
  });

  it('read posts in brackets right after the name, when the bracket closes after them', () => {
    assert.deepStrictEqual(names(people('Đồng chí Nguyễn Văn An (Bí thư Huyện ủy) và đồng chí Trần Văn Bình (Chủ tịch UBND huyện) đã trao quà.')), [
      ['Nguyễn Văn An', ['Bí thư Huyện ủy']], ['Trần Văn Bình', ['Chủ tịch UBND huyện']],
    ]);
    assert.deepStrictEqual(names(people('Ông Nguyễn Văn Nam (Phó Bí thư Huyện ủy và Chủ tịch UBND huyện) phát biểu.')), [
      ['Nguyễn Văn Nam', ['Phó Bí thư Huyện ủy', 'Chủ tịch UBND huyện']],
    ]);
    // A note in brackets that goes on after the post is no list of posts.
    assert.deepStrictEqual(names(people('Đồng chí Nguyễn Văn An (Bí thư Chi bộ, nhiệm kỳ 2020-2025) phát biểu.')), [['Nguyễn Văn An', []]]);
    // The place of the post's unit after a comma is no note: the post is read as it is without brackets.
    assert.deepStrictEqual(names(people('Ông Nguyễn Văn An (Bí thư Chi bộ xóm 3, xã Hải Đông) chia sẻ kinh nghiệm vận động nhân dân hiến đất.')), [
      ['Nguyễn Văn An', ['Bí thư Chi bộ xóm 3']],
    ]);
    assert.deepStrictEqual(names(people('Bà Trần Thị Hoa (Chi hội trưởng Chi hội Phụ nữ thôn 2, xã Giao Thiện, huyện Giao Thủy) nhận Bằng khen.')), [
      ['Trần Thị Hoa', ['Chi hội trưởng Chi hội Phụ nữ thôn 2']],
    ]);
  });

  it('read the post after an age or a year of birth in brackets, as news writes them', () => {
    const read = (t: string) => names(people(t))[0];
    assert.deepStrictEqual(read('Theo đó, bà Đặng Thị Hoa (52 tuổi), Bí thư Chi bộ thôn Phú Lộc, đã nhận Giấy khen.'), ['Đặng Thị Hoa', ['Bí thư Chi bộ thôn Phú Lộc']]);
    assert.deepStrictEqual(read('Ông Lê Văn An (SN 1968) - Chủ tịch UBND xã Tân Hà cho biết.'), ['Lê Văn An', ['Chủ tịch UBND xã Tân Hà']]);
    assert.deepStrictEqual(read('Ông Lê Văn An (sinh năm 1968), nguyên Giám đốc Sở Y tế, bị khởi tố.'), ['Lê Văn An', ['nguyên Giám đốc Sở Y tế']]);
    assert.deepStrictEqual(read('Ông Lê Văn An (SN 1968) giữ chức Bí thư Huyện ủy từ năm 2015.'), ['Lê Văn An', ['Bí thư Huyện ủy']]);
    // Not a note that goes on in the bracket, nor a second bracket, nor a sentence after it.
    // A bare year is a birth's after a name with its cue; a youth union's officer may be 14.
    assert.deepStrictEqual(read('Ông Lê Văn An (1968), Chủ tịch UBND xã Tân Hà, bị tạm giam.'), ['Lê Văn An', ['Chủ tịch UBND xã Tân Hà']]);
    assert.deepStrictEqual(read('Anh Trần Văn Nam (19 tuổi), Bí thư Chi đoàn thôn 2, cho biết.'), ['Trần Văn Nam', ['Bí thư Chi đoàn thôn 2']]);
    // Not a note that goes on in the bracket, nor a second bracket, nor a sentence after it, nor a child's age.
    for (const t of [
      'Ông Lê Văn An (52 tuổi, ngụ xã Tân Hà), Bí thư Chi bộ thôn phát biểu.', 'Ông Lê Văn An (1968) (Bí thư Chi bộ) phát biểu.', 'Ông Lê Văn An (SN 1968), trú tại thôn 3.',
      'Anh Lê Văn An (16 tuổi), Chủ tịch UBND xã cho biết, bị đuối nước.', 'Ông Lê Văn An (2018), Chủ tịch UBND cấp xã trong quản lý đất đai, Luận văn thạc sĩ.',
    ]) {
      assert.deepStrictEqual(read(t), ['Lê Văn An', []], t);
    }
    // A defendant is named as a person is ("bị cáo", "bị can"), with the year of birth court news writes.
    assert.deepStrictEqual(
      names(people('Bị cáo Nguyễn Văn Hùng (1970), nguyên Giám đốc Sở Tài nguyên và Môi trường, bị tuyên phạt 5 năm tù. Các bị can Trần Văn An, Lê Văn Bình bị truy tố.')),
      [['Nguyễn Văn Hùng', ['nguyên Giám đốc Sở Tài nguyên và Môi trường']], ['Trần Văn An', []], ['Lê Văn Bình', []]],
    );
    // Nor a study's year after its author, with no cue: how research cites it.
    const study = people('Theo Lê Văn Hải (2018), Chủ tịch UBND cấp xã có vai trò quyết định. 4. Nguyễn Văn Bình (2020), Bí thư chi bộ với công tác vận động quần chúng.');
    assert.ok(study.every((p) => p.positions.length === 0), JSON.stringify(study));
  });

  it('read the post of a body of a hamlet named after its unit whole, before the name', () => {
    for (const [text, name, post] of [
      ['Bí thư Chi bộ thôn Phú Lộc Nguyễn Văn An phát biểu.', 'Nguyễn Văn An', 'Bí thư Chi bộ thôn Phú Lộc'],
      ['Bí thư Chi bộ ấp Phú Lộc Trần Văn An phát biểu.', 'Trần Văn An', 'Bí thư Chi bộ ấp Phú Lộc'],
      ['Bí thư Chi bộ bản Na Hiên Lò Văn Pâng phát biểu.', 'Lò Văn Pâng', 'Bí thư Chi bộ bản Na Hiên'],
      ['Bí thư Chi bộ tổ dân phố Tân Tiến Nguyễn Văn An phát biểu.', 'Nguyễn Văn An', 'Bí thư Chi bộ tổ dân phố Tân Tiến'],
      // A hamlet's name of one syllable, and a name with two family names and no middle word after it.
      ['Bí thư Chi bộ thôn Đông Nguyễn Hoàng Minh Tuấn phát biểu.', 'Nguyễn Hoàng Minh Tuấn', 'Bí thư Chi bộ thôn Đông'],
      ['Bí thư Chi bộ xóm Hạ Trần Lê Hoàng Anh phát biểu.', 'Trần Lê Hoàng Anh', 'Bí thư Chi bộ xóm Hạ'],
      // … and one of two whose last is a family name too
      ['Trưởng thôn Thanh Hà Nguyễn Minh Tuấn cho biết.', 'Nguyễn Minh Tuấn', 'Trưởng thôn Thanh Hà'],
      ['Trưởng ấp Long Hồ Trần Thanh Sơn dẫn đoàn.', 'Trần Thanh Sơn', 'Trưởng ấp Long Hồ'],
    ]) {
      assert.deepStrictEqual(names(people(text)), [[name, [post]]], text);
    }
  });

  it('read the post of a body of a numbered hamlet whole, before and after the name', () => {
    assert.deepStrictEqual(names(people('Chủ tịch Hội Nông dân thôn 3 Nguyễn Văn Bình chia sẻ cách làm kinh tế giỏi.')), [['Nguyễn Văn Bình', ['Chủ tịch Hội Nông dân thôn 3']]]);
    assert.deepStrictEqual(names(people('Phát biểu tại buổi sinh hoạt, đồng chí Nguyễn Văn Bình, Chủ tịch Hội Nông dân thôn 3, cho biết hội viên đã góp 200 ngày công.')), [
      ['Nguyễn Văn Bình', ['Chủ tịch Hội Nông dân thôn 3']],
    ]);
    assert.deepStrictEqual(names(people('Bí thư Chi bộ xóm 5 Trần Văn Tư cho biết cả xóm đã hiến 2.000 m2 đất.')), [['Trần Văn Tư', ['Bí thư Chi bộ xóm 5']]]);
    assert.deepStrictEqual(names(people('Đồng chí Lê Văn Hải, Chi hội trưởng Chi hội Cựu chiến binh ấp 2, phát biểu.')), [['Lê Văn Hải', ['Chi hội trưởng Chi hội Cựu chiến binh ấp 2']]]);
    assert.deepStrictEqual(names(people('Trưởng Ban công tác Mặt trận khu phố 4 Phạm Thị Lan báo cáo kết quả.')), [['Phạm Thị Lan', ['Trưởng Ban công tác Mặt trận khu phố 4']]]);
    // A body's field unknown to the lexicon ends whole before the unit, as before "xã".
    assert.deepStrictEqual(names(people('Đồng chí Nguyễn Văn Bình, Chủ tịch Hội Khuyến học thôn 3, trao học bổng.')), [['Nguyễn Văn Bình', ['Chủ tịch Hội Khuyến học thôn 3']]]);
    assert.deepStrictEqual(names(people('Đồng chí Nguyễn Văn Bình, Chủ tịch Hội Nông dân, phát biểu.')), [['Nguyễn Văn Bình', ['Chủ tịch Hội Nông dân']]]);
    // "khu" is a body word ("Đảng ủy Khối"), but "khu phố" a unit.
    assert.deepStrictEqual(names(people('Ông Nguyễn Văn An, Bí thư Chi bộ khu phố 2, phường Tân Định, phát biểu.')), [['Nguyễn Văn An', ['Bí thư Chi bộ khu phố 2']]]);
    assert.deepStrictEqual(names(people('Ông Nguyễn Văn An (Bí thư Chi bộ khu phố 2, phường 3, quận 10) phát biểu.')), [['Nguyễn Văn An', ['Bí thư Chi bộ khu phố 2']]]);
  });

  it('give the name all the posts between its cue and it, and a post in apposition before its cue', () => {
    assert.deepStrictEqual(names(people('Dự hội nghị có đồng chí Bí thư Tỉnh ủy và Chủ tịch HĐND tỉnh Trần Đức Quận.')), [['Trần Đức Quận', ['Bí thư Tỉnh ủy', 'Chủ tịch HĐND tỉnh']]]);
    assert.deepStrictEqual(names(people('Tham dự có đồng chí Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy và Chủ tịch HĐND tỉnh Trần Đức Quận.')), [
      ['Trần Đức Quận', ['Ủy viên Trung ương Đảng', 'Bí thư Tỉnh ủy', 'Chủ tịch HĐND tỉnh']],
    ]);
    // After another name, only the post next to the name is its own.
    assert.deepStrictEqual(names(people('Tham dự có đồng chí Nguyễn Văn Nam, Bí thư Tỉnh ủy và Chủ tịch UBND tỉnh Trần Văn Hiệp.')), [
      ['Nguyễn Văn Nam', ['Bí thư Tỉnh ủy']], ['Trần Văn Hiệp', ['Chủ tịch UBND tỉnh']],
    ]);
    assert.deepStrictEqual(names(people('Đồng chí Nguyễn Văn Nam, Bí thư Huyện ủy và Chủ tịch UBND huyện Lâm Hà đồng chí Trần Văn Bình cùng dự.')), [
      ['Nguyễn Văn Nam', ['Bí thư Huyện ủy']], ['Trần Văn Bình', ['Chủ tịch UBND huyện Lâm Hà']],
    ]);
    assert.deepStrictEqual(names(people('Đồng chí Nguyễn Văn Nam, Bí thư Huyện ủy và Chủ tịch UBND huyện, ông Trần Văn Bình, cùng tiếp đoàn.')), [
      ['Nguyễn Văn Nam', ['Bí thư Huyện ủy']], ['Trần Văn Bình', ['Chủ tịch UBND huyện']],
    ]);
    // Posts joined by commas between "và" and a name are all that name's.
    assert.deepStrictEqual(names(people('Đồng chí Đoàn Văn Sơn, Bí thư Huyện ủy, Chủ tịch HĐND huyện và Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Phạm Văn Long cùng dự.')), [
      ['Đoàn Văn Sơn', ['Bí thư Huyện ủy', 'Chủ tịch HĐND huyện']], ['Phạm Văn Long', ['Phó Bí thư Huyện ủy', 'Chủ tịch UBND huyện']],
    ]);
    // A post behind a comma with no "và" before it is the person's before: the next one is a name alone.
    assert.deepStrictEqual(names(people('Đồng chí Nguyễn Văn Nam, Bí thư Tỉnh ủy, đồng chí Trần Văn Bình dự.')), [['Nguyễn Văn Nam', ['Bí thư Tỉnh ủy']], ['Trần Văn Bình', []]]);
  });

  it('leave a street, school or museum named after a person the text names to itself', () => {
    const found = people('Tổng Bí thư Lê Hồng Phong hy sinh năm 1942. Đường Lê Hồng Phong dài 2 km; Trường THPT chuyên Lê Hồng Phong khai giảng. Bảo tàng Hồ Chí Minh mở cửa; Chủ tịch Hồ Chí Minh.');
    assert.deepStrictEqual(found.map((p) => p.text), ['Lê Hồng Phong', 'Hồ Chí Minh']);
    assert.strictEqual(found[1].start, 'Tổng Bí thư Lê Hồng Phong hy sinh năm 1942. Đường Lê Hồng Phong dài 2 km; Trường THPT chuyên Lê Hồng Phong khai giảng. Bảo tàng Hồ Chí Minh mở cửa; Chủ tịch '.length);
  });

  it('are read after "các đồng chí:" and "Đ/c"', () => {
    assert.deepStrictEqual(names(people('Ban Thường vụ Tỉnh ủy khóa XVI gồm các đồng chí: Hoàng Trung Dũng, Trần Thế Dũng và Võ Trọng Hải.')), [
      ['Hoàng Trung Dũng', []], ['Trần Thế Dũng', []], ['Võ Trọng Hải', []],
    ]);
    assert.deepStrictEqual(names(people('Đ/c Phan Văn Tư đề nghị làm rõ. Các đ/c Lê Văn An, Trần Văn Bình dự.')), [
      ['Phan Văn Tư', []], ['Lê Văn An', []], ['Trần Văn Bình', []],
    ]);
  });

  it('are given the post of "các đồng chí <post>:" that heads their list', () => {
    assert.deepStrictEqual(names(people('Dự hội nghị có các đồng chí Phó Chủ tịch UBND tỉnh: Trần Anh Dũng, Hà Lan Anh.')), [
      ['Trần Anh Dũng', ['Phó Chủ tịch UBND tỉnh']], ['Hà Lan Anh', ['Phó Chủ tịch UBND tỉnh']],
    ]);
    // The list ends where a name is no longer listed after the one before.
    assert.deepStrictEqual(
      names(people('Dự có các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy: Trần Anh Dũng - Trưởng Ban Tổ chức Tỉnh ủy và Lê Văn Bình - Trưởng Ban Dân vận Tỉnh ủy; đồng chí Phạm Văn Tư, Giám đốc Sở Nội vụ.')),
      [
        ['Trần Anh Dũng', ['Ủy viên Ban Thường vụ Tỉnh ủy', 'Trưởng Ban Tổ chức Tỉnh ủy']],
        ['Lê Văn Bình', ['Ủy viên Ban Thường vụ Tỉnh ủy', 'Trưởng Ban Dân vận Tỉnh ủy']],
        ['Phạm Văn Tư', ['Giám đốc Sở Nội vụ']],
      ],
    );
  });

  it('are read in a list after "các đồng chí …:" that names no post', () => {
    assert.deepStrictEqual(names(people('Các đồng chí lãnh đạo huyện: Vũ Văn Sơn, Đỗ Thị Mai dự hội nghị.')), [['Vũ Văn Sơn', []], ['Đỗ Thị Mai', []]]);
    // Not across a comma, nor what is no name.
    assert.deepStrictEqual(names(people('Các đồng chí lãnh đạo huyện, Sở: Vũ Văn Sơn. Các đồng chí chú ý: Hội nghị bắt đầu lúc 8 giờ.')), []);
  });

  it('stay with the person before when what follows is a place or a body named after a leader', () => {
    assert.deepStrictEqual(
      names(people(
        'Dự có đồng chí Nguyễn Văn Nên, Bí thư Thành ủy TP Hồ Chí Minh; đồng chí Lê Văn Hiền, Chủ tịch UBND tỉnh Lâm Đồng; ' +
          'đồng chí Hà Văn Tùng, Chủ tịch UBND huyện Mai Sơn, đồng chí Nguyễn Xuân Thắng, Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh phát biểu.',
      )),
      [
        ['Nguyễn Văn Nên', ['Bí thư Thành ủy TP Hồ Chí Minh']],
        ['Lê Văn Hiền', ['Chủ tịch UBND tỉnh Lâm Đồng']],
        ['Hà Văn Tùng', ['Chủ tịch UBND huyện Mai Sơn']],
        ['Nguyễn Xuân Thắng', ['Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh']],
      ],
    );
    // The leader named elsewhere in the text is still not read inside the body's name.
    assert.deepStrictEqual(names(people('Học tập tấm gương Bác Hồ Chí Minh, cán bộ Học viện Chính trị quốc gia Hồ Chí Minh và Đoàn TNCS Hồ Chí Minh ra quân.')), [
      ['Hồ Chí Minh', []],
    ]);
  });
});

describe('positions naming bodies with everyday compounds', () => {
  it('read the whole name of the body, lower-case compounds and dashed pairs included', () => {
    const ps = people(
      'Dự hội nghị có đồng chí Vũ Đức Thắng, Ủy viên dự khuyết Trung ương Đảng, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh; ' +
        'đồng chí Lò Thị Hoa, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh; đồng chí Đặng Văn Minh, Viện trưởng Viện Kiểm sát nhân dân tỉnh; ' +
        'đồng chí Kiều Quang Huy, Chính ủy Bộ đội Biên phòng tỉnh; đồng chí Cao Thị Lan, Giám đốc Bảo hiểm xã hội tỉnh; ' +
        'đồng chí Tô Văn Nam, Giám đốc Sở Lao động - Thương binh và Xã hội; đồng chí Mai Văn Sơn, Giám đốc Đài Phát thanh - Truyền hình tỉnh; ' +
        'đồng chí Hứa Văn Dũng, Phó Trưởng Đoàn chuyên trách Đoàn ĐBQH tỉnh; đồng chí Lưu Đình Phúc, Chủ tịch Hội đồng Lý luận Trung ương phát biểu.',
    );
    assert.deepStrictEqual(names(ps), [
      ['Vũ Đức Thắng', ['Ủy viên dự khuyết Trung ương Đảng', 'Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh']],
      ['Lò Thị Hoa', ['Chủ tịch Hội Liên hiệp Phụ nữ tỉnh']],
      ['Đặng Văn Minh', ['Viện trưởng Viện Kiểm sát nhân dân tỉnh']],
      ['Kiều Quang Huy', ['Chính ủy Bộ đội Biên phòng tỉnh']],
      ['Cao Thị Lan', ['Giám đốc Bảo hiểm xã hội tỉnh']],
      ['Tô Văn Nam', ['Giám đốc Sở Lao động - Thương binh và Xã hội']],
      ['Mai Văn Sơn', ['Giám đốc Đài Phát thanh - Truyền hình tỉnh']],
      ['Hứa Văn Dũng', ['Phó Trưởng Đoàn chuyên trách Đoàn ĐBQH tỉnh']],
      ['Lưu Đình Phúc', ['Chủ tịch Hội đồng Lý luận Trung ương']],
    ]);
  });

  it('read a steering committee\'s post with its number or its task up to its level, before a comma, "và" or the verb', () => {
    const ps = people(
      'Dự có đồng chí Trần Văn Bình, Phó Bí thư Tỉnh ủy, Trưởng Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh; ' +
        'đồng chí Lê Thị Hoa, Trưởng Ban Tuyên giáo Tỉnh ủy, Phó Trưởng Ban Chỉ đạo 35 tỉnh; ' +
        'đồng chí Đỗ Văn Hùng, Chủ tịch UBND huyện và Trưởng Ban Chỉ đạo xây dựng nông thôn mới huyện phát biểu. ' +
        'Ông Phạm Văn Tú, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo các chương trình mục tiêu quốc gia tỉnh, kết luận.',
    );
    assert.deepStrictEqual(names(ps), [
      ['Trần Văn Bình', ['Phó Bí thư Tỉnh ủy', 'Trưởng Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh']],
      ['Lê Thị Hoa', ['Trưởng Ban Tuyên giáo Tỉnh ủy', 'Phó Trưởng Ban Chỉ đạo 35 tỉnh']],
      ['Đỗ Văn Hùng', ['Chủ tịch UBND huyện', 'Trưởng Ban Chỉ đạo xây dựng nông thôn mới huyện']],
      ['Phạm Văn Tú', ['Phó Chủ tịch UBND tỉnh', 'Trưởng Ban Chỉ đạo các chương trình mục tiêu quốc gia tỉnh']],
    ]);
    // Where no level closes the words after it, they may be the sentence's: the post is "Trưởng Ban Chỉ đạo".
    assert.deepStrictEqual(names(people('Đồng chí Trần Văn Bình, Trưởng Ban Chỉ đạo, Phó Chủ tịch UBND tỉnh phát biểu.')), [
      ['Trần Văn Bình', ['Trưởng Ban Chỉ đạo', 'Phó Chủ tịch UBND tỉnh']],
    ]);
  });

  it('read a council\'s post with its task up to its level', () => {
    assert.deepStrictEqual(names(people('Đồng chí Vũ Văn Hòa, Chủ tịch UBND huyện và Chủ tịch Hội đồng thi đua, khen thưởng huyện, trao khen thưởng.')), [
      ['Vũ Văn Hòa', ['Chủ tịch UBND huyện', 'Chủ tịch Hội đồng thi đua, khen thưởng huyện']],
    ]);
  });

  it('read the head of a working delegation whole', () => {
    assert.deepStrictEqual(names(people('Đồng chí Lê Thị Hoa, Phó Bí thư Huyện ủy, Trưởng đoàn công tác, làm việc với Đảng ủy xã Hải Minh.')), [
      ['Lê Thị Hoa', ['Phó Bí thư Huyện ủy', 'Trưởng đoàn công tác']],
    ]);
  });

  it('end at a verb that merely looks like the first word of such a compound, and at a dash before a name', () => {
    assert.deepStrictEqual(names(people('Đồng chí Vũ Đức Thắng, Ủy viên Trung ương Đảng dự hội nghị. Đồng chí Lò Văn Hưng, Bí thư Đảng ủy Khối - Nguyễn Văn An dự.')), [
      ['Vũ Đức Thắng', ['Ủy viên Trung ương Đảng']],
      ['Lò Văn Hưng', ['Bí thư Đảng ủy Khối']],
    ]);
  });
});

describe('names that end in a word that may also begin a post', () => {
  it('keep "Tân", "Quyền", "Nguyên" as their last syllable, and their posts', () => {
    assert.deepStrictEqual(
      names(people('Đồng chí Nguyễn Văn Tân, Giám đốc Sở Nội vụ, phát biểu. Bí thư Huyện ủy Nguyễn Văn Quyền phát biểu. Chủ tịch UBND tỉnh Lê Văn Nguyên chủ trì.')),
      [['Nguyễn Văn Tân', ['Giám đốc Sở Nội vụ']], ['Nguyễn Văn Quyền', ['Bí thư Huyện ủy']], ['Lê Văn Nguyên', ['Chủ tịch UBND tỉnh']]],
    );
  });

  it('keep them without a comma after a middle word, and before a dash, a tab or a line break', () => {
    assert.deepStrictEqual(
      names(people('Đồng chí Nguyễn Văn Tân Giám đốc Sở Nội vụ phát biểu. Đồng chí Trần Văn Tân Quyền Giám đốc Sở Y tế phát biểu.')),
      [['Nguyễn Văn Tân', ['Giám đốc Sở Nội vụ']], ['Trần Văn Tân', ['Quyền Giám đốc Sở Y tế']]],
    );
    assert.deepStrictEqual(
      names(people('Các đồng chí: Thái Thanh Quý - Bí thư Tỉnh ủy; Đỗ Hữu Quyền - Phó Chủ tịch UBND tỉnh; Lê Minh Tân – Giám đốc Sở Nội vụ; Phan Đình Nguyên — Chủ tịch UBND huyện.')),
      [['Thái Thanh Quý', ['Bí thư Tỉnh ủy']], ['Đỗ Hữu Quyền', ['Phó Chủ tịch UBND tỉnh']], ['Lê Minh Tân', ['Giám đốc Sở Nội vụ']], ['Phan Đình Nguyên', ['Chủ tịch UBND huyện']]],
    );
    assert.deepStrictEqual(people('Đồng chí Lê Minh Tân\nGiám đốc Sở Nội vụ phát biểu.').map((p) => p.name), ['Lê Minh Tân']);
  });

  it('keep a unit of a place as a name\'s last syllable before the sentence\'s verb, not before its body\'s word', () => {
    assert.deepStrictEqual(
      names(people('Phát biểu kết luận, Bí thư Tỉnh ủy Trần Đức Quận yêu cầu các sở. Ông Lê Văn Huyện cho biết.')),
      [['Trần Đức Quận', ['Bí thư Tỉnh ủy']], ['Lê Văn Huyện', []]],
    );
    assert.deepStrictEqual(names(people('Đồng chí Nguyễn Văn An Quận ủy viên phát biểu.')), [['Nguyễn Văn An', ['Quận ủy viên']]]);
    assert.deepStrictEqual(people('Đồng chí Nguyễn Văn An Huyện đoàn Lâm Hà phát biểu.').map((p) => p.name), ['Nguyễn Văn An']);
    // A verb that begins with a body's word is the sentence's; a place's number or an association's name is not.
    assert.deepStrictEqual(
      names(people('Bí thư Tỉnh ủy Trần Đức Quận hội đàm với Đại sứ. Phó Chủ tịch UBND huyện Đặng Văn Quận đoàn kết các dân tộc.')),
      [['Trần Đức Quận', ['Bí thư Tỉnh ủy']], ['Đặng Văn Quận', ['Phó Chủ tịch UBND huyện']]],
    );
    assert.deepStrictEqual(
      people('Ông Nguyễn Văn Hải Quận 3 đến dự. Đồng chí Lê Văn Bình Tỉnh hội Nông dân phát biểu. Ông Trần Văn Cường Quận trưởng Quận 1 thời Pháp thuộc.').map((p) => p.name),
      ['Nguyễn Văn Hải', 'Lê Văn Bình', 'Trần Văn Cường'],
    );
    // A number that counts, a capitalised post and another post's "trưởng" leave the name whole.
    assert.deepStrictEqual(
      names(people('Ông Nguyễn Văn Quận 2 lần được tặng Bằng khen. Đồng chí Lê Văn Huyện Trưởng Công an huyện báo cáo. Ông Nguyễn Văn Tỉnh trưởng đoàn công tác làm việc tại xã.')),
      [['Nguyễn Văn Quận', []], ['Lê Văn Huyện', ['Trưởng Công an huyện']], ['Nguyễn Văn Tỉnh', ['trưởng đoàn công tác']]],
    );
    assert.deepStrictEqual(people('Ông Trần Văn Quận 70 tuổi vẫn đi họp. Ông Lê Văn Hùng Huyện Đội trưởng phát biểu.').map((p) => p.name), ['Trần Văn Quận', 'Lê Văn Hùng']);
    assert.deepStrictEqual(names(people('Ông Trần Văn Huyện Đội trưởng Đội thuế số 2 cho biết.')), [['Trần Văn Huyện', ['Đội trưởng']]]);
    // The district's and the province's military commanders ("Huyện đội trưởng", "Tỉnh Đội phó") are posts.
    assert.deepStrictEqual(
      names(people('Lê Văn Hùng Huyện đội trưởng Huyện đội Đạ Tẻh dự lễ giao nhận quân. Đồng chí Hoàng Văn Tỉnh Tỉnh Đội phó phát biểu.')),
      [['Lê Văn Hùng', ['Huyện đội trưởng Huyện đội Đạ Tẻh']], ['Hoàng Văn Tỉnh', ['Tỉnh Đội phó']]],
    );
  });

  it('keep them before a post that has a modifier of its own ("… Tân nguyên Bí thư …")', () => {
    assert.deepStrictEqual(
      names(people('Ông Đỗ Minh Tân nguyên Bí thư Huyện ủy Lâm Hà dự. Bà Lê Thị Nguyên nguyên Phó Chủ tịch UBND tỉnh dự. Ông Trần Quyền nguyên Giám đốc Sở Nội vụ dự.')),
      [['Đỗ Minh Tân', ['nguyên Bí thư Huyện ủy Lâm Hà']], ['Lê Thị Nguyên', ['nguyên Phó Chủ tịch UBND tỉnh']], ['Trần Quyền', ['nguyên Giám đốc Sở Nội vụ']]],
    );
    // After three syllables a name is whole: the word begins the post.
    assert.deepStrictEqual(
      names(people('Ông Lê Văn Hùng Nguyên phó Chủ tịch UBND tỉnh đã qua đời. Ông Phạm Văn Tân Tân phó Giám đốc Sở Y tế nhận nhiệm vụ.')),
      [['Lê Văn Hùng', ['Nguyên phó Chủ tịch UBND tỉnh']], ['Phạm Văn Tân', ['Tân phó Giám đốc Sở Y tế']]],
    );
  });

  it('but a modifier that begins a post after the name is the post\'s, and "Phó" never ends a name', () => {
    assert.deepStrictEqual(names(people('Đồng chí Nguyễn Văn An Phó trưởng ban Tổ chức phát biểu.')), [['Nguyễn Văn An', ['Phó trưởng ban Tổ chức']]]);
    assert.deepStrictEqual(people('Đồng chí Nguyễn Văn An Phó\nBí thư Tỉnh ủy chủ trì. Ông Trần Văn Nam Phó ban Tuyên giáo Huyện ủy cho biết.').map((p) => p.name), ['Nguyễn Văn An', 'Trần Văn Nam']);
  });
});

describe('names of the Central Highlands peoples, written with an apostrophe', () => {
  it('are read whole after a cue, one word or more, with the posts after them', () => {
    assert.deepStrictEqual(names(people("Đồng chí K'Brông, Bí thư Chi bộ và Trưởng bon Đạ Nghịch, phát biểu.")), [
      ["K'Brông", ['Bí thư Chi bộ', 'Trưởng bon Đạ Nghịch']],
    ]);
    assert.deepStrictEqual(names(people("Bà H'Hen Niê, Phó Bí thư Đoàn xã, tham dự.")), [["H'Hen Niê", ['Phó Bí thư Đoàn xã']]]);
  });

  it("have one key whether the apostrophe is ' or ’, and keep the text as written", () => {
    const ps = people("Đồng chí K\u2019Bình, Chủ tịch UBND xã, cho biết. Đồng chí K'Bình, Chủ tịch UBND xã, kết luận.");
    assert.deepStrictEqual(ps.map((p) => [p.text, p.key]), [['K\u2019Bình', "k'bình"], ["K'Bình", "k'bình"]]);
  });

  it('are read with one capital after the apostrophe', () => {
    assert.deepStrictEqual(names(people("Đồng chí R'Ô Hà, Phó Bí thư Huyện ủy. Đồng chí K'Ơ, Bí thư Chi bộ, phát biểu.")), [
      ["R'Ô Hà", ['Phó Bí thư Huyện ủy']],
      ["K'Ơ", ['Bí thư Chi bộ']],
    ]);
  });

  it('are read with a syllable of six letters or more, the capital and apostrophe not counted', () => {
    assert.deepStrictEqual(names(people("Đồng chí K'Phương, Bí thư Huyện ủy. Bà H'Phương Niê, Phó Chủ tịch UBND huyện, phát biểu.")), [
      ["K'Phương", ['Bí thư Huyện ủy']],
      ["H'Phương Niê", ['Phó Chủ tịch UBND huyện']],
    ]);
  });

  it('are read in places too: a dateline, a body, a conference, a bracketed commune', () => {
    const r = run("Đắk R\u2019Lấp, ngày 08 tháng 9 năm 2022\n\nBáo cáo của Huyện ủy Ea H'leo.\n");
    assert.strictEqual(r.info.dateline, '2022-09-08');
    assert.deepStrictEqual(organizations("Báo cáo của Huyện ủy Ea H'leo và Đảng ủy xã Đạ K'Nàng.").map((o) => o.name), ["Huyện ủy Ea H'leo", "Đảng ủy xã Đạ K'Nàng"]);
    const cs = citations(
      "Nghị quyết Hội nghị lần thứ 7 Ban Chấp hành Đảng bộ huyện Đắk R\u2019Lấp khóa XI và Nghị quyết Hội nghị lần thứ 7 Ban Chấp hành Đảng bộ huyện Đắk R'Lấp khóa XII.",
    );
    assert.deepStrictEqual(cs.map((c) => c.key), ["NQ:HN7:ĐB:huyện đắk r'lấp:XI", "NQ:HN7:ĐB:huyện đắk r'lấp:XII"]);
    assert.deepStrictEqual(names(people("Khen thưởng đồng chí Trần Văn Hùng (Bí thư Chi bộ thôn 2, xã Đạ K'Nàng) và đồng chí Lê Văn Tám (Bí thư Chi bộ thôn 3, xã Phi Liêng).")), [
      ['Trần Văn Hùng', ['Bí thư Chi bộ thôn 2']],
      ['Lê Văn Tám', ['Bí thư Chi bộ thôn 3']],
    ]);
  });

  it('are read under a signature title and after a credit, in one word; not alone on a line', () => {
    const body = 'Tin tức\n\nHội nghị đã thảo luận và thống nhất nhiều nội dung quan trọng của năm tới.\n';
    assert.deepStrictEqual(names(people(body + "T/M ĐẢNG ỦY\nBÍ THƯ\n\nK'Brông\n")), [["K'Brông", ['BÍ THƯ']]]);
    assert.deepStrictEqual(names(people(body + "Tin ảnh: K'Thạch\n")), [["K'Thạch", []]]);
    assert.deepStrictEqual(names(people(body + "Điểu K'Ré\n")), [["Điểu K'Ré", []]]);
    assert.deepStrictEqual(names(people(body + "M'Nông\n")), []);
    // Nor a district of the Central Highlands on a line of its own.
    for (const place of ["Cư M'gar", "Ea H'leo", "Đắk R'Lấp", "Ia H'Drai"]) assert.deepStrictEqual(names(people(body + place + '\n')), [], place);
    // Under a signature title such a first syllable is a signer's name.
    assert.deepStrictEqual(names(people(body + 'T/M ĐẢNG ỦY\nBÍ THƯ\n\nĐam Văn Hùng\n')), [['Đam Văn Hùng', ['BÍ THƯ']]]);
  });

  it('are not a quoted word, a lone word without a cue, or one without a post', () => {
    assert.deepStrictEqual(names(people("Đồng chí 'Bình', Bí thư Chi bộ, phát biểu.")), []);
    assert.deepStrictEqual(names(people("K'Brông là tên một bon của xã, Bí thư Chi bộ cho biết.")), []);
    assert.deepStrictEqual(names(people("Đồng chí K'Brông phát biểu.")), []);
  });
});

describe('other occurrences of a known name', () => {
  it('are found whatever the case, and when a letter lower-cases to two characters', () => {
    for (const name of ['Nguyễn Văn Anh', 'Nguyễn Văn İnan']) {
      const ps = people(`Đồng chí ${name}, Bí thư Tỉnh ủy, phát biểu. Sau đó ${name} kết luận; ${name.toUpperCase()} ký.`);
      assert.deepStrictEqual(names(ps), [[name, ['Bí thư Tỉnh ủy']], [name, ['Bí thư Tỉnh ủy']]], name);
      assert.strictEqual(ps[0].key, ps[1].key);
    }
    // A name is known as a whole: the same first words with another last word are not it.
    assert.deepStrictEqual(names(people('Đồng chí Nguyễn Văn Anh, Bí thư Tỉnh ủy, phát biểu. Sau đó Nguyễn Văn Bình kết luận.')), [
      ['Nguyễn Văn Anh', ['Bí thư Tỉnh ủy']],
    ]);
  });
});

describe('posts in the police and the army', () => {
  it('gives a rank written between a post and the name a post of its own, before the name or after the post', () => {
    assert.deepStrictEqual(
      names(people(
        'Giám đốc Công an tỉnh Đại tá Nguyễn Văn Hải cho biết. Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Thượng tá Lê Minh Tuấn báo cáo. ' +
          'Đại tá Giám đốc Công an tỉnh Trần Quốc Bảo dự. Tham dự có Đại tá Phạm Văn Hòa và Thiếu tá Đỗ Thị Mai.',
      )),
      [
        ['Nguyễn Văn Hải', ['Giám đốc Công an tỉnh', 'Đại tá']],
        ['Lê Minh Tuấn', ['Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh', 'Thượng tá']],
        ['Trần Quốc Bảo', ['Đại tá', 'Giám đốc Công an tỉnh']],
        ['Phạm Văn Hòa', ['Đại tá']],
        ['Đỗ Thị Mai', ['Thiếu tá']],
      ],
    );
  });

  it('reads the army\'s posts named by their unit and "trưởng" whole', () => {
    assert.deepStrictEqual(
      names(people(
        'Sư đoàn trưởng Sư đoàn 312 Đại tá Nguyễn Văn Hùng báo cáo. Thượng tướng Nguyễn Tân Cương, Tổng Tham mưu trưởng, Thứ trưởng Bộ Quốc phòng dự. ' +
          'Chi cục trưởng Chi cục Quản lý thị trường tỉnh Lê Văn Bình chỉ đạo.',
      )),
      [
        ['Nguyễn Văn Hùng', ['Sư đoàn trưởng Sư đoàn 312', 'Đại tá']],
        ['Nguyễn Tân Cương', ['Thượng tướng', 'Tổng Tham mưu trưởng', 'Thứ trưởng Bộ Quốc phòng']],
        ['Lê Văn Bình', ['Chi cục trưởng Chi cục Quản lý thị trường tỉnh']],
      ],
    );
    // The navy's and the coast guard's admirals; a post over a board named by what it manages.
    assert.deepStrictEqual(
      names(people('Tư lệnh Vùng Cảnh sát biển 3 Chuẩn Đô đốc Nguyễn Văn Sơn kiểm tra. Giám đốc Ban Quản lý dự án đầu tư xây dựng huyện Nguyễn Văn Quý cho biết.')),
      [['Nguyễn Văn Sơn', ['Tư lệnh Vùng Cảnh sát biển 3', 'Chuẩn Đô đốc']], ['Nguyễn Văn Quý', ['Giám đốc Ban Quản lý dự án đầu tư xây dựng huyện']]],
    );
    // Company officers' ranks, the border posts and the political officers.
    assert.deepStrictEqual(
      names(people(
        'Đại úy Nguyễn Văn Tâm cho biết. Trưởng Công an xã Thượng úy Nguyễn Văn Hiếu đến hiện trường. ' +
          'Đồn trưởng Đồn Biên phòng Na Mèo Thiếu tá Hà Văn Thắng cho biết. Chính trị viên Ban Chỉ huy Quân sự huyện Trung tá Đào Văn Trung dự.',
      )),
      [
        ['Nguyễn Văn Tâm', ['Đại úy']], ['Nguyễn Văn Hiếu', ['Trưởng Công an xã', 'Thượng úy']],
        ['Hà Văn Thắng', ['Đồn trưởng Đồn Biên phòng Na Mèo', 'Thiếu tá']], ['Đào Văn Trung', ['Chính trị viên Ban Chỉ huy Quân sự huyện', 'Trung tá']],
      ],
    );
    // After a name's middle word such a head's first syllable is the name's last; a rank stays a rank.
    assert.deepStrictEqual(
      people(
        'Anh Nguyễn Văn Đại đội trưởng đội xung kích cho biết. Ông Lê Văn Trung đoàn trưởng đoàn kiểm tra cho biết. Đồng chí Nguyễn Văn Thị Đại tá phát biểu. ' +
          'Ông Nguyễn Văn Đô đốc thúc công nhân làm việc.',
      ).map((p) => p.name),
      ['Nguyễn Văn Đại', 'Lê Văn Trung', 'Nguyễn Văn Thị', 'Nguyễn Văn Đô'],
    );
  });

  it('reads a post over a police department whose field is in lower case, up to the name after it', () => {
    assert.deepStrictEqual(
      names(people(
        'Trưởng phòng Cảnh sát giao thông Công an tỉnh Nam Định Trần Văn Bình cho biết. ' +
          'Cục trưởng Cục Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu Nguyễn Ngọc Lâm khẳng định. ' +
          'Thủ trưởng Cơ quan Cảnh sát điều tra Bộ Công an Lê Văn Tuyến ký quyết định. Ông Vũ Quang Huy, Cục trưởng Cục Cảnh sát hình sự, cho biết.',
      )),
      [
        ['Trần Văn Bình', ['Trưởng phòng Cảnh sát giao thông Công an tỉnh Nam Định']],
        ['Nguyễn Ngọc Lâm', ['Cục trưởng Cục Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu']],
        ['Lê Văn Tuyến', ['Thủ trưởng Cơ quan Cảnh sát điều tra Bộ Công an']],
        ['Vũ Quang Huy', ['Cục trưởng Cục Cảnh sát hình sự']],
      ],
    );
  });

  it('keeps one post for a name whose place is written with a dash and without', () => {
    assert.deepStrictEqual(
      people('Chủ tịch UBND tỉnh Thừa Thiên Huế Nguyễn Văn Phương phát biểu. Ông Nguyễn Văn Phương, Chủ tịch UBND tỉnh Thừa Thiên - Huế, kết luận.').map((p) => p.positions),
      [['Chủ tịch UBND tỉnh Thừa Thiên - Huế'], ['Chủ tịch UBND tỉnh Thừa Thiên - Huế']],
    );
  });
});

describe('a post after the name, over a body whose field is in lower case', () => {
  it('reads the body as the bodies are read, up to its place', () => {
    assert.deepStrictEqual(
      names(people(
        'Ông Nguyễn Đình Hùng, Phó Giám đốc Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện Thanh Chương, cho biết. ' +
          'Ông Trịnh Văn Đại, Giám đốc Trung tâm Phát triển quỹ đất tỉnh, báo cáo. Ông Lê Minh Trí, Chi cục trưởng Chi cục Bảo vệ thực vật tỉnh An Giang, hướng dẫn. ' +
          'Ông Lê Văn An, Trưởng Ban Quản lý dự án đầu tư xây dựng huyện và ông Trần Văn Bình dự.',
      )),
      [
        ['Nguyễn Đình Hùng', ['Phó Giám đốc Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện Thanh Chương']],
        ['Trịnh Văn Đại', ['Giám đốc Trung tâm Phát triển quỹ đất tỉnh']],
        ['Lê Minh Trí', ['Chi cục trưởng Chi cục Bảo vệ thực vật tỉnh An Giang']],
        ['Lê Văn An', ['Trưởng Ban Quản lý dự án đầu tư xây dựng huyện']],
        ['Trần Văn Bình', []],
      ],
    );
  });
});

describe('"Anh" after a place\'s capitalised word', () => {
  it('is the place\'s last syllable, not an honorific before the name', () => {
    assert.deepStrictEqual(
      names(people(
        'Trưởng Công an huyện Đông Anh Nguyễn Văn Thủy chủ trì. Trưởng thôn Đông Anh Lê Văn Bình cho biết. Tại buổi gặp, Anh Trần Văn Hùng chia sẻ. ' +
          'Chủ tịch UBND huyện Anh Sơn Nguyễn Hữu Lâm phát biểu. Bí thư Huyện ủy Anh Sơn Lê Hồng Phúc dự.',
      )),
      [
        ['Nguyễn Văn Thủy', ['Trưởng Công an huyện Đông Anh']],
        ['Lê Văn Bình', ['Trưởng thôn Đông Anh']],
        ['Trần Văn Hùng', []],
        // … nor right after a place's level or a committee ("huyện Anh Sơn", "Huyện ủy Anh Sơn")
        ['Nguyễn Hữu Lâm', ['Chủ tịch UBND huyện Anh Sơn']],
        ['Lê Hồng Phúc', ['Bí thư Huyện ủy Anh Sơn']],
      ],
    );
    // After a sentence's first word "Anh" is the honorific still; after "Việt Nam -" it is the country.
    assert.deepStrictEqual(
      names(people('Theo Anh Trần Quốc Việt, cán bộ địa chính xã, việc đo đạc sẽ xong. Gặp Anh Nguyễn Văn Tình tại vườn cam. Phó Chủ tịch Hội Hữu nghị Việt Nam - Anh Đỗ Thị Minh Hoa dự.')),
      [
        ['Trần Quốc Việt', []],
        ['Nguyễn Văn Tình', []],
        ['Đỗ Thị Minh Hoa', ['Phó Chủ tịch Hội Hữu nghị Việt Nam - Anh']],
      ],
    );
    // The Thái family names "Lô", "Lang" begin the name after a place whose last syllable is a family name too.
    assert.deepStrictEqual(
      names(people('Chủ tịch UBND huyện Con Cuông Lô Thị Hà phát biểu. Trưởng phòng Giáo dục và đào tạo huyện Quỳ Châu Lang Văn Hợi kiểm tra.')),
      [
        ['Lô Thị Hà', ['Chủ tịch UBND huyện Con Cuông']],
        ['Lang Văn Hợi', ['Trưởng phòng Giáo dục và đào tạo huyện Quỳ Châu']],
      ],
    );
  });
});

describe('posts over a body whose field is in lower case', () => {
  it('reach the name after the body, as the body is read, but not a place the body ends with', () => {
    assert.deepStrictEqual(
      people(
        'Giám đốc Trung tâm Phục vụ hành chính công tỉnh Nguyễn Văn An cho biết. Giám đốc Trung tâm Chuyển đổi số tỉnh Nguyễn Văn Hải giới thiệu ứng dụng. ' +
          'Chủ tịch UBND Phường 3 Thành phố Đà Lạt Nguyễn Văn Bảy dự. Ông Lê Văn Tân, nguyên Trưởng Ban Quản lý rừng phòng hộ Lộc Bắc, bị kỷ luật. ' +
          'Chủ tịch UBND thành phố Lê Văn Hùng trả lời. Chủ tịch UBND Thành phố Hồ Chí Minh Phan Văn Mãi dự. ' +
          'Phó Chủ tịch UBND thành phố Đồng Hới Trần Phong thăm hỏi. Trưởng Ban Quản lý Khu công nghệ cao Hòa Lạc Nguyễn Văn Thành tiếp nhà đầu tư.',
      ).map((p) => [p.name, p.name === 'Lê Văn Tân' ? [] : p.positions]),
      [
        ['Nguyễn Văn An', ['Giám đốc Trung tâm Phục vụ hành chính công tỉnh']],
        ['Nguyễn Văn Hải', ['Giám đốc Trung tâm Chuyển đổi số tỉnh']],
        ['Nguyễn Văn Bảy', ['Chủ tịch UBND Phường 3 Thành phố Đà Lạt']],
        // "Lộc Bắc", the forest's place, is no person given the post before it.
        ['Lê Văn Tân', []],
        // A city is named after a person only as "Thành phố Hồ Chí Minh": after "thành phố" a name is its chairman's.
        ['Lê Văn Hùng', ['Chủ tịch UBND thành phố']],
        ['Phan Văn Mãi', ['Chủ tịch UBND Thành phố Hồ Chí Minh']],
        // … but a city's two names before a person's of two stay the city's (no "Đồng Hới Trần Phong"), and a
        // place's last syllable that is a family name is no name's first before a name with its middle
        // word: the name is "Nguyễn Văn Thành", not "Lạc Nguyễn Văn Thành".
        ['Nguyễn Văn Thành', ['Trưởng Ban Quản lý Khu công nghệ cao Hòa Lạc']],
      ],
    );
    assert.deepStrictEqual(organizations('Giám đốc Trung tâm Phục vụ hành chính công tỉnh Nguyễn Văn An cho biết.').map((o) => o.name), ['Trung tâm Phục vụ hành chính công tỉnh']);
  });
});

describe('schools named after a person', () => {
  const text =
    'Ông Trần Văn Bình, Hiệu trưởng Trường THCS Nguyễn Du, cho biết. Bà Lê Thị Mai, Phó Hiệu trưởng Trường Trung học phổ thông Nguyễn Trãi, nói. ' +
    'Hiệu trưởng Trường THPT chuyên Lê Hồng Phong Nguyễn Văn An phát biểu. Ông Hồ Văn Tư, Bí thư Đảng ủy Trường Chính trị Lê Duẩn, báo cáo. ' +
    'Hiệu trưởng Trường THPT Huỳnh Thúc Kháng cho biết năm nay trường có 1.200 học sinh.';
  const expected = [
    ['Trần Văn Bình', ['Hiệu trưởng Trường THCS Nguyễn Du']],
    ['Lê Thị Mai', ['Phó Hiệu trưởng Trường Trung học phổ thông Nguyễn Trãi']],
    ['Nguyễn Văn An', ['Hiệu trưởng Trường THPT chuyên Lê Hồng Phong']],
    ['Hồ Văn Tư', ['Bí thư Đảng ủy Trường Chính trị Lê Duẩn']],
  ];
  it('reads the name after the school\'s kind and level as the school\'s, not a person given the post before it', () => {
    assert.deepStrictEqual(names(people(text)), expected);
    assert.deepStrictEqual(organizations(text).map((o) => o.name), [
      'Trường THCS Nguyễn Du', 'Trường Trung học phổ thông Nguyễn Trãi', 'Trường THPT chuyên Lê Hồng Phong', 'Đảng ủy Trường Chính trị Lê Duẩn',
      'Trường THPT Huỳnh Thúc Kháng',
    ]);
  });
  it('reads them alike in NFD and with the old tone marks', () => {
    const old = text.replace(/ủy/g, 'uỷ');
    assert.deepStrictEqual(names(people(old.normalize('NFD'))).map(([n, p]) => [(n as string).normalize('NFC'), (p as string[]).map((s) => s.normalize('NFC').replace(/uỷ/g, 'ủy'))]), expected);
  });
  it('still reads a person\'s name right after "Trường" with no kind or level', () => {
    assert.deepStrictEqual(names(people('Đồng chí Phạm Trường Giang, Bí thư Huyện ủy, dự.')), [['Phạm Trường Giang', ['Bí thư Huyện ủy']]]);
  });
});

describe('doctors and engineers', () => {
  it('reads "bác sĩ" and "kỹ sư" as titles before a name, as "tiến sĩ" and "luật sư" are', () => {
    assert.deepStrictEqual(
      names(people('Bác sĩ Lê Văn Hùng cho biết bệnh nhân đã ổn định. Bác sĩ Nguyễn Văn Hải, Trưởng khoa Hồi sức, cho biết. Các bác sĩ đã cứu sống bệnh nhân. Kỹ sư Trần Văn Nam thiết kế công trình.')),
      [['Lê Văn Hùng', ['Bác sĩ']], ['Nguyễn Văn Hải', ['Bác sĩ', 'Trưởng khoa']], ['Trần Văn Nam', ['Kỹ sư']]],
    );
  });
});

describe('teachers and pupils', () => {
  it('reads "thầy giáo", "cô giáo" and "em" as cues before a name', () => {
    assert.deepStrictEqual(
      names(people('Cô giáo Lê Thị Mai cho biết. Thầy giáo Trần Văn Nam, Phó Hiệu trưởng nhà trường, chia sẻ. Em Nguyễn Văn Tú, học sinh lớp 9, đạt giải nhất. Nạn nhân là em Lê Văn Bảo (15 tuổi).')),
      [['Lê Thị Mai', []], ['Trần Văn Nam', ['Phó Hiệu trưởng nhà trường']], ['Nguyễn Văn Tú', []], ['Lê Văn Bảo', []]],
    );
  });
  it('gives a pupil no post of the official quoted after the year of birth', () => {
    assert.deepStrictEqual(
      names(people('Em Lê Văn An (2008), Chủ tịch UBND xã cho biết, bị đuối nước khi tắm sông. Ông Lê Văn Hải (1968), Chủ tịch UBND xã, dự.')),
      [['Lê Văn An', []], ['Lê Văn Hải', ['Chủ tịch UBND xã']]],
    );
  });
});

describe('a post that opens its sentence, the name between commas after it', () => {
  it('is the name\'s, and a post before a name that has its own is not', () => {
    assert.deepStrictEqual(
      names(people(
        'Chủ tịch UBND xã Tân Hà, ông Nguyễn Văn An, cho biết. Chiều 5/9, Hiệu trưởng Trường Tiểu học Hưng Dũng, bà Nguyễn Thị Lan, đánh trống khai trường. ' +
          'Tiếp Chủ tịch UBND tỉnh, ông Trần Văn Bình đề nghị. Giám đốc Sở Y tế, ông Lê Văn Hải, Phó Giám đốc Sở Tài chính, cho biết. ' +
          'Hiệu trưởng Trường THCS Lê Lợi, Nguyễn Văn Hùng, cho biết. Theo Giám đốc Sở Y tế, ông Dương Đình Chỉnh, toàn tỉnh có 20 ca mắc.',
      )),
      [
        ['Nguyễn Văn An', ['Chủ tịch UBND xã Tân Hà']],
        ['Nguyễn Thị Lan', ['Hiệu trưởng Trường Tiểu học Hưng Dũng']],
        // the post is an object of the sentence, and no comma closes the name
        ['Trần Văn Bình', []],
        ['Lê Văn Hải', ['Phó Giám đốc Sở Tài chính']],
        // with no cue, a whole name
        ['Nguyễn Văn Hùng', ['Hiệu trưởng Trường THCS Lê Lợi']],
        // after the "Theo" that opens the sentence: the source
        ['Dương Đình Chỉnh', ['Giám đốc Sở Y tế']],
      ],
    );
  });
  it('gives each name of a list written so its own post, and all the posts that open the sentence', () => {
    assert.deepStrictEqual(
      names(people(
        'Chiều 5/9, Chủ tịch UBND tỉnh, ông Nguyễn Đức Trung, Phó Chủ tịch UBND tỉnh, ông Bùi Đình Long, đã kiểm tra. ' +
          'Phó Giám đốc Sở Nội vụ, Nguyễn Thị Hiền, Trưởng phòng Xây dựng chính quyền, Lê Văn Quý, báo cáo. ' +
          'Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, ông Nguyễn Văn Thông, chủ trì. Sáng 12/3, Giám đốc Công an tỉnh, Thiếu tướng Nguyễn Đức Hải, chủ trì hội nghị. ' +
          'Ông Trần Văn Hà, Bí thư Tỉnh ủy, ông Lê Văn Bình, Chủ tịch UBND tỉnh, đã kiểm tra.',
      )),
      [
        ['Nguyễn Đức Trung', ['Chủ tịch UBND tỉnh']],
        ['Bùi Đình Long', ['Phó Chủ tịch UBND tỉnh']],
        ['Nguyễn Thị Hiền', ['Phó Giám đốc Sở Nội vụ']],
        ['Lê Văn Quý', ['Trưởng phòng Xây dựng chính quyền']],
        ['Nguyễn Văn Thông', ['Phó Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh']],
        ['Nguyễn Đức Hải', ['Giám đốc Công an tỉnh', 'Thiếu tướng']],
        // a name first, then its post: each post follows its name
        ['Trần Văn Hà', ['Bí thư Tỉnh ủy']],
        ['Lê Văn Bình', ['Chủ tịch UBND tỉnh']],
      ],
    );
  });
  it('gives each name of a longer list its post, after "có", before "và" or ";", and in a signature', () => {
    assert.deepStrictEqual(
      names(people(
        'Chủ tịch UBND tỉnh, ông Lê Hồng Vinh, Bí thư Tỉnh ủy, ông Nguyễn Đức Trung, Chủ tịch HĐND tỉnh, ông Thái Thanh Quý, cùng dự. ' +
          'Tham dự có Phó Chủ tịch UBND tỉnh, ông Bùi Thanh An, Giám đốc Sở Y tế, ông Dương Đình Chỉnh. ' +
          'Bí thư Huyện ủy, ông Nguyễn Văn Bình và Chủ tịch UBND huyện, ông Lê Văn Sơn, trao quà. ' +
          'Thành phần gồm: Giám đốc Sở Nội vụ, ông Nguyễn Văn Lam; Chánh Văn phòng UBND tỉnh, ông Trần Quốc Hưng.\n' +
          'TL. CHỦ TỊCH, CHÁNH VĂN PHÒNG, Trần Văn Tâm',
      )),
      [
        ['Lê Hồng Vinh', ['Chủ tịch UBND tỉnh']], ['Nguyễn Đức Trung', ['Bí thư Tỉnh ủy']], ['Thái Thanh Quý', ['Chủ tịch HĐND tỉnh']],
        ['Bùi Thanh An', ['Phó Chủ tịch UBND tỉnh']], ['Dương Đình Chỉnh', ['Giám đốc Sở Y tế']],
        ['Nguyễn Văn Bình', ['Bí thư Huyện ủy']], ['Lê Văn Sơn', ['Chủ tịch UBND huyện']],
        ['Nguyễn Văn Lam', ['Giám đốc Sở Nội vụ']], ['Trần Quốc Hưng', ['Chánh Văn phòng UBND tỉnh']],
        // signed by order of the chairman: the signer is the office's chief
        ['Trần Văn Tâm', ['CHÁNH VĂN PHÒNG']],
      ],
    );
  });
  it('is the name\'s before the verb it is the subject of, with a cue; not the object of a verb before it', () => {
    assert.deepStrictEqual(
      names(people(
        'Chủ tịch UBND tỉnh, ông Nguyễn Văn An chủ trì hội nghị. Sáng 5/3, Bí thư Tỉnh ủy, đồng chí Nguyễn Đức Trung phát biểu. ' +
          'Giám đốc Sở Y tế, ông Lê Văn Tám và Phó Giám đốc Sở, bà Lê Thị Hoa cùng dự. ' +
          'Làm việc với Chủ tịch UBND tỉnh, ông Trần Văn Bình đề nghị. Trao đổi với phóng viên, ông Lê Văn Nam cho biết. ' +
          'Tại Hà Tĩnh, Phó Chủ tịch UBND tỉnh, ông Trần Báu Hà kiểm tra.',
      )),
      [
        ['Nguyễn Văn An', ['Chủ tịch UBND tỉnh']], ['Nguyễn Đức Trung', ['Bí thư Tỉnh ủy']],
        ['Lê Văn Tám', ['Giám đốc Sở Y tế']], ['Lê Thị Hoa', ['Phó Giám đốc Sở']],
        ['Trần Văn Bình', []], ['Lê Văn Nam', []],
        // a province's name before the clause's comma is no person's
        ['Trần Báu Hà', ['Phó Chủ tịch UBND tỉnh']],
      ],
    );
  });
  it('gives a name all the posts that open its sentence before the verb it is the subject of, but for "cùng"', () => {
    assert.deepStrictEqual(
      names(people(
        'Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Nguyễn Văn Thông phát biểu. Giám đốc Công an tỉnh, Đại tá Vũ Hồng Văn trao thưởng. ' +
          'Tổng Bí thư, Chủ tịch nước Tô Lâm phát biểu. Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Nguyễn Văn An cùng dự. ' +
          'Tiếp Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Lê Văn Bình cảm ơn. Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Nguyễn Văn Hải đồng chủ trì. ' +
          'Dự hội nghị có Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Trần Văn Phúc; Giám đốc Sở Y tế Lê Văn Hùng. ' +
          'Người phát ngôn Bộ Ngoại giao Phạm Thu Hằng trả lời phóng viên.',
      )),
      [
        ['Nguyễn Văn Thông', ['Phó Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh']], ['Vũ Hồng Văn', ['Giám đốc Công an tỉnh', 'Đại tá']],
        ['Tô Lâm', ['Tổng Bí thư', 'Chủ tịch nước']],
        // "cùng": the secretary may be another person
        ['Nguyễn Văn An', ['Chủ tịch UBND tỉnh']],
        // after a verb the posts are its object's
        ['Lê Văn Bình', ['Chủ tịch UBND tỉnh']],
        // "đồng" (co-): two people may chair
        ['Nguyễn Văn Hải', ['Chủ tịch UBND tỉnh']],
        // after "có" that opens a list, the item's posts before its name are all its
        ['Trần Văn Phúc', ['Phó Bí thư Tỉnh ủy', 'Chủ tịch HĐND tỉnh']], ['Lê Văn Hùng', ['Giám đốc Sở Y tế']],
        ['Phạm Thu Hằng', ['Người phát ngôn Bộ Ngoại giao']],
      ],
    );
  });
  it('leaves a post after a short name with its cue to that name, and a chief\'s post to the chief', () => {
    assert.deepStrictEqual(
      names(people(
        'Theo bà Hoa, Chủ tịch Hội Phụ nữ xã, chị Lê Thị Mai, đã vận động chị em. Theo ông N.V.A, Chủ tịch UBND xã, ông Trần Văn Bình, đã ký văn bản. ' +
          'Theo GS Châu, Viện trưởng Viện Toán, ông Lê Văn Hải, phát biểu. Chủ tịch UBND huyện, Phó Chủ tịch UBND huyện, ông Lê Văn Sơn, đã chỉ đạo.',
      )),
      [['Lê Thị Mai', []], ['Trần Văn Bình', []], ['Lê Văn Hải', []], ['Lê Văn Sơn', ['Phó Chủ tịch UBND huyện']]],
    );
  });
});

describe('teachers named with their subject, and numbered schools', () => {
  it('leaves the subject out of the name, but not a family name that is a subject too', () => {
    assert.deepStrictEqual(
      names(people('Thầy giáo Toán Lê Văn Hòa có nhiều học trò giỏi. Cô giáo Tiếng Anh Lê Thị Mai lập câu lạc bộ. Thầy giáo Lý Văn Tuấn cho biết. Thầy giáo Vật lý Trần Văn Nam được khen.')),
      [['Lê Văn Hòa', []], ['Lê Thị Mai', []], ['Lý Văn Tuấn', []], ['Trần Văn Nam', []]],
    );
  });
  it('reads a school\'s number after its place\'s name as the name\'s end, and the principal after it', () => {
    const text = 'Hiệu trưởng Trường THPT Đô Lương 1 Nguyễn Đình Hải phát biểu. Trường Tiểu học Hưng Dũng 1 và Trường Tiểu học Hưng Dũng 2 sáp nhập. Trường THPT Đô Lương 3 năm liền đạt chuẩn.';
    assert.deepStrictEqual(names(people(text)), [['Nguyễn Đình Hải', ['Hiệu trưởng Trường THPT Đô Lương 1']]]);
    assert.deepStrictEqual(organizations(text).map((o) => o.name), ['Trường THPT Đô Lương 1', 'Trường Tiểu học Hưng Dũng 1', 'Trường Tiểu học Hưng Dũng 2', 'Trường THPT Đô Lương']);
    assert.deepStrictEqual(organizations(text.normalize('NFD')).map((o) => o.key), organizations(text).map((o) => o.key));
  });
});

describe('short titles before a name', () => {
  const text =
    'TS. Nguyễn Văn Dũng cho biết. Hội thảo do PGS, TS Trần Văn Bình chủ trì. GS, TSKH Vũ Minh Giang phát biểu. ' +
    'Thiếu tướng, PGS.TS Nguyễn Văn Tâm trình bày tham luận. NSƯT Lê Thị Hoa biểu diễn. ' +
    'Giám đốc Bệnh viện, PGS.TS Nguyễn Văn Hải, cho biết. Đ/c Nguyễn Văn Hòa, TS, Phó Giám đốc Sở Y tế, dự. ' +
    'Theo PGS.TS Lê Văn Lợi (2005), Chủ tịch UBND cấp xã cần có năng lực.';
  const expected = [
    ['Nguyễn Văn Dũng', []],
    ['Trần Văn Bình', []],
    ['Vũ Minh Giang', []],
    // the rank that opens the sentence, across the titles
    ['Nguyễn Văn Tâm', ['Thiếu tướng']],
    ['Lê Thị Hoa', []],
    // the post that opens the sentence, across the titles
    ['Nguyễn Văn Hải', ['Giám đốc Bệnh viện']],
    // a title between commas is no post
    ['Nguyễn Văn Hòa', ['Phó Giám đốc Sở Y tế']],
    // after a title the year in brackets is the work's, and the post after it the sentence's
    ['Lê Văn Lợi', []],
  ];
  it('reads the name after them as "ông" does, the titles no post', () => {
    assert.deepStrictEqual(names(people(text)), expected);
  });
  it('reads them the same in NFD', () => {
    const nfc = (s: string) => s.normalize('NFC');
    assert.deepStrictEqual(names(people(text.normalize('NFD'))).map(([n, p]) => [nfc(n as string), (p as string[]).map(nfc)]), expected);
  });
  it('takes no letters of a code, of a name in capitals or in lower case for a title', () => {
    assert.deepStrictEqual(
      names(people('Quyết định số 12/QĐ-TS Nguyễn Văn An ký. Công ty TNHH TS Nguyễn Văn Bình nộp thuế. Đại diện ts Nguyễn Văn Cường. Ông Lê Văn Nam nghỉ tại KS Mường Thanh.')),
      [['Lê Văn Nam', []]],
    );
  });
  it('leaves letters after a body\'s head to the body ("Chi cục TS" for "thủy sản")', () => {
    const text = 'Chi cục trưởng Chi cục TS Nguyễn Văn Tám cho biết. Văn phòng LS Nguyễn Văn Thắng tư vấn miễn phí.';
    assert.deepStrictEqual(names(people(text)), [['Nguyễn Văn Tám', ['Chi cục trưởng Chi cục TS']]]);
    assert.deepStrictEqual(organizations(text).map((o) => o.name), ['Chi cục TS', 'Văn phòng LS Nguyễn Văn Thắng']);
  });
});

describe('a given name that heads a body', () => {
  it('is the name\'s last syllable after "Văn" or "Thị"', () => {
    assert.deepStrictEqual(
      names(people('Hội thảo do TS. Trần Văn Phòng chủ trì. Ông Lê Văn Ban phát biểu. Cục trưởng Thiếu tướng Nguyễn Văn Viện kiểm tra. Chánh Văn Phòng Tỉnh ủy Nguyễn Văn An dự.')),
      [['Trần Văn Phòng', []], ['Lê Văn Ban', []], ['Nguyễn Văn Viện', ['Cục trưởng', 'Thiếu tướng']], ['Nguyễn Văn An', ['Chánh Văn Phòng Tỉnh ủy']]],
    );
  });
});

describe('a leader named in two syllables after the country\'s post, in a list', () => {
  it('holds that post, and the name before it keeps its own', () => {
    assert.deepStrictEqual(
      names(people(
        'Dự có Thủ tướng Phạm Minh Chính, Tổng Bí thư Tô Lâm, Chủ tịch Quốc hội Trần Thanh Mẫn. ' +
          'Tham dự có nguyên Chủ tịch nước Nguyễn Minh Triết, nguyên Phó Thủ tướng Vũ Khoan. ' +
          'Đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy, Đại tá Lê Hà, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh, dự. ' +
          'Đồng chí Trần Văn Bình, Bí thư Huyện ủy Lâm Hà, dự.',
      )),
      [
        ['Phạm Minh Chính', ['Thủ tướng']], ['Tô Lâm', ['Tổng Bí thư']], ['Trần Thanh Mẫn', ['Chủ tịch Quốc hội']],
        ['Nguyễn Minh Triết', ['nguyên Chủ tịch nước']], ['Vũ Khoan', ['nguyên Phó Thủ tướng']],
        ['Nguyễn Văn An', ['Bí thư Tỉnh ủy']], ['Lê Hà', ['Đại tá', 'Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh']],
        // after a committee two syllables are its place
        ['Trần Văn Bình', ['Bí thư Huyện ủy Lâm Hà']],
      ],
    );
  });
});

describe('a foreign leader named after the country', () => {
  it('takes no Vietnamese leader\'s post, and the country is no name', () => {
    assert.deepStrictEqual(
      names(people(
        'Thủ tướng Phạm Minh Chính, Thủ tướng Malaysia Anwar Ibrahim chứng kiến lễ ký. Thủ tướng Thái Lan Srettha Thavisin thăm Việt Nam. ' +
          'Thủ tướng Hàn Quốc Han Duck-soo phát biểu. Bà Hà Lan Anh, Phó Giám đốc Sở, dự. Bộ trưởng Ngoại giao Thái Lan ký kết. ' +
          'Giám đốc Hà Lan Hương ký quyết định. Đại tá Hàn Quốc Huy cho biết.',
      )),
      [['Phạm Minh Chính', ['Thủ tướng']], ['Hà Lan Anh', ['Phó Giám đốc Sở']], ['Hà Lan Hương', ['Giám đốc']], ['Hàn Quốc Huy', ['Đại tá']]],
    );
  });
});

describe('a post given by an appointment', () => {
  it('is the person\'s beside the post held, after any of the appointment verbs', () => {
    assert.deepStrictEqual(
      names(people(
        'Bổ nhiệm ông Nguyễn Văn An, Phó Giám đốc Sở Nội vụ, giữ chức Giám đốc Sở Nội vụ. Ông Lê Văn Bình được bổ nhiệm giữ chức Phó Giám đốc Sở Y tế. ' +
          'Đồng chí Trần Văn Cường, Phó Bí thư Huyện ủy, được bầu giữ chức Bí thư Huyện ủy. ' +
          'Theo quyết định, Phó Giám đốc Sở Tài chính, ông Phạm Văn Dũng được điều động giữ chức Giám đốc Sở. ' +
          'Ông Hồ Văn Em, Chủ tịch UBND xã, là người đã vận động bà con. Bà Tô Thị Tám, Chủ tịch Hội Phụ nữ xã, làm trưởng đoàn đi tham quan. ' +
          'Trưởng Công an huyện, Thượng tá Phạm Văn Hùng được điều động giữ chức Phó Giám đốc Công an tỉnh. ' +
          'Ông Hà Văn Khải được bổ nhiệm làm Phó Chánh án Tòa án nhân dân huyện. Ông Lương Văn Trung từng giữ chức Giám đốc Sở Tư pháp. ' +
          'Bà Lê Thị Hạnh được giao làm nhiệm vụ trực.',
      )),
      [
        ['Nguyễn Văn An', ['Phó Giám đốc Sở Nội vụ', 'Giám đốc Sở Nội vụ']],
        ['Lê Văn Bình', ['Phó Giám đốc Sở Y tế']],
        ['Trần Văn Cường', ['Phó Bí thư Huyện ủy', 'Bí thư Huyện ủy']],
        ['Phạm Văn Dũng', ['Phó Giám đốc Sở Tài chính', 'Giám đốc Sở']],
        // "là người …" gives no post, nor "làm" a post in lower case
        ['Hồ Văn Em', ['Chủ tịch UBND xã']], ['Tô Thị Tám', ['Chủ tịch Hội Phụ nữ xã']],
        // the post and the rank that open the sentence, and the appointed post
        ['Phạm Văn Hùng', ['Trưởng Công an huyện', 'Thượng tá', 'Phó Giám đốc Công an tỉnh']],
        ['Hà Văn Khải', ['Phó Chánh án Tòa án nhân dân huyện']], ['Lương Văn Trung', ['Giám đốc Sở Tư pháp']],
        // a task, not a post
        ['Lê Thị Hạnh', []],
      ],
    );
  });
});

describe('the State\'s titles of heroes', () => {
  it('are read whole ("Anh hùng Lực lượng vũ trang nhân dân"), before a name of two syllables too', () => {
    const text = 'Anh hùng Lực lượng vũ trang nhân dân Phạm Tuân dự lễ. Đại tá Nguyễn Văn Bảy, Anh hùng Lực lượng vũ trang nhân dân, qua đời. ' +
      'Anh hùng Lao động thời kỳ đổi mới Nguyễn Thị Hồng được vinh danh.';
    for (const spelled of [text, text.normalize('NFD')]) {
      assert.deepStrictEqual(nfcNames(people(spelled)), [
        ['Phạm Tuân', ['Anh hùng Lực lượng vũ trang nhân dân']],
        ['Nguyễn Văn Bảy', ['Đại tá', 'Anh hùng Lực lượng vũ trang nhân dân']],
        ['Nguyễn Thị Hồng', ['Anh hùng Lao động thời kỳ đổi mới']],
      ]);
    }
  });
});

describe('the title of the heroic mothers', () => {
  it('is "Mẹ Việt Nam Anh hùng" whole, not "Anh hùng"', () => {
    const text = 'Tỉnh ủy thăm Mẹ Việt Nam Anh hùng Nguyễn Thị Thứ; Bà mẹ Việt Nam anh hùng Trần Thị Lý qua đời. Anh hùng Lao động Lê Văn Ba dự.';
    for (const spelled of [text, text.normalize('NFD')]) {
      assert.deepStrictEqual(nfcNames(people(spelled)), [
        ['Nguyễn Thị Thứ', ['Mẹ Việt Nam Anh hùng']],
        ['Trần Thị Lý', ['Bà mẹ Việt Nam anh hùng']],
        ['Lê Văn Ba', ['Anh hùng Lao động']],
      ]);
    }
  });
});
