import * as assert from 'assert';
import { extract } from '../../../src/core/extract';
import { abbreviations, names, nfcNames, organizations, people, run, terms } from './helpers';

const bodyNames = (text: string) => organizations(text).map((o) => o.name);

describe('organisations, terms and abbreviations', () => {
  it('reads bodies with their qualifiers and stops at verbs and common nouns', () => {
    const os = organizations(
      'Ban Thường vụ Thành ủy phối hợp với Ban Tổ chức Tỉnh ủy, Ủy ban Kiểm tra Huyện ủy và Đảng ủy Khối các cơ quan tỉnh tổ chức hội nghị; Bộ Chính trị, Ban Bí thư chỉ đạo.',
    );
    assert.deepStrictEqual(os.map((o) => o.name), [
      'Ban Thường vụ Thành ủy',
      'Ban Tổ chức Tỉnh ủy',
      'Ủy ban Kiểm tra Huyện ủy',
      'Đảng ủy Khối các cơ quan tỉnh',
      'Bộ Chính trị',
      'Ban Bí thư',
    ]);
    assert.strictEqual(os[2].key, 'ủy ban kiểm tra huyện ủy');
    assert.deepStrictEqual(organizations('Sở dĩ như vậy vì Bộ phận một cửa và Văn phòng quá tải; Sở Nội vụ, Bộ Công an đã vào cuộc.').map((o) => o.name), ['Sở Nội vụ', 'Bộ Công an']);
  });

  it('takes no member title or qualifier of a position for a body', () => {
    const os = organizations(
      'Đồng chí Lê Ngọc Châu, Tỉnh ủy viên, Huyện ủy viên, Đảng ủy viên; đồng chí Phó Bí thư Thường trực Tỉnh ủy chủ trì; Thường trực Tỉnh ủy họp với Thường trực Huyện ủy.',
    );
    assert.deepStrictEqual(os.map((o) => o.name), ['Tỉnh ủy', 'Thường trực Tỉnh ủy', 'Thường trực Huyện ủy']);
  });

  it('reads official names through "nông thôn" and "vận tải", but not into "nông thôn mới"', () => {
    assert.deepStrictEqual(organizations('Bộ Nông nghiệp và Phát triển nông thôn ban hành; Đảng bộ Sở Giao thông vận tải họp; Tỉnh ủy nông thôn mới; Đảng ủy xã nông thôn kiểu mẫu.').map((o) => o.name), [
      'Bộ Nông nghiệp và Phát triển nông thôn', 'Đảng bộ Sở Giao thông vận tải', 'Tỉnh ủy', 'Đảng ủy xã',
    ]);
  });

  it('reads the State bodies, banks, corporations and mass organisations the news names every day, whole', () => {
    const text =
      'Sáng 14-1, Ngân hàng Chính sách xã hội tỉnh phối hợp với Hội Nông dân tỉnh, Hội Liên hiệp Phụ nữ tỉnh tổ chức hội nghị. ' +
      'Tập đoàn Dầu khí Việt Nam và Tổng công ty Điện lực miền Bắc ký kết; Ngân hàng Nhà nước Việt Nam điều hành chính sách tiền tệ. ' +
      'Cục Thuế tỉnh Nam Định, Kho bạc Nhà nước tỉnh, Bảo hiểm xã hội tỉnh và Liên đoàn Lao động tỉnh báo cáo; Tổng cục Thống kê cho biết số liệu. ' +
      'Dự có Tòa án nhân dân tối cao, Viện Kiểm sát nhân dân tối cao, Thanh tra Chính phủ, Kiểm toán Nhà nước, Bộ Tư lệnh Quân khu 4, ' +
      'Đài Phát thanh và Truyền hình tỉnh, Báo Quân đội nhân dân, Thông tấn xã Việt Nam, Hội Chữ thập đỏ tỉnh, Liên minh Hợp tác xã tỉnh, ' +
      'Trung tâm Chính trị huyện, Ban Quản lý các khu công nghiệp tỉnh và Tỉnh đoàn.';
    assert.deepStrictEqual(organizations(text).map((o) => o.name), [
      'Ngân hàng Chính sách xã hội tỉnh', 'Hội Nông dân tỉnh', 'Hội Liên hiệp Phụ nữ tỉnh',
      'Tập đoàn Dầu khí Việt Nam', 'Tổng công ty Điện lực miền Bắc', 'Ngân hàng Nhà nước Việt Nam',
      'Cục Thuế tỉnh Nam Định', 'Kho bạc Nhà nước tỉnh', 'Bảo hiểm xã hội tỉnh', 'Liên đoàn Lao động tỉnh', 'Tổng cục Thống kê',
      'Tòa án nhân dân tối cao', 'Viện Kiểm sát nhân dân tối cao', 'Thanh tra Chính phủ', 'Kiểm toán Nhà nước', 'Bộ Tư lệnh Quân khu 4',
      'Đài Phát thanh và Truyền hình tỉnh', 'Báo Quân đội nhân dân', 'Thông tấn xã Việt Nam', 'Hội Chữ thập đỏ tỉnh', 'Liên minh Hợp tác xã tỉnh',
      'Trung tâm Chính trị huyện', 'Ban Quản lý các khu công nghiệp tỉnh', 'Tỉnh đoàn',
    ]);
  });

  it('reads the emulation council\'s name across its dash, as "Lao động - Thương binh"', () => {
    assert.deepStrictEqual(organizations('Hội đồng Thi đua - Khen thưởng tỉnh đề nghị tặng Huân chương Lao động; Ban Thi đua - Khen thưởng tỉnh thẩm định.').map((o) => o.name), [
      'Hội đồng Thi đua - Khen thưởng tỉnh', 'Ban Thi đua - Khen thưởng tỉnh',
    ]);
    assert.deepStrictEqual(names(people('Đồng chí Nguyễn Văn An - Chủ tịch Hội đồng Thi đua - Khen thưởng tỉnh phát biểu.')), [
      ['Nguyễn Văn An', ['Chủ tịch Hội đồng Thi đua - Khen thưởng tỉnh']],
    ]);
  });

  it('reads a place named by two names and a dash whole, whatever the dash, with one key', () => {
    const text =
      'Chủ tịch UBND tỉnh Bà Rịa - Vũng Tàu Nguyễn Văn Thọ phát biểu. Giám đốc Sở Y tế tỉnh Bà Rịa-Vũng Tàu Phạm Minh An báo cáo. ' +
      'Ban Thường vụ Tỉnh ủy Bà Rịa – Vũng Tàu họp. Phó Chủ tịch UBND tỉnh Thừa Thiên - Huế Nguyễn Văn Phương dự cùng UBND tỉnh Thừa Thiên Huế. ' +
      'Bộ trưởng Bộ Lao động-Thương binh và Xã hội Đào Ngọc Dung và Bộ Lao động - Thương binh và Xã hội.';
    const bodies = organizations(text);
    assert.deepStrictEqual(bodies.map((o) => [o.name, o.key]), [
      ['UBND tỉnh Bà Rịa - Vũng Tàu', 'ủy ban nhân dân tỉnh bà rịa vũng tàu'],
      ['Sở Y tế tỉnh Bà Rịa-Vũng Tàu', 'sở y tế tỉnh bà rịa vũng tàu'],
      ['Ban Thường vụ Tỉnh ủy Bà Rịa – Vũng Tàu', 'ban thường vụ tỉnh ủy bà rịa vũng tàu'],
      ['UBND tỉnh Thừa Thiên - Huế', 'ủy ban nhân dân tỉnh thừa thiên huế'],
      ['UBND tỉnh Thừa Thiên Huế', 'ủy ban nhân dân tỉnh thừa thiên huế'],
      ['Bộ Lao động-Thương binh và Xã hội', 'bộ lao động thương binh và xã hội'],
      ['Bộ Lao động - Thương binh và Xã hội', 'bộ lao động thương binh và xã hội'],
    ]);
    // A dash spaced on one side or twice, and a name of thirteen words with two dashes, are read whole.
    assert.deepStrictEqual(
      organizations('UBND tỉnh Bà Rịa -Vũng Tàu và UBND tỉnh Thừa Thiên  -  Huế ký kết. Sở Lao động - Thương binh và Xã hội tỉnh Bà Rịa - Vũng Tàu trao quà.').map((o) => o.key),
      ['ủy ban nhân dân tỉnh bà rịa vũng tàu', 'ủy ban nhân dân tỉnh thừa thiên huế', 'sở lao động thương binh và xã hội tỉnh bà rịa vũng tàu'],
    );
    assert.deepStrictEqual(names(people(text)), [
      ['Nguyễn Văn Thọ', ['Chủ tịch UBND tỉnh Bà Rịa - Vũng Tàu']],
      ['Phạm Minh An', ['Giám đốc Sở Y tế tỉnh Bà Rịa-Vũng Tàu']],
      ['Nguyễn Văn Phương', ['Phó Chủ tịch UBND tỉnh Thừa Thiên - Huế']],
      ['Đào Ngọc Dung', ['Bộ trưởng Bộ Lao động-Thương binh và Xã hội']],
    ]);
    // A dash between other names still ends a body's name: no list, no guess.
    assert.deepStrictEqual(organizations('UBND tỉnh Nam Định - Ninh Bình phối hợp.').map((o) => o.name), ['UBND tỉnh Nam Định']);
  });

  it('keys a body whose fields are written with a comma, a dash or neither the same, and reads each whole', () => {
    const text =
      'Giám đốc Sở Lao động, Thương binh và Xã hội tỉnh Nghệ An Nguyễn Văn Bình cho biết. Sở Lao động - Thương binh và Xã hội tỉnh Nghệ An trao quà. ' +
      'Sở Lao động Thương binh và Xã hội tỉnh Nghệ An tổng kết. Bộ Lao động, Thương binh và Xã hội ban hành Thông tư. ' +
      'Sở Văn hóa, Thể thao và Du lịch tỉnh tổ chức giải. Sở Văn hóa - Thể thao và Du lịch tỉnh phát động. ' +
      'Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh họp. Ban Chỉ đạo phòng chống tham nhũng, tiêu cực tỉnh họp. ' +
      'Ban Quản lý các khu công nghiệp, chế xuất Hà Nội cấp phép. Ban Quản lý các khu chế xuất và công nghiệp Thành phố Hồ Chí Minh cấp phép.';
    const expected = [
      ['Sở Lao động, Thương binh và Xã hội tỉnh Nghệ An', 'sở lao động thương binh và xã hội tỉnh nghệ an'],
      ['Sở Lao động - Thương binh và Xã hội tỉnh Nghệ An', 'sở lao động thương binh và xã hội tỉnh nghệ an'],
      ['Sở Lao động Thương binh và Xã hội tỉnh Nghệ An', 'sở lao động thương binh và xã hội tỉnh nghệ an'],
      ['Bộ Lao động, Thương binh và Xã hội', 'bộ lao động thương binh và xã hội'],
      ['Sở Văn hóa, Thể thao và Du lịch tỉnh', 'sở văn hóa thể thao và du lịch tỉnh'],
      ['Sở Văn hóa - Thể thao và Du lịch tỉnh', 'sở văn hóa thể thao và du lịch tỉnh'],
      ['Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh', 'ban chỉ đạo phòng chống tham nhũng tiêu cực tỉnh'],
      ['Ban Chỉ đạo phòng chống tham nhũng, tiêu cực tỉnh', 'ban chỉ đạo phòng chống tham nhũng tiêu cực tỉnh'],
      ['Ban Quản lý các khu công nghiệp, chế xuất Hà Nội', 'ban quản lý các khu công nghiệp chế xuất hà nội'],
      ['Ban Quản lý các khu chế xuất và công nghiệp Thành phố Hồ Chí Minh', 'ban quản lý các khu chế xuất và công nghiệp thành phố hồ chí minh'],
    ];
    for (const form of ['NFC', 'NFD'] as const) {
      assert.deepStrictEqual(organizations(text.normalize(form)).map((o) => [o.name.normalize('NFC'), o.key.normalize('NFC')]), expected, form);
      assert.deepStrictEqual(nfcNames(people(text.normalize(form))), [
        ['Nguyễn Văn Bình', ['Giám đốc Sở Lao động, Thương binh và Xã hội tỉnh Nghệ An']],
      ], form);
    }
    // "hội" of a capitalised "Xã hội" is the name's before "họp" or "hội ý"; a commune's "xã" before them is the unit's.
    assert.deepStrictEqual(bodyNames('Sở Lao động, Thương binh và Xã hội họp. Ban Văn hóa - Xã hội họp. Bộ Lao động - Thương binh và Xã hội hội ý. UBND xã hội ý khẩn.'), [
      'Sở Lao động, Thương binh và Xã hội', 'Ban Văn hóa - Xã hội', 'Bộ Lao động - Thương binh và Xã hội', 'UBND xã',
    ]);
    // In capitals and in lower case after the comma, and however the sentence goes on after it ("… Xã hội tổ chức").
    assert.deepStrictEqual(organizations('SỞ LAO ĐỘNG, THƯƠNG BINH VÀ XÃ HỘI TỈNH NGHỆ AN\nSở Lao động, thương binh và xã hội tỉnh Nghệ An tổ chức.').map((o) => o.key), [
      'sở lao động thương binh và xã hội tỉnh nghệ an', 'sở lao động thương binh và xã hội tỉnh nghệ an',
    ]);
    // A comma between the same words outside a name is the sentence's, and after a newspaper or a union a list's.
    assert.deepStrictEqual(organizations('Chính sách cho người lao động, thương binh và thân nhân liệt sĩ được bảo đảm.'), []);
    const lists = 'Trao đổi với Báo Lao động, thương binh Nguyễn Văn An cho biết. Đại diện Liên đoàn Lao động, thương binh, bệnh binh dự. Sở Lao động, Thương binh đã tham mưu.';
    assert.deepStrictEqual(bodyNames(lists), ['Báo Lao động', 'Liên đoàn Lao động', 'Sở Lao động']);
  });

  it('keys a body named with its abbreviations as the body named in full', () => {
    const text =
      'UBND tỉnh Nghệ An và Ủy ban nhân dân tỉnh Nghệ An ký kết. HĐND huyện và Hội đồng nhân dân huyện họp. BTV Tỉnh ủy và Ban Thường vụ Tỉnh ủy họp. ' +
      'Ủy ban MTTQ Việt Nam tỉnh và Ủy ban Mặt trận Tổ quốc tỉnh phát động. BCH TW và Ban Chấp hành Trung ương họp. ' +
      'UBND TP Hà Nội và UBND thành phố Hà Nội chỉ đạo. Hội CCB xã và Hội Cựu chiến binh xã tặng quà. Sở Tư pháp tỉnh thẩm định.';
    const keys = [
      'ủy ban nhân dân tỉnh nghệ an', 'ủy ban nhân dân tỉnh nghệ an', 'hội đồng nhân dân huyện', 'hội đồng nhân dân huyện', 'ban thường vụ tỉnh ủy', 'ban thường vụ tỉnh ủy',
      'ủy ban mặt trận tổ quốc tỉnh', 'ủy ban mặt trận tổ quốc tỉnh', 'ban chấp hành trung ương', 'ban chấp hành trung ương',
      'ủy ban nhân dân thành phố hà nội', 'ủy ban nhân dân thành phố hà nội', 'hội cựu chiến binh xã', 'hội cựu chiến binh xã', 'sở tư pháp tỉnh',
    ];
    for (const form of ['NFC', 'NFD'] as const) {
      const bodies = organizations(text.normalize(form));
      assert.deepStrictEqual(bodies.map((o) => o.key.normalize('NFC')), keys, form);
      // The name stays as written.
      assert.deepStrictEqual(bodies.slice(0, 2).map((o) => o.name.normalize('NFC')), ['UBND tỉnh Nghệ An', 'Ủy ban nhân dân tỉnh Nghệ An'], form);
    }
    // Written in title case or with the look-alike Ð, and those the table holds with "&".
    const spelled = 'Công an Tp Hà Nội và Công an thành phố Hà Nội. Văn phòng LÐLÐ tỉnh và Văn phòng Liên đoàn Lao động tỉnh. Sở GD&ĐT tỉnh và Sở Giáo dục và Đào tạo tỉnh.';
    assert.deepStrictEqual(organizations(spelled).map((o) => o.key), [
      'công an thành phố hà nội', 'công an thành phố hà nội', 'văn phòng liên đoàn lao động tỉnh', 'văn phòng liên đoàn lao động tỉnh',
      'sở giáo dục và đào tạo tỉnh', 'sở giáo dục và đào tạo tỉnh',
    ]);
    // Where an abbreviation stands for other words too, it is read only where what follows tells which:
    // "BCH" of the border guard's and the military's commands, "Sở TP" (Tư pháp), "TP" cut from "TP.HCM".
    assert.deepStrictEqual(organizations('BCH BĐBP tỉnh Quảng Trị tuần tra. BCH Quân sự huyện Nghi Lộc chỉ đạo. BCH Đảng bộ tỉnh họp. Sở TP tỉnh Nghệ An phổ biến. Chủ tịch UBND TP.HCM Phan Văn Mãi dự.').map((o) => o.key), [
      'bch bđbp tỉnh quảng trị', 'bch quân sự huyện nghi lộc', 'ban chấp hành đảng bộ tỉnh', 'sở tp tỉnh nghệ an', 'ủy ban nhân dân tp',
    ]);
    // "phòng" of a compound is no head ("Biên phòng TP Hải Phòng"), "Đài BTV" a station, "ĐUK" has no two consonants in a row.
    const more =
      'Bộ Chỉ huy Bộ đội Biên phòng TP Hải Phòng và Bộ Chỉ huy Bộ đội Biên phòng thành phố Hải Phòng tuần tra. Phòng TP quận Hoàn Kiếm hướng dẫn. ' +
      'Ban Thường vụ ĐUK các cơ quan tỉnh và Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh họp. Đài BTV Bình Thuận đưa tin. BCH Đoàn tỉnh và Ban Chấp hành Đoàn tỉnh họp. ' +
      'Sở KH&CN tỉnh và Sở Khoa học và Công nghệ tỉnh phối hợp.';
    assert.deepStrictEqual(organizations(more).map((o) => o.key), [
      'bộ chỉ huy bộ đội biên phòng thành phố hải phòng', 'bộ chỉ huy bộ đội biên phòng thành phố hải phòng', 'phòng tp quận hoàn kiếm',
      'ban thường vụ đảng ủy khối các cơ quan tỉnh', 'ban thường vụ đảng ủy khối các cơ quan tỉnh', 'đài btv bình thuận', 'ban chấp hành đoàn tỉnh', 'ban chấp hành đoàn tỉnh',
      'sở khoa học và công nghệ tỉnh', 'sở khoa học và công nghệ tỉnh',
    ]);
    // A place's Front with "Việt Nam" or without is one; the national one is not a bare "Mặt trận Tổ quốc".
    assert.deepStrictEqual(organizations('Ủy ban Trung ương MTTQ Việt Nam chỉ đạo. Mặt trận Tổ quốc đã vận động.').map((o) => o.key), [
      'ủy ban trung ương mặt trận tổ quốc việt nam', 'mặt trận tổ quốc',
    ]);
  });

  it('reads the police\'s departments whole, their fields in lower case with "về", commas and "và"', () => {
    const text =
      'Cục Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu (C03) Bộ Công an khởi tố vụ án. Cục Cảnh sát giao thông cho biết. ' +
      'Phòng Cảnh sát quản lý hành chính về trật tự xã hội Công an tỉnh Nam Định cấp căn cước. Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ diễn tập. ' +
      'Cơ quan Cảnh sát điều tra Bộ Công an ra quyết định. Cơ quan CSĐT Công an tỉnh Thái Bình khởi tố. Cơ quan điều tra đã làm rõ. Lực lượng cảnh sát giao thông ra quân.';
    assert.deepStrictEqual(organizations(text).map((o) => o.name), [
      'Cục Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu', 'Bộ Công an', 'Cục Cảnh sát giao thông',
      'Phòng Cảnh sát quản lý hành chính về trật tự xã hội Công an tỉnh Nam Định', 'Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ',
      'Cơ quan Cảnh sát điều tra Bộ Công an', 'Cơ quan CSĐT Công an tỉnh Thái Bình',
    ]);
    // A verb, "và" or a rank after the field ends the name; "cơ quan cảnh sát điều tra" in lower case is any of them.
    assert.deepStrictEqual(
      organizations(
        'Cục Cảnh sát giao thông xử phạt tài xế Trần Văn Hải. Phòng Cảnh sát điều tra tội phạm về ma túy và Đội Cảnh sát hình sự phối hợp. ' +
          'Cơ quan cảnh sát điều tra cấp huyện có thẩm quyền. Giám đốc Công an tỉnh Nghệ An Đại tá Phạm Thế Tùng và Chính ủy Sư đoàn 312 Thượng tá Lê Văn Tâm dự. ' +
          'Phòng Cảnh sát giao thông thành phố Hà Nội ra quân.',
      ).map((o) => o.name),
      ['Cục Cảnh sát giao thông', 'Phòng Cảnh sát điều tra tội phạm về ma túy', 'Đội Cảnh sát hình sự', 'Công an tỉnh Nghệ An', 'Sư đoàn 312', 'Phòng Cảnh sát giao thông thành phố Hà Nội'],
    );
    // Boards named by what they manage, whole; a unit's number goes with its name, and ends it.
    assert.deepStrictEqual(
      organizations(
        'Ban Quản lý dự án đầu tư xây dựng huyện Quỳnh Lưu làm chủ đầu tư. Ban Quản lý rừng phòng hộ Tân Phú tuần tra. Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh họp. ' +
          'Vùng Cảnh sát biển 1 tuần tra. Giám đốc Ban Quản lý dự án 6 Nguyễn Văn Sáu báo cáo. Ban Quản lý dự án 3 năm qua đã hoàn thành.',
      ).map((o) => o.name),
      [
        'Ban Quản lý dự án đầu tư xây dựng huyện Quỳnh Lưu', 'Ban Quản lý rừng phòng hộ Tân Phú', 'Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh', 'Vùng Cảnh sát biển 1',
        'Ban Quản lý dự án 6', 'Ban Quản lý dự án',
      ],
    );
    // A body "thuộc" another is two bodies ("trực thuộc" is a body's word).
    assert.deepStrictEqual(
      organizations('Chi cục Thuế huyện Di Linh thuộc Cục Thuế tỉnh Lâm Đồng đạt dự toán. Đảng ủy các cơ quan trực thuộc Tỉnh ủy họp.').map((o) => o.name),
      ['Chi cục Thuế huyện Di Linh', 'Cục Thuế tỉnh Lâm Đồng', 'Đảng ủy các cơ quan trực thuộc Tỉnh ủy'],
    );
    // A sub-department, by the capitalised field after it; alone it is a post's word.
    assert.deepStrictEqual(
      organizations('Chi cục Kiểm lâm tỉnh Lâm Đồng phối hợp. Chi cục Thuế khu vực Bảo Lộc thu ngân sách. Chi cục trưởng cho biết thêm.').map((o) => o.name),
      ['Chi cục Kiểm lâm tỉnh Lâm Đồng', 'Chi cục Thuế khu vực Bảo Lộc'],
    );
    // The logistics and technical departments; "BCĐ" inside a name.
    assert.deepStrictEqual(
      organizations('Cục Hậu cần - Kỹ thuật Quân khu 4 họp. Văn phòng BCĐ tỉnh tham mưu.').map((o) => [o.name, o.key]),
      [['Cục Hậu cần - Kỹ thuật Quân khu 4', 'cục hậu cần kỹ thuật quân khu 4'], ['Văn phòng BCĐ tỉnh', 'văn phòng ban chỉ đạo tỉnh']],
    );
    // The security police, the coast guard, the teams and regiments of the police.
    assert.deepStrictEqual(
      organizations(
        'Cục An ninh điều tra Bộ Công an khởi tố. Bộ Tư lệnh Cảnh sát biển Việt Nam ra quân. Đội Cảnh sát hình sự Công an huyện Gia Lâm bắt giữ. ' +
          'Trung đoàn Cảnh sát cơ động Tây Bắc huấn luyện. Ủy ban Quốc phòng và An ninh của Quốc hội thẩm tra. Chiến sĩ cảnh sát biển cứu ngư dân.',
      ).map((o) => o.name),
      [
        'Cục An ninh điều tra Bộ Công an', 'Bộ Tư lệnh Cảnh sát biển Việt Nam', 'Đội Cảnh sát hình sự Công an huyện Gia Lâm',
        'Trung đoàn Cảnh sát cơ động Tây Bắc', 'Ủy ban Quốc phòng và An ninh', 'Quốc hội',
      ],
    );
  });

  it('reads friendship bodies named with Vietnam and a country across the dash, and a person after them', () => {
    const text =
      'Chủ tịch Hội Hữu nghị Việt Nam - Lào tỉnh Nghệ An Nguyễn Văn Hùng phát biểu. Hội Hữu nghị Việt Nam-Nhật Bản thành phố Đà Nẵng ra mắt. ' +
      'Trường Đại học Việt - Đức tuyển sinh. Chủ tịch Hội Hữu nghị Việt Nam - Hàn Quốc Nguyễn Phú Bình dự.';
    assert.deepStrictEqual(organizations(text).map((o) => [o.name, o.key]), [
      ['Hội Hữu nghị Việt Nam - Lào tỉnh Nghệ An', 'hội hữu nghị việt nam lào tỉnh nghệ an'],
      ['Hội Hữu nghị Việt Nam-Nhật Bản thành phố Đà Nẵng', 'hội hữu nghị việt nam nhật bản thành phố đà nẵng'],
      ['Trường Đại học Việt - Đức', 'trường đại học việt đức'],
      ['Hội Hữu nghị Việt Nam - Hàn Quốc', 'hội hữu nghị việt nam hàn quốc'],
    ]);
    assert.deepStrictEqual(names(people(text)), [
      ['Nguyễn Văn Hùng', ['Chủ tịch Hội Hữu nghị Việt Nam - Lào tỉnh Nghệ An']],
      ['Nguyễn Phú Bình', ['Chủ tịch Hội Hữu nghị Việt Nam - Hàn Quốc']],
    ]);
    // … and a province's name after the pair is the body's place.
    assert.deepStrictEqual(organizations('Trường Cao đẳng Việt - Đức Vĩnh Phúc tuyển sinh.').map((o) => o.name), ['Trường Cao đẳng Việt - Đức Vĩnh Phúc']);
    // A country's name that is also a given name, before a capitalised word that is no family name, may
    // begin a person's name (a credit line): no pair. Nor is any name after a dash a country.
    assert.deepStrictEqual(organizations('Thông tấn xã Việt Nam - Anh Tuấn đưa tin. UBND tỉnh Nam Định - Ninh Bình phối hợp.').map((o) => o.name), [
      'Thông tấn xã Việt Nam', 'UBND tỉnh Nam Định',
    ]);
  });

  it('reads the departments named "Quản lý" and what they manage, and fields with "và" or a dash the lists know', () => {
    const text =
      'Cục Quản lý dược Bộ Y tế cấp phép. Phó Cục trưởng Cục Quản lý xuất nhập cảnh Thiếu tướng Phạm Đăng Khoa cho biết. ' +
      'Chi cục Quản lý chất lượng nông lâm sản và thủy sản tỉnh lấy mẫu. Ban Quản lý Vịnh Hạ Long thu phí. Ban Quản lý Khu du lịch Tràng An đón khách. ' +
      'Chi cục trưởng Chi cục Chăn nuôi và Thú y tỉnh Đồng Nai Nguyễn Văn Sư báo cáo. Chi cục Dân số - Kế hoạch hóa gia đình tỉnh tổng kết. ' +
      'Giám đốc Trung tâm Công nghệ thông tin và truyền thông Lê Văn Hải giới thiệu. Phòng Cảnh sát giao thông đường bộ - đường sắt Công an tỉnh kiểm tra. ' +
      'Bộ Tổng Tham mưu Quân đội nhân dân Việt Nam tổng kết.';
    assert.deepStrictEqual(organizations(text).map((o) => o.name), [
      'Cục Quản lý dược Bộ Y tế', 'Cục Quản lý xuất nhập cảnh', 'Chi cục Quản lý chất lượng nông lâm sản và thủy sản tỉnh', 'Ban Quản lý Vịnh Hạ Long',
      'Ban Quản lý Khu du lịch Tràng An',
      'Chi cục Chăn nuôi và Thú y tỉnh Đồng Nai', 'Chi cục Dân số - Kế hoạch hóa gia đình tỉnh', 'Trung tâm Công nghệ thông tin và truyền thông',
      'Phòng Cảnh sát giao thông đường bộ - đường sắt Công an tỉnh', 'Bộ Tổng Tham mưu Quân đội nhân dân Việt Nam',
    ]);
    assert.deepStrictEqual(names(people(text)), [
      ['Phạm Đăng Khoa', ['Phó Cục trưởng Cục Quản lý xuất nhập cảnh', 'Thiếu tướng']],
      ['Nguyễn Văn Sư', ['Chi cục trưởng Chi cục Chăn nuôi và Thú y tỉnh Đồng Nai']],
      ['Lê Văn Hải', ['Giám đốc Trung tâm Công nghệ thông tin và truyền thông']],
    ]);
    // In NFD and with the old tone marks, the same bodies with the same keys.
    const keys = organizations(text).map((o) => o.key);
    assert.deepStrictEqual(organizations(text.normalize('NFD')).map((o) => o.key), keys);
    assert.deepStrictEqual(organizations(text.replace(/hóa/g, 'hoá').replace(/thủy/g, 'thuỷ')).map((o) => o.key), keys);
    // A place's last word that begins a place's name ("Vịnh") lets a family name after it be the place's; one
    // that ends it ("Long Hồ") does not.
    assert.deepStrictEqual(organizations('Đại diện UBND huyện Long Hồ Hồ Văn Tâm cho biết.').map((o) => o.name), ['UBND huyện Long Hồ']);
    // A field goes on over "và" and a capitalised field only where it is a name's.
    assert.deepStrictEqual(organizations('Trường Mầm non và Tiểu học Hoa Sen khai giảng.').map((o) => o.name), ['Trường Mầm non và Tiểu học Hoa Sen']);
  });

  it('reads squads named by a capitalised field, with their number, and the person after them', () => {
    const text =
      'Đội Quản lý thị trường số 1 kiểm tra cửa hàng. Đội trưởng Đội Quản lý thị trường số 3 Nguyễn Văn Hùng cho biết. ' +
      'Phòng Quản lý đô thị huyện và Đội Quản lý trật tự đô thị phối hợp ra quân. Đội Thiếu niên Tiền phong Hồ Chí Minh tổ chức đại hội. ' +
      'Đội ngũ cán bộ được nâng cao. Đội tuyển U23 giành chiến thắng. Trụ sở Đội đặt tại số 5 Nguyễn Văn Cừ. ' +
      // a person and streets named "Đội" are no squads
      'Đội Cung lãnh đạo cuộc binh biến Đô Lương. Cửa hàng tại số 12 Đội Cấn bị xử phạt. Đội Thiếu niên Tiền phong là lực lượng dự bị của Đoàn. ' +
      'Đội trưởng Đội Thuế liên xã số 2 Võ Văn Kiệt cho biết. ' +
      // a squad cut after its first field gives no name rather than half of one
      'Đội Thanh tra giao thông đã lập biên bản. Đội Kiểm tra liên ngành 389 tỉnh ra quân.';
    assert.deepStrictEqual(organizations(text).map((o) => o.name), [
      'Đội Quản lý thị trường số 1', 'Đội Quản lý thị trường số 3', 'Phòng Quản lý đô thị huyện', 'Đội Quản lý trật tự đô thị',
      'Đội Thiếu niên Tiền phong Hồ Chí Minh', 'Đội Thiếu niên Tiền phong', 'Đội Thuế liên xã số 2',
    ]);
    // The number ends the squad's name: the name after it is its captain's, not a house's street.
    assert.deepStrictEqual(names(people(text)), [
      ['Nguyễn Văn Hùng', ['Đội trưởng Đội Quản lý thị trường số 3']], ['Võ Văn Kiệt', ['Đội trưởng Đội Thuế liên xã số 2']],
    ]);
    assert.deepStrictEqual(organizations(text.normalize('NFD')).map((o) => o.key), organizations(text).map((o) => o.key));
  });

  it('reads a department\'s second field in lower case, stations, and a field that ends before "thuộc" or another body', () => {
    const text =
      'Phòng Tài nguyên và môi trường huyện Quỳnh Lưu kiểm tra. Trưởng phòng Nông nghiệp và phát triển nông thôn huyện Võ Văn Tám cho biết. ' +
      'Phòng Giáo dục và đào tạo tổ chức hội thi. Sở Y tế và đào tạo cán bộ. Trạm trưởng Trạm Kiểm lâm Đạ Chais Nguyễn Văn Hải báo cáo. ' +
      'Sở Y tế và Trạm Y tế xã phối hợp. Trạm BTS được lắp. Trạm Quản lý đường bộ số 3 khắc phục sạt lở. Trung tâm Công nghệ thông tin và truyền thông Sở Thông tin và Truyền thông tỉnh tổ chức. ' +
      'Trường Mầm non thuộc Phòng Giáo dục huyện khai giảng. Đảng ủy các cơ quan trực thuộc Tỉnh ủy họp.';
    assert.deepStrictEqual(organizations(text).map((o) => o.name), [
      'Phòng Tài nguyên và môi trường huyện Quỳnh Lưu',
      // the field in lower case goes on to a place's unit, a capitalised word or the name's end, or is a
      // department's whole name ("Giáo dục và đào tạo"); "Y tế và đào tạo cán bộ" is a sentence's
      'Phòng Giáo dục và đào tạo', 'Sở Y tế', 'Trạm Kiểm lâm Đạ Chais', 'Sở Y tế', 'Trạm Y tế xã', 'Trạm Quản lý đường bộ số 3',
      'Trung tâm Công nghệ thông tin và truyền thông', 'Sở Thông tin và Truyền thông tỉnh',
      'Trường Mầm non', 'Phòng Giáo dục huyện', 'Đảng ủy các cơ quan trực thuộc Tỉnh ủy',
    ]);
    assert.deepStrictEqual(names(people(text)), [
      ['Võ Văn Tám', ['Trưởng phòng Nông nghiệp và phát triển nông thôn huyện']],
      ['Nguyễn Văn Hải', ['Trạm trưởng Trạm Kiểm lâm Đạ Chais']],
    ]);
    // "Trưởng trạm" as "Trưởng phòng": the station's head.
    assert.deepStrictEqual(
      names(people('Ông Bùi Thanh Sơn, Trưởng trạm Trạm Khuyến nông huyện Quỳ Hợp, cho biết.')),
      [['Bùi Thanh Sơn', ['Trưởng trạm Trạm Khuyến nông huyện Quỳ Hợp']]],
    );
    // A field of up to six lower-case words, where it ends at a place's unit (at a capitalised word, four);
    // "và" and its field count as one word of the field and of the name's twelve.
    assert.deepStrictEqual(
      organizations(
        'Trung tâm Dự báo khí tượng thủy văn tỉnh Nghệ An dự báo mưa. Công ty Bia tài trợ xây cầu dân sinh Thanh Chương. ' +
          'Trung tâm Lưu trữ quốc gia I lưu giữ châu bản triều Nguyễn. Trung tâm Nước sạch và vệ sinh môi trường nông thôn tỉnh Nghệ An cho biết. ' +
          'Bệnh viện Sản nhi Nghệ An tiếp nhận bệnh nhân.',
      ).map((o) => o.name),
      [
        'Trung tâm Dự báo khí tượng thủy văn tỉnh Nghệ An', 'Trung tâm Lưu trữ quốc gia',
        'Trung tâm Nước sạch và vệ sinh môi trường nông thôn tỉnh Nghệ An', 'Bệnh viện Sản nhi Nghệ An',
      ],
    );
    // "Dân số - Kế hoạch hóa gia đình" whole before a verb as before a place.
    assert.deepStrictEqual(
      organizations('Trung tâm Dân số - Kế hoạch hóa gia đình tổ chức khám sàng lọc. Chi cục Dân số - Kế hoạch hoá gia đình tỉnh tổng kết.').map((o) => o.name),
      ['Trung tâm Dân số - Kế hoạch hóa gia đình', 'Chi cục Dân số - Kế hoạch hoá gia đình tỉnh'],
    );
    // A council's committee with its second half in lower case after a dash.
    assert.deepStrictEqual(
      organizations('Ban Văn hóa - xã hội Hội đồng nhân dân tỉnh thẩm tra. Tỉnh ủy chỉ đạo phát triển kinh tế - xã hội.').map((o) => o.name),
      ['Ban Văn hóa - xã hội Hội đồng nhân dân tỉnh', 'Tỉnh ủy'],
    );
    // After a whole compound ("Kiểm lâm", "Điện lực") a field goes on for four words at most, and "và" only
    // between two known fields: a body followed by its verb and a place is no longer name.
    assert.deepStrictEqual(
      organizations(
        'Chi cục Kiểm lâm bắt giữ xe chở gỗ lậu Quế Phong. Công ty Điện lực sửa chữa đường dây trung thế Nam Đàn. ' +
          'Công ty Môi trường quét dọn và vệ sinh đường phố thành phố Vinh. Công ty Thủy điện xả lũ qua đập tràn huyện Tương Dương. ' +
          'Trung tâm Công nghệ thông tin và truyền thông tỉnh Bình Định triển khai.',
      ).map((o) => o.name),
      ['Chi cục Kiểm lâm', 'Công ty Điện lực', 'Công ty Môi trường', 'Trung tâm Công nghệ thông tin và truyền thông tỉnh Bình Định'],
    );
    // A name of eleven words with a dash keeps the person after it.
    assert.deepStrictEqual(
      names(people('Giám đốc Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện Lê Văn Tâm phát biểu.')),
      [['Lê Văn Tâm', ['Giám đốc Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện']]],
    );
  });

  it('reads the officials\' health care committee across the comma of its name, up to its level and place', () => {
    assert.deepStrictEqual(
      organizations(
        'Ban Bảo vệ, chăm sóc sức khỏe cán bộ tỉnh tổ chức khám sức khỏe. Ban Bảo vệ, chăm sóc sức khỏe cán bộ Thành phố Hồ Chí Minh ' +
          'phối hợp với Ban Bảo vệ, chăm sóc sức khỏe cán bộ Trung ương. BAN BẢO VỆ, CHĂM SÓC SỨC KHỎE CÁN BỘ TỈNH',
      ).map((o) => o.name),
      [
        'Ban Bảo vệ, chăm sóc sức khỏe cán bộ tỉnh', 'Ban Bảo vệ, chăm sóc sức khỏe cán bộ Thành phố Hồ Chí Minh',
        'Ban Bảo vệ, chăm sóc sức khỏe cán bộ Trung ương', 'BAN BẢO VỆ, CHĂM SÓC SỨC KHỎE CÁN BỘ TỈNH',
      ],
    );
    assert.deepStrictEqual(
      names(people('Đồng chí Lê Văn Nam, Phó Trưởng Ban Thường trực Ban Bảo vệ, chăm sóc sức khỏe cán bộ tỉnh, phát biểu.')),
      [['Lê Văn Nam', ['Phó Trưởng Ban Thường trực Ban Bảo vệ, chăm sóc sức khỏe cán bộ tỉnh']]],
    );
    // A steering committee's task in lower case is read whole by its own rule, or not at all.
    assert.deepStrictEqual(organizations('Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh họp. Ban Chỉ đạo phòng, chống dịch sốt xuất huyết, tỉnh họp.').map((o) => o.name), ['Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh', 'Ban Chỉ đạo']);
    // "COVID 19" and "Covid19" are the same disease, and their committees one key; a person after them keeps the post.
    const covid = 'Trưởng Ban Chỉ đạo phòng, chống dịch COVID 19 tỉnh Bắc Ninh Nguyễn Hương Giang yêu cầu. Ban Chỉ đạo phòng, chống dịch Covid19 tỉnh Bắc Ninh họp. ' +
      'Ban Chỉ đạo quốc gia phòng, chống dịch COVID 19 họp trực tuyến.';
    assert.deepStrictEqual(organizations(covid).map((o) => o.key), [
      'ban chỉ đạo phòng chống dịch covid-19 tỉnh bắc ninh', 'ban chỉ đạo phòng chống dịch covid-19 tỉnh bắc ninh', 'ban chỉ đạo quốc gia phòng chống dịch covid-19',
    ]);
    assert.deepStrictEqual(people(covid).map((p) => p.positions), [['Trưởng Ban Chỉ đạo phòng, chống dịch COVID 19 tỉnh Bắc Ninh']]);
    // The name ends before the sentence's verb, with its known words or where a name may end.
    assert.deepStrictEqual(
      organizations(
        'Ban Bảo vệ, chăm sóc sức khỏe cán bộ kịp thời thăm hỏi cán bộ ốm đau. Hội đồng Thi đua, khen thưởng thống nhất đề nghị tặng Bằng khen. ' +
          'Hội đồng Thi đua, khen thưởng tỉnh họp.',
      ).map((o) => o.name),
      ['Ban Bảo vệ, chăm sóc sức khỏe cán bộ', 'Hội đồng Thi đua, khen thưởng', 'Hội đồng Thi đua, khen thưởng tỉnh'],
    );
    assert.deepStrictEqual(
      organizations(
        'Hội đồng Thi đua, khen thưởng giao Sở Nội vụ hướng dẫn. Danh sách do Hội đồng Thi đua, khen thưởng xét chọn. ' +
          'Trung tâm Văn hóa, thể thao mở cửa miễn phí. Hội đồng Thi đua, khen thưởng ngành giáo dục tỉnh họp.',
      ).map((o) => o.name),
      ['Hội đồng Thi đua, khen thưởng', 'Sở Nội vụ', 'Hội đồng Thi đua, khen thưởng', 'Trung tâm Văn hóa, thể thao', 'Hội đồng Thi đua, khen thưởng ngành giáo dục tỉnh'],
    );
    // "và" between a sector's two fields; not a party or a task after the pair.
    assert.deepStrictEqual(
      organizations(
        'Hội đồng Thi đua, khen thưởng ngành giáo dục và đào tạo tỉnh đã họp. Đại diện Sở Văn hóa, thể thao và công an tỉnh đã kiểm tra. ' +
          'Trung tâm Văn hóa, thể thao và thông tin huyện tổ chức. Hội đồng Thi đua, khen thưởng ngành y tế và xã hội hóa y tế họp.',
      ).map((o) => o.name),
      ['Hội đồng Thi đua, khen thưởng ngành giáo dục và đào tạo tỉnh', 'Sở Văn hóa, thể thao', 'Trung tâm Văn hóa, thể thao và thông tin huyện', 'Hội đồng Thi đua, khen thưởng ngành y tế'],
    );
    // A sector goes on with its field, in the body and in the post alike, whatever follows it.
    const sector = run('Chủ tịch Hội đồng Thi đua, khen thưởng ngành giáo dục Nguyễn Văn Hùng phát biểu. Hội đồng Thi đua, khen thưởng ngành giáo dục họp.').entities;
    assert.deepStrictEqual(sector.filter((e) => e.kind === 'organization').map((o) => o.text), ['Hội đồng Thi đua, khen thưởng ngành giáo dục', 'Hội đồng Thi đua, khen thưởng ngành giáo dục']);
    assert.deepStrictEqual(sector.filter((e) => e.kind === 'person').map((p) => (p as { positions: string[] }).positions), [['Chủ tịch Hội đồng Thi đua, khen thưởng ngành giáo dục']]);
    assert.deepStrictEqual(
      names(people('Đồng chí Lê Văn Hòa, Chủ tịch Hội đồng Thi đua, khen thưởng chủ trì.')),
      [['Lê Văn Hòa', ['Chủ tịch Hội đồng Thi đua, khen thưởng']]],
    );
    // "và" goes on only with a field of an official name; a post ends before the next person or body.
    assert.deepStrictEqual(
      organizations('Sở Văn hóa, thể thao và du lịch tổ chức lễ hội. Chủ tịch Hội đồng Thi đua, khen thưởng và lãnh đạo Sở Nội vụ dự.').map((o) => o.name),
      ['Sở Văn hóa, thể thao và du lịch', 'Hội đồng Thi đua, khen thưởng', 'Sở Nội vụ'],
    );
    assert.deepStrictEqual(
      names(people('Đồng chí Hà Văn Sơn, Phó Trưởng ban Thường trực Ban Bảo vệ, chăm sóc sức khỏe cán bộ và đồng chí Lò Thị Lan dự.')),
      [['Hà Văn Sơn', ['Phó Trưởng ban Thường trực Ban Bảo vệ, chăm sóc sức khỏe cán bộ']], ['Lò Thị Lan', []]],
    );
    // Not over the sentence's words after the pair: no post for a name after them.
    assert.deepStrictEqual(people('Chủ tịch Hội đồng Thi đua, khen thưởng họp xét Nguyễn Văn An.').map((p) => p.positions), []);
    // A post before the name goes back across the comma: the name is the person's, not the body's.
    for (const text of [
      'Đồng chí Phó Trưởng Ban Bảo vệ, chăm sóc sức khỏe cán bộ tỉnh Trần Thị Lan báo cáo.',
      'Đồng chí Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch tỉnh Trần Thị Lan báo cáo.',
      // and back across a steering committee's task, or the lower-case field after a comma's pair
      'Trưởng Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh Trần Thị Lan chủ trì.',
      'Phó Trưởng Ban Chỉ đạo phòng, chống dịch Covid-19 huyện Trần Thị Lan kiểm tra.',
      'Giám đốc Sở Văn hóa, thể thao và du lịch tỉnh Trần Thị Lan phát biểu.',
    ]) {
      const r = run(text).entities;
      assert.deepStrictEqual(r.filter((e) => e.kind === 'person').map((p) => p.text), ['Trần Thị Lan'], text);
      assert.ok(r.filter((e) => e.kind === 'organization').every((o) => !o.text.includes('Trần')), text);
    }
  });

  it('reads the joint office of two councils or delegations whole, and two bodies joined by "và" apart', () => {
    assert.deepStrictEqual(
      organizations(
        'Văn phòng HĐND và UBND huyện Lâm Hà thông báo. Văn phòng Đoàn ĐBQH và HĐND tỉnh tham mưu. ' +
          'Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh Nam Định tổ chức. Văn phòng Tỉnh ủy và UBND tỉnh phối hợp.',
      ).map((o) => o.name),
      [
        'Văn phòng HĐND và UBND huyện Lâm Hà', 'Văn phòng Đoàn ĐBQH và HĐND tỉnh',
        'Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh Nam Định', 'Văn phòng Tỉnh ủy', 'UBND tỉnh',
      ],
    );
    // Not the National Assembly's office, another body "nhân dân" ends, nor one council twice.
    assert.deepStrictEqual(
      organizations('Chủ nhiệm Văn phòng Quốc hội và UBND tỉnh Đắk Lắk làm việc. Văn phòng Tòa án nhân dân và UBND huyện phối hợp. Giao Văn phòng UBND và UBND các huyện triển khai.')
        .map((o) => o.name),
      ['Văn phòng Quốc hội', 'UBND tỉnh Đắk Lắk', 'Văn phòng Tòa án nhân dân', 'UBND huyện', 'Văn phòng UBND', 'UBND các huyện'],
    );
    // A post ends there too; the joint office's head holds it whole.
    assert.deepStrictEqual(
      names(people('Đồng chí Bùi Văn Cường, Chủ nhiệm Văn phòng Quốc hội và UBND tỉnh Đắk Lắk làm việc. Đồng chí Trần Văn Nam, Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh, phát biểu.')),
      [['Bùi Văn Cường', ['Chủ nhiệm Văn phòng Quốc hội']], ['Trần Văn Nam', ['Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh']]],
    );
    // The chair of both councils keeps the double post and its level, as biographies write it.
    assert.deepStrictEqual(
      names(people('Đồng chí Ngô Văn Quang, Phó Chủ tịch HĐND và UBND huyện giai đoạn 2016 - 2021. Đồng chí Hồ Văn Sáu, Chủ tịch Hội đồng nhân dân và Ủy ban nhân dân huyện Vĩnh Linh.')),
      [['Ngô Văn Quang', ['Phó Chủ tịch HĐND và UBND huyện']], ['Hồ Văn Sáu', ['Chủ tịch Hội đồng nhân dân và Ủy ban nhân dân huyện Vĩnh Linh']]],
    );
    // A council's committee is not a joint office: its post ends at its council.
    assert.deepStrictEqual(
      names(people('Đồng chí Hoàng Văn Em, Trưởng Ban Dân tộc HĐND và UBND tỉnh cùng dự.')),
      [['Hoàng Văn Em', ['Trưởng Ban Dân tộc HĐND']]],
    );
  });

  it('reads a hamlet into a body\'s name with its name or number, as a commune, and the post of who leads it', () => {
    assert.deepStrictEqual(organizations('Chi bộ thôn Đông Nhất, Đảng bộ xã Giao Tiến được công nhận trong sạch, vững mạnh tiêu biểu; Chi bộ bản Pá Uôn có 32 đảng viên.').map((o) => o.name), [
      'Chi bộ thôn Đông Nhất', 'Đảng bộ xã Giao Tiến', 'Chi bộ bản Pá Uôn',
    ]);
    assert.deepStrictEqual(organizations('Chi bộ thôn 2 và Hội Khuyến học tổ dân phố số 5 được khen thưởng; Chi bộ khu phố 3 họp.').map((o) => o.name), [
      'Chi bộ thôn 2', 'Hội Khuyến học tổ dân phố số 5', 'Chi bộ khu phố 3',
    ]);
    assert.deepStrictEqual(names(people('Ông Nguyễn Văn An (Bí thư Chi bộ thôn Đông) phát biểu.')), [['Nguyễn Văn An', ['Bí thư Chi bộ thôn Đông']]]);
  });

  it('ends a body\'s name at a numbered hamlet unless its commune or district follows', () => {
    assert.deepStrictEqual(bodyNames('Chi bộ thôn 3 thuộc Đảng bộ xã Hải Đông tổ chức đại hội.'), ['Chi bộ thôn 3', 'Đảng bộ xã Hải Đông']);
    assert.deepStrictEqual(bodyNames('Chi bộ thôn 3 trực thuộc Đảng bộ xã Hải Đông tổ chức đại hội.'), ['Chi bộ thôn 3', 'Đảng bộ xã Hải Đông']);
    assert.deepStrictEqual(bodyNames('Chi bộ thôn 3 Đảng bộ xã Hải Đông tổ chức đại hội; Chi bộ ấp 3 Đảng bộ xã Tân Phú cũng vậy.'), [
      'Chi bộ thôn 3', 'Đảng bộ xã Hải Đông', 'Chi bộ ấp 3', 'Đảng bộ xã Tân Phú',
    ]);
    assert.deepStrictEqual(bodyNames('Chi bộ tổ dân phố 5 Đảng bộ phường Quang Trung và Chi bộ khu phố 2 Đảng bộ phường Trần Phú được khen thưởng.'), [
      'Chi bộ tổ dân phố 5', 'Đảng bộ phường Quang Trung', 'Chi bộ khu phố 2', 'Đảng bộ phường Trần Phú',
    ]);
    // A person, a street or the title of a meeting after the number is no part of the hamlet's name.
    assert.deepStrictEqual(bodyNames('Đồng chí Phạm Văn Dũng, Bí thư Đảng ủy xã, thăm Chi bộ thôn 3 Nguyễn Văn An.'), ['Đảng ủy xã', 'Chi bộ thôn 3']);
    assert.deepStrictEqual(bodyNames('Chi bộ thôn 2 Hà Văn Tú nhận giấy khen.'), ['Chi bộ thôn 2']);
    assert.deepStrictEqual(bodyNames('Chi bộ tổ 12 Nguyễn Trãi họp.'), ['Chi bộ tổ 12']);
    assert.deepStrictEqual(bodyNames('Chi bộ thôn 3 Đại hội nhiệm kỳ 2025-2030.'), ['Chi bộ thôn 3']);
    // Its commune, town or district goes on with it.
    assert.deepStrictEqual(bodyNames('Chi bộ thôn 3 xã Hải Đông và Chi bộ thôn 5 thị trấn Yên Định được công nhận trong sạch, vững mạnh.'), [
      'Chi bộ thôn 3 xã Hải Đông', 'Chi bộ thôn 5 thị trấn Yên Định',
    ]);
  });

  it('reads a ward or a district a number names into a body\'s name, and the post of who leads it', () => {
    assert.deepStrictEqual(bodyNames('Đảng ủy phường 5 quận 3 tổ chức hội nghị; UBND quận 10 ra quân.'), ['Đảng ủy phường 5 quận 3', 'UBND quận 10']);
    assert.deepStrictEqual(bodyNames('Chi bộ khu phố 2 phường 5 quận 3 tổ chức sinh hoạt.'), ['Chi bộ khu phố 2 phường 5 quận 3']);
    assert.deepStrictEqual(bodyNames('Công an Phường 5 Quận 3 bắt giữ đối tượng.'), ['Công an Phường 5 Quận 3']);
    assert.deepStrictEqual(names(people('Bí thư Đảng ủy phường 5 Nguyễn Văn An phát biểu.')), [['Nguyễn Văn An', ['Bí thư Đảng ủy phường 5']]]);
    assert.deepStrictEqual(names(people('Đồng chí Trần Thị Bình, Chủ tịch UBND phường 5, phát biểu.')), [['Trần Thị Bình', ['Chủ tịch UBND phường 5']]]);
    // A unit's number inside a post before a name: the post is read whole, and the person found.
    assert.deepStrictEqual(names(people('Bí thư Chi bộ thôn 3 xã Hải Đông Nguyễn Văn An phát biểu.')), [['Nguyễn Văn An', ['Bí thư Chi bộ thôn 3 xã Hải Đông']]]);
    assert.deepStrictEqual(names(people('Bí thư Đảng ủy phường 5 quận 3 Lê Thị Hoa phát biểu.')), [['Lê Thị Hoa', ['Bí thư Đảng ủy phường 5 quận 3']]]);
    // One of a list is no body's whole name; a ward in an address is no body.
    assert.deepStrictEqual(bodyNames('Đảng ủy phường 5, 6 họp.'), ['Đảng ủy phường']);
    assert.deepStrictEqual(bodyNames('Đảng ủy phường 5/5 chi bộ hoàn thành đại hội; Đảng ủy xã 12/12 chi bộ cũng vậy.'), ['Đảng ủy phường', 'Đảng ủy xã']);
    // A number that counts is no ward's; provinces and rural districts have no numbers.
    assert.deepStrictEqual(bodyNames('UBND quận 6 tháng đầu năm thu ngân sách đạt 60%; Đảng bộ xã 5 năm liền đạt danh hiệu trong sạch, vững mạnh.'), ['UBND quận', 'Đảng bộ xã']);
    assert.deepStrictEqual(names(people('Đồng chí Nguyễn Văn An, Chủ tịch UBND tỉnh 2 nhiệm kỳ liên tiếp, phát biểu.')), [['Nguyễn Văn An', ['Chủ tịch UBND tỉnh']]]);
    assert.deepStrictEqual(bodyNames('UBND Quận 3 năm 2023 tổ chức hội nghị.'), ['UBND Quận 3']);
    // A designation or a time after the ward's number leaves it the ward's.
    assert.deepStrictEqual(bodyNames('Đại hội Đảng bộ phường 5 nhiệm kỳ 2020 - 2025 thành công; Đại hội đại biểu Đảng bộ Quận 3 lần thứ XII khai mạc.'), ['Đảng bộ phường 5', 'Đảng bộ Quận 3']);
    assert.deepStrictEqual(bodyNames('Ban Chấp hành Đảng bộ phường 5 khóa XIII họp; HĐND phường 5 kỳ họp thứ 7 xem xét báo cáo; Đảng ủy phường 5 năm nay đạt kết quả tốt.'), [
      'Ban Chấp hành Đảng bộ phường 5', 'HĐND phường 5', 'Đảng ủy phường 5',
    ]);
    assert.deepStrictEqual(bodyNames('Chi bộ khu phố 2 phường 5 quận 3 nhiệm kỳ 2022-2025 tổ chức đại hội; Chi bộ khu phố 2 phường 5 quận 6 tháng qua đã làm tốt.'), [
      'Chi bộ khu phố 2 phường 5 quận 3', 'Chi bộ khu phố 2 phường 5',
    ]);
    assert.deepStrictEqual(bodyNames('Đảng ủy phường 5 và 6 tổ chức hội nghị liên tịch.'), ['Đảng ủy phường']);
    // A year, a term or a quarter counts when "liên tục", "qua", "rồi" … follows it.
    assert.deepStrictEqual(bodyNames('Đảng bộ phường 3 năm liên tục đạt danh hiệu; UBND quận 5 năm gần đây hoàn thành; HĐND quận 2 kỳ họp liên tiếp thông qua.'), [
      'Đảng bộ phường', 'UBND quận', 'HĐND quận',
    ]);
    assert.deepStrictEqual(bodyNames('Đảng ủy Phường 7 quý II/2024 tổ chức hội nghị; UBND quận 3 kỳ họp thứ 8 thông qua nghị quyết.'), ['Đảng ủy Phường 7', 'UBND quận 3']);
    assert.deepStrictEqual(bodyNames('Đảng ủy Phường 12 tuần qua đã kiểm tra 5 chi bộ; Đảng ủy phường 5 đợt này khen thưởng 20 đảng viên.'), ['Đảng ủy Phường 12', 'Đảng ủy phường 5']);
    assert.deepStrictEqual(names(people('Đồng chí Phạm Văn Đông, Trưởng thôn 3 năm liên tục, được tuyên dương.')), [['Phạm Văn Đông', ['Trưởng thôn']]]);
    assert.deepStrictEqual(bodyNames('Trụ sở tại số 10 Nguyễn Huệ, phường 5, quận 3.'), []);
  });

  it('does not cut a list or a pair of hamlets to its first', () => {
    // The body ends before the hamlets, whose numbers no name holds whole.
    assert.deepStrictEqual(bodyNames('Đảng ủy xã chỉ đạo Chi bộ thôn 1, 2, 3 tổ chức đại hội.'), ['Đảng ủy xã', 'Chi bộ']);
    assert.deepStrictEqual(bodyNames('Chi bộ thôn 1 và 2 tổ chức đại hội.'), ['Chi bộ']);
    assert.deepStrictEqual(bodyNames('Chi bộ thôn 3-4 sáp nhập.'), ['Chi bộ']);
    assert.deepStrictEqual(bodyNames('Chi bộ thôn 3/4 sáp nhập.'), ['Chi bộ']);
  });

  it('takes such a body whole into the position of the person who heads it', () => {
    const ps = people(
      'Đồng chí Nguyễn Văn An, Giám đốc Ngân hàng Chính sách xã hội tỉnh phát biểu. Đồng chí Lê Thị Bình, Phó Thống đốc Ngân hàng Nhà nước Việt Nam; ' +
      'đồng chí Trần Văn Cường, Tổng cục trưởng Tổng cục Thống kê; đồng chí Phạm Văn Dũng, Chủ tịch Hội Cựu chiến binh tỉnh dự.',
    );
    assert.deepStrictEqual(names(ps), [
      ['Nguyễn Văn An', ['Giám đốc Ngân hàng Chính sách xã hội tỉnh']],
      ['Lê Thị Bình', ['Phó Thống đốc Ngân hàng Nhà nước Việt Nam']],
      ['Trần Văn Cường', ['Tổng cục trưởng Tổng cục Thống kê']],
      ['Phạm Văn Dũng', ['Chủ tịch Hội Cựu chiến binh tỉnh']],
    ]);
  });

  it('reads a bank, a school or a society only with the capitalised words of its name', () => {
    // Before a lower-case word such heads are common nouns or other words; in capitals they begin other words too.
    const text =
      'Các ngân hàng và kho bạc nhà nước phối hợp. Cục bộ địa phương phải khắc phục. Trường hợp vi phạm bị xử lý. Báo cáo chính trị được thông qua. ' +
      'Phòng chống tham nhũng. Hội Nghị Tổng Kết.\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n' +
      'Du khách đến thành phố Hội An và quần đảo Trường Sa; Hội An đón khách. Đồng chí Phạm Trường Giang, Bí thư Huyện ủy dự.';
    assert.deepStrictEqual(organizations(text).map((o) => o.name), ['Huyện ủy']);
    // Nor does a position's head before its qualifier begin one ("Trưởng Ban Thường trực").
    assert.deepStrictEqual(organizations('Đồng chí Nguyễn Văn Bình, Phó Trưởng Ban Thường trực Ban Tổ chức Tỉnh ủy dự.').map((o) => o.name), ['Ban Tổ chức Tỉnh ủy']);
  });

  it('ends such a body before its verb', () => {
    assert.deepStrictEqual(
      organizations('Ngân hàng Chính sách xã hội tỉnh đã giải ngân 500 tỷ đồng; Thanh tra tỉnh kết luận; Bảo hiểm xã hội là trụ cột an sinh.').map((o) => o.name),
      ['Ngân hàng Chính sách xã hội tỉnh', 'Thanh tra tỉnh'],
    );
  });

  it('takes no first syllable of the verb after a body into its name or a position', () => {
    const text = 'Ban Thường vụ Tỉnh ủy thường xuyên chỉ đạo; Tỉnh ủy quan tâm; Bộ Công an công bố; Huyện ủy tập trung; Đảng ủy Khối nhân rộng mô hình; Đảng ủy Khối các cơ quan tỉnh dự.';
    assert.deepStrictEqual(organizations(text).map((o) => o.name), [
      'Ban Thường vụ Tỉnh ủy', 'Tỉnh ủy', 'Bộ Công an', 'Huyện ủy', 'Đảng ủy Khối', 'Đảng ủy Khối các cơ quan tỉnh',
    ]);
    const ps = people('Đồng chí Nguyễn Văn An, Bí thư Đảng ủy trực tiếp chỉ đạo; đồng chí Lê Văn Bình, Phó Chủ tịch UBND tỉnh thường xuyên kiểm tra.');
    assert.deepStrictEqual(ps.map((p) => p.positions), [['Bí thư Đảng ủy'], ['Phó Chủ tịch UBND tỉnh']]);
  });

  it('reads the field of an official name through its lower-case words, and never ends a name on half a word', () => {
    const text =
      'Trường Mầm non Hoa Sen đạt chuẩn quốc gia. Bệnh viện Phụ sản tỉnh tiếp nhận bệnh nhân. ' +
      'Ngân hàng Thương mại cổ phần Ngoại thương Việt Nam hỗ trợ. Cục Thi hành án dân sự tỉnh đạt kết quả. ' +
      'Đài Khí tượng thủy văn tỉnh dự báo. Phòng Cảnh sát giao thông Công an tỉnh ra quân. ' +
      'Trung tâm Phục vụ hành chính công tỉnh tiếp nhận hồ sơ. Trường Đại học Điều dưỡng Nam Định khai giảng. ' +
      'Tổng công ty Điện lực miền Bắc ký kết với Tập đoàn Viễn thông Quân đội Viettel.';
    assert.deepStrictEqual(organizations(text).map((o) => o.name), [
      'Trường Mầm non Hoa Sen', 'Bệnh viện Phụ sản tỉnh', 'Ngân hàng Thương mại cổ phần Ngoại thương Việt Nam',
      'Cục Thi hành án dân sự tỉnh', 'Đài Khí tượng thủy văn tỉnh', 'Phòng Cảnh sát giao thông Công an tỉnh',
      'Trung tâm Phục vụ hành chính công tỉnh', 'Trường Đại học Điều dưỡng Nam Định',
      'Tổng công ty Điện lực miền Bắc', 'Tập đoàn Viễn thông Quân đội Viettel',
    ]);
    // Where the field runs into the verb, the name cannot be told: no half name ("Báo Tuổi", "Ban Giám")
    // groups unrelated bodies; a syllable that is a whole word before a verb or "đã" stays.
    assert.deepStrictEqual(organizations('Báo Tuổi trẻ đưa tin. Ban Giám hiệu nhà trường tổ chức lễ khai giảng. Hội đồng Giám khảo chấm thi. Cục Thuế đã thu; Bệnh viện Nhi tổ chức khám.').map((o) => o.name), [
      'Cục Thuế', 'Bệnh viện Nhi',
    ]);
    assert.deepStrictEqual(people('Đồng chí Nguyễn Văn An, Hiệu trưởng Trường Mầm non Hoa Sen phát biểu.').map((p) => p.positions), [['Hiệu trưởng Trường Mầm non Hoa Sen']]);
  });

  it('takes no headline in title case, place or common word that begins with a naming head for a body, nor the name of a person after it', () => {
    const text =
      'Ban Đầu Người Dân Còn E Ngại\nHội Tụ Sức Mạnh Toàn Dân\nBáo Động Đỏ Về Ô Nhiễm\nViện Dẫn Quy Định Của Pháp Luật\n' +
      'Phòng Ngừa Tham Nhũng Từ Sớm\nĐoàn đã đến Trường Thi, Nam Định. Ban Mê Thuột ngày nay là Buôn Ma Thuột.\n';
    assert.deepStrictEqual(organizations(text).map((o) => o.name), []);
    assert.deepStrictEqual(organizations('Phóng viên Báo Nam Định Trần Thu Hương phỏng vấn. Báo Lao Động Thủ đô đưa tin.\n\nBáo Nam Định - Văn Trọng').map((o) => o.name), [
      'Báo Nam Định', 'Báo Lao Động Thủ đô', 'Báo Nam Định',
    ]);
    // A place whose last syllable is a family name stays whole before the person read after it.
    assert.deepStrictEqual(organizations('Chủ tịch UBND huyện Lâm Hà Trần Văn Bình đã trao quà.').map((o) => o.name), ['UBND huyện Lâm Hà']);
    // … with no post before it, where the place's last syllable is a family name too ("Hà", "Lộc")
    assert.deepStrictEqual(
      organizations(
        'Đại diện Trung tâm Y tế huyện Lâm Hà Nguyễn Thị Hoa cho biết. Đại diện UBND xã Phú Lộc Nguyễn Văn An cho biết. ' +
          'Trung tâm Y tế huyện Lâm Hà Trần Lê Thị Hồng nhận cờ thi đua.',
      ).map((o) => o.name),
      ['Trung tâm Y tế huyện Lâm Hà', 'UBND xã Phú Lộc', 'Trung tâm Y tế huyện Lâm Hà'],
    );
    assert.deepStrictEqual(organizations('Phó Chủ tịch UBND xã Giao Thiện Trần Lê Quang Huy đã trao quà.').map((o) => o.name), ['UBND xã Giao Thiện']);
  });

  it('takes no first syllable of a compound after a body, even one that may end a name ("đoàn kết", "hội ý", "sở hữu")', () => {
    const text =
      'Ban Chấp hành Đảng bộ tỉnh đoàn kết, thống nhất. Lãnh đạo Tỉnh ủy hội ý nhanh. Ủy ban nhân dân tỉnh hội đàm với đoàn Lào. ' +
      'Viện Khoa học Xã hội Việt Nam hội thảo. Bộ Tài chính sở hữu phần vốn. Ban Tổ chức Tỉnh ủy trường hợp đặc biệt. Hội Nông dân tỉnh vụ việc khiếu nại.';
    assert.deepStrictEqual(organizations(text).map((o) => o.name), [
      'Ban Chấp hành Đảng bộ tỉnh', 'Tỉnh ủy', 'Ủy ban nhân dân tỉnh', 'Viện Khoa học Xã hội Việt Nam', 'Bộ Tài chính', 'Ban Tổ chức Tỉnh ủy', 'Hội Nông dân tỉnh',
    ]);
  });

  it('learns the abbreviations a text defines in brackets after the words they stand for', () => {
    const text = 'Ban Nội chính Tỉnh ủy (BNCTU) chủ trì; BNCTU đã báo cáo. Ủy ban Kiểm tra Huyện ủy (UBKTHU) kết luận. Tập đoàn Dầu khí Việt Nam (PVN) ký kết.';
    const { entities } = extract(text);
    assert.deepStrictEqual(entities.filter((e) => e.kind === 'abbreviation').map((e) => [e.text, e.kind === 'abbreviation' && e.expansion]), [
      ['BNCTU', 'Ban Nội chính Tỉnh ủy'], ['BNCTU', 'Ban Nội chính Tỉnh ủy'], ['UBKTHU', 'Ủy ban Kiểm tra Huyện ủy'],
    ]);
  });

  it('ends a body in an all-capitals line before a document type or a verb', () => {
    assert.deepStrictEqual(organizations('BAN THƯỜNG VỤ TỈNH ỦY QUYẾT ĐỊNH:\nTỈNH ỦY BAN HÀNH QUY ĐỊNH\nUBND TỈNH PHÁT BIỂU KẾT LUẬN\nBAN TỔ CHỨC TỈNH ỦY').map((o) => o.name), [
      'BAN THƯỜNG VỤ TỈNH ỦY', 'TỈNH ỦY', 'UBND TỈNH', 'BAN TỔ CHỨC TỈNH ỦY',
    ]);
    // Names that hold such words otherwise stay whole. A steering committee's task with no level after it
    // cannot be told from a verb ("Ban Chỉ đạo tổng kết công tác", "BAN CHỈ ĐẠO TỔ CHỨC HỘI NGHỊ"): the
    // body ends before it, in capitals too, so that both have one key.
    assert.deepStrictEqual(organizations('SỞ KẾ HOẠCH VÀ ĐẦU TƯ\nBAN CHỈ ĐẠO TỔNG KẾT CÔNG TÁC').map((o) => o.name), ['SỞ KẾ HOẠCH VÀ ĐẦU TƯ', 'BAN CHỈ ĐẠO']);
    assert.deepStrictEqual(organizations('Ban Chỉ đạo tổng kết công tác').map((o) => o.name), ['Ban Chỉ đạo']);
  });

  it('reads a steering committee with its number, or its task up to its level and place, and keys each apart', () => {
    const os = organizations(
      'Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh họp phiên thứ 10. Ban Chỉ đạo 35 tỉnh sơ kết công tác; Ban Chỉ đạo 389 quốc gia ' +
        'và Ban Chỉ đạo thực hiện Quy chế dân chủ huyện phối hợp. Kiện toàn Ban Chỉ đạo cải cách hành chính tỉnh Kiên Giang giai đoạn 2021 - 2025.',
    );
    assert.deepStrictEqual(os.map((o) => o.name), [
      'Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh', 'Ban Chỉ đạo 35 tỉnh', 'Ban Chỉ đạo 389 quốc gia',
      'Ban Chỉ đạo thực hiện Quy chế dân chủ huyện', 'Ban Chỉ đạo cải cách hành chính tỉnh Kiên Giang',
    ]);
    assert.strictEqual(new Set(os.map((o) => o.key)).size, os.length);
    // The disease of the years 2020-2022, with any dash, and the grassroots of the rules of democracy.
    assert.deepStrictEqual(
      organizations(
        'Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh họp trực tuyến. Ban Chỉ đạo Phòng, chống dịch Covid–19 huyện Lâm Hà kiểm tra. ' +
          'Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở tỉnh tổ chức hội nghị. Ban Chỉ đạo họp ở cơ sở. Ban Chỉ đạo phòng, chống dịch Covid - 19 tỉnh.',
      ).map((o) => o.name),
      [
        'Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh', 'Ban Chỉ đạo Phòng, chống dịch Covid–19 huyện Lâm Hà',
        'Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở tỉnh', 'Ban Chỉ đạo', 'Ban Chỉ đạo',
      ],
    );
    // … only right before the level: after them a verb and its object may name a place.
    const verbs = [
      'Ban Chỉ đạo phòng, chống dịch COVID-19 đề nghị tỉnh Đồng Nai hỗ trợ vật tư y tế.', 'Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở kiểm tra xã Đạ Ròn.',
      'Ban Chỉ đạo thực hiện công tác kiểm tra ở cơ sở y tế tỉnh.',
    ];
    assert.deepStrictEqual(verbs.map((s) => organizations(s).map((o) => o.name)), verbs.map(() => ['Ban Chỉ đạo']));
    assert.deepStrictEqual(organizations('Ban Chỉ đạo phòng, chống dịch COVID-19 và sốt xuất huyết huyện Di Linh họp.').map((o) => o.name), [
      'Ban Chỉ đạo phòng, chống dịch COVID-19 và sốt xuất huyết huyện Di Linh',
    ]);
    assert.strictEqual(organizations('BAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH COVID-19 TỈNH')[0].key, organizations('Ban Chỉ đạo phòng, chống dịch Covid‐19 tỉnh')[0].key);
    // A heading in capitals has the key of its line in sentence case.
    assert.strictEqual(organizations('BAN CHỈ ĐẠO PHÒNG, CHỐNG THAM NHŨNG, TIÊU CỰC TỈNH')[0].key, os[0].key);
    // Without a level that closes them, the words after "Ban Chỉ đạo" are the sentence's verb and object.
    const sentences = [
      'Ban Chỉ đạo yêu cầu các huyện triển khai ngay.', 'Ban Chỉ đạo kiểm tra và đôn đốc huyện thực hiện.',
      'Ban Chỉ đạo xây dựng kế hoạch triển khai tại các xã.', 'Ban Chỉ đạo nông thôn mới phát biểu.',
    ];
    assert.deepStrictEqual(sentences.map((s) => organizations(s).map((o) => o.name)), sentences.map(() => ['Ban Chỉ đạo']));
  });

  it('reads a steering committee\'s task in lower case only from the words such tasks begin with, whatever level follows', () => {
    const sentences = [
      'Ban Chỉ đạo rà soát toàn bộ hồ sơ đề nghị công nhận xã đạt chuẩn nông thôn mới.', 'Ban Chỉ đạo nghe lãnh đạo huyện báo cáo tiến độ.',
      'Ban Chỉ đạo sơ kết việc thực hiện chương trình giảm nghèo huyện.',
    ];
    assert.deepStrictEqual(sentences.map((s) => organizations(s).map((o) => o.name)), sentences.map(() => ['Ban Chỉ đạo']));
    assert.deepStrictEqual(organizations('BAN CHỈ ĐẠO RÀ SOÁT HỒ SƠ XÃ').map((o) => o.name), ['BAN CHỈ ĐẠO']);
    assert.deepStrictEqual(organizations('Ban Chỉ đạo tuyển sinh quân sự tỉnh và Ban Chỉ đạo chuyển đổi số huyện họp.').map((o) => o.name), [
      'Ban Chỉ đạo tuyển sinh quân sự tỉnh', 'Ban Chỉ đạo chuyển đổi số huyện',
    ]);
  });

  it('reads a national programme\'s committee up to the place that runs it, past "quốc gia"', () => {
    assert.deepStrictEqual(organizations('Ban Chỉ đạo Chương trình mục tiêu quốc gia giảm nghèo bền vững huyện họp triển khai nhiệm vụ.').map((o) => o.name), [
      'Ban Chỉ đạo Chương trình mục tiêu quốc gia giảm nghèo bền vững huyện',
    ]);
    // What the committee does after "quốc gia" is not its name.
    assert.deepStrictEqual(organizations('Ban Chỉ đạo các chương trình mục tiêu quốc gia kiểm tra huyện.').map((o) => o.name), [
      'Ban Chỉ đạo các chương trình mục tiêu quốc gia',
    ]);
  });

  it('ends a body in capitals where sentence case ends it: before a verb, never in a word that holds a head\'s syllable', () => {
    const lines = [
      'TỈNH ỦY NAM ĐỊNH TỔ CHỨC HỘI NGHỊ QUÁN TRIỆT NGHỊ QUYẾT TRUNG ƯƠNG 8 KHÓA XIII',
      'BAN THƯỜNG VỤ TỈNH ỦY CHO Ý KIẾN VÀO DỰ THẢO BÁO CÁO CHÍNH TRỊ',
      'CHIỀU 15/10/2021, BAN THƯỜNG VỤ TỈNH ỦY HỌP',
      'NGHỊ QUYẾT SỐ 08-NQ/TU CỦA TỈNH ỦY ĐẠT KẾT QUẢ TÍCH CỰC',
      'KẾT LUẬN 01-KL/TW CỦA BỘ CHÍNH TRỊ Ở ĐẢNG BỘ KHỐI',
      'BAN TUYÊN GIÁO TỈNH ỦY CHỦ TRÌ, PHỐI HỢP VỚI SỞ NỘI VỤ',
      'VỀ TỔ CHỨC ĐẠI HỘI ĐẢNG BỘ CÁC CẤP TIẾN TỚI ĐẠI HỘI ĐẠI BIỂU TOÀN QUỐC',
      'NÂNG CAO CHẤT LƯỢNG TỔ CHỨC CƠ SỞ ĐẢNG VÀ ĐẢNG VIÊN',
      'SẮP XẾP, TINH GỌN BỘ MÁY CỦA HỆ THỐNG CHÍNH TRỊ',
      'KINH TẾ TƯ NHÂN VÀ QUYỀN SỞ HỮU',
      'CÁN BỘ Y TẾ VÀ MÔI TRƯỜNG CHÍNH TRỊ',
    ];
    assert.deepStrictEqual(lines.map((l) => organizations(l).map((o) => o.name)), [
      ['TỈNH ỦY NAM ĐỊNH'], ['BAN THƯỜNG VỤ TỈNH ỦY'], ['BAN THƯỜNG VỤ TỈNH ỦY'], ['TỈNH ỦY'], ['BỘ CHÍNH TRỊ', 'ĐẢNG BỘ KHỐI'],
      ['BAN TUYÊN GIÁO TỈNH ỦY', 'SỞ NỘI VỤ'], ['ĐẢNG BỘ'], [], [], [], [],
    ]);
    // The key is sentence case's.
    assert.strictEqual(organizations(lines[0])[0].key, organizations('Tỉnh ủy Nam Định tổ chức hội nghị')[0].key);
  });

  it('reads no department or ministry in capitals out of "NỘI BỘ" or "CÔNG SỞ", and the body after them', () => {
    const lines = [
      'GIỮ GÌN ĐOÀN KẾT NỘI BỘ CƠ QUAN, ĐƠN VỊ',
      'QUY CHẾ CHI TIÊU NỘI BỘ VĂN PHÒNG TỈNH ỦY',
      'KIỂM TRA NỘI BỘ NGÂN HÀNG',
      'VĂN HÓA CÔNG SỞ NHÀ NƯỚC',
      'BỘ NỘI VỤ VÀ SỞ NỘI VỤ',
    ];
    assert.deepStrictEqual(lines.map((l) => organizations(l).map((o) => o.name)), [[], ['VĂN PHÒNG TỈNH ỦY'], [], [], ['BỘ NỘI VỤ', 'SỞ NỘI VỤ']]);
  });

  it('keeps the bodies of a formal document\'s header and signature in capitals, and the official names of departments', () => {
    const header = 'TỈNH ỦY LÂM ĐỒNG\nĐẢNG BỘ TỈNH SƠN LA\nHUYỆN ỦY QUỲNH NHAI\nBAN THƯỜNG VỤ TỈNH ỦY QUYẾT ĐỊNH:\nT/M BAN THƯỜNG VỤ\nHUYỆN ĐOÀN HẢI HẬU';
    assert.deepStrictEqual(organizations(header).map((o) => o.name), [
      'TỈNH ỦY LÂM ĐỒNG', 'ĐẢNG BỘ TỈNH SƠN LA', 'HUYỆN ỦY QUỲNH NHAI', 'BAN THƯỜNG VỤ TỈNH ỦY', 'BAN THƯỜNG VỤ', 'HUYỆN ĐOÀN HẢI HẬU',
    ]);
    const departments = 'SỞ GIÁO DỤC VÀ ĐÀO TẠO\nĐẢNG ỦY KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP TỈNH\nLIÊN ĐOÀN LAO ĐỘNG TỈNH NAM ĐỊNH\nNGÂN HÀNG CHÍNH SÁCH XÃ HỘI TỈNH';
    assert.deepStrictEqual(organizations(departments).map((o) => o.name), departments.split('\n'));
  });

  it('ends a body in a title in capitals before its subject, issuer, date, place or year', () => {
    const title = 'KẾ HOẠCH THỰC HIỆN CHỈ THỊ SỐ 05-CT/TW NGÀY 15/5/2016 CỦA BỘ CHÍNH TRỊ VỀ ĐẨY MẠNH HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH';
    assert.deepStrictEqual(organizations(title).map((o) => o.name), ['BỘ CHÍNH TRỊ']);
    assert.deepStrictEqual(organizations('HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ TỈNH NĂM 2023\nĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH TẠI HỘI NGHỊ').map((o) => o.name), [
      'BAN CHẤP HÀNH ĐẢNG BỘ TỈNH', 'ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH',
    ]);
  });

  it('takes no head\'s title ("Bộ trưởng", "Viện trưởng") and no verb ("ban hành") into a body', () => {
    assert.deepStrictEqual(organizations('Đồng chí Phạm Thị Thanh Trà, Bộ trưởng Bộ Nội vụ dự; Viện trưởng Viện Kiểm sát nhân dân tỉnh phát biểu.').map((o) => o.name), [
      'Bộ Nội vụ', 'Viện Kiểm sát nhân dân tỉnh',
    ]);
    assert.deepStrictEqual(organizations('Ban Thường vụ Tỉnh ủy ban hành Kết luận số 512-KL/TU; Huyện ủy ban hành kế hoạch; Ủy ban nhân dân tỉnh ban hành quyết định.').map((o) => o.name), [
      'Ban Thường vụ Tỉnh ủy', 'Huyện ủy', 'Ủy ban nhân dân tỉnh',
    ]);
  });

  it('ends a body before its term, however the term is capitalised', () => {
    const text = 'Hội nghị Ban Chấp hành Đảng bộ tỉnh Khóa XIII; Ban Chấp hành Trung ương Đảng Khoá XII; Đảng bộ huyện Nhiệm kỳ 2020-2025; Đại hội Đảng bộ tỉnh Lần thứ XX.';
    assert.deepStrictEqual(organizations(text).map((o) => o.name), ['Ban Chấp hành Đảng bộ tỉnh', 'Ban Chấp hành Trung ương Đảng', 'Đảng bộ huyện', 'Đảng bộ tỉnh']);
    assert.deepStrictEqual(terms(text).map((t) => t.key), ['khóa:XIII', 'khóa:XII', 'nhiệm kỳ:2020-2025', 'lần thứ:XX']);
  });

  it('keys a body the same whatever its tone-mark spelling', () => {
    const [a] = organizations('Đảng uỷ Khối Doanh nghiệp tỉnh họp.');
    const [b] = organizations('Đảng ủy Khối Doanh nghiệp tỉnh họp.');
    assert.strictEqual(a.key, b.key);
    assert.strictEqual(a.name, 'Đảng uỷ Khối Doanh nghiệp tỉnh');
  });

  it('reads terms with Central Committee years only in a Central Committee context', () => {
    const ts = terms('Nghị quyết Trung ương 8 khóa XIII; đại biểu Quốc hội khóa XV; Đảng bộ tỉnh khóa XVII; Đại hội đại biểu toàn quốc lần thứ XIII; Hội nghị lần thứ 5; nhiệm kỳ 2020 - 2025.');
    assert.deepStrictEqual(ts.map((t) => [t.text, t.key, t.form, t.ordinal, t.fromYear, t.toYear]), [
      ['khóa XIII', 'khóa:XIII', 'khóa', 13, 2021, 2026],
      ['khóa XV', 'khóa:XV', 'khóa', 15, null, null],
      ['khóa XVII', 'khóa:XVII', 'khóa', 17, null, null],
      ['lần thứ XIII', 'lần thứ:XIII', 'lần thứ', 13, 2021, 2026],
      ['lần thứ 5', 'lần thứ:V', 'lần thứ', 5, null, null],
      ['nhiệm kỳ 2020 - 2025', 'nhiệm kỳ:2020-2025', 'nhiệm kỳ', null, 2020, 2025],
    ]);
  });

  it('reads each term of a list', () => {
    assert.deepStrictEqual(terms('Nghị quyết Trung ương 4 (khóa XI, XII)').map((t) => [t.text, t.key, t.fromYear]), [
      ['khóa XI', 'khóa:XI', 2011],
      ['XII', 'khóa:XII', 2016],
    ]);
  });

  it('expands abbreviations from the table and leaves codes alone', () => {
    const abs = abbreviations('Thường trực HĐND, UBND, UBMTTQ tỉnh và các ĐBQH, TUV, CCVC; Chỉ thị 05-CT/TW; đơn vị XYZW.');
    assert.deepStrictEqual(abs.map((a) => [a.abbreviation, a.expansion]), [
      ['HĐND', 'Hội đồng nhân dân'],
      ['UBND', 'Ủy ban nhân dân'],
      ['UBMTTQ', 'Ủy ban Mặt trận Tổ quốc'],
      ['ĐBQH', 'đại biểu Quốc hội'],
      ['TUV', 'Tỉnh ủy viên'],
      ['CCVC', 'công chức, viên chức'],
    ]);
  });

  it('takes no word for an abbreviation because it names a member of every object', () => {
    // Mixed-case words are looked up too ("QĐi"); "toString" and "valueOf" are not in the table.
    const abs = abbreviations('Trang web lỗi toString, valueOf và hasOwnProperty; UBND tỉnh.');
    assert.deepStrictEqual(abs.map((a) => [a.abbreviation, a.expansion]), [['UBND', 'Ủy ban nhân dân']]);
  });

  it('describes the document: title, dateline, own code from the header', () => {
    const r = run('BAN CHẤP HÀNH TRUNG ƯƠNG\nSố 24-CT/TW\n\nCHỈ THỊ\nvề tăng cường công tác\n\nHà Nội, ngày 4 tháng 7 năm 2023');
    // A formal document's title is its title line with its subject, not the issuing body's line.
    assert.strictEqual(r.info.title, 'CHỈ THỊ về tăng cường công tác');
    assert.strictEqual(r.info.ownCode, '24-CT/TW');
    assert.strictEqual(r.info.ownKey, '24-CT/TW');
    const own = r.entities.find((e) => e.kind === 'citation' && e.code === '24-CT/TW');
    assert.strictEqual(own?.kind === 'citation' && own.type, 'Chỉ thị');
    // The title line decides a QĐ header number: Quy định here, where the code alone cannot tell.
    const q = run('TỈNH ỦY BẮC KẠN\n*\nSố: 31-QĐ/TU\n\nQUY ĐỊNH\nVỀ CHẾ ĐỘ HỌP\nvề trách nhiệm của cấp ủy\n\nNội dung.');
    assert.strictEqual(q.info.ownCode, '31-QĐ/TU');
    assert.strictEqual(q.info.title, 'QUY ĐỊNH VỀ CHẾ ĐỘ HỌP về trách nhiệm của cấp ủy');
    const qc = q.entities.find((e) => e.kind === 'citation' && e.code === '31-QĐ/TU');
    assert.strictEqual(qc?.kind === 'citation' && qc.type, 'Quy định');
    // A news article keeps its first line as its title.
    assert.strictEqual(run('Tỉnh ủy họp phiên thường kỳ\n\nQUYẾT ĐỊNH\nvề nhân sự').info.title, 'Tỉnh ủy họp phiên thường kỳ');
    const t = run('Chỉ thị số 7-CT/TU ngày 2/2/2022 của Tỉnh ủy về công tác dân vận\n\nNội dung.');
    assert.strictEqual(t.info.ownKey, '07-CT/TU');
    assert.strictEqual(run('Tin tức\n\nThực hiện Chỉ thị số 7-CT/TU.').info.ownKey, null);
  });
});

