// Bodies and organisations ("Bộ Chính trị", "Ban Tổ chức Tỉnh ủy", "Đảng ủy Khối các cơ quan tỉnh"),
// Party terms ("khóa XIII", "lần thứ XX", "nhiệm kỳ 2020-2025") and abbreviations with their expansion.
import { AbbreviationEntity, OrganizationEntity, TermEntity } from '../types';
import { joinersAsSpaces, normalizeForMatch, remember } from '../text/normalize';
import { ABBREVIATION_TABLE, BODY_ABBREVIATIONS } from './bodyAbbreviations';
import { Claims, Context } from './context';
import { ordinalValue, numberToRoman, yearsOfTerm } from './keys';
import { FIRST_ONLY_SURNAMES, MIDDLE_NAMES, NAMESAKE_SET, VERBS, extendBody, jointOffice, joined, postEndsBefore, rankAt } from './phrase';
import { CONTINENTS, Lex, NEVER_NAMED_PLACES, NOT_BODY_NAMES, PLACES, flagWords } from './lexicon';
import { PhraseSet, Shape, Words, isWordChar, letterBefore } from './tokens';
import { digitRuns, scanAt } from './scan';

/** The abbreviations lower-cased, as the words' flags: a word that is none of them needs no string nor look-up (the look-up itself is exact). */
flagWords([...ABBREVIATION_TABLE.keys()].map((a) => a.toLowerCase()), Lex.Abbreviation);

/**
 * Heads that name a body only with the capitalised word of its name right after them ("Ngân hàng Nhà
 * nước", "Cục Thuế", "Trường THPT", "Hội Chữ thập đỏ"): before a lower-case word they are common
 * nouns or other words ("Cục bộ", "Hội nghị", "Trường hợp", "Báo cáo"), and in capitals they begin
 * other words too ("XÃ HỘI CHỦ NGHĨA").
 */
export const NAMING_HEADS: ReadonlySet<string> = new Set([
  'tập đoàn', 'tổng công ty', 'công ty', 'tổng liên đoàn', 'ngân hàng', 'kho bạc', 'cục', 'tổng cục', 'hội', 'liên đoàn', 'liên minh', 'đài', 'báo',
  'trường', 'học viện', 'viện', 'bệnh viện', 'trung tâm', 'ban', 'ủy ban', 'hội đồng', 'phòng', 'chi cục', 'trạm', 'đội', 'đại học', 'tạp chí',
]);
const NAMING_HEAD_SET = new PhraseSet(NAMING_HEADS);
flagWords([...NAMING_HEADS].map((h) => h.split(' ')[0]), Lex.NamingFirst);
flagWords([...NAMING_HEADS].map((h) => h.slice(h.lastIndexOf(' ') + 1)), Lex.NamingLast);
/** Is the head of n words at word i a naming head? Its first and last words' flags set most heads apart with no look-up. */
const isNamingHead = (words: Words, i: number, n: number): boolean =>
  (words.flags(i) & Lex.NamingFirst) !== 0 && (words.flags(i + n - 1) & Lex.NamingLast) !== 0 && words.phraseIn(NAMING_HEAD_SET, i, n);
/** Names that begin as a naming head does and are none: places, a leader, common words ("Ban đầu", "Hội tụ", "Báo động"). */
const NOT_BODIES = new PhraseSet(NOT_BODY_NAMES);
/** Leaders whose names also name bodies ("Học viện Chính trị Quốc gia Hồ Chí Minh"). */

/** Heads of bodies' names, in matching form; the longest that matches is used. */
export const ORG_HEADS: ReadonlySet<string> = new Set([
  'bộ chính trị', 'ban bí thư', 'ban chấp hành trung ương', 'ban chấp hành', 'ban thường vụ', 'thường trực tỉnh ủy', 'thường trực huyện ủy', 'tỉnh ủy', 'huyện ủy',
  'thành ủy', 'quận ủy', 'thị ủy', 'đảng ủy', 'đảng bộ', 'chi bộ', 'ban tổ chức', 'ban tuyên giáo', 'ban dân vận', 'ban nội chính',
  'ban kinh tế', 'ban cán sự đảng', 'đảng đoàn', 'ủy ban kiểm tra', 'ủy ban nhân dân', 'hội đồng nhân dân', 'ủy ban mặt trận tổ quốc',
  'mặt trận tổ quốc', 'văn phòng', 'sở', 'bộ', 'đoàn đại biểu quốc hội', 'quốc hội', 'chính phủ', 'công đoàn', 'hội nông dân',
  'hội liên hiệp phụ nữ', 'đoàn thanh niên', 'hội cựu chiến binh', 'trung ương đảng', 'ban chỉ đạo', 'hđnd', 'ubnd', 'ubmttq',
  'mttq', 'ubkt', 'bch', 'btv', 'ban tvtu', 'ban thường vụ tỉnh ủy', 'tòa án nhân dân', 'viện kiểm sát nhân dân', 'công an',
  'bộ chỉ huy quân sự', 'ban xây dựng đảng', 'trường chính trị', 'tỉnh đoàn', 'thành đoàn', 'huyện đoàn', 'thanh tra',
  'bảo hiểm xã hội', 'kho bạc nhà nước', 'kiểm toán nhà nước', 'thông tấn xã', 'quân khu', 'quân đoàn', 'sư đoàn', 'binh đoàn',
  'liên hiệp các hội', 'đồn biên phòng', 'bộ đội biên phòng', 'bcđ', 'cơ quan cảnh sát điều tra', 'cơ quan an ninh điều tra', 'cơ quan csđt', 'cơ quan anđt', 'đội cảnh sát', 'trung đoàn cảnh sát', 'vùng cảnh sát',
  ...NAMING_HEADS,
]);
export const BARE_HEADS_NOT_BODIES: ReadonlySet<string> = new Set(['sở', 'bộ', 'văn phòng', 'thanh tra', 'bảo hiểm xã hội']);

