// Phrases built of words: the name of a body ("Đảng ủy Khối các cơ quan tỉnh") or a position
// ("Phó Bí thư Thường trực Tỉnh ủy") runs over capitalised words, abbreviations and the few
// lower-case words such names contain, and ends at punctuation or at any other word (a verb).
import {
  BODY_COMPOUNDS, CAPITALISED_COMPOUNDS, DASHED_COMPOUNDS, HEAD_MODIFIERS, LEADING_COMPOUNDS, Lex, NAME_FIELD_STOPS, NAMESAKES, PLACES, POSITION_HEADS,
  STANDALONE_WORD_COMPOUNDS, VERB_COMPOUNDS, flagWords,
} from './lexicon';
import { PhraseSet, Shape, Words, longestPhrase } from './tokens';

const BODY_PAIRS = new PhraseSet(BODY_COMPOUNDS);
const CAPITALISED_PAIRS = new PhraseSet(CAPITALISED_COMPOUNDS);
/** Compounds whose last word begins no pair of BODY_PAIRS ("ngoại giao" and "giao thông" share "giao"). */
const ENDS_BEFORE_PAIR = new PhraseSet(new Set(['ngoại giao']));
const LEADING_PAIRS = new PhraseSet(LEADING_COMPOUNDS);
/**
 * Academic, professional and honorary titles written short before a name, alone or in a chain ("TS.
 * Nguyễn Văn Dũng", "PGS.TS Nguyễn Viết Thảo", "GS, TSKH Vũ Minh Giang", "NSND Lan Hương"): they mark
 * a person as "ông" does, and are no posts. Not "KS" (a hotel, "KS Mường Thanh"), "CN" (Sunday) nor "DS"
 * (a list).
 */
export const SHORT_TITLES = new PhraseSet(new Set([
  'gs', 'pgs', 'ts', 'tskh', 'ths', 'ncs', 'bs', 'bscki', 'bsckii', 'ls', 'nsnd', 'nsưt', 'ngnd', 'ngưt', 'ttnd', 'ttưt',
]));
/**
 * The pairs of fields of a department's name that are written without their dash too, the second in lower
 * case ("Phòng Tổ chức cán bộ", "Phòng Kế hoạch tài chính"); not those a "và" and a third field may follow
 * ("Trung tâm Văn hóa thể thao và truyền thông", which the fields' reading takes whole). Dashed, they are
 * read as the lexicon's dashed compounds are ("Phòng Tổ chức - Cán bộ").
 */
const UNDASHED_PAIRS = new PhraseSet(new Set([
  'tổ chức cán bộ', 'tổ chức hành chính', 'tổ chức nhân sự', 'kế hoạch tài chính', 'kế hoạch tổng hợp', 'tài chính kế hoạch',
  'hành chính tổng hợp', 'hành chính quản trị', 'kinh tế hạ tầng', 'hợp tác quốc tế', 'quan hệ quốc tế',
]));
const DASHED = new PhraseSet(new Set([...DASHED_COMPOUNDS, ...UNDASHED_PAIRS.phrases]));
/** Events an organising committee ("Ban Tổ chức") is named by, in one or two words. */
const EVENTS = new PhraseSet(new Set([
  'lễ tang', 'lễ', 'lễ hội', 'hội thi', 'cuộc thi', 'giải', 'giải chạy', 'hội diễn', 'hội thao', 'liên hoan', 'hội chợ', 'ngày hội', 'hội trại',
  'tuần lễ', 'sự kiện', 'chương trình', 'đại hội', 'hội nghị', 'hội thảo', 'diễn đàn', 'festival', 'kỳ thi',
]));
const STANDALONE_PAIRS = new PhraseSet(STANDALONE_WORD_COMPOUNDS);
const FIELD_STOPS = new PhraseSet(NAME_FIELD_STOPS);
/** Verb compounds ("tổ chức", "đoàn kết"): they end a name. */
export const VERBS = new PhraseSet(VERB_COMPOUNDS);
/** Names that are also bodies' or places' (see NAMESAKES). */
export const NAMESAKE_SET = new PhraseSet(NAMESAKES);
/** Units of a place, which follows a name's field ("Bệnh viện Phụ sản tỉnh Nam Định"). */
const UNITS = new PhraseSet(new Set(['tỉnh', 'huyện', 'xã', 'phường', 'quận', 'phố', 'trấn']));
/** Units a number names: "thôn 3", "tổ dân phố 5", "khu phố 2", "khu dân cư số 3". */
export const NUMBERED_PLACES = new PhraseSet(new Set(['thôn', 'ấp', 'bản', 'buôn', 'bon', 'xóm', 'làng', 'tổ', 'tổ dân phố', 'khu phố', 'khu dân cư', 'tiểu khu', 'khối', 'đội']));
/** The most words of a unit of NUMBERED_PLACES, and their first words. */
const MAX_PLACE_WORDS = 3;
const PLACE_FIRST_WORDS = new PhraseSet(new Set([...NUMBERED_PLACES.phrases].map((p) => p.split(' ')[0])));
/** The units of the commune or the district a hamlet is in ("thôn 3 xã Hải Đông"). */
const HAMLET_PLACES = new PhraseSet(new Set(['xã', 'phường', 'thị trấn', 'thị xã', 'huyện', 'quận', 'thành phố', 'tỉnh']));
/** A number that goes on into a list or a pair of numbers ("thôn 1, 2, 3", "thôn 1 và 2", "thôn 3-4", "thôn 3/4"). */
const MORE_NUMBERS_RE = /\s*,\s*\d|\s+và\s+\d|[-/]\d/y;
/**
 * The most lower-case words of a name's field after its capitalised first syllable ("Cục Thi hành án dân
 * sự tỉnh", "Trung tâm Dự báo khí tượng thủy văn tỉnh"); past SHORT_FIELD_WORDS the field ends only at a
 * place's unit (see fieldEnd).
 */
const MAX_FIELD_WORDS = 6;
const SHORT_FIELD_WORDS = 4;

/**
 * True when words i-1 and i are separated by one space, or two (a slip common in text copied from web
 * pages, where non-breaking spaces become spaces): same line, no punctuation. A wider gap or a tab
 * lays out columns, whose words do not run on.
 */
export function joined(text: string, words: Words, i: number): boolean {
  if (i <= 0) return false;
  const end = words.ends[i - 1];
  const gap = words.starts[i] - end;
  const c = text.charCodeAt(end);
  // Two abbreviations joined by "&" are one field's ("Sở GD&ĐT", "Sở KH&CN", "Sở NN&PTNT").
  if (c === 38) return gap === 1 && words.shapes[i] === Shape.Upper && words.shapes[i - 1] === Shape.Upper;
  return c === 32 && (gap === 1 || (gap === 2 && text.charCodeAt(end + 1) === 32));
}

/** Does word i start a term: "khóa", "nhiệm kỳ", "lần thứ" (in any case; the text is normalised to the modern tones)? */
function startsTerm(text: string, words: Words, i: number): boolean {
  // Told apart by first letter and length before any comparison: nearly every word is none of them.
  const s = words.starts[i];
  const n = words.ends[i] - s;
  const c = text.charCodeAt(s) | 32;
  if (c === 107) return n === 4 && words.lowerIs(i, 'khóa');
  if (i + 1 >= words.count) return false;
  if (c === 110) return n === 5 && words.lowerIs(i, 'nhiệm') && words.lowerIs(i + 1, 'kỳ');
  return c === 108 && n === 3 && words.lowerIs(i, 'lần') && words.lowerIs(i + 1, 'thứ');
}

/**
 * What follows a body in an all-capitals line and is not part of it: a document's type or a verb
 * ("BAN THƯỜNG VỤ TỈNH ỦY QUYẾT ĐỊNH:", the line before "Điều 1"; "TỈNH ỦY BAN HÀNH …").
 */
const UPPER_STOPS = new PhraseSet(new Set([
  'quyết định', 'nghị quyết', 'chỉ thị', 'kết luận', 'thông báo', 'hướng dẫn', 'quy định', 'ban hành', 'phát biểu',
]));
/**
 * Words that open what follows a body in a title in capitals, never a word of its name: a subject
 * ("… CỦA BỘ CHÍNH TRỊ VỀ ĐẨY MẠNH …"), an issuer, a date, a place or a year.
 */
const UPPER_STOP_WORDS = new PhraseSet(new Set(['về', 'của', 'ngày', 'tại', 'năm']));
/** Verbs of meeting that begin with "hội", which is a body's word alone. */
const MEETING_VERBS = new PhraseSet(new Set(['hội kiến', 'hội đàm', 'hội ý']));

/** Units numbered after their name ("Bộ Tư lệnh Quân khu 4", "Sư đoàn 312"): the number is part of it. */
const NUMBERED_UNITS = new PhraseSet(new Set(['quân khu', 'quân đoàn', 'sư đoàn', 'binh đoàn', 'lữ đoàn', 'trung đoàn', 'hải đoàn']));
const UNIT_NUMBER_RE = /^\d{1,3}$/;
/** A region's number in Roman numerals ("khu vực XV"). */
const ROMAN_RE = /^[IVXL]{1,6}$/;
/** Another number after a region's, making a list or a span ("II, III", "III và IV", "1 hoặc 2", "II-III"). */
const MORE_REGIONS_RE = /\s*(?:,|và|hoặc|[-\u2010-\u2015\u2212])\s*(?:\d|[IVXL]+(?![\p{L}\p{M}\p{N}]))/uy;
/** Words a number counts after "khu vực" ("khu vực 2 huyện", "… 3 năm nay", "… 20 doanh nghiệp"): no region's number then. */
const REGION_COUNTED = new PhraseSet(new Set([
  'năm', 'tháng', 'ngày', 'tuần', 'quý', 'lần', 'đợt', 'người', 'hộ', 'huyện', 'tỉnh', 'quận', 'xã', 'phường', 'thị', 'thành', 'doanh',
  'đơn', 'chợ', 'cơ', 'chi', 'đội', 'tổ', 'địa', 'khu', 'trường', 'công', 'điểm', 'cửa', 'trạm', 'thôn', 'ấp', 'bản', 'xóm', 'làng',
]));

/**
 * Family names that end hardly any place's name, as "Hà", "Lâm", "Hồ", "Lê" do ("Thanh Hà", "Bảo Lâm", "Long
 * Hồ", "Yên Lê"): before another family name they begin a person's name of four syllables ("thôn Đông
 * Nguyễn Hoàng Minh Tuấn", "… huyện Lâm Hà Trần Lê Thị Hồng").
 */
/** Middle words of a name ("Nguyễn Văn An", "Trần Thị Hoa"), which no name ends with. */
export const MIDDLE_NAMES: ReadonlySet<string> = new Set(['văn', 'thị']);

export const FIRST_ONLY_SURNAMES = new PhraseSet(new Set(['nguyễn', 'trần', 'phạm', 'huỳnh', 'đặng', 'bùi', 'trịnh', 'trương']));

/** May word i continue the name of a body or position? */
export function isBodyWord(words: Words, i: number): boolean {
  const shape = words.shapes[i];
  if (shape === Shape.Cap) return true;
  if (shape === Shape.Other) return i >= 2 && words.phraseIn(NUMBERED_UNITS, i - 2, 2) && UNIT_NUMBER_RE.test(words.lower(i));
  if (shape === Shape.Upper) {
    if (words.phraseIn(UPPER_STOP_WORDS, i, 1)) return false;
    return !(i + 1 < words.count && words.shapes[i + 1] === Shape.Upper && words.phraseIn(UPPER_STOPS, i, 2));
  }
  if (shape !== Shape.Lower) return false;
  // The second word of a department's first field, capitalised, before its second field ("Viện Quan hệ quốc tế").
  if (i >= 1 && i + 2 < words.count && words.shapes[i - 1] === Shape.Cap && words.phraseIn(UNDASHED_PAIRS, i - 1, 4)) return true;
  // "ban hành" is the verb "to issue": "Tỉnh ủy ban hành …" is no "Tỉnh ủy ban".
  if (words.lowerIs(i, 'ban') && i + 1 < words.count && words.lowerIs(i + 1, 'hành')) return false;
  const f = words.flags(i);
  if (f & Lex.BodyWord) {
    // "chi" only begins a branch ("chi bộ", "chi cục", "chi hội"): "… thành phố Vinh chi trả trợ cấp" is a verb.
    if (words.lowerIs(i, 'chi')) return i + 1 < words.count && words.phraseIn(BRANCHES, i + 1, 1);
    // Nor is "hội" of "hội kiến", "hội đàm", "hội ý" (to meet, to hold talks): "Bộ Tài chính hội kiến …".
    return !(i + 1 < words.count && words.lowerIs(i, 'hội') && words.phraseIn(MEETING_VERBS, i, 2));
  }
  if (boardOfDirectorsAt(words, i) || fieldTailAt(words, i)) return true;
  // … and of "Hợp tác" capitalised, a field ("Cục Hợp tác quốc tế", "Vụ Hợp tác").
  if (words.lowerIs(i, 'tác')) return frontWork(words, i) || (i >= 1 && words.shapes[i - 1] === Shape.Cap && words.lowerIs(i - 1, 'hợp'));
  if (f & Lex.CompoundFirst && i + 1 < words.count && words.flags(i + 1) & Lex.CompoundSecond && words.phraseIn(LEADING_PAIRS, i, 2)) {
    // "Phát triển nông thôn", "Giao thông vận tải" only: "Đảng ủy xã nông thôn kiểu mẫu" and "nông thôn
    // mới" (a programme) are no body's words.
    if (words.lowerIs(i, 'nông')) return i > 0 && words.lowerIs(i - 1, 'triển') && !(i + 2 < words.count && words.lowerIs(i + 2, 'mới'));
    if (words.lowerIs(i, 'vận')) return i > 0 && words.lowerIs(i - 1, 'thông');
    return true;
  }
  if (i === 0 || !(f & Lex.CompoundSecond)) return false;
  if (!(words.flags(i - 1) & Lex.CompoundFirst)) return false;
  // Not "giao thông" after "Ngoại": "Bộ Ngoại giao| thông tin về …" (the verb "to inform").
  if (words.phraseIn(BODY_PAIRS, i - 1, 2)) return !(i >= 2 && words.phraseIn(ENDS_BEFORE_PAIR, i - 2, 2));
  // "Ban Tổ chức", "Ủy ban Kiểm tra": a verb-like compound names a body only when capitalised.
  return words.shapes[i - 1] === Shape.Cap && words.phraseIn(CAPITALISED_PAIRS, i - 1, 2);
}

