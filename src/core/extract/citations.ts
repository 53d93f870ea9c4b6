// Citations of documents: Party codes ("Chỉ thị số 05-CT/TW"), State codes ("Nghị định số
// 15/2020/NĐ-CP"), conference references ("Nghị quyết Trung ương 4 khóa XII") and short forms
// ("Chỉ thị 05") resolved to a fuller citation of the same text. Each carries the optional parts that
// follow it: "ngày …" (date), "của …" (issuer), "về …" or a quoted title (subject).
import { CitationEntity, DateEntity } from '../types';
import { compactCopy, normalizeForMatch, remember } from '../text/normalize';
import { Catalog } from '../catalog/catalog';
import { Claims, Context, sortIfNeeded } from './context';
import { COMMA_FIELDS, extendBody, positionHeadLength } from './phrase';
import { PhraseSet, Shape, isWordChar, letterBefore } from './tokens';
import { canonicalIssuerCode, canonicalNumber, partyKey, stateKey, termOfDate } from './keys';
import { validIso } from './dates';
import { ORDINAL_WORD, TypeHit, findConferenceReferences } from './conference';
import { ISSUER_CODES, Lex, flagWords } from './lexicon';
import { digitRuns } from './scan';

/**
 * Canonical type words and the type code each usually carries. The tables of this file are Maps, not
 * objects: a word of the text such as "constructor" must not find Object.prototype's members.
 */
export const TYPE_WORDS: ReadonlyMap<string, string | null> = new Map(Object.entries({
  'nghị quyết liên tịch': 'NQLT', 'thông tư liên tịch': 'TTLT', 'thông báo kết luận': 'TB', 'nghị quyết': 'NQ', 'chỉ thị': 'CT', 'quy định': 'QĐ',
  'quyết định': 'QĐ', 'kết luận': 'KL', 'hướng dẫn': 'HD', 'thông báo': 'TB', 'báo cáo': 'BC', 'kế hoạch': 'KH',
  'chương trình': 'CTr', 'tờ trình': 'TTr', 'quy chế': 'QC', 'thông tri': 'TT', 'đề án': 'ĐA', 'công văn': 'CV',
  'nghị định': 'NĐ', 'thông tư': 'TT', 'luật': null, 'pháp lệnh': null, 'chỉ thị liên tịch': null,
} as Record<string, string | null>));

const CANONICAL_TYPE = new Map<string, string>();
for (const k of TYPE_WORDS.keys()) CANONICAL_TYPE.set(k, k[0].toUpperCase() + k.slice(1));

/** Regex source of a type word, first letters of each word in either case. */
export const TYPE_SOURCE = [...TYPE_WORDS.keys()]
  .sort((a, b) => b.length - a.length)
  .map((w) => w.split(' ').map((p) => `[${p[0].toUpperCase()}${p[0]}]${p.slice(1)}`).join('\\s+'))
  .join('|');

const canonicalTypeCache = new Map<string, string>();
export function canonicalType(written: string): string {
  let t = canonicalTypeCache.get(written);
  if (t === undefined) {
    t = CANONICAL_TYPE.get(written.toLowerCase().replace(/\s+/g, ' ')) ?? written;
    if (canonicalTypeCache.size < 1000) canonicalTypeCache.set(compactCopy(written), t);
  }
  return t;
}

// Between a type word and its code: "số", and a fixed qualifier of the type ("Chương trình hành động
// số 08-CTr/TU", "Kế hoạch liên tịch số …"), which stays in the text but not in the type.
// Both gap patterns run sticky from the gap's start and must end right before a digit: the code's
// first digit (they match no digit, so a match cannot end before a later one).
const NUMBER_WORD_RE = /\s*(?:(?:hành\s+động|liên\s+tịch|phối\s+hợp|công\s+tác|toàn\s+khóa|chuyên\s+đề)\s+)?(?:(?:số|Số|SỐ)\s*:?\s*)?(?=\d)/uy;
/** How far after a type word its code may start (type word, qualifier, "số:"). */
const MAX_TYPE_GAP = 32;
// A law is named between its type word and "số" ("Luật Doanh nghiệp số 59/2020/QH14", "Luật Cán
// bộ, công chức số …"): the name is in the text, not in the type.
const LAW_NAME_GAP_RE = /\s+\p{Lu}\p{L}*(?:,?\s+\p{L}+){0,7}\s+(?:số|Số)\s*:?\s*(?=\d)/uy;
const MAX_LAW_NAME_GAP = 64;
/** A law's own number (the National Assembly's): only then is the gap a law's name ("Luật Đất đai, UBND tỉnh ban hành văn bản số 1234/UBND-KT" is not). */
const LAW_CODE_RE = /(?:\d{1,4}\/\d{4}\/QH\d{1,2}|\d{1,4}-L\/CTN)(?![\p{L}\d])/uy;

/** Type codes that name one type only: a code written without a type word still says its type. */
export const TYPE_OF_CODE: ReadonlyMap<string, string> = new Map(Object.entries({
  NQ: 'Nghị quyết', CT: 'Chỉ thị', KL: 'Kết luận', HD: 'Hướng dẫn', TB: 'Thông báo', BC: 'Báo cáo', KH: 'Kế hoạch',
  CTr: 'Chương trình', TTr: 'Tờ trình', QC: 'Quy chế', ĐA: 'Đề án', CV: 'Công văn', NĐ: 'Nghị định', QĐi: 'Quy định',
  QyĐ: 'Quy định', NQLT: 'Nghị quyết liên tịch', TTLT: 'Thông tư liên tịch',
} as Record<string, string>));
const SUBJECT_END_RE = new RegExp(`(?:,?\\s+(?:và|cùng|gắn với|với)|,)\\s+(?:${TYPE_SOURCE})(?![\\p{L}])`, 'u');
/** The levels of a territory written before its name ("thành phố Đà Lạt", "xã Giao Thiện"). */
const TERRITORY_LEVELS = 'tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn';
/** The heads of the bodies that may be a sentence's subject. */
const BODY_HEADS = 'Ban|Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy|Đảng ủy|Đảng bộ|Chi bộ|UBND|HĐND|Ủy ban|Thường trực|Văn phòng|Sở|Bộ';
/** What a body does in a sentence about a document ("ban hành", "triển khai", …). */
const ACTS = 'ban hành|triển khai|tổ chức|chỉ đạo|quyết định|yêu cầu|hướng dẫn|phối hợp|xây dựng|thông báo|đề nghị|tiến hành|thực hiện|quán triệt|lãnh đạo|rà soát|hoàn thành|chủ trì|tham mưu';
const NOT_LETTER = '(?![\\p{L}\\p{M}])';
/**
 * The commas an official name holds ("Sở Văn hóa, Thể thao và Du lịch", "Hội đồng Thi đua, Khen
 * thưởng", "Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực"; phrase.ts's COMMA_FIELDS; "Sở Lao động, Thương
 * binh và Xã hội"): a body's name runs on across them, and across no other comma.
 */
const NAME_COMMA = `(?:,\\s(?=(?:${COMMA_FIELDS.map(([, after]) => `[${after[0]}${after[0].toUpperCase()}]${after.slice(1)}`).join('|')})${NOT_LETTER})` +
  `|(?<=[Ll]ao\\s+động),\\s(?=[Tt]hương\\s+binh\\s+và\\s+[Xx]ã\\s+hội${NOT_LETTER}))`;