const ORG_HEAD_SET = new PhraseSet(ORG_HEADS);
// … and "BCĐ" (Ban Chỉ đạo) alone, mostly an abbreviation defined in brackets after the full name.
const BARE_HEAD_SET = new PhraseSet(new Set([...BARE_HEADS_NOT_BODIES, 'bcđ']));
/** Every proper word-prefix of a head ("ban chấp" of "ban chấp hành"): a longer head may follow. */
const ORG_HEAD_PREFIXES = new Set([...ORG_HEADS].flatMap((h) => h.split(' ').slice(0, -1).map((_, k, ws) => ws.slice(0, k + 1).join(' '))));
const ORG_HEAD_PREFIX_SET = new PhraseSet(ORG_HEAD_PREFIXES);
flagWords([...ORG_HEADS].filter((h) => !h.includes(' ')), Lex.OrgHead);
flagWords([...ORG_HEAD_PREFIXES].filter((h) => !h.includes(' ')), Lex.OrgHeadPrefix);
/** The most words of a head. */
const ORG_HEAD_MAX_WORDS = Math.max(...[...ORG_HEADS].map((h) => h.split(' ').length));
const ORG_HEAD_FIRST_WORDS = new Set([...ORG_HEADS].map((h) => h.split(' ')[0]));
flagWords(ORG_HEAD_FIRST_WORDS, Lex.OrgHeadFirst);
flagWords([...ORG_HEADS].flatMap((h) => h.split(' ').slice(1)), Lex.OrgHeadLater);
/** First letters (both cases) of every head: words starting otherwise need no further look. */
const ORG_FIRST_LETTERS = new Uint8Array(0x10000);
for (const first of ORG_HEAD_FIRST_WORDS) {
  ORG_FIRST_LETTERS[first.charCodeAt(0)] = 1;
  ORG_FIRST_LETTERS[first[0].toUpperCase().charCodeAt(0)] = 1;
}

/** BODY_ABBREVIATIONS in matching form: how a key reads them. */
const KEY_ABBREVIATIONS = new Map([...BODY_ABBREVIATIONS].map(([a, words]) => [normalizeForMatch(a), joinersAsSpaces(normalizeForMatch(words))]));
/** Where "phòng" ends another word, not a head ("Văn phòng", "Biên phòng", "Y tế dự phòng"): "… phòng TP" is a city's. */
const PHONG_COMPOUNDS = new Set(['văn', 'biên', 'dự', 'quốc', 'hải', 'đề', 'cơ']);
/** What "BCH" stands for "Ban Chấp hành" before ("BCH TW", "BCH Đảng bộ", "BCH Công đoàn", "BCH Đoàn", "BCH Hội"). */
const BCH_BEFORE = new Set(['tw', 'trung', 'đảng', 'công', 'đoàn', 'hội']);

/**
 * A key's abbreviations as the words they stand for (KEY_ABBREVIATIONS), word by word; those with other
 * meanings only where the words around them tell (see BODY_ABBREVIATIONS).
 */
function expandAbbreviations(key: string): string {
  let words: string[] | null = null;
  const all = key.split(' ');
  for (let i = 0; i < all.length; i++) {
    const full = KEY_ABBREVIATIONS.get(all[i]);
    if (full === undefined || !readsAsWords(all, i)) continue;
    (words ??= all.slice())[i] = full;
  }
  return words === null ? key : words.join(' ');
}

function readsAsWords(words: readonly string[], i: number): boolean {
  const w = words[i];
  const next = i + 1 < words.length ? words[i + 1] : '';
  const prev = i > 0 ? words[i - 1] : '';
  switch (w) {
    case 'bch':
      return BCH_BEFORE.has(next) && (next !== 'trung' || words[i + 2] === 'ương') && (next !== 'công' || words[i + 2] === 'đoàn');
    case 'btv':
      return prev !== 'đài';
    case 'tp':
    case 'tx':
      // "Sở TP", "Phòng TP" are Tư pháp's; "Văn phòng TP Hà Nội" a city's.
      if (prev === 'sở' || (prev === 'phòng' && !(i >= 2 && PHONG_COMPOUNDS.has(words[i - 2])))) return false;
      return LETTER_FIRST_RE.test(next);
    default:
      return true;
  }
}
const LETTER_FIRST_RE = /^\p{L}/u;
/**
 * An abbreviation is written in capitals, Đ or its look-alike Ð among them ("UBND", "ĐUK", "LÐLÐ"), or as
 * "Tp"/"Tx": a name without two capitals in a row nor those has none, and its key is not searched for one.
 */
const ABBREVIATION_HINT_RE = /[A-ZĐÐ]{2}|(?<![\p{L}\p{M}])T[px](?![\p{L}\p{M}])/u;

/**
 * A body's key: its name in matching form (normalizeForMatch remembers the names it has seen), its
 * abbreviations as the words they stand for (BODY_ABBREVIATIONS), a dash or a comma between two words read
 * as a space, and "COVID-19" as one spelling ("COVID 19", "Covid19"). The fields of one name are written
 * with a comma, a dash or neither ("Sở Văn hóa, Thể thao và Du lịch", "Sở Văn hóa - Thể thao và Du
 * lịch", "Ban Chỉ đạo phòng chống tham nhũng, tiêu cực"), its heads in full or abbreviated ("Ủy ban
 * nhân dân tỉnh Nghệ An", "UBND tỉnh Nghệ An"), a place's Front with "Việt Nam" or without: one body, one key.
 */
function bodyKey(name: string): string {
  let key = bodyKeys.get(name);
  if (key !== undefined) return key;
  key = bodyKeyOf(name);
  // Bodies' names repeat across a corpus (a key is made for each mention); short ones are remembered
  // (at most some 5 MB of names and keys).
  return name.length <= 120 ? remember(bodyKeys, name, key, BODY_KEYS) : key;
}
const bodyKeys = new Map<string, string>();
const BODY_KEYS = 10000;