/**
 * Fields of two words whose capitalised first half is a field of its own ("Công nghệ", "Bảo vệ"), and
 * that names write whole, the second half in lower case ("Trung tâm Công nghệ thông tin", "Cục Bảo vệ
 * thực vật"). After another field the second half is a verb or a noun of the sentence ("Sở Tài chính
 * thông tin về …").
 */
const FIELD_TAILS = new PhraseSet(new Set([
  'công nghệ thông tin', 'bảo vệ thực vật', 'phát triển đô thị', 'môi trường đô thị', 'khoa học pháp lý', 'thông tin báo chí', 'y tế dự phòng',
]));

/**
 * Is word i a word of the lower-case half of one of FIELD_TAILS, after its capitalised first half? Not
 * before "và", where the field goes on as a name's fields do ("Trung tâm Công nghệ thông tin và truyền
 * thông tỉnh", see fieldEnd).
 */
function fieldTailAt(words: Words, i: number): boolean {
  for (let n = 2; n <= 3; n++) {
    const from = i - n;
    if (from >= 0 && from + 4 <= words.count && words.shapes[from] === Shape.Cap && words.shapes[i] === Shape.Lower && words.phraseIn(FIELD_TAILS, from, 4)) {
      return !(from + 4 < words.count && words.lowerIs(from + 4, 'và'));
    }
  }
  return false;
}

/**
 * Is word i the "quản" of a company's board, "Hội đồng quản trị" (in lower case, as it is written)?
 * Elsewhere "quản trị" is a verb ("Công ty X quản trị rủi ro").
 */
function boardOfDirectorsAt(words: Words, i: number): boolean {
  return i >= 2 && i + 1 < words.count && words.shapes[i] === Shape.Lower && words.lowerIs(i, 'quản') && words.lowerIs(i + 1, 'trị') && words.lowerIs(i - 1, 'đồng') && words.lowerIs(i - 2, 'hội');
}

/** What "chi" begins as a body's word: "chi bộ", "chi cục", "chi hội", "chi đoàn", "chi nhánh". */
const BRANCHES = new PhraseSet(new Set(['bộ', 'cục', 'hội', 'đoàn', 'nhánh']));

/** "Ban công tác Mặt trận": the work a board does for the Front, a name of its own (its "công" is a body word). */
const FRONT_WORK = new PhraseSet(new Set(['công tác mặt trận']));

/** Is word i the "tác" of "công tác Mặt trận"? Elsewhere "công tác" is the sentence's ("… Tỉnh ủy công tác tại …"). */
function frontWork(words: Words, i: number): boolean {
  return i >= 1 && i + 2 < words.count && words.shapes[i + 1] === Shape.Cap && words.phraseIn(FRONT_WORK, i - 1, 4);
}

/**
 * Official names that hold a comma between two fields ("Sở Văn hóa, Thể thao và Du lịch", "Trung tâm
 * Văn hóa, Thể thao và Truyền thanh huyện", "Hội đồng Thi đua, Khen thưởng"), or between the two halves
 * of a task ("Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực"): the fields on either side of the comma.
 */
export const COMMA_FIELDS: readonly (readonly [string, string])[] = [
  ['văn hóa', 'thể thao'], ['thi đua', 'khen thưởng'], ['tham nhũng', 'tiêu cực'], ['tham nhũng', 'lãng phí'], ['lãng phí', 'tiêu cực'], ['phòng', 'chống'], ['bảo vệ', 'chăm sóc'],
  // the Party's central board named so since 2025 ("Ban Chính sách, chiến lược Trung ương")
  ['chính sách', 'chiến lược'],
];
/** The fields of two words each, as one phrase of four; those of one word each, as one of two. */
const COMMA_JOINED = new PhraseSet(new Set(COMMA_FIELDS.filter(([a]) => a.includes(' ')).map(([a, b]) => `${a} ${b}`)));
const COMMA_JOINED_PAIRS = new PhraseSet(new Set(COMMA_FIELDS.filter(([a]) => !a.includes(' ')).map(([a, b]) => `${a} ${b}`)));
/**
 * Fields a committee's name ("Ủy ban …") holds across a comma only as it writes them, the second
 * capitalised: the National Assembly's committees ("Ủy ban Tài chính, Ngân sách", "Ủy ban Văn hóa, Giáo dục", "Ủy ban
 * Khoa học, Công nghệ và Môi trường"). In lower case the second begins the sentence's next clause
 * ("Theo Bộ Tài chính, ngân sách nhà nước …").
 */
const CAPITALISED_COMMA_JOINED = new PhraseSet(new Set(['tài chính ngân sách', 'văn hóa giáo dục', 'khoa học công nghệ']));

/**
 * The fields an official name names after "và" ("… thể thao và du lịch", "… giáo dục và đào tạo"; not the
 * lexicon's body words, "nhân dân", "cơ quan", nor words of a sentence, "xây dựng", "an ninh", which after
 * "và" name another party or task), and those a sector names ("… ngành giáo dục", "… ngành công an").
 */
const AND_FIELD_NAMES = [
  'du lịch', 'thể thao', 'thông tin', 'phát thanh', 'truyền thanh', 'truyền hình', 'truyền thông', 'đào tạo', 'môi trường', 'công nghệ', 'xã hội', 'vệ sinh', 'thương mại', 'dịch vụ', 'thiết kế',
];
const AND_FIELDS = new PhraseSet(new Set(AND_FIELD_NAMES));
/** The departments' names of two fields, whose second field in lower case is theirs whatever follows. */
const DEPARTMENTS = new PhraseSet(new Set([
  'tài nguyên và môi trường', 'giáo dục và đào tạo', 'nông nghiệp và phát triển nông thôn', 'văn hóa và thông tin', 'kinh tế và hạ tầng',
  'kế hoạch và đầu tư', 'khoa học và công nghệ', 'thông tin và truyền thông', 'thương binh và xã hội', 'tài chính và kế hoạch',
]));
/** … and the second fields of a department's name in lower case after its first in title case ("Phòng Kinh tế và hạ tầng"). */
const LOWER_AND_FIELDS = new PhraseSet(new Set([...AND_FIELD_NAMES, 'đầu tư', 'hạ tầng', 'phát triển nông thôn', 'phát triển', 'kế hoạch', 'thú y']));
const SECTOR_FIELDS = new PhraseSet(new Set([
  ...AND_FIELD_NAMES, 'giáo dục', 'y tế', 'tài chính', 'kế hoạch', 'đầu tư', 'nông nghiệp', 'nông thôn', 'lao động', 'kinh tế', 'văn hóa',
  'khoa học', 'tài nguyên', 'giao thông', 'vận tải', 'xây dựng', 'tư pháp', 'nội vụ', 'ngoại vụ', 'thương binh', 'công thương', 'ngân hàng',
  'hải quan', 'quốc phòng', 'an ninh', 'dân tộc', 'pháp chế', 'ngân sách', 'công an', 'tuyên giáo', 'kiểm sát', 'bảo hiểm',
]));
/** The words an official name goes on with after its comma's pair ("… chăm sóc sức khỏe cán bộ"). */
const COMMA_TAILS = new PhraseSet(new Set(['sức khỏe cán bộ']));
/** How many words of a COMMA_TAILS phrase start at word k (0: none). */
function commaTailLength(words: Words, k: number): number {
  for (let n = 4; n >= 1; n--) if (k + n <= words.count && words.phraseIn(COMMA_TAILS, k, n)) return n;
  return 0;
}

/** Does word i, after ", ", start the second half of a two-word COMMA_FIELDS pair whose first is in title case ("Bảo vệ, chăm sóc")? */
function isCommaPair(words: Words, i: number): boolean {
  return i >= 2 && i + 1 < words.count && words.shapes[i - 2] === Shape.Cap && words.phraseIn(COMMA_JOINED, i - 2, 4);
}

/**
 * The field after the comma of an official name in lower case ("Ban Bảo vệ, chăm sóc sức khỏe cán bộ
 * tỉnh"), from word i, the first after the comma of a pair of two-word COMMA_FIELDS after a field in title
 * case, as an official name writes it (a task's pair, "phòng, chống", is read whole or not at all by
 * taskEnd). The pair may look like a verb ("chăm sóc"). After it come the words the name is known to go on
 * with (COMMA_TAILS), or lower-case words right before a place's unit ("… khen thưởng cơ sở tỉnh"); a
 * sector or "và" goes on with the lexicon's fields ("… khen thưởng ngành giáo dục", "Trung tâm Văn hóa,
 * thể thao và truyền thanh huyện"). Any other lower-case word after the pair is the sentence's ("… khen
 * thưởng chủ trì", "… giao Sở Nội vụ"): the name ends (`ends`). `end`: the field's last word.
 */
function commaField(text: string, words: Words, i: number, stopAt?: (i: number) => boolean): { end: number; ends: boolean } {
  const after = i + 2;
  let end = after - 1;
  const tail = commaTailLength(words, after);
  if (tail > 0) end = after + tail - 1;
  else {
    let k = after;
    for (; k < words.count && k < after + MAX_FIELD_WORDS && words.shapes[k] === Shape.Lower && joined(text, words, k); k++) {
      if (words.phraseIn(UNITS, k, 1) || words.phraseIn(FIELD_STOPS, k, 1) || (k + 1 < words.count && words.phraseIn(VERBS, k, 2))) break;
      if (startsTerm(text, words, k) || hamletEnd(text, words, k, stopAt) > 0 || (stopAt && stopAt(k))) break;
    }
    if (k < words.count && joined(text, words, k) && words.phraseIn(UNITS, k, 1)) end = k - 1;
  }
  const next = end + 1;
  if (next >= words.count || !joined(text, words, next) || words.shapes[next] !== Shape.Lower || words.phraseIn(UNITS, next, 1)) return { end, ends: false };
  // A sector or "và" goes on with the fields of an official name after it ("… khen thưởng ngành giáo
  // dục", "Sở Văn hóa, thể thao và du lịch", "… và truyền thanh huyện"), or the name ends with the pair
  // ("… khen thưởng và lãnh đạo Sở Nội vụ", "… và đồng chí …").
  const sector = words.lowerIs(next, 'ngành');
  if (sector || words.lowerIs(next, 'và')) {
    // A sector in title case is read on as any capitalised words are ("… ngành Giáo dục và Đào tạo").
    if (sector && next + 1 < words.count && joined(text, words, next + 1) && words.shapes[next + 1] === Shape.Cap) return { end, ends: false };
    let last = -1;
    // Fields two words each, a sector's two joined by "và" ("… ngành giáo dục và đào tạo"); not the first
    // words of a longer one ("xã hội hóa").
    const fieldAt = (k: number, set: PhraseSet) =>
      k + 1 < words.count && joined(text, words, k) && joined(text, words, k + 1) && words.shapes[k] === Shape.Lower && words.shapes[k + 1] === Shape.Lower &&
      words.phraseIn(set, k, 2) && !(k + 2 < words.count && joined(text, words, k + 2) && words.lowerIs(k + 2, 'hóa'));
    if (fieldAt(next + 1, sector ? SECTOR_FIELDS : AND_FIELDS)) {
      last = next + 2;
      if (sector && last + 2 < words.count && words.lowerIs(last + 1, 'và') && joined(text, words, last + 1) && fieldAt(last + 2, AND_FIELDS)) last += 3;
    }
    if (last < 0) return { end, ends: true };
    // A "và" after them that joins no field of the name is the sentence's ("… ngành giáo dục và công an tỉnh").
    const and = last + 1 < words.count && joined(text, words, last + 1) && words.lowerIs(last + 1, 'và');
    return { end: last, ends: and };
  }
  if (!isBodyWord(words, next)) return { end, ends: true };
  // A body word before a field's lower-case words ends the name with the pair, never with that word
  // alone; a level goes on as ever ("… cán bộ trung ương", "… các huyện", "… cấp tỉnh").
  const field = next + 1 < words.count && joined(text, words, next + 1) && words.shapes[next + 1] === Shape.Lower && !isBodyWord(words, next + 1) &&
    !words.phraseIn(UNITS, next + 1, 1) && !words.phraseIn(TASK_LEVELS, next, 2);
  return { end, ends: field };
}

/**
 * Is word j one of the lower-case words a comma's field adds to an official name in title case (see
 * commaField): the pair's second half ("chăm sóc" of "Ban Bảo vệ, chăm sóc …") or what it reads after it
 * ("sức khỏe cán bộ", "và truyền thanh")? What a walk back from a name over its post passes (people.ts).
 */
export function inCommaField(text: string, words: Words, j: number): boolean {
  if (words.shapes[j] !== Shape.Lower) return false;
  for (let k = j; k >= 2 && k >= j - MAX_FIELD_WORDS - 4; k--) {
    if (words.shapes[k] !== Shape.Lower) return false;
    if (isCommaPair(words, k) && commaJoined(text, words, k)) return commaField(text, words, k).end >= j;
    if (!joined(text, words, k)) return false;
  }
  return false;
}

// The joint office of two councils or delegations of one place ("Văn phòng HĐND và UBND huyện", "Văn
// phòng Đoàn ĐBQH và HĐND tỉnh", "… Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh"): its "và" joins the
// two it serves, and starts no other body; and the chair of both councils ("Chủ tịch HĐND và UBND huyện").

/** The two councils, abbreviated or spelled out: their words, how many, and which one each is. */
const COUNCILS: readonly (readonly [PhraseSet, number, string])[] = [
  [new PhraseSet(new Set(['hđnd'])), 1, 'hđnd'], [new PhraseSet(new Set(['hội đồng nhân dân'])), 4, 'hđnd'],
  [new PhraseSet(new Set(['ubnd'])), 1, 'ubnd'], [new PhraseSet(new Set(['ủy ban nhân dân'])), 4, 'ubnd'],
];
/** … and what a joint office serves with one of them: a council, or the National Assembly's delegation. */
const COUNCILS_OR_DELEGATION: typeof COUNCILS = [
  [new PhraseSet(new Set(['đbqh'])), 1, 'đbqh'], [new PhraseSet(new Set(['đại biểu quốc hội'])), 4, 'đbqh'], ...COUNCILS,
];