/** One or two words, no punctuation: a noun after "các" ("cơ quan", "chi bộ"). */
const FEW_WORDS = '[^\\s,.;:]+(?:\\s+[^\\s,.;:]+)?';
/** How a clause's subject acts: "…, các cơ quan nghiêm túc thực hiện". */
const CLAUSE_ADVERBS = 'nghiêm túc|tích cực|kịp thời';
/** A subject's verb: "đã", "đang", "sẽ", "còn" and a word, or an act. */
const CLAUSE_VERB = `(?:(?:đã|đang|sẽ|còn)\\s+\\p{L}|(?:${ACTS})${NOT_LETTER})`;
/** The body the sentence is about, after the last comma before its verb ("… của Đảng, Đảng ủy Khối … đã ban hành"). */
const SENTENCE_SUBJECT_RE = new RegExp(`,\\s+(?:${BODY_HEADS})${NOT_LETTER}[^,]*$`, 'u');
/**
 * A clause after a comma whose subject is a body, a place or "các …" with its verb before the next
 * comma ("…, Ban Thường vụ Tỉnh ủy quyết định:", "…, các chi bộ tổ chức …"): not a list of bodies in
 * the subject ("thuộc diện Ban Chấp hành Trung ương, Bộ Chính trị, Ban Bí thư quản lý"). An act after
 * "trong", "về", "việc" is a noun ("…, Ban Thường vụ Huyện đoàn trong lãnh đạo, chỉ đạo …"). The body's
 * name may hold a comma of its own ("…, Sở Văn hóa, Thể thao và Du lịch chủ trì …"), and "các" a short
 * list ("…, các cơ quan, đơn vị tổ chức …"; longer with an auxiliary or an adverb).
 */
const COMMA_CLAUSE =
  `,\\s+(?:${BODY_HEADS})${NOT_LETTER}(?:[^,.;:]|${NAME_COMMA})*?(?<!\\s(?:trong|về|việc))\\s${CLAUSE_VERB}` +
  `|,\\s+(?:tỉnh|huyện|thành phố|xã)(?:\\s+\\p{Lu}\\p{L}*)*\\s+${CLAUSE_VERB}` +
  `|,\\s+(?:các|những)\\s+${FEW_WORDS}(?:,\\s+${FEW_WORDS})?\\s+(?:(?:đã|đang|sẽ)\\s+)?(?:${ACTS})${NOT_LETTER}` +
  // A longer list, an adverb or "đưa" only with what makes it a clause: "…, các cơ quan, đơn vị, doanh
  // nghiệp đã nghiêm túc thực hiện", "…, các chi bộ đưa nội dung …" (not a title's "các giải pháp đưa
  // Nghị quyết vào cuộc sống", "…, các cơ quan, đơn vị, địa phương thực hiện tiếp công dân").
  `|,\\s+(?:các|những)\\s+${FEW_WORDS}(?:,\\s+${FEW_WORDS}){0,3}\\s+(?:đã|đang|sẽ|${CLAUSE_ADVERBS})\\s+(?:(?:${CLAUSE_ADVERBS})\\s+)?(?:${ACTS}|đưa)${NOT_LETTER}` +
  `|,\\s+các\\s+(?:chi bộ|cấp ủy|đảng bộ)\\s+đưa${NOT_LETTER}`;
/**
 * Where an unquoted subject gives way to the sentence's predicate: a document's subject is a noun
 * phrase ("về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"); a verb of the sentence
 * after it ("… Hồ Chí Minh tiếp tục được đẩy mạnh, trở thành …", "… chỉnh đốn Đảng đã tạo sự chuyển
 * biến …"), "để cụ thể hóa …" or a clause joined by a comma (", đồng thời …", ", qua đó …") is not
 * part of it, nor the body the sentence is about before such a verb. Only verbs that report what
 * became of the document: "đã", "đang", "được" alone also open relative clauses inside a subject
 * ("đảng viên đã nghỉ hưu", "hộ nghèo được hỗ trợ nhà ở"), and "nhằm", "để" purposes ("giải pháp
 * nhằm nâng cao …").
 */
const PREDICATE_RE = new RegExp(
  `\\s(?:(?:đã|đang|tiếp tục|đã và đang)\\s+)?được\\s+(?:đẩy mạnh|triển khai|quán triệt|thực hiện|cụ thể hóa|nâng lên|tăng cường)${NOT_LETTER}` +
    // "được ban hành, thông báo, phổ biến" close the clause only where a date, a time, a manner ("kịp
    // thời", "rộng rãi", "và triển khai") or the sentence's end follows: "danh mục thủ tục được ban hành
    // mới", "… kèm theo", "… năm 2023 của Tỉnh ủy" are a title's.
    `|\\s(?:đã\\s+)?được\\s+(?:ban hành|thông báo|phổ biến)(?=\\s*(?:$|[,.;:)])|\\s+(?:ngày|vào|đến|tới|và|sau|kịp thời|đúng|cách đây|rộng rãi|sâu rộng)${NOT_LETTER})` +
    `|\\s(?:đã|đang)\\s+(?:tạo|đạt|đi vào|góp phần|mang lại|ban hành|triển khai|quán triệt)${NOT_LETTER}` +
    // The document adopted by a body or meeting, "thông qua" closing the clause: "… đã được Hội nghị Trung
    // ương 6 thông qua", "… được Quốc hội thông qua ngày …" (not "thông qua" with an object: "by means of").
    `|\\s(?:(?:đã|vừa)\\s+)?được\\s+\\p{Lu}[^,.;:]{0,80}?,?\\sthông qua(?=\\s*(?:$|[,;:.)])|\\s+(?:ngày|tại|vào)\\s)` +
    // Not the complement of a causative verb of the subject: "đưa Nghị quyết … đi vào cuộc sống", "xây
    // dựng thành phố Đà Lạt trở thành …" (a territory named after its level made into something; after
    // an activity, "xây dựng nông thôn mới nâng cao trở thành việc làm thường xuyên", "xây dựng gia đình
    // văn hóa theo tư tưởng Hồ Chí Minh trở thành phong trào …", the sentence's predicate). "góp phần"
    // is no one's complement: it tells what the document brought about.
    // (The look back runs only where the verb is found.)
    `|\\sgóp phần${NOT_LETTER}` +
    `|\\strở thành${NOT_LETTER}(?<!(?:^|\\s)xây dựng(?:\\s+và\\s+phát\\s+triển)?\\s+(?:${TERRITORY_LEVELS})(?:\\s+\\p{Lu}[\\p{L}\\p{M}]*)+\\strở thành)` +
    `|\\sđi vào cuộc sống${NOT_LETTER}(?<!(?:^|\\s)đưa\\s[^,.;:]*\\sđi vào cuộc sống)` +
    `|\\sđể cụ thể hóa${NOT_LETTER}` +
    '|,\\s*(?:đồng thời|qua đó|trong đó|nhờ đó|từ đó|cụ thể hóa|nhằm|để)\\s' +
    // The next clause's time, place or frame after a comma, or a person it is about: "…, ngày 20/4/2023,
    // Huyện ủy …", "…, sáng 20/4, …", "…, vừa qua, …", "…, tại Hội trường Huyện ủy, …", "…, trong 2
    // năm qua, …", "…, năm 2022, …", "…, từ năm 2021 đến nay, …", "…, đồng chí Nguyễn Văn Nam …".
    `|,\\s*(?:(?:[Nn]gày|[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa)\\s+(?:ngày\\s+)?\\d|vừa qua|thời gian qua|mới đây|hằng năm|hàng năm|nhìn chung|tại\\s+(?:\\p{Lu}|trụ sở|hội trường)` +
    `|trong\\s+(?:\\d+|hai|ba|bốn|năm|những)\\s+(?:năm|tháng)|năm\\s+(?:19|20)\\d{2}\\s*,|từ\\s+(?:năm|ngày|đầu năm)\\s|đồng chí\\s)` +
    // A clause after a comma whose subject is a body (see COMMA_CLAUSE).
    `|${COMMA_CLAUSE}`,
  'u',
);
const COMMA_CLAUSE_RE = new RegExp(COMMA_CLAUSE, 'u');
/**
 * What may follow a citation's date behind a comma: the end, its subject or issuer, "và", a quote, a
 * colon, a dash, a bracket, a comma ending the line (a ground: "Xét đề nghị … tại Tờ trình số
 * 150-TTr/BTCTU, ngày 2/1,").
 */