function bodyKeyOf(name: string): string {
  let key = joinersAsSpaces(normalizeForMatch(name));
  if (ABBREVIATION_HINT_RE.test(name)) key = expandAbbreviations(key);
  // A place's Front is named with "Việt Nam" or without ("Ủy ban MTTQ Việt Nam tỉnh", "Ủy ban MTTQ
  // tỉnh"); the national one keeps it ("Ủy ban Trung ương MTTQ Việt Nam", not a bare "Mặt trận Tổ quốc").
  if (key.includes(FRONT_OF_VIETNAM)) key = key.replace(FRONT_OF_VIETNAM_RE, 'mặt trận tổ quốc');
  if (key.includes('covid')) key = key.replace(COVID_RE, 'covid-19');
  // A steering committee as "BCĐ", its national level as "TW" and its task after "về" or not: one key
  // ("BCĐ TW về phòng, chống tham nhũng, tiêu cực" is "Ban Chỉ đạo Trung ương phòng, chống tham nhũng, tiêu cực").
  // Anywhere in the name: "Văn phòng BCĐ tỉnh" is "Văn phòng Ban Chỉ đạo tỉnh".
  if (key.includes('bcđ') || key.includes('ban chỉ đạo ')) key = key.replace(STEERING_KEY_RE, (_, level: string | undefined) => (level ? `ban chỉ đạo ${NATIONAL_LEVEL_KEYS[level]}` : 'ban chỉ đạo'));
  return key;
}
const FRONT_OF_VIETNAM = 'mặt trận tổ quốc việt nam';
const FRONT_OF_VIETNAM_RE = /mặt trận tổ quốc việt nam(?= (?:tỉnh|thành phố|huyện|quận|thị xã|thị trấn|xã|phường)(?![\p{L}\p{M}]))/gu;
const STEERING_KEY_RE = /(?<![\p{L}\p{M}])(?:bcđ|ban chỉ đạo)(?![\p{L}\p{M}])(?: (tw|tư|trung ương|quốc gia)(?= |$)(?: về(?= ))?)?/gu;
const NATIONAL_LEVEL_KEYS: Record<string, string> = { tw: 'trung ương', 'tư': 'trung ương', 'trung ương': 'trung ương', 'quốc gia': 'quốc gia' };
const COVID_RE = /covid[ -]?19(?![\p{L}\p{N}])/gu;

/** Number of words of the body head starting at word i ("Ban Tổ chức" → 3), 0 if none. */
function orgHeadLength(ctx: Context, i: number, personStarts: ReadonlySet<number>): number {
  const { norm, words } = ctx;
  const shape = words.shapes[i];
  if (shape !== Shape.Cap && shape !== Shape.Upper) return 0;
  if (ORG_FIRST_LETTERS[norm.charCodeAt(words.starts[i])] === 0 || !(words.flags(i) & Lex.OrgHeadFirst)) return 0;
  // The longest head over the words joined to word i by single spaces, grown while it begins some head.
  // One word: its flags say (no look-up). More: each phrase is looked up in both sets at once, while
  // its last word is one that a head has after its first (most names' next word is none: "Thanh Hải").
  const f = words.flags(i);
  let best = f & Lex.OrgHead ? 1 : 0;
  if (f & Lex.OrgHeadPrefix) {
    for (let n = 2; n <= ORG_HEAD_MAX_WORDS && i + n <= words.count && joined(norm, words, i + n - 1) && words.flags(i + n - 1) & Lex.OrgHeadLater; n++) {
      const bits = words.phraseBits(ORG_HEAD_SET, ORG_HEAD_PREFIX_SET, i, n);
      if (bits & 1) best = n;
      if (!(bits & 2)) break;
    }
  }
  return best && isNamingHead(words, i, best) && !namesBody(ctx, i, best, personStarts) ? 0 : best;
}

/** Administrative units before a place's name ("huyện Trường Sa", "thành phố Hội An"). */
const UNIT_CUES = new PhraseSet(new Set(['tỉnh', 'huyện', 'quận', 'xã', 'phường', 'thị xã', 'thành phố', 'thị trấn', 'tp']));

/**
 * Does the naming head of n words at word i begin a body? In title case, with a capitalised word or
 * an abbreviation of the name right after it ("Cục Thuế", "Trường THPT"), not inside a person's
 * name ("đồng chí Phạm Trường Giang") nor a place's after its unit ("thành phố Hội An"), and not
 * the end of a position's head before its qualifier ("Trưởng Ban Thường trực").
 */
function namesBody(ctx: Context, i: number, n: number, personStarts: ReadonlySet<number>): boolean {
  const { norm, words } = ctx;
  const next = i + n;
  if (words.shapes[i] !== Shape.Cap || next >= words.count || !joined(norm, words, next)) return false;
  if ((words.shapes[next] !== Shape.Cap && words.shapes[next] !== Shape.Upper) || words.phraseIn(NOT_BODIES, i, n + 1)) return false;
  if (isPositionQualifier(ctx, next)) return false;
  if (i === 0 || !joined(norm, words, i)) return true;
  // A name the people pass found starts among the capitalised words right before it.
  for (let k = i - 1; k >= 0 && k >= i - 4 && words.shapes[k] === Shape.Cap && joined(norm, words, k + 1); k--) if (personStarts.has(k)) return false;
  return !words.phraseIn(UNIT_CUES, i - 1, 1) && !(i >= 2 && words.phraseIn(UNIT_CUES, i - 2, 2));
}

/**
 * "Tỉnh ủy viên", "Đảng ủy viên": "viên" after a body's head makes it a member's title; "Bộ trưởng",
 * "Viện trưởng": "trưởng" makes it its head's title.
 */
function isMemberTitle(ctx: Context, next: number): boolean {
  const { norm, words } = ctx;
  return next < words.count && joined(norm, words, next) && (words.lowerIs(next, 'viên') || words.lowerIs(next, 'trưởng'));
}

/** "Phó Bí thư Thường trực Tỉnh ủy": "Thường trực" right after a position's head qualifies the position. */
const isPositionQualifier = (ctx: Context, i: number): boolean => ctx.words.lowerIs(i, 'thường') && postEndsBefore(ctx.norm, ctx.words, i);

/** The listed places and the continents: what a body's name may end with after its capitalised words. */
const PLACE_SET = new PhraseSet(new Set([...PLACES, ...CONTINENTS]));
const NEVER_NAMED_SET = new PhraseSet(new Set([...NEVER_NAMED_PLACES, ...CONTINENTS]));
/** Does a body's head end at word j ("Báo", "Tỉnh Ủy", "Vụ"), joined to the word after it? */
function headEndsAt(words: Words, norm: string, j: number): boolean {
  if (words.lowerIs(j, 'vụ')) return true;
  for (let n = 1; n <= ORG_HEAD_MAX_WORDS && n <= j + 1; n++) {
    if (n > 1 && !joined(norm, words, j - n + 2)) break;
    if (words.phraseIn(ORG_HEAD_SET, j - n + 1, n)) return true;
  }
  return false;
}

/** Does a listed place of two or three words end at word j? */
const placeEndsAt = (words: Words, norm: string, j: number): boolean =>
  (j >= 1 && placeLength(words, norm, j - 1) === 2) || (j >= 2 && placeLength(words, norm, j - 2) === 3);