/** Which council (or delegation) ends right before word k, and its first word; null for none. */
function councilEndingBefore(words: Words, k: number, sides = COUNCILS_OR_DELEGATION): { which: string; start: number } | null {
  for (const [set, n, which] of sides) if (k - n >= 0 && words.phraseIn(set, k - n, n)) return { which, start: k - n };
  return null;
}

/** Which council starts at word k ("" for none). */
function councilStartingAt(words: Words, k: number): string {
  for (const [set, n, which] of COUNCILS) if (k + n <= words.count && words.phraseIn(set, k, n)) return which;
  return '';
}

/** Does a council (HĐND, UBND, spelled out or not) start at word k? */
export const councilAt = (words: Words, k: number): boolean => councilStartingAt(words, k) !== '';

/**
 * Does the "và" at word k join the two councils a chair of both holds ("(Phó) Chủ tịch HĐND và UBND
 * huyện", "Chủ tịch Hội đồng nhân dân và Ủy ban nhân dân huyện"), as biographies write a double post?
 */
export function chairOfBoth(words: Words, k: number): boolean {
  const before = councilEndingBefore(words, k, COUNCILS);
  return before !== null && before.which === 'hđnd' && before.start >= 2 && words.lowerIs(before.start - 1, 'tịch') &&
    words.lowerIs(before.start - 2, 'chủ') && councilStartingAt(words, k + 1) === 'ubnd';
}

/**
 * Does the "và" at word k join the two councils (or the delegation and the council) a joint office serves,
 * right after "Văn phòng" ("Văn phòng HĐND và UBND", "Văn phòng Đoàn ĐBQH và HĐND")? Not those of a
 * council's committee ("Ban Dân tộc HĐND và UBND tỉnh"), nor one council twice.
 */
export function jointOffice(words: Words, k: number): boolean {
  const before = councilEndingBefore(words, k);
  if (before === null) return false;
  let start = before.start;
  if (start >= 1 && words.lowerIs(start - 1, 'đoàn')) start--;
  if (start < 2 || !words.lowerIs(start - 1, 'phòng') || !words.lowerIs(start - 2, 'văn')) return false;
  const after = councilStartingAt(words, k + 1);
  return after !== '' && after !== before.which;
}

/**
 * The first word of the steering committee or council head ("Ban Chỉ đạo", "Hội đồng") whose task runs
 * over word j ("… Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh"), or -1: what a walk back from a
 * name over its post passes at once (people.ts).
 */
export function taskStartBefore(text: string, words: Words, j: number): number {
  for (let last = j - 1; last >= 1 && last >= j - MAX_NAMED_TASK_WORDS - 1; last--) {
    const head = taskHeadEndingAt(words, last);
    if (head === 0 || !joined(text, words, last + 1)) continue;
    const end = taskEnd(text, words, last + 1, head === 2);
    return end >= j ? headStart(words, last, head) : -1;
  }
  return -1;
}

/**
 * The first word of "Ban Chỉ đạo" when a national committee's level and task end at word j ("… Ban Chỉ
 * đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số"), or -1: a walk
 * back from a name passes over them at once, however many words the task has.
 */
export function nationalTaskStartBefore(text: string, words: Words, j: number): number {
  if (words.shapes[j] !== Shape.Lower && words.shapes[j] !== Shape.Other) return -1;
  for (let last = j - 3; last >= 2 && last >= j - MAX_NAMED_TASK_WORDS - 1; last--) {
    if (taskHeadEndingAt(words, last) === 2 && joined(text, words, last + 1)) return nationalTaskEnd(text, words, last + 1) === j ? headStart(words, last, 2) : -1;
  }
  return -1;
}

/**
 * The ministry's fields as its own documents write them, across a comma ("Sở Lao động, Thương binh và Xã
 * hội"; the dashed form is DASHED_COMPOUNDS'): whole, and after the heads of its ministry, departments and
 * offices only. "Báo Lao động, thương binh …" and "Liên đoàn Lao động, thương binh, bệnh binh" are lists.
 */
const LABOUR_FIELDS = new PhraseSet(new Set(['lao động thương binh và xã hội']));
const LABOUR_HEADS = new PhraseSet(new Set(['sở', 'bộ', 'phòng']));

/** Is word i the "Thương" of LABOUR_FIELDS (after their comma or dash), the rest of them joined by spaces? */
function labourFieldsAt(text: string, words: Words, i: number): boolean {
  // "thương" and "động" first: one look at two words before the phrase's.
  if (i < 3 || i + 4 >= words.count || !words.lowerIs(i, 'thương') || !words.lowerIs(i - 1, 'động')) return false;
  if (!words.phraseIn(LABOUR_FIELDS, i - 2, 7) || !words.phraseIn(LABOUR_HEADS, i - 3, 1)) return false;
  for (let k = i + 1; k <= i + 4; k++) if (!joined(text, words, k)) return false;
  return true;
}

/** Does word i go on a name across ", " (see COMMA_JOINED)? */
export function commaJoined(text: string, words: Words, i: number): boolean {
  if (i < 1 || i >= words.count) return false;
  const end = words.ends[i - 1];
  if (words.starts[i] - end !== 2 || !text.startsWith(', ', end)) return false;
  return commaPairAt(words, i) || labourFieldsAt(text, words, i) ||
    (i >= 4 && i + 1 < words.count && words.shapes[i] === Shape.Cap && words.lowerIs(i - 3, 'ban') && words.lowerIs(i - 4, 'ủy') && words.phraseIn(CAPITALISED_COMMA_JOINED, i - 2, 4));
}

/** Are the words around the comma before word i one of COMMA_FIELDS, however the comma is spaced? */
function commaPairAt(words: Words, i: number): boolean {
  return (i >= 2 && i + 1 < words.count && words.phraseIn(COMMA_JOINED, i - 2, 4)) || (i >= 1 && words.phraseIn(COMMA_JOINED_PAIRS, i - 1, 2));
}

/**
 * Does word i, after a dash, continue a name in a dashed compound of two words and two ("Lao động -
 * Thương binh", "Bà Rịa - Vũng Tàu") or two and one ("Thừa Thiên - Huế")? The dash has up to two spaces
 * on either side, or none ("Bà Rịa-Vũng Tàu", "Bà Rịa -Vũng Tàu"); the text is normalised, so any dash
 * reads as "-".
 */
export function dashJoined(text: string, words: Words, i: number): boolean {
  if (i < 2 || i >= words.count) return false;
  // A second half in lower case after a first in title case ("Ban Văn hóa - xã hội"), as a council's
  // committees are often written; not after one in lower case ("phát triển kinh tế - xã hội").
  const lower = words.shapes[i] === Shape.Lower;
  if (lower && words.shapes[i - 2] !== Shape.Cap) return false;
  const end = words.ends[i - 1];
  const start = words.starts[i];
  if (!oneDash(text, end, start)) return false;
  if ((i + 1 < words.count && words.phraseIn(DASHED, i - 2, 4)) || words.phraseIn(DASHED, i - 2, 3)) return true;
  return !lower && countryPair(text, words, i);
}

/** The tail of "Dân số - Kế hoạch hóa gia đình" after its dashed pair. */
const FAMILY_PLANNING = new PhraseSet(new Set(['kế hoạch hóa gia đình']));

/** Is text[from, to) one dash with up to two spaces on either side ("-", " - ", " -")? */
function oneDash(text: string, from: number, to: number): boolean {
  if (to - from > 5) return false;
  let dashes = 0;
  for (let q = from; q < to; q++) {
    const c = text.charCodeAt(q);
    if (c === 45) dashes++;
    else if (c !== 32) return false;
  }
  return dashes === 1;
}

/**
 * Countries a name pairs with Vietnam across a dash ("Hội Hữu nghị Việt Nam - Lào", "Bệnh viện Hữu nghị
 * Việt - Đức", "Ủy ban liên Chính phủ Việt Nam - Campuchia"), in one word or two.
 */
const COUNTRIES = new PhraseSet(new Set([
  'lào', 'campuchia', 'cam pu chia', 'cuba', 'cu ba', 'trung quốc', 'nga', 'liên bang nga', 'liên xô', 'xô', 'nhật', 'nhật bản', 'hàn', 'hàn quốc', 'triều tiên',
  'đức', 'pháp', 'anh', 'mỹ', 'hoa kỳ', 'ấn độ', 'singapore', 'thái lan', 'ba lan', 'hungary', 'séc', 'tiệp khắc', 'mông cổ', 'australia', 'úc', 'italia', 'ý',
  'belarus', 'ukraine', 'venezuela', 'mozambique', 'angola', 'algeria', 'indonesia', 'malaysia', 'philippines', 'myanmar', 'bungari', 'rumani', 'hà lan', 'bỉ',
  'thụy điển', 'na uy', 'đan mạch', 'phần lan', 'canada', 'israel', 'iran', 'ai cập', 'nam phi', 'brazil', 'argentina', 'chile', 'mexico', 'new zealand',
]));
const GIVEN_NAME_COUNTRIES = new PhraseSet(new Set(['anh', 'đức', 'nga', 'mỹ', 'ý', 'úc', 'nhật', 'pháp', 'hàn', 'séc', 'bỉ', 'xô']));

/** How many words a country's name of COUNTRIES takes at word i (one or two; 0: none). */
export function countryLength(words: Words, i: number): number {
  if (twoWordCountryAt(words, i)) return 2;
  return words.phraseIn(COUNTRIES, i, 1) ? 1 : 0;
}

/** Is a country's name of two words at word i ("Thái Lan", "Hàn Quốc")? */
export function twoWordCountryAt(words: Words, i: number): boolean {
  return i + 1 < words.count && words.shapes[i + 1] !== Shape.Lower && words.phraseIn(COUNTRIES, i, 2);
}
const PROVINCES = new PhraseSet(new Set([...PLACES].filter((p) => p.split(' ').length === 2)));
const VIET = new PhraseSet(new Set(['việt', 'việt nam']));

/** Does word i, after a dash, name the country "Việt Nam" or "Việt" is paired with (see COUNTRIES)? */
function countryPair(text: string, words: Words, i: number): boolean {
  if (words.shapes[i] !== Shape.Cap || words.shapes[i - 1] !== Shape.Cap) return false;
  if (!(words.phraseIn(VIET, i - 1, 1) || words.phraseIn(VIET, i - 2, 2))) return false;
  for (let n = Math.min(3, words.count - i); n >= 1; n--) {
    if (!words.phraseIn(COUNTRIES, i, n)) continue;
    // A country whose name is also a given name, before a capitalised word that is no family name, may
    // be a person's name ("Thông tấn xã Việt Nam - Anh Tuấn"): no pair then.
    const next = i + n;
    // A province's name after it is the body's place ("Trường Cao đẳng Việt - Đức Vĩnh Phúc").
    return !(n === 1 && words.phraseIn(GIVEN_NAME_COUNTRIES, i, 1) && next < words.count && words.shapes[next] === Shape.Cap && joined(text, words, next) && !(words.flags(next) & Lex.Surname) &&
      !(next + 1 < words.count && joined(text, words, next + 1) && words.phraseIn(PROVINCES, next, 2)));
  }
  return false;
}

/** A steering committee's head, named by its number or its task after it (see taskEnd). */
const STEERING = new PhraseSet(new Set(['ban chỉ đạo']));
/** A council's head, named by its task after it ("Hội đồng thi đua, khen thưởng huyện"). */
const COUNCIL = new PhraseSet(new Set(['hội đồng']));
/** The most words of a task, its level included ("phòng, chống tham nhũng, tiêu cực tỉnh": 7). */
const MAX_TASK_WORDS = 12;
/** Whole phrases as listedPhraseEnd reads them: their words and marks (", ", "-"), the longest first. */
function listedPhrases(phrases: readonly string[]): readonly (readonly string[])[] {
  return phrases.map((t) => t.match(/[^\s,-]+|[,-]/g)!).sort((a, b) => b.length - a.length);
}
/**
 * The tasks of the national steering committees, written after their level and "về" or not ("Ban Chỉ
 * đạo Trung ương về phòng, chống tham nhũng, tiêu cực", "Ban Chỉ đạo quốc gia phòng, chống dịch
 * COVID-19"): the committees of one level differ by them alone, and no level closes them. Whole
 * phrases only, the longest first: a verb may follow ("… tiêu cực họp", "… chuyển đổi số đã …").
 */
const NATIONAL_TASKS = listedPhrases([
  'phòng, chống tham nhũng, tiêu cực', 'phòng, chống tham nhũng, lãng phí, tiêu cực', 'phòng, chống tham nhũng', 'cải cách tư pháp',
  'phòng, chống dịch covid-19', 'phòng, chống dịch covid 19', 'phòng, chống dịch covid19', 'phòng, chống tội phạm', 'phòng, chống thiên tai', 'phòng thủ dân sự', 'công tác thông tin đối ngoại',
  'phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số', 'chống buôn lậu, gian lận thương mại và hàng giả',
  'thực hiện các chương trình mục tiêu quốc gia', 'các chương trình mục tiêu quốc gia',
]);
/**
 * The fields of the police's departments and offices, written in lower case after "Cảnh sát" with a
 * "về", a comma or a "và" inside ("Cục Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu",
 * "Phòng Cảnh sát quản lý hành chính về trật tự xã hội Công an tỉnh"), where any other field ends: read
 * whole, as official names. Longest first.
 */