const DATE_ENDS_CITATION_RE = /^(?:\s*(?:$|[.;:!…)"“”(\n|]|-\s)|\s+(?:và|về|của)\s|\s*,\s*(?:về|của|khóa)\s|\s*,\s*["“]|\s*,[ \t]*(?:\n|$))/u;
/**
 * What else after a citation's date behind a comma leaves no room for a clause of its own: what the
 * document does, as its title says it ("…, ngày 30/7/2021, hướng dẫn thi hành Điều lệ Đảng"), though
 * not the issuing of another numbered document ("…, ngày 20/4/2023, ban hành Kế hoạch số 40-KH/HU": a
 * new act, the clause's, its subject left unsaid); "đến nay", which counts from the document; the next
 * clause's own time ("…, ngày 12/3/2021, sáng 20/4/2023, Huyện ủy …"); the next document of a list
 * ("…, ngày 15/5/2016, Kết luận số 01-KL/TW …").
 */
const DATE_GOES_ON_RE = new RegExp(
  `^\\s*,?\\s*(?:(?:quy định|phê duyệt|ban hành|hướng dẫn|sửa đổi|bổ sung|kết luận|triển khai)(?![\\p{L}\\p{M}])(?!\\s+(?:${TYPE_SOURCE})\\s+(?:số\\s*)?\\d)|đến nay)` +
    `|^\\s*,\\s*(?:(?:(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Đđ]êm)\\s+(?:ngày\\s+)?|[Nn]gày\\s+)\\d|(?:${TYPE_SOURCE})\\s+(?:số\\s*)?\\d)`,
  'u',
);
/**
 * A sentence that may have no time of its own for a date after the citation to give: a ground of a
 * decision ("Căn cứ …;" lists what the decision rests on and has no clause), a span already timed
 * ("Sau 2 năm thực hiện …, ngày 12/3/2021, nông nghiệp … phát triển mạnh"). See untimedSentence.
 */
const UNTIMED_SENTENCE_RE = /^[\s\-+•]*(?:Căn cứ|(?:Sau|Qua)\s+(?:hơn\s+|gần\s+)?[^\s,.;]+\s+(?:năm|tháng)\s)/u;
/**
 * A clause after the date whose subject is a body and whose verb is an act ("…, ngày 20/3/2023, Ban
 * Thường vụ Huyện ủy tổ chức Hội nghị sơ kết", "…, Huyện ủy Giao Thủy tổ chức …", "…, Ban Thường vụ
 * Tỉnh ủy đã ban hành …"): an event, which the date times, not a state or a result ("…, nông nghiệp …
 * phát triển mạnh", "…, Đảng bộ tỉnh đã đạt nhiều kết quả").
 */
const EVENT_CLAUSE_RE = new RegExp(`^\\s*,\\s*(?:${BODY_HEADS})${NOT_LETTER}[^,.;:]{0,60}?\\s(?:(?:đã|đang|sẽ)\\s+)?(?:${ACTS})${NOT_LETTER}`, 'u');
/** How far back the start of a citation's sentence is looked for. */
const SENTENCE_REACH = 300;

/** Where the sentence (or line, or item after ";") of the citation ending at `end` starts, or -1 when far. */
function sentenceStart(norm: string, end: number): number {
  let i = end;
  const limit = Math.max(0, end - SENTENCE_REACH);
  for (; i > limit; i--) {
    const c = norm.charCodeAt(i - 1);
    if (c === 10 || c === 59 || ((c === 46 || c === 33 || c === 63) && norm.charCodeAt(i) === 32)) break;
  }
  return i > limit || i === 0 ? i : -1;
}

/**
 * Has the sentence of the citation ending at `end`, whose date behind a comma ends at `dateEnd`, no
 * time of its own to give the date to? So it is when it opens as UNTIMED_SENTENCE_RE says, on a ground's
 * line ending in ";" or in "," before the next ground (see groundLineEnd: a decision's ground has no
 * clause, whatever follows the date) or where no event follows the date behind a comma
 * (EVENT_CLAUSE_RE): "Sau 5 năm thực hiện Nghị quyết …, ngày 20/3/2023, Ban Thường vụ Huyện ủy tổ chức
 * Hội nghị sơ kết" and a report's "Căn cứ Hướng dẫn …, ngày 20/3/2023, Ban Thường vụ Tỉnh ủy đã ban
 * hành Kế hoạch …" date the event. Words running on from the date with no
 * comma, and none of the citation's (see DATE_ENDS_CITATION_RE), are a clause the date times ("Căn cứ
 * Quyết định số 1234/QĐ-UBND, ngày 20/1 tỉnh khởi công dự án").
 */
function untimedSentence(norm: string, end: number, dateEnd: number): boolean {
  const i = sentenceStart(norm, end);
  if (i < 0 || !UNTIMED_SENTENCE_RE.test(norm.slice(i, end))) return false;
  if (GROUND_RE.test(norm.slice(i, end)) && groundLineEnd(norm, dateEnd)) return true;
  const after = norm.slice(dateEnd, dateEnd + 100);
  return COMMA_AFTER_RE.test(after) && !EVENT_CLAUSE_RE.test(after);
}
const COMMA_AFTER_RE = /^\s*,/u;

/**
 * Does the line from `from` on end in ";", or in "," before the next ground or what a decision's
 * grounds end with ("Xét đề nghị …", "Theo đề nghị …", "QUYẾT ĐỊNH:"), within a line's reach? A report's
 * sentence wrapped after a comma goes on with its own clause.
 */
function groundLineEnd(norm: string, from: number): boolean {
  const limit = Math.min(norm.length, from + SENTENCE_REACH);
  let e = from;
  while (e < limit && norm.charCodeAt(e) !== 10) e++;
  if (e === limit && limit < norm.length) return false;
  while (e > from && (norm[e - 1] === ' ' || norm[e - 1] === '\t' || norm[e - 1] === '\r')) e--;
  const last = norm.charCodeAt(e - 1);
  if (last === 59) return true;
  if (last !== 44) return false;
  // The next line, past blank ones.
  let s = e;
  while (s < norm.length && /\s/.test(norm[s])) s++;
  let t = s;
  while (t < norm.length && t < s + SENTENCE_REACH && norm.charCodeAt(t) !== 10) t++;
  const next = norm.slice(s, t);
  return NEXT_GROUND_RE.test(next) || ENACTING_RE.test(next);
}
/** A ground's next line: another ground ("2. Căn cứ …", "Thực hiện Kế hoạch …"), or a request the decision answers. */
const NEXT_GROUND_RE = /^(?:[-+•]\s*|\d{1,2}[.)]\s*)?(?:[Cc]ăn cứ|CĂN CỨ|Xét đề nghị|XÉT ĐỀ NGHỊ|Theo đề nghị|Theo đề xuất|Theo Tờ trình|Thực hiện (?:Nghị quyết|Chỉ thị|Kết luận|Quyết định|Quy định|Kế hoạch|Hướng dẫn|Công văn|Thông báo|Chương trình))(?![\p{L}\p{M}])/u;
/** The line the grounds end with: "QUYẾT ĐỊNH:", "BAN THƯỜNG VỤ TỈNH ỦY QUYẾT ĐỊNH:", "… quyết nghị:" (lower case in a capitals reading), "… hướng dẫn như sau:". */
const ENACTING_RE = /(?:(?:quyết|QUYẾT)\s+(?:định|nghị|ĐỊNH|NGHỊ)|như sau)\s*:?\s*$/u;

const GROUND_RE = /^[\s\-+•]*Căn cứ\s/u;
const LINE_END_RE = /^;[ \t]*(?:\n|$)/u;

/**
 * Is the subject [r, k) the end of a ground of a decision, a "Căn cứ …;" line? Such a line has no
 * clause of its own (the decision's follows the list of grounds), so nothing in it is a predicate:
 * "về chính sách hỗ trợ … được tăng cường về cơ sở;", "về rà soát các văn bản đã ban hành của Tỉnh ủy;".
 */
function groundItem(norm: string, r: number, k: number): boolean {
  if (norm.charCodeAt(k) !== 59 || !LINE_END_RE.test(norm.slice(k, k + 8))) return false;
  const i = sentenceStart(norm, r);
  return i >= 0 && GROUND_RE.test(norm.slice(i, r));
}