describe('a department\'s two fields written without their dash', () => {
  it('are read whole in a body\'s name and in a post, before the name or after it', () => {
    const text = 'Ông Nguyễn Văn An, Trưởng phòng Tổ chức cán bộ, cho biết. Trưởng phòng Kinh tế hạ tầng Lê Văn Bình phát biểu. ' +
      'Bà Trần Thị Hoa, Phó Trưởng phòng Kế hoạch tài chính Sở Y tế, dự. Phòng Tổ chức - Cán bộ Công an tỉnh tham mưu.';
    assert.deepStrictEqual(names(people(text)), [
      ['Nguyễn Văn An', ['Trưởng phòng Tổ chức cán bộ']],
      ['Lê Văn Bình', ['Trưởng phòng Kinh tế hạ tầng']],
      ['Trần Thị Hoa', ['Phó Trưởng phòng Kế hoạch tài chính Sở Y tế']],
    ]);
    assert.ok(organizations(text).some((o) => o.name === 'Phòng Tổ chức - Cán bộ Công an tỉnh'));
  });
  it('leave a field that "và" and another follow to the fields\' reading', () => {
    assert.deepStrictEqual(
      organizations('Trung tâm Văn hóa thể thao và truyền thông huyện Diễn Châu tổ chức hội thi.').map((o) => o.name),
      ['Trung tâm Văn hóa thể thao và truyền thông huyện Diễn Châu'],
    );
  });
});