const POLICE_FIELDS = listedPhrases([
  'điều tra tội phạm về tham nhũng, kinh tế, buôn lậu, môi trường', 'điều tra tội phạm về tham nhũng, kinh tế, buôn lậu',
  'điều tra tội phạm về trật tự quản lý kinh tế và chức vụ', 'điều tra tội phạm về trật tự xã hội', 'điều tra tội phạm về ma túy',
  'điều tra tội phạm về môi trường', 'điều tra tội phạm về buôn lậu', 'quản lý hành chính về trật tự xã hội',
  'phòng cháy, chữa cháy và cứu nạn, cứu hộ', 'phòng cháy và chữa cháy', 'thi hành án hình sự và hỗ trợ tư pháp',
  'phòng, chống tội phạm sử dụng công nghệ cao', 'quản lý trại giam, cơ sở giáo dục bắt buộc, trường giáo dưỡng',
  // … and those of one or two words, which a name's field would take only before a capitalised word or a
  // place ("Cục Cảnh sát giao thông cho biết", "… Cảnh sát hình sự, Công an tỉnh" lost their field)
  'giao thông đường bộ - đường sắt', 'giao thông đường bộ, đường sắt', 'giao thông đường bộ', 'giao thông đường thủy', 'giao thông', 'hình sự', 'cơ động', 'kinh tế', 'môi trường', 'điều tra', 'đường thủy', 'truy nã tội phạm',
  'quản lý tạm giữ, tạm giam', 'bảo vệ', 'đặc nhiệm', 'hỗ trợ tư pháp', 'biển',
]);
/** … and of the security police's, after "An ninh" ("Cục An ninh điều tra", "Phòng An ninh kinh tế Công an tỉnh"). */
const SECURITY_FIELDS = listedPhrases([
  'mạng và phòng, chống tội phạm sử dụng công nghệ cao', 'chính trị nội bộ', 'văn hóa, tư tưởng', 'điều tra', 'kinh tế', 'nội địa', 'đối ngoại',
]);
/**
 * … and of the boards and departments named "Quản lý" and what they manage, after it ("Ban Quản lý dự án
 * đầu tư xây dựng huyện", "Ban Quản lý rừng phòng hộ Tân Phú", "Cục Quản lý thị trường"), its first word
 * capitalised or not ("Ban Quản lý Khu kinh tế tỉnh").
 */
const MANAGEMENT_FIELDS = listedPhrases([
  'dự án đầu tư xây dựng công trình dân dụng và công nghiệp', 'dự án đầu tư xây dựng các công trình dân dụng và công nghiệp', 'dự án đầu tư xây dựng các công trình giao thông', 'dự án đầu tư xây dựng công trình giao thông',
  'dự án đầu tư xây dựng công trình nông nghiệp và phát triển nông thôn', 'dự án đầu tư xây dựng khu vực', 'dự án đầu tư xây dựng', 'dự án đầu tư và xây dựng',
  'các dự án', 'dự án', 'rừng phòng hộ', 'rừng đặc dụng', 'khu kinh tế', 'các khu công nghiệp, chế xuất', 'các khu công nghiệp và chế xuất', 'các khu chế xuất và công nghiệp',
  'các khu chế xuất, công nghiệp', 'các khu công nghiệp', 'khu di tích', 'di tích', 'thị trường',
  // the departments of the ministries ("Cục Quản lý dược", "Cục Quản lý xuất nhập cảnh")
  'dược', 'xuất nhập cảnh', 'chất lượng nông lâm sản và thủy sản', 'an toàn thực phẩm', 'khám, chữa bệnh', 'môi trường y tế', 'y, dược cổ truyền',
  'đê điều và phòng, chống thiên tai', 'giá', 'công sản', 'nợ và tài chính đối ngoại', 'đấu thầu', 'đăng ký kinh doanh', 'đất đai', 'tài nguyên nước',
  'hoạt động xây dựng', 'nhà và thị trường bất động sản', 'lao động ngoài nước', 'thương mại điện tử', 'cạnh tranh', 'chất lượng', 'xây dựng công trình',
  'chất thải rắn', 'môi trường', 'kinh doanh', 'thuế', 'giáo dục', 'hành chính về trật tự xã hội', 'chất lượng nông lâm thủy sản',
  // … and the boards of a park, a reserve, a heritage site ("Ban Quản lý Khu du lịch Tràng An")
  'đô thị', 'trật tự đô thị', 'đường bộ', 'bảo vệ rừng', 'khu du lịch quốc gia', 'khu du lịch', 'khu bảo tồn biển', 'khu bảo tồn thiên nhiên', 'khu bảo tồn', 'vườn quốc gia', 'quần thể danh thắng', 'di sản',
]);
const POLICE = new PhraseSet(new Set(['cảnh sát']));
const SECURITY = new PhraseSet(new Set(['an ninh']));
const MANAGEMENT = new PhraseSet(new Set(['quản lý']));

/**
 * The last word of a listed field from word i, right after "Cảnh sát" (POLICE_FIELDS), "An ninh"
 * (SECURITY_FIELDS) or "Quản lý" (MANAGEMENT_FIELDS), or -1.
 */
function listedFieldEnd(text: string, words: Words, i: number, stopAt?: (i: number) => boolean): number {
  if (i < 2 || words.shapes[i - 2] !== Shape.Cap) return -1;
  const shape = words.shapes[i];
  if (shape !== Shape.Lower && shape !== Shape.Cap) return -1;
  // "Cảnh", "An" or "Quản" (its capital, one look at a character) before any look-up.
  const c = text.charCodeAt(words.starts[i - 2]);
  if ((c !== 0x43 && c !== 0x41 && c !== 0x51) || !joined(text, words, i)) return -1;
  if (c === 0x51) return words.phraseIn(MANAGEMENT, i - 2, 2) ? listedPhraseEnd(MANAGEMENT_FIELDS, text, words, i, stopAt) : -1;
  if (shape !== Shape.Lower) return -1;
  if (c === 0x43) return words.phraseIn(POLICE, i - 2, 2) ? listedPhraseEnd(POLICE_FIELDS, text, words, i, stopAt) : -1;
  return words.phraseIn(SECURITY, i - 2, 2) ? listedPhraseEnd(SECURITY_FIELDS, text, words, i, stopAt) : -1;
}

/** Words of each listed field, longest first: where one may start before its last word. */
const LISTED_FIELD_WORDS = [...new Set([...POLICE_FIELDS, ...SECURITY_FIELDS, ...MANAGEMENT_FIELDS].map((f) => f.filter((t) => t !== ',' && t !== '-').length))].sort((a, b) => b - a);

/** Where a listed field ending at word j starts (right after "Cảnh sát", "An ninh" or "Quản lý"), or -1: a post's walk back from its name goes on before it. */
export function listedFieldStartBefore(text: string, words: Words, j: number, stopAt?: (i: number) => boolean): number {
  // A unit's number after its field ("Ban Quản lý dự án 6", "Vùng Cảnh sát biển 1").
  if (j >= 3 && unitNumberAt(text, words, j)) j--;
  if (words.shapes[j] !== Shape.Lower && words.shapes[j] !== Shape.Cap) return -1;
  for (const n of LISTED_FIELD_WORDS) if (j - n + 1 >= 2 && listedFieldEnd(text, words, j - n + 1, stopAt) === j) return j - n + 1;
  return -1;
}

/**
 * Is word i a region's number after "khu vực": a Roman numeral (in capitals, "I" and "V" alone too) or a
 * number of up to three digits, not one of a list and not one that counts.
 */
function regionNumberAt(text: string, words: Words, i: number): boolean {
  if (!joined(text, words, i)) return false;
  const word = text.slice(words.starts[i], words.ends[i]);
  const roman = ROMAN_RE.test(word) && (words.shapes[i] === Shape.Upper || word.length === 1);
  if (!roman && !(words.shapes[i] === Shape.Other && UNIT_NUMBER_RE.test(word))) return false;
  MORE_REGIONS_RE.lastIndex = words.ends[i];
  if (MORE_REGIONS_RE.test(text)) return false;
  if (roman) return true;
  return !countWordAfter(text, words.ends[i]) && !(i + 1 < words.count && joined(text, words, i + 1) && words.shapes[i + 1] === Shape.Lower && words.phraseIn(REGION_COUNTED, i + 1, 1));
}

/** Is word k a unit's number (up to three digits) joined to the word before it? */
function unitNumberAt(text: string, words: Words, k: number): boolean {
  return words.shapes[k] === Shape.Other && joined(text, words, k) && UNIT_NUMBER_RE.test(words.lower(k));
}

/**
 * A unit's number at word k, written with "số" or not ("Ban Quản lý dự án 6", "Đội Quản lý thị trường số
 * 3"): the number's word, or -1 (none, or one that counts: "… dự án 3 năm nay").
 */
function unitNumberAfter(text: string, words: Words, k: number): number {
  if (k >= words.count) return -1;
  const no = words.shapes[k] === Shape.Lower && words.lowerIs(k, 'số') && joined(text, words, k) ? k + 1 : k;
  return no < words.count && unitNumberAt(text, words, no) && !countWordAfter(text, words.ends[no]) ? no : -1;
}

/** Does what a number counts, or a fraction or list of numbers, follow at `at` (COUNTED_AFTER_RE)? */
function countWordAfter(text: string, at: number): boolean {
  COUNTED_AFTER_RE.lastIndex = at;
  return COUNTED_AFTER_RE.test(text);
}

/** Military and police ranks, posts of their own before a name. */
const RANKS = new PhraseSet(new Set([
  'đại tướng', 'thượng tướng', 'trung tướng', 'thiếu tướng', 'đại tá', 'thượng tá', 'trung tá', 'thiếu tá', 'đại úy', 'thượng úy', 'trung úy', 'thiếu úy',
]));

/** Does a rank ("Đại tá", "Thiếu tướng") begin at word j? */
export function rankAt(text: string, words: Words, j: number): boolean {
  return rankLength(text, words, j) > 0;
}

/** The words of the rank that begins at word j (2, or 3 for "Chuẩn Đô đốc"), or 0. */
export function rankLength(text: string, words: Words, j: number): number {
  if (j < 0 || j + 1 >= words.count) return 0;
  // The navy's and the coast guard's admirals: "Chuẩn Đô đốc", "Phó Đô đốc".
  if (j + 2 < words.count && words.lowerIs(j + 1, 'đô') && words.lowerIs(j + 2, 'đốc') && (words.lowerIs(j, 'chuẩn') || words.lowerIs(j, 'phó')) && joined(text, words, j + 1) && joined(text, words, j + 2)) return 3;
  if (words.shapes[j + 1] !== Shape.Lower) return 0;
  // Each rank's second word begins with "t" or "ú" ("tá", "tướng", "úy"; the text is normalised to NFC and the
  // modern tones): most words are set apart with no look-up.
  const c = text.charCodeAt(words.starts[j + 1]);
  return (c === 0x74 || c === 0xfa) && words.phraseIn(RANKS, j, 2) && joined(text, words, j + 1) ? 2 : 0;
}

/** The levels national steering committees are named by, of two words, and the abbreviations of "Trung ương". */
const NATIONAL_LEVELS = new PhraseSet(new Set(['trung ương', 'quốc gia']));
const NATIONAL_LEVEL_ABBREVIATIONS = new PhraseSet(new Set(['tw', 'tư']));
/**
 * What, right after a listed task, means the text names another committee whose task goes on ("… tội
 * phạm ma túy", "… tham nhũng tiêu cực", "… tiêu cực, lãng phí", "… thiên tai và tìm kiếm cứu nạn",
 * "… mục tiêu quốc gia xây dựng nông thôn mới"): no listed task is read there.
 */
const TASK_GOES_ON = new PhraseSet(new Set([
  'tiêu cực', 'lãng phí', 'ma túy', 'mua bán', 'công nghệ cao', 'có tổ chức', 'kinh tế', 'môi trường', 'xây dựng', 'giảm nghèo', 'phát triển',
  'tìm kiếm', 'dịch bệnh', 'hàng giả', 'trên', 'đối với', 'cấp',
]));
/** The most words from a task's head to its end: a national level, "về" and the longest national task ("phát triển khoa học, …": 11). */
const MAX_NAMED_TASK_WORDS = 16;
/** Levels that close a task ("… tiêu cực tỉnh", "… mục tiêu quốc gia"). */
const TASK_LEVELS = new PhraseSet(new Set(['tỉnh', 'huyện', 'quận', 'xã', 'phường', 'thành phố', 'thị xã', 'thị trấn', 'trung ương', 'quốc gia']));
/** A level's word that begins another word with the next ("tệ nạn xã hội"): no level there. */
const LEVEL_WORDS = new PhraseSet(new Set(['xã hội', 'xã viên', 'tỉnh ủy', 'huyện ủy', 'quận ủy']));
/** Words before a level that make it many places or a verb's object ("yêu cầu các huyện", "toàn tỉnh"): no committee's level. */
const NOT_ONE_LEVEL = new PhraseSet(new Set(['các', 'những', 'mỗi', 'từng', 'toàn', 'nhiều', 'cả']));
/** Words of NAME_FIELD_STOPS that tasks hold ("các chương trình", "nông thôn mới", "tham nhũng", "… và …"). */
const TASK_WORDS = new PhraseSet(new Set(['các', 'và', 'mới', 'tham']));
/**
 * What a steering committee does, and how, written right after it ("Ban Chỉ đạo đôn đốc huyện …",
 * "… thường xuyên kiểm tra …"): never the first words of its task.
 */
const COMMITTEE_VERBS = new PhraseSet(new Set([
  'yêu cầu', 'đề nghị', 'đề xuất', 'giao', 'họp', 'kiểm tra', 'đôn đốc', 'nhắc nhở', 'chấn chỉnh', 'chỉ đạo', 'đánh giá', 'thống nhất',
  'quyết định', 'làm việc', 'báo cáo', 'phân công', 'nhất trí', 'thông qua', 'lưu ý', 'nhấn mạnh', 'đề ra', 'ghi nhận', 'biểu dương',
  'khen', 'phê bình', 'chủ trì', 'giúp', 'hỗ trợ', 'kết luận', 'đi', 'thăm', 'trao', 'tặng', 'xem xét', 'khảo sát', 'giám sát',
  'hướng dẫn', 'triển khai', 'tiến hành', 'tổ chức', 'thường xuyên', 'kịp thời', 'quyết liệt', 'chủ động', 'tập trung',
]));
/**
 * The first words of the tasks steering committees are set up for ("phòng, chống tham nhũng", "xây
 * dựng nông thôn mới", "các chương trình mục tiêu quốc gia", "tuyển sinh quân sự"). A level does not
 * tell those from a verb and its object ("Ban Chỉ đạo rà soát hồ sơ … xã", "… nghe lãnh đạo huyện
 * báo cáo"): a committee's task in lower case begins with one of them.
 */