/**
 * Is the list after the last "giữa" of `before` still open, naming the parties so far ("phối hợp giữa
 * Ban Tổ chức Tỉnh ủy, Ủy ban Kiểm tra Tỉnh ủy, …")? A party is a name, so not "giữa nhiệm kỳ" (the
 * middle of a term); a list is closed by "với", by "và" before a body or a common noun ("giữa Đảng với
 * Nhân dân", "giữa Ban A và Ban B", "… và các tổ chức chính trị - xã hội"; not the "và" inside "Sở
 * Thông tin và Truyền thông"), and by the phrase that follows it ("… Huyện đoàn trong chỉ đạo …").
 */
function partiesOpen(before: string): boolean {
  const g = before.lastIndexOf('giữa ');
  if (g < 0 || (g > 0 && before[g - 1] !== ' ')) return false;
  const list = before.slice(g + 5);
  return PARTY_START_RE.test(list) && !PARTIES_CLOSED_RE.test(list);
}
const PARTY_START_RE = /^\p{Lu}/u;
const PARTIES_CLOSED_RE = new RegExp(`\\s(?:với|trong|về|để|nhằm|theo|tại|của)\\s|\\svà\\s+(?:(?:${BODY_HEADS})${NOT_LETTER}|(?!\\p{Lu}))`, 'u');
const TENSE_RE = /\s(?:đã|đang|sẽ)\s/u;

/** The first predicate (PREDICATE_RE) of a subject that is not passed over (see passedOver). */
function predicateIn(subject: string): { index: number } | null {
  let from = 0;
  for (let guard = 0; guard < 8; guard++) {
    const m = PREDICATE_RE.exec(from ? subject.slice(from) : subject);
    if (!m) return null;
    const index = from + m.index;
    if (!passedOver(subject, index, m[0])) return { index };
    from = index + 1;
  }
  return null;
}

/**
 * Is the predicate `match` found at `index` of a subject part of it after all? So is a body after a
 * comma in a list of parties still open after "giữa" (see partiesOpen) that has no tense of its own
 * ("phối hợp giữa Ủy ban Mặt trận Tổ quốc tỉnh, Sở Nội vụ tổ chức lấy ý kiến nhân dân": the parties,
 * not a clause; "…, Sở Nội vụ đã ban hành …" is one), and "trở thành" where a body's clause after a
 * comma follows: that clause is the sentence's, so the citation before it is a frame ("Thực hiện …")
 * whose title holds "trở thành" ("về phát triển du lịch trở thành ngành kinh tế mũi nhọn, Tỉnh ủy ban
 * hành …").
 */
function passedOver(subject: string, index: number, match: string): boolean {
  if (match.charCodeAt(0) === 44) return !TENSE_RE.test(match) && partiesOpen(subject.slice(0, index));
  return TO_BECOME_RE.test(match) && subject.charCodeAt(index - 1) !== 44 && COMMA_CLAUSE_RE.test(subject.slice(index));
}
const TO_BECOME_RE = /^\strở thành/u;
const LIST_GAP_RE = /\s*(?:,|;|và)\s*(?:(?:số)\s*)?(?=\d)/uy;
function isLawCode(norm: string, s: number): boolean {
  LAW_CODE_RE.lastIndex = s;
  return LAW_CODE_RE.test(norm);
}

/** Does the sticky `re` match all of norm[s, e), e being where a code starts? */
function gapMatches(re: RegExp, norm: string, s: number, e: number): boolean {
  re.lastIndex = s;
  return re.test(norm) && re.lastIndex === e;
}
// Codes start with a digit and have their first "/" at most this far from their start (see scanBeforeSlashes).
const PARTY_CODE_RE = /(\d{1,5}) ?- ?(QĐi|QyĐ|CTr|TTr|[A-ZĐ]{1,4})\/([A-ZĐƯ][A-ZĐƯ0-9]{0,11})/uy;
const PARTY_CODE_LEAD = 5 + 3 + 4;
const STATE_CODE_RE = /(\d{1,6})\/(?:(\d{4})\/)?(?:(QH\d{1,2})|([A-ZĐ][A-ZĐa-zđ]{0,6}) ?- ?([A-ZĐƯ][A-ZĐƯa-zđư0-9]{0,11}(?:-[A-ZĐƯ][A-ZĐƯa-zđư0-9]{0,11}){0,3}))/uy;
const STATE_CODE_LEAD = 6;

/** The unit before the first "/" of a Party code: the last letter of its type code ([A-ZĐ], QĐi, CTr, TTr). */
const endsPartyType = (c: number) => (c >= 65 && c <= 90) || c === 0x110 || c === 105 || c === 114;
/** The unit before the first "/" of a State code: the last digit of its number. */
const endsStateNumber = (c: number) => c >= 48 && c <= 57;

/**
 * Runs a sticky pattern whose matches start with a digit and have their first "/" at most `lead`
 * characters on, right after a unit that `beforeSlash` accepts, only at the digits that shortly
 * precede such a "/": the same matches, in the same order, as a global scan of the whole text.
 * (A match that starts before a "/" and after the one before it has its first "/" there: no "/" is
 * in the part of either pattern before it.) `onMatch` returns where the scan goes on.
 */
function scanBeforeSlashes(norm: string, re: RegExp, lead: number, beforeSlash: (c: number) => boolean, onMatch: (m: RegExpExecArray) => number): void {
  let next = 0;
  for (let q = norm.indexOf('/'); q >= 0; q = norm.indexOf('/', q + 1)) {
    // Most slashes are in dates or codes of the other kind: no match can have its "/" here.
    if (q === 0 || !beforeSlash(norm.charCodeAt(q - 1))) {
      if (next < q) next = q;
      continue;
    }
    for (let p = Math.max(next, q - lead); p < q; p++) {
      const c = norm.charCodeAt(p);
      if (c < 48 || c > 57) continue;
      re.lastIndex = p;
      const m = re.exec(norm);
      if (m) {
        next = onMatch(m);
        p = next - 1;
      }
    }
    if (next < q) next = q;
  }
}
/** The words that follow a citation ("của", "về", "ngày", …), run into the code before them. */
const NEXT_WORD_RE = /(?:của|về|ngày|và|năm|đã|được|tại|theo|với|trong|nhằm|để)(?![\p{L}\p{M}])/uy;
function runsIntoNextWord(norm: string, e: number): boolean {
  NEXT_WORD_RE.lastIndex = e;
  return NEXT_WORD_RE.test(norm);
}
const SHORT_FORM_RE = /\s+(?:số\s+)?(\d{1,5})(?![\d\p{L}]|\s?[-/]\s?[\p{L}\d])/uy;

const isWordCode = (c: number) => isWordChar(c);

/** The parts after a citation, in the loose order the genre uses. */
export interface Tail {
  date: string | null;
  issuer: string | null;
  subject: string | null;
  /** Where the last part read ends (normalised offset): the citation's own end when it has none. */
  end: number;
  /** Where a day-month without its year passed over ends (normalised offset; see TAIL_DAY_MONTH_RE), or -1. */
  dayEnd: number;
  /** That day-month as month * 100 + day, or 0. */
  dayMonth: number;
}

