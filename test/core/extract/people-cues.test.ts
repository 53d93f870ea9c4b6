// People the surname list cannot know, credits after a caption, and signature blocks.
import * as assert from 'assert';
import { abbreviations, names, people } from './helpers';

describe('people: cues, credits and signatures', () => {
  it('accepts a name of any family after an explicit cue when a position follows it', () => {
    const ps = people(
      'Tham dự có đồng chí Kpă Thị Blúp, Phó Chủ tịch UBND huyện; Ông Păng Rơ Hiền - Trưởng phòng Nội vụ huyện. ' +
        'Đồng chí Siêng Văn Pó, Bí thư Chi bộ xã phát biểu.',
    );
    assert.deepStrictEqual(names(ps), [
      ['Kpă Thị Blúp', ['Phó Chủ tịch UBND huyện']],
      ['Păng Rơ Hiền', ['Trưởng phòng Nội vụ huyện']],
      ['Siêng Văn Pó', ['Bí thư Chi bộ xã']],
    ]);
  });

  it('reads unknown family names in a "các đồng chí:" list, and not in a list of bodies', () => {
    const ps = people('Dự hội nghị có các đồng chí: Kpă Blúp - Phó Bí thư Tỉnh ủy; Siu Thị Nhung – Trưởng Ban Dân vận Tỉnh ủy; Lê Văn Tám - Giám đốc Sở Nội vụ.');
    assert.deepStrictEqual(names(ps), [
      ['Kpă Blúp', ['Phó Bí thư Tỉnh ủy']],
      ['Siu Thị Nhung', ['Trưởng Ban Dân vận Tỉnh ủy']],
      ['Lê Văn Tám', ['Giám đốc Sở Nội vụ']],
    ]);
    assert.deepStrictEqual(names(people('Thành phần gồm: Sở Nội vụ - cơ quan thường trực; Păng Blúp - Giám đốc Sở Tài chính.')), []);
  });

  it('takes the whole run after a cue when a family name sits inside a long name', () => {
    const ps = people('Dự hội nghị có đồng chí Y Mơ Lan Niê Kdăm, Phó Bí thư Tỉnh ủy, và đồng chí Đỗ Văn Tâm Hà Nội phát biểu.');
    // A place at the end of the run is not part of the name.
    assert.deepStrictEqual(names(ps), [['Y Mơ Lan Niê Kdăm', ['Phó Bí thư Tỉnh ủy']]]);
  });

  it('wants both the cue and the position for an unknown family name', () => {
    // No position after the name, or no cue before it: not enough to call it a person.
    assert.deepStrictEqual(names(people('Sáng nay đồng chí Kpă Blúp về thăm bà con. Hôm sau Păng Rơ Hiền - Trưởng phòng Nội vụ huyện dự.')), []);
    // A position word in the run is no name.
    assert.deepStrictEqual(names(people('Ý kiến của đồng chí Chủ Tịch, Trưởng ban được ghi nhận.')), []);
  });

  it('knows ethnic minority and less common family names without their becoming places', () => {
    const ps = people(
      'Các đồng chí: Quàng Văn Pấng - Phó Bí thư Huyện ủy; Cầm Thị Xuân - Trưởng Ban Dân vận Huyện ủy; Điêu Chính Tơi, Chủ tịch UBND xã; ' +
        'Danh Sô Phanh - Ủy viên. Đoàn làm việc tại huyện Sơn Động, tỉnh Kiên Giang, xã Cầm Sơn và Kiên Lương.',
    );
    assert.deepStrictEqual(ps.map((p) => p.name), ['Quàng Văn Pấng', 'Cầm Thị Xuân', 'Điêu Chính Tơi', 'Danh Sô Phanh']);
  });

  it('reads a photo credit after the last sentence of a caption', () => {
    const text = 'Hội nghị sơ kết\n\nNội dung bài viết dài về hội nghị của Huyện ủy.\n\nLãnh đạo huyện trao quà cho các gia đình chính sách. Ảnh: Thu Trang\n\nKết thúc.';
    assert.deepStrictEqual(names(people(text)), [['Thu Trang', []]]);
    // A label that is not a credit reads as prose.
    const notCredit = 'Hội nghị sơ kết\n\nNội dung bài viết.\n\nHội nghị đã bàn nhiều việc. Nội dung: Tăng Cường Kỷ Luật\n\nKết thúc.';
    assert.deepStrictEqual(names(people(notCredit)), []);
  });

  it('reads credits in brackets, several names in one credit, and no source as a person', () => {
    const body = 'Tiêu đề\n\nNội dung bài viết về hội nghị của Đảng ủy xã.\n\n';
    assert.deepStrictEqual(names(people(body + 'Quang cảnh hội nghị (Ảnh: Bảo Ngọc)\n\nHết.')), [['Bảo Ngọc', []]]);
    assert.deepStrictEqual(names(people(body + '(Ảnh: Bảo Ngọc)\n\nHết.')), [['Bảo Ngọc', []]]);
    assert.deepStrictEqual(names(people(body + 'Các đại biểu biểu quyết. Ảnh: Quốc Huy - Lan Chi\n\nHết.')).map((n) => n[0]), ['Quốc Huy', 'Lan Chi']);
    assert.deepStrictEqual(names(people(body + 'Quang cảnh hội nghị. (Nguồn: Báo Quân Đội)\n\nNguồn: Cổng Thông Tin\n\nHết.')), []);
  });

  it('gives a signer the signature title above the name', () => {
    const text =
      'HUYỆN ỦY MƯỜNG TÈ\n*\nSố 12-BC/HU\n\nBÁO CÁO\nkết quả công tác quý I\n\n' +
      'Trong quý, Ban Thường vụ Huyện ủy đã lãnh đạo thực hiện tốt các nhiệm vụ chính trị được giao, nhiều chỉ tiêu đạt và vượt kế hoạch đề ra; ' +
      'công tác xây dựng Đảng được chú trọng, công tác kiểm tra, giám sát được tăng cường, đời sống của nhân dân ổn định.\n\n' +
      'Nơi nhận:\n- Lưu VPHU.\n\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\n\nPờ Dần Xừ\n';
    assert.deepStrictEqual(names(people(text)), [['Pờ Dần Xừ', ['BÍ THƯ']]]);
  });

  it('merges a signature title into the fuller position the text gives the same person', () => {
    const text =
      'ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\n\nQUYẾT ĐỊNH\nvề việc thành lập Tổ công tác\n\n' +
      'Điều 1. Thành lập Tổ công tác gồm các thành viên sau đây để tham mưu cho Ủy ban nhân dân tỉnh trong việc thực hiện nhiệm vụ:\n' +
      '1. Bà Lộc Thị Miên - Phó Chủ tịch UBND tỉnh, Tổ trưởng;\n\n' +
      'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n(Đã ký)\n\nLộc Thị Miên\n';
    assert.deepStrictEqual(names(people(text)), [
      ['Lộc Thị Miên', ['Phó Chủ tịch UBND tỉnh', 'Tổ trưởng']],
      ['Lộc Thị Miên', ['Phó Chủ tịch UBND tỉnh', 'Tổ trưởng']],
    ]);
  });

  it('takes no signature title from an upper-case line that is not a position', () => {
    const text =
      'Tin tức\n\nNội dung bài viết dài về hội nghị của Huyện ủy, với nhiều ý kiến phát biểu của đại biểu dự hội nghị; ' +
      'các đại biểu thống nhất cao với báo cáo, đề xuất nhiều giải pháp thiết thực để thực hiện thắng lợi nhiệm vụ năm tới.\n\nTIN LIÊN QUAN\nMinh Khôi\n';
    assert.deepStrictEqual(names(people(text)), [['Minh Khôi', []]]);
  });

  it('spells out the abbreviations of positions and bodies in delegation lists', () => {
    const abs = abbreviations('Đồng chí A, UVBTV, Chủ nhiệm UBKT; UVBCH, BCĐ, ĐTN, CĐCS, LĐLĐ, CCB, BCSĐ, QP-AN, KT-XH.');
    assert.deepStrictEqual(abs.map((a) => [a.abbreviation, a.expansion]), [
      ['UVBTV', 'Ủy viên Ban Thường vụ'], ['UBKT', 'Ủy ban Kiểm tra'], ['UVBCH', 'Ủy viên Ban Chấp hành'], ['BCĐ', 'Ban Chỉ đạo'],
      ['ĐTN', 'Đoàn Thanh niên'], ['CĐCS', 'Công đoàn cơ sở'], ['LĐLĐ', 'Liên đoàn Lao động'], ['CCB', 'Cựu chiến binh'],
      ['BCSĐ', 'Ban cán sự đảng'], ['QP-AN', 'quốc phòng - an ninh'], ['KT-XH', 'kinh tế - xã hội'],
    ]);
  });
});