const TASK_STARTS = new PhraseSet(new Set([
  'phòng', 'chống', 'xây dựng', 'thực hiện', 'chương trình', 'các chương trình', 'công tác', 'cải cách', 'chuyển đổi số', 'tuyển sinh',
  'thi hành', 'bảo vệ', 'phát triển', 'giảm nghèo', 'xóa đói giảm nghèo', 'an toàn', 'an ninh', 'phổ cập', 'nông thôn mới', 'tổng điều tra',
  'kiểm kê', 'giải phóng mặt bằng', 'xóa nhà tạm', 'xóa mù chữ', 'sắp xếp đơn vị hành chính', 'đổi mới', 'hội nhập', 'ứng dụng', 'vệ sinh',
  'cuộc vận động', 'liên ngành', 'bình đẳng giới', 'bầu cử', 'dồn điền', 'tinh giản biên chế',
]));
/** The most words of a phrase of TASK_STARTS. */
const MAX_TASK_START_WORDS = 4;
/** The number of a committee ("Ban Chỉ đạo 35", "… 389"). */
const COMMITTEE_NUMBER_RE = /^\d{2,3}$/;
/** What a number after "Ban Chỉ đạo" counts instead ("Ban Chỉ đạo 6 tháng đầu năm", "… 15 thành viên"). */
const COUNTED = new PhraseSet(new Set(['tháng', 'năm', 'ngày', 'tuần', 'quý', 'lần', 'người', 'thành viên']));

/** The number of words of the level that ends at word i (TASK_LEVELS, not the "xã" of "xã hội"), 0 if none. */
function levelEndingAt(text: string, words: Words, i: number): number {
  const n = words.phraseIn(TASK_LEVELS, i, 1) ? 1 : i > 0 && words.phraseIn(TASK_LEVELS, i - 1, 2) ? 2 : 0;
  return n > 0 && i + 1 < words.count && joined(text, words, i + 1) && words.phraseIn(LEVEL_WORDS, i, 2) ? 0 : n;
}

/** Does word `last` end a head named by its task: 2 for "Ban Chỉ đạo" (or its number), 1 for "Hội đồng", else 0? */
function taskHeadEndingAt(words: Words, last: number): number {
  if (words.lowerIs(last, 'đạo')) return last >= 2 && words.phraseIn(STEERING, last - 2, 3) ? 2 : 0;
  // "BCĐ", the abbreviation of "Ban Chỉ đạo", in capitals ("BCĐ TW về phòng, chống tham nhũng, tiêu cực").
  if (words.shapes[last] === Shape.Upper && words.lowerIs(last, 'bcđ')) return 2;
  return last >= 1 && words.lowerIs(last, 'đồng') && words.phraseIn(COUNCIL, last - 1, 2) ? 1 : 0;
}

/** The first word of the head ending at word `last` of kind `head` (taskHeadEndingAt): "BCĐ" is one word, "Ban Chỉ đạo" three, "Hội đồng" two. */
function headStart(words: Words, last: number, head: number): number {
  return head === 2 && words.lowerIs(last, 'bcđ') ? last : last - head;
}

/** Do the words from i on begin a steering committee's task (TASK_STARTS)? */
function taskStartsAt(words: Words, i: number): boolean {
  for (let n = Math.min(MAX_TASK_START_WORDS, words.count - i); n >= 1; n--) if (words.phraseIn(TASK_STARTS, i, n)) return true;
  return false;
}

/**
 * The last word of the name of a steering committee or a council after its head (its last word at
 * i - 1), or -1. The name is a number of two or three digits, a committee's only ("Ban Chỉ đạo 35",
 * not "… 6 tháng"), or a task, in lower case with a programme's capitalised name or a comma of
 * COMMA_JOINED in it ("phòng, chống tham nhũng, tiêu cực", "thực hiện Quy chế dân chủ"), closed by its
 * level ("… tỉnh", "… quốc gia"), which a place's name may follow. A task cannot be told from the
 * sentence's verb and object ("Ban Chỉ đạo tổng kết công tác", "… yêu cầu các huyện") but by its
 * level: without one within MAX_TASK_WORDS, before a mark, a preposition, an auxiliary, a number, an
 * abbreviation, a person or a post, or with a level of many ("các huyện"), the head stands alone; a
 * steering committee's task in lower case also begins with TASK_STARTS. `steering`: the head is "Ban
 * Chỉ đạo", which alone has a number.
 */
function taskEnd(text: string, words: Words, i: number, steering: boolean, stopAt?: (i: number) => boolean): number {
  const national = steering ? nationalTaskEnd(text, words, i, stopAt) : -1;
  if (national >= 0) return national;
  if (words.shapes[i] === Shape.Other) {
    if (!steering) return -1;
    const counts = i + 1 < words.count && joined(text, words, i + 1) && (words.phraseIn(COUNTED, i + 1, 1) || (i + 2 < words.count && words.phraseIn(COUNTED, i + 1, 2)));
    return COMMITTEE_NUMBER_RE.test(words.lower(i)) && !counts ? i : -1;
  }
  if (words.phraseIn(COMMITTEE_VERBS, i, 1) || (i + 1 < words.count && words.phraseIn(COMMITTEE_VERBS, i, 2))) return -1;
  if (steering && words.shapes[i] === Shape.Lower && !taskStartsAt(words, i)) return -1;
  const limit = Math.min(i + MAX_TASK_WORDS, words.count);
  const end = levelClosing(text, words, i, limit, stopAt);
  // A national programme is named on in lower case up to the place that runs it ("Chương trình mục
  // tiêu quốc gia giảm nghèo bền vững huyện"): a task that goes on so after "quốc gia" ends at that place.
  const goesOn = end >= 0 && end + 1 < limit && words.lowerIs(end, 'gia') && joined(text, words, end + 1) && taskStartsAt(words, end + 1);
  const later = goesOn ? levelClosing(text, words, end + 1, limit, stopAt) : -1;
  return later >= 0 ? later : end;
}

/**
 * The last word of a national steering committee's level and task from word i ("Trung ương về phòng,
 * chống tham nhũng, tiêu cực", "quốc gia phòng, chống dịch COVID-19"; see NATIONAL_TASKS), or -1.
 */
function nationalTaskEnd(text: string, words: Words, i: number, stopAt?: (i: number) => boolean): number {
  const level = i + 2 < words.count && words.phraseIn(NATIONAL_LEVELS, i, 2) && joined(text, words, i + 1) ? 2 : i + 1 < words.count && words.phraseIn(NATIONAL_LEVEL_ABBREVIATIONS, i, 1) ? 1 : 0;
  if (level === 0 || !joined(text, words, i + level)) return -1;
  const from = words.lowerIs(i + level, 'về') ? i + level + 1 : i + level;
  if (from > i + level && (from >= words.count || !joined(text, words, from))) return -1;
  const end = listedTaskEnd(text, words, from, stopAt);
  return end >= 0 && !goesOn(text, words, end + 1) ? end : -1;
}

/** The last word of the longest task of NATIONAL_TASKS written from word `from`, or -1. */
function listedTaskEnd(text: string, words: Words, from: number, stopAt?: (i: number) => boolean): number {
  return listedPhraseEnd(NATIONAL_TASKS, text, words, from, stopAt);
}

/** The last word of the first (longest) phrase of `list` written from word `from`, its marks as the list writes them (see gapIs), or -1. */
function listedPhraseEnd(list: readonly (readonly string[])[], text: string, words: Words, from: number, stopAt?: (i: number) => boolean): number {
  for (const task of list) {
    let k = from;
    let mark = '';
    let ok = true;
    for (const token of task) {
      if (token === ',' || token === '-') {
        mark = token;
        continue;
      }
      if (k >= words.count || !words.lowerIs(k, token) || (k > from && !gapIs(text, words, k, mark, token)) || (stopAt && stopAt(k))) {
        ok = false;
        break;
      }
      mark = '';
      k++;
    }
    if (ok) return k - 1;
  }
  return -1;
}

/** Is the gap before word k of a listed task what the list writes there: ", ", "-" or a space (`mark` ''). */
function gapIs(text: string, words: Words, k: number, mark: string, token: string): boolean {
  const end = words.ends[k - 1];
  // A dash with no space ("COVID-19"), or with spaces as a name's halves have them ("đường bộ - đường sắt").
  if (mark === '-') return words.starts[k] === end + 1 ? text.charCodeAt(end) === 0x2d : token !== '19' && oneDash(text, end, words.starts[k]);
  // The comma of "phòng, chống" is often left out ("phòng chống tham nhũng").
  if (mark === ',') return (words.starts[k] - end === 2 && text.startsWith(', ', end)) || (token === 'chống' && joined(text, words, k));
  return joined(text, words, k);
}

/** Does the task read up to word k - 1 go on at word k (TASK_GOES_ON, or "và" and a lower-case word), naming another committee? */
function goesOn(text: string, words: Words, k: number): boolean {
  if (k >= words.count || !(joined(text, words, k) || (words.starts[k] - words.ends[k - 1] === 2 && text.startsWith(', ', words.ends[k - 1])))) return false;
  if (words.lowerIs(k, 'và')) return k + 1 < words.count && joined(text, words, k + 1) && words.shapes[k + 1] === Shape.Lower;
  for (let n = Math.min(3, words.count - k); n >= 1; n--) if (words.phraseIn(TASK_GOES_ON, k, n)) return true;
  return false;
}

/**
 * The last word of "COVID-19" written from word k, or -1: two words with a dash (any dash: the
 * normalisation writes every one as "-") or a space between them ("COVID 19"), or one ("Covid19").
 */
export function covidEnd(text: string, words: Words, k: number): number {
  if (k >= words.count || (text.charCodeAt(words.starts[k]) | 32) !== 0x63) return -1;
  if (words.lowerIs(k, 'covid19')) return k;
  if (k + 1 >= words.count || !words.lowerIs(k, 'covid') || !words.lowerIs(k + 1, '19')) return -1;
  const end = words.ends[k];
  return (words.starts[k + 1] === end + 1 && text.charCodeAt(end) === 0x2d) || joined(text, words, k + 1) ? k + 1 : -1;
}

const GRASSROOTS = new PhraseSet(new Set(['ở cơ sở']));

/** Does a level (TASK_LEVELS) begin at word i? */
function levelStartsAt(words: Words, i: number): boolean {
  return words.phraseIn(TASK_LEVELS, i, 1) || (i + 1 < words.count && words.phraseIn(TASK_LEVELS, i, 2));
}

/** The last word of the first level of a task's words from i up to before `limit` (see taskEnd), or -1. */
function levelClosing(text: string, words: Words, i: number, limit: number, stopAt?: (i: number) => boolean): number {
  // A national committee's task is a province's too, with its level after it ("Ban Chỉ đạo phát triển
  // khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh"): read whole, however many its words.
  // Only as the whole task: inside one, after a verb and its object ("Ban Chỉ đạo xây dựng kế hoạch kiểm
  // tra công tác phòng, chống tham nhũng, tiêu cực huyện …"), it is a sentence's words.
  let from = i;
  const listed = words.shapes[i] === Shape.Lower ? listedTaskEnd(text, words, i, stopAt) : -1;
  if (listed > i && listed + 1 < words.count && joined(text, words, listed + 1) &&
    (levelEndingAt(text, words, listed + 1) === 1 || (listed + 2 < words.count && joined(text, words, listed + 2) && levelEndingAt(text, words, listed + 2) === 2))) {
    limit = Math.min(words.count, limit + listed - i);
    from = listed + 1;
  }
  for (let k = from; k < limit; k++) {
    if ((k > i && !(joined(text, words, k) || commaJoined(text, words, k))) || (stopAt && stopAt(k))) return -1;
    // The disease most committees of the years 2020-2022 were set up against ("phòng, chống dịch COVID-19 tỉnh").
    // Both only right before the level (or, for the disease, "và" and another): after them a verb and its
    // object may name a place ("… COVID-19 đề nghị tỉnh Đồng Nai", "… ở cơ sở y tế tỉnh").
    const covid = covidEnd(text, words, k);
    if (covid >= k && covid + 1 < limit && joined(text, words, covid + 1) && (levelStartsAt(words, covid + 1) || words.lowerIs(covid + 1, 'và'))) {
      k = covid;
      continue;
    }
    // "… thực hiện Quy chế dân chủ ở cơ sở tỉnh": the grassroots, a task's words, not a preposition's place.
    if (k + 3 < limit && words.phraseIn(GRASSROOTS, k, 3) && joined(text, words, k + 1) && joined(text, words, k + 2) && joined(text, words, k + 3) && levelStartsAt(words, k + 3)) {
      k += 2;
      continue;
    }
    const shape = words.shapes[k];
    if (shape === Shape.Upper || shape === Shape.Other) return -1;
    if (shape === Shape.Cap ? positionHeadLength(text, words, k) > 0 : words.phraseIn(FIELD_STOPS, k, 1) && !words.phraseIn(TASK_WORDS, k, 1)) return -1;
    if (startsTerm(text, words, k)) return -1;
    const level = levelEndingAt(text, words, k);
    if (level > 0) return words.phraseIn(NOT_ONE_LEVEL, k - level, 1) ? -1 : k;
  }
  return -1;
}

/**
 * Extends a phrase that starts at word `first` (already accepted) over the following body words;
 * returns the index of its last word after trimming trailing connectors ("và", "các"), never < first.
 * `stopAt(i)` may end the phrase before word i (e.g. where a person's name starts). The field of an
 * official name runs on in lower case ("Trường Mầm non Hoa Sen", "Cục Thi hành án dân sự tỉnh"): where
 * it goes on to the name's next capitalised word or its place's unit, the phrase takes it; where it
 * does not, the phrase ends before the field's first syllable, never on it ("Báo Tuổi| trẻ đưa tin").
 * `naming`: the phrase is a body after a naming head, whose field may also go on after a whole word
 * ("Phòng Cảnh sát giao thông Công an tỉnh", "Trung tâm Phục vụ hành chính công tỉnh").
 */
