// No line may stall the grammar. Each adversarial line is tokenised with a generous time limit
// (tokenizeLine2's third argument); a regex that backtracks catastrophically gets the line stopped
// early, which fails the test. Nothing here measures time itself.
import * as assert from 'assert';
import * as vsctm from 'vscode-textmate';
import { loadGrammar } from './tokenizer';
import { toNfd } from './variants';

// Generous: the largest line needs well under a second; the margin absorbs a busy machine, while a
// catastrophic (exponential) or quadratic rule still blows far past it on these lines.
const TIME_LIMIT_MS = 10_000;

function repeat(piece: string, minLength: number): string {
  return piece.repeat(Math.ceil(minLength / piece.length));
}

const ADVERSARIAL: { name: string; line: string }[] = [
  { name: '100 KB of digits and slashes', line: repeat('1234567890/2020/0/12/', 100_000) },
  { name: '"1/1/1/1/…"', line: repeat('1/', 100_000) },
  { name: 'digits, dashes and slashes like codes and dates', line: repeat('05-12/2021-', 100_000) },
  { name: 'code prefixes with no issuer', line: repeat('05-CT/', 60_000) },
  { name: 'codes with endless issuers', line: '05-CT/' + repeat('TWTW', 60_000) },
  { name: '10,000 "Nghị quyết số "', line: 'Nghị quyết số '.repeat(10_000) },
  { name: '10,000 "Nghị quyết số " in NFD', line: toNfd('Nghị quyết số '.repeat(10_000)) },
  { name: '50,000 "Đồng chí "', line: 'Đồng chí '.repeat(50_000) },
  { name: 'a long line of capitalised words', line: repeat('Nguyễn Văn An Bình Thường Trực Tỉnh Ủy Ban ', 100_000) },
  { name: 'a long line of capitalised words in NFD', line: toNfd(repeat('Nguyễn Văn An Bình Thường Trực Tỉnh Ủy Ban ', 100_000)) },
  { name: 'titles and bodies without a name', line: repeat('Bí thư Đảng ủy Khối các cơ quan tỉnh Ban Chấp hành Trung ương ', 100_000) },
  { name: 'conference designations without an end', line: 'Nghị quyết Trung ương 4 ' + repeat('khóa XI, và ', 60_000) },
  { name: 'Đại hội with endless bodies', line: 'Nghị quyết Đại hội Đảng bộ ' + repeat('tỉnh ', 60_000) },
  { name: 'a heading in capitals: Đại hội with endless bodies', line: 'NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ ' + repeat('TỈNH NAM ĐỊNH ', 60_000) },
  { name: 'a heading in capitals: plenums and committees without an end', line: repeat('HỘI NGHỊ LẦN THỨ TƯ BAN CHẤP HÀNH ', 100_000) },
  { name: 'opening quotes that never close', line: repeat('“ab ', 100_000) },
  { name: 'straight quotes', line: repeat('"a ', 100_000) },
  { name: 'spelled-out dates without an end', line: repeat('ngày 1 tháng ', 100_000) },
  { name: 'times and weekdays', line: repeat('8:43, Thứ Hai, ', 100_000) },
  { name: 'dashes of every kind', line: repeat('2020 – 2025 — 1-1 ‑ ', 100_000) },
  { name: 'combining marks alone', line: '\u0301\u0323'.repeat(50_000) },
  // Dense real entities: a rule whose captures re-read the line would make these quadratic.
  { name: '10,000 citations', line: 'Chỉ thị số 05-CT/TW, '.repeat(10_000) },
  { name: '10,000 conference references', line: 'Nghị quyết Trung ương 4 khóa XII, '.repeat(10_000) },
  { name: '10,000 introduced people', line: 'Đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy, '.repeat(10_000) },
  { name: '20,000 "đồng chí Bí thư "', line: 'đồng chí Bí thư '.repeat(20_000) },
  { name: '10,000 dates', line: 'ngày 15/5/2016, Sáng 14-1 '.repeat(10_000) },
  { name: '10,000 terms', line: 'khóa XIII lần thứ tư nhiệm kỳ 2020-2025 '.repeat(10_000) },
  { name: '10,000 headers', line: 'Số 05-CT/TW '.repeat(10_000) },
  { name: '20,000 quoted titles', line: '“Nghị quyết 12-NQ/TW” '.repeat(20_000) },
  { name: 'a byline with an endless affiliation', line: 'Nguyễn Bảo, ' + repeat('ab ', 100_000) + ',' },
  // plenums' numbers within and past the engine's bound, and Roman numerals no plenum has
  { name: 'plenums numbered past the bound and within it', line: repeat('Nghị quyết Hội nghị lần thứ 50 Tỉnh ủy, Nghị quyết Hội nghị Tỉnh ủy lần thứ XXXIX, Nghị quyết Trung ương 25 ', 20_000) },
  { name: 'a heading in capitals: plenums numbered past the bound', line: repeat('NGHỊ QUYẾT HỘI NGHỊ LẦN THỨ 50 TỈNH ỦY NGHỊ QUYẾT HỘI NGHỊ TỈNH ỦY LẦN THỨ MƯỜI BỐN ', 20_000) },
  { name: 'endless Roman numerals after "lần thứ"', line: 'Nghị quyết Hội nghị Tỉnh ủy lần thứ ' + repeat('X', 20_000) },
  { name: 'the Central Committee\'s plenums named without "Hội nghị", within the bound and past it', line: repeat('Nghị quyết Trung ương XII khóa XI, Nghị quyết Trung ương lần thứ 20 khóa XIII, Nghị quyết Trung ương lần thứ 21, Nghị quyết Trung ương XXI ', 20_000) },
  { name: 'endless Roman numerals after "Trung ương"', line: 'Nghị quyết Trung ương ' + repeat('X', 20_000) },
  // steering committees and councils with tasks, and tasks that never reach their level
  { name: 'steering committees with tasks', line: repeat('Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh họp; Hội đồng Thi đua, Khen thưởng tỉnh ', 20_000) },
  { name: 'a task that never ends', line: 'Ban Chỉ đạo ' + repeat('phòng, chống ', 20_000) },
  { name: 'task words without a level', line: repeat('Ban Chỉ đạo xây dựng nông thôn mới kiểu mẫu bền vững hiệu quả thiết thực lâu dài ', 20_000) },
  { name: 'posts on steering committees', line: repeat('đồng chí Trưởng Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh Nguyễn Văn An, Phó Trưởng Ban Chỉ đạo xây dựng các huyện ', 20_000) },
  // councils with no task and with a title, titles that never end, capitalised words that are no title
  { name: '"Hội đồng" with no task', line: repeat('Hội đồng ', 20_000) },
  { name: 'steering committees and councils with no task', line: repeat('Ban Chỉ đạo Hội đồng ', 20_000) },
  { name: 'councils with titles', line: repeat('Hội đồng Dân tộc, Hội đồng Nhân dân các cấp, Hội đồng Thi đua - Khen thưởng, Hội đồng Quốc gia Giáo dục; ', 20_000) },
  { name: 'a council whose title never ends', line: 'Hội đồng ' + repeat('Dân tộc Thi đua Khen thưởng Nhân dân ', 20_000) },
  { name: 'councils with no title', line: repeat('Hội đồng Quản trị Công ty, Hội đồng Tư vấn, Hội đồng Ban Chấp hành, Chủ tịch Hội đồng Nguyễn Thị Lan trao, Tỉnh ủy Hội đồng Dân tộc Trần Văn Bình ', 20_000) },
  // national programmes' places within and past the task's twelve words, and "quốc gia" with no place
  { name: 'national programmes with their places', line: repeat('Ban Chỉ đạo thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới tỉnh, Ban Chỉ đạo chương trình quốc gia giảm nghèo bền vững huyện ', 20_000) },
  { name: 'a programme\'s task that never reaches its place', line: 'Ban Chỉ đạo chương trình quốc gia ' + repeat('giảm nghèo quốc gia ', 20_000) },
  { name: 'endless "quốc gia"', line: 'Ban Chỉ đạo xây dựng ' + repeat('quốc gia ', 20_000) },
  // departments in capitals with fields, fields that never end, heads with none
  { name: 'a heading in capitals: departments with their fields', line: repeat('SỞ NỘI VỤ BAN TUYÊN GIÁO TỈNH ỦY SỞ GIÁO DỤC VÀ ĐÀO TẠO CƠ SỞ GIÁO DỤC ', 20_000) },
  { name: 'a heading in capitals: a department whose fields never end', line: 'SỞ ' + repeat('GIÁO DỤC VÀ ', 20_000) },
  { name: 'a heading in capitals: heads without a field', line: repeat('SỞ SỞ BỘ BỘ CÁN BỘ ', 20_000) },
  { name: 'one 100 KB word', line: 'a'.repeat(100_000) },
  { name: 'one 100 KB capitalised word', line: 'N' + 'g'.repeat(100_000) },
];

describe('grammar on adversarial lines (no catastrophic backtracking)', function () {
  // The engine needs a few seconds for the largest lines on a slow machine; the assertion is
  // about being stopped early, never about how long it took.
  this.timeout(120_000);

  for (const { name, line } of ADVERSARIAL) {
    it(`tokenises ${name} (${line.length.toLocaleString('en')} chars) without being stopped`, async function () {
      const grammar = await loadGrammar();
      const result = grammar.tokenizeLine2(line, vsctm.INITIAL, TIME_LIMIT_MS);
      assert.strictEqual(result.stoppedEarly, false);
      assert.ok(result.tokens.length >= 2, 'at least one token');
    });
  }

});