describe('the ministries and central bodies', () => {
  it('are read whole, in a post before a name or after it', () => {
    const text = 'Phó Thủ tướng Bùi Thanh Sơn, Bộ trưởng Bộ Ngoại giao, tiếp Đại sứ. Bộ Ngoại giao thông tin về chuyến thăm. ' +
      'Bộ trưởng Bộ Tư pháp Trương Đình Tuyển dự. Bộ Dân tộc và Tôn giáo ra mắt. Ban Chính sách, chiến lược Trung ương tổ chức hội thảo. ' +
      'Bí thư thứ nhất Trung ương Đoàn Bùi Quang Huy phát biểu.';
    assert.deepStrictEqual(names(people(text)), [
      ['Bùi Thanh Sơn', ['Phó Thủ tướng', 'Bộ trưởng Bộ Ngoại giao']],
      ['Trương Đình Tuyển', ['Bộ trưởng Bộ Tư pháp']],
      // "Đoàn" after "Trung ương" is the Youth Union's, not a family name
      ['Bùi Quang Huy', ['Bí thư thứ nhất Trung ương Đoàn']],
    ]);
    const bodies = organizations(text).map((o) => o.name);
    for (const b of ['Bộ Ngoại giao', 'Bộ Tư pháp', 'Bộ Dân tộc và Tôn giáo', 'Ban Chính sách, chiến lược Trung ương']) assert.ok(bodies.includes(b), b);
    assert.ok(!bodies.includes('Bộ Ngoại giao thông tin'));
    // "hội kiến", "hội đàm" (to meet) are the sentence's verbs, not a body's "hội"
    assert.deepStrictEqual(organizations('Bộ Tài chính hội kiến với đoàn. Bộ Ngoại giao hội đàm với đối tác.').map((o) => o.name), ['Bộ Tài chính', 'Bộ Ngoại giao']);
    // "Thương mại" is no compound that ends a company's name: the name after it is the company's
    assert.deepStrictEqual(organizations('Giám đốc Công ty Cổ phần Thương mại Nguyễn Kim phát biểu.').map((o) => o.name), ['Công ty Cổ phần Thương mại Nguyễn Kim']);
  });
});