export function extendBody(text: string, words: Words, first: number, stopAt?: (i: number) => boolean, maxWords = 24, naming = false): number {
  let last = first;
  // A task counts as one word (it has its own bound).
  let bound = first + maxWords;
  let listedEnd = -1;
  for (let i = first + 1; i < words.count && i < bound; i++) {
    const dashed = !joined(text, words, i) && dashJoined(text, words, i);
    // A dashed name's second half is no person's name ("Việt Nam - Hàn Quốc": "Hàn" is a family name too).
    if (!(joined(text, words, i) || dashed || commaJoined(text, words, i)) || (stopAt && !dashed && stopAt(i))) break;
    // A rank after a body is the next person's ("Giám đốc Công an tỉnh Nghệ An Đại tá …"), never its name's.
    if (words.shapes[i] === Shape.Cap && rankAt(text, words, i)) break;
    // So is a title with its full stop before a name ("Giám đốc Sở KH&CN TS. Nguyễn Văn Dương").
    if (words.shapes[i] === Shape.Upper && text.charCodeAt(words.ends[i]) === 46 && words.phraseIn(SHORT_TITLES, i, 1) && i + 1 < words.count && words.shapes[i + 1] === Shape.Cap) break;
    // "Dân số - Kế hoạch hóa gia đình": the dashed name's lower-case tail, whatever follows it.
    if (words.shapes[i] === Shape.Lower && words.lowerIs(i, 'hóa') && i + 2 < words.count && words.phraseIn(FAMILY_PLANNING, i - 2, 5) && joined(text, words, i + 1) && joined(text, words, i + 2)) {
      last = i = i + 2;
      continue;
    }
    // "Sở Lao động, thương binh và xã hội", in lower case and in capitals (which read so; "Sở LAO ĐỘNG,
    // THƯƠNG BINH …"), and after a dash: the ministry's fields, whole, where the lower-case words after
    // the comma would end the name.
    if (i === last + 1 && (dashed || text.charCodeAt(words.ends[last]) === 44) && labourFieldsAt(text, words, i)) {
      last = i = i + 4;
      continue;
    }
    // A dashed name counts as one word less ("Sở Lao động - Thương binh và Xã hội tỉnh Bà Rịa - Vũng Tàu").
    if (dashed) bound++;
    const head = i === last + 1 ? taskHeadEndingAt(words, last) : 0;
    if (head > 0) {
      const end = taskEnd(text, words, i, head === 2, stopAt);
      if (end >= i) {
        // A national committee's task ends its name: no place follows it ("… chuyển đổi số Tô Lâm").
        const national = head === 2 && nationalTaskEnd(text, words, i, stopAt) === end;
        if (national) return end;
        bound += end - i;
        last = i = end;
        continue;
      }
    }
    // A listed field (a police department's, a board's), whole: it counts as one word, as a task does.
    const police = listedFieldEnd(text, words, i, stopAt);
    if (police >= i) {
      bound += police - i;
      last = i = listedEnd = police;
      // A unit's number goes with it ("Vùng Cảnh sát biển 1", "Ban Quản lý dự án 6"), not one that counts.
      let numbered = false;
      // … and so does a region with its number ("Đội Quản lý thị trường khu vực 5"), which ends the name.
      if (police + 3 < words.count && words.lowerIs(police + 1, 'khu') && words.lowerIs(police + 2, 'vực') && joined(text, words, police + 1) &&
        joined(text, words, police + 2) && regionNumberAt(text, words, police + 3)) return police + 3;
      const no = unitNumberAfter(text, words, police + 1);
      if (no > 0) {
        last = i = listedEnd = no;
        numbered = true;
      }
      // After the field only a capitalised word or a place's unit goes on with the name: a word in lower
      // case is the sentence's verb ("Cục Cảnh sát giao thông xử phạt …") or "và" before another body.
      // After its number only a place's unit does ("Ban Quản lý dự án 6 Nguyễn Văn Sáu" names a person).
      const next = i + 1;
      const level = next < words.count && words.shapes[next] === Shape.Lower && (words.phraseIn(UNITS, next, 1) || levelStartsAt(words, next));
      if (next < words.count && !level && (numbered || words.shapes[next] === Shape.Lower)) break;
      continue;
    }
    // A hamlet goes on a body's name with its number or name, as a commune does ("Chi bộ thôn 2", "Chi
    // bộ thôn Đông Nhất", "Hội Khuyến học thôn 3" as "Hội Khuyến học xã"); not one of many ("các thôn 3, 4").
    const afterConnector = (words.flags(last) & Lex.Connector) !== 0;
    const hamlet = afterConnector ? -1 : hamletEnd(text, words, i, stopAt);
    if (hamlet > 0) {
      // One of a list of hamlets is no body's whole name ("Chi bộ thôn 1, 2, 3", "Chi bộ thôn 3-4").
      MORE_NUMBERS_RE.lastIndex = words.ends[hamlet];
      if (words.shapes[hamlet] === Shape.Other && MORE_NUMBERS_RE.test(text)) break;
      last = i = hamlet;
      // A number ends the hamlet's name: only its commune or district goes on ("Chi bộ thôn 3 xã Hải
      // Đông"), not "thuộc …", another body ("Chi bộ thôn 3 Đảng bộ xã …"), a person ("… thăm Chi bộ
      // thôn 3 Nguyễn Văn An") or a street ("Chi bộ tổ 12 Nguyễn Trãi").
      if (words.shapes[hamlet] === Shape.Other && !placeGoesOn(text, words, hamlet + 1)) break;
      continue;
    }
    // A ward or an urban district a number names goes on a body's name ("Đảng ủy phường 5", "UBND quận
    // 3"), and after it only the district it is in ("phường 5 quận 3"), as after a numbered hamlet; not
    // a number that counts ("UBND quận 6 tháng đầu năm") nor one of a list or a fraction ("phường 5, 6").
    const place = afterConnector ? -1 : numberedPlaceEnd(text, words, i);
    if (place > 0) {
      last = i = place;
      if (!placeGoesOn(text, words, place + 1)) break;
      continue;
    }
    // A school's number after its place's name ends the name ("Trường THPT Đô Lương 1 Nguyễn Đình Hải",
    // "Trường Tiểu học Hưng Dũng 2"); not one that counts ("… Hưng Dũng 3 năm liền").
    if (i === last + 1 && words.shapes[i] === Shape.Other && words.shapes[last] === Shape.Cap && words.lowerIs(first, 'trường') &&
      words.ends[i] - words.starts[i] <= 2 && unitNumberAfter(text, words, i) === i) {
      last = i;
      break;
    }
    // A squad's or a station's number after its field ("Đội Thuế liên xã số 2", "Đội Kiểm soát hải quan số 1").
    if (i === last + 1 && words.lowerIs(i, 'số') && (words.lowerIs(first, 'đội') || words.lowerIs(first, 'trạm')) && unitNumberAfter(text, words, i) > 0) {
      last = i + 1;
      break;
    }
    // A region's number ends the name of a regional office ("Chi cục Thuế khu vực XV", "Chi cục Hải quan
    // khu vực 3"): without it, every region's office was one body. Not one of a list ("khu vực II và
    // III", "khu vực 1 hoặc 2"), nor a number that counts ("khu vực 3 tháng đầu năm", "… 2 huyện biên giới").
    if (i === last + 1 && i >= first + 2 && words.lowerIs(last, 'vực') && words.lowerIs(last - 1, 'khu')) {
      if (regionNumberAt(text, words, i)) return i;
      // One of a list ("khu vực I, II") is no office's: the name ends before it.
      if (ROMAN_RE.test(text.slice(words.starts[i], words.ends[i]))) break;
    }
    // An event's organising committee is named by its event, which ends the name ("Ban Tổ chức Lễ tang", "Ban
    // Tổ chức lễ tang", "Ban Tổ chức Hội thi"): without it, every such committee was the Party's "Ban Tổ chức".
    if (i === last + 1 && last >= 2 && words.lowerIs(last, 'chức') && words.lowerIs(last - 1, 'tổ') && words.lowerIs(last - 2, 'ban')) {
      const n = i + 1 < words.count && joined(text, words, i + 1) && words.phraseIn(EVENTS, i, 2) ? 2 : words.phraseIn(EVENTS, i, 1) ? 1 : 0;
      if (n > 0) return i + n - 1;
    }
    // A specialised school's "chuyên" before its name ("Trường THPT chuyên Lê Hồng Phong").
    if (i === last + 1 && words.shapes[i] === Shape.Lower && words.lowerIs(i, 'chuyên') && i + 1 < words.count && words.shapes[i + 1] === Shape.Cap &&
      joined(text, words, i + 1) && (words.lowerIs(last, 'thpt') || (words.lowerIs(last, 'thông') && words.lowerIs(last - 1, 'phổ')))) {
      last = i;
      continue;
    }
    // A department's two fields written without their dash, the second in lower case ("Phòng Tổ chức cán
    // bộ", "Phòng Kinh tế hạ tầng", "Phòng Kế hoạch tài chính").
    if (i === last + 1 && i + 1 < words.count && words.shapes[i] === Shape.Lower && i - 2 >= first && words.shapes[i - 2] === Shape.Cap &&
      joined(text, words, i) && joined(text, words, i + 1) && words.phraseIn(UNDASHED_PAIRS, i - 2, 4)) {
      last = i = i + 1;
      continue;
    }
    if (!isBodyWord(words, i)) {
      // The field after the comma of an official name in lower case (see commaField).
      if (words.shapes[i] === Shape.Lower && words.starts[i] - words.ends[last] === 2 && text.charCodeAt(words.ends[last]) === 44 && isCommaPair(words, i)) {
        const field = commaField(text, words, i, stopAt);
        // The field counts as one word, as a task does.
        bound += field.end - i;
        last = i = field.end;
        if (field.ends) break;
        continue;
      }
      // A field opened by a capitalised syllable may run to MAX_FIELD_WORDS ("Trung tâm Dự báo khí tượng thủy
      // văn tỉnh"); one that goes on after a whole compound to SHORT_FIELD_WORDS ("Chi cục Kiểm lâm bắt giữ
      // xe chở gỗ lậu Quế Phong" is a sentence).
      const opens = words.shapes[i] === Shape.Lower && opensField(text, words, first, last);
      const goesOn = opens || (words.shapes[i] === Shape.Lower && naming && words.shapes[last] === Shape.Lower && !words.phraseIn(UNITS, last, 1));
      const end = goesOn ? fieldEnd(text, words, i, stopAt, opens ? MAX_FIELD_WORDS : SHORT_FIELD_WORDS, opens && headBefore(words, first, last) && postsBody(text, words, last)) : -1;
      if (end < 0) break;
      // A field read over "và" is a name's whole: a body's head after it begins another body ("Trung tâm
      // Công nghệ thông tin và truyền thông| Sở Thông tin và Truyền thông tỉnh").
      const anded = holdsAnd(words, i, end);
      if (end + 1 < words.count && words.shapes[end + 1] === Shape.Cap && words.flags(end + 1) & Lex.OrgHead && anded) return end;
      // "và" and its field count as one word, as a listed field does ("Trung tâm Nước sạch và vệ sinh môi
      // trường nông thôn tỉnh Nghệ An").
      if (anded) bound += 2;
      last = i = end;
      continue;
    }
    // "và" and a field of AND_FIELDS after a field in title case is the name's second field, however
    // written ("Phòng Tài nguyên và môi trường huyện", "Phòng Giáo dục và đào tạo").
    const n = words.shapes[i] === Shape.Lower && words.lowerIs(i, 'và') && last > first && words.shapes[last] === Shape.Lower && words.shapes[last - 1] === Shape.Cap
      ? lowerAndFieldLength(text, words, i + 1) : 0;
    if (n > 0) {
      // … where the name goes on to its place's unit, a capitalised word or its end ("Sở Y tế và đào tạo cán bộ" is a sentence's),
      // or where the two fields are a department's whole name ("Phòng Tài nguyên và môi trường phối hợp …").
      const next = i + n + 1;
      if (!(next < words.count && joined(text, words, next) && words.shapes[next] === Shape.Lower) || words.phraseIn(UNITS, next, 1) || levelStartsAt(words, next) ||
        words.phraseIn(DEPARTMENTS, last - 1, n + 3)) {
        bound += n;
        last = i = i + n;
        continue;
      }
    }
    // "và" joins two capitalised names ("các Cơ quan và Doanh nghiệp"), not a body and a common noun.
    if (words.shapes[i] === Shape.Lower && words.lowerIs(i, 'và') && !(i + 1 < words.count && words.shapes[i + 1] !== Shape.Lower && joined(text, words, i + 1))) break;
    // Nor a body and the next person's position ("Chủ tịch UBND huyện Mai Sơn và Trưởng Ban Dân vận …").
    if (words.shapes[i] === Shape.Lower && words.lowerIs(i, 'và') && positionHeadLength(text, words, i + 1) > 0) break;
    // A Roman numeral is a term ("Quốc hội khóa XV"), not part of the name; nor is a term's first word,
    // capitalised or not ("Đảng bộ tỉnh Khóa XIII", "… Nhiệm kỳ 2020-2025", "… Lần thứ XX").
    if (words.shapes[i] === Shape.Upper && /^[IVXLC]+$/.test(text.slice(words.starts[i], words.ends[i]))) break;
    if (startsTerm(text, words, i)) break;
    last = i;
  }
  // A listed field is whole: none of its words is trimmed ("Cục Cảnh sát hình sự").
  if (last === listedEnd) return last;
  // A post's body written last in its clause ends with its field's half word ("Viện trưởng Viện Sử học,").
  // (The count of lower-case words and the head's flags first: they rule most names out with no look-up.)
  let cap = last;
  while (cap > first && last - cap <= POST_FIELD_WORDS && words.shapes[cap] === Shape.Lower) cap--;
  if (cap < last && last - cap <= POST_FIELD_WORDS && headBefore(words, first, cap) && endsClause(text, words, cap + 1, last) && opensField(text, words, first, cap) && postsBody(text, words, cap)) return last;
  last = trimmed(text, words, first, last);
  return last > first && opensField(text, words, first, last) ? trimmed(text, words, first, last - 1) : last;
}

/** The phrase first … last without its trailing connectors and half words (the words' flags say which, with no look-up). */
function trimmed(text: string, words: Words, first: number, last: number): number {
  while (last > first && words.shapes[last] === Shape.Lower && (words.flags(last) & Lex.Connector || isHalfWord(text, words, last))) {
    // A department's two fields are whole, their second in lower case ("Cục Hợp tác quốc tế").
    if (last >= first + 4 && words.shapes[last - 3] === Shape.Cap && words.phraseIn(UNDASHED_PAIRS, last - 3, 4)) break;
    last--;
  }
  return last;
}

/**
 * Is word i the capitalised first syllable of a field that goes on in lower case ("Mầm" of "Trường Mầm
 * non")? It begins a part of the name (after its head, a lower-case word or a body's one-word head,
 * "Hiệu trưởng Trường Mầm non": "Nam Định" and "thành phố Hội An" are names of their own), is no word
 * that ends a name alone ("Đảng ủy Khối"), the end of a compound ("miền Bắc") or a brand ("Viettel"),
 * and the next word may continue it: no preposition, auxiliary or verb ("Cục Thuế đã …", "Bệnh viện
 * Nhi tổ chức …").
 */
