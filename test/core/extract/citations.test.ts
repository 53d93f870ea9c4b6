import * as assert from 'assert';
import { citations, run } from './helpers';
import { CorpusIndex } from '../../../src/core/corpus/corpusIndex';
import { CitationEntity, DateEntity } from '../../../src/core/types';

describe('citations', () => {
  describe('Party codes', () => {
    it('reads type word, số, code, date, issuer and quoted subject', () => {
      const [c] = citations(
        'Thực hiện Kế hoạch số 112-KH/HU ngày 3/4/2023 của Ban Thường vụ Huyện ủy về “Nâng cao chất lượng sinh hoạt chi bộ”, các chi bộ đã triển khai.',
      );
      assert.strictEqual(c.text, 'Kế hoạch số 112-KH/HU');
      assert.strictEqual(c.code, '112-KH/HU');
      assert.strictEqual(c.number, '112');
      assert.strictEqual(c.type, 'Kế hoạch');
      assert.strictEqual(c.typeCode, 'KH');
      assert.strictEqual(c.issuerCode, 'HU');
      assert.strictEqual(c.date, '2023-04-03');
      assert.strictEqual(c.issuer, 'Ban Thường vụ Huyện ủy');
      assert.strictEqual(c.subject, 'Nâng cao chất lượng sinh hoạt chi bộ');
      assert.strictEqual(c.system, 'party');
      assert.deepStrictEqual(c.refs, ['112-KH/HU']);
    });

    it('keys a code whose issuer writes "Trung ương" as TƯ as the one written TW, and keeps the code as written', () => {
      for (const form of ['NFC', 'NFD'] as const) {
        const text = 'Thực hiện Chỉ thị số 05-CT/TƯ ngày 15/5/2016 của Bộ Chính trị và Quyết định số 09-QĐ/BTCTƯ, Chỉ thị 05-CT/TW được quán triệt. Chỉ thị 05 của Bộ Chính trị được học tập.'.normalize(form);
        const found = citations(text);
        assert.deepStrictEqual(found.map((c) => [c.text.normalize('NFC'), c.code?.normalize('NFC') ?? null, c.key]), [
          ['Chỉ thị số 05-CT/TƯ', '05-CT/TƯ', '05-CT/TW'],
          ['Quyết định số 09-QĐ/BTCTƯ', '09-QĐ/BTCTƯ', '09-QĐ/BTCTW'],
          ['Chỉ thị 05-CT/TW', '05-CT/TW', '05-CT/TW'],
          ['Chỉ thị 05', null, '05-CT/TW'],
        ], form);
      }
    });

    it('finds codes whatever the slashes around them (dates, fractions, both kinds of code side by side)', () => {
      // The scan for codes runs only at a "/" right after the end of a type code (a capital, Đ, "i" of
      // QĐi, "r" of CTr/TTr) or of a State number: every kind of end, next to slashes of dates and ratios.
      const cs = citations(
        'Ngày 2/3/2024, 1/2 số chi bộ thực hiện 05-QĐi/TW, 7/12 và 12-QyĐ/TW, 08-CTr/TU, 3/2 01-TTr/ĐU; ' +
          '15/2020/NĐ-CP ngày 1/2/2020 và 22/QĐ-UBND; Luật số 65/2020/QH14, 24/12 13-CT/TW, 2/5 - 07-NQ/TW; ' +
          // Run into other slashes: no code.
          '10/5/2021-KH/TU, 1/2020/NĐ-CP/BTP, 14-CT/TW/2020 và 2/5-NQ/TW.',
      );
      assert.deepStrictEqual(cs.map((c) => c.code), [
        '05-QĐi/TW', '12-QyĐ/TW', '08-CTr/TU', '01-TTr/ĐU', '15/2020/NĐ-CP', '22/QĐ-UBND', '65/2020/QH14', '13-CT/TW', '07-NQ/TW',
      ]);
      assert.deepStrictEqual(cs.map((c) => c.system), ['party', 'party', 'party', 'party', 'state', 'state', 'state', 'party', 'party']);
    });

    it('ends a subject where the sentence goes on to another document, and only there', () => {
      const cs = citations(
        'Thực hiện Chỉ thị số 05-CT/TW về đẩy mạnh học tập và làm theo tư tưởng, đạo đức cùng Kế hoạch số 12-KH/TU về công tác ' +
          'cán bộ gắn với Luật Cán bộ; Quy định số 08-QĐi/TW về trách nhiệm nêu gương và Nghị quyết liên tịch số 01-NQLT/TW; ' +
          'Kết luận số 21-KL/TW về xây dựng Đảng, với Quyết định số 99-QĐ/TW.',
      );
      assert.deepStrictEqual(cs.map((c) => [c.code, c.subject]), [
        ['05-CT/TW', 'đẩy mạnh học tập và làm theo tư tưởng, đạo đức'],
        ['12-KH/TU', 'công tác cán bộ'],
        ['08-QĐi/TW', 'trách nhiệm nêu gương'],
        ['01-NQLT/TW', null],
        ['21-KL/TW', 'xây dựng Đảng'],
        ['99-QĐ/TW', null],
      ]);
    });

    it('keeps a title whole where its verbs belong to it: a ground\'s line, the parties after "giữa", a causative\'s complement', () => {
      for (const [sentence, subject] of [
        ['Căn cứ Nghị quyết số 08/2021/NQ-HĐND về chính sách hỗ trợ đối với cán bộ, công chức được tăng cường, luân chuyển về cơ sở;', 'chính sách hỗ trợ đối với cán bộ, công chức được tăng cường, luân chuyển về cơ sở'],
        ['Căn cứ Kế hoạch số 20-KH/TU về rà soát, hệ thống hóa các văn bản đã ban hành của Tỉnh ủy;', 'rà soát, hệ thống hóa các văn bản đã ban hành của Tỉnh ủy'],
        ['Căn cứ Nghị quyết số 02/2022/NQ-HĐND về chính sách hỗ trợ các hộ nghèo, hộ cận nghèo được triển khai trên địa bàn tỉnh;', 'chính sách hỗ trợ các hộ nghèo, hộ cận nghèo được triển khai trên địa bàn tỉnh'],
        ['Thực hiện Chương trình phối hợp số 05-CTr/TU về phối hợp giữa Ủy ban Mặt trận Tổ quốc tỉnh, Sở Nội vụ tổ chức lấy ý kiến nhân dân;', 'phối hợp giữa Ủy ban Mặt trận Tổ quốc tỉnh, Sở Nội vụ tổ chức lấy ý kiến nhân dân'],
        ['Căn cứ Quy chế số 03-QC/HU về phối hợp giữa Thường trực Huyện ủy, Ban Thường vụ Huyện đoàn trong lãnh đạo, chỉ đạo công tác thanh niên;', 'phối hợp giữa Thường trực Huyện ủy, Ban Thường vụ Huyện đoàn trong lãnh đạo, chỉ đạo công tác thanh niên'],
        ['Thực hiện Kế hoạch số 07-KH/TU về học tập, quán triệt, tuyên truyền đưa Nghị quyết Đại hội XIII của Đảng đi vào cuộc sống.', 'học tập, quán triệt, tuyên truyền đưa Nghị quyết Đại hội XIII của Đảng đi vào cuộc sống'],
        ['Thực hiện Kết luận số 1175-KL/TU về xây dựng thành phố Đà Lạt trở thành đô thị du lịch chất lượng cao.', 'xây dựng thành phố Đà Lạt trở thành đô thị du lịch chất lượng cao'],
        // "trở thành" before the sentence's own clause is the title's.
        ['Thực hiện Nghị quyết số 08-NQ/TW ngày 16/01/2017 của Bộ Chính trị về phát triển du lịch trở thành ngành kinh tế mũi nhọn, Tỉnh ủy ban hành Chương trình hành động số 15-CTr/TU.',
          'phát triển du lịch trở thành ngành kinh tế mũi nhọn'],
        // A sentence with a clause of its own still ends the subject before it.
        ['Căn cứ Nghị quyết số 26-NQ/TW về nông nghiệp, nông dân, nông thôn, tỉnh đã ban hành kế hoạch.', 'nông nghiệp, nông dân, nông thôn'],
        ['Thực hiện Chương trình số 05-CTr/TU về phối hợp giữa các cơ quan, Sở Nội vụ đã ban hành kế hoạch.', 'phối hợp giữa các cơ quan'],
        ['Thực hiện Nghị quyết số 08-NQ/TU về phát triển du lịch, góp phần xây dựng nông thôn mới.', 'phát triển du lịch'],
      ]) {
        assert.strictEqual(citations(sentence)[0].subject, subject, sentence);
      }
    });

    it('ends a title before a clause once the parties after "giữa" are named, and before "góp phần" or a predicate no causative governs', () => {
      for (const [sentence, subject] of [
        ['Thực hiện Chỉ thị số 30-CT/TU ngày 15/7/2022 của Ban Thường vụ Tỉnh ủy về tăng cường mối quan hệ mật thiết giữa Đảng với Nhân dân, Ban Thường vụ Huyện ủy ban hành Kế hoạch số 45-KH/HU.', 'tăng cường mối quan hệ mật thiết giữa Đảng với Nhân dân'],
        ['Quán triệt Kết luận số 05-KL/TU ngày 2/3/2023 của Tỉnh ủy về sơ kết giữa nhiệm kỳ Đại hội Đảng bộ tỉnh, các cấp ủy tổ chức đánh giá nghiêm túc.', 'sơ kết giữa nhiệm kỳ Đại hội Đảng bộ tỉnh'],
        ['Thực hiện Quy chế số 03-QC/TU ngày 10/2/2022 của Tỉnh ủy về phối hợp giữa Ban Tuyên giáo Tỉnh ủy với Sở Thông tin và Truyền thông, Sở Thông tin và Truyền thông chủ trì tổ chức giao ban báo chí hằng tháng.',
          'phối hợp giữa Ban Tuyên giáo Tỉnh ủy với Sở Thông tin và Truyền thông'],
        ['Thực hiện Quy chế số 08-QC/HU ngày 3/3/2022 của Huyện ủy về phối hợp giữa Thường trực Huyện ủy, Ban Thường vụ Huyện đoàn trong chỉ đạo công tác thanh niên, Ban Thường vụ Huyện đoàn tổ chức đối thoại.',
          'phối hợp giữa Thường trực Huyện ủy, Ban Thường vụ Huyện đoàn trong chỉ đạo công tác thanh niên'],
        ['Sau 3 năm thực hiện Nghị quyết số 05-NQ/TU ngày 12/3/2020 của Tỉnh ủy về xây dựng tổ chức cơ sở Đảng trong sạch vững mạnh góp phần nâng cao năng lực lãnh đạo của các chi bộ.', 'xây dựng tổ chức cơ sở Đảng trong sạch vững mạnh'],
        ['Việc thực hiện Chỉ thị số 12-CT/TU ngày 5/6/2019 của Ban Thường vụ Tỉnh ủy về xây dựng gia đình văn hóa theo tư tưởng Hồ Chí Minh trở thành phong trào rộng khắp trong Nhân dân.', 'xây dựng gia đình văn hóa theo tư tưởng Hồ Chí Minh'],
        ['Thực hiện Chỉ thị số 05-CT/TW về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, trở thành việc làm thường xuyên, các chi bộ đã tổ chức sinh hoạt.', 'học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh'],
        ['Kết quả thực hiện Kế hoạch số 20-KH/HU của Huyện ủy về xây dựng xã Giao Thiện đạt chuẩn nông thôn mới kiểu mẫu góp phần thay đổi diện mạo nông thôn.', 'xây dựng xã Giao Thiện đạt chuẩn nông thôn mới kiểu mẫu'],
        ['Công tác tuyên truyền Nghị quyết số 07-NQ/HU ngày 20/4/2021 của Huyện ủy về đưa cơ giới hóa vào sản xuất nông nghiệp góp phần nâng cao thu nhập cho nông dân.', 'đưa cơ giới hóa vào sản xuất nông nghiệp'],
        ['Thực hiện Kế hoạch số 12-KH/TU về phối hợp giữa Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội, Sở Nội vụ tổ chức tập huấn.', 'phối hợp giữa Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội'],
      ]) {
        assert.strictEqual(citations(sentence)[0].subject, subject, sentence);
      }
    });

    it('ends a title before the next clause of a body named with a comma, of a short list after "các", or of a body that chairs or advises', () => {
      for (const [sentence, subject] of [
        ['Căn cứ Đề án số 06-ĐA/TU về phát triển kinh tế ban đêm, Sở Văn hóa, Thể thao và Du lịch chủ trì thực hiện.', 'phát triển kinh tế ban đêm'],
        ['Thực hiện Kế hoạch số 45-KH/TU về tổ chức các hoạt động kỷ niệm 95 năm Ngày thành lập Đảng, các cơ quan, đơn vị tổ chức treo cờ.', 'tổ chức các hoạt động kỷ niệm 95 năm Ngày thành lập Đảng'],
        // The comma inside the title stays in it.
        ['Thực hiện Nghị quyết số 09-NQ/TU về xây dựng đội ngũ cán bộ, nhất là cán bộ chủ chốt các cấp, Ban Tổ chức Tỉnh ủy tham mưu.', 'xây dựng đội ngũ cán bộ, nhất là cán bộ chủ chốt các cấp'],
        // A second body after the comma is a clause of its own, not the name's.
        ['Thực hiện Quy chế số 03-QC/TU về phối hợp giữa Ban Tuyên giáo Tỉnh ủy, Sở Văn hóa, Thể thao và Du lịch trong quản lý báo chí, Sở Thông tin và Truyền thông đã ban hành kế hoạch.',
          'phối hợp giữa Ban Tuyên giáo Tỉnh ủy, Sở Văn hóa, Thể thao và Du lịch trong quản lý báo chí'],
      ]) {
        assert.strictEqual(citations(sentence)[0].subject, subject, sentence);
      }
    });

    it('ends a title before the body or meeting that adopted the document, not before "thông qua" meaning "by means of"', () => {
      for (const [sentence, subject] of [
        ['Thực hiện Nghị quyết số 27-NQ/TW về tiếp tục xây dựng và hoàn thiện Nhà nước pháp quyền xã hội chủ nghĩa Việt Nam trong giai đoạn mới đã được Hội nghị Trung ương 6 thông qua.',
          'tiếp tục xây dựng và hoàn thiện Nhà nước pháp quyền xã hội chủ nghĩa Việt Nam trong giai đoạn mới'],
        ['Luật số 31/2024/QH15 về đất đai được Quốc hội khóa XV thông qua ngày 18/1/2024 có hiệu lực từ ngày 1/8/2024.', 'đất đai'],
        ['Thực hiện Nghị quyết số 12-NQ/TU về chính sách đối với hộ nghèo được Nhà nước hỗ trợ thông qua Ngân hàng Chính sách xã hội, các xã đã rà soát.',
          'chính sách đối với hộ nghèo được Nhà nước hỗ trợ thông qua Ngân hàng Chính sách xã hội'],
      ]) {
        assert.strictEqual(citations(sentence)[0].subject, subject, sentence);
      }
    });

    it('gives a date behind a comma to the event a body\'s clause tells of after it, in a "Sau N năm" or a report\'s "Căn cứ" sentence too', () => {
      for (const sentence of [
        'Sau 5 năm thực hiện Nghị quyết số 05-NQ/TU của Tỉnh ủy, ngày 20/3/2023, Ban Thường vụ Huyện ủy tổ chức Hội nghị sơ kết.',
        'Qua 3 năm triển khai Chỉ thị số 15-CT/TU của Ban Thường vụ Tỉnh ủy, ngày 15/6/2023, Huyện ủy Giao Thủy tổ chức hội nghị tổng kết.',
        'Sau hơn 2 năm thực hiện Kết luận số 21-KL/TW của Ban Chấp hành Trung ương, ngày 10/1/2024, Đảng ủy Khối tổ chức sơ kết.',
        'Căn cứ Hướng dẫn số 12-HD/BTCTW của Ban Tổ chức Trung ương, ngày 20/3/2023, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 10-KH/TU để triển khai.',
        // Issuing another numbered document is a new act, its subject left unsaid.
        'Ban Thường vụ Huyện ủy luôn chủ động trong lãnh đạo. Thực hiện Kế hoạch số 35-KH/TU của Tỉnh ủy, ngày 20/4/2023, ban hành Kế hoạch số 40-KH/HU để triển khai.',
      ]) {
        assert.strictEqual(citations(sentence)[0].date, null, sentence);
      }
      // A result is no event: the date is the document's.
      assert.strictEqual(citations('Sau 2 năm thực hiện Nghị quyết số 05-NQ/TU của Tỉnh ủy, ngày 12/3/2021, Đảng bộ tỉnh đã đạt nhiều kết quả quan trọng.')[0].date, '2021-03-12');
      // A ground's line ending in ";" has no clause of its own.
      assert.strictEqual(citations('Căn cứ Quy định số 22-QĐ/TW của Ban Chấp hành Trung ương, ngày 28/7/2021, về công tác kiểm tra, giám sát và kỷ luật của Đảng;')[0].date, '2021-07-28');
      assert.strictEqual(citations('Căn cứ Hướng dẫn số 02-HD/UBKTTW của Ủy ban Kiểm tra Trung ương, ngày 9/12/2021, hướng dẫn thực hiện một số điều trong Quy định số 22-QĐ/TW;')[0].date, '2021-12-09');
    });

    it('gives a day-month behind a comma right after the code to the clause it opens, not to the document', () => {
      const read = (dateline: string, line: string) => run(`10:00, ${dateline}\n${line}`).entities
        .filter((e) => e.kind === 'citation' || (e.kind === 'date' && !e.dateline))
        .map((e) => (e.kind === 'citation' ? [e.code, e.date, e.terms] : e.kind === 'date' ? [e.text, e.iso] : []));
      // The coming 5 January, not a plan of the year about to end.
      assert.deepStrictEqual(read('28/12/2023', 'Thực hiện Kế hoạch số 99-KH/TU, ngày 5/1 tới Tỉnh ủy tổ chức hội nghị tổng kết.'), [
        ['99-KH/TU', null, []], ['5/1', '2024-01-05'],
      ]);
      // Tomorrow's meeting, not the catalogue's 12-NQ/TW of 16 January 2012 (whose term the code alone still gives).
      assert.deepStrictEqual(read('15/01/2024', 'Hội nghị quán triệt Nghị quyết số 12-NQ/TW, ngày 16/1 Đảng ủy Công an tỉnh tổ chức.'), [
        ['12-NQ/TW', null, ['XI']], ['16/1', '2024-01-16'],
      ]);
      // A directive of another day keeps its term; a ground's sentence that runs on into a clause is timed by the day.
      assert.deepStrictEqual(read('15/01/2024', 'Thực hiện Chỉ thị số 05-CT/TW, ngày 20/1 các chi bộ sẽ sinh hoạt chuyên đề.'), [
        ['05-CT/TW', null, ['XII']], ['20/1', '2024-01-20'],
      ]);
      assert.deepStrictEqual(read('15/01/2024', 'Căn cứ Quyết định số 1234/QĐ-UBND, ngày 20/1 tỉnh khởi công dự án.'), [
        ['1234/QĐ-UBND', null, []], ['20/1', '2024-01-20'],
      ]);
      // Followed by its issuer, the day is still the document's.
      assert.deepStrictEqual(read('15/01/2024', 'Căn cứ Chỉ thị số 05-CT/TW, ngày 15/5 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.'), [
        ['05-CT/TW', '2016-05-15', ['XII']], ['15/5', '2016-05-15'],
      ]);
      // So by a comma ending the line, as a ground does.
      assert.deepStrictEqual(read('15/01/2024', 'Xét đề nghị của Ban Tuyên giáo Tỉnh ủy về việc sơ kết Chỉ thị số 05-CT/TW, ngày 15/5,\nQUYẾT ĐỊNH:'), [
        ['05-CT/TW', '2016-05-15', ['XII']], ['15/5', '2016-05-15'],
      ]);
    });

    it('gives a citation the date behind a comma that ends its subject with the line, not a date of the subject or of a document in it', () => {
      const fields = (text: string) => citations(text).map((c) => [c.code, c.date, c.subject]);
      assert.deepStrictEqual(fields('Căn cứ Nghị quyết số 21-NQ/TW về tăng cường củng cố tổ chức cơ sở đảng, ngày 16/6/2022;'), [
        ['21-NQ/TW', '2022-06-16', 'tăng cường củng cố tổ chức cơ sở đảng'],
      ]);
      assert.deepStrictEqual(fields('Căn cứ Kế hoạch số 05-KH/TU về tổ chức các hoạt động kỷ niệm ngày 3/2/1930;'), [
        ['05-KH/TU', null, 'tổ chức các hoạt động kỷ niệm ngày 3/2/1930'],
      ]);
      assert.deepStrictEqual(fields('Căn cứ Kế hoạch số 10-KH/TU về thực hiện Nghị quyết số 05-NQ/TU, ngày 12/3/2021;'), [
        ['10-KH/TU', null, 'thực hiện Nghị quyết số 05-NQ/TU, ngày 12/3/2021'],
        ['05-NQ/TU', '2021-03-12', null],
      ]);
    });

    it('reads the date, issuer and subject in a loose order, a date in brackets too', () => {
      const fields = (text: string) => citations(text).map((c) => [c.code, c.date, c.issuer, c.subject]);
      assert.deepStrictEqual(fields('Thực hiện Nghị quyết số 02-NQ/TW của Bộ Chính trị ngày 12/6/2021 về đổi mới tổ chức công đoàn.'), [
        ['02-NQ/TW', '2021-06-12', 'Bộ Chính trị', 'đổi mới tổ chức công đoàn'],
      ]);
      assert.deepStrictEqual(fields('Quán triệt Nghị quyết số 02-NQ/TW (ngày 12/6/2021) của Bộ Chính trị.'), [['02-NQ/TW', '2021-06-12', 'Bộ Chính trị', null]]);
      assert.deepStrictEqual(fields('Nghị quyết số 02-NQ/TW về đổi mới tổ chức công đoàn ngày 12/6/2021 của Bộ Chính trị đã đi vào cuộc sống.'), [
        ['02-NQ/TW', '2021-06-12', 'Bộ Chính trị', 'đổi mới tổ chức công đoàn'],
      ]);
      assert.deepStrictEqual(fields('Quy định số 1968-QĐ/TU về “Tiêu chí đánh giá chất lượng sinh hoạt chi bộ” ngày 21/5/2019 của Tỉnh ủy.'), [
        ['1968-QĐ/TU', '2019-05-21', 'Tỉnh ủy', 'Tiêu chí đánh giá chất lượng sinh hoạt chi bộ'],
      ]);
      // The date and issuer after another document's code inside the subject are that document's.
      const [first] = citations('Thực hiện Chỉ thị số 05-CT/TW về học tập, Huyện ủy đã ban hành Kế hoạch số 12-KH/HU ngày 3/4/2023 của Huyện ủy.');
      assert.deepStrictEqual([first.date, first.issuer], [null, null]);
      // After the issuer, a date behind a comma starts the next clause: it is not the citation's.
      assert.deepStrictEqual(fields('Để triển khai Nghị quyết số 02-NQ/TW của Bộ Chính trị, ngày 15/7/2021 Tỉnh ủy ban hành kế hoạch.'), [
        ['02-NQ/TW', null, 'Bộ Chính trị', null],
      ]);
      assert.deepStrictEqual(fields('Nghị quyết số 02-NQ/TW, ngày 12/6/2021, của Bộ Chính trị.'), [['02-NQ/TW', '2021-06-12', 'Bộ Chính trị', null]]);
      assert.deepStrictEqual(fields('Quán triệt Nghị quyết số 02-NQ/TW của Bộ Chính trị, ngày 12/6/2021, về đổi mới phương thức lãnh đạo của Đảng.'), [
        ['02-NQ/TW', '2021-06-12', 'Bộ Chính trị', 'đổi mới phương thức lãnh đạo của Đảng'],
      ]);
      assert.deepStrictEqual(fields('Căn cứ Quyết định số 1234/QĐ-UBND của Chủ tịch UBND tỉnh, ngày 20/5/2021.'), [['1234/QĐ-UBND', '2021-05-20', 'Chủ tịch UBND tỉnh', null]]);
      // Behind a comma, the citation's date still, unless the next clause's subject follows it.
      assert.deepStrictEqual(fields('Thực hiện Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương, ngày 25/10/2017 và Kết luận số 17-KL/TW.')[0], ['18-NQ/TW', '2017-10-25', 'Ban Chấp hành Trung ương', null]);
      // A date behind a comma that the next clause follows is that clause's.
      for (const sentence of [
        'Thực hiện Nghị quyết số 02-NQ/TW của Bộ Chính trị, ngày 15/7/2021, Tỉnh ủy ban hành Kế hoạch thực hiện.',
        'Thực hiện Nghị quyết số 02-NQ/TW của Bộ Chính trị, ngày 15/7/2021 các huyện ủy đã họp.',
      ]) {
        assert.deepStrictEqual(fields(sentence), [['02-NQ/TW', null, 'Bộ Chính trị', null]], sentence);
      }
      assert.deepStrictEqual(fields('Nghị quyết số 02-NQ/TW của Bộ Chính trị (ngày 12/6/2021).'), [['02-NQ/TW', '2021-06-12', 'Bộ Chính trị', null]]);
      // … but the citation's where no clause can take it: a ground of a decision, a span already timed,
      // what the document does, "đến nay", the next clause's own time, the next document of a list.
      for (const [sentence, date] of [
        ['Căn cứ Quy định số 24-QĐ/TW của Ban Chấp hành Trung ương, ngày 30/7/2021, hướng dẫn thi hành Điều lệ Đảng;', '2021-07-30'],
        ['Căn cứ Thông báo số 30-TB/TU của Thường trực Tỉnh ủy, ngày 10/2/2023, kết luận của đồng chí Bí thư Tỉnh ủy tại buổi làm việc với Huyện ủy;', '2023-02-10'],
        ['Sau 2 năm thực hiện Nghị quyết số 05-NQ/TU của Tỉnh ủy, ngày 12/3/2021, nông nghiệp công nghệ cao của tỉnh phát triển mạnh.', '2021-03-12'],
        ['Thực hiện Quyết định số 1234/QĐ-UBND của UBND tỉnh, ngày 5/6/2021 phê duyệt Đề án sắp xếp đơn vị hành chính, huyện đã hoàn thành.', '2021-06-05'],
        ['Thực hiện Nghị quyết số 05-NQ/TU của Tỉnh ủy, ngày 12/3/2021 đến nay, toàn tỉnh đã phát triển 20.000 ha nông nghiệp công nghệ cao.', '2021-03-12'],
        ['Thực hiện Nghị quyết số 05-NQ/TU của Tỉnh ủy, ngày 12/3/2021, sáng 20/4/2023, Huyện ủy tổ chức hội nghị sơ kết.', '2021-03-12'],
        ['Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị, ngày 15/5/2016, Kết luận số 01-KL/TW của Bộ Chính trị, Tỉnh ủy ban hành kế hoạch.', '2016-05-15'],
      ]) {
        assert.strictEqual(citations(sentence)[0].date, date, sentence);
      }
      // A clause with a subject of its own still takes it.
      for (const sentence of ['Thực hiện Nghị quyết số 02-NQ/TU của Tỉnh ủy, ngày 15/7/2022, huyện đã ban hành kế hoạch.', 'Thực hiện Nghị quyết số 02-NQ/TU của Tỉnh ủy, ngày 15/7/2022, đồng chí Nguyễn Văn Nam chủ trì hội nghị.']) {
        assert.strictEqual(citations(sentence)[0].date, null, sentence);
      }
      // An unquoted subject ends where the sentence's own verb, purpose or clause begins.
      for (const [sentence, subject] of [
        ['Việc học tập Chỉ thị 05-CT/TW về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh tiếp tục được đẩy mạnh, trở thành việc thường xuyên.', 'học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh'],
        ['Thực hiện Nghị quyết số 04-NQ/TW về xây dựng, chỉnh đốn Đảng đã tạo chuyển biến trong nhận thức.', 'xây dựng, chỉnh đốn Đảng'],
        ['Quán triệt Quy định số 37-QĐ/TW về những điều đảng viên không được làm.', 'những điều đảng viên không được làm'],
        ['Theo Chỉ thị số 29-CT/TU về bảo vệ nền tảng tư tưởng của Đảng, Đảng ủy Khối đã ban hành kế hoạch để cụ thể hóa.', 'bảo vệ nền tảng tư tưởng của Đảng'],
        ['Kế hoạch số 12-KH/TU về cải cách hành chính để cụ thể hóa Nghị quyết.', 'cải cách hành chính'],
        ['Quy định số 22-QĐ/TW về công tác kiểm tra, giám sát và kỷ luật của Đảng, Hướng dẫn số 02-HD/UBKTTW.', 'công tác kiểm tra, giám sát và kỷ luật của Đảng'],
        ['Quyết định số 12-QĐ/TU về việc nghỉ hưu để hưởng chế độ bảo hiểm xã hội.', 'việc nghỉ hưu để hưởng chế độ bảo hiểm xã hội'],
        ['Căn cứ Quy định số 41-QĐ/TW ngày 3/11/2021 của Bộ Chính trị về việc miễn nhiệm, từ chức đối với cán bộ, Ban Thường vụ Thành ủy thông báo:', 'việc miễn nhiệm, từ chức đối với cán bộ'],
        ['Nghị quyết số 45/2022/NQ-HĐND về chính sách hỗ trợ phát triển nông nghiệp, nhằm cụ thể hóa Nghị quyết số 08-NQ/TU.', 'chính sách hỗ trợ phát triển nông nghiệp'],
        ['Thực hiện Kế hoạch số 12-KH/TU về tổ chức Đại hội, các chi bộ đã tiến hành đại hội đúng thời gian.', 'tổ chức Đại hội'],
        ['Thực hiện Quy định số 90-QĐ/TW về tiêu chuẩn chức danh cán bộ thuộc diện Ban Chấp hành Trung ương, Bộ Chính trị, Ban Bí thư quản lý, Tỉnh ủy đã rà soát.', 'tiêu chuẩn chức danh cán bộ thuộc diện Ban Chấp hành Trung ương, Bộ Chính trị, Ban Bí thư quản lý'],
        ['Kế hoạch số 15-KH/TU về công tác thi đua, khen thưởng của cấp ủy, các tổ chức đảng, đoàn thể.', 'công tác thi đua, khen thưởng của cấp ủy, các tổ chức đảng, đoàn thể'],
        ['Nghị quyết số 20/2021/NQ-HĐND về hỗ trợ người có công với cách mạng, các hộ đã thoát nghèo.', 'hỗ trợ người có công với cách mạng, các hộ đã thoát nghèo'],
        // Relative clauses and lists of bodies inside a subject stay in it.
        ['Thực hiện Quy định số 214-QĐ/TW về khung tiêu chuẩn chức danh cán bộ thuộc diện Ban Chấp hành Trung ương, Bộ Chính trị, Ban Bí thư quản lý.', 'khung tiêu chuẩn chức danh cán bộ thuộc diện Ban Chấp hành Trung ương, Bộ Chính trị, Ban Bí thư quản lý'],
        ['Theo Quy định số 105-QĐ/TW về việc kết nạp đảng viên đã nghỉ hưu vi phạm.', 'việc kết nạp đảng viên đã nghỉ hưu vi phạm'],
        ['Quyết định số 1234/QĐ-UBND về phê duyệt danh sách hộ nghèo được hỗ trợ nhà ở năm 2021.', 'phê duyệt danh sách hộ nghèo được hỗ trợ nhà ở năm 2021'],
        ['Nghị quyết số 09-NQ/TU về các giải pháp nhằm nâng cao chất lượng sinh hoạt chi bộ.', 'các giải pháp nhằm nâng cao chất lượng sinh hoạt chi bộ'],
        ['Chỉ thị số 12-CT/TU về tăng cường sự lãnh đạo của Đảng, Nhà nước đối với công tác dân tộc đã đạt nhiều kết quả.', 'tăng cường sự lãnh đạo của Đảng, Nhà nước đối với công tác dân tộc'],
      ]) {
        assert.strictEqual(citations(sentence)[0].subject, subject, sentence);
      }
      // A date inside the subject that no issuer follows stays in the subject.
      assert.deepStrictEqual(fields('Kế hoạch số 15-KH/TU về kỷ niệm ngày 3/2/1930 và các ngày lễ lớn.'), [
        ['15-KH/TU', null, null, 'kỷ niệm ngày 3/2/1930 và các ngày lễ lớn'],
      ]);
    });

    it('keeps Vietnamese letters in issuer codes (ĐUK, BTGTU) and stops the issuer at "về"', () => {
      const cs = citations('Quán triệt Kết luận số 14-KL/ĐUK của Đảng ủy Khối Doanh nghiệp tỉnh về công tác cán bộ và Hướng dẫn 09-HD/BTGTU.');
      assert.deepStrictEqual(cs.map((c) => c.code), ['14-KL/ĐUK', '09-HD/BTGTU']);
      assert.strictEqual(cs[0].issuer, 'Đảng ủy Khối Doanh nghiệp tỉnh');
      assert.strictEqual(cs[0].subject, 'công tác cán bộ');
      assert.strictEqual(cs[1].type, 'Hướng dẫn');
    });

    it('tells Quy định from Quyết định by the word before QĐ', () => {
      const cs = citations('Theo Quy định số 22-QĐ/TW và Quyết định số 99-QĐ/TU, Tỉnh ủy đã kiện toàn nhân sự.');
      assert.deepStrictEqual(cs.map((c) => [c.type, c.typeCode, c.key]), [
        ['Quy định', 'QĐ', '22-QĐ/TW'],
        ['Quyết định', 'QĐ', '99-QĐ/TU'],
      ]);
    });

    it('groups type-code variants and leading zeros under one key', () => {
      const cs = citations('Quy định 8-QĐi/TW; Quy định số 08-QyĐ/TW; Quy định 008-QĐ/TW.');
      assert.deepStrictEqual(cs.map((c) => c.key), ['08-QĐ/TW', '08-QĐ/TW', '08-QĐ/TW']);
      assert.deepStrictEqual(cs.map((c) => c.code), ['8-QĐi/TW', '08-QyĐ/TW', '008-QĐ/TW']);
    });

    it('reads a two-part type word ("Thông báo kết luận")', () => {
      const [c] = citations('Theo Thông báo kết luận số 45-TB/TU ngày 9/9/2023 của Thường trực Tỉnh ủy, các ngành rà soát.');
      assert.deepStrictEqual([c.text, c.type, c.typeCode, c.issuer], ['Thông báo kết luận số 45-TB/TU', 'Thông báo kết luận', 'TB', 'Thường trực Tỉnh ủy']);
    });

    it('keeps a code without a type word as a citation, typed by an unambiguous type code only', () => {
      const cs = citations('Căn cứ 21-KL/TW, 3-CTr/HU và 19-TTr/BCSĐ; rà soát 40-QĐ/TU, 117/QĐ-UBND và 9-XY/TU.');
      assert.deepStrictEqual(cs.map((c) => [c.text, c.type]), [
        ['21-KL/TW', 'Kết luận'], ['3-CTr/HU', 'Chương trình'], ['19-TTr/BCSĐ', 'Tờ trình'],
        // QĐ is Quy định or Quyết định in Party codes; a State QĐ is a Quyết định.
        ['40-QĐ/TU', null], ['117/QĐ-UBND', 'Quyết định'], ['9-XY/TU', null],
      ]);
    });

    it('reads a fixed qualifier between the type word and the code as part of the text, not the type', () => {
      const cs = citations('Ban hành Chương trình hành động số 12-CTr/HU ngày 3/4/2024 và Kế hoạch phối hợp số 5-KH/ĐTN của Huyện ủy; Nghị quyết chuyên đề số 2-NQ/HU.');
      assert.deepStrictEqual(cs.map((c) => [c.text, c.type, c.date]), [
        ['Chương trình hành động số 12-CTr/HU', 'Chương trình', '2024-04-03'],
        ['Kế hoạch phối hợp số 5-KH/ĐTN', 'Kế hoạch', null],
        ['Nghị quyết chuyên đề số 2-NQ/HU', 'Nghị quyết', null],
      ]);
      // Any other words between them break the link.
      assert.strictEqual(citations('Kế hoạch tuyên truyền năm nay theo 7-KH/TU.')[0].text, '7-KH/TU');
    });

    it('takes a meeting, a Party body of the State and a term into the issuer', () => {
      const cs = citations(
        'Thực hiện Kết luận số 3-KL/TW ngày 2/3/2024 của Hội nghị lần thứ chín Ban Chấp hành Trung ương Đảng khóa XIII về công tác cán bộ; ' +
          'Tờ trình số 40-TTr/BCSĐ của Ban cán sự đảng Ủy ban nhân dân thành phố; Tờ trình số 7-TTr/ĐĐ của Đảng đoàn Hội đồng nhân dân tỉnh; ' +
          'Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương khoá XII về tinh gọn bộ máy; ' +
          'Nghị quyết số 3-NQ/ĐH của Đại hội Đảng bộ huyện lần thứ XXI.',
      );
      assert.deepStrictEqual(cs.map((c) => c.issuer), [
        'Hội nghị lần thứ chín Ban Chấp hành Trung ương Đảng khóa XIII',
        'Ban cán sự đảng Ủy ban nhân dân thành phố',
        'Đảng đoàn Hội đồng nhân dân tỉnh',
        'Ban Chấp hành Trung ương khoá XII',
        'Đại hội Đảng bộ huyện lần thứ XXI',
      ]);
      assert.strictEqual(cs[3].subject, 'tinh gọn bộ máy');
    });

    it('takes a meeting right after the date as the issuer without "của", and no meeting that opens the next clause', () => {
      const fields = (text: string) => citations(text).map((c) => [c.code, c.date, c.issuer, c.subject]);
      assert.deepStrictEqual(
        fields('Thực hiện Kết luận số 21-KL/TW ngày 25/10/2021 Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII về đẩy mạnh xây dựng, chỉnh đốn Đảng;'),
        [['21-KL/TW', '2021-10-25', 'Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII', 'đẩy mạnh xây dựng, chỉnh đốn Đảng']],
      );
      assert.deepStrictEqual(fields('Căn cứ Nghị quyết số 21-NQ/TW ngày 16/6/2022 Hội nghị Trung ương 5 về tăng cường củng cố tổ chức cơ sở đảng;'), [
        ['21-NQ/TW', '2022-06-16', 'Hội nghị Trung ương 5', 'tăng cường củng cố tổ chức cơ sở đảng'],
      ]);
      assert.deepStrictEqual(fields('Thực hiện Kết luận số 21-KL/TW ngày 25/10/2021, Hội nghị lần thứ năm Ban Chấp hành Đảng bộ tỉnh đã thảo luận.'), [
        ['21-KL/TW', '2021-10-25', null, null],
      ]);
    });

    it('reads who issued a document and when from "được <body> ban hành ngày …" right after its code, and nothing from another passive', () => {
      const fields = (text: string) => citations(text).map((c) => [c.code, c.date, c.issuer]);
      assert.deepStrictEqual(fields('Nghị quyết số 05-NQ/TU được Ban Chấp hành Đảng bộ tỉnh ban hành ngày 12/3/2021.'), [['05-NQ/TU', '2021-03-12', 'Ban Chấp hành Đảng bộ tỉnh']]);
      assert.deepStrictEqual(fields('Chỉ thị số 05-CT/TW đã được Bộ Chính trị ban hành ngày 15 tháng 5 năm 2016 để đẩy mạnh học tập.'), [['05-CT/TW', '2016-05-15', 'Bộ Chính trị']]);
      assert.deepStrictEqual(fields('Nghị quyết số 05-NQ/TU được Đảng bộ tỉnh triển khai từ ngày 12/3/2021.'), [['05-NQ/TU', null, null]]);
      // A headline saying so is no title of the document.
      assert.strictEqual(run('Nghị quyết số 05-NQ/TU được Tỉnh ủy ban hành ngày 12/3/2021\n\nNội dung nghị quyết.').info.ownCode, null);
    });

    it('does not read "các khóa" after a plenum as one document', () => {
      const cs = citations('Tiếp tục thực hiện Nghị quyết Trung ương 4 các khóa và Nghị quyết Trung ương 6 khóa XII về y tế.');
      assert.deepStrictEqual(cs.map((c) => c.text), ['Nghị quyết Trung ương 6 khóa XII']);
    });

    it('reads the term of a plenum after a dash as after a comma or a bracket: one document', () => {
      for (const sep of [', ', ' (', ' - ', ' \u2013 ', ' \u2014 ', '-']) {
        const cs = citations(`Thực hiện Nghị quyết Trung ương 4${sep}khóa XII${sep === ' (' ? ')' : ''} về xây dựng Đảng.`);
        assert.deepStrictEqual(cs.map((c) => c.key), ['04-NQ/TW'], JSON.stringify(sep));
      }
      const local = citations('Thực hiện Nghị quyết Hội nghị Tỉnh ủy lần thứ 7 \u2013 khóa XX về chuyển đổi số.');
      assert.deepStrictEqual(local.map((c) => c.key), ['NQ:HN7:ĐB:tỉnh:XX']);
    });

    it('gives the type of a list to the codes that follow it', () => {
      const cs = citations('Thực hiện các Nghị quyết số 18-NQ/TW, 19-NQ/TW và 20-NQ/TW của Trung ương.');
      assert.deepStrictEqual(cs.map((c) => [c.text, c.type]), [
        ['Nghị quyết số 18-NQ/TW', 'Nghị quyết'],
        ['19-NQ/TW', 'Nghị quyết'],
        ['20-NQ/TW', 'Nghị quyết'],
      ]);
    });

    it('reads a spelled-out date after the code', () => {
      const [c] = citations('Chỉ thị số 35-CT/TW ngày 30 tháng 5 năm 2019 của Bộ Chính trị về đại hội đảng bộ các cấp.');
      assert.strictEqual(c.date, '2019-05-30');
      assert.strictEqual(c.issuer, 'Bộ Chính trị');
    });

    it('gives Central Committee terms from the date of a TW document', () => {
      const cs = citations('Nghị quyết số 12-NQ/TW ngày 16/1/2012 khác Nghị quyết số 12-NQ/TW ngày 16/3/2022.');
      assert.deepStrictEqual(cs.map((c) => c.terms), [['XI'], ['XIII']]);
      assert.strictEqual(cs[0].key, cs[1].key);
    });

    it('gives a document cited by its day-month the catalogue\'s date of that day, and no year the text guesses', () => {
      const ground = (date: string, line: string) =>
        citations(`TỈNH ỦY NAM ĐỊNH\nSố 700-QĐ/TU\nNam Định, ${date}\n\nQUYẾT ĐỊNH\nthành lập Đoàn kiểm tra\n\n${line}`).slice(1).map((c) => [c.code, c.date, c.issuer]);
      // The year of a local document is the engine's guess, which the citation would pass off as written.
      assert.deepStrictEqual(ground('ngày 10 tháng 1 năm 2023', 'Căn cứ Công văn số 120-CV/TU ngày 5/1 của Văn phòng Tỉnh ủy về việc chuẩn bị Hội nghị;'), [['120-CV/TU', null, 'Văn phòng Tỉnh ủy']]);
      assert.deepStrictEqual(ground('ngày 5 tháng 1 năm 2024', 'Căn cứ Kế hoạch số 150-KH/TU, ngày 20/12 của Ban Thường vụ Tỉnh ủy;'), [['150-KH/TU', null, 'Ban Thường vụ Tỉnh ủy']]);
      const news = (line: string) => citations(`08:30, Thứ Năm, 15-06-2023\n${line}`).map((c) => [c.code, c.date, c.terms]);
      // A Central document is cited for years: a year guessed is no date of it (nor a term).
      assert.deepStrictEqual(news('Thực hiện Kết luận số 50-KL/TW ngày 5/1 của Ban Bí thư, Huyện ủy đã ban hành kế hoạch.'), [['50-KL/TW', null, []]]);
      // The catalogue knows the year of "Chỉ thị 05-CT/TW" of 15 May; another day is none of its dates.
      assert.deepStrictEqual(news('Quán triệt Chỉ thị số 05-CT/TW ngày 15/5 của Bộ Chính trị, Huyện ủy đã ban hành kế hoạch.'), [['05-CT/TW', '2016-05-15', ['XII']]]);
      assert.deepStrictEqual(news('Quán triệt Chỉ thị số 05-CT/TW ngày 20/5 của Bộ Chính trị, Huyện ủy đã ban hành kế hoạch.')[0].slice(0, 2), ['05-CT/TW', null]);
    });

    it('gives a Central document cited by its day-month no year the text guesses, nor its term', () => {
      const cited = (text: string) => run(text).entities
        .filter((e) => e.kind === 'citation' || (e.kind === 'date' && !e.dateline))
        .map((e) => (e.kind === 'citation' ? [e.code, e.date, e.terms] : e.kind === 'date' ? [e.text, e.iso, e.inferred] : []));
      // The 2017 resolution of khóa XII, cited in 2022: the day keeps the year the text's date suggests.
      assert.deepStrictEqual(cited('10:00, 15/12/2022\nSáng 15/12, Tỉnh ủy tổng kết 5 năm thực hiện Nghị quyết số 18-NQ/TW ngày 25/10 của Ban Chấp hành Trung ương Đảng khóa XII về tổ chức bộ máy.'), [
        ['15/12', '2022-12-15', true], ['18-NQ/TW', null, []], ['25/10', '2022-10-25', true],
      ]);
      // The Politburo's directive of 2019, cited in 2024.
      assert.deepStrictEqual(cited('10:00, 15/01/2024\nSáng 15/1, Tỉnh ủy quán triệt Chỉ thị số 35-CT/TW ngày 30/5 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội XIII của Đảng.'), [
        ['15/1', '2024-01-15', true], ['35-CT/TW', null, []], ['30/5', '2023-05-30', true],
      ]);
    });

    it('does not split a Central code in the corpus by a year guessed for its day-month', () => {
      const index = new CorpusIndex();
      index.set('nq18-2017.txt', 'Ngày 25/10/2017, Hội nghị Trung ương 6 khóa XII ban hành Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII về một số vấn đề tiếp tục đổi mới, sắp xếp tổ chức bộ máy.');
      index.set('tong-ket-2022.txt', '10:00, 15/12/2022\nSáng 15/12, Tỉnh ủy tổ chức Hội nghị tổng kết 5 năm thực hiện Nghị quyết số 18-NQ/TW ngày 25/10 của Ban Chấp hành Trung ương Đảng khóa XII về một số vấn đề tiếp tục đổi mới, sắp xếp tổ chức bộ máy.');
      assert.ok(!index.isSplit('18-NQ/TW'));
      assert.deepStrictEqual(index.termsOf('18-NQ/TW'), ['XII']);
      assert.deepStrictEqual(index.conflictsOf('18-NQ/TW'), []);
      assert.deepStrictEqual(index.referencesOf('18-NQ/TW').map((m) => m.uri), ['nq18-2017.txt', 'tong-ket-2022.txt']);
    });

    it('gives no catalogue term to a citation whose day-month is not the catalogued document\'s', () => {
      const news = (date: string, line: string) => citations(`10:00, ${date}\n${line}`).map((c) => [c.code, c.date, c.terms]);
      // The catalogue's 12-NQ/TW is of 16/01/2012 (khóa XI); this one is the Politburo's of 16 March 2022.
      assert.deepStrictEqual(news('20/04/2022', 'Đảng ủy Công an tỉnh quán triệt Nghị quyết số 12-NQ/TW ngày 16/3 của Bộ Chính trị.'), [['12-NQ/TW', null, []]]);
      // So the corpus files it with neither of the two documents of its code.
      const index = new CorpusIndex();
      index.set('nq12-2012.txt', 'Hội nghị Trung ương 4 khóa XI ban hành Nghị quyết số 12-NQ/TW ngày 16/1/2012 về một số vấn đề cấp bách về xây dựng Đảng hiện nay.');
      index.set('nq12-2022.txt', 'Bộ Chính trị ban hành Nghị quyết số 12-NQ/TW ngày 16/3/2022 về đẩy mạnh xây dựng lực lượng Công an nhân dân.');
      index.set('quan-triet.txt', '10:00, 20/04/2022\nĐảng ủy Công an tỉnh quán triệt Nghị quyết số 12-NQ/TW ngày 16/3 của Bộ Chính trị.');
      const [mention] = index.mentionsIn('quan-triet.txt').filter((m) => m.entity.kind === 'citation');
      assert.deepStrictEqual(index.keysOf(mention), ['12-NQ/TW']);
    });

    it('gives the day-month of a catalogued document the year of the catalogue, in its date tag too', () => {
      const r = run('10:00, 15/01/2024\nCăn cứ Chỉ thị số 05-CT/TW ngày 15/5 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.');
      const [c] = r.entities.filter((e): e is CitationEntity => e.kind === 'citation');
      const day = r.entities.find((e): e is DateEntity => e.kind === 'date' && e.text === '15/5');
      assert.strictEqual(c.date, '2016-05-15');
      assert.deepStrictEqual(day && [day.iso, day.key, day.inferred], ['2016-05-15', '2016-05-15', true]);
    });

    it('dates the day-month of a document a text cites no later than the text, give or take a few days, in the day\'s tag only', () => {
      const cited = (text: string) => run(text).entities
        .filter((e) => e.kind === 'citation' || (e.kind === 'date' && !e.dateline && e.inferred))
        .map((e) => (e.kind === 'citation' ? [e.code, e.date] : e.kind === 'date' ? [e.text, e.iso] : []));
      // A month after the article's is the year before's.
      assert.deepStrictEqual(cited('10:00, 15/01/2024\nThực hiện Công văn số 99-CV/TU ngày 16/2 của Văn phòng Tỉnh ủy, các cơ quan đã báo cáo.'), [
        ['99-CV/TU', null], ['16/2', '2023-02-16'],
      ]);
      // A few days after it is a dateline a little off, not a year back.
      assert.deepStrictEqual(cited('09:00, 30/12/2023\nHuyện ủy ban hành Kế hoạch số 88-KH/HU ngày 31/12 về tổng kết năm.'), [
        ['88-KH/HU', null], ['31/12', '2023-12-31'],
      ]);
      assert.deepStrictEqual(cited('10:00, 15/01/2024\nTheo Giấy mời số 05-GM/TU ngày 20/1, các đồng chí dự hội nghị.'), [
        ['05-GM/TU', null], ['20/1', '2024-01-20'],
      ]);
      // A document still to come is dated ahead.
      assert.deepStrictEqual(cited('10:00, 15/01/2024\nKế hoạch số 150-KH/TU ngày 20/3 sẽ được ban hành sau hội nghị.'), [
        ['150-KH/TU', null], ['20/3', '2024-03-20'],
      ]);
      // Nor when its issuing or adoption is to come, by whomever.
      assert.deepStrictEqual(cited('10:00, 15/01/2024\nKế hoạch số 15-KH/TU ngày 20/3 sẽ được Tỉnh ủy ban hành.'), [['15-KH/TU', null], ['20/3', '2024-03-20']]);
      assert.deepStrictEqual(cited('10:00, 15/01/2024\nKế hoạch số 15-KH/TU ngày 20/3 dự kiến ban hành.'), [['15-KH/TU', null], ['20/3', '2024-03-20']]);
      assert.deepStrictEqual(cited('10:00, 15/01/2024\nKế hoạch số 15-KH/TU ngày 20/3 sẽ được thông qua tại hội nghị.'), [['15-KH/TU', null], ['20/3', '2024-03-20']]);
      assert.deepStrictEqual(cited('10:00, 15/01/2024\nQuy định số 20-QĐ/TU ngày 10/12 sẽ sớm được ban hành.'), [['20-QĐ/TU', null], ['10/12', '2024-12-10']]);
      // What is done through it, or a roadmap, is not its issuing.
      assert.deepStrictEqual(cited('10:00, 15/01/2024\nKế hoạch số 12-KH/HU ngày 5/10 sẽ được phổ biến thông qua hệ thống loa truyền thanh.'), [['12-KH/HU', null], ['5/10', '2023-10-05']]);
      assert.deepStrictEqual(cited('10:00, 15/01/2024\nKế hoạch số 12-KH/HU ngày 5/10 sẽ được trình bày tại hội nghị.'), [['12-KH/HU', null], ['5/10', '2023-10-05']]);
      // "tới" that is not "coming": "… ngày 20/3 tới các huyện ủy" (sent to them).
      assert.deepStrictEqual(cited('10:00, 15/01/2024\nCông văn số 5-CV/TU ngày 20/3 tới các huyện ủy đã được triển khai.'), [['5-CV/TU', null], ['20/3', '2023-03-20']]);
      // What is to be done with a document issued already is no sign that the document is to come.
      assert.deepStrictEqual(cited('08:30, 05/02/2024\nTheo Thông báo số 15-TB/TU ngày 20/12, dự kiến tháng 3 sẽ tổ chức hội nghị.'), [
        ['15-TB/TU', null], ['20/12', '2023-12-20'],
      ]);
      assert.deepStrictEqual(cited('10:00, 15/01/2024\nKế hoạch số 12-KH/HU ngày 5/10 sẽ được triển khai trong quý I năm 2024.'), [
        ['12-KH/HU', null], ['5/10', '2023-10-05'],
      ]);
      assert.deepStrictEqual(cited('02/01/2024 08:00\nThực hiện Công văn số 77-CV/TU ngày 28/12 sẽ triển khai trong tháng 1.'), [
        ['77-CV/TU', null], ['28/12', '2023-12-28'],
      ]);
      assert.deepStrictEqual(cited('10:00, 15/01/2024\nThực hiện Kế hoạch số 12-KH/HU ngày 5/10, tới đây các chi bộ sẽ tổ chức học tập.'), [
        ['12-KH/HU', null], ['5/10', '2023-10-05'],
      ]);
      // Without a dateline, the text is of its latest date or after: a plan of December is the year before's.
      assert.deepStrictEqual(cited('Ngày 15/1/2024, Ban Thường vụ Tỉnh ủy tổ chức hội nghị triển khai nhiệm vụ năm 2024. Căn cứ Kế hoạch số 120-KH/TU ngày 25/12 của Tỉnh ủy, các huyện ủy xây dựng chương trình.'), [
        ['120-KH/TU', null], ['25/12', '2023-12-25'],
      ]);
      // The article's own day is the document's.
      assert.deepStrictEqual(cited('10:00, 15/01/2024\nThực hiện Công văn số 98-CV/TU ngày 15/1 của Văn phòng Tỉnh ủy, các cơ quan đã báo cáo.'), [
        ['98-CV/TU', null], ['15/1', '2024-01-15'],
      ]);
    });

    it('gives the written date of a ground ending in a comma to the document it cites', () => {
      const dated = (text: string) => run(text).entities.filter((e): e is CitationEntity => e.kind === 'citation').map((e) => [e.code, e.date]);
      assert.deepStrictEqual(dated('Căn cứ Quyết định số 1234/QĐ-UBND của UBND tỉnh, ngày 20/1/2024 do đồng chí Chủ tịch ký,\nXét đề nghị của Sở Nội vụ,'), [
        ['1234/QĐ-UBND', '2024-01-20'],
      ]);
      assert.deepStrictEqual(dated('Căn cứ Quy định số 37-QĐ/TW của Ban Chấp hành Trung ương, ngày 25/10/2021 thay thế Quy định số 47-QĐ/TW,\nTheo đề nghị của Ban Tổ chức Tỉnh ủy,')[0], [
        '37-QĐ/TW', '2021-10-25',
      ]);
      assert.deepStrictEqual(dated('Căn cứ Quy định số 37-QĐ/TW của Ban Chấp hành Trung ương, ngày 25/10/2021 thay thế Quy định số 47-QĐ/TW,\nBAN THƯỜNG VỤ TỈNH ỦY QUYẾT ĐỊNH:')[0], [
        '37-QĐ/TW', '2021-10-25',
      ]);
      // Guidance ends its grounds with "… như sau:"; numbered grounds and "Thực hiện Kế hoạch …" are grounds too.
      assert.deepStrictEqual(dated('Căn cứ Quy định số 24-QĐ/TW của Ban Chấp hành Trung ương, ngày 30/7/2021 thi hành Điều lệ Đảng,\nBan Tổ chức Trung ương hướng dẫn một số vấn đề cụ thể như sau:')[0], ['24-QĐ/TW', '2021-07-30']);
      assert.deepStrictEqual(dated('1. Căn cứ Quyết định số 500-QĐ/TU của Tỉnh ủy, ngày 20/3/2023 thành lập Ban Chỉ đạo,\n2. Căn cứ Quy định số 37-QĐ/TW của Ban Chấp hành Trung ương;')[0], ['500-QĐ/TU', '2023-03-20']);
      // Nor is a report's next line that opens with "Theo đó": the date runs on into the event's clause.
      assert.deepStrictEqual(dated('Căn cứ Quyết định số 1234/QĐ-UBND của UBND tỉnh, ngày 20/1/2024 tỉnh khởi công dự án đường tỉnh 390,\nTheo đó, Ban Quản lý dự án đã bàn giao mặt bằng.'), [['1234/QĐ-UBND', null]]);
      // A report's sentence wrapped after a comma is no ground: its date behind the comma is its event's.
      assert.deepStrictEqual(dated('Căn cứ Chỉ thị số 05-CT/TW của Bộ Chính trị, ngày 10/3/2023, Ban Thường vụ Huyện ủy tổ chức sơ kết,\ncác chi bộ báo cáo kết quả.'), [['05-CT/TW', null]]);
      assert.deepStrictEqual(dated('Căn cứ Nghị quyết số 02-NQ/TW của Bộ Chính trị, ngày 20/1/2024 Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 15-KH/TU,\nBan Tuyên giáo hướng dẫn thực hiện.')[0], ['02-NQ/TW', null]);
      // Not a ground: the date behind the comma times the sentence's own event.
      assert.deepStrictEqual(dated('10:00, 28/12/2023\nThực hiện Kế hoạch số 99-KH/TU, ngày 5/1 Tỉnh ủy tổ chức hội nghị tổng kết,\ncác đồng chí dự.'), [['99-KH/TU', null]]);
    });

    it('reports no second date of a local code cited by its day-month in one file and with its year in another', () => {
      const index = new CorpusIndex();
      index.set('trien-khai.txt', '10:00, 05/01/2024\nThực hiện Kế hoạch số 120-KH/TU ngày 28/12 của Ban Thường vụ Tỉnh ủy, các huyện ủy đã quán triệt.');
      index.set('ke-hoach.txt', 'Kế hoạch số 120-KH/TU ngày 28/12/2022 của Ban Thường vụ Tỉnh ủy về tổ chức đại hội.');
      assert.deepStrictEqual(index.conflictsOf('120-KH/TU'), []);
      assert.deepStrictEqual(index.referencesOf('120-KH/TU').map((m) => m.uri), ['ke-hoach.txt', 'trien-khai.txt']);
    });

    it('does not take a ratio, a range or a date for a code', () => {
      assert.deepStrictEqual(citations('Đạt 22/28 chỉ tiêu, nhiệm kỳ 2020-2025, ngày 15/10/2021.'), []);
    });
  });

  describe('State codes', () => {
    it('reads decrees, laws, decisions and circulars with their year', () => {
      const cs = citations(
        'Căn cứ Nghị định số 34/2019/NĐ-CP, Luật số 65/2020/QH14, Quyết định 2345/QĐ-UBND ngày 5/8/2022 của UBND tỉnh và Thông tư 02/2022/TT-BNV.',
      );
      assert.deepStrictEqual(cs.map((c) => [c.text, c.system, c.key, c.year]), [
        ['Nghị định số 34/2019/NĐ-CP', 'state', '34/2019/NĐ-CP', 2019],
        ['Luật số 65/2020/QH14', 'state', '65/2020/QH14', 2020],
        ['Quyết định 2345/QĐ-UBND', 'state', '2345/QĐ-UBND', null],
        ['Thông tư 02/2022/TT-BNV', 'state', '02/2022/TT-BNV', 2022],
      ]);
      assert.strictEqual(cs[2].date, '2022-08-05');
      assert.strictEqual(cs[2].issuer, 'UBND tỉnh');
      assert.strictEqual(cs[0].typeCode, 'NĐ');
      // A space around the dash, as some texts write it: the same document as without.
      const spaced = citations('Thực hiện Nghị định số 15/2020/NĐ - CP của Chính phủ, Quyết định 1234/QĐ – UBND và Nghị định 15/2020/NĐ-CP.');
      assert.deepStrictEqual(spaced.map((c) => [c.text, c.key, c.typeCode, c.issuerCode]), [
        ['Nghị định số 15/2020/NĐ - CP', '15/2020/NĐ-CP', 'NĐ', 'CP'],
        ['Quyết định 1234/QĐ – UBND', '1234/QĐ-UBND', 'QĐ', 'UBND'],
        ['Nghị định 15/2020/NĐ-CP', '15/2020/NĐ-CP', 'NĐ', 'CP'],
      ]);
      // Ư in an issuer (Trung ương: TƯ; a Party code's keyed as TW), and a Party code run into the next word, its space lost.
      assert.deepStrictEqual(citations('Nghị quyết liên tịch số 09/2008/NQLT-CP-UBTƯMTTQVN và Quyết định 01-QĐ/TƯ.').map((c) => c.key), ['09/2008/NQLT-CP-UBTƯMTTQVN', '01-QĐ/TW']);
      const [joined] = citations('Thực hiện Chỉ thị số 05-CT/TWcủa Bộ Chính trị về học tập.');
      assert.deepStrictEqual([joined.text, joined.key, joined.issuer], ['Chỉ thị số 05-CT/TW', '05-CT/TW', 'Bộ Chính trị']);
      // Letters that are no word after a citation: part of a word that is no code.
      assert.deepStrictEqual(citations('Chỉ thị 05-CT/TWBộ Chính trị; phim 3-D/Hollywood; phòng 302-B/Nhà khách.'), []);
      // Typographic spaces around the dash (em space, medium mathematical space) read as spaces.
      assert.deepStrictEqual(citations('Chỉ thị số 05\u2003-\u2003CT/TW và Nghị định 15/2020/NĐ\u205f-\u205fCP.').map((c) => c.key), ['05-CT/TW', '15/2020/NĐ-CP']);
      // A dash before a word that is no code's is not one ("Thông báo số 12/TB - Văn phòng …").
      assert.deepStrictEqual(citations('Thông báo số 12/TB - Văn phòng Tỉnh ủy gửi các chi bộ.'), []);
      const [ttg, joint] = citations('Theo Quyết định số 1234/QĐ-TTg của Thủ tướng Chính phủ và Thông tư liên tịch số 01/2015/TTLT-BNV-BTC.');
      assert.deepStrictEqual([ttg.code, ttg.issuerCode, ttg.issuer], ['1234/QĐ-TTg', 'TTg', 'Thủ tướng Chính phủ']);
      assert.deepStrictEqual([joint.text, joint.type, joint.issuerCode], ['Thông tư liên tịch số 01/2015/TTLT-BNV-BTC', 'Thông tư liên tịch', 'BNV-BTC']);
      assert.strictEqual(cs[0].issuerCode, 'CP');
    });

    it('reads a law named between its type word and "số" as a law', () => {
      const cs = citations(
        'Quán triệt Luật Doanh nghiệp số 59/2020/QH14, Luật Cán bộ, công chức số 22/2008/QH12 và Luật Phòng, chống tham nhũng số 36/2018/QH14.',
      );
      assert.deepStrictEqual(cs.map((c) => [c.text, c.type, c.key]), [
        ['Luật Doanh nghiệp số 59/2020/QH14', 'Luật', '59/2020/QH14'],
        ['Luật Cán bộ, công chức số 22/2008/QH12', 'Luật', '22/2008/QH12'],
        ['Luật Phòng, chống tham nhũng số 36/2018/QH14', 'Luật', '36/2018/QH14'],
      ]);
      // Only a name and "số": a sentence between a law and a code keeps them apart.
      assert.deepStrictEqual(citations('Theo Luật Đất đai, Ủy ban ban hành Quyết định 1234/QĐ-UBND.').map((c) => [c.text, c.type]), [['Quyết định 1234/QĐ-UBND', 'Quyết định']]);
      // Only before a law's own number: a letter of a body after a law's name is that letter.
      assert.deepStrictEqual(citations('Thực hiện Luật Đất đai, UBND tỉnh ban hành văn bản số 1234/UBND-KT hướng dẫn.').map((c) => [c.text, c.type]), [['1234/UBND-KT', null]]);
      assert.deepStrictEqual(citations('Theo Luật Đất đai thì Sở có văn bản số 1234/STNMT-QLĐĐ.').map((c) => [c.text, c.type]), [['1234/STNMT-QLĐĐ', null]]);
      // A law numbered before 2002 ("24-L/CTN") has a name before its number too.
      assert.deepStrictEqual(citations('Căn cứ Luật Đất đai số 24-L/CTN ngày 14/7/1993.').map((c) => [c.text, c.type]), [['Luật Đất đai số 24-L/CTN', 'Luật']]);
    });
  });

  describe('subjects that end before the next clause', () => {
    it('end before "các" with a list of nouns and its verb, and before "được … xem xét, thông qua"', () => {
      const subjects = (t: string) => citations(t).map((c) => c.subject);
      assert.deepStrictEqual(subjects('Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, các chi bộ đưa nội dung vào sinh hoạt định kỳ.'), ['đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh']);
      assert.deepStrictEqual(subjects('Thực hiện Kế hoạch số 45-KH/TU về tổ chức kỷ niệm, các cơ quan, đơn vị, doanh nghiệp đã nghiêm túc thực hiện.'), ['tổ chức kỷ niệm']);
      assert.deepStrictEqual(subjects('Nghị quyết số 09-NQ/TU về phát triển du lịch được Hội đồng nhân dân tỉnh xem xét, thông qua.'), ['phát triển du lịch']);
      assert.deepStrictEqual(subjects('Nghị quyết số 15-NQ/TU về công tác cán bộ được ban hành ngày 5/3/2023.'), ['công tác cán bộ']);
      assert.deepStrictEqual(subjects('Nghị quyết số 15-NQ/TU về công tác cán bộ được ban hành kịp thời, đáp ứng yêu cầu.'), ['công tác cán bộ']);
      assert.deepStrictEqual(subjects('Nghị quyết số 15-NQ/TU về công tác cán bộ được ban hành và triển khai sâu rộng.'), ['công tác cán bộ']);
      assert.deepStrictEqual(subjects('Kết luận số 16-KL/TU về tình hình kinh tế - xã hội năm 2023 được thông báo đến các chi bộ.'), ['tình hình kinh tế - xã hội năm 2023']);
      // A title's own "được ban hành …", "các giải pháp đưa …" or list of bodies with an act stays the title's.
      assert.deepStrictEqual(subjects('Quyết định số 1234/QĐ-UBND về việc công bố danh mục thủ tục hành chính được ban hành mới, sửa đổi, bổ sung.'), ['việc công bố danh mục thủ tục hành chính được ban hành mới, sửa đổi, bổ sung']);
      assert.deepStrictEqual(subjects('Nghị quyết số 02-NQ/TU về danh mục văn bản được ban hành năm 2023 của Tỉnh ủy.'), ['danh mục văn bản được ban hành năm 2023 của Tỉnh ủy']);
      assert.deepStrictEqual(subjects('Kế hoạch số 21-KH/TU về tuyên truyền, các giải pháp đưa Nghị quyết Đại hội vào cuộc sống.'), ['tuyên truyền, các giải pháp đưa Nghị quyết Đại hội vào cuộc sống']);
      assert.deepStrictEqual(subjects('Chỉ thị số 10-CT/TU về tăng cường trách nhiệm của người đứng đầu, các cơ quan, đơn vị, địa phương thực hiện tiếp công dân.'), ['tăng cường trách nhiệm của người đứng đầu, các cơ quan, đơn vị, địa phương thực hiện tiếp công dân']);
      // A list in the title with no verb after it stays the title's.
      assert.deepStrictEqual(subjects('Nghị quyết số 09-NQ/TU về phát triển du lịch, các loại hình dịch vụ và các sản phẩm đặc trưng.'), ['phát triển du lịch, các loại hình dịch vụ và các sản phẩm đặc trưng']);
    });
  });

  describe('conference references', () => {
    it('reads the abbreviated plenum "TW4" as Trung ương 4', () => {
      const cs = citations('Tiếp tục thực hiện Nghị quyết TW4 khóa XII và Kết luận TƯ 4 khóa XIII.');
      assert.deepStrictEqual(cs.map((c) => [c.text, c.key, c.conference, c.terms]), [
        ['Nghị quyết TW4 khóa XII', '04-NQ/TW', 'Trung ương 4', ['XII']],
        ['Kết luận TƯ 4 khóa XIII', 'KL:TW4:XIII', 'Trung ương 4', ['XIII']],
      ]);
    });

    it('maps Trung ương 4 of terms XI and XII to their catalogued codes', () => {
      const cs = citations('Tiếp tục thực hiện Nghị quyết Trung ương 4 khóa XII và Nghị quyết Trung ương 4 khoá XI.');
      assert.deepStrictEqual(cs.map((c) => [c.key, c.code, c.system, c.conference, c.terms]), [
        ['04-NQ/TW', null, 'conference', 'Trung ương 4', ['XII']],
        ['12-NQ/TW', null, 'conference', 'Trung ương 4', ['XI']],
      ]);
    });

    it('gives a designation key to plenums the catalogue does not know', () => {
      const [c] = citations('Quán triệt Nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XIII tới đảng viên.');
      assert.strictEqual(c.text, 'Nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XIII');
      assert.strictEqual(c.key, 'NQ:TW6:XIII');
      assert.strictEqual(c.issuer, null);
    });

    it('records a mention of two terms once with every document in refs', () => {
      for (const text of [
        'Thực hiện Nghị quyết Trung ương 4 khóa XI và khóa XII về xây dựng Đảng.',
        'Thực hiện Nghị quyết Trung ương 4 khóa XI, khóa XII về xây dựng Đảng.',
        'Thực hiện Nghị quyết Trung ương 4 (khóa XI, XII) về xây dựng Đảng.',
      ]) {
        const cs = citations(text);
        assert.strictEqual(cs.length, 1, text);
        assert.strictEqual(cs[0].code, null);
        assert.strictEqual(cs[0].key, '12-NQ/TW');
        assert.deepStrictEqual(cs[0].refs, ['12-NQ/TW', '04-NQ/TW']);
      }
      assert.strictEqual(citations('Thực hiện Nghị quyết Trung ương 4 (khóa XI, XII) về xây dựng Đảng.')[0].text, 'Nghị quyết Trung ương 4 (khóa XI, XII)');
    });

    it('does not take a closing parenthesis it did not open', () => {
      const [c] = citations('(theo Nghị quyết Trung ương 4 khóa XII) các cấp ủy');
      assert.strictEqual(c.text, 'Nghị quyết Trung ương 4 khóa XII');
    });

    it('reads national and provincial congress resolutions and their issuer', () => {
      const cs = citations(
        'Cụ thể hóa Nghị quyết Đại hội XIII của Đảng, Nghị quyết Đại hội đại biểu toàn quốc lần thứ XII và Nghị quyết Đại hội Đảng bộ huyện lần thứ XXV; Nghị quyết Đảng bộ tỉnh khóa XVII.',
      );
      assert.deepStrictEqual(cs.map((c) => [c.text, c.key, c.issuer]), [
        ['Nghị quyết Đại hội XIII', 'NQ:ĐH:XIII', 'Đảng'],
        ['Nghị quyết Đại hội đại biểu toàn quốc lần thứ XII', 'NQ:ĐH:XII', null],
        ['Nghị quyết Đại hội Đảng bộ huyện lần thứ XXV', 'NQ:ĐB:huyện:XXV', null],
        ['Nghị quyết Đảng bộ tỉnh khóa XVII', 'NQ:ĐB:tỉnh:XVII', null],
      ]);
    });

    it('reads a Party organisation\'s plenum, its committee named before or after its number', () => {
      const cs = citations(
        'Quán triệt Nghị quyết Hội nghị lần thứ 5 Ban Chấp hành Đảng bộ tỉnh khóa XX về chuyển đổi số; Nghị quyết Hội nghị Tỉnh ủy lần thứ 5 (khóa XX); ' +
          'Kết luận Hội nghị lần thứ mười của Ban Chấp hành Đảng bộ huyện; Nghị quyết Hội nghị Thành ủy Hà Nội lần thứ 12 khóa XVII.',
      );
      assert.deepStrictEqual(cs.map((c) => [c.text, c.key, c.conference, c.terms, c.system]), [
        ['Nghị quyết Hội nghị lần thứ 5 Ban Chấp hành Đảng bộ tỉnh khóa XX', 'NQ:HN5:ĐB:tỉnh:XX', 'Hội nghị lần thứ 5 Ban Chấp hành Đảng bộ tỉnh khóa XX', [], 'conference'],
        ['Nghị quyết Hội nghị Tỉnh ủy lần thứ 5 (khóa XX)', 'NQ:HN5:ĐB:tỉnh:XX', 'Hội nghị lần thứ 5 Ban Chấp hành Đảng bộ tỉnh khóa XX', [], 'conference'],
        ['Kết luận Hội nghị lần thứ mười của Ban Chấp hành Đảng bộ huyện', 'KL:HN10:ĐB:huyện', 'Hội nghị lần thứ 10 Ban Chấp hành Đảng bộ huyện', [], 'conference'],
        ['Nghị quyết Hội nghị Thành ủy Hà Nội lần thứ 12 khóa XVII', 'NQ:HN12:ĐB:thành phố hà nội:XVII', 'Hội nghị lần thứ 12 Ban Chấp hành Đảng bộ thành phố Hà Nội khóa XVII', [], 'conference'],
      ]);
      assert.strictEqual(cs[0].subject, 'chuyển đổi số');
    });

    it('reads a plenum of a committee whose place is written "Thành phố …", "TP." or with a dash', () => {
      const cs = citations(
        'Nghị quyết Hội nghị lần thứ 12 Thành ủy Thành phố Hồ Chí Minh khóa XI; Nghị quyết Hội nghị Thành ủy TP. Hồ Chí Minh lần thứ 12 (khóa XI); Nghị quyết Hội nghị lần thứ 5 Tỉnh ủy Bà Rịa - Vũng Tàu khóa VII.',
      );
      assert.deepStrictEqual(cs.map((c) => c.key), ['NQ:HN12:ĐB:thành phố hồ chí minh:XI', 'NQ:HN12:ĐB:thành phố hồ chí minh:XI', 'NQ:HN5:ĐB:tỉnh bà rịa vũng tàu:VII']);
      assert.strictEqual(cs[1].text, 'Nghị quyết Hội nghị Thành ủy TP. Hồ Chí Minh lần thứ 12 (khóa XI)');
    });

    it('gives one key to a plenum whatever the dash of its place, or none ("Bà Rịa-Vũng Tàu", "Thừa Thiên - Huế")', () => {
      const cs = citations(
        'Nghị quyết Hội nghị lần thứ 5 Tỉnh ủy Bà Rịa-Vũng Tàu khóa VII; Nghị quyết Hội nghị lần thứ 5 Tỉnh ủy Bà Rịa – Vũng Tàu khóa VII; ' +
          'Nghị quyết Hội nghị lần thứ 3 Tỉnh ủy Thừa Thiên - Huế khóa XV và Nghị quyết Hội nghị lần thứ 3 Tỉnh ủy Thừa Thiên Huế khóa XV.',
      );
      assert.deepStrictEqual(cs.map((c) => c.key), ['NQ:HN5:ĐB:tỉnh bà rịa vũng tàu:VII', 'NQ:HN5:ĐB:tỉnh bà rịa vũng tàu:VII', 'NQ:HN3:ĐB:tỉnh thừa thiên huế:XV', 'NQ:HN3:ĐB:tỉnh thừa thiên huế:XV']);
      assert.strictEqual(cs[0].text, 'Nghị quyết Hội nghị lần thứ 5 Tỉnh ủy Bà Rịa-Vũng Tàu khóa VII');
    });

    it('reads a Party organisation\'s plenum in capitals and old tone marks with the key of sentence case', () => {
      const [c] = citations('NGHỊ QUYẾT HỘI NGHỊ LẦN THỨ 9 TỈNH UỶ QUẢNG NINH KHOÁ XV VỀ XÂY DỰNG ĐẢNG');
      assert.deepStrictEqual([c.text, c.key], ['NGHỊ QUYẾT HỘI NGHỊ LẦN THỨ 9 TỈNH UỶ QUẢNG NINH KHOÁ XV', 'NQ:HN9:ĐB:tỉnh quảng ninh:XV']);
    });

    it('reads a plenum\'s document named with "của" before the meeting, of a Party organisation or the Central Committee', () => {
      const cs = citations('Thực hiện Kết luận của Hội nghị Tỉnh ủy lần thứ 14 về công tác cán bộ và Nghị quyết của Hội nghị Trung ương 4 khóa XII; Nghị quyết của Hội đồng nhân dân tỉnh.');
      assert.deepStrictEqual(cs.map((c) => [c.text, c.key]), [
        ['Kết luận của Hội nghị Tỉnh ủy lần thứ 14', 'KL:HN14:ĐB:tỉnh'],
        ['Nghị quyết của Hội nghị Trung ương 4 khóa XII', '04-NQ/TW'],
      ]);
    });

    it('takes no plenum from another body\'s executive committee or a standing committee\'s meeting', () => {
      assert.deepStrictEqual(citations('Nghị quyết Hội nghị lần thứ 5 Ban Chấp hành Công đoàn tỉnh; Kết luận Hội nghị Ban Thường vụ Tỉnh ủy lần thứ 5.'), []);
    });

    it('keeps a Party organisation\'s congress named before its organisation apart from the national one', () => {
      const cs = citations('Thực hiện Nghị quyết Đại hội lần thứ XX Đảng bộ tỉnh và Nghị quyết Đại hội XXI.');
      assert.deepStrictEqual(cs.map((c) => [c.text, c.key]), [['Nghị quyết Đại hội lần thứ XX Đảng bộ tỉnh', 'NQ:ĐB:tỉnh:XX']]);
    });

    it('ignores generic and plural mentions', () => {
      assert.deepStrictEqual(
        citations('Triển khai các Nghị quyết, Chỉ thị của Đảng và nghị quyết đại hội Đảng các cấp; Kết luận Hội nghị, đồng chí Bí thư phát biểu.'),
        [],
      );
    });
  });

  describe('short forms', () => {
    it('resolves "Chỉ thị 05" to the full citation before it', () => {
      const cs = citations('Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị. Sau 5 năm thực hiện Chỉ thị 05, nhận thức được nâng lên.');
      assert.strictEqual(cs.length, 2);
      assert.strictEqual(cs[1].text, 'Chỉ thị 05');
      assert.strictEqual(cs[1].key, '05-CT/TW');
      assert.strictEqual(cs[1].shortForm, true);
      assert.deepStrictEqual(cs[1].refs, ['05-CT/TW']);
    });

    it('resolves a short form that names its issuer to the citation of that issuer, not the nearest', () => {
      const text = (issuer: string) =>
        'Ban Thường vụ Tỉnh ủy quán triệt Chỉ thị số 05-CT/TU ngày 20/7/2021 của Ban Thường vụ Tỉnh ủy về công tác dân vận và ' +
        `Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị. Các chi bộ triển khai Chỉ thị 05 của ${issuer} trước ngày 30/8.`;
      const short = (issuer: string) => citations(text(issuer)).filter((c) => c.shortForm).map((c) => [c.text, c.key, c.issuer]);
      assert.deepStrictEqual(short('Tỉnh ủy'), [['Chỉ thị 05', '05-CT/TU', 'Tỉnh ủy']]);
      assert.deepStrictEqual(short('Ban Thường vụ Tỉnh ủy'), [['Chỉ thị 05', '05-CT/TU', 'Ban Thường vụ Tỉnh ủy']]);
      assert.deepStrictEqual(short('Bộ Chính trị'), [['Chỉ thị 05', '05-CT/TW', 'Bộ Chính trị']]);
      // The other order of the full citations: the issuer still decides.
      const reversed = citations(
        'Quán triệt Chỉ thị số 05-CT/TW của Bộ Chính trị và Chỉ thị số 05-CT/TU của Tỉnh ủy. Thực hiện Chỉ thị 05 của Bộ Chính trị, các chi bộ đã làm theo.',
      );
      assert.deepStrictEqual(reversed.filter((c) => c.shortForm).map((c) => c.key), ['05-CT/TW']);
      // An issuer no full citation has: the nearest, as without one.
      assert.deepStrictEqual(short('Huyện ủy'), [['Chỉ thị 05', '05-CT/TW', 'Huyện ủy']]);
    });

    it('resolves a short form written before its full citation, and ignores unresolved numbers', () => {
      const cs = citations('Nghị quyết 26 đã đi vào cuộc sống. Nghị quyết số 26-NQ/TU ngày 2/3/2021 của Tỉnh ủy. Chỉ thị 40 chưa có.');
      assert.deepStrictEqual(cs.map((c) => [c.text, c.key, c.shortForm]), [
        ['Nghị quyết 26', '26-NQ/TU', true],
        ['Nghị quyết số 26-NQ/TU', '26-NQ/TU', false],
      ]);
    });
  });
});