/** The words (2 or 3) of a listed place whose name begins at word k, joined by single spaces; 0 if none. */
function placeLength(words: Words, norm: string, k: number): number {
  if (k + 1 >= words.count || !joined(norm, words, k + 1)) return 0;
  if (words.phraseIn(PLACE_SET, k, 2)) return 2;
  return k + 2 < words.count && joined(norm, words, k + 2) && words.phraseIn(PLACE_SET, k, 3) ? 3 : 0;
}

/** Words of a place's name before its proper name ("Vịnh Hạ Long", "Sông Hồng", "Đảo Lý Sơn"). */
const GEOGRAPHIC_CUES = new PhraseSet(new Set(['vịnh', 'sông', 'núi', 'hồ', 'đảo', 'đèo', 'biển', 'cảng', 'kênh', 'đồi', 'bến', 'chợ', 'cầu', 'làng', 'hang', 'thác', 'suối', 'đầm', 'phá', 'mũi', 'quần đảo']));

/**
 * Is word k a person's name right after the capitalised name of a body ("Báo Nam Định Trần Thu Hương"):
 * a surname and one to three more capitalised words, no leader's name that names bodies too?
 */
function personAfterName(ctx: Context, k: number): boolean {
  const { norm, words } = ctx;
  if (words.shapes[k] !== Shape.Cap || words.shapes[k - 1] !== Shape.Cap || !(words.flags(k) & Lex.Surname)) return false;
  // After a bay, a river, a lake … that begins a place's name, the name is the place's: "Ban Quản lý
  // Vịnh Hạ Long", "Cảng Hòn Gai"; not after a place that ends with such a word ("huyện Long Hồ Hồ Văn Tâm").
  if (words.phraseIn(GEOGRAPHIC_CUES, k - 1, 1) && !(k >= 2 && words.shapes[k - 2] === Shape.Cap && joined(norm, words, k - 1))) return false;
  // A listed place or a continent is the body's own right after its head ("Báo Lâm Đồng", "Tỉnh Ủy Lâm Đồng",
  // "Vụ Châu Âu"); further on, only one that no one is named ("Trường Đại học Y Hà Nội"): "Báo Tuổi Trẻ Hà
  // Giang ghi nhận" names a reporter.
  // One place to a name: after one, a second is a person's name or another sentence's ("Công an tỉnh Đồng Nai Hà Nội").
  const place = placeLength(words, norm, k);
  if (place > 0 && (headEndsAt(words, norm, k - 1) || (words.phraseIn(NEVER_NAMED_SET, k, place) && !placeEndsAt(words, norm, k - 1)))) return false;
  // A place's last syllable that is a family name too, before a name with its middle word: the name is
  // the next word's ("UBND huyện Lâm Hà Nguyễn Thị Hoa", "UBND tỉnh Lâm Đồng Trần Văn Hiệp").
  // Not a family name that ends hardly any place's: that one begins the name ("… Lâm Hà Trần Lê Thị Hồng").
  if (k + 2 < words.count && words.flags(k + 1) & Lex.Surname && words.shapes[k + 1] === Shape.Cap && joined(norm, words, k + 1) &&
    MIDDLE_NAMES.has(words.lower(k + 2)) && !words.phraseIn(FIRST_ONLY_SURNAMES, k, 1)) return false;
  // A rank is no part of the name: "… Lạng Sơn Đại tá …" holds no name "Sơn Đại".
  let n = 1;
  while (n <= 4 && k + n < words.count && words.shapes[k + n] === Shape.Cap && joined(norm, words, k + n) && !rankAt(norm, words, k + n)) n++;
  // A place no one is named that ends the words leaves one word at most: the body's ("Bệnh viện Bạch Mai Hà Nội").
  if (n === 3 && words.phraseIn(NEVER_NAMED_SET, k + 1, 2)) return false;
  return n >= 2 && n <= 4 && !words.phraseIn(NAMESAKE_SET, k, n);
}

/**
 * Is the body words i … last a whole line of four words or more, each capitalised: a headline in title
 * case ("Ban Đầu Người Dân Còn E Ngại", "Hội Tụ Sức Mạnh Toàn Dân"), where a naming head is a word?
 */
function isTitleCaseLine(ctx: Context, i: number, last: number): boolean {
  const { norm, words } = ctx;
  if (last - i < 3 || !/^[ \t]*(?:\n|$)/.test(norm.slice(words.ends[last], words.ends[last] + 8))) return false;
  for (let k = i; k <= last; k++) if (words.shapes[k] !== Shape.Cap) return false;
  const lineStart = norm.lastIndexOf('\n', words.starts[i]) + 1;
  return norm.slice(lineStart, words.starts[i]).trim() === '';
}

/** The first words of the fields that name a squad ("Đội Quản lý thị trường", "Đội Kiểm tra liên ngành", "Đội Thiếu niên"). */
const SQUAD_FIELDS = new PhraseSet(new Set([
  'quản', 'kiểm', 'thuế', 'thanh', 'thiếu', 'công', 'tuyên', 'văn', 'phòng', 'cứu', 'xung', 'dân', 'bảo', 'quy', 'trật', 'thi', 'điều',
  'nghiệp', 'chống', 'cảnh', 'tình', 'an', 'y', 'hải', 'cơ', 'đặc', 'tuần', 'vận', 'kỹ', 'trinh', 'tham', 'chuyên', 'xây', 'thông',
  'phản', 'hậu', 'quân', 'biên', 'bộ', 'tự', 'địa', 'đo', 'giám', 'xử', 'hỗ', 'tư', 'sản', 'khai', 'thủy', 'môi',
]));

/**
 * The first two words of the fields that name a department ("Vụ") of a ministry or of a central body
 * ("Vụ Pháp chế", "Vụ Tổ chức cán bộ", "Vụ Địa phương I", "Vụ Châu Âu"), or its one word ("Vụ ASEAN").
 * "Vụ" is no head of the lists above: before other words it is a case or a crop ("Vụ Việt Á", "Vụ
 * Đông Xuân"), and it ends "nhiệm vụ", "dịch vụ", "Ban Thường vụ".
 */
