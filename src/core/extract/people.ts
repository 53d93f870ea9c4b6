// People and their positions. A person is a run of capitalised syllables that starts with a family
// name and has a cue: "đồng chí"/"ông"/"bà" before it, a position before it ("Bí thư Đảng ủy Khối Đỗ
// Thị Lý") or after it ("Nguyễn Văn A, Tỉnh ủy viên, …", "A - Phó Bí thư …"), or a word that only
// precedes the person ("tư tưởng Hồ Chí Minh"). Bylines and mastheads ("Tổng biên tập: …", "Tin ảnh: …",
// a last short line of a name) need no family name, nor does a name of 2–5 syllables right after
// "đồng chí"/"ông"/"bà" with a position after it; a signer takes the signature title above the name
// ("T/M TỈNH ỦY / BÍ THƯ / name"), merged into a fuller position of the same person. Places are
// excluded by what precedes them ("tỉnh", "TP", "đường", a house number) and by a list of provinces. Every mention of a person lists
// the positions gathered for that person over the whole document, each in its fullest written form.
import { PersonEntity } from '../types';
import { dashesAsSpaces, normalizeForMatch, remember } from '../text/normalize';
import { bodyEndFrom, namingBodyEnd } from './bodies';
import { Claims, Context, sortIfNeeded } from './context';
import {
  BOILERPLATE_WORDS, CREDIT_LABELS, HEAD_MODIFIERS, MASTHEAD_ROLES, NON_FINAL_NAME_WORDS, PERSON_CUES, PLACE_CUES,
  CONTINENTS, NEVER_NAMED_PLACES, PLACES, POSITION_ABBREVIATIONS, POSITION_HEADS, SURNAMES, BODY_COMPOUNDS, Lex, flagWords,
} from './lexicon';
import { CLAUSE_MARKS_RE, FIRST_ONLY_SURNAMES, MIDDLE_NAMES, NAMESAKE_SET, NUMBERED_PLACES, NUMBERED_WARDS, chairOfBoth, commaJoined, councilAt, countWordAt, dashJoined, extendBody, inCommaField, isBodyWord, covidEnd, jointOffice, joined, nationalTaskStartBefore, listedFieldStartBefore, lowerAndFieldBefore, positionHeadLength, rankAt, rankLength, taskStartBefore, undashedPairBefore, countryLength, twoWordCountryAt, SHORT_TITLES } from './phrase';
import { PhraseSet, Shape, Words, isTrimmed, longestPhrase } from './tokens';
import { PLACE_FIRST_SYLLABLES } from './placeSyllables';

const BODY_PAIRS = new PhraseSet(BODY_COMPOUNDS);
const PLACE_SET = new PhraseSet(PLACES);
/** The continents ("Vụ Châu Âu"): no one is named so without a cue, even after a post. */
const CONTINENT_SET = new PhraseSet(CONTINENTS);
const CONTINENT_MAX = longestPhrase(CONTINENT_SET);
/** Places no one is named ("Hà Nội"): a run that ends in one is a body's, not a person's ("Bệnh viện Bạch Mai Hà Nội"). */
const NEVER_NAMED_SET = new PhraseSet(NEVER_NAMED_PLACES);
/** Their first words ("châu"): a word that is none of them begins no continent, with no look-up of two words. */
const CONTINENT_FIRSTS = new PhraseSet(new Set([...CONTINENTS].map((c) => c.split(' ')[0])));
const PLACE_CUE_SET = new PhraseSet(PLACE_CUES);
const PERSON_CUE_SET = new PhraseSet(PERSON_CUES);
/** The person cues that name a child, after which a year in brackets is a birth's (see AGE_BRACKET_RE). */
const MINOR_CUES = new PhraseSet(new Set(['cháu', 'bé', 'học sinh']));
/** The heads of companies' names, which brands that read as personal names follow ("Công ty Mai Linh", "Tập đoàn Hoàng Anh Gia Lai"). */
const COMPANY_HEADS = new PhraseSet(new Set(['công ty', 'tập đoàn']));
const lastWords = (phrases: Iterable<string>) => [...phrases].map((p) => p.slice(p.lastIndexOf(' ') + 1));
flagWords(lastWords(PLACE_CUES), Lex.PlaceCueLast);
flagWords(lastWords(PERSON_CUES), Lex.PersonCueLast);