/** A meeting named by its number: "Hội nghị lần thứ tư", "Hội nghị Trung ương 5". */
const MEETING_NAMED = '[Hh]ội\\s+nghị\\s+(?:lần\\s+thứ\\s+[\\p{L}\\d]+|[Tt]rung\\s+ương\\s+\\d{1,2}';
/** The meeting before the body that held it ("của Hội nghị lần thứ tư Ban Chấp hành …", "Hội nghị 5 của …"). */
const MEETING_RE = new RegExp(`${MEETING_NAMED}|\\d{1,2})\\s+(?:của\\s+)?(?=\\p{Lu})`, 'uy');
/** A meeting named by its number alone is the whole issuer ("của Hội nghị Trung ương 5 về …"). */
const MEETING_ALONE_RE = new RegExp(`${MEETING_NAMED})(?![\\p{L}\\p{M}\\d])`, 'uy');
/** The issuer's term or meeting number, part of its name: "khóa XI", "lần thứ XVI", "lần thứ 9". */
const ISSUER_TERM_RE = new RegExp(`\\s+(?:[Kk]hóa\\s+[IVXLC]+|lần\\s+thứ\\s+(?:[IVXLC]+|\\d{1,2}|${ORDINAL_WORD}))(?![\\p{L}\\p{M}\\d])`, 'uy');
/** A term in brackets after the issuer ("của Bộ Chính trị (khóa XII) về …"): passed over, not part of its name. */
const BRACKET_TERM_RE = /\s*\(\s*[Kk]hóa\s+[IVXLC]+\s*\)/uy;
/**
 * A cited document's day and month without its year ("Công văn số 120-CV/TU ngày 5/1 của Văn phòng Tỉnh
 * ủy về …", the usual ground of a formal document early in the year): the date pass gives it its year,
 * and the catalogue, where it gives the document that day, the citation its date (datesOfTails); the
 * tail goes on past it to the issuer and the subject.
 */
const TAIL_DAY_MONTH_RE = /ngày\s+(?:\d{1,2}\s*[/.-]\s*\d{1,2}|\d{1,2}\s+tháng\s+\d{1,2})(?![\d/.-]|\s*[/.-]\s*\d|\s+năm)/iuy;
let dateYearless = false;
const TAIL_DATE_RE = /ngày\s+(?:(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})|(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4}))/iuy;
const OF_RE = /của\s/uy;
const ABOUT_RE = /về\s*/uy;

/** Does word i begin a document type word ("Thông tư", "Nghị quyết")? An issuer never runs into one. */
function startsTypeWord(ctx: Context, i: number): boolean {
  if (!(ctx.words.flags(i) & Lex.TypeFirst)) return false;
  if (ctx.words.lowerIs(i, 'luật')) return true;
  return i + 1 < ctx.words.count && ctx.words.phraseIn(TYPE_PAIRS, i, 2);
}
const TYPE_PAIRS = new PhraseSet(new Set(TYPE_WORDS.keys()));
flagWords(new Set([...TYPE_WORDS.keys()].map((t) => t.split(' ')[0])), Lex.TypeFirst);

/** Does this character end a subject given without quotes (";", ".", "…", a line end, brackets, quotes)? */
function endsSubject(c: number): boolean {
  return c === 59 || c === 46 || c === 10 || c === 40 || c === 41 || c === 0x2026 || c === 0x201c || c === 0x201d;
}

/** Does a type word of `starts` (in order) start after `s` and before `e`? */
function typeWordWithin(starts: readonly number[], s: number, e: number): boolean {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] <= s) lo = mid + 1;
    else hi = mid;
  }
  return lo < starts.length && starts[lo] < e;
}

/** What parseTail returns: one object, read by the caller before the next call. */
const TAIL: Tail = { date: null, issuer: null, subject: null, end: 0, dayEnd: -1, dayMonth: 0 };
const dateParts: number[] = [0, 0, 0];

/**
 * Where a tail's date at q ends ("ngày 12/6/2021", "ngày 12 tháng 6 năm 2021", in brackets too:
 * "(ngày 12/6/2021)"), or -1; `dateStart` is then where its "ngày" starts.
 */
let dateStart = 0;
function tailDateEnd(norm: string, q: number): number {
  let s = q;
  if (norm.charCodeAt(q) === 40) for (s = q + 1; norm[s] === ' '; ) s++;
  // The pattern runs only where its first letter is ("ngày" in either case).
  const c = norm.charCodeAt(s);
  if (c !== 110 && c !== 78) return -1;
  TAIL_DATE_RE.lastIndex = s;
  TAIL_DAY_MONTH_RE.lastIndex = s;
  let e: number;
  if (TAIL_DATE_RE.test(norm)) {
    e = TAIL_DATE_RE.lastIndex;
    dateYearless = false;
  } else if (TAIL_DAY_MONTH_RE.test(norm)) {
    e = TAIL_DAY_MONTH_RE.lastIndex;
    dateYearless = true;
  } else return -1;
  if (s !== q) {
    while (norm[e] === ' ') e++;
    if (norm[e++] !== ')') return -1;
  }
  dateStart = s;
  return e;
}

/**
 * A date and an issuer inside an unquoted subject [r, k), in this order, belong to the citation ("về
 * đổi mới … ngày 12/6/2021 của Bộ Chính trị"), and so does a date behind a comma that ends the subject
 * where its sentence or line ends ("về tăng cường củng cố tổ chức cơ sở đảng, ngày 16/6/2022;"); a date
 * alone may otherwise be the subject's own ("về kỷ niệm ngày 3/2/1930"), and those after another
 * document's code in it are that document's. Where the subject ends before them, or -1.
 */
const SUBJECT_DATE_RE = /,?\s+ngày\s+(?:\d{1,2}\s*([/.-])\s*\d{1,2}\s*\1\s*\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}),?\s+của\s+\p{Lu}/u;
const SUBJECT_LAST_DATE_RE = /,\s*ngày\s+(?:\d{1,2}\s*([/-])\s*\d{1,2}\s*\1\s*\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})\s*$/u;
function subjectDateAt(norm: string, r: number, k: number): number {
  const subject = norm.slice(r, k);
  if (!subject.includes('ngày')) return -1;
  // Past k: a date written with dots ("12.6.2021") ends the subject's scan at its first dot.
  const m = SUBJECT_DATE_RE.exec(norm.slice(r, Math.min(norm.length, k + 40))) ??
    (k >= norm.length || endsSubject(norm.charCodeAt(k)) ? SUBJECT_LAST_DATE_RE.exec(subject) : null);
  // A code before the date (a "/" in every kind): the date and issuer are that document's.
  if (!m || m.index >= subject.length || subject.lastIndexOf('/', m.index) >= 0) return -1;
  return r + m.index;
}

/**
 * Reads into `tail` the issuer whose first word is w, an office ("của Thủ tướng Chính phủ", "của Chủ
 * tịch UBND tỉnh") or a meeting ("của Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII")
 * too; returns where it ends, past a term in brackets after it.
 */
function readIssuer(ctx: Context, tail: Tail, w: number): number {
  const norm = ctx.norm;
  MEETING_RE.lastIndex = ctx.words.starts[w];
  const from = MEETING_RE.test(norm) ? ctx.words.indexAt(MEETING_RE.lastIndex) : w;
  MEETING_ALONE_RE.lastIndex = ctx.words.starts[w];
  const meeting = from === w && MEETING_ALONE_RE.test(norm) ? MEETING_ALONE_RE.lastIndex : -1;
  const head = from < ctx.words.count ? positionHeadLength(norm, ctx.words, from) : 0;
  const last = from < ctx.words.count ? extendBody(norm, ctx.words, head > 0 ? from + head - 1 : from, (i) => startsTypeWord(ctx, i)) : w;
  let end = Math.max(meeting, ctx.words.ends[last]);
  // The body's term belongs to the issuer ("của Ban Chấp hành Trung ương khóa XI", "Đại hội … lần thứ XVI").
  ISSUER_TERM_RE.lastIndex = end;
  if (ISSUER_TERM_RE.test(norm)) end = ISSUER_TERM_RE.lastIndex;
  tail.issuer = ctx.name(ctx.words.starts[w], end);
  BRACKET_TERM_RE.lastIndex = end;
  if (BRACKET_TERM_RE.test(norm)) end = BRACKET_TERM_RE.lastIndex;
  return end;
}

/** Reads into `tail` the date found by tailDateEnd, ending at `dateEnd`; false when it is no valid day. */
function readDate(norm: string, tail: Tail, dateEnd: number, tailDates: Claims | null): boolean {
  // Day, month and year, in this order in both forms.
  digitRuns(norm, dateStart, dateEnd, dateParts);
  const iso = validIso(dateParts[2], dateParts[1], dateParts[0]);
  if (!iso) return false;
  tail.date = iso;
  tailDates?.add(dateStart, dateEnd);
  return true;
}