const DEPARTMENT_FIELDS = new PhraseSet(new Set([
  'địa phương', 'tổ chức', 'cơ sở', 'đảng viên', 'chính sách', 'chính quyền', 'bảo vệ', 'bảo hiểm', 'bảo trợ', 'tổng hợp', 'cán bộ',
  'pháp chế', 'pháp luật', 'hợp tác', 'kế hoạch', 'thi đua', 'khoa học', 'khoa giáo', 'thông tin', 'ngân sách', 'đầu tư', 'giáo dục',
  'công chức', 'công tác', 'tiền lương', 'văn hóa', 'văn thư', 'gia đình', 'thư viện', 'thư ký', 'đào tạo', 'quản lý', 'kinh tế',
  'tư pháp', 'dân nguyện', 'dân tộc', 'kiểm tra', 'châu âu', 'châu á', 'châu phi', 'châu mỹ', 'đông nam', 'đông bắc', 'tây á', 'nam á',
  'lễ tân', 'luật pháp', 'ngoại giao', 'đối ngoại', 'thương mại', 'năng lượng', 'thị trường', 'phát triển', 'y tế', 'môi trường',
  'vận tải', 'an toàn', 'kết cấu', 'bình đẳng', 'tài chính', 'truyền thông', 'thống kê', 'dự báo', 'lao động', 'nông nghiệp',
  'xây dựng', 'hành chính', 'tuyên truyền', 'báo chí', 'xuất bản', 'nghiên cứu', 'giám sát', 'kế toán', 'quan hệ', 'tín dụng',
  'thanh toán', 'công nghiệp', 'xã hội', 'quốc phòng', 'nội chính', 'tôn giáo', 'lý luận', 'cải cách', 'học sinh', 'dầu khí', 'ổn định',
  'asean',
]));

/**
 * How many words of a department's field follow "Vụ" at word k ("Vụ Pháp chế": 2, "Vụ ASEAN": 1), in
 * title case or capitals; 0 when "Vụ" is not there or no field follows it.
 */
export function departmentFieldLength(ctx: Context, k: number): number {
  const { norm, words } = ctx;
  if ((words.shapes[k] !== Shape.Cap && words.shapes[k] !== Shape.Upper) || !words.lowerIs(k, 'vụ')) return 0;
  if (k + 1 >= words.count || !joined(norm, words, k + 1) || (words.shapes[k + 1] !== Shape.Cap && words.shapes[k + 1] !== Shape.Upper)) return 0;
  if (k + 2 < words.count && joined(norm, words, k + 2) && words.phraseIn(DEPARTMENT_FIELDS, k + 1, 2)) return 2;
  return words.phraseIn(DEPARTMENT_FIELDS, k + 1, 1) ? 1 : 0;
}

/**
 * The last word of a department's name whose field of `field` words follows "Vụ" at word k: its field
 * whole, however the reading of the name from "Vụ" goes ("Vụ Hợp tác quốc tế"), and what the reading
 * from the field's last word adds to it.
 */
function departmentEnd(ctx: Context, k: number, field: number, stop: (i: number) => boolean, maxWords: number, afterPost = false): number {
  const { norm, words } = ctx;
  // The body it belongs to, written right after it, is a body of its own ("Vụ Pháp chế Bộ Tài chính").
  const until = (i: number): boolean => stop(i) || (words.shapes[i] === Shape.Cap && orgHeadLength(ctx, i, NO_STARTS) > 0);
  const last = Math.max(k + field, extendBody(norm, words, k, until, maxWords, true), extendBody(norm, words, k + field, until, maxWords, true));
  // A region's department keeps its numeral ("Vụ Địa phương II", "Vụ Địa phương 3").
  const next = last + 1;
  if (last === k + 2 && words.lowerIs(last, 'phương') && next < words.count && joined(norm, words, next) && DEPARTMENT_NUMBER_RE.test(words.lower(next))) return next;
  // The lower-case words of its field that the reading did not know, up to the body it belongs to behind a
  // comma ("Vụ Chính sách thuế, Bộ Tài chính"): the name is whole there. After a verb's field, whose words
  // may be a deed's ("Vụ Tổ chức đám cưới, Ủy ban nhân dân xã đã xử phạt"), only in a post ("Vụ trưởng Vụ
  // Bảo vệ chính trị nội bộ, Ban Tổ chức Trung ương").
  if (!afterPost && field === 2 && words.phraseIn(VERBS, k + 1, 2)) return last;
  for (let e = next; e < words.count && e <= last + 3 && words.shapes[e] === Shape.Lower && joined(norm, words, e) && !(words.flags(e) & Lex.Connector) &&
    !words.phraseIn(CLAUSE_STARTS, e, 1) && !stop(e); e++) {
    if (norm.charCodeAt(words.ends[e]) === 44 && PARENT_AFTER_RE.test(norm.slice(words.ends[e], words.ends[e] + 40))) return e;
  }
  return last;
}

/** A department's field and the capitalised word that may follow it ("Vụ Giáo dục Đại học", "Vụ Thông tin Báo chí", "Vụ Đông Nam Á"). */
const DEPARTMENT_FIELD_TAILS = new PhraseSet(new Set([
  'giáo dục đại', 'giáo dục tiểu', 'giáo dục trung', 'giáo dục mầm', 'giáo dục thường', 'giáo dục thể', 'giáo dục chính', 'giáo dục quốc',
  'giáo dục nghề', 'giáo dục dân', 'thông tin báo', 'đông nam á', 'đông bắc á',
]));

/**
 * Is "Vụ" at word k with its field (of `field` words) a case named after a company or a deed rather than
 * a department, its name read up to `last`: a capitalised word right after the field that no department's
 * name has there ("Vụ Bảo hiểm Bảo Việt", "Vụ Kinh tế Đông Á"), or a verb's field ending the name before a
 * word in lower case ("Vụ Tổ chức đám cưới")?
 */
function caseNamed(ctx: Context, k: number, field: number, last: number, personStarts: ReadonlySet<number>): boolean {
  const { norm, words } = ctx;
  const next = k + field + 1;
  // (Not a person's name: "Vụ phó Vụ Châu Phi Nguyễn Văn Nam", a region's numeral: "Vụ Địa phương I", nor
  // the body it belongs to: "Vụ Pháp chế Bộ Tài chính".)
  if (next < words.count && joined(norm, words, next) && words.shapes[next] === Shape.Cap && !(field === 2 && words.phraseIn(DEPARTMENT_FIELD_TAILS, k + 1, 3)) &&
    !personStarts.has(next) && !DEPARTMENT_NUMBER_RE.test(words.lower(next)) && orgHeadLength(ctx, next, NO_STARTS) === 0) return true;
  return last === k + field && field === 2 && words.phraseIn(VERBS, k + 1, 2) && next < words.count && joined(norm, words, next) && words.shapes[next] === Shape.Lower &&
    !(words.flags(next) & Lex.Connector);
}