describe('abbreviated fields joined by "&"', () => {
  it('are one body\'s name, and a dotted title after them is no part of it', () => {
    const text = 'Ông Nguyễn Văn An, Giám đốc Sở GD&ĐT, cho biết. Giám đốc Sở KH&CN TS. Nguyễn Văn Dương kiểm tra. ' +
      'Đồng chí Trần Quốc Cường, Phó Bí thư Tỉnh ủy và TS. Hồ Văn Mười, Giám đốc Sở Nội vụ đồng chủ trì.';
    assert.deepStrictEqual(names(people(text)), [
      ['Nguyễn Văn An', ['Giám đốc Sở GD&ĐT']],
      ['Nguyễn Văn Dương', ['Giám đốc Sở KH&CN']],
      ['Trần Quốc Cường', ['Phó Bí thư Tỉnh ủy']],
      ['Hồ Văn Mười', ['Giám đốc Sở Nội vụ']],
    ]);
    assert.deepStrictEqual(organizations(text).map((o) => o.name), ['Sở GD&ĐT', 'Sở KH&CN', 'Tỉnh ủy', 'Sở Nội vụ']);
  });
});

describe('regional offices and their number', () => {
  it('keep the region\'s number in their name, so that two regions\' offices are two bodies', () => {
    const text = 'Chi cục Thuế khu vực XV và Chi cục Thuế khu vực XVI vượt dự toán. Đại diện Chi cục Hải quan khu vực 3 cho biết. ' +
      'Kiểm toán trưởng Kiểm toán nhà nước khu vực II Nguyễn Văn Tâm dự.';
    for (const spelled of [text, text.normalize('NFD')]) {
      const bodies = organizations(spelled);
      assert.deepStrictEqual(bodies.map((o) => o.name.normalize('NFC')), [
        'Chi cục Thuế khu vực XV', 'Chi cục Thuế khu vực XVI', 'Chi cục Hải quan khu vực 3', 'Kiểm toán nhà nước khu vực II',
      ]);
      assert.notStrictEqual(bodies[0].key, bodies[1].key);
      assert.deepStrictEqual(nfcNames(people(spelled)), [
        ['Nguyễn Văn Tâm', ['Kiểm toán trưởng Kiểm toán nhà nước khu vực II']],
      ]);
    }
    // "I" and "V" alone are numerals there too
    assert.deepStrictEqual(organizations('Hội thảo tại Học viện Chính trị khu vực I thu hút 200 đại biểu.').map((o) => o.name), ['Học viện Chính trị khu vực I']);
    // a number that counts, or one of a list, is no part of the name
    for (const [line, body] of [
      ['Chi cục Thuế khu vực 6 tháng đầu năm thu đạt 58%.', 'Chi cục Thuế khu vực'],
      ['Chi cục Hải quan khu vực 2 huyện biên giới được tăng cường.', 'Chi cục Hải quan khu vực'],
      ['Chi cục Thuế khu vực 3 năm nay thu vượt dự toán.', 'Chi cục Thuế khu vực'],
      ['Chi cục Thuế khu vực 1 hoặc 2 sẽ tiếp nhận hồ sơ.', 'Chi cục Thuế khu vực'],
      ['Các Chi cục Thuế khu vực II, III và IV đều vượt thu.', 'Chi cục Thuế khu vực'],
      ['Chi cục Thuế khu vực XI và XII đều vượt thu.', 'Chi cục Thuế khu vực'],
      ['Chi cục Thuế khu vực II-III vượt thu.', 'Chi cục Thuế khu vực'],
      ['Bảo hiểm xã hội khu vực I, II sẽ hợp nhất.', 'Bảo hiểm xã hội khu vực'],
      // a listed field's office with its region
      ['Đội Quản lý thị trường khu vực 5 kiểm tra cơ sở kinh doanh.', 'Đội Quản lý thị trường khu vực 5'],
      ['Cục Quản lý thị trường khu vực I phối hợp kiểm tra.', 'Cục Quản lý thị trường khu vực I'],
    ]) assert.deepStrictEqual(organizations(line).map((o) => o.name), [body], line);
  });
});