/**
 * Reads into `tail` the issuer and date of a document said to be issued right after its code
 * ("Nghị quyết số 05-NQ/TU được Ban Chấp hành Đảng bộ tỉnh ban hành ngày 12/3/2021"), the passive at q;
 * false, leaving `tail` as it was, when the words at q are not that. The clause is the sentence's, not
 * the citation's: the tail's end stays at the code (a headline saying so is no title).
 */
function readIssued(ctx: Context, tail: Tail, q: number, tailDates: Claims | null): boolean {
  const norm = ctx.norm;
  PASSIVE_RE.lastIndex = q;
  if (!PASSIVE_RE.test(norm)) return false;
  const w = ctx.words.indexAt(PASSIVE_RE.lastIndex);
  if (w >= ctx.words.count) return false;
  ISSUED_RE.lastIndex = readIssuer(ctx, tail, w);
  const dateEnd = ISSUED_RE.test(norm) ? tailDateEnd(norm, ISSUED_RE.lastIndex) : -1;
  if (dateEnd >= 0 && !dateYearless && readDate(norm, tail, dateEnd, tailDates)) return true;
  tail.issuer = null;
  return false;
}
const PASSIVE_RE = /(?:đã\s+)?được\s+(?=\p{Lu})/uy;
const ISSUED_RE = /\s+ban hành\s+/uy;

/** Does a meeting named by its number start at q ("Hội nghị lần thứ tư Ban …", "Hội nghị Trung ương 5")? */
function meetingAt(norm: string, q: number): boolean {
  MEETING_RE.lastIndex = q;
  if (MEETING_RE.test(norm)) return true;
  MEETING_ALONE_RE.lastIndex = q;
  return MEETING_ALONE_RE.test(norm);
}

/**
 * Parses the parts after `end`, which come in a loose order: "ngày …" (also in brackets), "của …",
 * "về …" or a quoted title. Adds the span of the date, if any, to `tailDates`.
 */
function parseTail(ctx: Context, end: number, tailDates: Claims | null): Tail {
  const norm = ctx.norm;
  const tail = TAIL;
  tail.date = tail.issuer = tail.subject = null;
  tail.end = end;
  tail.dayEnd = -1;
  tail.dayMonth = 0;
  let p = end;
  /** Where the date read last ends. */
  let dateReadEnd = -1;
  for (let step = 0; step < 4; step++) {
    let q = p;
    while (q < norm.length && (norm[q] === ' ' || norm[q] === ',' || norm[q] === '\t') && q - p < 4) q++;
    // After the issuer or the subject, a date behind a comma is the citation's only where the sentence
    // ends or goes on with the citation ("…, ngày 12/6/2021, về …", "…, ngày 25/10/2017 và …"), or where
    // no clause can take it (see DATE_GOES_ON_RE, UNTIMED_SENTENCE_RE); otherwise the next clause's
    // ("… 02-NQ/TW của Bộ Chính trị, ngày 15/7/2021, Tỉnh ủy ban hành …"). So is a day-month behind a
    // comma right after the code: with no year, it is as likely the next clause's time ("Thực hiện Kế
    // hoạch số 99-KH/TU, ngày 5/1 tới Tỉnh ủy tổ chức …"). In brackets it is the citation's ("… của Bộ
    // Chính trị (ngày 12/6/2021)").
    const behindComma = norm.charCodeAt(q) !== 40 && norm.slice(p, q).includes(',');
    let dateEnd = tail.date === null ? tailDateEnd(norm, q) : -1;
    const clause = behindComma && (tail.issuer !== null || tail.subject !== null || dateYearless);
    if (dateEnd >= 0 && clause) {
      const rest = norm.slice(dateEnd, dateEnd + 40);
      if (!DATE_ENDS_CITATION_RE.test(rest) && !DATE_GOES_ON_RE.test(rest) && !untimedSentence(norm, end, dateEnd)) dateEnd = -1;
    }
    if (dateEnd >= 0 && dateYearless) {
      // Passed over: the date pass gives the day its year (see TAIL_DAY_MONTH_RE, datesOfTails), as a
      // cited document's, no later than the text's (see tailDates); the tail reads on.
      tailDates?.add(dateStart, dateEnd);
      digitRuns(norm, dateStart, dateEnd, dateParts);
      tail.dayMonth = dateParts[1] * 100 + dateParts[0];
      p = tail.end = dateReadEnd = tail.dayEnd = dateEnd;
      continue;
    }
    if (dateEnd >= 0) {
      if (!readDate(norm, tail, dateEnd, tailDates)) break;
      p = tail.end = dateReadEnd = dateEnd;
      continue;
    }
    // "được <body> ban hành ngày …" right after the code (the "đ" of "được", "đã"): the sentence's clause,
    // which still says who issued the document and when.
    if (p === end && norm.charCodeAt(q) === 0x111 && !norm.slice(p, q).includes(',') && readIssued(ctx, tail, q, tailDates)) break;
    OF_RE.lastIndex = q;
    if (tail.issuer === null && norm.charCodeAt(q) === 99 && OF_RE.test(norm)) {
      const w = ctx.words.indexAt(q + 4);
      if (w < ctx.words.count && ctx.words.starts[w] - q <= 6) {
        const shape = ctx.words.shapes[w];
        if (shape === Shape.Cap || shape === Shape.Upper) {
          p = tail.end = readIssuer(ctx, tail, w);
          continue;
        }
      }
      break;
    }
    // A meeting right after the date issues the document without "của" too, as titles often write it
    // ("Kết luận số 21-KL/TW ngày 25/10/2021 Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII").
    if (tail.issuer === null && p === dateReadEnd && q > p && norm.charCodeAt(q) === 72 && !norm.slice(p, q).includes(',') && meetingAt(norm, q)) {
      p = tail.end = readIssuer(ctx, tail, ctx.words.indexAt(q));
      continue;
    }
    if (tail.subject !== null) break;
    ABOUT_RE.lastIndex = q;
    const about = norm.charCodeAt(q) === 118 && ABOUT_RE.test(norm);
    const r = about ? ABOUT_RE.lastIndex : q;
    const open = norm[r];
    if (open === '“' || open === '"' || open === '«') {
      const close = open === '“' ? '”' : open === '«' ? '»' : '"';
      let k = r + 1;
      const limit = Math.min(norm.length, r + 400);
      while (k < limit && norm[k] !== close && norm[k] !== '\n') k++;
      if (!(k < limit && norm[k] === close)) break;
      tail.subject = ctx.original(r + 1, k).trim() || null;
      p = tail.end = k + 1;
      continue;
    }
    if (!about) break;
    let k = r;
    const limit = Math.min(norm.length, r + 200);
    while (k < limit && !endsSubject(norm.charCodeAt(k))) k++;
    // The subject ends where the sentence goes on to another document ("… và Nghị quyết …"). That
    // type word is one the scan of type words found (no type word ends in "và", "cùng" or "với", so
    // none found earlier runs over it): without one inside the subject, the pattern need not run.
    if (typeWordWithin(ctx.anchors().types, r, k)) {
      const next = SUBJECT_END_RE.exec(norm.slice(r, k));
      if (next) k = r + next.index;
    }
    const predicate = groundItem(norm, r, k) ? null : predicateIn(norm.slice(r, k));
    // A subject of one word and a verb ("về đất đai được …") keeps its word.
    if (predicate && predicate.index > 0) {
      k = r + predicate.index;
      // The sentence's own subject before its verb, after a comma ("… của Đảng, Đảng ủy Khối … đã ban hành"),
      // unless the match is that clause already.
      const own = norm.charCodeAt(k) === 44 ? null : SENTENCE_SUBJECT_RE.exec(norm.slice(r, k));
      if (own && own.index > 0) k = r + own.index;
      while (k > r && (norm[k - 1] === ',' || norm[k - 1] === ' ')) k--;
    }
    const dated = subjectDateAt(norm, r, k);
    if (dated >= 0) k = dated;
    tail.subject = ctx.original(r, k).trim() || null;
    if (!tail.subject) break;
    // The date or issuer after the subject ("… (ngày 12/6/2021)", "… ngày 12/6/2021 của Bộ Chính trị").
    p = tail.end = k;
  }
  return tail;
}