/** Is text[s, e) all ASCII digits (and not empty)? */
function allDigits(text: string, s: number, e: number): boolean {
  if (s >= e) return false;
  for (let q = s; q < e; q++) {
    const c = text.charCodeAt(q);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** A run of capitalised words that may be a name: its first and last word, where its run starts. */
interface Candidate {
  a: number;
  b: number;
  runStart: number;
  /** A name only for its cue ("đồng chí"), with no known family name. */
  cueOnly?: boolean;
}

interface Mention {
  /** First and last word of the name. */
  a: number;
  b: number;
  positions: ReadonlyArray<[number, number]>;
}

const MAX_SYLLABLE = 7;
/** The positions of most mentions: none (shared, never changed). */
const NO_POSITIONS: ReadonlyArray<[number, number]> = Object.freeze([]);
const byFirstWord = (x: Mention, y: Mention) => x.a - y.a;
/** "Các đồng chí: A - …": the colon of a list of people. */
const LIST_HEAD_GAP_RE = /^[ \t]*:[ \t]*$/;
const LIST_ITEM_GAP_RE = /^[ \t]*;[ \t]*$/;
const POSITION_GAP_RE = /^[ \t]*(?:[,:-][ \t]*)?$/;
const NEXT_POSITION_GAP_RE = /^[ \t]*(?:,|[ \t]-)[ \t]*$/;
/**
 * An age or a year of birth in brackets after a name: "(52 tuổi)", "(SN 1968)", "(sinh năm 1968)"; not a
 * bare year (see YEAR_BRACKET_RE), which is also how a study cites its author ("Lê Văn Hải (2018), Chủ tịch
 * UBND cấp xã trong …"), nor a minor's, whom news names before the official it quotes ("Em Lê Văn An (16
 * tuổi), Chủ tịch UBND xã cho biết, bị đuối nước").
 */
const AGE_BRACKET_RE = /[ \t]?\((?:SN|[Ss]inh năm|[Ss]inh|[Nn]ăm sinh)[ \t]*(?:19|20)\d\d\)|[ \t]?\((?:1[89]|[2-9]\d|1\d\d)[ \t]+tuổi\)/y;
/**
 * A bare year in brackets, a year of birth only after a name with its cue ("Ông Lê Văn An (1968), Chủ tịch
 * …") and only a grown-up's: a recent one is a work's ("Ông Nguyễn Văn Hùng (2023), Bí thư Tỉnh ủy …").
 */
const YEAR_BRACKET_RE = /[ \t]?\((?:19\d\d|200\d)\)/y;
/** Where an age's or a birth year's bracket that starts at `at` ends (AGE_BRACKET_RE; YEAR_BRACKET_RE when `cued`), or -1. */
function ageBracketEnd(text: string, at: number, cued: boolean): number {
  const c = text.charCodeAt(at);
  if (c !== 32 && c !== 40) return -1;
  for (const re of cued ? [AGE_BRACKET_RE, YEAR_BRACKET_RE] : [AGE_BRACKET_RE]) {
    re.lastIndex = at;
    if (re.test(text)) return re.lastIndex;
  }
  return -1;
}
/** A unit of an address or of a place, before its name or number ("xã", "huyện", "số", "ngõ", "phố", "tổ dân phố"). */
const BIO_UNIT = String.raw`(?:xã|phường|thị trấn|thị xã|huyện|quận|thành phố|tỉnh|thôn|xóm|ấp|bản|tổ dân phố|tổ|khu phố|khu|số|ngõ|ngách|hẻm|kiệt|phố|đường|TP\.?)`;
/** A place after "quê", "trú tại": its units and their names ("xã Diễn Châu", "Hà Tĩnh", "số 12 ngõ 45 phố Hào Nam"). */
const BIO_PLACE = String.raw`(?:${BIO_UNIT}[ \t]+){0,2}(?:\p{Lu}[\p{L}\p{M}]*|\d{1,4})(?:[ \t]+(?:${BIO_UNIT}[ \t]+){0,2}(?:\p{Lu}[\p{L}\p{M}]*|\d{1,4}))*`;
/**
 * Between commas after a name, what a personnel text or an obituary says of the person before the post:
 * a year or day of birth, an age, the years in the Party, a home or a residence with its units, an ethnic
 * group ("Đồng chí Nguyễn Văn Bảy, sinh năm 1940, quê xã Diễn Châu, huyện Diễn Châu, nguyên Bí thư Huyện ủy
 * …"; "Ông Lê Văn Thành, 52 tuổi, quê Hải Phòng, được bổ nhiệm giữ chức …"). Ages of minors are no such
 * clause (see AGE_BRACKET_RE).
 */
const BIO_CLAUSE_RE = new RegExp(
  String.raw`,[ \t]*(?:(?:(?:[Ss]inh năm|SN|[Nn]ăm sinh)[ \t]*(?:19|20)\d\d|[Ss]inh ngày[ \t]+\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d)(?:[ \t]+tại[ \t]+${BIO_PLACE})?` +
    String.raw`|(?:1[89]|[2-9]\d|1\d\d)[ \t]+tuổi|\d{1,2}[ \t]+năm[ \t]+tuổi[ \t]+Đảng` +
    String.raw`|(?:[Qq]uê(?: quán| gốc| hương)?|[Nn]guyên quán|(?:[Tt]hường )?[Tt]rú(?: tại)?|[Nn]gụ(?: tại)?)[ \t]+${BIO_PLACE}(?:,[ \t]*${BIO_UNIT}[ \t]+${BIO_PLACE})*` +
    String.raw`|[Dd]ân tộc[ \t]+\p{Lu}[\p{L}\p{M}]*(?:[ \t]+\p{Lu}[\p{L}\p{M}]*)?)(?=[ \t]*,)`,
  'uy',
);
/** Where the comma-closed clauses of birth, age, home and people after a name at `at` end (before the comma after them), or -1. */
function bioClausesEnd(text: string, at: number): number {
  let end = -1;
  for (let guard = 0; guard < 6; guard++) {
    BIO_CLAUSE_RE.lastIndex = end < 0 ? at : end;
    if (!BIO_CLAUSE_RE.test(text)) break;
    end = BIO_CLAUSE_RE.lastIndex;
  }
  return end;
}
/** "Nguyễn Văn An (Bí thư Huyện ủy)": posts in brackets right after the name. */
const OPEN_BRACKET_GAP_RE = /^[ \t]*\($/;
const COMMA_GAP_RE = /^[ \t]*,[ \t]*$/;
/** How many words before a lower-case word of a post the head of its body may begin (see bodyStartOver). */
const MAX_BODY_REACH = 10;
/** The place of a post's unit after it in its brackets, up to the closing one: ", xã Hải Đông)", ", phường 3, quận 10)". */
const BRACKET_PLACE_RE = /^(?:,[ \t]*(?:xã|phường|thị trấn|thị xã|huyện|quận|thành phố|tỉnh|TP\.?)(?:[ \t]+(?:\p{Lu}(?:'\p{L})?\p{L}*|\d{1,3}))+)+[ \t]*\)/u;
/** How far after a post in brackets its closing one is looked for. */
const BRACKET_PLACE_REACH = 120;
/** Syllables of position heads ('tướng' of 'Thủ tướng'), walked over when looking back for a position. */
const HEAD_SYLLABLES = new Set<string>();
for (const h of POSITION_HEADS) for (const w of h.split(' ')) HEAD_SYLLABLES.add(w);
for (const m of HEAD_MODIFIERS) HEAD_SYLLABLES.add(m);
/** Verbs between a person and the post a personnel text gives them. */
const APPOINTMENT_VERBS = new PhraseSet(new Set([
  'giữ chức', 'giữ chức vụ', 'làm', 'là', 'hiện là', 'nay là', 'được bầu', 'được bầu làm', 'được bầu giữ chức', 'tái đắc cử',
  'trúng cử', 'được bổ nhiệm', 'được bổ nhiệm giữ chức', 'được chỉ định', 'được chỉ định giữ chức', 'được chỉ định làm',
  'được điều động giữ chức', 'được phân công giữ chức', 'được phân công làm',
  'được bổ nhiệm làm', 'được điều động làm', 'được cử làm', 'được cử giữ chức', 'được giao làm', 'được bổ nhiệm lại giữ chức', 'được bầu bổ sung làm',
  'được bầu bổ sung giữ chức', 'từng là', 'từng giữ chức', 'thôi giữ chức', 'tiếp tục giữ chức', 'kiêm giữ chức', 'được bổ nhiệm chức',
  'được giao giữ chức', 'đảm nhận chức', 'đảm nhiệm chức', 'được luân chuyển giữ chức', 'được luân chuyển làm', 'được bầu lại giữ chức',
]));
const APPOINTMENT_VERB_MAX = longestPhrase(APPOINTMENT_VERBS);
flagWords([...APPOINTMENT_VERBS.phrases].map((v) => v.split(' ')[0]), Lex.AppointmentFirst);
/** What is named after a person: "Đường Lê Hồng Phong", "Trường THPT chuyên Lê Quý Đôn", "Bảo tàng Hồ Chí Minh". */
const NAMED_AFTER_SET = new PhraseSet(new Set([
  'đường', 'phố', 'đại lộ', 'quảng trường', 'công viên', 'cầu', 'chợ', 'bảo tàng', 'nhà văn hóa', 'nhà tưởng niệm', 'khu di tích',
  'trường', 'chuyên', 'thpt', 'thcs', 'tiểu học', 'phường', 'xã', 'thị trấn', 'giải thưởng', 'huân chương', 'tượng đài',
]));
/**
 * The words of a school's kind and level between "Trường" and its name ("Trường THCS Nguyễn Du",
 * "Trường THPT chuyên Lê Hồng Phong", "Trường Chính trị Lê Duẩn", "Trường Tiểu học Lê Lợi").
 */
const SCHOOL_LEVELS = new PhraseSet(new Set([
  'mầm non', 'tiểu học', 'th', 'thcs', 'trung học cơ sở', 'thpt', 'trung học phổ thông', 'phổ thông', 'chuyên', 'liên cấp',
  'ptdtnt', 'ptdtbt', 'phổ thông dân tộc nội trú', 'phổ thông dân tộc bán trú', 'dân tộc nội trú', 'chính trị', 'đại học',
  'cao đẳng', 'trung cấp', 'dân lập', 'tư thục',
]));
const SCHOOL_LEVEL_MAX = 5;
/** The last words of SCHOOL_LEVELS: a word before a name that is none of them needs no more look-ups. */
const SCHOOL_LEVEL_LAST = new PhraseSet(new Set([...SCHOOL_LEVELS.phrases].map((l) => l.slice(l.lastIndexOf(' ') + 1))));
/** The subjects a teacher is named by ("cô giáo Văn", "thầy giáo Tiếng Anh"). */
const SUBJECTS = new PhraseSet(new Set([
  'toán', 'văn', 'ngữ văn', 'tiếng việt', 'tiếng anh', 'anh văn', 'tiếng pháp', 'tiếng nga', 'tiếng trung', 'lý', 'vật lý', 'hóa', 'hóa học',
  'sinh', 'sinh học', 'sử', 'lịch sử', 'địa', 'địa lý', 'tin', 'tin học', 'âm nhạc', 'mỹ thuật', 'thể dục', 'công nghệ', 'gdcd',
]));
/** The marks of a signature made for another ("TM.", "KT.", "TL.", "TUQ."): the post after them is not the signer's. */
const SIGNED_FOR = new PhraseSet(new Set(['tm', 'kt', 'tl', 'tuq']));
/** Titles before a name that are no posts of a body ("GS Châu", "TS Lê Văn Hải"). */
const TITLE_CUES = new PhraseSet(new Set([...SHORT_TITLES.phrases, 'nghệ sĩ', 'bác sĩ', 'giáo sư', 'tiến sĩ', 'luật sư']));
/** Between a short title and the name: a space, or its full stop and a space ("TS. Lê Văn Hải"). */
const SHORT_TITLE_GAP_RE = /^\.?[ \t]+$/;
/**
 * The country's posts, which name no place after them: two syllables after one are a leader's name, not
 * the place of a body ("Thủ tướng Phạm Minh Chính, Tổng Bí thư Tô Lâm"; "Bí thư Huyện ủy Lâm Hà" is a place).
 */
/** The country's leaders' posts, in both lists below. */
const COUNTRY_LEADERS = ['thủ tướng', 'phó thủ tướng', 'tổng bí thư', 'chủ tịch nước', 'chủ tịch quốc hội'];
const PLACELESS_POSTS = new PhraseSet(new Set([
  ...COUNTRY_LEADERS, 'phó chủ tịch nước', 'phó chủ tịch quốc hội', 'thường trực ban bí thư', 'ủy viên bộ chính trị', 'ủy viên ban bí thư',
]));
/** The posts a country's leader is named by before the country ("Thủ tướng Thái Lan …"). */
const LEADER_HEADS = new PhraseSet(new Set([
  ...COUNTRY_LEADERS, 'tổng thống', 'phó tổng thống', 'quốc vương', 'nhà vua', 'bộ trưởng ngoại giao', 'ngoại trưởng', 'đại sứ',
]));
const PLACELESS_POST_MAX = longestPhrase(PLACELESS_POSTS);
const LEADER_HEAD_MAX = longestPhrase(LEADER_HEADS);
/** Between the titles of a chain: "PGS.TS", "GS, TSKH", "ThS. BS". */
const TITLE_CHAIN_GAP_RE = /^(?:[.,][ \t]*|[ \t]+)$/;
/** "… và Chủ tịch UBND huyện cùng dự": the posts of several people doing something together. */
const TOGETHER_WORDS = new PhraseSet(new Set(['cùng', 'đều']));
/** "Bí thư các huyện ủy": a post of many, not of the person before. */
const GROUP_WORDS = new PhraseSet(new Set(['các', 'những']));
const COMMITTEE_PLACES = new PhraseSet(new Set(['huyện', 'quận', 'tỉnh', 'thành', 'thị']));
/** The levels of territory ("thành" of "thành phố", "thị" of "thị xã", "thị trấn") and the councils of each. */
const LEVELS = new PhraseSet(new Set(['tỉnh', 'thành', 'huyện', 'quận', 'thị', 'xã', 'phường']));
/** The last word of a territory's level, which its name follows ("huyện Lâm Hà", "thị trấn Lạc Dương"). */
const TERRITORY_LEVELS = new PhraseSet(new Set(['tỉnh', 'huyện', 'quận', 'xã', 'phường', 'trấn']));
/** The units of hamlets, whose names may have one syllable ("thôn Đông", "thôn Phú Lộc"). */
const HAMLET_LEVELS = new PhraseSet(new Set(['thôn', 'xóm', 'bản', 'ấp', 'buôn', 'bon', 'làng']));
const COUNCILS = new PhraseSet(new Set(['ubnd', 'hđnd', 'ubmttq']));
/** Heads that are whole posts, naming their unit or rank themselves: no body need follow them. */
const COMPLETE_HEADS = new PhraseSet(new Set([
  'trưởng thôn', 'trưởng khối', 'tổ trưởng', 'tổ phó', 'đội trưởng', 'đội phó', 'bí thư chi bộ', 'tỉnh ủy viên', 'huyện ủy viên',
  'thành ủy viên', 'quận ủy viên', 'thị ủy viên', 'đảng ủy viên', 'thủ tướng', 'tổng bí thư', 'chủ tịch nước', 'đại biểu quốc hội', 'đbqh',
]));
/** An envoy's post, which names the country it serves in after "tại" ("Đại sứ Việt Nam tại Nhật Bản"). */
const ENVOY_HEADS = new PhraseSet(new Set([
  'đại sứ', 'đại sứ đặc mệnh toàn quyền', 'tổng lãnh sự', 'lãnh sự', 'đại biện', 'đại biện lâm thời', 'tùy viên quốc phòng', 'tham tán', 'tham tán công sứ', 'công sứ',
]));
const ENVOY_HEAD_MAX = longestPhrase(ENVOY_HEADS);
/** What a country's formal name puts before it ("Cộng hòa Pháp", "Vương quốc Campuchia", "nước CHXHCN Việt Nam"). */
const COUNTRY_PREFIXES = new PhraseSet(new Set([
  'nước', 'cộng hòa', 'cộng hòa dân chủ', 'cộng hòa dân chủ nhân dân', 'cộng hòa nhân dân', 'cộng hòa liên bang', 'cộng hòa xã hội chủ nghĩa',
  'cộng hòa hồi giáo', 'vương quốc', 'liên bang', 'hợp chúng quốc', 'chdcnd', 'chnd', 'chlb', 'chxhcn', 'nước chxhcn', 'nước chdcnd', 'nước cộng hòa xã hội chủ nghĩa',
]));
const COUNTRY_PREFIX_MAX = longestPhrase(COUNTRY_PREFIXES);
flagWords([...COUNTRY_PREFIXES.phrases].map((p) => p.split(' ')[0]), Lex.CountryPrefixFirst);
/** The last words of envoys' heads of `min` words or more ("sứ", "sự", "quyền"): most words are none, with one look. */
const envoyLastWords = (min: number) =>
  new PhraseSet(new Set([...ENVOY_HEADS.phrases].filter((h) => h.split(' ').length >= min).map((h) => h.slice(h.lastIndexOf(' ') + 1))));
const ENVOY_LAST_WORDS = envoyLastWords(2);
const ENVOY_LONG_LAST_WORDS = envoyLastWords(3);
/** Lower-case words after an envoy's post that go on with it, not a verb ("Đại sứ kiêm …", "… nhiệm kỳ 2018-2021", "… giai đoạn …"). */
const ENVOY_GOES_ON = new PhraseSet(new Set(['kiêm', 'và', 'tại', 'nhiệm', 'giai']));
const HONORIFICS = new Set(['ông', 'bà', 'anh', 'chị', 'cô', 'thầy', 'cụ', 'bác', 'em']);
flagWords(HEAD_SYLLABLES, Lex.HeadSyllable);
flagWords(HONORIFICS, Lex.Honorific);
/** A person holds a handful of positions; more is noise, and bounding it keeps merging linear. */
const MAX_POSITIONS = 24;
const STREET_CUE_SET = new PhraseSet(new Set(['đường', 'phố', 'số', 'tp', 'hẻm', 'ngõ', 'ngách', 'quốc lộ', 'web', 'báo']));

/** Capitalised runs trimmed of trailing words that belong to a following phrase ("Tỉnh" of "Tỉnh ủy"), as first, last, first, last, … */
function capitalisedRuns(text: string, words: Words): number[] {
  const runs: number[] = [];
  const n = words.count;
  // A run starts at a capitalised word: lower-case words are passed over by the list of the others.
  const candidates = words.notLower;
  let c = 0;
  let i = 0;
  for (;;) {
    while (c < words.notLowerCount && candidates[c] < i) c++;
    if (c === words.notLowerCount) break;
    i = candidates[c];
    if (words.shapes[i] !== Shape.Cap || syllableLength(text, words, i) > MAX_SYLLABLE) {
      i++;
      continue;
    }
    const a = i;
    while (i + 1 < n && words.shapes[i + 1] === Shape.Cap && syllableLength(text, words, i + 1) <= MAX_SYLLABLE && joined(text, words, i + 1)) i++;
    let b = i;
    i++;
    // A single capitalised word is never a name (bylines are read line by line elsewhere), but for one
    // written with an apostrophe ("K'Brông"): a whole name of the Central Highlands peoples.
    if (b === a && !apostropheName(text, words, a)) continue;
    // Drop trailing words that begin a position or a compound with the next lower-case word. A modifier
    // that is also a given name ("Tân", "Quyền", "Nguyên") ends a name only where it begins a post joined
    // to it ("… An Nguyên Chủ tịch …"): "Nguyễn Văn Tân, Giám đốc …", "Đỗ Hữu Quyền - Phó Chủ tịch …",
    // "Lê Minh Tân⏎Giám đốc Sở Nội vụ" (a dash, a tab or a line break parts a name from its post).
    // The name's first syllable, after an honorific the run may begin with ("Ông Đỗ Minh Tân").
    const nameStart = words.flags(a) & Lex.Honorific ? a + 1 : a;
    // A run right after a level or a committee is a place's name first ("Huyện ủy Đồng Văn", "thị trấn Đinh Văn").
    const afterLevel = a > 0 && joined(text, words, a) && words.phraseIn(RUN_LEVELS, a - 1, 1);
    while (b >= a) {
      // No name ends in its middle word: after "Văn", "Thị" a unit of a place is the name's ("Trần Văn Huyện
      // Đội trưởng Đội Thuế", "Hoàng Văn Tỉnh Tỉnh Đội trưởng").
      if (b > a && !afterLevel && words.phraseIn(UNIT_NAMES, b, 1) && MIDDLE_NAMES.has(words.lower(b - 1))) break;
      // Nor the head of a body after them, where they follow the family name ("Trần Văn Phòng chủ trì",
      // "Đinh Thị Phòng"; not "Văn Phòng Tỉnh ủy" in title case).
      if (b - 1 > nameStart && !afterLevel && MIDDLE_NAMES.has(words.lower(b - 1)) && words.flags(b) & Lex.OrgHead) break;
      const nextLower = b + 1 < n && joined(text, words, b + 1) && words.shapes[b + 1] === Shape.Lower;
      const f = words.flags(b);
      const givenName = (f & Lex.HeadModifier) !== 0 && isGivenNameModifier(words, b);
      // Whether a given name begins a post here (after a name's middle word it is the name's last:
      // "Nguyễn Văn Tân Giám đốc …"); asked of those words alone.
      const beginsPost = () => !(b > a && MIDDLE_NAMES.has(words.lower(b - 1))) && !(b - nameStart <= 2 && beforeModifier(text, words, b)) && positionHeadLength(text, words, b) > 0;
      const unit = words.phraseIn(UNIT_NAMES, b, 1);
      // Three syllables before it make a whole name.
      const whole = b - nameStart >= 3;
      const unitBody = unit && unitBeginsBody(text, words, b, whole);
      const nonFinal = f & Lex.NonFinalName && (!givenName || beginsPost()) && (!unit || unitBody);
      if (nextLower && (nonFinal || (f & Lex.CompoundFirst && words.flags(b + 1) & Lex.CompoundSecond && words.phraseIn(BODY_PAIRS, b, 2)))) b--;
      else if (unitBody && b > a) b--;
      else if (givenName ? beginsPost() : f & Lex.HeadModifier || (b > a && positionHeadLength(text, words, b) > 0)) b--;
      else break;
    }
    // Split before a position head inside the run ("Nguyễn Mạnh Cường Tỉnh ủy viên"); not at a given name
    // after a name's middle word ("Nguyễn Văn Tân Giám đốc …": no name ends in "Văn" or "Thị").
    for (let k = a + 2; k <= b; k++) {
      const afterMiddle = MIDDLE_NAMES.has(words.lower(k - 1));
      if (positionHeadLength(text, words, k) > 0 && !(words.phraseIn(UNIT_NAMES, k, 1) && afterMiddle) &&
        !(words.flags(k) & Lex.HeadModifier && isGivenNameModifier(words, k) && (afterMiddle || (k - nameStart <= 2 && beforeModifier(text, words, k))))) {
        b = k - 1;
        break;
      }
    }
    if (b >= a) runs.push(a, b);
  }
  return runs;
}

/** Modifiers of a post that are also given names ("Nguyễn Văn Tân", "Lê Văn Quyền", "Trần Thị Nguyên"); not "Phó", "Cố". */
const GIVEN_NAME_MODIFIERS = new PhraseSet(new Set(['tân', 'quyền', 'nguyên']));
const isGivenNameModifier = (words: Words, i: number): boolean => words.phraseIn(GIVEN_NAME_MODIFIERS, i, 1);
/**
 * Is word i followed, in lower case, by a post's modifier of its own ("Đỗ Minh Tân nguyên Bí thư …", "Lê
 * Thị Nguyên nguyên Phó Chủ tịch …")? Then a given name at i is the name's last syllable, not the post's
 * first, where it is the third syllable at most: after three a name is whole, and the word begins its
 * post ("Lê Văn Hùng Nguyên phó Chủ tịch …", "Phạm Văn Tân Tân phó Giám đốc …").
 */
function beforeModifier(text: string, words: Words, i: number): boolean {
  return i + 1 < words.count && words.shapes[i + 1] === Shape.Lower && joined(text, words, i + 1) && (words.flags(i + 1) & Lex.HeadModifier) !== 0;
}
/**
 * Units of a place that are also given names ("Trần Đức Quận"): they begin a body with the next word only
 * where it is the body's ("Quận ủy", "Huyện đoàn", "Tỉnh hội"), not before the sentence's verb ("… Quận yêu cầu").
 */
const UNIT_NAMES = new PhraseSet(new Set(['tỉnh', 'huyện', 'quận']));

/**
 * Does the unit at word b, after a `whole` name or not, begin what follows it: a place by its number ("Quận 3"), a committee or a post
 * ("Quận ủy", "Huyện đội", "Quận trưởng" before no lower-case word), the youth union (not "đoàn kết"), an association by its name
 * ("Tỉnh hội Nông dân"; not the verbs "hội đàm", "hội ý")?
 */
function unitBeginsBody(text: string, words: Words, b: number, whole: boolean): boolean {
  const n = b + 1;
  if (n >= words.count || !joined(text, words, n)) return false;
  // Only a district is named by its number, and not one that counts ("Nguyễn Văn Quận 90 tuổi", "… 2 lần").
  const then = n + 1 < words.count && joined(text, words, n + 1);
  if (words.shapes[n] === Shape.Other) {
    return words.lowerIs(b, 'quận') && allDigits(text, words.starts[n], words.ends[n]) && !countWordAt(text, words.ends[n]) && !(then && words.lowerIs(n + 1, 'tuổi'));
  }
  // Capitalised, a committee's or a unit's word begins a post only after a whole name ("Lê Văn Hùng Huyện
  // Đội trưởng"; not "Trần Văn Huyện Đội trưởng Đội Thuế").
  if (words.lowerIs(n, 'ủy') || words.lowerIs(n, 'đội')) return words.shapes[n] === Shape.Lower || whole;
  // The other words in lower case: a capitalised one begins the post after the name ("… Huyện Trưởng Công an huyện").
  if (words.shapes[n] !== Shape.Lower) return false;
  // "Quận trưởng Quận 1", not the "trưởng" of another post ("Nguyễn Văn Tỉnh trưởng đoàn công tác").
  if (words.lowerIs(n, 'trưởng')) return !(then && words.shapes[n + 1] === Shape.Lower);
  if (words.lowerIs(n, 'đoàn')) return !(then && words.lowerIs(n + 1, 'kết'));
  return words.lowerIs(n, 'hội') && then && words.shapes[n + 1] === Shape.Cap;
}
/** The words a place's name follows: a territory's or a hamlet's level, a committee ("huyện Lâm Hà", "Huyện ủy Đồng Văn", "thôn Phú Lộc"). */
const RUN_LEVELS = new PhraseSet(new Set([...TERRITORY_LEVELS.phrases, ...HAMLET_LEVELS.phrases, 'ủy']));

/** "K'Brông", "H'Hen": a capital, an apostrophe, a syllable (one word, see tokens.ts). */
function apostropheName(text: string, words: Words, i: number): boolean {
  return words.ends[i] - words.starts[i] >= 3 && text.charCodeAt(words.starts[i] + 1) === 0x27;
}

/** The length of word i's syllable: without the capital and apostrophe before it ("Phương" of "K'Phương"). */
function syllableLength(text: string, words: Words, i: number): number {
  const n = words.ends[i] - words.starts[i];
  return apostropheName(text, words, i) ? n - 2 : n;
}

/** Words a,…,b could be syllables of a name: none starts a position or runs into a body's name. */
function plainName(text: string, words: Words, a: number, b: number): boolean {
  for (let k = a; k <= b; k++) {
    const f = words.flags(k);
    if ((f & Lex.NonFinalName && !words.lowerIs(k, 'thị')) || f & Lex.HeadModifier || positionHeadLength(text, words, k) > 0) return false;
  }
  return true;
}

/** Word marks of findPeople, reused from text to text. */
let wordMarks = new Uint8Array(1024);
const NAME_START = 1;
const MENTION_START = 2;
const SEEN = 4;
const NAME_END = 8;
/** A word of a post read for a person already found: no name there is another person's ("…, Giám đốc Công ty Mai Linh, …"). */
const IN_POST = 16;

/**
 * The names of the mentions found so far, looked up by the words of a candidate: by the hash of their
 * lower-cased words, compared word by word, so that no string is made; by the strings when a word
 * lower-cases in context (then every look-up compares strings, as hashes would not find them).
 */
function knownNames(words: Words, mentions: readonly Mention[]): { has(a: number, b: number): boolean } {
  const count = mentions.length;
  const byHash = new Map<number, number>();
  /** Mentions whose hash another name already has (rare): compared one by one. */
  const collided: number[] = [];
  let strings: Set<string> | null = null;
  for (let k = 0; k < count; k++) {
    const m = mentions[k];
    const h = words.lowerHash(m.a, m.b - m.a + 1);
    if (h < 0) {
      strings = new Set(mentions.map((x) => phraseOf(words, x.a, x.b)));
      break;
    }
    const first = byHash.get(h);
    if (first === undefined) byHash.set(h, k);
    else if (!sameName(words, mentions[first], m.a, m.b)) collided.push(k);
  }
  return {
    has(a: number, b: number): boolean {
      const h = strings === null ? words.lowerHash(a, b - a + 1) : -1;
      if (h < 0) {
        strings ??= new Set(mentions.slice(0, count).map((x) => phraseOf(words, x.a, x.b)));
        return strings.has(phraseOf(words, a, b));
      }
      const k = byHash.get(h);
      if (k !== undefined && sameName(words, mentions[k], a, b)) return true;
      for (const c of collided) if (sameName(words, mentions[c], a, b)) return true;
      return false;
    },
  };
}

function sameName(words: Words, m: Mention, a: number, b: number): boolean {
  return m.b - m.a === b - a && words.sameLower(m.a, a, b - a + 1);
}

const phraseOf = (words: Words, from: number, to: number) => {
  let s = words.lower(from);
  for (let k = from + 1; k <= to; k++) s += ' ' + words.lower(k);
  return s;
};

/** First words of the places ("hà" of "hà nội"): a run starting otherwise starts with no place. */
const PLACE_FIRST_WORDS = new Set<string>();
for (const p of PLACES) PLACE_FIRST_WORDS.add(p.split(' ')[0]);
flagWords(PLACE_FIRST_WORDS, Lex.PlaceFirst);
flagWords([...PLACES].map((p) => p.slice(p.lastIndexOf(' ') + 1)), Lex.PlaceLast);

/** Do the last two or three words of a…b name a place ("… Hà Nội")? A run ending otherwise needs no look-up. */
function endsWithPlace(words: Words, a: number, b: number): boolean {
  if (!(words.flags(b) & Lex.PlaceLast)) return false;
  return (b - 1 >= a && words.phraseIn(PLACE_SET, b - 1, 2)) || (b - 2 >= a && words.phraseIn(PLACE_SET, b - 2, 3));
}

function startsWithPlace(words: Words, a: number, b: number): number {
  if (!(words.flags(a) & Lex.PlaceFirst)) return 0;
  for (let len = Math.min(4, b - a + 1); len >= 2; len--) if (words.flags(a + len - 1) & Lex.PlaceLast && words.phraseIn(PLACE_SET, a, len)) return len;
  return 0;
}

/** Are words a…b a place ("Hà Nội")? The first and last words' flags set most runs apart with no look-up. */
function isPlaceName(words: Words, a: number, b: number): boolean {
  return (words.flags(a) & Lex.PlaceFirst) !== 0 && (words.flags(b) & Lex.PlaceLast) !== 0 && words.phraseIn(PLACE_SET, a, b - a + 1);
}

const canonCache = new Map<string, string>();

/** Canonical form of a position for comparing two ways of writing it. */
export function positionCanon(p: string): string {
  return canonCache.get(p) ?? remember(canonCache, p, computePositionCanon(p), 20000);
}

function computePositionCanon(p: string): string {
  const out: string[] = [];
  // "Thừa Thiên - Huế" and "Thừa Thiên Huế", "Lao động-Thương binh" and "Lao động - Thương binh" are one post.
  for (const w of dashesAsSpaces(normalizeForMatch(p)).split(' ')) {
    for (const x of (POSITION_ABBREVIATIONS.get(w) ?? w).split(' ')) if (out[out.length - 1] !== x) out.push(x);
  }
  return out.join(' ');
}

/** Adds a position to a person's list, merging variants into the fullest written form (P1). */
export function mergePosition(list: Array<{ written: string; canon: string }>, written: string, canon = positionCanon(written)): void {
  for (const e of list) {
    if (e.canon === canon || e.canon.startsWith(canon + ' ') || canon.startsWith(e.canon + ' ')) {
      if (canon.length > e.canon.length || (canon.length === e.canon.length && written.length > e.written.length)) {
        e.written = written;
        e.canon = canon;
      }
      return;
    }
  }
  if (list.length < MAX_POSITIONS) list.push({ written, canon });
}

export function findPeople(ctx: Context, claims: Claims, personStarts?: Set<number>): PersonEntity[] {
  const { norm, words } = ctx;
  const text = norm;
  const mentions: Mention[] = [];
  const runs = capitalisedRuns(text, words);
  // Marks by word (and one past the last, where a byline may point): where a candidate name, a
  // mention starts. findPeople is not re-entrant, so the array is reused.
  if (wordMarks.length <= words.count) wordMarks = new Uint8Array(Math.max(words.count + 1, 2 * wordMarks.length));
  const marks = wordMarks;
  marks.fill(0, 0, words.count + 1);
  const candidates: Candidate[] = [];
  /** "Đ/c" right before word a: the words "Đ" and "c" with a slash between them. */
  const dcBefore = (a: number): boolean =>
    a >= 2 && words.lowerIs(a - 1, 'c') && words.lowerIs(a - 2, 'đ') && words.starts[a - 1] === words.ends[a - 2] + 1 && text.charCodeAt(words.ends[a - 2]) === 47;
  /**
   * Is word i an honorific ("ông", "bà", "anh" …)? Not "Anh" capitalised right after a capitalised word
   * inside a sentence (not its first: "Theo Anh Trần Quốc Việt") or a place's level: that is a place's syllable ("Trưởng Công an huyện Đông Anh Nguyễn Văn Thủy", "Kỳ
   * Anh", "huyện Anh Sơn"); nor the country after "Việt Nam -" ("Hội Hữu nghị Việt Nam - Anh").
   */
  const honorificAt = (i: number): boolean =>
    (words.flags(i) & Lex.Honorific) !== 0 &&
    !(words.shapes[i] === Shape.Cap && i > 0 && words.lowerIs(i, 'anh') &&
      ((joined(text, words, i) && ((words.shapes[i - 1] === Shape.Cap && joined(text, words, i - 1)) || territoryBefore(i) || hamletBefore(i))) || dashJoined(text, words, i)));
  /**
   * Where "thầy giáo", "cô giáo" start right before word a, or before the subject they teach ("Cô giáo
   * Văn Nguyễn Thị Hà", "Thầy giáo Tiếng Anh Lê Văn Hòa"); -1 when they do not. A subject is no name's
   * first word.
   */
  const teacherStartBefore = (a: number): number => {
    if (a < 2) return -1;
    let k = a - 1;
    if (words.lowerIs(k, 'giáo')) {
      if (words.shapes[a] === Shape.Cap && subjectLength(a) > 0 && subjectBefore(a + subjectLength(a))) return -1;
    } else {
      // A subject between them: one word or two after "giáo".
      const n = words.lowerIs(k - 1, 'giáo') ? 1 : k >= 3 && words.lowerIs(k - 2, 'giáo') ? 2 : 0;
      if (!n || words.shapes[k - n + 1] === Shape.Lower || subjectLength(k - n + 1) !== n || !subjectBefore(a)) return -1;
      k -= n;
    }
    return k >= 1 && (words.lowerIs(k - 1, 'thầy') || words.lowerIs(k - 1, 'cô')) && joined(text, words, k) ? k - 1 : -1;
  };
  /** The words of a school subject at word i ("Toán", "Tiếng Anh", "Ngữ văn"), or 0. */
  const subjectLength = (i: number): number => (i + 1 < words.count && words.phraseIn(SUBJECTS, i, 2) && joined(text, words, i + 1) ? 2 : words.phraseIn(SUBJECTS, i, 1) ? 1 : 0);
  /**
   * Is a capitalised subject right before word a, which begins a name with its family name? Not a family
   * name that is a subject too before the name's middle word ("cô giáo Văn Thị Hương", "thầy Lý Văn Tuấn").
   */
  const subjectBefore = (a: number): boolean => {
    const n = a >= 2 && subjectLength(a - 2) === 2 ? 2 : a >= 1 && subjectLength(a - 1) === 1 ? 1 : 0;
    return n > 0 && a < words.count && words.shapes[a - n] === Shape.Cap && joined(text, words, a) && joined(text, words, a - n + 1) &&
      (words.flags(a) & Lex.Surname) !== 0 && words.shapes[a] === Shape.Cap && !MIDDLE_NAMES.has(words.lower(a));
  };
  const teacherBefore = (a: number): boolean => teacherStartBefore(a) >= 0;
  /** Is word k a short title written in capitals that starts a word of its own (not an issuer's letters in a code, "QĐ-TS")? */
  const shortTitleAt = (k: number): boolean => {
    if (k < 0 || words.shapes[k] === Shape.Lower || !words.phraseIn(SHORT_TITLES, k, 1)) return false;
    const s = words.starts[k];
    const c = s > 0 ? text.charCodeAt(s - 1) : 32;
    // After a space, a line's start, the full stop or comma of a chain ("PGS.TS", "GS, TSKH"), a bracket or a quote.
    return c === 32 || c === 9 || c === 10 || c === 46 || c === 44 || c === 40 || c === 0x201c || c === 34;
  };
  /**
   * Where the short titles right before word a start ("TS. Nguyễn Văn Dũng", "PGS.TS Nguyễn Viết Thảo",
   * "GS, TSKH Vũ Minh Giang"), or -1.
   */
  const shortTitleStartBefore = (a: number): number => {
    if (a < 1 || !shortTitleAt(a - 1) || !SHORT_TITLE_GAP_RE.test(text.slice(words.ends[a - 1], words.starts[a]))) return -1;
    let k = a - 1;
    while (k > 0 && shortTitleAt(k - 1) && TITLE_CHAIN_GAP_RE.test(text.slice(words.ends[k - 1], words.starts[k]))) k--;
    // Not letters at the end of a name in capitals ("Công ty TNHH TS") or after a body's head, where they
    // name its field ("Chi cục TS" for "thủy sản", "Văn phòng LS Nguyễn Văn Thắng"); but for a title with its
    // full stop ("Giám đốc Sở KH&CN TS. Nguyễn Văn Dương").
    if (k > 0 && joined(text, words, k) && (words.shapes[k - 1] === Shape.Upper || (words.flags(k - 1) & (Lex.OrgHead | Lex.OrgHeadLater)) !== 0)) {
      return text.charCodeAt(words.ends[a - 1]) === 46 ? a - 1 : -1;
    }
    return k;
  };
  const shortTitleBefore = (a: number): boolean => shortTitleStartBefore(a) >= 0;
  /** "đồng chí", "đ/c", an honorific ("Ông", "bà", "cô giáo") or a short title ("TS.") right before word a, on the same line. */
  const cueBefore = (a: number): boolean => {
    if (a === 0) return false;
    const comrade = words.lowerIs(a - 1, 'chí') && a >= 2 && words.lowerIs(a - 2, 'đồng') && joined(text, words, a - 1);
    if (!joined(text, words, a)) return (comrade && LIST_HEAD_GAP_RE.test(text.slice(words.ends[a - 1], words.starts[a]))) || shortTitleBefore(a);
    return honorificAt(a - 1) || dcBefore(a) || comrade || teacherBefore(a) || shortTitleBefore(a);
  };
  /** Word a follows "; " on the same line: an item of a list, a person only if the list is of people. */
  const listItem = (a: number): boolean => a > 0 && LIST_ITEM_GAP_RE.test(text.slice(words.ends[a - 1], words.starts[a]));
  /**
   * Is word a, which starts a run, the name of a territory after its level ("huyện Lâm Hà", "Huyện ủy
   * Lâm Hà")? A family name at its second syllable then begins no four-syllable name, but the name
   * after the place: "Chủ tịch UBND huyện Lâm Hà Trần Văn Bình" is Trần Văn Bình, not Hà Trần Văn Bình.
   * Only that syllable: a family name further on begins the name, which may well have four syllables
   * ("UBND huyện Hải Hậu Nguyễn Hoàng Minh Tuấn").
   */
  const territoryBefore = (a: number): boolean =>
    a >= 2 && joined(text, words, a) && (words.phraseIn(TERRITORY_LEVELS, a - 1, 1) || (words.lowerIs(a - 1, 'ủy') && joined(text, words, a - 1) && words.phraseIn(COMMITTEE_PLACES, a - 2, 1)));
  // A hamlet's name may have one syllable: after a family name that ends no place's name the second one
  // begins the person's only where a middle word follows it ("thôn Phú Lộc Nguyễn Văn An", "thôn Thanh Hà
  // Nguyễn Minh Tuấn"; not "thôn Đông Nguyễn Hoàng Minh Tuấn").
  /**
   * Is word k, a family name after a capitalised word, the last syllable of a place's name before a name
   * with its middle word ("Ban Quản lý dự án Hòa Lạc Nguyễn Văn Thành")? Not a family name that ends
   * hardly any place's, which begins a name of four syllables there too ("… Tuấn Trần Lê Thị Hồng").
   */
  const placeBefore = (k: number): boolean => MIDDLE_NAMES.has(words.lower(k + 2)) && joined(text, words, k) && !words.phraseIn(FIRST_ONLY_SURNAMES, k, 1);
  /** Is word k "Đoàn" right after "Trung ương" ("Bí thư Trung ương Đoàn Bùi Quang Huy")? */
  const unionAfterCentre = (k: number): boolean =>
    k >= 2 && words.lowerIs(k, 'đoàn') && words.lowerIs(k - 1, 'ương') && words.lowerIs(k - 2, 'trung') && joined(text, words, k) && joined(text, words, k - 1);
  const hamletBefore = (a: number): boolean => a >= 2 && joined(text, words, a) && words.phraseIn(HAMLET_LEVELS, a - 1, 1);
  for (let r = 0; r < runs.length; r += 2) {
    const ra = runs[r];
    const rb = runs[r + 1];
    let from = ra + startsWithPlace(words, ra, rb);
    if (honorificAt(from)) from++;
    let k = from;
    for (; k <= rb; k++) {
      const len = rb - k + 1;
      if (len < 2) break;
      // The last syllable of a continent begins no name ("Vụ Châu Âu Nguyễn Thị Lan": "Âu" is a family name too).
      if (k > from && words.phraseIn(CONTINENT_FIRSTS, k - 1, 1) && words.phraseIn(CONTINENT_SET, k - 1, 2)) continue;
      if (len <= 4 && words.flags(k) & Lex.Surname) {
        // Right after a cue the whole run is the name, even where a family name sits inside it
        // ("đồng chí Y Thanh Hà Niê Kđăm": Ê Đê and Jrai names run to five syllables).
        const a = k > from && rb - from <= 4 && cueBefore(from) && plainName(text, words, from, rb) && !endsWithPlace(words, from, rb) ? from
          : k === from + 1 && len === 4 && words.flags(k + 1) & Lex.Surname && (territoryBefore(from) || (hamletBefore(from) && (MIDDLE_NAMES.has(words.lower(k + 2)) || !words.phraseIn(FIRST_ONLY_SURNAMES, k, 1))) || placeBefore(k)) ? k + 1
          // "Trung ương Đoàn" (the Youth Union's central committee) before a name: "Đoàn" is the body's.
          : k === from && len === 4 && words.flags(k + 1) & Lex.Surname && unionAfterCentre(k) ? k + 1 : k;
        candidates.push({ a, b: rb, runStart: ra });
        break;
      }
    }
    // No known family name: after an explicit cue ("đồng chí", "Ông") a run of 2–5 syllables (or one
    // written with an apostrophe, "K'Brông") is still a name when a position follows it (checked below);
    // surnames no list can hold all of.
    if ((k > rb || rb - k + 1 < 2) && (rb - from >= 1 || (rb === from && apostropheName(text, words, from))) && rb - from <= 4 && (cueBefore(from) || listItem(from)) && plainName(text, words, from, rb)) {
      candidates.push({ a: from, b: rb, runStart: ra, cueOnly: true });
    }
  }
  // Each run gives one candidate at most: they are found by their first and by their last word.
  const startingAt = new Map<number, Candidate>();
  const endingAt = new Map<number, Candidate>();
  for (const c of candidates) {
    marks[c.a] |= NAME_START;
    marks[c.b] |= NAME_END;
    startingAt.set(c.a, c);
    endingAt.set(c.b, c);
  }

  /** "đồng chí" right before word a. */
  const comradeBefore = (a: number) => a >= 2 && words.lowerIs(a - 2, 'đồng') && words.lowerIs(a - 1, 'chí');
  const gapAfter = (i: number) => (i + 1 < words.count ? text.slice(words.ends[i], words.starts[i + 1]) : '\n');

  const isPlace = (a: number, runStart: number) => {
    if (a > runStart || a === 0) return false;
    const gs = words.ends[a - 1];
    const ge = words.starts[a];
    // Only a word on the same line, separated by spaces (or "TP." and a space), can make it a place.
    for (let k = gs; k < ge; k++) {
      const c = text.charCodeAt(k);
      if (c !== 32 && c !== 9 && c !== 46) return false;
    }
    // "chuyển đổi số" (digital transformation) and "COVID-19" end a task, not a house's number ("… đổi
    // mới sáng tạo và chuyển đổi số Tô Lâm", "… phòng, chống dịch COVID-19 Vũ Đức Đam").
    if (a >= 3 && words.lowerIs(a - 1, 'số') && words.lowerIs(a - 2, 'đổi') && words.lowerIs(a - 3, 'chuyển') && joined(text, words, a - 1) && joined(text, words, a - 2)) return false;
    if ((a >= 2 && covidEnd(text, words, a - 2) === a - 1) || covidEnd(text, words, a - 1) === a - 1) return false;
    // A cue of one or two words ends at word a - 1: the word's flags say whether one may, with no look-up.
    if (words.flags(a - 1) & Lex.PlaceCueLast && (words.phraseIn(PLACE_CUE_SET, a - 1, 1) || (a >= 2 && words.phraseIn(PLACE_CUE_SET, a - 2, 2)))) return !comradeBefore(a);
    // A house number ("số 5 Trần Phú"), not a hamlet's ("Bí thư Chi bộ thôn 3 Trần Văn Tư": see unitNumberStart).
    return words.shapes[a - 1] === Shape.Other && ge - gs === 1 && text.charCodeAt(gs) === 32 && allDigits(text, words.starts[a - 1], words.ends[a - 1]) &&
      unitNumberStart(a) === a;
  };

  /**
   * A place after its cue whatever comes before the cue: after a street cue or "TP", a house number, a
   * province, or two syllables ("Huyện ủy Lâm Hà", "huyện Mai Sơn": leaders' names have three or more).
   */
  const placeAfterCue = (c: Candidate) =>
    (isPlace(c.a, c.runStart) &&
      ((words.phraseIn(STREET_CUE_SET, c.a - 1, 1) && !(cityBefore(c.a) && (c.b - c.a === 2 || MIDDLE_NAMES.has(words.lower(c.a + 1))))) ||
        (allDigits(text, words.starts[c.a - 1], words.ends[c.a - 1]) && !numberedBodyBefore(c.a)) || c.b - c.a < 2 ||
        isPlaceName(words, c.a, c.b))) ||
    (c.b - c.a < 2 && committeeBefore(c.a));
  /**
   * Does a body's name end with its number right before word a ("Đội Quản lý thị trường số 3", "Ban Quản
   * lý dự án 6")? The name after it is then no house's street ("số 5 Nguyễn Văn Cừ").
   */
  const numberedBodyBefore = (a: number): boolean => {
    for (let k = a - 2; k >= 0 && k >= a - 1 - MAX_BODY_REACH; k--) if (words.shapes[k] !== Shape.Lower && bodyEndFrom(ctx, k) === a - 1) return true;
    return false;
  };
  /**
   * "thành phố" right before word a: a city, which is named after no one but "Hồ Chí Minh", unlike a
   * street ("phố Lê Văn Hưu"): a name of three syllables or with its middle word after it is its
   * chairman's ("UBND thành phố Lê Văn Hùng", "… thành phố Chu Ngọc Anh"). A longer run there begins
   * with the city's name ("thành phố Đồng Hới Trần Phong").
   */
  const cityBefore = (a: number) => a >= 2 && words.lowerIs(a - 1, 'phố') && words.lowerIs(a - 2, 'thành') && joined(text, words, a - 1);
  /** "Huyện ủy", "Quận ủy", "Tỉnh ủy", "Thành ủy", "Thị ủy" right before word a: its place follows ("Huyện ủy Thạch Hà"). */
  const committeeBefore = (a: number) =>
    a >= 2 && words.lowerIs(a - 1, 'ủy') && joined(text, words, a) && joined(text, words, a - 1) && words.phraseIn(COMMITTEE_PLACES, a - 2, 1);
  /** A person cue right before word a ("tư tưởng", "Chủ tịch" of "Chủ tịch Hồ Chí Minh"). */
  const personCueBefore = (a: number) =>
    a > 0 && joined(text, words, a) && (words.flags(a - 1) & Lex.PersonCueLast) !== 0 && (words.phraseIn(PERSON_CUE_SET, a - 1, 1) || (a >= 2 && words.phraseIn(PERSON_CUE_SET, a - 2, 2)));
  /** A cue that names a child ("cháu", "bé", "học sinh"): a year in brackets after the name is a birth's, not a grown-up's (see "em"). */
  const minorCueBefore = (a: number) => a > 0 && joined(text, words, a) && (words.phraseIn(MINOR_CUES, a - 1, 1) || (a >= 2 && words.phraseIn(MINOR_CUES, a - 2, 2)));
  /** "Học viện Chính trị quốc gia Hồ Chí Minh": a namesake right after a body's words ends its name. */
  const inBodyName = (c: Candidate) =>
    c.a > 0 && joined(text, words, c.a) && isBodyWord(words, c.a - 1) && !personCueBefore(c.a) && words.phraseIn(NAMESAKE_SET, c.a, c.b - c.a + 1);
  /**
   * A street, square, school or museum named after a person right before word a ("Đường Lê Hồng Phong",
   * "Trường THPT chuyên Lê Hồng Phong", "Bảo tàng Hồ Chí Minh"): the name is the place's, not a mention
   * of the person the text names elsewhere.
   */
  const namedAfter = (a: number) =>
    a > 0 && joined(text, words, a) && (words.phraseIn(NAMED_AFTER_SET, a - 1, 1) || (a >= 2 && joined(text, words, a - 1) && words.phraseIn(NAMED_AFTER_SET, a - 2, 2)));
  /**
   * "Trường" and its kind and level right before word a ("Trường THCS Nguyễn Du", "Trường Chính trị Lê
   * Duẩn"): the name is the school's, whatever post is written before it ("Hiệu trưởng Trường THCS
   * Nguyễn Du"). A name after another name is the head's ("Trường THCS Nguyễn Du Trần Văn Bình").
   */
  const schoolBefore = (a: number) => {
    if (a < 2 || !words.phraseIn(SCHOOL_LEVEL_LAST, a - 1, 1)) return false;
    let k = a - 1;
    for (let levels = 0; levels < 3 && k > 0 && joined(text, words, k + 1); levels++) {
      let len = 0;
      for (let n = Math.min(SCHOOL_LEVEL_MAX, k); n >= 1 && !len; n--) if (words.phraseIn(SCHOOL_LEVELS, k - n + 1, n)) len = n;
      if (!len) return false;
      for (let q = k - len + 2; q <= k; q++) if (!joined(text, words, q)) return false;
      k -= len;
      if (words.shapes[k] !== Shape.Lower && words.lowerIs(k, 'trường') && joined(text, words, k + 1)) return true;
    }
    return false;
  };
  /** Is candidate c no person whatever position is written before it (a place, a body's namesake, a school's name)? */
  const neverPerson = (c: Candidate) => placeAfterCue(c) || inBodyName(c) || schoolBefore(c.a) || countryFirst(c) || continent(c) || endsNeverNamed(c) || claims.overlaps(words.starts[c.a], words.ends[c.b]);
  /** A run of three or four words that ends in a place no one is named ("Giám đốc Bệnh viện Bạch Mai Hà Nội"), but after a cue. */
  const endsNeverNamed = (c: Candidate) => c.b - c.a >= 2 && words.phraseIn(NEVER_NAMED_SET, c.b - 1, 2) && !cueBefore(c.a);
  /** A continent without a cue before it ("Vụ trưởng Vụ Châu Âu"). */
  const continent = (c: Candidate) => c.b - c.a + 1 <= CONTINENT_MAX && words.phraseIn(CONTINENT_FIRSTS, c.a, 1) && words.phraseIn(CONTINENT_SET, c.a, c.b - c.a + 1) && !cueBefore(c.a);
  /**
   * A run that begins with a country's name of two words is no Vietnamese name: the country alone, with
   * no cue before it ("Bộ trưởng Ngoại giao Thái Lan ký kết") or after an envoy's title ("Đại sứ Thái
   * Lan"), or the country and its leader's or envoy's foreign name right after their post ("Thủ tướng
   * Thái Lan Srettha Thavisin", "Thủ tướng Hàn Quốc Han Duck-soo"). After any other post, a cue or in a list it may be one ("Giám đốc Hà Lan Anh", "Bà Hà Lan
   * Anh").
   */
  const countryFirst = (c: Candidate) => joined(text, words, c.a + 1) && twoWordCountryAt(words, c.a) &&
    (c.b === c.a + 1 ? !cueBefore(c.a) || envoyBefore(c.a) : leaderHeadBefore(c.a) || envoyBefore(c.a));
  /** Does an envoy's head end right before word a ("Đại sứ Thái Lan": the country's envoy, not a name)? */
  const envoyBefore = (a: number): boolean => a >= 2 && joined(text, words, a) && envoyEndsAt(a - 1);
  /** Does a country's leader's post (LEADER_HEADS) end right before word a? */
  const leaderHeadBefore = (a: number): boolean => {
    if (!joined(text, words, a)) return false;
    for (let n = 1; n <= LEADER_HEAD_MAX && a - n >= 0; n++) if (words.phraseIn(LEADER_HEADS, a - n, n)) return true;
    return false;
  };
  /** May a person's name start at word i: a body or position read up to it ends there. */
  const nameStartsAt = (i: number) => (marks[i] & NAME_START) !== 0 && !neverPerson(startingAt.get(i)!);
  /**
   * Where a post's body ends: before a name, and before "và" and a council that is another body ("Chủ
   * nhiệm Văn phòng Quốc hội và UBND tỉnh …"), unless the two are a joint office's ("Chánh Văn phòng Đoàn
   * ĐBQH và HĐND tỉnh").
   */
  const postStop = (i: number) => nameStartsAt(i) || (words.lowerIs(i, 'và') && councilAt(words, i + 1) && !jointOffice(words, i) && !chairOfBoth(words, i));

  /**
   * The territory whose Party committee or council the post at word p (a title of hl words, last word
   * `last`) leads, as its level and the name written after it: "huyện" for "Bí thư Huyện ủy", "xã hải
   * minh" for "Bí thư Đảng ủy xã Hải Minh", "tỉnh nam định" for "Bí thư Tỉnh ủy Nam Định", "tỉnh" for
   * "Chủ tịch UBND tỉnh"; null for any other body ("Đảng ủy Quân sự tỉnh", "Ban Tổ chức Tỉnh ủy").
   */
  const territoryOf = (p: number, hl: number, last: number): string | null => {
    const b = p + hl;
    /** The level word at `level` and the territory's name from word `from` on, if written. */
    const named = (level: number, from: number) =>
      from <= last ? `${words.lower(level)} ${text.slice(words.starts[from], words.ends[last]).toLowerCase()}` : words.lower(level);
    // A head that ends in its body ("Chủ tịch UBND", "Bí thư Đảng ủy"): the level follows it.
    if (words.phraseIn(COUNCILS, b - 1, 1) || (b >= 2 && words.lowerIs(b - 1, 'ủy') && words.lowerIs(b - 2, 'đảng'))) return b <= last && words.phraseIn(LEVELS, b, 1) ? named(b, b + 1) : null;
    if (b + 1 > last) return null;
    if (words.phraseIn(COUNCILS, b, 1)) return words.phraseIn(LEVELS, b + 1, 1) ? named(b + 1, b + 2) : null;
    if (words.lowerIs(b + 1, 'ủy') && words.phraseIn(COMMITTEE_PLACES, b, 1)) return named(b, b + 2);
    return b + 2 <= last && words.lowerIs(b, 'đảng') && words.lowerIs(b + 1, 'ủy') && words.phraseIn(LEVELS, b + 2, 1) ? named(b + 2, b + 3) : null;
  };
  /**
   * "Bí thư Huyện ủy và Bí thư Đảng ủy xã", "Bí thư Đảng ủy xã Hải Minh và Bí thư Đảng ủy xã Hải
   * Đường": one title at the committees of two territories, of two levels or two names, is two people's,
   * as no one leads two of them; one title at two other bodies is one person's double post ("Bí thư Tỉnh
   * ủy và Bí thư Đảng ủy Quân sự tỉnh", "Trưởng Ban Tổ chức Tỉnh ủy và Trưởng Ban …"), and so is one
   * title at two councils of one territory ("Chủ tịch UBND tỉnh" and "Chủ tịch HĐND tỉnh").
   */
  const twoTerritories = (p1: number, n1: number, last1: number, p2: number, n2: number, last2: number): boolean => {
    // The title is the heads' common words ("Bí thư" of "Bí thư" and "Bí thư Đảng ủy").
    const n = Math.min(n1, n2);
    for (let k = 0; k < n; k++) if (words.lower(p1 + k) !== words.lower(p2 + k)) return false;
    const t1 = territoryOf(p1, n, last1);
    const t2 = t1 === null ? null : territoryOf(p2, n, last2);
    return t2 !== null && t1 !== t2;
  };

  /** The name a cue starting at word i introduces ("đồng chí B", "ông B", "đ/c B"), or null. */
  const cuedName = (i: number): Candidate | null => {
    let n = words.lowerIs(i, 'đồng') && i + 1 < words.count && words.lowerIs(i + 1, 'chí') && joined(text, words, i + 1) ? i + 2
      : words.flags(i) & Lex.Honorific ? i + 1 : dcBefore(i + 2) ? i + 2 : -1;
    // Short titles, one to three ("TS", "PGS.TS", "ThS. BS"), before the name.
    if (n < 0 && shortTitleAt(i)) for (let m = i + 1; m <= i + 3 && n < 0; m++) if (shortTitleStartBefore(m) === i) n = m;
    return n > 0 && n < words.count && (joined(text, words, n) || shortTitleBefore(n)) && nameStartsAt(n) ? startingAt.get(n)! : null;
  };
  /**
   * Is the post ending at word e the next name's, in apposition: "… và Chủ tịch UBND huyện Nguyễn Thanh
   * Bình", "… huyện Lâm Hà đồng chí Trần Văn Bình cùng dự", or after a comma a name with no post of its
   * own ("…, đồng chí Trần Văn Bình, dự"). Not after ";" or "." (the next item, the next sentence), nor
   * before a name with its own post ("…, đồng chí Lê Văn Hùng, Phó Bí thư …": the next person of a list).
   */
  const apposedTo = (e: number): boolean => {
    const i = e + 1;
    if (i >= words.count) return false;
    const plain = joined(text, words, i);
    if (!plain && !COMMA_GAP_RE.test(gapAfter(e))) return false;
    const name = nameStartsAt(i) ? startingAt.get(i)! : cuedName(i);
    if (!name) return false;
    return plain || !(positionHeadLength(text, words, name.b + 1) > 0 && POSITION_GAP_RE.test(gapAfter(name.b)));
  };

  /**
   * Does word i say that the people before it act together ("… cùng dự", "… đều phát biểu")? Not "cùng"
   * before a group, a preposition then ("A, Phó Bí thư Huyện ủy và Chủ tịch HĐND huyện cùng các đại
   * biểu tham quan": one person with the delegates).
   */
  const togetherAt = (i: number): boolean =>
    joined(text, words, i) && words.phraseIn(TOGETHER_WORDS, i, 1) && !(i + 1 < words.count && joined(text, words, i + 1) && words.phraseIn(GROUP_WORDS, i + 1, 1));

  /** Are the words after the head of hl words at word p, up to `last`, a country and capitalised words after it? */
  const foreignLeaderPost = (p: number, hl: number, last: number): boolean => {
    const c = p + hl;
    const n = c <= last && joined(text, words, c) ? countryLength(words, c) : 0;
    return n > 0 && c + n <= last && words.shapes[c + n] !== Shape.Lower && joined(text, words, c + n);
  };
  /** Are the words after word `from` up to word `to` each joined to the one before (one phrase)? */
  const joinedThrough = (from: number, to: number): boolean => {
    for (let k = from + 1; k <= to; k++) if (!joined(text, words, k)) return false;
    return true;
  };
  /** How many words a country's name takes at word i, Việt Nam's included (0: none). */
  const bareCountryLength = (i: number): number =>
    i + 1 < words.count && words.lowerIs(i, 'việt') && words.lowerIs(i + 1, 'nam') && words.shapes[i + 1] !== Shape.Lower ? 2 : i >= 0 && i < words.count ? countryLength(words, i) : 0;
  /** … written formally too: "Cộng hòa Pháp", "Liên bang Nga", "CHDCND Lào", "nước CHXHCN Việt Nam". */
  const anyCountryLength = (i: number): number => {
    const n = bareCountryLength(i);
    if (n > 0 || i < 0 || i >= words.count || !(words.flags(i) & Lex.CountryPrefixFirst)) return n;
    for (let p = COUNTRY_PREFIX_MAX; p >= 1; p--) {
      if (i + p >= words.count || !words.phraseIn(COUNTRY_PREFIXES, i, p)) continue;
      const m = joinedThrough(i, i + p) ? bareCountryLength(i + p) : 0;
      if (m > 0) return p + m;
    }
    return 0;
  };
  /** Where an envoy's head of three words or more that ends at word e starts, its words joined; -1 if none. */
  const envoyStartBefore = (e: number): number => {
    if (!words.phraseIn(ENVOY_LONG_LAST_WORDS, e, 1)) return -1;
    for (let n = ENVOY_HEAD_MAX; n >= 3; n--) if (e - n + 1 >= 0 && words.phraseIn(ENVOY_HEADS, e - n + 1, n) && joinedThrough(e - n + 1, e)) return e - n + 1;
    return -1;
  };
  /**
   * Is the post from its head at word p (hl words) an envoy's of another country than Vietnam, written
   * right after the head ("Đại sứ Nhật Bản")? After a name it is the last post that name holds, and
   * never one after the name's other posts ("ông A, Giám đốc Sở Ngoại vụ, Đại sứ Nhật Bản và …").
   */
  const foreignEnvoy = (p: number, hl: number): boolean => {
    const c = p + hl;
    return envoyEndsAt(c - 1) && c < words.count && joined(text, words, c) && !words.lowerIs(c, 'việt') && anyCountryLength(c) > 0;
  };
  /** Does an envoy's post begin at word p? */
  const envoyPostAt = (p: number): boolean => {
    const hl = positionHeadLength(text, words, p);
    return hl > 0 && envoyEndsAt(p + hl - 1);
  };
  /** Does an envoy's head (ENVOY_HEADS) end at word e? */
  const envoyEndsAt = (e: number): boolean => {
    if (e < 1 || !words.phraseIn(ENVOY_LAST_WORDS, e, 1)) return false;
    for (let n = 2; n <= ENVOY_HEAD_MAX && e - n + 1 >= 0; n++) if (words.phraseIn(ENVOY_HEADS, e - n + 1, n)) return true;
    return false;
  };
  /**
   * The place an envoy serves in, from word i after "tại": a country of the list, or up to three
   * capitalised words that a name (three syllables from a family name) or the post's end follows
   ("Thượng Hải", "Luang Prabang"). Its last word, or -1.
   */
  const envoyPlaceEnd = (i: number): number => {
    if (i >= words.count || !joined(text, words, i)) return -1;
    const n = anyCountryLength(i);
    if (n > 0) return i + n - 1;
    let k = i;
    while (k < words.count && k < i + 3 && words.shapes[k] === Shape.Cap && (k === i || joined(text, words, k)) && !(k > i && fullName(k))) k++;
    if (k === i || (k < words.count && joined(text, words, k) && words.shapes[k] === Shape.Cap && !fullName(k))) return -1;
    return k - 1;
  };
  /**
   * An envoy's post goes on over "tại" and the place it serves in ("Đại sứ Việt Nam tại Nhật Bản",
   * "Tổng Lãnh sự Việt Nam tại Thượng Hải"): where the post ending at word `last` ends then.
   */
  const envoyPostEnd = (p: number, hl: number, last: number): number => {
    const at = last + 1;
    if (at + 1 >= words.count || !words.lowerIs(at, 'tại') || !joined(text, words, at)) return last;
    if (!(envoyEndsAt(p + hl - 1) && (last === p + hl - 1 || anyCountryLength(p + hl) === last - p - hl + 1))) return last;
    const e = envoyPlaceEnd(at + 1);
    return e > at ? e : last;
  };
  /**
   * Is word j the "tại" of an envoy's post read back from a name ("Đại sứ Việt Nam tại Nhật Bản Phạm
   * Quang Hiệu"): an envoy's head, and its own country at most, right before it, the place it serves in
   * after it up to word `to`?
   */
  const envoyAt = (j: number, to: number): boolean => {
    if (!words.lowerIs(j, 'tại') || !joined(text, words, j) || envoyPlaceEnd(j + 1) !== to) return false;
    if (envoyEndsAt(j - 1)) return true;
    for (let n = 1; n <= COUNTRY_PREFIX_MAX + 2; n++) if (anyCountryLength(j - n) === n && envoyEndsAt(j - n - 1)) return true;
    return false;
  };
  /** The "tại" of an envoy's post (envoyAt) at word j or a few words before it, its place running to word `to`; -1 if none. */
  const envoyPlaceStart = (j: number, to: number): number => {
    for (let t = j; t >= 0 && t >= j - COUNTRY_PREFIX_MAX; t--) if (words.lowerIs(t, 'tại')) return envoyAt(t, to) ? t : -1;
    return -1;
  };
  /** Does a rank start at word i, joined to the word before, and a name of three syllables or more right after it? */
  const rankBeforeName = (i: number): boolean => {
    if (i >= words.count || !joined(text, words, i) || words.shapes[i] !== Shape.Cap) return false;
    const n = rankLength(text, words, i);
    return n > 0 && nameAt(i + n);
  };
  /** Does a name of three syllables or more start at word i, joined to the word before? A post read up to it is that name's. */
  const nameAt = (i: number): boolean => i < words.count && joined(text, words, i) && nameStartsAt(i) && startingAt.get(i)!.b - i >= 2;
  /**
   * Does a name start at word i, right after the post of words p … last, as a leader's of two syllables
   * does after a post that names no place ("Tổng Bí thư Tô Lâm", "nguyên Phó Thủ tướng Vũ Khoan", "Đại
   * tướng Lương Cường")?
   */
  const shortNameAfterPost = (i: number, p: number, last: number): boolean => {
    if (i >= words.count || !joined(text, words, i) || !nameStartsAt(i) || startingAt.get(i)!.b !== i + 1) return false;
    const q = words.lowerIs(p, 'nguyên') ? p + 1 : p;
    const n = last - q + 1;
    return (n >= 2 && n <= PLACELESS_POST_MAX && words.phraseIn(PLACELESS_POSTS, q, n)) || (n >= 2 && rankLength(text, words, q) === n);
  };
  /**
   * Do the posts after the post ending at word e, joined to it by commas, run up to a name? Then they
   * and it are that name's ("… và Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Phạm Văn Long").
   */
  const postsRunToName = (e: number): boolean => {
    for (let guard = 0; guard < 4 && e + 1 < words.count && COMMA_GAP_RE.test(gapAfter(e)); guard++) {
      const hl = positionHeadLength(text, words, e + 1);
      if (!hl) return false;
      e = unitNumberEnd(extendBody(text, words, e + hl, postStop));
      if (nameAt(e + 1)) return true;
    }
    return false;
  };

  /** Is the head of hl words at word p a whole post, naming its unit itself ("Trưởng thôn", "Phó Tổ trưởng")? */
  const completeHead = (p: number, hl: number): boolean => {
    for (let k = p; k < p + hl; k++) if (words.phraseIn(COMPLETE_HEADS, k, p + hl - k)) return true;
    return false;
  };
  /** Lower-case words i, …, i + n - 1 that name a unit ("thôn", "tổ dân phố"), each joined to the one before. */
  const unitAt = (i: number, n: number): boolean => {
    if (i < 1 || i + n > words.count) return false;
    for (let k = i; k < i + n; k++) if (words.shapes[k] !== Shape.Lower || !joined(text, words, k)) return false;
    // A hamlet's, or a ward's or an urban district's ("phường 5", "quận 3").
    return words.phraseIn(NUMBERED_PLACES, i, n) || words.phraseIn(NUMBERED_WARDS, i, n);
  };
  /**
   * The end of a post ending at word e with its unit's number: "Trưởng thôn 3", "Tổ trưởng tổ dân phố
   * 5", "… tổ dân phố số 5". A number is no body word, but after a unit it is the unit's name (a body's
   * own hamlet is its name's already: "Bí thư Chi bộ thôn 2", see extendBody).
   */
  const unitNumberEnd = (e: number): number => {
    // The number is one of the next five words (after at most three of its unit's and "số"): most posts
    // have none, and need no look-up of a unit.
    let number = false;
    for (let k = e + 1; k <= e + 5 && k < words.count && !number; k++) number = words.shapes[k] === Shape.Other;
    if (!number) return e;
    let u = e + 1;
    if (!(unitAt(e, 1) || unitAt(e - 1, 2) || unitAt(e - 2, 3))) {
      let n = 3;
      while (n > 0 && !unitAt(u, n)) n--;
      if (n === 0) return e;
      u += n;
    }
    if (u + 1 < words.count && words.lowerIs(u, 'số') && joined(text, words, u)) u++;
    // Not a number that counts: "Trưởng thôn 3 năm liền", "Chủ tịch UBND phường 2 nhiệm kỳ".
    return u < words.count && joined(text, words, u) && allDigits(text, words.starts[u], words.ends[u]) && !countWordAt(text, words.ends[u]) ? u : e;
  };

  /**
   * Where the unit whose number ends right before word `to` starts ("thôn 3" of "Bí thư Chi bộ thôn 3
   * Trần Văn Tư"), else `to`: a post's words, read back from a name, end with it (see unitNumberEnd).
   */
  const unitNumberStart = (to: number): number => {
    let u = to - 1;
    if (u < 2 || !joined(text, words, u) || !allDigits(text, words.starts[u], words.ends[u])) return to;
    if (words.lowerIs(u - 1, 'số') && joined(text, words, u - 1)) u--;
    for (let n = 3; n >= 1; n--) if (unitAt(u - n, n)) return u - n;
    return to;
  };

  /** `cued`: a cue is written before the name ("Ông", "đồng chí"), so a bare year after it is a birth's. */
  const positionsAfter = (b: number, cued = false): ReadonlyArray<[number, number]> => {
    let p = b + 1;
    // Where the gap before the post begins: after the name, or after the age or birth year news writes
    // in brackets between them ("bà Đặng Thị Hoa (52 tuổi), Bí thư Chi bộ …", "ông Lê Văn An (SN 1968) -
    // Chủ tịch …").
    let from = words.ends[b];
    const bracketEnd = ageBracketEnd(text, from, cued);
    if (bracketEnd > 0) {
      from = bracketEnd;
      p = words.indexAt(from);
      if (p < words.count && text.charCodeAt(words.starts[p] - 1) === 40) return NO_POSITIONS;
    }
    // So are a person's birth, age and home between commas ("Đồng chí A, sinh năm 1940, quê xã B, nguyên Bí thư …").
    let bio = false;
    if (bracketEnd < 0 && text.charCodeAt(from) === 44) {
      const e = bioClausesEnd(text, from);
      if (e > 0) {
        from = e;
        p = words.indexAt(from);
        bio = p < words.count && COMMA_GAP_RE.test(text.slice(from, words.starts[p]));
        if (!bio) return NO_POSITIONS;
      }
    }
    // A short title between commas is no post, but the post after it is the name's ("Đ/c Nguyễn Văn Hòa, TS,
    // Phó Giám đốc Sở").
    if (p + 1 < words.count && shortTitleAt(p) && COMMA_GAP_RE.test(text.slice(from, words.starts[p])) && COMMA_GAP_RE.test(gapAfter(p))) {
      from = words.ends[p];
      p++;
    }
    if (p >= words.count || words.starts[p] - from > 4) return NO_POSITIONS;
    // Most names have no position after them: look for a head before reading the gap.
    let hl = positionHeadLength(text, words, p);
    if (!hl) {
      // Personnel texts put a verb between a name and its post ("đồng chí A giữ chức Bí thư Huyện ủy").
      const v = from === words.ends[b] ? appointmentVerbLength(p) : bio || text.slice(from, words.starts[p]) === ' ' ? appointmentVerbLength(p, true) : 0;
      if (v === 0 || p + v >= words.count) return NO_POSITIONS;
      // After "là" or "làm" only a capitalised post: "là thành viên tích cực", "làm thư ký hội nghị" name none.
      const weak = words.lowerIs(p + v - 1, 'là') || words.lowerIs(p + v - 1, 'làm');
      p += v;
      hl = positionHeadLength(text, words, p);
      if (!hl || (weak && words.shapes[p] === Shape.Lower && !bodyAfterHead(p, hl))) return NO_POSITIONS;
    } else {
      const gap = text.slice(from, words.starts[p]);
      if (!POSITION_GAP_RE.test(gap) && !OPEN_BRACKET_GAP_RE.test(gap)) return NO_POSITIONS;
    }
    const out = readPosts(p, hl);
    // A bracket holds the posts only when it closes right after them ("(Bí thư Huyện ủy)") or after the
    // place of their unit ("(Bí thư Chi bộ xóm 3, xã Hải Đông)"), not a note that goes on ("(Bí thư Chi
    // bộ, nhiệm kỳ 2020-2025)").
    const bracketed = text.charCodeAt(words.starts[p] - 1) === 40;
    return bracketed && !(out.length && closesAfterPosts(out[out.length - 1][1])) ? NO_POSITIONS : out;
  };
  const closesAfterPosts = (end: number): boolean =>
    text.charCodeAt(end) === 41 || (text.charCodeAt(end) === 44 && BRACKET_PLACE_RE.test(text.slice(end, end + BRACKET_PLACE_REACH)));

  /**
   * Where the name of a company ends whose head is in the post's body, from word `from` to `last`, and
   * whose name reads as a person's ("…, Chủ tịch Hội đồng quản trị Công ty Mai Linh, …", "…, Chủ tịch
   * Tập đoàn Tân Hoàng Minh,"): after the name a post is in apposition to, capitalised words up to a mark
   * are the company's. Else `last`.
   */
  const companyNameEnd = (from: number, last: number): number => {
    // The head, before the words of its name the body already took: capitalised ones and the second
    // syllables of capitalised compounds ("Tập đoàn Tân| Hoàng Minh", "Công ty Cổ phần Đầu tư| Hoàng Anh").
    let head = -1;
    for (let h = last; h - 1 >= from && last - h < 6; h--) {
      if (words.shapes[h] === Shape.Lower && words.phraseIn(COMPANY_HEADS, h - 1, 2)) {
        head = h;
        break;
      }
      const shape = words.shapes[h];
      if (!joined(text, words, h) || !(shape === Shape.Cap || shape === Shape.Upper || (shape === Shape.Lower && words.shapes[h - 1] === Shape.Cap))) break;
    }
    const next = last + 1;
    if (head < 0 || next >= words.count) return last;
    // The next person's name: one that only a person's begins with or that has a middle name ("… Tập đoàn
    // Thành Công Nguyễn Anh Tuấn", "… Võ Văn Tuấn"), or one of three syllables after a proper name the body
    // already took ("Công ty Sông Đà Lê Anh Tuấn"; not after its legal form, "Công ty Cổ phần Hoàng Anh Gia Lai").
    if (words.phraseIn(FIRST_ONLY_SURNAMES, next, 1) || (next + 1 < words.count && MIDDLE_NAMES.has(words.lower(next + 1)))) return last;
    if (nameStartsAt(next) && startingAt.get(next)!.b - next >= 2 && properNameIn(head + 1, last)) return last;
    let k = next;
    while (k < words.count && k - last <= 4 && words.shapes[k] === Shape.Cap && joined(text, words, k)) k++;
    if (k === next) return last;
    CLAUSE_MARKS_RE.lastIndex = words.ends[k - 1];
    return CLAUSE_MARKS_RE.test(text) ? k - 1 : last;
  };
  /** Do two capitalised words follow each other from word a to word b, a proper name ("Sông Đà", "Thành Công")? */
  const properNameIn = (a: number, b: number): boolean => {
    for (let k = a; k < b; k++) if (words.shapes[k] === Shape.Cap && words.shapes[k + 1] === Shape.Cap && joined(text, words, k + 1)) return true;
    return false;
  };

  /** The posts from the head of hl words at word p on, joined by ",", "-", "và" or "kiêm". */
  const readPosts = (p: number, hl: number): Array<[number, number]> => {
    const out: Array<[number, number]> = [];
    for (let guard = 0; guard < 8 && p < words.count; guard++) {
      // "kiêm" ("concurrently"): the post after it is the same person's ("Phó Bí thư Huyện ủy kiêm Chủ tịch
      // UBND huyện", "…, kiêm Bí thư Thành ủy").
      if (guard > 0 && words.lowerIs(p, 'kiêm') && p + 1 < words.count && joined(text, words, p + 1)) p++;
      if (guard > 0) hl = positionHeadLength(text, words, p);
      // The post an appointment gives after the one held ("ông A, Phó Giám đốc Sở Nội vụ, giữ chức Giám đốc
      // Sở Nội vụ", "…, được bầu giữ chức Bí thư Huyện ủy"): the person's too.
      if (guard > 0 && !hl) {
        const v = appointmentVerbLength(p, true);
        if (v > 0 && p + v < words.count) {
          // After "là" or "làm" only a capitalised post, as after a name ("…, làm trưởng đoàn", "…, là bác sĩ").
          const weak = words.lowerIs(p + v - 1, 'là') || words.lowerIs(p + v - 1, 'làm');
          hl = positionHeadLength(text, words, p + v);
          if (weak && words.shapes[p + v] === Shape.Lower && !bodyAfterHead(p + v, hl)) hl = 0;
          if (hl) p += v;
        }
      }
      if (!hl) break;
      // A body named by a naming head right after the post's is read as the bodies are, its field going on
      // in lower case ("…, Giám đốc Trung tâm Giáo dục thường xuyên huyện Thanh Chương,").
      const named = p + hl < words.count && joined(text, words, p + hl) ? namingBodyEnd(ctx, p + hl, postStop) : -1;
      const read = envoyPostEnd(p, hl, unitNumberEnd(Math.max(named, extendBody(text, words, p + hl - 1, postStop))));
      const last = companyNameEnd(p + hl, read);
      const next = last + 1;
      // A position read up to a name is that person's, written before the name: "A, Chủ tịch UBND
      // huyện B và Trưởng Ban … C" lists B's position, not A's. Not up to two syllables, which after a
      // body are its place ("A, Bí thư Huyện ủy Lâm Hà"): leaders' names have three or more.
      // A head, a country and a foreign name after them: the country's leader, another person ("Thủ tướng
      // Phạm Minh Chính, Thủ tướng Malaysia Anwar Ibrahim chứng kiến …").
      // … and so is one a rank and a name follow ("…, Tùy viên Quốc phòng Đại tá Trần Văn Bảo").
      if (nameAt(next) || shortNameAfterPost(next, p, last) || foreignLeaderPost(p, hl, last) || rankBeforeName(next)) break;
      // An envoy's post before a verb is the sentence's subject, not the name's post ("Tiếp Chủ tịch UBND
      // tỉnh, ông A, Đại sứ Nhật Bản bày tỏ …"); not before "kiêm", "và", "tại", "nhiệm kỳ".
      const envoy = envoyEndsAt(p + hl - 1);
      if (envoy && next < words.count && joined(text, words, next) && words.shapes[next] === Shape.Lower && !words.phraseIn(ENVOY_GOES_ON, next, 1)) break;
      const foreign = envoy && foreignEnvoy(p, hl);
      // (nor one a foreign name or an unread place follows: "…, Tổng Lãnh sự Lào tại Đà Nẵng Bounmy …")
      if (foreign && (out.length > 0 || (next < words.count && joined(text, words, next) && (words.shapes[next] === Shape.Cap || words.lowerIs(next, 'tại'))))) break;
      out.push([words.starts[p], words.ends[last]]);
      // A foreign envoy holds no post of ours after it: the next post is another person's.
      if (foreign) break;
      // "A, Phó Bí thư Huyện ủy và Chủ tịch UBND huyện, phát biểu": two posts joined by "và" — not before
      // "cùng", "đều" ("A, Bí thư Huyện ủy và Chủ tịch UBND huyện cùng dự" are two people), nor of many,
      // nor when the second is the next name's (see apposedTo).
      if (next + 1 < words.count && words.lowerIs(next, 'và') && joined(text, words, next) && joined(text, words, next + 1)) {
        // (an envoy's post after "và" is another person's: "Chủ tịch UBND tỉnh và Đại sứ Nhật Bản")
        const hl2 = envoyPostAt(next + 1) ? 0 : positionHeadLength(text, words, next + 1);
        const last2 = hl2 > 0 ? companyNameEnd(next + 1 + hl2, unitNumberEnd(extendBody(text, words, next + hl2, postStop))) : -1;
        if (last2 > 0 && !(next + hl2 + 1 < words.count && words.phraseIn(GROUP_WORDS, next + hl2 + 1, 1)) && (last2 > next + hl2 || completeHead(next + 1, hl2)) && !twoTerritories(p, hl, last, next + 1, hl2, last2) &&
          !(last2 + 1 < words.count && (togetherAt(last2 + 1) || apposedTo(last2) || postsRunToName(last2)))) {
          out.push([words.starts[next + 1], words.ends[last2]]);
          if (last2 + 1 >= words.count || !NEXT_POSITION_GAP_RE.test(gapAfter(last2))) break;
          p = last2 + 1;
          continue;
        }
      }
      if (next < words.count && words.lowerIs(next, 'kiêm') && joined(text, words, next)) {
        p = next;
        continue;
      }
      if (next >= words.count || !NEXT_POSITION_GAP_RE.test(gapAfter(last))) break;
      p = next;
    }
    return out;
  };

  /**
   * Does a body's capitalised word or abbreviation end or follow the head of hl words at word p ("làm phó chủ
   * tịch UBND huyện", "làm chủ tịch Hội …")? After "là" or "làm" a post in lower case is one only so: "làm thư
   * ký hội nghị" names none.
   */
  const bodyAfterHead = (p: number, hl: number): boolean =>
    hl > 0 && (words.shapes[p + hl - 1] === Shape.Upper ||
      (p + hl < words.count && joined(text, words, p + hl) && (words.shapes[p + hl] === Shape.Cap || words.shapes[p + hl] === Shape.Upper)));
  /** Does "vụ" at word k begin the head "vụ trưởng" or "vụ phó" of a department named after it ("… vụ trưởng Vụ Pháp chế")? */
  const headOfDepartmentAt = (k: number): boolean =>
    k + 2 < words.count && words.shapes[k + 1] === Shape.Lower && (words.lowerIs(k + 1, 'trưởng') || words.lowerIs(k + 1, 'phó')) &&
    words.shapes[k + 2] === Shape.Cap && words.lowerIs(k + 2, 'vụ') && joined(text, words, k + 1) && joined(text, words, k + 2);
  /**
   * How many words of an appointment's verb start at word p, joined by single spaces ("giữ chức", "được bầu
   * làm"), or 0. `spaced`: word p's gap before it was checked already (after an age in brackets).
   */
  const appointmentVerbLength = (p: number, spaced = false): number => {
    // The first word's flags set most words apart with no look-up of the four phrases from it.
    if (words.shapes[p] !== Shape.Lower || !(words.flags(p) & Lex.AppointmentFirst)) return 0;
    for (let n = Math.min(APPOINTMENT_VERB_MAX, words.count - p); n >= 1; n--) {
      // A verb is written in lower case: "giữ chức Vụ trưởng" is "giữ chức" and the post "Vụ trưởng", not "giữ chức vụ".
      if (words.shapes[p + n - 1] !== Shape.Lower) continue;
      // … nor is the "vụ" of a head "vụ trưởng", "vụ phó" ("giữ chức vụ trưởng Vụ Pháp chế").
      if (words.lowerIs(p + n - 1, 'vụ') && headOfDepartmentAt(p + n - 1)) continue;
      if (joinedThrough(p, p + n - 1) && (spaced || joined(text, words, p)) && words.phraseIn(APPOINTMENT_VERBS, p, n)) {
        // "chức" and "chức vụ" alike ("được bổ nhiệm giữ chức vụ Giám đốc Sở", "đảm nhận chức vụ …").
        const e = p + n;
        return words.lowerIs(e - 1, 'chức') && e < words.count && words.shapes[e] === Shape.Lower && words.lowerIs(e, 'vụ') && joined(text, words, e) && !headOfDepartmentAt(e) ? n + 1 : n;
      }
    }
    return 0;
  };

  /** Is word j the unit of a hamlet its name follows ("ấp Phú Lộc", "bản Na Hiên"), inside a post's body? */
  const hamletNamed = (j: number): boolean =>
    j + 1 < words.count && words.shapes[j] === Shape.Lower && words.shapes[j + 1] === Shape.Cap && joined(text, words, j + 1) && words.phraseIn(NUMBERED_PLACES, j, 1);
  /** Where the post ending right before word `to` starts (its head), walking back over its words; -1 if none. */
  const postStartBefore = (to: number): number => {
    // A post never ends in "và" or "với": before them the words are another person's ("A, Bí thư Tỉnh ủy
    // và đồng chí B, …", "A - Bí thư Huyện ủy và B - Chủ tịch UBND huyện"), or of a body's name not yet ended.
    if (to >= 1 && (words.lowerIs(to - 1, 'và') || words.lowerIs(to - 1, 'với'))) return -1;
    let leftmost = -1;
    const from = unitNumberStart(to);
    let j = from - 1;
    for (let steps = 0; j >= 0 && steps < 14; steps++, j--) {
      // A unit's number inside the post ("Bí thư Chi bộ thôn 3 xã Hải Đông", "… phường 5 quận 3"): the
      // walk goes on before the unit.
      if (words.shapes[j] === Shape.Other && joined(text, words, j + 1)) {
        const u = unitNumberStart(j + 1);
        if (u < j + 1) {
          j = u;
          continue;
        }
      }
      // A national steering committee's task, however long ("Trưởng Ban Chỉ đạo Trung ương về phát triển
      // khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số Tô Lâm"): the walk goes on before its head.
      // Only a task inside the name's own post, across a comma of its own at most ("thi đua, Khen
      // thưởng"): across another mark it would join another post to it ("Phó Trưởng Ban Chỉ đạo quốc gia
      // phòng, chống dịch COVID-19, Bộ trưởng Bộ Y tế …"), and right before a post's head it ends another
      // post ("Trưởng Ban Chỉ đạo quốc gia phòng, chống dịch COVID-19 Phó Thủ tướng Vũ Đức Đam").
      const inPost = (j === from - 1 || joined(text, words, j + 1) || commaJoined(text, words, j + 1)) && leftmost !== j + 1;
      const national = inPost ? nationalTaskStartBefore(text, words, j) : -1;
      if (national >= 0) {
        j = national + 1;
        continue;
      }
      // … and a listed field, a police department's or a board's ("Trưởng phòng Cảnh sát giao thông Công an
      // tỉnh Nam Định Trần Văn Bình"), which the walk would take for the sentence's lower-case words.
      // A field right before the name ends with the unit's own name, not a person's, unless a whole name
      // follows ("Ban Quản lý rừng phòng hộ Lộc Bắc").
      const police = inPost && (j < from - 1 || fullName(from) || isRank(from)) ? listedFieldStartBefore(text, words, j) : -1;
      if (police >= 0) {
        j = police;
        continue;
      }
      // … and a department's second field in lower case ("Trưởng phòng Tài nguyên và môi trường huyện …").
      const and = inPost && words.shapes[j] === Shape.Lower ? lowerAndFieldBefore(text, words, j) : -1;
      if (and >= 0) {
        j = and;
        continue;
      }
      // … and a department's two fields without their dash ("Trưởng phòng Tổ chức cán bộ Nguyễn Văn A").
      const pair = inPost && words.shapes[j] === Shape.Lower ? undashedPairBefore(text, words, j) : -1;
      if (pair >= 0) {
        j = pair;
        continue;
      }
      // … and the "tại" of an envoy's post ("Đại sứ Việt Nam tại Nhật Bản Phạm Quang Hiệu").
      // (its lower-case words too: "… tại Liên bang Nga …")
      const at = inPost && words.shapes[j] === Shape.Lower ? envoyPlaceStart(j, from - 1) : -1;
      if (at >= 0) {
        j = at;
        continue;
      }
      // … and the lower-case words of an envoy's title ("Đại sứ đặc mệnh toàn quyền Việt Nam tại Lào …").
      const envoy = inPost && words.shapes[j] === Shape.Lower ? envoyStartBefore(j) : -1;
      if (envoy >= 0) {
        j = envoy + 1;
        continue;
      }
      // A post goes back over the comma of an official name and its lower-case field ("Phó Trưởng Ban Bảo
      // vệ, chăm sóc sức khỏe cán bộ tỉnh Trần Thị Lan", "Giám đốc Sở Văn hóa, Thể thao và Du lịch tỉnh …").
      if (!(isBodyWord(words, j) || words.flags(j) & Lex.HeadSyllable || inCommaField(text, words, j) || hamletNamed(j))) {
        // A steering committee's or a council's task ("Trưởng Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực
        // tỉnh Nguyễn Văn Minh"): the walk goes on before its head.
        const t = inPost ? taskStartBefore(text, words, j) : -1;
        if (t >= 0) {
          j = t + 1;
          continue;
        }
        // A body's name that runs over word j up to the name, as the bodies' reading takes it ("Giám đốc
        // Trung tâm Phục vụ hành chính công tỉnh Nguyễn Văn An"): the walk goes on before its head.
        const b = inPost ? bodyStartOver(j, from - 1) : -1;
        if (b < 0) break;
        j = b + 1;
        continue;
      }
      if (j < from - 1 && !joined(text, words, j + 1)) {
        // A dashed name counts as one word less, as in a body's ("… Xã hội tỉnh Bà Rịa - Vũng Tàu Lê Thị Thanh Tâm").
        if (dashJoined(text, words, j + 1)) steps--;
        else if (!commaJoined(text, words, j + 1)) break;
      }
      // Another person's name ends the walk ("Chủ tịch UBND huyện B và Trưởng Ban … C": C's is "Trưởng Ban …"),
      // and so does "và" before the head found ("… huyện Mai Sơn và Trưởng Ban … C").
      if (marks[j] & NAME_END && !neverPerson(endingAt.get(j)!)) break;
      if (leftmost === j + 1 && words.lowerIs(j, 'và')) break;
      if (positionHeadLength(text, words, j) > 0) {
        // A rank is a post of its own: "Giám đốc Công an tỉnh Đại tá Nguyễn Văn Hải" holds two, and the
        // post nearer the name ends the walk before the rank ("Đại tá Giám đốc Công an tỉnh …").
        // (a head found inside the rank is the rank's own: "Đô đốc" of "Chuẩn Đô đốc")
        const rank = rankLength(text, words, j);
        if (rank > 0) return leftmost >= j + rank ? leftmost : j;
        leftmost = j;
      }
    }
    return leftmost;
  };
  const isRank = (j: number): boolean => rankAt(text, words, j);
  /**
   * The first word of a body's head within a few words before word j whose name runs over j to word
   * `last`, or -1. Read with no name to stop it, a body that runs on past `last` takes the words after it
   * for its own ("Ban Quản lý rừng phòng hộ Lộc Bắc"): only a name of three syllables from a family name
   * stops it there ("Trung tâm Chuyển đổi số tỉnh Nguyễn Văn Hải").
   */
  const bodyStartOver = (j: number, last: number): number => {
    for (let k = j - 1; k >= 0 && k >= j - MAX_BODY_REACH; k--) {
      if (words.shapes[k] === Shape.Lower) continue;
      const end = bodyEndFrom(ctx, k);
      if (end === last || (end > last && fullName(last + 1))) return k;
    }
    return -1;
  };
  /** Do three capitalised syllables from a family name begin at word a ("Nguyễn Văn Hải", "Nguyễn Hương Giang")? */
  const fullName = (a: number): boolean =>
    a + 2 < words.count && (words.flags(a) & Lex.Surname) !== 0 && words.shapes[a] === Shape.Cap && words.shapes[a + 1] === Shape.Cap &&
    words.shapes[a + 2] === Shape.Cap && joined(text, words, a + 1) && joined(text, words, a + 2) &&
    // A family name and its middle word one word on begin the name there ("Hòa Lạc Nguyễn Văn Thành").
    !((words.flags(a + 1) & Lex.Surname) !== 0 && MIDDLE_NAMES.has(words.lower(a + 2)));
  /** Where a cue right before word a starts ("đồng chí", "đ/c", "ông" joined to the name), or -1. */
  const cueStartBefore = (a: number): number => {
    if (!joined(text, words, a)) return shortTitleStartBefore(a);
    if ((comradeBefore(a) && joined(text, words, a - 1)) || dcBefore(a)) return a - 2;
    if (honorificAt(a - 1)) return a - 1;
    const teacher = teacherStartBefore(a);
    return teacher >= 0 ? teacher : shortTitleStartBefore(a);
  };
  /** Does a cue end at word i: "đồng chí", "đ/c", an honorific? */
  const cueEndsAt = (i: number): boolean => i >= 0 && (honorificAt(i) || comradeBefore(i + 1) || dcBefore(i + 1) || teacherBefore(i + 1));

  /**
   * Does word s open a sentence, a line or an item, or a clause after a comma ("Chiều 5/9, …", "Báo cáo
   * với đoàn, …")? Not after a comma that ends a name ("Ông A, Bí thư Tỉnh ủy, …": the post is A's).
   */
  const clauseStartAt = (s: number): boolean => {
    if (s === 0) return true;
    // "Theo" that opens a clause, right before the post: the post is the source's ("Theo Giám đốc Sở Y tế,
    // ông A, toàn tỉnh có …").
    if (words.lowerIs(s - 1, 'theo') && joined(text, words, s) && (s === 1 || /[.:;!?\n]/.test(gapAfter(s - 2)))) return true;
    const gap = gapAfter(s - 1);
    if (/[.:;!?\n]/.test(gap)) return true;
    return COMMA_GAP_RE.test(gap) && !(marks[s - 1] & NAME_END && !placeEndsAt(s - 1)) && !cuedWordsEndAt(s - 1);
  };
  /** Does a province's or a city's name that is also a candidate name end at word e ("Tại Hà Tĩnh, …")? */
  const placeEndsAt = (e: number): boolean => {
    const c = endingAt.get(e);
    return c !== undefined && isPlaceName(words, c.a, c.b);
  };
  /** Does a cue and a short name or initials end at word e ("Theo bà Hoa,", "Theo ông N.V.A,", "GS Châu")? */
  const cuedWordsEndAt = (e: number): boolean => {
    for (let k = e; k >= 0 && k > e - 4 && words.shapes[k] !== Shape.Lower; k--) {
      if (k > 0 && (cueEndsAt(k - 1) || words.phraseIn(TITLE_CUES, k - 1, 1)) && joined(text, words, k)) return true;
      if (k > 0 && !joined(text, words, k) && text.charCodeAt(words.starts[k] - 1) !== 46) return false;
    }
    return false;
  };
  /** Is the post at word k the one a signature is made for ("KT. CHỦ TỊCH, PHÓ CHỦ TỊCH", "TL. CHỦ TỊCH")? */
  const signedFor = (k: number): boolean => k >= 1 && words.phraseIn(SIGNED_FOR, k - 1, 1) && text.charCodeAt(words.ends[k - 1]) === 46;
  /** Are the posts of words a … b and c … d the same but for "Phó" before one of them? */
  const deputyPair = (a: number, b: number, c: number, d: number): boolean => {
    const x = text.slice(words.starts[a], words.ends[b]).toLowerCase();
    const y = text.slice(words.starts[c], words.ends[d]).toLowerCase();
    return x === 'phó ' + y || y === 'phó ' + x;
  };
  /**
   * The posts, joined by commas, that end at word `end` and open their sentence ("Phó Bí thư Tỉnh ủy, Chủ
   * tịch UBND tỉnh", after "Chiều 5/9," too), or follow the comma after the last person's name ("…, ông
   * A, Phó Chủ tịch UBND tỉnh, ông B, …"); null when they do not.
   */
  const openingPosts = (end: number): Array<[number, number]> | null => {
    const posts: Array<[number, number]> = [];
    for (let guard = 0; guard < 4 && end >= 0; guard++) {
      const s = postStartBefore(end + 1);
      if (s < 0) return null;
      posts.push([words.starts[s], words.ends[end]]);
      const comma = s > 0 && COMMA_GAP_RE.test(gapAfter(s - 1));
      // The posts go on back over commas ("Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, ông A"), but not to the
      // same post without "Phó" or with it: that is another person's ("Chủ tịch UBND huyện, Phó Chủ tịch
      // UBND huyện, ông A").
      const before = comma && !(marks[s - 1] & NAME_END && !neverPerson(endingAt.get(s - 1)!)) && !cuedWordsEndAt(s - 1) ? postStartBefore(s) : -1;
      // An envoy's post before another is another person's too: the guest's a host receives ("Tiếp Đại sứ
      // Việt Nam tại Lào, Bí thư Tỉnh ủy, ông A, …").
      if (before >= 0 && (deputyPair(before, s - 1, s, end) || signedFor(before) || envoyPostAt(before))) return posts.reverse();
      if (before >= 0) {
        end = s - 1;
        continue;
      }
      return clauseStartAt(s) || (comma && lastPersonEnd === s - 1) ? posts.reverse() : null;
    }
    return null;
  };
  /**
   * The posts that open the sentence of the name at word a, written between commas after them: "Hiệu
   * trưởng Trường THPT Huỳnh Thúc Kháng, ông Nguyễn Hồng Kỳ, khẳng định …", "Chiều 5/9, Chủ tịch UBND xã,
   * bà Lê Thị Lan, …"; with no cue only a whole name ("…, Nguyễn Văn Hùng, cho biết"). Null otherwise.
   */
  const openingPostsBefore = (a: number): Array<[number, number]> | null => {
    const c = startingAt.get(a);
    if (!c) return null;
    const cue = cueStartBefore(a);
    const to = cue >= 0 ? cue : a;
    if (to < 2 || joined(text, words, to) || !COMMA_GAP_RE.test(gapAfter(to - 1)) || (cue < 0 && !fullName(a))) return null;
    // The name is closed by a comma, or by the end of the sentence, ";" or "và" ("Bí thư Tỉnh ủy, ông A và
    // …"; "…, Phó Chủ tịch UBND tỉnh, ông B." after "Chủ tịch UBND tỉnh, ông A").
    // With a cue, the verb the name is the subject of closes it too ("Chủ tịch UBND tỉnh, ông Nguyễn Văn An
    // chủ trì hội nghị").
    const closed = COMMA_GAP_RE.test(gapAfter(c.b)) || /^[ \t]*(?:[.;!?]|$)/.test(text.slice(words.ends[c.b], words.ends[c.b] + 4)) ||
      (c.b + 1 < words.count && joined(text, words, c.b + 1) && (words.lowerIs(c.b + 1, 'và') || (cue >= 0 && words.shapes[c.b + 1] === Shape.Lower)));
    return closed ? openingPosts(to - 1) : null;
  };
  /**
   * The post right before a name's cue across a comma, not the last person's ("Tham dự có Phó Chủ tịch
   * UBND tỉnh, ông A, …"): what the name holds in a list of such items (see apposedForward).
   */
  const postBeforeCue = (a: number): Array<[number, number]> | null => {
    const cue = cueStartBefore(a);
    if (cue < 2 || joined(text, words, cue) || !COMMA_GAP_RE.test(gapAfter(cue - 1))) return null;
    const e = cue - 1;
    if (e === lastPersonEnd || marks[e] & NAME_END || cuedWordsEndAt(e)) return null;
    const s = postStartBefore(cue);
    return s >= 0 ? [[words.starts[s], words.ends[e]]] : null;
  };
  /**
   * Is the post ending at word e the next name's: in apposition (apposedTo), or in a list of posts each
   * before its name ("…, ông A, Phó Chủ tịch UBND tỉnh, ông B, Giám đốc Sở Y tế, ông C, …"), where the
   * next name is followed by a post and a third name?
   */
  const apposedForward = (e: number): boolean => {
    if (apposedTo(e)) return true;
    const i = e + 1;
    if (i >= words.count || joined(text, words, i) || !COMMA_GAP_RE.test(gapAfter(e))) return false;
    const name = cuedName(i);
    if (!name || name.b + 1 >= words.count || !COMMA_GAP_RE.test(gapAfter(name.b))) return false;
    const p = name.b + 1;
    const hl = positionHeadLength(text, words, p);
    if (!hl) return false;
    const last = unitNumberEnd(extendBody(text, words, p + hl - 1, postStop));
    return last + 1 < words.count && COMMA_GAP_RE.test(gapAfter(last)) && cuedName(last + 1) !== null;
  };
  /**
   * The posts written before the name at word a, as the text writes them ("Bí thư Huyện ủy Trần Văn An").
   * A cue between them is the name's ("… Chủ tịch UBND huyện Lâm Hà đồng chí Trần Văn Bình"); behind a
   * comma only the second post of a pair and only when the name has no post of its own (`ownPost`), as
   * apposedTo reads it. Posts joined by "," or "và" between a cue and the name are all the name's ("có
   * đồng chí Bí thư Tỉnh ủy và Chủ tịch HĐND tỉnh Trần Đức Quận"); after another name only the nearest.
   */
  const positionBefore = (a: number, ownPost: boolean): Array<[number, number]> | null => {
    let to = a;
    const cue = cueStartBefore(a);
    if (cue >= 0) {
      to = cue;
      if (to < 1) return null;
      if (!joined(text, words, to)) {
        if (ownPost || !COMMA_GAP_RE.test(gapAfter(to - 1))) return null;
        const s = postStartBefore(to);
        if (s >= 2 && words.lowerIs(s - 1, 'và') && joined(text, words, s)) return [[words.starts[s], words.ends[to - 1]]];
        return openingPostsBefore(a);
      }
    } else if (!joined(text, words, a)) return ownPost ? null : openingPostsBefore(a);
    const s = postStartBefore(to);
    if (s < 0) return null;
    const posts: Array<[number, number]> = [[words.starts[s], words.ends[to - 1]]];
    let first = s;
    // Without a cue, the posts joined by commas up to a "và" that joins them to posts before: "A, Bí
    // thư Huyện ủy, Chủ tịch HĐND huyện và Phó Bí thư Huyện ủy, Chủ tịch UBND huyện B" (B's two).
    let own = 0;
    // A rank and the post written right before or after it, with no mark between, are both the name's
    // ("Giám đốc Công an tỉnh Đại tá Nguyễn Văn Hải", "Đại tá Giám đốc Công an tỉnh Nguyễn Văn Hải").
    let ranked = 0;
    for (let guard = 0; guard < 8 && first > 0; guard++) {
      if (cueEndsAt(first - 1) && joined(text, words, first)) return posts.reverse();
      const and = first >= 2 && words.lowerIs(first - 1, 'và') && joined(text, words, first) && joined(text, words, first - 1);
      const rank = guard === 0 && !and && joined(text, words, first) && (isRank(first) || (isRank(first - 2) && joined(text, words, first - 1)));
      const end = and ? first - 1 : rank || COMMA_GAP_RE.test(gapAfter(first - 1)) ? first : -1;
      const p = end > 0 ? postStartBefore(end) : -1;
      // An envoy's post behind a comma is another person's: the guest's ("Tiếp Đại sứ Lào và Tổng Lãnh sự
      // Lào, Chủ tịch UBND tỉnh A …"), or one of those present ("Dự hội nghị có Đại sứ Thái Lan, Phó Chủ
      // tịch UBND tỉnh A"); not before a rank, which an attaché holds ("Tùy viên Quốc phòng Việt Nam tại Lào,
      // Đại tá A").
      if (p < 0 || (envoyPostAt(p) && !rank && !isRank(first))) break;
      if (and && !own) own = posts.length;
      if (rank) ranked = 2;
      posts.push([words.starts[p], words.ends[end - 1]]);
      first = p;
    }
    // Posts that open the sentence, the last joined to the name and a comma after the name, are all the
    // name's: "Sáng 12/3, Giám đốc Công an tỉnh, Thiếu tướng Nguyễn Đức Hải, chủ trì". So where the verb
    // the name is the subject of closes it ("Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Nguyễn Văn Thông phát
    // biểu"), but for "và", "cùng" or "đồng" after it: the posts may be several people's ("Bí thư Tỉnh ủy,
    // Chủ tịch UBND tỉnh A cùng dự", "… đồng chủ trì").
    const c = startingAt.get(a);
    const closedByVerb = c !== undefined && c.b + 1 < words.count && joined(text, words, c.b + 1) && words.shapes[c.b + 1] === Shape.Lower &&
      !words.lowerIs(c.b + 1, 'và') && !words.lowerIs(c.b + 1, 'đồng') && !togetherAt(c.b + 1);
    // … and after "có" or "gồm" that open a list of those present, the name closed by the list's mark or
    // the sentence's end too ("Dự hội nghị có Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Nguyễn Văn Thông.").
    const listed = first > 0 && joined(text, words, first) && (words.lowerIs(first - 1, 'có') || words.lowerIs(first - 1, 'gồm'));
    const closed = c !== undefined && (COMMA_GAP_RE.test(gapAfter(c.b)) || closedByVerb || (listed && /^[ \t]*(?:[.;]|$)/.test(text.slice(words.ends[c.b], words.ends[c.b] + 4))));
    // (A name closed by its verb has posts after it only through an appointment: "Trưởng Công an huyện,
    // Thượng tá A được điều động giữ chức …" holds the posts before it too.)
    if ((!ownPost || closedByVerb) && !own && posts.length > 1 && (clauseStartAt(first) || listed) && closed) return posts.reverse();
    return posts.slice(0, Math.max(own || 1, ranked)).reverse();
  };

  /**
   * The post a list after a colon holds, the list's first name at word a: "các đồng chí Phó Chủ tịch UBND
   * tỉnh: A, B" (both are vice-chairmen); null for any other name.
   */
  const listPostBefore = (a: number): [number, number] | null => {
    if (a < 5 || !LIST_HEAD_GAP_RE.test(text.slice(words.ends[a - 1], words.starts[a]))) return null;
    const s = postStartBefore(a);
    const plural = s >= 3 && comradeBefore(s) && words.lowerIs(s - 3, 'các') && joined(text, words, s) && joined(text, words, s - 1) && joined(text, words, s - 2);
    return plural ? [words.starts[s], words.ends[a - 1]] : null;
  };

  /**
   * Whether the name at word a opens a list after "các đồng chí …:" with no post ("Các đồng chí lãnh đạo
   * huyện: Vũ Văn Sơn, Đỗ Thị Mai"): "các đồng chí" within a few words before the colon, on its line.
   */
  const comradesListBefore = (a: number): boolean => {
    if (a < 3 || !LIST_HEAD_GAP_RE.test(text.slice(words.ends[a - 1], words.starts[a]))) return false;
    for (let k = a - 1; k >= 2 && k >= a - 8; k--) {
      if (comradeBefore(k + 1) && words.lowerIs(k - 2, 'các')) return true;
      if (!joined(text, words, k)) return false;
    }
    return false;
  };

  let lastPersonEnd = -1;
  /** The post of the list the last person was read in, held by the names listed after them. */
  let listPost: [number, number] | null = null;
  for (const c of candidates) {
    const { a, b } = c;
    if (claims.overlaps(words.starts[a], words.ends[b])) continue;
    if (marks[a] & IN_POST) continue;
    const placeName = isPlaceName(words, a, b);
    // "tỉnh", "huyện" before a name make it a place, unless a position precedes them
    // ("Phó Chủ tịch UBND tỉnh Hoàng Văn A"); streets, "TP" and two syllables always do.
    if (neverPerson(c) || (isPlace(a, c.runStart) && !positionBefore(a, false))) continue;
    const joinedBefore = a > 0 && joined(text, words, a);
    // "các đồng chí: A, B và C" heads a list with a colon.
    const comrade = (joinedBefore && (comradeBefore(a) || honorificAt(a - 1) || dcBefore(a) || teacherBefore(a))) || shortTitleBefore(a) ||
      (comradeBefore(a) && LIST_HEAD_GAP_RE.test(text.slice(words.ends[a - 1], words.starts[a])));
    const personCue = personCueBefore(a);
    // After "em" (a minor) a year in brackets is no grown-up's birth: news names the child before the
    // official it quotes ("Em Lê Văn An (2008), Chủ tịch UBND xã cho biết, …").
    // Nor after a short title, where it is the year of the work cited ("Theo PGS.TS Nguyễn Văn Hải (2005), Chủ
    // tịch UBND cấp xã cần …").
    let after = positionsAfter(b, (comrade && !(joinedBefore && words.lowerIs(a - 1, 'em')) && !shortTitleBefore(a)) || (personCue && !minorCueBefore(a)));
    let before = !personCue && c.a > 0 ? positionBefore(a, after.length > 0) : null;
    // "Chủ tịch UBND tỉnh, ông A, Phó Chủ tịch UBND tỉnh, ông B, …": between the posts that open the
    // sentence and the next name's, the name holds the first; the post after it is the next name's.
    if (!before && after.length && !personCue) {
      const opening = openingPostsBefore(a) ?? postBeforeCue(a);
      if (opening && apposedForward(words.indexAt(after[0][1]) - 1)) {
        before = opening;
        after = NO_POSITIONS;
      }
    }
    // A post given by an appointment after the name, the post that opens the sentence before it ("Phó Giám
    // đốc Sở Nội vụ, ông A được điều động giữ chức Giám đốc Sở"): both are the name's.
    if (!before && after.length && !personCue && b + 1 < words.count && joined(text, words, b + 1) && words.shapes[b + 1] === Shape.Lower) {
      before = openingPostsBefore(a);
    }
    if (placeName && !comrade && !personCue) continue;
    // A name listed right after a person ("các đồng chí A, B và C") is a person too.
    const listed = lastPersonEnd >= 0 && (
      (lastPersonEnd === a - 1 && /^[ \t]*[,;][ \t]*$/.test(text.slice(words.ends[a - 1], words.starts[a]))) ||
      (lastPersonEnd === a - 2 && words.lowerIs(a - 1, 'và') && joined(text, words, a) && /^[ \t]*,?[ \t]*$/.test(text.slice(words.ends[a - 2], words.starts[a - 1]))));
    const heads = before || listed ? null : listPostBefore(a);
    if (!comrade && !personCue && !after.length && !before && !listed && !heads && !comradesListBefore(a)) continue;
    if (c.cueOnly && !((comrade || cueBefore(a) || listed) && after.length && /^[ \t]*[,-]/.test(gapAfter(b)))) continue;
    listPost = heads ?? (listed ? listPost : null);
    const held = listPost ? [listPost, ...(before ?? [])] : before;
    mentions.push({ a, b, positions: held ? [...held, ...after] : after });
    lastPersonEnd = after.length ? words.indexAt(after[after.length - 1][1]) - 1 : b;
    for (const [s, e] of after) for (let w = words.indexAt(s), end = words.indexAt(e); w < end; w++) marks[w] |= IN_POST;
  }

  // Bylines and mastheads (mark: the mentions so far start here).
  for (const m of mentions) marks[m.a] |= MENTION_START;
  for (const m of findBylines(ctx)) if (!(marks[m.a] & MENTION_START)) mentions.push(m);

  // Every other occurrence of a name already known in this text is the same person.
  const known = knownNames(words, mentions);
  for (const m of mentions) marks[m.a] |= SEEN;
  for (const c of candidates) {
    if (marks[c.a] & (SEEN | IN_POST) || !known.has(c.a, c.b) || isPlace(c.a, c.runStart) || inBodyName(c) || namedAfter(c.a)) continue;
    if (claims.overlaps(words.starts[c.a], words.ends[c.b])) continue;
    mentions.push({ a: c.a, b: c.b, positions: positionsAfter(c.b) });
    marks[c.a] |= SEEN;
  }
  for (let r = 0; r < runs.length; r += 2) {
    const ra = runs[r];
    const rb = runs[r + 1];
    // A run that is a candidate as a whole was weighed above.
    if (marks[ra] & (SEEN | IN_POST) || rb - ra < 1 || rb - ra > 3 || endingAt.get(rb)?.a === ra || !known.has(ra, rb) || isPlace(ra, ra)) continue;
    mentions.push({ a: ra, b: rb, positions: NO_POSITIONS });
    marks[ra] |= SEEN;
  }

  sortIfNeeded(mentions, byFirstWord);
  if (personStarts) for (const m of mentions) personStarts.add(m.a);
  // The positions of each person (by key), merged over the mentions; each mention's list.
  const merged = new Map<string, Array<{ written: string; canon: string }>>();
  const keys: string[] = [];
  const lists: Array<Array<{ written: string; canon: string }>> = [];
  for (const m of mentions) {
    const written = ctx.original(words.starts[m.a], words.ends[m.b]);
    const key = normalizeForMatch(written);
    keys.push(key);
    let list = merged.get(key);
    if (!list) merged.set(key, (list = []));
    lists.push(list);
    for (const [s, e] of m.positions) {
      let written = ctx.original(s, e);
      if (written.includes('\n')) written = written.replace(/\s*\n\s*/g, ' ');
      mergePosition(list, written);
    }
  }
  const out: PersonEntity[] = new Array(mentions.length);
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    ctx.locate(words.starts[m.a], words.ends[m.b]);
    const list = lists[i];
    const positions: string[] = new Array(list.length);
    for (let k = 0; k < list.length; k++) positions[k] = list[k].written;
    out[i] = { kind: 'person', text: ctx.text, start: ctx.start, end: ctx.end, range: ctx.range, key: keys[i], name: ctx.text, positions };
  }
  return out;
}

/** The end of a caption's last sentence before a short credit label and its colon. */
const CREDIT_TAIL_RE = /(?:[.!?…]["”»)]?[ \t]+\(?|[ \t]*\()(?=[\p{L} ,]{2,20}:[ \t]*\p{Lu}[^.:;!?()]{0,60}\)?$)/u;
/** First words of a source named in a credit, never of a person's name. */
const NOT_A_NAME_START = new Set([...NON_FINAL_NAME_WORDS, 'đài', 'cổng', 'trang', 'tạp', 'thông', 'theo']);
/** Between the names of a credit: "Ảnh: Hoàng Anh - Thu Hà", "Tin: A, B và C". */
const CREDIT_NAMES_SPLIT_RE = /([,;]| và | - )/u;
const LINE_LABEL_RE = /^([\p{L} ,]{2,30}?)\s*:\s*(\S.*)$/u;
/** A name on a line of its own: two to four capitalised syllables, or a name of the Central Highlands peoples written with an apostrophe, in one word or more ("K'Thạch"). */
const NAME_LINE_RE = /^(?:\p{Lu}\p{Ll}{0,6}(?: {1,2}\p{Lu}(?:'(?:\p{Lu}|\p{Ll}(?=\p{Ll})))?\p{Ll}{0,6}){1,3}|\p{Lu}'(?:\p{Lu}|\p{Ll}(?=\p{Ll}))\p{Ll}{0,6}(?: {1,2}\p{Lu}(?:'(?:\p{Lu}|\p{Ll}(?=\p{Ll})))?\p{Ll}{0,6}){0,3})$/u;

/** Names on lines of their own: masthead roles, credits and bylines after the body. */
function findBylines(ctx: Context): Mention[] {
  const { norm, words } = ctx;
  const out: Mention[] = [];
  let lineStart = 0;
  let nonEmpty = 0;
  let bodySeen = false;
  // The last two non-empty lines (trimmed) before this one; start -1 for none.
  let prevStart = -1;
  let prevEnd = -1;
  let prevPrevStart = -1;
  let prevPrevEnd = -1;
  while (lineStart <= norm.length) {
    let lineEnd = norm.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = norm.length;
    if (lineEnd - lineStart > 200) {
      bodySeen = true;
      nonEmpty++;
      prevStart = prevPrevStart = -1;
      lineStart = lineEnd + 1;
      continue;
    }
    // The line trimmed as String.prototype.trim does, sliced once.
    let ts = lineStart;
    let te = lineEnd;
    while (ts < te && isTrimmed(norm.charCodeAt(ts))) ts++;
    while (te > ts && isTrimmed(norm.charCodeAt(te - 1))) te--;
    let line = ts < te ? norm.slice(ts, te) : '';
    if (line) nonEmpty++;
    // A sentence is the body too: a formal document of short numbered paragraphs or a brief news item
    // has no long line. Header lines and titles do not end with a full stop.
    if (!bodySeen && isSentence(line)) bodySeen = true;
    if (line && line.length <= 200 && nonEmpty > 2) {
      let offset = ts;
      const colon = line.indexOf(':');
      let label = colon > 1 && colon <= 32 && line.length <= 120 ? LINE_LABEL_RE.exec(line) : null;
      let labelKey = label ? normalizeForMatch(label[1]) : '';
      if (!label && colon > 0) {
        // A credit after the caption's last sentence, on the same line ("… phát biểu. Ảnh: Minh Tú").
        // Or in brackets, after the caption or on a line of its own ("… hội nghị (Ảnh: Minh Tú)").
        const tail = CREDIT_TAIL_RE.exec(line);
        const rest = tail ? line.slice(tail.index + tail[0].length, tail[0].endsWith('(') && line.endsWith(')') ? -1 : undefined) : '';
        const credit = tail ? LINE_LABEL_RE.exec(rest) : null;
        if (credit && CREDIT_LABELS.has(normalizeForMatch(credit[1]))) {
          offset += tail!.index + tail![0].length;
          line = rest;
          label = credit;
          labelKey = normalizeForMatch(credit[1]);
        }
      }
      if (line.length > 120) {
        prevStart = prevPrevStart = -1;
        lineStart = lineEnd + 1;
        continue;
      }
      if (label && (MASTHEAD_ROLES.has(labelKey) || CREDIT_LABELS.has(labelKey))) {
        const role = MASTHEAD_ROLES.has(labelKey);
        const listStart = offset + label[0].lastIndexOf(label[2]);
        let p = listStart;
        for (const part of label[2].split(CREDIT_NAMES_SPLIT_RE)) {
          const t = part.trim();
          // A source is not a person ("Nguồn: Báo Nhân Dân", "Ảnh: Cổng thông tin tỉnh").
          if (t && NAME_LINE_RE.test(t) && !NOT_A_NAME_START.has(t.slice(0, t.indexOf(' ')).toLowerCase())) {
            const s = p + part.indexOf(t);
            const a = words.indexAt(s);
            const b = words.indexAt(s + t.length) - 1;
            const labelStart = offset + label[0].indexOf(label[1]);
            out.push({ a, b, positions: role ? [[labelStart, labelStart + label[1].length]] : [] });
          }
          p += part.length;
        }
      } else if (bodySeen && line.length <= 124 && isUpperStart(line.charCodeAt(0))) {
        // A byline may end with a note of how it was written: "Thanh Tâm (ghi)", "Minh Anh (tổng hợp)".
        const note = /\s*\([^()]{1,30}\)$/u.exec(line);
        if (note) line = line.slice(0, note.index);
        const comma = line.indexOf(',');
        const namePart = comma > 0 ? line.slice(0, comma).trim() : line;
        const rest = comma > 0 ? line.slice(comma + 1).trim() : '';
        const several = !rest && namePart.includes(' - ') ? namePart.split(' - ').map((x) => x.trim()) : null;
        if (several && several.every((x) => NAME_LINE_RE.test(x) && !x.toLowerCase().split(/ +/).some((w) => BOILERPLATE_WORDS.has(w)))) {
          let from = offset;
          for (const x of several) {
            const at = norm.indexOf(x, from);
            out.push({ a: words.indexAt(at), b: words.indexAt(at + x.length) - 1, positions: [] });
            from = at + x.length;
          }
        } else if (NAME_LINE_RE.test(namePart) && (!rest || (rest.length <= 60 && !/[.;:!?]/.test(rest)))) {
          const a = words.indexAt(offset);
          const b = words.indexAt(offset + namePart.length) - 1;
          // One space between the words, as the lists of names write them (a name may have two).
          const lower = namePart.toLowerCase().replace(/ {2}/g, ' ');
          const parts = lower.split(' ');
          const plausible = rest ? SURNAMES.has(parts[0]) : !parts.some((w) => BOILERPLATE_WORDS.has(w));
          if (plausible && !PLACES.has(lower) && !(parts.length === 2 && PLACES.has(parts[1]))) {
            const positions = prevStart >= 0 ? signatureTitle(ctx, prevStart, prevEnd, prevPrevStart, prevPrevEnd) : NO_POSITIONS;
            // A name in one word ("K'Brông") is a signer's, under a signature title; alone it may be a people's
            // ("M'Nông"), and a line that starts with a place's first syllable a place's ("Cư M'gar").
            if ((parts.length > 1 || positions.length > 0) && (positions.length > 0 || !PLACE_FIRST_SYLLABLES.has(parts[0]))) out.push({ a, b, positions });
          }
        }
      }
    }
    if (line && !SIGNED_NOTE_RE.test(line)) {
      prevPrevStart = prevStart;
      prevPrevEnd = prevEnd;
      prevStart = ts;
      prevEnd = te;
    }
    lineStart = lineEnd + 1;
  }
  return out;
}

const SENTENCE_END_RE = /[.!?…]["”»)]?$/u;

/** Is a line a sentence of prose: six words or more, ending with a full stop (or ! ? …)? */
function isSentence(line: string): boolean {
  if (line.length < 24 || !SENTENCE_END_RE.test(line)) return false;
  let spaces = 0;
  for (let q = 0; q < line.length && spaces < 5; q++) if (line.charCodeAt(q) === 32) spaces++;
  return spaces >= 5;
}

/** May a byline start with this character (an upper-case letter)? */
function isUpperStart(c: number): boolean {
  if (c >= 65 && c <= 90) return true;
  if (c < 0xc0) return false;
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase();
}

/** "(Đã ký)", "(Ký tên, đóng dấu)": notes between a signature title and the name. */
const SIGNED_NOTE_RE = /^\((?:đã\s+ký|ký|đã ký)[^()]{0,30}\)$/iu;
/** Marks of signing for a body or for its head: T/M, TM., KT., TL., Q., TUQ., "Thay mặt", "Ký thay". */
const SIGNING_MARK_RE = /^(?:T\/M|TM|KT|TL|TUQ|Q|THAY\s+MẶT|KÝ\s+THAY|THỪA\s+LỆNH)\b\.?\s*/u;

/**
 * The signature title written on the line above a signer's name ("T/M TỈNH ỦY / BÍ THƯ / name",
 * "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / name"): an upper-case line that is a position, as written; its
 * variants merge into a fuller position of the same person. None when the line is anything else.
 */
function signatureTitle(ctx: Context, s: number, e: number, beforeStart: number, beforeEnd: number): ReadonlyArray<[number, number]> {
  const { norm, words } = ctx;
  let line = norm.slice(s, e);
  if (line.length > 60 || line !== line.toUpperCase() || !/\p{Lu}/u.test(line)) return NO_POSITIONS;
  const mark = SIGNING_MARK_RE.exec(line);
  // A mark on the title line itself ("KT. CHỦ TỊCH" right above the name) signs for that head.
  if (mark) {
    s += mark[0].length;
    line = line.slice(mark[0].length);
  } else if (beforeStart < 0 || !SIGNING_MARK_RE.test(norm.slice(beforeStart, beforeEnd))) {
    // Without a mark the line must be nothing but a position ("CHỦ TỊCH", "GIÁM ĐỐC").
    if (line.split(/\s+/u).length > 6) return NO_POSITIONS;
  }
  const first = words.indexAt(s);
  if (first >= words.count || words.starts[first] !== s) return NO_POSITIONS;
  const head = positionHeadLength(norm, words, first);
  if (!head) return NO_POSITIONS;
  const last = extendBody(norm, words, first + head - 1);
  if (words.ends[last] !== e) return NO_POSITIONS;
  return [[s, e]];
}