describe('envoys', () => {
  it('hold their post with the country they serve in, before the name or after it', () => {
    const text = 'Đại sứ Việt Nam tại Nhật Bản Phạm Quang Hiệu trình bày tham luận. Ông Nguyễn Bá Hùng, Đại sứ đặc mệnh toàn quyền Việt Nam tại Lào, dự. ' +
      'Phó Đại sứ Việt Nam tại Trung Quốc Trần Văn Chính và Tổng Lãnh sự Việt Nam tại Nga Đặng Minh Khôi cùng dự. Đại sứ Lê Hoài Trung phát biểu.';
    for (const spelled of [text, text.normalize('NFD')]) {
      assert.deepStrictEqual(nfcNames(people(spelled)), [
        ['Phạm Quang Hiệu', ['Đại sứ Việt Nam tại Nhật Bản']],
        ['Nguyễn Bá Hùng', ['Đại sứ đặc mệnh toàn quyền Việt Nam tại Lào']],
        ['Trần Văn Chính', ['Phó Đại sứ Việt Nam tại Trung Quốc']],
        ['Đặng Minh Khôi', ['Tổng Lãnh sự Việt Nam tại Nga']],
        ['Lê Hoài Trung', ['Đại sứ']],
      ]);
    }
    // other envoys' titles; a post a rank and a name follow is the next person's
    assert.deepStrictEqual(names(people('Đại biện lâm thời Việt Nam tại Myanmar Nguyễn Văn Toàn dự. Đại tá Nguyễn Văn Thắng, Tùy viên Quốc phòng Việt Nam tại Lào, dự. ' +
      'Đại sứ Việt Nam tại Hoa Kỳ Nguyễn Quốc Dũng, Tùy viên Quốc phòng Đại tá Trần Văn Bảo cùng dự.')), [
      ['Nguyễn Văn Toàn', ['Đại biện lâm thời Việt Nam tại Myanmar']], ['Nguyễn Văn Thắng', ['Đại tá', 'Tùy viên Quốc phòng Việt Nam tại Lào']],
      ['Nguyễn Quốc Dũng', ['Đại sứ Việt Nam tại Hoa Kỳ']], ['Trần Văn Bảo', ['Tùy viên Quốc phòng', 'Đại tá']],
    ]);
    // a country written formally
    assert.deepStrictEqual(names(people('Đại sứ Việt Nam tại Liên bang Nga Đặng Minh Khôi dự. Ông Nguyễn Đình Bin, nguyên Đại sứ Việt Nam tại Cộng hòa Dân chủ Đức, từ trần.')), [
      ['Đặng Minh Khôi', ['Đại sứ Việt Nam tại Liên bang Nga']], ['Nguyễn Đình Bin', ['nguyên Đại sứ Việt Nam tại Cộng hòa Dân chủ Đức']],
    ]);
    // a city the envoy serves in, before the next name
    assert.deepStrictEqual(names(people('Giám đốc Sở Ngoại vụ Nguyễn Văn An, Tổng Lãnh sự Việt Nam tại Thượng Hải Ngô Minh Nguyệt cùng dự.')), [
      ['Nguyễn Văn An', ['Giám đốc Sở Ngoại vụ']], ['Ngô Minh Nguyệt', ['Tổng Lãnh sự Việt Nam tại Thượng Hải']],
    ]);
    // an envoy received, or named after "và" or before a verb, is another person than the name's
    for (const [line, expected] of [
      ['Tiếp Đại sứ Việt Nam tại Lào, Bí thư Tỉnh ủy, ông Trần Văn Bảo, đề nghị Đại sứ quán tiếp tục hỗ trợ.', [['Trần Văn Bảo', ['Bí thư Tỉnh ủy']]]],
      ['Ông Nguyễn Văn An, Chủ tịch UBND tỉnh và Đại sứ Nhật Bản đã ký biên bản ghi nhớ.', [['Nguyễn Văn An', ['Chủ tịch UBND tỉnh']]]],
      ['Tiếp Chủ tịch UBND tỉnh, ông Nguyễn Văn An, Đại sứ Nhật Bản bày tỏ ấn tượng.', [['Nguyễn Văn An', []]]],
      ['Dự lễ có ông Nguyễn Văn An, Giám đốc Sở Ngoại vụ, Đại sứ Nhật Bản và các đại biểu.', [['Nguyễn Văn An', ['Giám đốc Sở Ngoại vụ']]]],
      ['Dự hội nghị có Đại sứ Thái Lan, Phó Chủ tịch UBND tỉnh Nguyễn Văn Út.', [['Nguyễn Văn Út', ['Phó Chủ tịch UBND tỉnh']]]],
      ['Tiếp Đại sứ Lào và Tổng Lãnh sự Lào, Chủ tịch UBND tỉnh Nguyễn Văn Út khẳng định.', [['Nguyễn Văn Út', ['Chủ tịch UBND tỉnh']]]],
      ['Giám đốc Sở Ngoại vụ Nguyễn Văn Dũng, Đại sứ Lào tại Việt Nam Khamphao Ernthavanh cùng dự.', [['Nguyễn Văn Dũng', ['Giám đốc Sở Ngoại vụ']]]],
      // … but an attaché holds his rank
      ['Tùy viên Quốc phòng Việt Nam tại Campuchia, Đại tá Lê Văn Dũng, báo cáo.', [['Lê Văn Dũng', ['Tùy viên Quốc phòng Việt Nam tại Campuchia', 'Đại tá']]]],
      // a country whose name is also a name's ("Thái Lan") after an envoy's title is the country
      ['Tiếp Đại sứ Thái Lan, Chủ tịch UBND tỉnh, ông Nguyễn Văn An, đề nghị hai bên tăng cường kết nối.', [['Nguyễn Văn An', ['Chủ tịch UBND tỉnh']]]],
    ] as const) assert.deepStrictEqual(names(people(line)), expected, line);
    // the embassy is no envoy; a foreign envoy's name is not read, nor does the post reach the next person
    assert.deepStrictEqual(names(people('Đại sứ quán Việt Nam tại Nhật Bản tổ chức. Tiếp Đại sứ Nhật Bản tại Việt Nam Ito Naoki, Chủ tịch UBND tỉnh Nguyễn Văn An cho biết.')),
      [['Nguyễn Văn An', ['Chủ tịch UBND tỉnh']]]);
  });
});