/**
 * Gives each citation of `tailDays` (see findCitations) the catalogue's date of the document where it
 * is the day of its tail's day-month: that date has the right year ("Chỉ thị 05-CT/TW ngày 15/5" is of
 * 2016, whenever it is cited), which the day's own tag then shows too. Any other citation keeps no
 * date: a year the date pass guessed is no fact of the document (a citation has no flag to say it was
 * guessed, and the corpus would report a guess as a second date of the code, or file a Central document
 * under the term of a wrong year); the day's tag keeps its inferred year.
 */
export function datesOfTails(ctx: Context, tailDays: ReadonlyMap<CitationEntity, number>, dates: readonly DateEntity[], catalog: Catalog): void {
  if (tailDays.size === 0) return;
  const byEnd = new Map<number, DateEntity>();
  for (const d of dates) if (!d.dateline && d.iso.length === 10) byEnd.set(d.end, d);
  for (const [c, dayEnd] of tailDays) {
    const day = byEnd.get(ctx.toOriginal(dayEnd));
    if (day === undefined || c.date !== null) continue;
    const known = catalog.lookup(c.key)?.date ?? null;
    if (known === null || known.slice(4) !== day.iso.slice(4)) continue;
    // The tag of a day after "ngày" has no weekday before it to check against the year.
    day.iso = day.key = known;
    c.date = known;
    if (c.system === 'party' && !c.shortForm) c.terms = termsOf(c.key, c.issuerCode, c.date, catalog);
  }
}

const centralIssuer = (code: string | null) => code !== null && code.endsWith('TW');

/** Where the parts after the citation ending at `end` (normalised offset) end. */
export function tailEnd(ctx: Context, end: number): number {
  return parseTail(ctx, end, null).end;
}

/** A citation of the normalised span [s, e) with its tail; the caller sets the other fields on it. */
function citation(ctx: Context, s: number, e: number, key: string, system: CitationEntity['system'], tail: Tail, terms: string[], refs: string[]): CitationEntity {
  ctx.locate(s, e);
  return {
    kind: 'citation', text: ctx.text, start: ctx.start, end: ctx.end, range: ctx.range, key,
    system, code: null, number: null, type: null, typeCode: null, issuerCode: null, issuer: tail.issuer, date: tail.date,
    subject: tail.subject, year: null, terms, conference: null, shortForm: false, refs,
  };
}

/**
 * The terms of a coded Party citation: a Central one's date's, else the catalogue's, unless the date or
 * the day-month without a year the text gives it (`dayMonth`, month * 100 + day, or 0) is another
 * document's than the catalogue's ("Nghị quyết số 12-NQ/TW ngày 16/3" is not the one of 16/01/2012).
 */
function termsOf(key: string, issuerCode: string | null, date: string | null, catalog: Catalog, dayMonth = 0): string[] {
  if (date && centralIssuer(issuerCode)) {
    const t = termOfDate(date);
    return t ? [t] : [];
  }
  const known = catalog.lookup(key);
  if (!known) return [];
  const day = known.date !== null && known.date.length === 10 ? +known.date.slice(5, 7) * 100 + +known.date.slice(8, 10) : 0;
  return (!date || !known.date || known.date === date) && (dayMonth === 0 || day === 0 || day === dayMonth) ? [...known.terms] : [];
}

/** Keys of codes by the code as matched (its text decides its key): the same codes recur across a corpus. */
const partyKeys = new Map<string, string>();
const stateKeys = new Map<string, string>();
const CODE_KEYS = 20000;

/** The first two letters, upper case, of the type code of a canonical type ("NQ" of "Nghị quyết"), remembered. */
const families = new Map<string, string | null>();
function familyOf(type: string): string | null {
  let f = families.get(type);
  if (f === undefined) {
    const code = TYPE_WORDS.get(type.toLowerCase());
    f = code ? code.slice(0, 2).toUpperCase() : null;
    if (families.size < 1000) families.set(type, f);
  }
  return f;
}
const upperCodes = new Map<string, string>();
function upperCode(code: string): string {
  let u = upperCodes.get(code);
  if (u === undefined) {
    u = code.toUpperCase();
    if (upperCodes.size < 1000) upperCodes.set(code, u);
  }
  return u;
}

const BODY_TERM_RE = /\s+(?:khóa|lần thứ)\s+[ivxlc]+$/u;

/**
 * Does the citation come from the body a short form names ("Chỉ thị 05 của Tỉnh ủy")? Its issuer is
 * that body, or its code's issuer is the one that body writes (TU for "Tỉnh ủy", "Ban Thường vụ Tỉnh ủy").
 */
function fromIssuer(c: CitationEntity, issuer: string, code: string | undefined): boolean {
  return (code !== undefined && c.issuerCode !== null && canonicalIssuerCode(c.issuerCode) === code) || (c.issuer !== null && normalizeForMatch(c.issuer) === issuer);
}

/** The nearest citation of `list` (in text order) before `start` that `accept` takes, else the first after it. */
function nearest(list: readonly CitationEntity[], start: number, accept: (c: CitationEntity) => boolean): CitationEntity | null {
  let best: CitationEntity | null = null;
  for (const c of list) {
    if (!accept(c)) continue;
    if (c.start < start) best = c;
    else return best ?? c;
  }
  return best;
}

interface FoundCode {
  cs: number;
  e: number;
  state: boolean;
  m: RegExpExecArray;
}
const byStart = (a: CitationEntity, b: CitationEntity) => a.start - b.start;

/**
 * Every citation of the text, in order; claims the spans of the codes so dates skip them, and adds
 * the spans of the dates in their tails ("ngày 15/5/2016") to `tailDates`: a cited document's date,
 * not the text's own. A citation whose tail has a day-month without its year is put in `tailDays`
 * with where that day ends, for datesOfTails.
 */