function opensField(text: string, words: Words, first: number, i: number): boolean {
  if (words.shapes[i] !== Shape.Cap || i <= first) return false;
  const prev = i - 1;
  const begins = prev === first || words.shapes[prev] === Shape.Lower || (words.flags(prev) & Lex.OrgHead && !words.phraseIn(UNITS, prev - 1, 1));
  if (!begins) return false;
  // A place's name after its unit is no field ("thành phố Vinh| chi trả …", "xã Yên| tổ chức …").
  if (prev > first && words.phraseIn(UNITS, prev, 1)) return false;
  const next = i + 1;
  if (next >= words.count || words.shapes[next] !== Shape.Lower || !joined(text, words, next)) return false;
  // A word of one syllable completes a compound with the word before ("Điện lực miền Bắc").
  if (words.flags(i) & Lex.Standalone || (words.flags(prev) & Lex.CompoundFirst && words.flags(i) & Lex.CompoundSecond && words.phraseIn(BODY_PAIRS, prev, 2)) || !isSyllable(text, words, i)) return false;
  return !words.phraseIn(FIELD_STOPS, next, 1) && !(next + 1 < words.count && words.phraseIn(VERBS, next, 2));
}

/** Does word i end as a Vietnamese syllable does (a vowel or c, ch, m, n, ng, nh, p, t)? A brand does not ("Viettel"). */
function isSyllable(text: string, words: Words, i: number): boolean {
  const c = text.charCodeAt(words.ends[i] - 1) | 32;
  return c > 127 || 'aceghimnoptuy'.includes(String.fromCharCode(c));
}

/**
 * The last of the lower-case words of a field from word i ("non" of "Trường Mầm non Hoa Sen", "sản" of
 * "Bệnh viện Phụ sản tỉnh"), when at most MAX_FIELD_WORDS of them lead to the name's next capitalised
 * word or to its place's unit; -1 when they run into a preposition, an auxiliary, a verb, a term, a
 * mark, a person or a position instead, as a verb after the name does ("Báo Tuổi trẻ đưa tin."). With `toMark`
 * (a body a post names) a few of them before a mark or a verb end the field too (see endsClause).
 */
function fieldEnd(text: string, words: Words, i: number, stopAt?: (i: number) => boolean, most = MAX_FIELD_WORDS, toMark = false): number {
  let limit = i + most;
  // The words of "và" and its field, which count as one.
  let skipped = 0;
  for (let k = i; k <= limit && k < words.count; k++) {
    // A dashed name's second half goes on with the name ("Đài Truyền thanh - Truyền hình huyện").
    if (k > i && !joined(text, words, k)) return dashJoined(text, words, k) ? k - 1 : toMark && endsClause(text, words, i, k - 1) ? k - 1 : -1;
    const shape = words.shapes[k];
    if (shape !== Shape.Lower) {
      // A person after the field: the field ends there when "và" and a field made it a name's.
      if (shape === Shape.Other || (stopAt && stopAt(k))) return skipped > 0 ? k - 1 : -1;
      // A position's head or a document's type begins what follows the name.
      const f = words.flags(k);
      // ("Nghệ" of "Nghệ An" begins the title "Nghệ sĩ nhân dân" only before "sĩ")
      if ((f & Lex.HeadFirst && positionHeadLength(text, words, k) > 0) || (f & Lex.TypeFirst && !(f & Lex.OrgHeadFirst))) return -1;
      // After more than four lower-case words only a place's unit ends the field: a capitalised word there is
      // the sentence's ("Trung tâm Lưu trữ quốc gia I lưu giữ châu bản triều Nguyễn.", "Công ty Bia tài trợ
      // xây cầu dân sinh Thanh Chương").
      if (k - i - skipped > SHORT_FIELD_WORDS) return -1;
      return k - 1;
    }
    if (k > i && (words.phraseIn(UNITS, k, 1) || hamletEnd(text, words, k, stopAt) > 0)) return k - 1;
    // Where the name ends before a lower-case word ("thuộc" and the body it belongs to), the field ends too.
    if (k > i && stopAt && stopAt(k)) return k - 1;
    // "và" and a field of AND_FIELDS goes on the field, as one word ("Trung tâm Công nghệ thông tin và
    // truyền thông tỉnh"); "và" and a capitalised field ends it, for the name to go on ("Trung tâm Nước
    // sinh hoạt và Vệ sinh môi trường nông thôn"). After a whole compound (`most` short) only between two
    // known fields: "Công ty Môi trường quét dọn và vệ sinh đường phố" is a sentence.
    if (k > i && words.lowerIs(k, 'và') && k + 1 < words.count && joined(text, words, k + 1) && (most === MAX_FIELD_WORDS || words.shapes[k + 1] === Shape.Cap || (k >= i + 2 && words.phraseIn(LOWER_AND_FIELDS, k - 2, 2)))) {
      if (words.shapes[k + 1] === Shape.Cap) return k - 1;
      if (k + 2 < words.count && joined(text, words, k + 2) && words.phraseIn(AND_FIELDS, k + 1, 2)) {
        k += 2;
        limit += 3;
        skipped += 3;
        continue;
      }
    }
    // A body a post names ends before the verb its clause goes on with ("Viện trưởng Viện Dinh dưỡng cho biết").
    if (toMark && k > i && clauseVerbAt(words, k)) return endsClause(text, words, i, k - 1) ? k - 1 : -1;
    const verb = k + 1 < words.count && words.phraseIn(VERBS, k, 2);
    if (k === limit || verb || words.phraseIn(FIELD_STOPS, k, 1) || startsTerm(text, words, k)) return -1;
  }
  return toMark && endsClause(text, words, i, words.count - 1) ? words.count - 1 : -1;
}

/**
 * Marks that end a name written last in its clause ("Cục trưởng Cục Lãnh sự, Bộ Ngoại giao", "… Viện Sử
 * học?", "Ông A - Viện trưởng Viện Sử học - phát biểu"), and the line's end; not a dash before a capital,
 * which goes on with a dashed name ("Viện Sốt rét - Ký sinh trùng").
 */