describe('posts that end in "trưởng" after a field', () => {
  it('are read whole ("Kế toán trưởng", "Thuyền trưởng", "Xã đội trưởng"), not as "trưởng"', () => {
    const text = 'Có Xã đội trưởng Trần Văn Tám; thuyền trưởng Nguyễn Văn Sáu. Kế toán trưởng Lê Thị Chín báo cáo. Hạm trưởng Phạm Văn Mười chỉ huy.';
    for (const spelled of [text, text.normalize('NFD')]) {
      assert.deepStrictEqual(nfcNames(people(spelled)), [
        ['Trần Văn Tám', ['Xã đội trưởng']],
        ['Nguyễn Văn Sáu', ['thuyền trưởng']],
        ['Lê Thị Chín', ['Kế toán trưởng']],
        ['Phạm Văn Mười', ['Hạm trưởng']],
      ]);
    }
    // "kiểm toán" before "trưởng đoàn" is the field: the post is "trưởng đoàn"
    assert.deepStrictEqual(names(people('Tổ kiểm toán trưởng đoàn Nguyễn Văn Cường đã trao đổi với Sở Tài chính.')), [['Nguyễn Văn Cường', ['trưởng đoàn']]]);
  });
});

describe('departments of ministries and central bodies ("Vụ")', () => {
  it('are read after "Vụ" with a department\'s field, alone and in a post, before the name or after it', () => {
    const text =
      'Vụ Tổ chức cán bộ, Bộ Nội vụ đã có văn bản. Bà Lê Thị Hoa, Phó Vụ trưởng Vụ Pháp chế phát biểu. ' +
      'Ông Trần Văn Bình, Vụ trưởng Vụ Địa phương I, Ban Tổ chức Trung ương dự. Vụ phó Vụ Châu Phi Nguyễn Văn Nam dự họp; Vụ ASEAN, Vụ Châu Âu và Vụ Kế hoạch - Tài chính, Bộ Ngoại giao báo cáo.';
    for (const spelled of [text, text.normalize('NFD')]) {
      assert.deepStrictEqual(bodyNames(spelled).map((n) => n.normalize('NFC')), [
        'Vụ Tổ chức cán bộ', 'Bộ Nội vụ', 'Vụ Pháp chế', 'Vụ Địa phương I', 'Ban Tổ chức Trung ương', 'Vụ Châu Phi', 'Vụ ASEAN', 'Vụ Châu Âu',
        'Vụ Kế hoạch - Tài chính', 'Bộ Ngoại giao',
      ]);
      assert.deepStrictEqual(nfcNames(people(spelled)), [
        ['Lê Thị Hoa', ['Phó Vụ trưởng Vụ Pháp chế']],
        ['Trần Văn Bình', ['Vụ trưởng Vụ Địa phương I']],
        ['Nguyễn Văn Nam', ['Vụ phó Vụ Châu Phi']],
      ]);
    }
  });

  it('keep "Vụ" of "Vụ trưởng" after "giữ chức", which is no "giữ chức vụ"', () => {
    const text = 'Bổ nhiệm ông Nguyễn Văn Hải, Phó Vụ trưởng Vụ Pháp chế, giữ chức Vụ trưởng Vụ Pháp chế. Ông Lê Văn Tám giữ chức vụ Phó Giám đốc Sở Y tế.';
    for (const spelled of [text, text.normalize('NFD')]) {
      assert.deepStrictEqual(nfcNames(people(spelled)), [
        ['Nguyễn Văn Hải', ['Phó Vụ trưởng Vụ Pháp chế', 'Vụ trưởng Vụ Pháp chế']],
        ['Lê Văn Tám', ['Phó Giám đốc Sở Y tế']],
      ]);
    }
  });

  it('are not a case, a crop or an incident that "Vụ" also begins', () => {
    assert.deepStrictEqual(bodyNames('Vụ Việt Á gây thiệt hại lớn. Vụ Đông Xuân năm nay được mùa. Vụ tai nạn xảy ra tại huyện. Vụ Trịnh Xuân Thanh được đưa ra xét xử.'), []);
    // nor the lower-case "vụ" of "nhiệm vụ", "Ban Thường vụ"
    assert.deepStrictEqual(bodyNames('Ban Thường vụ Tỉnh ủy giao nhiệm vụ Chính trị cho các cấp.'), ['Ban Thường vụ Tỉnh ủy']);
  });

  it('keep the lower-case words of their field up to the body they belong to behind a comma', () => {
    const text = 'Ông Nguyễn Văn Phúc, Phó Vụ trưởng Vụ Chính sách thuế, Bộ Tài chính; ông Bùi Văn Quang, Vụ trưởng Vụ Bảo vệ chính trị nội bộ, Ban Tổ chức Trung ương; Vụ Thị trường trong nước, Bộ Công Thương.';
    for (const spelled of [text, text.normalize('NFD')]) {
      assert.deepStrictEqual(bodyNames(spelled).map((n) => n.normalize('NFC')), [
        'Vụ Chính sách thuế', 'Bộ Tài chính', 'Vụ Bảo vệ chính trị nội bộ', 'Ban Tổ chức Trung ương', 'Vụ Thị trường trong nước', 'Bộ Công Thương',
      ]);
      assert.deepStrictEqual(nfcNames(people(spelled)), [['Nguyễn Văn Phúc', ['Phó Vụ trưởng Vụ Chính sách thuế']], ['Bùi Văn Quang', ['Vụ trưởng Vụ Bảo vệ chính trị nội bộ']]]);
    }
    // not a verb the sentence goes on with, nor a deed's words after a verb's field
    assert.deepStrictEqual(bodyNames('Vụ trưởng Vụ Pháp chế cho biết, Bộ Tư pháp sẽ trình. Vụ Tổ chức đám cưới, Ủy ban nhân dân xã đã xử phạt.'), ['Vụ Pháp chế', 'Bộ Tư pháp', 'Ủy ban nhân dân xã']);
  });

  it('are no case named after a company, nor a deed, though a cue or a ministry is there', () => {
    assert.deepStrictEqual(bodyNames('Vụ Kinh tế Đông Á, Bộ Công an đã khởi tố. Luật sư đại diện Vụ Bảo hiểm Bảo Việt cho biết. Cán bộ Vụ Tổ chức đám cưới bị kỷ luật.'), ['Bộ Công an']);
    // a ministry written right after its department is a body of its own
    assert.deepStrictEqual(bodyNames('Vụ trưởng Vụ Pháp chế Bộ Tài chính dự họp; cán bộ Vụ Giám sát và Thẩm định đầu tư trình bày.'), ['Vụ Pháp chế', 'Bộ Tài chính', 'Vụ Giám sát']);
  });

  it('take a continent as a place, never as a person after a post', () => {
    const text = 'Ông Nguyễn Văn Nam, Vụ trưởng Vụ Châu Âu, Bộ Ngoại giao cho biết.';
    for (const spelled of [text, text.normalize('NFD')]) {
      assert.deepStrictEqual(nfcNames(people(spelled)), [['Nguyễn Văn Nam', ['Vụ trưởng Vụ Châu Âu']]]);
      assert.deepStrictEqual(bodyNames(spelled).map((n) => n.normalize('NFC')), ['Vụ Châu Âu', 'Bộ Ngoại giao']);
    }
    // a cue still names a person so
    assert.deepStrictEqual(names(people('Bà Châu Á, nhân viên, cho biết.')), [['Châu Á', []]]);
  });
});