export function findCitations(ctx: Context, claims: Claims, catalog: Catalog, tailDates: Claims, tailDays?: Map<CitationEntity, number>): CitationEntity[] {
  const norm = ctx.norm;
  const out: CitationEntity[] = [];
  /** Spans to claim, as start, end, start, end, … */
  const codeSpans: number[] = [];
  let prevEnd = -1;
  let prevType: string | null = null;

  // Every type word of the text, found in one scan; codes, conference references and short forms
  // are then matched from these positions.
  const hits: TypeHit[] = [];
  const { types, typeTexts } = ctx.anchors();
  for (let k = 0; k < types.length; k++) {
    const s = types[k];
    const e = s + typeTexts[k].length;
    if (letterBefore(norm, s) || (e < norm.length && isWordCode(norm.charCodeAt(e)) && norm.charCodeAt(e) > 64)) continue;
    hits.push({ s, e, type: canonicalType(typeTexts[k]) });
  }
  let hitCursor = 0;
  /** The type of the code starting at codeStart, set by withType, which returns where the citation starts. */
  let typeOfCode: string | null = null;
  const withType = (codeStart: number): number => {
    while (hitCursor < hits.length && hits[hitCursor].e <= codeStart) hitCursor++;
    const h = hitCursor > 0 ? hits[hitCursor - 1] : null;
    if (
      h &&
      ((codeStart - h.e <= MAX_TYPE_GAP && gapMatches(NUMBER_WORD_RE, norm, h.e, codeStart)) ||
        (h.type === 'Luật' && codeStart - h.e <= MAX_LAW_NAME_GAP && isLawCode(norm, codeStart) && gapMatches(LAW_NAME_GAP_RE, norm, h.e, codeStart)))
    ) {
      typeOfCode = h.type;
      return h.s;
    }
    typeOfCode = prevEnd >= 0 && codeStart - prevEnd < 12 && gapMatches(LIST_GAP_RE, norm, prevEnd, codeStart) ? prevType : null;
    return codeStart;
  };

  /** Keeps where the day-month without a year of the tail just parsed ends, for datesOfTails. */
  const dayOfTail = (c: CitationEntity, tail: Tail) => {
    if (tail.dayEnd >= 0) tailDays?.set(c, tail.dayEnd);
  };

  const startBounded = (s: number) => s === 0 || (!isWordCode(norm.charCodeAt(s - 1)) && norm[s - 1] !== '/' && norm[s - 1] !== '-');
  const bounded = (s: number, e: number) => startBounded(s) && (e >= norm.length || (!isWordCode(norm.charCodeAt(e)) && norm[e] !== '/'));

  /** The codes of each scan, in text order, each with its match (PARTY_CODE_RE's or STATE_CODE_RE's groups). */
  const partyCodes: FoundCode[] = [];
  const stateCodes: FoundCode[] = [];
  if (norm.indexOf('/') >= 0) {
    scanBeforeSlashes(norm, PARTY_CODE_RE, PARTY_CODE_LEAD, endsPartyType, (m) => {
      const cs = m.index;
      const e = cs + m[0].length;
      // A Party code's issuer is all capitals: the words that follow a citation run into it when the
      // space between them is lost ("05-CT/TWcủa Bộ Chính trị", as copies from web pages write); any
      // other letter is part of a word that is no code ("3-D/Hollywood", "05-CT/TWBộ").
      if (!bounded(cs, e) && !(startBounded(cs) && runsIntoNextWord(norm, e))) return cs + 1;
      partyCodes.push({ cs, e, state: false, m });
      return e;
    });
    scanBeforeSlashes(norm, STATE_CODE_RE, STATE_CODE_LEAD, endsStateNumber, (m) => {
      const cs = m.index;
      const e = cs + m[0].length;
      if (!bounded(cs, e) || (!m[2] && !m[4])) return cs + 1;
      const year = m[2];
      if (year && (+year < 1945 || +year > 2100)) return e;
      stateCodes.push({ cs, e, state: true, m });
      return e;
    });
  }

  // The two lists merged by position (a Party code first where both start alike).
  for (let pi = 0, si = 0; pi < partyCodes.length || si < stateCodes.length; ) {
    const f = si >= stateCodes.length || (pi < partyCodes.length && partyCodes[pi].cs <= stateCodes[si].cs) ? partyCodes[pi++] : stateCodes[si++];
    const s = withType(f.cs);
    const type = typeOfCode;
    const tail = parseTail(ctx, f.e, tailDates);
    const m = f.m;
    const num = m[1];
    let c: CitationEntity;
    if (!f.state) {
      const typeCode = m[2];
      const issuerCode = m[3];
      const key = partyKeys.get(m[0]) ?? remember(partyKeys, m[0], partyKey(num, typeCode, issuerCode), CODE_KEYS);
      const code = ctx.original(f.cs, f.e);
      c = citation(ctx, s, f.e, key, 'party', tail, termsOf(key, issuerCode, tail.date, catalog, tail.dayMonth), [key]);
      c.code = code;
      c.typeCode = typeCode;
      c.issuerCode = issuerCode;
    } else {
      const year = m[2];
      const law = m[3];
      const key = stateKeys.get(m[0]) ??
        remember(stateKeys, m[0], law ? `${canonicalNumber(num)}/${year}/${law}` : stateKey(num, year ?? null, m[4], m[5]), CODE_KEYS);
      const code = ctx.original(f.cs, f.e);
      c = citation(ctx, s, f.e, key, 'state', tail, [], [key]);
      c.code = code;
      c.typeCode = law ? null : m[4] ?? null;
      c.issuerCode = (law ? law : m[5]) ?? null;
      c.year = year ? +year : null;
    }
    dayOfTail(c, tail);
    c.number = num;
    // No type word: an unambiguous type code says it; a State "QĐ" is a Quyết định (Quy định is Party-only).
    c.type = type ?? (c.typeCode ? TYPE_OF_CODE.get(c.typeCode) ?? (c.system === 'state' && c.typeCode === 'QĐ' ? 'Quyết định' : null) : null);
    out.push(c);
    codeSpans.push(s, f.e);
    prevEnd = f.e;
    prevType = type;
  }

  // Claims are added after each phase so that lookups between adds never re-sort them.
  const conferenceSpans: number[] = [];
  for (let k = 0; k < codeSpans.length; k += 2) claims.add(codeSpans[k], codeSpans[k + 1]);
  for (const c of findConferenceReferences(ctx, catalog, hits)) {
    if (claims.overlaps(c.s, c.e)) continue;
    const tail = parseTail(ctx, c.e, tailDates);
    const entity = citation(ctx, c.s, c.e, c.refs[0], 'conference', tail, c.terms, c.refs);
    dayOfTail(entity, tail);
    entity.type = c.type;
    entity.typeCode = c.typeCode;
    entity.issuerCode = c.issuerCode;
    entity.conference = c.conference;
    out.push(entity);
    conferenceSpans.push(c.s, c.e);
  }
  for (let k = 0; k < conferenceSpans.length; k += 2) claims.add(conferenceSpans[k], conferenceSpans[k + 1]);

  // Short forms refer to a coded citation of the same type family and number in the same text.
  // The coded citations are the first of `out`.
  const codedCount = partyCodes.length + stateCodes.length;
  /** Coded citations by number, in text order, each number keeping a few distinct documents (made when first needed). */
  let byNumber: Map<string, CitationEntity[]> | null = null;
  const shortSpans: number[] = [];
  if (codedCount) {
    for (const hit of hits) {
      // A short form is the type word, a space, maybe "số", and a number.
      const c1 = norm.charCodeAt(hit.e + 1);
      if (!((c1 >= 48 && c1 <= 57) || c1 === 115 || c1 === 32 || (c1 >= 9 && c1 <= 13))) continue;
      SHORT_FORM_RE.lastIndex = hit.e;
      const m = SHORT_FORM_RE.exec(norm);
      if (!m) continue;
      const s = hit.s;
      const e = hit.e + m[0].length;
      if (claims.overlaps(s, e)) continue;
      const type = hit.type;
      const family = familyOf(type);
      if (byNumber === null) {
        byNumber = new Map();
        for (let k = 0; k < codedCount; k++) {
          const c = out[k];
          const num = canonicalNumber(c.number ?? '');
          const list = byNumber.get(num);
          if (!list) byNumber.set(num, [c]);
          else if (list.length < 256 && list[list.length - 1].key !== c.key) list.push(c);
        }
      }
      const list = byNumber.get(canonicalNumber(m[1]));
      if (!list) continue;
      const start = ctx.toOriginal(s);
      // The nearest earlier citation of the same family, else the first later one; of those, one of
      // the issuer the short form names ("Chỉ thị 05 của Tỉnh ủy") comes first.
      const ofFamily = (c: CitationEntity) => c.type === type || (c.typeCode !== null && family !== null && upperCode(c.typeCode).startsWith(family));
      let best = nearest(list, start, ofFamily);
      if (!best) continue;
      const tail = parseTail(ctx, e, tailDates);
      if (tail.issuer !== null) {
        const issuer = normalizeForMatch(tail.issuer);
        const code = ISSUER_CODES.get(issuer.replace(BODY_TERM_RE, ''));
        best = nearest(list, start, (c) => ofFamily(c) && fromIssuer(c, issuer, code)) ?? best;
      }
      const entity = citation(ctx, s, e, best.key, best.system, tail, [...best.terms], [...best.refs]);
      dayOfTail(entity, tail);
      entity.number = m[1];
      entity.type = type;
      entity.typeCode = best.typeCode;
      entity.issuerCode = best.issuerCode;
      entity.year = best.year;
      entity.shortForm = true;
      out.push(entity);
      shortSpans.push(s, e);
    }
  }

  for (let k = 0; k < shortSpans.length; k += 2) claims.add(shortSpans[k], shortSpans[k + 1]);
  sortIfNeeded(out, byStart);
  return out;
}