/** First words of the verbs and auxiliaries a sentence goes on with after its subject ("Vụ Pháp chế cho biết, …"). */
const CLAUSE_STARTS = new PhraseSet(new Set([
  'cho', 'nói', 'khẳng', 'nhấn', 'đề', 'phát', 'chia', 'trả', 'giải', 'đánh', 'nhận', 'báo', 'yêu', 'thông', 'cũng', 'đã', 'đang', 'sẽ',
  'vừa', 'có', 'là', 'được', 'bị', 'sau', 'trước', 'khi', 'ngày', 'hôm', 'năm', 'tháng', 'tổ', 'chủ', 'tham', 'hướng', 'ban', 'gửi',
]));

/** The words right before a department that say it is one: a post's ("Vụ trưởng Vụ …"), or these. */
const DEPARTMENT_CUES = new PhraseSet(new Set(['lãnh đạo', 'đại diện', 'chuyên viên', 'cán bộ']));
/** After a department's name, the body it belongs to ("Vụ Pháp chế, Bộ Tư pháp", "Vụ Địa phương I (Ban Tổ chức Trung ương)"). */
const PARENT_AFTER_RE = /^(?:[ \t]*,[ \t]*|[ \t]*\([ \t]*|[ \t]+thuộc[ \t]+|[ \t]+)(?:Bộ|Ban|Văn phòng|Ngân hàng Nhà nước|Ủy ban|Thanh tra Chính phủ|Kiểm toán Nhà nước|Tòa án|Viện Kiểm sát|Thông tấn xã|Đài|Học viện|BỘ|BAN|VĂN PHÒNG)(?![\p{L}\p{M}])/u;

/**
 * Is the department whose name runs from word k to word `last` said to be one: by a post or a cue right
 * before it ("Phó Vụ trưởng Vụ Pháp chế", "lãnh đạo Vụ Tổ chức cán bộ") or by the body it belongs to right
 * after it? A case or a company's name that begins with a field ("Vụ Bảo hiểm Bảo Việt chậm chi trả",
 * "VỤ TỔ CHỨC ĐÁNH BẠC NGHÌN TỶ") has neither.
 */
function saidDepartment(ctx: Context, k: number, last: number): boolean {
  const { norm, words } = ctx;
  if (postEndsBefore(norm, words, k) || (k >= 2 && joined(norm, words, k) && joined(norm, words, k - 1) && words.phraseIn(DEPARTMENT_CUES, k - 2, 2))) return true;
  // … or after the departments listed with it ("Vụ Pháp chế, Vụ Tổ chức cán bộ và Vụ Tài chính, Bộ Y tế").
  for (let n = 0; n < 8; n++) {
    if (PARENT_AFTER_RE.test(norm.slice(words.ends[last], words.ends[last] + 40))) return true;
    const next = last + 1;
    LISTED_NEXT_RE.lastIndex = words.ends[last];
    if (!LISTED_NEXT_RE.test(norm) || next >= words.count) return false;
    const k2 = words.lowerIs(next, 'và') ? next + 1 : next;
    if (k2 >= words.count || words.starts[k2] !== LISTED_NEXT_RE.lastIndex) return false;
    const field = departmentFieldLength(ctx, k2);
    if (!field) return false;
    last = departmentEnd(ctx, k2, field, NEVER, 12);
  }
  return false;
}
/** What may stand between two departments of a list: a comma, "và", or both. */
const LISTED_NEXT_RE = /[ \t]*(?:,[ \t]*(?:và[ \t]+)?|[ \t]+và[ \t]+)/y;

/** A numeral of a region's department, Roman or in digits. */
const DEPARTMENT_NUMBER_RE = /^(?:i{1,3}|iv|v|vi{1,3}|ix|x|\d{1,2})$/;

/** An office, which may be the joint office of two councils (see jointOffice). */
const OFFICE = new PhraseSet(new Set(['văn phòng']));

const NO_STARTS: ReadonlySet<number> = new Set();
const NEVER = (): boolean => false;

/**
 * The last word of the name of a body whose head begins at word k, read as findOrganizations reads it
 * but with no person's name to stop it; -1 when no head begins there. What a post's walk back from a
 * name asks of a body whose field it cannot read word by word ("Giám đốc Trung tâm Phục vụ hành chính
 * công tỉnh Nguyễn Văn An").
 */
export function bodyEndFrom(ctx: Context, k: number): number {
  const headLen = orgHeadLength(ctx, k, NO_STARTS);
  if (!headLen) {
    const field = departmentFieldLength(ctx, k);
    return field ? departmentEnd(ctx, k, field, NEVER, 12) : -1;
  }
  return extendBody(ctx.norm, ctx.words, k + headLen - 1, undefined, 12, isNamingHead(ctx.words, k, headLen));
}

/**
 * The last word of the body named by a naming head at word k ("Trung tâm", "Ban", "Phòng" …) whose field
 * may go on in lower case ("Trung tâm Giáo dục thường xuyên huyện"), read up to `stop`; -1 when no
 * naming head begins there. What a post read forward from its head asks of the body after it.
 */
export function namingBodyEnd(ctx: Context, k: number, stop: (i: number) => boolean): number {
  const { words } = ctx;
  const headLen = orgHeadLength(ctx, k, NO_STARTS);
  if (!headLen) {
    // A department after a post ("Phó Vụ trưởng Vụ Hợp tác quốc tế"), its field whole.
    const field = departmentFieldLength(ctx, k);
    return field ? departmentEnd(ctx, k, field, (i) => stop(i) || anotherBodyAt(ctx, i, NO_STARTS), 24, true) : -1;
  }
  if (!isNamingHead(words, k, headLen)) return -1;
  // As findOrganizations does, the body ends before "và" or "thuộc" and another body ("Phó Giám đốc
  // Trung tâm Phát triển quỹ đất huyện| và Phòng Tài nguyên và môi trường huyện").
  return extendBody(ctx.norm, words, k + headLen - 1, (i) => stop(i) || anotherBodyAt(ctx, i, NO_STARTS), 24, true);
}

/**
 * Does "và" or "thuộc" at word k begin another body ("UBND huyện và Ban Tổ chức …", "Chi cục Thuế huyện
 * Di Linh thuộc Cục Thuế tỉnh"), which ends the one before it? Not "trực thuộc", a body's own word.
 */
function anotherBodyAt(ctx: Context, k: number, personStarts: ReadonlySet<number>): boolean {
  const { words } = ctx;
  return words.shapes[k] === Shape.Lower && (words.lowerIs(k, 'và') || (words.lowerIs(k, 'thuộc') && !words.lowerIs(k - 1, 'trực'))) &&
    k + 1 < words.count && (orgHeadLength(ctx, k + 1, personStarts) > 0 || departmentFieldLength(ctx, k + 1) > 0);
}

export function findOrganizations(ctx: Context, claims: Claims, personStarts: Set<number>): OrganizationEntity[] {
  const { norm, words } = ctx;
  const out: OrganizationEntity[] = [];
  // A body ends before a person's name and before "và" that starts another body. A name read from the
  // next word on leaves this one to the body ("UBND huyện Lâm Hà Trần Văn Bình").
  const stop = (k: number) =>
    personStarts.has(k) ||
    (personAfterName(ctx, k) && !personStarts.has(k + 1)) ||
    anotherBodyAt(ctx, k, personStarts);
  // A head starts with a capitalised or all-capitals word: only the words that are not lower case are
  // tried, in order; after a body the words up to its last are passed over.
  const candidates = words.notLower;
  let after = -1;
  /** The body whose name runs from word i to word last; the words up to its last are passed over. */
  const emit = (i: number, last: number): void => {
    ctx.locate(words.starts[i], words.ends[last]);
    const name = ctx.text;
    out.push({ kind: 'organization', text: name, start: ctx.start, end: ctx.end, range: ctx.range, key: bodyKey(name), name });
    after = last;
  };
  for (let c = 0; c < words.notLowerCount; c++) {
    const i = candidates[c];
    if (i <= after) continue;
    const headLen = orgHeadLength(ctx, i, personStarts);
    if (!headLen) {
      // A department, with its field whole however the reading of its words goes on ("Vụ Hợp tác quốc tế").
      const field = departmentFieldLength(ctx, i);
      if (!field) continue;
      const last = departmentEnd(ctx, i, field, stop, 12, postEndsBefore(norm, words, i));
      if (!saidDepartment(ctx, i, last) || caseNamed(ctx, i, field, last, personStarts) || claims.overlaps(words.starts[i], words.ends[last])) continue;
      emit(i, last);
      continue;
    }
    if (isMemberTitle(ctx, i + headLen) || isPositionQualifier(ctx, i)) continue;
    // "Cơ quan Cảnh sát điều tra" is the agency; "Cơ quan cảnh sát điều tra cấp huyện" any of them.
    if (headLen > 2 && words.lowerIs(i, 'cơ') && words.shapes[i + 2] === Shape.Lower) continue;
    // "Trạm Y tế xã", "Trạm Kiểm lâm", "Đội Quản lý thị trường số 1": a station or a squad is named by a
    // capitalised field, not an abbreviation ("Trạm BTS", "Đội U23"); a squad by a field of the list, as
    // streets and people are named "Đội" too ("Đội Cung", "phố Đội Cấn").
    const squad = headLen === 1 && words.lowerIs(i, 'đội');
    if ((squad || (headLen === 1 && words.lowerIs(i, 'trạm'))) && !(i + 1 < words.count && words.shapes[i + 1] === Shape.Cap)) continue;
    if (squad && !words.phraseIn(SQUAD_FIELDS, i + 1, 1)) continue;
    const naming = isNamingHead(words, i, headLen);
    const office = headLen === 2 && words.phraseIn(OFFICE, i, 2);
    const last = extendBody(norm, words, i + headLen - 1, office ? (k) => stop(k) && !(words.lowerIs(k, 'và') && jointOffice(words, k)) : stop, 12, naming);
    // "Sở", "Bộ", "Văn phòng", "Thanh tra", "Bảo hiểm xã hội" name a body only with what follows ("Sở
    // Nội vụ", "Thanh tra tỉnh"); alone they are words ("Sở dĩ", "Bộ phận", "Thanh tra việc …", "Bảo
    // hiểm xã hội là …"). A naming head needs its name, which may end up shorter than a syllable's
    // word ("Báo Tuổi trẻ đưa tin": see extendBody).
    if (last === i + headLen - 1 && (naming || words.phraseIn(BARE_HEAD_SET, i, headLen))) continue;
    if (naming && isTitleCaseLine(ctx, i, last)) continue;
    // A squad cut right after its first field, before a lower-case word the reading could not place
    // ("Đội Thanh tra xây dựng quận 1", "Đội Kiểm tra liên ngành"): no name is surer than half of one.
    if (squad && last <= i + 2 && last + 1 < words.count && words.shapes[last + 1] === Shape.Lower && joined(norm, words, last + 1)) continue;
    if (claims.overlaps(words.starts[i], words.ends[last])) {
      after = last;
      continue;
    }
    emit(i, last);
  }
  return out;
}

const ROMAN = '[IVXLC]+(?![\\p{L}\\d])';
const KHOA_RE = new RegExp(`[Kk]hóa\\s+(${ROMAN})`, 'uy');
const LIST_NEXT_RE = new RegExp(`^(?:\\s*,\\s*|\\s+và\\s+)(?:[Kk]hóa\\s+)?(${ROMAN})`, 'u');
const LAN_THU_RE = /[Ll]ần\s+thứ\s+([IVXLC]+|\d{1,2}|nhất|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười)(?![\p{L}\d])/uy;
const NHIEM_KY_RE = /[Nn]hiệm\s+kỳ\s+((?:19|20)\d{2})\s*-\s*((?:19|20)\d{2})(?!\d)/uy;
const CENTRAL_BEFORE_RE = /[Tt]rung\s+ương(?:\s+[Đđ]ảng)?(?:\s+(?:\d{1,2}|lần\s+thứ\s+\S+))?\s*[,(]?\s*$/u;

/** Where the last word of text[…, e) starts (the numeral that ends a term's pattern). */
function lastWordStart(text: string, e: number): number {
  let s = e;
  while (s > 0 && isWordChar(text.charCodeAt(s - 1))) s--;
  return s;
}
const years: number[] = [0, 0];

export function findTerms(ctx: Context, claims: Claims): TermEntity[] {
  const norm = ctx.norm;
  const out: TermEntity[] = [];
  const push = (s: number, e: number, roman: string | null, form: TermEntity['form'], central: boolean, years?: [number, number]) => {
    const ordinal = roman === null ? null : ordinalValue(roman);
    const span = central && roman !== null ? yearsOfTerm(roman) : years ?? null;
    ctx.locate(s, e);
    out.push({
      kind: 'term', text: ctx.text, start: ctx.start, end: ctx.end, range: ctx.range,
      key: form === 'nhiệm kỳ' ? `nhiệm kỳ:${years![0]}-${years![1]}` : `${form}:${roman}`,
      roman, ordinal, form, fromYear: span ? span[0] : null, toYear: span ? span[1] : null,
    });
  };
  // Each pattern runs only where its first word occurs (see scanAt).
  const anchors = ctx.anchors();
  if (anchors.khoa.length) {
    scanAt(norm, KHOA_RE, anchors.khoa, (s, e) => {
      if (letterBefore(norm, s)) return e;
      const before = norm.slice(Math.max(0, s - 50), s);
      const central = CENTRAL_BEFORE_RE.test(before) || /Ban\s+[Cc]hấp\s+hành\s+Trung\s+ương(?:\s+Đảng)?\s*$/u.test(before);
      push(s, e, norm.slice(lastWordStart(norm, e), e), 'khóa', central);
      for (let guard = 0; guard < 6; guard++) {
        const next = LIST_NEXT_RE.exec(norm.slice(e, e + 24));
        if (!next) break;
        const rs = e + next[0].length - next[1].length;
        e = rs + next[1].length;
        push(rs, e, next[1], 'khóa', central);
      }
      return e;
    });
  }
  if (anchors.lan.length && norm.includes('thứ')) {
    scanAt(norm, LAN_THU_RE, anchors.lan, (s, e) => {
      if (letterBefore(norm, s)) return e;
      const n = ordinalValue(norm.slice(lastWordStart(norm, e), e));
      if (n <= 0) return e;
      const before = norm.slice(Math.max(0, s - 40), s);
      const national = /toàn\s+quốc\s*$/u.test(before);
      push(s, e, numberToRoman(n), 'lần thứ', national);
      return e;
    });
  }
  if (anchors.nhiem.length && norm.includes('kỳ')) {
    scanAt(norm, NHIEM_KY_RE, anchors.nhiem, (s, e) => {
      // The two years.
      if (!letterBefore(norm, s) && digitRuns(norm, s, e, years) === 2) push(s, e, null, 'nhiệm kỳ', false, [years[0], years[1]]);
      return e;
    });
  }
  void claims;
  return out;
}

const DEFINED_RE = /\((\p{Lu}{2,10})\)/uy;
/** A letter in capitals without its marks, Đ kept: "ủ" and "Ủ" are "U" ("Tỉnh ủy" → TU). */
const baseLetter = (ch: string): string => ch.toUpperCase().normalize('NFD')[0];

/**
 * Abbreviations the text defines: "Ban Nội chính Tỉnh ủy (BNCTU)", "Hội đồng nhân dân (HĐND)": the
 * capital letters in brackets are the initials of the words right before them, on the same line.
 * The text's own definition comes before the built-in list.
 */
function definedAbbreviations(ctx: Context): Map<string, string> | null {
  const { norm, words } = ctx;
  let out: Map<string, string> | null = null;
  // Read at each bracket only: a scan of the whole text for the pattern cost 5% of the extraction.
  for (let at = norm.indexOf('('); at >= 0; at = norm.indexOf('(', at + 1)) {
    const c = norm.charCodeAt(at + 1);
    if (!(c >= 65 && c <= 90) && !(c > 127 && norm[at + 1] !== norm[at + 1].toLowerCase())) continue;
    DEFINED_RE.lastIndex = at;
    const m = DEFINED_RE.exec(norm);
    if (!m) continue;
    const letters = [...m[1]];
    const n = letters.length;
    // The word before the bracket, and the n words ending there, each joined by one space.
    const last = words.indexAt(m.index) - 1;
    const first = last - n + 1;
    if (first < 0 || words.ends[last] !== m.index - 1 || norm.charCodeAt(m.index - 1) !== 32) continue;
    let ok = true;
    for (let k = 0; k < n && ok; k++) {
      const w = first + k;
      if (k > 0 && !joined(norm, words, w)) ok = false;
      else ok = baseLetter(norm[words.starts[w]]) === baseLetter(letters[k]);
    }
    if (!ok) continue;
    (out ??= new Map()).set(m[1], ctx.original(words.starts[first], words.ends[last]).normalize('NFC'));
  }
  return out;
}

export function findAbbreviations(ctx: Context, claims: Claims): AbbreviationEntity[] {
  const { words } = ctx;
  const out: AbbreviationEntity[] = [];
  const defined = definedAbbreviations(ctx);
  // Abbreviations are all-capitals or mixed words: only the words that are not lower case are tried.
  const candidates = words.notLower;
  let after = -1;
  for (let c = 0; c < words.notLowerCount; c++) {
    let i = candidates[c];
    if (i <= after) continue;
    const shape = words.shapes[i];
    if (shape !== Shape.Upper && shape !== Shape.Other) continue;
    const s = words.starts[i];
    let e = words.ends[i];
    // Abbreviations start with a letter: numbers (most "Other" words) need no look-up.
    const c0 = ctx.norm.charCodeAt(s);
    if (c0 >= 48 && c0 <= 57) continue;
    let w: string | null = null;
    // Pairs written with a hyphen are one abbreviation ("KT-XH", "QP-AN", "CNH-HĐH").
    if (ctx.norm.charCodeAt(e) === 45 && i + 1 < words.count && words.starts[i + 1] === e + 1 && words.shapes[i + 1] === Shape.Upper) {
      const pair = ctx.norm.slice(s, words.ends[i + 1]);
      if (ABBREVIATION_TABLE.has(pair)) {
        w = pair;
        e = words.ends[++i];
        // The second word of the pair is taken: the scan goes on after it.
        after = i;
      }
    }
    if (w === null) {
      const listed = (words.flags(i) & Lex.Abbreviation) !== 0;
      if (!listed && defined === null) continue;
      w = ctx.norm.slice(s, e);
      if (!listed && !defined?.has(w)) continue;
    }
    const expansion = defined?.get(w) ?? ABBREVIATION_TABLE.get(w);
    if (!expansion || claims.overlaps(s, e)) continue;
    ctx.locate(s, e);
    out.push({ kind: 'abbreviation', text: ctx.text, start: ctx.start, end: ctx.end, range: ctx.range, key: w, abbreviation: w, expansion });
  }
  return out;
}