export const CLAUSE_MARKS_RE = /[ \t]*(?:[,;:.!?…()[\]"“”\r\n]|-[ \t]+(?!\p{Lu})|$)/uy;
/** A comma after a word, however spaced. */
const COMMA_AFTER_RE = /[ \t]*,/y;

/**
 * What a body that opens its clause does right after its name ("Giám đốc Bệnh viện Nhi khám, …",
 * "Viện trưởng Viện Toán nhận định, …"): verbs of one syllable and of two, the auxiliaries and adverbs
 * before them, and the prepositions after the name.
 */
const CLAUSE_VERBS = new PhraseSet(new Set([
  'nói', 'thăm', 'khám', 'dự', 'tiếp', 'hỏi', 'ký', 'trao', 'tặng', 'mời', 'gửi', 'đến', 'về', 'đi', 'chúc', 'nêu', 'họp', 'xem', 'nghe',
  'làm', 'giao', 'nhận', 'cho', 'được', 'bị', 'là', 'có', 'đã', 'đang', 'sẽ', 'vừa', 'cũng', 'chưa', 'không', 'còn', 'phải', 'cần', 'nên',
  'đưa', 'dẫn', 'kêu', 'xin', 'viết', 'kể', 'đáp', 'vào', 'ra', 'lên', 'tại', 'thì', 'mà', 'với', 'của', 'cùng', 'gồm', 'thuộc', 'trong', 'ở', 'tới',
  'mới', 'vẫn', 'luôn', 'từng', 'đều', 'lại', 'chỉ', 'hãy', 'nay', 'này', 'đó', 'theo', 'hiện nay', 'sau đó', 'trước đó',
  'phát biểu', 'khẳng định', 'nhấn mạnh', 'chia sẻ', 'khuyến cáo', 'đề nghị', 'đề xuất', 'yêu cầu', 'giải thích',
  'trả lời', 'thông báo', 'cảnh báo', 'bày tỏ', 'lưu ý', 'đánh giá', 'ghi nhận', 'chủ trì', 'trình bày', 'báo cáo',
  'kiến nghị', 'tiết lộ', 'phân tích', 'kiểm tra', 'quyết định', 'tham dự', 'tham gia',
]));

/**
 * Do the lower-case words i … last of a field end its body's name, which a post names ("Viện trưởng Viện
 * Sử học, …", "Cục trưởng Cục Di sản văn hóa.", "Viện trưởng Viện Dinh dưỡng cho biết")? Few of them, and
 * none a verb: a subject's verb comes right after its name ("Viện trưởng Viện Dinh dưỡng khuyến cáo, …").
 * Then that verb, or a mark and not a comma inside the name: between the halves of a pair ("Ban Chỉ đạo
 * phòng, chống dịch"), before the name's other fields ("Trung tâm Xúc tiến đầu tư, thương mại và du
 * lịch", "Viện Chiến lược, Chính sách y tế").
 */
function endsClause(text: string, words: Words, i: number, last: number): boolean {
  if (last < i || last - i >= POST_FIELD_WORDS) return false;
  for (let k = i; k <= last; k++) if (clauseVerbAt(words, k)) return false;
  // … or the verb right after them.
  if (last + 1 < words.count && words.shapes[last + 1] === Shape.Lower && joined(text, words, last + 1) && clauseVerbAt(words, last + 1)) return true;
  CLAUSE_MARKS_RE.lastIndex = words.ends[last];
  if (!CLAUSE_MARKS_RE.test(text)) return false;
  const next = last + 1;
  // (the mark itself, after any spaces: "Viện Chiến lược , Chính sách y tế" has its comma too)
  if (text.charCodeAt(CLAUSE_MARKS_RE.lastIndex - 1) !== 44 || next >= words.count) return true;
  if (words.shapes[next] === Shape.Cap) {
    // A capitalised field after the comma goes on with the name; a body, a post or a name after it does not.
    if (!(next + 1 < words.count && words.shapes[next + 1] === Shape.Lower && joined(text, words, next + 1))) return true;
    const f = words.flags(next);
    return (f & Lex.OrgHead) !== 0 || ((f & Lex.OrgHeadFirst) !== 0 && (words.flags(next + 1) & Lex.OrgHeadLater) !== 0) || positionHeadLength(text, words, next) > 0;
  }
  if (words.shapes[next] !== Shape.Lower) return true;
  if (commaPairAt(words, next)) return false;
  // Lower-case fields listed after it ("…, thương mại và du lịch", "…, thương mại, ông …"); a verb or an
  // adverb there is the clause's ("…, nhấn mạnh, …", "…, hiện nay, …").
  let k = next;
  while (k < words.count && k < next + POST_FIELD_WORDS && words.shapes[k] === Shape.Lower && (k === next || joined(text, words, k))) {
    if (words.lowerIs(k, 'và')) return false;
    if (clauseVerbAt(words, k)) return true;
    k++;
  }
  if (k === next) return true;
  COMMA_AFTER_RE.lastIndex = words.ends[k - 1];
  return !COMMA_AFTER_RE.test(text);
}

/** Does word k begin a verb of CLAUSE_VERBS (of one word or two)? */
function clauseVerbAt(words: Words, k: number): boolean {
  // (not the "có" of "người có công", a field: "Trung tâm Điều dưỡng người có công"; nor the "làm" of "Việc làm")
  if (words.lowerIs(k, 'có')) return !(k >= 1 && k + 1 < words.count && words.lowerIs(k - 1, 'người') && words.lowerIs(k + 1, 'công'));
  if (words.lowerIs(k, 'làm')) return !(k >= 1 && words.lowerIs(k - 1, 'việc'));
  return words.phraseIn(CLAUSE_VERBS, k, 1) || (k + 1 < words.count && words.phraseIn(CLAUSE_VERBS, k, 2));
}

/** The most lower-case words of a field that a post's body ends with at a mark ("Ủy ban Biên giới quốc gia,"). */
const POST_FIELD_WORDS = 3;

/** Does a post end right before word k: its head's title, in capitals too ("VỤ TRƯỞNG VỤ PHÁP CHẾ", "Cục trưởng Cục …", "Chuyên viên Vụ …")? */
export function postEndsBefore(text: string, words: Words, k: number): boolean {
  // A head's last word is a head of one word or a later word of one: its flags say, with no look-up.
  if (k === 0 || !(words.flags(k - 1) & (Lex.PositionHead | Lex.HeadLater)) || !joined(text, words, k)) return false;
  for (let m = 1; m <= POST_MAX_WORDS && m <= k; m++) if (positionHeadLength(text, words, k - m) === m) return true;
  return false;
}

/** Is the word before word i, from `first` on, the last of a body's head ("Cục", "Ủy ban")? Its flags tell, with no look-up. */
function headBefore(words: Words, first: number, i: number): boolean {
  return i - 1 >= first && (words.flags(i - 1) & (Lex.OrgHead | Lex.NamingLast)) !== 0;
}

/**
 * Is word i, a capitalised syllable after a body's head (see headBefore), the first of the field of a body that a post
 * names ("Cục trưởng Cục Lãnh sự", "Chủ nhiệm Ủy ban Biên giới quốc gia")? The head is one word or two
 * ("Cục", "Ủy ban"), with the post right before it.
 */
function postsBody(text: string, words: Words, i: number): boolean {
  const head = i - 1;
  // A head of one word may be the post's own last ("Chủ tịch Hội" of "Chủ tịch Hội Khuyến học").
  if (words.shapes[head] === Shape.Cap) return (words.flags(head) & Lex.OrgHead) !== 0 && (postEndsBefore(text, words, head) || postEndsBefore(text, words, i));
  return head >= 1 && words.shapes[head] === Shape.Lower && words.shapes[head - 1] === Shape.Cap && (words.flags(head) & (Lex.OrgHead | Lex.NamingLast)) !== 0 &&
    (words.flags(head - 1) & Lex.NamingFirst) !== 0 && postEndsBefore(text, words, head - 1);
}

/**
 * Where "và" stands before a second field in lower case that ends at word j, after a first in title case
 * ("Tài nguyên và môi trường" of "Trưởng phòng Tài nguyên và môi trường huyện …"), or -1: a post's walk
 * back from a name goes on before it, as extendBody reads it.
 */
export function lowerAndFieldBefore(text: string, words: Words, j: number): number {
  for (let n = 2; n <= 4; n++) {
    const and = j - n;
    if (and < 2 || !words.lowerIs(and, 'và') || words.shapes[and - 1] !== Shape.Lower || words.shapes[and - 2] !== Shape.Cap) continue;
    if (joined(text, words, and) && lowerAndFieldAt(text, words, and + 1, n)) return and;
  }
  return -1;
}

/**
 * Where a department's two fields written without their dash end at word j, the second in lower case
 * ("Tổ chức cán bộ" of "Trưởng phòng Tổ chức cán bộ Nguyễn Văn A"), or -1: a post's walk back from a
 * name goes on before them, as extendBody reads them.
 */
export function undashedPairBefore(text: string, words: Words, j: number): number {
  const k = j - 3;
  if (k < 1 || words.shapes[j] !== Shape.Lower || words.shapes[j - 1] !== Shape.Lower || words.shapes[k] !== Shape.Cap) return -1;
  return joined(text, words, j) && joined(text, words, j - 1) && joined(text, words, j - 2) && words.phraseIn(UNDASHED_PAIRS, k, 4) ? k : -1;
}

/** Is a field of LOWER_AND_FIELDS of n words at word k, each joined to the word before it ("và" included)? */
function lowerAndFieldAt(text: string, words: Words, k: number, n: number): boolean {
  if (k + n > words.count) return false;
  for (let q = k; q < k + n; q++) if (!joined(text, words, q)) return false;
  return words.phraseIn(LOWER_AND_FIELDS, k, n);
}

/** How many words the longest field of LOWER_AND_FIELDS at word k has (see lowerAndFieldAt), 0 if none. */
function lowerAndFieldLength(text: string, words: Words, k: number): number {
  for (let n = 4; n >= 2; n--) if (lowerAndFieldAt(text, words, k, n)) return n;
  return 0;
}

/** Is one of the words i … j "và"? */
function holdsAnd(words: Words, i: number, j: number): boolean {
  for (let k = i; k <= j; k++) if (words.lowerIs(k, 'và')) return true;
  return false;
}

/** Does a commune's or a district's unit and its name or number start at word k ("xã Hải Đông", "phường 5")? */
function placeAt(text: string, words: Words, k: number): boolean {
  for (let n = 1; n <= 2 && k + n < words.count; n++) {
    const name = words.shapes[k + n];
    if ((name === Shape.Cap || (name === Shape.Other && UNIT_NUMBER_RE.test(words.lower(k + n)))) && joined(text, words, k + n) && words.phraseIn(HAMLET_PLACES, k, n)) return true;
  }
  return false;
}

/**
 * Does the place a numbered hamlet or ward is in start at word k, to go on the body's name ("thôn 3 xã
 * Hải Đông", "phường 5 quận 3")? Not a unit whose number the name cannot hold ("thôn 2 xã 3", "phường 5
 * quận 6 tháng qua"): a unit word without it would end the name.
 */
function placeGoesOn(text: string, words: Words, k: number): boolean {
  if (!placeAt(text, words, k)) return false;
  return !(k + 1 < words.count && words.shapes[k + 1] === Shape.Other && numberedPlaceEnd(text, words, k) < 0);
}

/** Wards and urban districts, which numbers name ("phường 5", "Quận 3"); provinces and rural districts never are. */
export const NUMBERED_WARDS = new PhraseSet(new Set(['phường', 'quận']));
/**
 * A number and what it counts after a place's unit: "UBND quận 6 tháng đầu năm", "Đảng ủy phường 3
 * năm liên tục", "… 2 kỳ họp liên tiếp", "… 5/5 chi bộ", "phường 5 và 6"; not the words of a
 * designation or a time after a ward's number ("phường 5 nhiệm kỳ 2020-2025", "… lần thứ XII", "Quận 3
 * năm 2023", "… năm nay", "… quý II/2024"): a year, a term or a quarter counts only when "liền", "liên
 * tục", "qua" … follows.
 */
const COUNT_WORDS = '(?:tháng(?!\\s+\\d)|ngày(?!\\s+\\d)|lần(?!\\s+(?:thứ|đầu))|nhiệm kỳ(?!\\s+\\d)|đợt(?!\\s+(?:\\d|này|đầu|cuối|tới|vừa|[IVX]))|quý(?!\\s+[IVX\\d])|người|hộ|chi bộ|đảng viên|năm(?=\\s*(?:\\(|(?:liền|liên tiếp|liên tục|qua|gần đây|trở lại|rồi)(?![\\p{L}\\p{M}])))|(?:tuần|kỳ(?:\\s+(?:họp|đại hội))?)(?=\\s+(?:liền|liên tiếp|liên tục)(?![\\p{L}\\p{M}])))(?![\\p{L}\\p{M}])';
const COUNTED_AFTER_RE = new RegExp(`\\s*(?:[/%.,-]\\s*\\d|và\\s+\\d|${COUNT_WORDS})`, 'uy');
const COUNT_WORD_AFTER_RE = new RegExp(`\\s+${COUNT_WORDS}`, 'uy');

/** Does a word of what a number counts follow at `at` ("3 năm liền", "6 tháng", "2 nhiệm kỳ")? */
export function countWordAt(text: string, at: number): boolean {
  COUNT_WORD_AFTER_RE.lastIndex = at;
  return COUNT_WORD_AFTER_RE.test(text);
}

/** Where a ward's or an urban district's unit at k and the number that names it end ("phường 5", "Quận 3"), or -1. */
function numberedPlaceEnd(text: string, words: Words, k: number): number {
  const end = k + 1;
  if (end >= words.count || (words.shapes[k] !== Shape.Lower && words.shapes[k] !== Shape.Cap) || !unitNumberAt(text, words, end)) return -1;
  if (!words.phraseIn(NUMBERED_WARDS, k, 1)) return -1;
  return countWordAfter(text, words.ends[end]) ? -1 : end;
}

/**
 * Where a hamlet's unit at k (NUMBERED_PLACES, in lower case) and its number or the first word of its
 * capitalised name end ("thôn 3", "tổ dân phố số 5", "thôn Đông Nhất"), or -1. `stopAt`: a person's
 * name there is no hamlet's.
 */
function hamletEnd(text: string, words: Words, k: number, stopAt?: (i: number) => boolean): number {
  // The unit's first word sets most words apart with one look-up.
  if (words.shapes[k] !== Shape.Lower || !words.phraseIn(PLACE_FIRST_WORDS, k, 1)) return -1;
  for (let n = Math.min(MAX_PLACE_WORDS, words.count - k - 1); n >= 1; n--) {
    let end = k + n;
    if (words.lowerIs(end, 'số') && end + 1 < words.count && joined(text, words, end)) end++;
    const numbered = words.shapes[end] === Shape.Other && UNIT_NUMBER_RE.test(words.lower(end));
    if (!(numbered || (words.shapes[end] === Shape.Cap && end === k + n)) || !joined(text, words, end) || !words.phraseIn(NUMBERED_PLACES, k, n)) continue;
    return stopAt && stopAt(end) ? -1 : end;
  }
  return -1;
}

/**
 * Is word i (lower case) the first syllable of a word that is not the name's: a verb or adverb after
 * the body ("Tổng cục Thống kê công bố", "Tỉnh ủy thường xuyên", "… quan tâm", "… tập trung", "Tỉnh
 * ủy hội ý", "… tỉnh đoàn kết")? A name's words that end it complete a compound with the word before
 * ("cơ quan", "Nhà nước") or stand alone ("… tỉnh") unless the next word makes them another's.
 */
function isHalfWord(text: string, words: Words, i: number): boolean {
  const f = words.flags(i);
  if (!(f & Lex.BodyWord)) return false;
  if ((i >= 1 && boardOfDirectorsAt(words, i - 1)) || fieldTailAt(words, i)) return false;
  // The State's president ends a name whole ("Văn phòng Chủ tịch nước").
  if (i >= 2 && words.lowerIs(i, 'nước') && words.lowerIs(i - 1, 'tịch') && words.lowerIs(i - 2, 'chủ') && words.shapes[i - 2] === Shape.Cap) return false;
  // A capitalised field's second half is the name's, not the verb's first syllable: "… và Xã hội họp" ("hội
  // họp"); a unit's is not ("UBND xã hội ý" is the commune's council meeting).
  if (f & Lex.Standalone && f & Lex.CompoundSecond && i >= 1 && words.shapes[i - 1] === Shape.Cap && words.flags(i - 1) & Lex.CompoundFirst && words.phraseIn(BODY_PAIRS, i - 1, 2)) return false;
  if (f & Lex.Standalone) return i + 1 < words.count && joined(text, words, i + 1) && (words.flags(i + 1) & Lex.StandaloneSecond) !== 0 && words.phraseIn(STANDALONE_PAIRS, i, 2);
  if (!(f & Lex.CompoundSecond) || !(words.flags(i - 1) & Lex.CompoundFirst)) return true;
  return !words.phraseIn(BODY_PAIRS, i - 1, 2) && !(words.shapes[i - 1] === Shape.Cap && words.phraseIn(CAPITALISED_PAIRS, i - 1, 2));
}

/** The first syllables of the heads named by a unit ("Đại đội trưởng", "Sư đoàn trưởng", "Chi cục trưởng", "Thủ trưởng"), which are given names too. */
const UNIT_HEAD_FIRSTS = new PhraseSet(new Set(['đại', 'trung', 'tiểu', 'lữ', 'sư', 'chi', 'thủ', 'tham', 'đô']));

const HEAD_FIRST_WORDS = new Set<string>([...HEAD_MODIFIERS]);
for (const h of POSITION_HEADS) HEAD_FIRST_WORDS.add(h.split(' ')[0]);

/** Every proper word-prefix of a head ("phó bí" of "phó bí thư"): a longer phrase is worth building. */
const HEAD_PREFIXES = new Set<string>();
for (const h of POSITION_HEADS) {
  const ws = h.split(' ');
  for (let n = 1; n < ws.length; n++) HEAD_PREFIXES.add(ws.slice(0, n).join(' '));
}
flagWords(HEAD_FIRST_WORDS, Lex.HeadFirst);
const HEAD_SET = new PhraseSet(POSITION_HEADS);
/** Chiefs named by their field and "trưởng" ("kế toán trưởng"), which a head that "trưởng" begins may follow. */
const FIELD_CHIEFS = new PhraseSet(new Set(['kế toán trưởng', 'kiểm toán trưởng']));
/** The most words of a position head ("đại sứ đặc mệnh toàn quyền"). */
const HEAD_MAX_WORDS = longestPhrase(HEAD_SET);
/** The most words of a post's head with its modifiers ("nguyên Phó …": two at most, see positionHeadLength). */
const POST_MAX_WORDS = HEAD_MAX_WORDS + 2;
const HEAD_PREFIX_SET = new PhraseSet(HEAD_PREFIXES);
flagWords(HEAD_PREFIXES, Lex.HeadPrefix);
flagWords([...POSITION_HEADS].flatMap((h) => h.split(' ').slice(1)), Lex.HeadLater);

/** Number of words of a position head starting at word i ("Phó Bí thư" → 3), 0 if none. */
export function positionHeadLength(text: string, words: Words, i: number): number {
  if (i >= words.count || !(words.flags(i) & Lex.HeadFirst)) return 0;
  let k = i;
  let mods = 0;
  while (k < words.count && mods < 2 && words.flags(k) & Lex.HeadModifier && k + 1 < words.count && joined(text, words, k + 1)) {
    k++;
    mods++;
  }
  // The longest head from word k, growing the phrase only while it is a prefix of some head.
  const first = words.flags(k);
  let best = first & Lex.PositionHead ? 1 : 0;
  if (!(first & Lex.HeadPrefix)) return best ? k - i + best : 0;
  // Each phrase is looked up in both sets at once: a head (bit 1), a prefix of a longer head (bit 2);
  // one whose last word no head has after its first is neither.
  for (let len = 2; len <= HEAD_MAX_WORDS && k + len <= words.count; len++) {
    if (!joined(text, words, k + len - 1) || !(words.flags(k + len - 1) & Lex.HeadLater)) break;
    const bits = words.phraseBits(HEAD_SET, HEAD_PREFIX_SET, k, len);
    if (bits & 1) best = len;
    if (!(bits & 2)) break;
  }
  // "Thủ trưởng" is written so; "Thủ Trưởng phòng" is a name's last syllable and the next post ("Nguyễn Thanh Thủ").
  // Nor is "Thủ trưởng thôn" after a name: "trưởng thôn" is the post ("Hồ Văn Thủ trưởng thôn …").
  if (best === 2 && words.shapes[k] === Shape.Cap && words.lowerIs(k, 'thủ') && words.lowerIs(k + 1, 'trưởng') &&
    (words.shapes[k + 1] === Shape.Cap || positionHeadLength(text, words, k + 1) > 1)) best = 0;
  // A field's head ending in "trưởng" ("kiểm toán trưởng", "kế toán trưởng") before a head that "trưởng"
  // begins is the field's word and that head ("Tổ kiểm toán trưởng đoàn Nguyễn Văn Cường": "trưởng đoàn").
  if (best >= 3 && words.lowerIs(k + best - 1, 'trưởng') && words.phraseIn(FIELD_CHIEFS, k, best) && k + best < words.count &&
    joined(text, words, k + best) && words.phraseBits(HEAD_SET, HEAD_PREFIX_SET, k + best - 1, 2) & 1) best = 0;
  // A unit's head ("Đại đội trưởng", "Trung đoàn trưởng", "Chi cục trưởng") right after a name's middle
  // word begins with the name's last syllable: "Nguyễn Văn Đại đội trưởng …" is Nguyễn Văn Đại's "đội trưởng"
  // (a rank is a rank there: "Nguyễn Văn Thị Đại tá").
  if (best >= 2 && k === i && k >= 1 && words.shapes[k] === Shape.Cap && words.shapes[k + 1] === Shape.Lower && words.shapes[k - 1] === Shape.Cap &&
    MIDDLE_NAMES.has(words.lower(k - 1)) && joined(text, words, k) && words.phraseIn(UNIT_HEAD_FIRSTS, k, 1) && !rankAt(text, words, k)) best = 0;
  return best ? k - i + best : 0;
}