describe('an event\'s organising committee ("Ban Tổ chức Lễ tang")', () => {
  it('is named by its event, not one with the Party\'s "Ban Tổ chức"', () => {
    const text = 'Ban Tổ chức Lễ tang đồng chí Nguyễn Văn Bảy trân trọng báo tin. Trưởng Ban Tổ chức Lễ tang, đồng chí Trần Văn Nam, đọc điếu văn. ' +
      'Ban Tổ chức hội thi trao giải; Trưởng Ban Tổ chức Huyện ủy Lê Văn An dự.';
    for (const spelled of [text, text.normalize('NFD')]) {
      assert.deepStrictEqual(organizations(spelled).map((o) => o.key.normalize('NFC')), [
        'ban tổ chức lễ tang', 'ban tổ chức lễ tang', 'ban tổ chức hội thi', 'ban tổ chức huyện ủy',
      ]);
      assert.deepStrictEqual(nfcNames(people(spelled)), [
        ['Nguyễn Văn Bảy', []], ['Trần Văn Nam', ['Trưởng Ban Tổ chức Lễ tang']], ['Lê Văn An', ['Trưởng Ban Tổ chức Huyện ủy']],
      ]);
    }
  });
});

describe('universities and reviews named without "Trường"', () => {
  it('are bodies before a capitalised word of their name ("Đại học Quốc gia Hà Nội", "Tạp chí Cộng sản")', () => {
    const text = 'Ông Lê Quân, Giám đốc Đại học Quốc gia Hà Nội, cho biết. Đại học Bách khoa Hà Nội hợp tác với Tạp chí Cộng sản. Trường Đại học Việt - Nhật thuộc Đại học Quốc gia Hà Nội.';
    for (const spelled of [text, text.normalize('NFD')]) {
      assert.deepStrictEqual(bodyNames(spelled).map((n) => n.normalize('NFC')), [
        'Đại học Quốc gia Hà Nội', 'Đại học Bách khoa Hà Nội', 'Tạp chí Cộng sản', 'Trường Đại học Việt - Nhật', 'Đại học Quốc gia Hà Nội',
      ]);
    }
    // in lower case, a level of schooling: "sinh viên đại học", "tạp chí khoa học"
    assert.deepStrictEqual(bodyNames('Sinh viên đại học Nguyễn Văn An đăng bài trên tạp chí khoa học.'), []);
  });
});

describe('a department\'s two fields, the second "quốc tế"', () => {
  it('are read whole, and "quốc tế" after another body is none of its name', () => {
    const text = 'Ông Trần Văn A, Cục trưởng Cục Hợp tác quốc tế, Bộ Y tế; Viện Quan hệ quốc tế phối hợp. Bộ Ngoại giao quốc tế hóa vấn đề; Tỉnh ủy quốc tế hóa đầu tư.';
    for (const spelled of [text, text.normalize('NFD')]) {
      assert.deepStrictEqual(bodyNames(spelled).map((n) => n.normalize('NFC')), ['Cục Hợp tác quốc tế', 'Bộ Y tế', 'Viện Quan hệ quốc tế', 'Bộ Ngoại giao', 'Tỉnh ủy']);
      assert.deepStrictEqual(nfcNames(people(spelled)), [['Trần Văn A', ['Cục trưởng Cục Hợp tác quốc tế']]]);
    }
    assert.deepStrictEqual(names(people('Ông Lưu Đình Phúc, Cục trưởng Cục Báo chí, cho biết.')), [['Lưu Đình Phúc', ['Cục trưởng Cục Báo chí']]]);
  });
});

describe('a listed place after a body\'s capitalised words', () => {
  it('is the body\'s own, not a person\'s name', () => {
    const text = 'Trường Đại học Y Hà Nội và Báo Lâm Đồng ký kết; Tỉnh Ủy Lâm Đồng họp. Báo Nam Định Trần Thu Hương cho biết.';
    for (const spelled of [text, text.normalize('NFD')]) {
      assert.deepStrictEqual(bodyNames(spelled).map((n) => n.normalize('NFC')), ['Trường Đại học Y Hà Nội', 'Báo Lâm Đồng', 'Tỉnh Ủy Lâm Đồng', 'Báo Nam Định']);
    }
    // after the body's own name, a place someone may be named is a person's ("Hà Giang" a reporter), not a city no one is
    assert.deepStrictEqual(bodyNames('Phóng viên Báo Tuổi Trẻ Hà Giang ghi nhận. Báo Lâm Đồng Trần Văn An cho biết.'), ['Báo Tuổi Trẻ', 'Báo Lâm Đồng']);
    // one place to a name
    assert.deepStrictEqual(bodyNames('Công an tỉnh Đồng Nai Hà Nội phối hợp bắt giữ. Ban Quản lý dự án Đồng Nai Châu Phi hợp tác.'), ['Công an tỉnh Đồng Nai', 'Ban Quản lý dự án Đồng Nai']);
    // a name ending in a place no one is named, with one word before it, is the body's ("Mai" is a family name too)
    assert.deepStrictEqual(bodyNames('Bệnh viện Bạch Mai Hà Nội tiếp nhận bệnh nhân.'), ['Bệnh viện Bạch Mai Hà Nội']);
    assert.deepStrictEqual(names(people('Ông Nguyễn Văn Sơn, Giám đốc Bệnh viện Bạch Mai Hà Nội, cho biết.')), [['Nguyễn Văn Sơn', ['Giám đốc Bệnh viện Bạch Mai Hà Nội']]]);
  });
});

describe('a body a post names, written last in its clause', () => {
  it('keeps the lower-case words of its field before the mark ("Cục trưởng Cục Lãnh sự, Bộ Ngoại giao")', () => {
    const text =
      'Ông Lê Văn Hải, Cục trưởng Cục Lãnh sự, Bộ Ngoại giao; ông Mai Văn Long, nguyên Viện trưởng Viện Sử học. ' +
      'Ông Đỗ Văn Dũng, Cục trưởng Cục Di sản văn hóa, dự lễ. Ông Lê Văn Bình, Chủ nhiệm Ủy ban Biên giới quốc gia, trả lời. ' +
      'Ông Nguyễn Văn Ân, Chủ tịch Hội Khuyến học (huyện), phát biểu.';
    for (const spelled of [text, text.normalize('NFD')]) {
      assert.deepStrictEqual(bodyNames(spelled).map((n) => n.normalize('NFC')), [
        'Cục Lãnh sự', 'Bộ Ngoại giao', 'Viện Sử học', 'Cục Di sản văn hóa', 'Ủy ban Biên giới quốc gia', 'Hội Khuyến học',
      ]);
      assert.deepStrictEqual(nfcNames(people(spelled)), [
        ['Lê Văn Hải', ['Cục trưởng Cục Lãnh sự']],
        ['Mai Văn Long', ['nguyên Viện trưởng Viện Sử học']],
        ['Đỗ Văn Dũng', ['Cục trưởng Cục Di sản văn hóa']],
        ['Lê Văn Bình', ['Chủ nhiệm Ủy ban Biên giới quốc gia']],
        ['Nguyễn Văn Ân', ['Chủ tịch Hội Khuyến học']],
      ]);
    }
  });

  it('ends before a question mark, a dash or a verb after its comma', () => {
    const text = 'Ông Lê Văn An, Viện trưởng Viện Sử học, nhấn mạnh, lịch sử cần được tôn trọng. Ai là Viện trưởng Viện Sử học? ' +
      'Ông Lê Văn Bình - Viện trưởng Viện Triết học - phát biểu. Ông Lê Văn Ba, Cục trưởng Cục Việc làm, Bộ Lao động - Thương binh và Xã hội, cho biết.';
    for (const spelled of [text, text.normalize('NFD')]) {
      assert.deepStrictEqual(bodyNames(spelled).map((n) => n.normalize('NFC')), ['Viện Sử học', 'Viện Sử học', 'Viện Triết học', 'Cục Việc làm', 'Bộ Lao động - Thương binh và Xã hội']);
      assert.deepStrictEqual(nfcNames(people(spelled)), [
        ['Lê Văn An', ['Viện trưởng Viện Sử học']],
        ['Lê Văn Bình', ['Viện trưởng Viện Triết học']],
        ['Lê Văn Ba', ['Cục trưởng Cục Việc làm']],
      ]);
    }
  });

  it('does not end at a comma or a dash inside the name (the name is not read then), nor after four words', () => {
    // the halves of a task; a name's other fields after its comma, however spaced; a dashed name
    assert.deepStrictEqual(names(people('Phó Thủ tướng Vũ Đức Đam, Trưởng Ban Chỉ đạo phòng, chống dịch làm việc với tỉnh.')), [['Vũ Đức Đam', ['Phó Thủ tướng', 'Trưởng Ban Chỉ đạo']]]);
    assert.deepStrictEqual(bodyNames('Giám đốc Trung tâm Xúc tiến đầu tư, thương mại và du lịch tỉnh dự họp. Giám đốc Trung tâm Xúc tiến đầu tư , thương mại, ông Trần Văn Lâm.'), []);
    assert.deepStrictEqual(names(people('Ông Phạm Hữu Thành, Viện trưởng Viện Chiến lược , Chính sách y tế, dự.')), [['Phạm Hữu Thành', ['Viện trưởng Viện']]]);
    assert.deepStrictEqual(names(people('Ông Lê Văn Tấn, Viện trưởng Viện Sốt rét - Ký sinh trùng - Côn trùng trung ương.')), [['Lê Văn Tấn', ['Viện trưởng Viện']]]);
    // a body that no post names keeps to what it did: the verb after it is no field
    assert.deepStrictEqual(bodyNames('Bệnh viện Nhi khám, chữa bệnh cho trẻ. Viện Sử học tổ chức hội thảo.'), []);
    // four lower-case words before the mark are a sentence's, not a field's
    assert.deepStrictEqual(names(people('Ông Lê Văn An, Giám đốc Công ty Sao đỏ sản xuất hàng hóa, cho biết.')), [['Lê Văn An', ['Giám đốc Công ty']]]);
    // the comma of a National Assembly committee's name, after "Ủy ban" only
    assert.deepStrictEqual(bodyNames('Ban Văn hóa, Giáo dục họp.'), ['Ban Văn hóa']);
  });

  it('ends before the verb of a body that opens its clause ("Viện trưởng Viện Dinh dưỡng khuyến cáo, …")', () => {
    const text = 'Viện trưởng Viện Dinh dưỡng khuyến cáo, người dân nên ăn rau. Giám đốc Bệnh viện Nhi khám, chữa bệnh cho trẻ. ' +
      'Ông Lê Văn An, Viện trưởng Viện Toán nhận định, kết quả khả quan. Cục trưởng Cục Quân y thăm, tặng quà.';
    for (const spelled of [text, text.normalize('NFD')]) {
      assert.deepStrictEqual(bodyNames(spelled).map((n) => n.normalize('NFC')), ['Viện Dinh dưỡng', 'Cục Quân y']);
      assert.deepStrictEqual(nfcNames(people(spelled)), [['Lê Văn An', ['Viện trưởng Viện']]]);
    }
    // … and so does one written without a mark after it
    assert.deepStrictEqual(bodyNames('Thành viên Ban Lễ tang gồm: đồng chí Tô Lâm, Tổng Bí thư. Viện trưởng Viện Dinh dưỡng cho biết, trẻ cần ăn đủ chất.'), ['Ban Lễ tang', 'Viện Dinh dưỡng']);
    // a field's "người có công" is no verb: the name is not cut before it (and not read whole: five words before the mark)
    assert.deepStrictEqual(names(people('Bà Hoàng Thị Lan, Giám đốc Trung tâm Điều dưỡng người có công tỉnh, báo cáo.')), [['Hoàng Thị Lan', ['Giám đốc Trung tâm']]]);
    // a field's words that are no verb stay ("Cục Xuất nhập khẩu", "Hội Kiến trúc sư")
    assert.deepStrictEqual(bodyNames('Ông Trần Luân, Cục trưởng Cục Xuất nhập khẩu, Bộ Công Thương; ông Lê Văn Ba, Chủ tịch Hội Kiến trúc sư, dự.'),
      ['Cục Xuất nhập khẩu', 'Bộ Công Thương', 'Hội Kiến trúc sư']);
  });

  it('ends before a bracket', () => {
    assert.deepStrictEqual(bodyNames('Ông Trần Văn Thành, Chủ nhiệm Ủy ban Biên giới quốc gia (Bộ Ngoại giao), cho biết.'), ['Ủy ban Biên giới quốc gia', 'Bộ Ngoại giao']);
  });
});

describe('fields whose second half names write in lower case', () => {
  it('are read whole ("Trung tâm Công nghệ thông tin", "Cục Bảo vệ thực vật"), and after another field the words are the sentence\'s', () => {
    const text = 'Ông Lê Văn Đức, Giám đốc Trung tâm Công nghệ thông tin, Bộ Tài chính cho biết. Chi cục Bảo vệ thực vật phun thuốc. ' +
      'Ông Lê Văn Mạnh, Cục trưởng Cục Phát triển đô thị, dự. Viện Khoa học pháp lý tổ chức tọa đàm.';
    for (const spelled of [text, text.normalize('NFD')]) {
      assert.deepStrictEqual(bodyNames(spelled).map((n) => n.normalize('NFC')), [
        'Trung tâm Công nghệ thông tin', 'Bộ Tài chính', 'Chi cục Bảo vệ thực vật', 'Cục Phát triển đô thị', 'Viện Khoa học pháp lý',
      ]);
    }
    assert.deepStrictEqual(bodyNames('Sở Tài chính thông tin về ngân sách. Trung tâm Công nghệ thông tin và truyền thông tỉnh vận hành hệ thống.'),
      ['Sở Tài chính', 'Trung tâm Công nghệ thông tin và truyền thông tỉnh']);
  });
});

describe('a company whose name reads as a person\'s, in a post after the name', () => {
  it('is the company\'s name, not another person', () => {
    const text = 'Ông Đặng Ngọc Lan, Chủ tịch Hội đồng quản trị Công ty Mai Linh, phát biểu. Ông Đoàn Nguyên Đức, Chủ tịch Tập đoàn Hoàng Anh Gia Lai.';
    for (const spelled of [text, text.normalize('NFD')]) {
      assert.deepStrictEqual(nfcNames(people(spelled)), [
        ['Đặng Ngọc Lan', ['Chủ tịch Hội đồng quản trị Công ty Mai Linh']],
        ['Đoàn Nguyên Đức', ['Chủ tịch Tập đoàn Hoàng Anh Gia Lai']],
      ]);
    }
    // … after the company's legal form too
    assert.deepStrictEqual(names(people('Ông Lê Văn Hải, nguyên Giám đốc Công ty Cổ phần Mai Linh, đã từ trần. Ông Lê Văn Ba, Giám đốc Công ty TNHH Hoàng Anh, dự.')), [
      ['Lê Văn Hải', ['nguyên Giám đốc Công ty Cổ phần Mai Linh']],
      ['Lê Văn Ba', ['Giám đốc Công ty TNHH Hoàng Anh']],
    ]);
    // a post that opens the sentence still names the person after the company, and so does a name only a person's begins with
    assert.deepStrictEqual(names(people('Chủ tịch Hội đồng quản trị Tập đoàn Hòa Phát Trần Đình Long đến thăm dự án.')), [['Trần Đình Long', ['Chủ tịch Hội đồng quản trị Tập đoàn Hòa Phát']]]);
    assert.deepStrictEqual(names(people('Dự có ông Lê Quang Tùng, Tổng Giám đốc Công ty Cổ phần Tập đoàn Thành Công Nguyễn Anh Tuấn.')).map(([n]) => n), ['Lê Quang Tùng', 'Nguyễn Anh Tuấn']);
    // … as does a name of three syllables after the company's proper name, or one with a middle name
    assert.deepStrictEqual(names(people('Dự có ông Lê Quang Tùng, Tổng Giám đốc Công ty Cổ phần Tập đoàn Thành Công Lê Anh Tuấn. Ông Lê Văn Ba, Giám đốc Công ty Sông Đà Võ Văn Tuấn, phát biểu.')).map(([n]) => n),
      ['Lê Quang Tùng', 'Lê Anh Tuấn', 'Lê Văn Ba', 'Võ Văn Tuấn']);
  });

  it('holds for a second post after "và", and for the other mentions of a name the text gives a person elsewhere', () => {
    assert.deepStrictEqual(names(people('Ông Lê Văn Ba, Bí thư Đảng ủy và Giám đốc Công ty Mai Linh, phát biểu.')), [['Lê Văn Ba', ['Bí thư Đảng ủy', 'Giám đốc Công ty Mai Linh']]]);
    assert.deepStrictEqual(names(people('Đồng chí Mai Linh Chi, Giám đốc Sở Y tế, dự. Ông Lê Văn An, Giám đốc Công ty Mai Linh Chi, phát biểu.')), [
      ['Mai Linh Chi', ['Giám đốc Sở Y tế']],
      ['Lê Văn An', ['Giám đốc Công ty Mai Linh Chi']],
    ]);
  });
});

describe('central bodies named whole', () => {
  it('"Tổng Liên đoàn Lao động Việt Nam", "Văn phòng Chủ tịch nước", "Ủy ban Đối ngoại", "Hội đồng quản trị"', () => {
    const text =
      'Ông Trần Văn Em, Phó Chủ tịch Tổng Liên đoàn Lao động Việt Nam, trao quà; đại diện Văn phòng Chủ tịch nước dự. ' +
      'Ông Vũ Hải Hà, Chủ nhiệm Ủy ban Đối ngoại của Quốc hội, tiếp đoàn. Ông Trần Đình Long, Chủ tịch Hội đồng quản trị Tập đoàn Hòa Phát, phát biểu.';
    for (const spelled of [text, text.normalize('NFD')]) {
      assert.deepStrictEqual(bodyNames(spelled).map((n) => n.normalize('NFC')), [
        'Tổng Liên đoàn Lao động Việt Nam', 'Văn phòng Chủ tịch nước', 'Ủy ban Đối ngoại', 'Quốc hội', 'Tập đoàn Hòa Phát',
      ]);
      assert.deepStrictEqual(nfcNames(people(spelled)), [
        ['Trần Văn Em', ['Phó Chủ tịch Tổng Liên đoàn Lao động Việt Nam']],
        ['Vũ Hải Hà', ['Chủ nhiệm Ủy ban Đối ngoại']],
        ['Trần Đình Long', ['Chủ tịch Hội đồng quản trị Tập đoàn Hòa Phát']],
      ]);
    }
    // the provinces' federations keep their own name, and "quản trị" elsewhere is a verb
    assert.deepStrictEqual(bodyNames('Liên đoàn Lao động tỉnh phối hợp; Công ty Sông Đà quản trị rủi ro tốt.'), ['Liên đoàn Lao động tỉnh', 'Công ty Sông Đà']);
    assert.deepStrictEqual(names(people('Phó Chủ tịch nước Võ Thị Ánh Xuân dự lễ.')), [['Võ Thị Ánh Xuân', ['Phó Chủ tịch nước']]]);
    // the National Assembly's committees named with a comma, as they write it
    const committees = 'Ông Lê Quang Mạnh, Chủ nhiệm Ủy ban Tài chính, Ngân sách, trình bày; Ủy ban Khoa học, Công nghệ và Môi trường thẩm tra. Theo Bộ Tài chính, Ngân sách nhà nước tăng.';
    for (const spelled of [committees, committees.normalize('NFD')]) {
      assert.deepStrictEqual(bodyNames(spelled).map((n) => n.normalize('NFC')), ['Ủy ban Tài chính, Ngân sách', 'Ủy ban Khoa học, Công nghệ và Môi trường', 'Bộ Tài chính']);
    }
  });
});
