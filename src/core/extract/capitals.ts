// Text written in capitals, as Party documents and news write their titles and headings ("QUÁN TRIỆT
// NGHỊ QUYẾT SỐ 39-NQ/TW NGÀY 15/10/2019 CỦA BỘ CHÍNH TRỊ", "SƠ KẾT … NGHỊ QUYẾT TRUNG ƯƠNG 4 KHÓA
// XII"), read as sentence case writes it, for the patterns of citations, dates and terms, which are
// written for sentence case. The reading is a copy of the normalised text that differs from it only
// in the case of the letters of such runs: Vietnamese letters (NFC, as the normalised text has them)
// keep their UTF-16 length when their case changes, so the copy's offsets are the normalised text's
// and map back to the original alike, and the words are the same words. Bodies read such a copy too,
// of every run in capitals, so that a body ends where sentence case ends it; people and abbreviations
// are still read from the text as written: a word in capitals names no one.
import { ABBREVIATION_TABLE } from './bodyAbbreviations';
import { Context, readingOf } from './context';
import { TYPE_WORDS } from './citations';
import { BARE_HEADS_NOT_BODIES, NAMING_HEADS, ORG_HEADS } from './bodies';
import {
  BODY_COMPOUNDS, CAPITALISED_COMPOUNDS, CAPITALS_HEAD_ENDINGS, CAPITALS_NAME_HEADS, CAPITALS_SPELLINGS, Lex, NOT_BODY_NAMES, PLACES, STANDALONE_WORD_COMPOUNDS,
} from './lexicon';
import { VERBS, joined } from './phrase';
import { PhraseSet, Shape, Words, recasedWords } from './tokens';
import { keepShape } from '../keptShapes';

/** Sentence-case spellings by their lower case: the lexicon's, the places' and the document types'. */
const SPELLINGS = new Map<string, string>();
const titleCase = (p: string) => p.replace(/(^| )(\S)/gu, (_, sp: string, c: string) => sp + c.toUpperCase());
for (const p of PLACES) SPELLINGS.set(p, titleCase(p));
// Type words in lower case: after a body they are its verb ("BAN THƯỜNG VỤ TỈNH ỦY QUYẾT ĐỊNH:"), which
// sentence case writes so; the patterns read a type word in either case.
for (const t of TYPE_WORDS.keys()) SPELLINGS.set(t, t);
for (const s of CAPITALS_SPELLINGS) SPELLINGS.set(s.toLowerCase(), s);
const capitalised = (w: string) => w[0].toUpperCase() + w.slice(1);

/**
 * Heads whose body a field of its name follows ("Sở Giáo dục và Đào tạo", "Ngân hàng Chính sách xã
 * hội", "Liên đoàn Lao động"): the bodies' heads that name a body only with the name after them.
 */
const FIELD_HEADS = new Set([...NAMING_HEADS, ...BARE_HEADS_NOT_BODIES]);
/** The fields of a body's name: the body lexicon's compounds that are no head ("giáo dục", "nội vụ", "quân sự", "lý luận"). */
const FIELDS = new Set([...BODY_COMPOUNDS, ...CAPITALISED_COMPOUNDS].filter((c) => !ORG_HEADS.has(c)));
const FIELD_SET = new PhraseSet(FIELDS);
/** Fields that are verbs in lower case ("tổ chức", "chỉ đạo"): after a committee's name they are its verb ("TỈNH ỦY TỔ CHỨC …"). */
/** A head's last word and the next that make another word ("bộ máy", "sở hữu", "tỉnh đoàn kết", "trường hợp"). */
const NOT_HEADED = new PhraseSet(new Set([...NOT_BODY_NAMES, ...STANDALONE_WORD_COMPOUNDS]));
const HEAD_ENDINGS = new PhraseSet(CAPITALS_HEAD_ENDINGS);

/** A spelling's words, the shape each gives its word, and what it is. */
interface Spelled {
  words: string[];
  shapes: Shape[];
  /** A name may follow it (CAPITALS_NAME_HEADS: "HUYỆN ỦY QUỲNH NHAI"). */
  head: boolean;
  /** A body's head (ORG_HEADS): a field of its name may follow it ("Đảng ủy Quân sự"). */
  body: boolean;
  /** A head whose name is a field (FIELD_HEADS): the field may be a verb's compound too ("Sở Xây dựng", "Ban Tổ chức"). */
  field: boolean;
  /** It ends in a field, which "và" or a dash continues ("Ban Tuyên giáo và Dân vận", "Bộ Lao động - Thương binh và Xã hội"). */
  endsInField: boolean;
  /**
   * A head of one syllable or a naming head, which other words begin or end too ("cơ sở", "bộ máy",
   * "thị trường", "trung tâm"): written as a head only where it begins a body (see beginsBody).
   */
  loose: boolean;
}
const SPELLED = new Map<string, Spelled>();
/** The spelling v of k; `own`: the lexicon's own, not a head's spelling made here. */
function spelled(k: string, v: string, own: boolean): Spelled {
  const ws = v.split(' ');
  const last = ws.length - 1;
  return {
    words: ws,
    shapes: ws.map((w) => (w === w.toLowerCase() ? Shape.Lower : Shape.Cap)),
    // A province's name is a place the lexicon spells ("TỈNH ỦY NAM ĐỊNH"): no unknown word after "TỈNH", "TỈNH ỦY" ("TỈNH ỦY CHỦ TRÌ, …").
    head: CAPITALS_NAME_HEADS.has(k) && !k.startsWith('tỉnh'),
    body: ORG_HEADS.has(k),
    field: FIELD_HEADS.has(k),
    endsInField: last > 0 && ws[last - 1] !== ws[last - 1].toLowerCase() && FIELDS.has(k.split(' ').slice(-2).join(' ')),
    loose: FIELD_HEADS.has(k) && (ws.length === 1 || (NAMING_HEADS.has(k) && !own)),
  };
}
for (const [k, v] of SPELLINGS) SPELLED.set(k, spelled(k, v, true));
const AND = SPELLED.get('và');
const OF = SPELLED.get('của');
/** A proper part of a name inside a head, as the lexicon spells it ("Nhà nước" of "Kiểm toán Nhà nước"). */
const PROPER_PARTS = [...SPELLINGS.values()].filter((v) => v.includes(' ') && v[0] !== v[0].toLowerCase());
/**
 * A body's head as official names write it: its first syllable capitalised, a proper part as spelled,
 * the rest in lower case ("Tỉnh đoàn", "Liên đoàn", "Kiểm toán Nhà nước", "Bảo hiểm xã hội").
 */
function headSpelling(head: string): string {
  let out = ' ' + capitalised(head) + ' ';
  for (const part of PROPER_PARTS) out = out.replace(' ' + part.toLowerCase() + ' ', ' ' + part + ' ');
  return out.trim();
}
/** The bodies' heads that the lexicon does not spell, abbreviations ("UBND", "BAN TVTU") aside: they are kept as written. */
const HEADS = new Map<string, Spelled>();
for (const h of ORG_HEADS) {
  if (SPELLINGS.has(h) || h.split(' ').some((w) => ABBREVIATION_TABLE.has(w.toUpperCase()) || !/[aeiouyà-ỹ]/u.test(w))) continue;
  HEADS.set(h, spelled(h, headSpelling(h), false));
}
for (const [k, v] of SPELLED) if (v.loose) HEADS.set(k, v);
const prefixes = (keys: Iterable<string>) => new Set([...keys].flatMap((k) => {
  const ws = k.split(' ');
  return ws.slice(1).map((_, n) => ws.slice(0, n + 1).join(' '));
}));
const HEAD_SET = new PhraseSet(new Set(HEADS.keys()));
const HEAD_PREFIXES = new PhraseSet(prefixes(HEADS.keys()));
const MAX_SPELLING_WORDS = Math.max(...[...SPELLINGS.keys(), ...HEADS.keys()].map((k) => k.split(' ').length));
/** The spellings, and every proper word-prefix of one ("ban chấp" of "ban chấp hành"), looked up from the words. */
const SPELLING_SET = new PhraseSet(new Set(SPELLINGS.keys()));
const SPELLING_PREFIXES = new PhraseSet(prefixes(SPELLINGS.keys()));
/** Words that the patterns read, besides the type words: a run without one (a body's name, a motto) is left as written. */
const PATTERN_WORDS = new PhraseSet(new Set(['ngày', 'tháng', 'năm', 'khóa', 'lần', 'nhiệm', 'của', 'về']));
const ROMAN_RE = /^[IVXLC]+$/;
const isDigit = (c: number) => c >= 48 && c <= 57;

/** Does word i start the patterns' reading: a type word's first syllable or one of PATTERN_WORDS? */
function patternWord(words: Words, i: number): boolean {
  return (words.flags(i) & Lex.TypeFirst) !== 0 || words.phraseIn(PATTERN_WORDS, i, 1);
}

/**
 * Is word i, in capitals, kept as written: a Roman numeral ("KHÓA XII"), an abbreviation ("UBND"), a
 * word without a vowel ("HĐND") or a part of a code ("39-NQ/TW", "QĐ-UBND", "TW4")? Only other words
 * read in sentence case.
 */
function keptAsWritten(norm: string, words: Words, i: number): boolean {
  const s = words.starts[i];
  const e = words.ends[i];
  const before = s > 0 ? norm.charCodeAt(s - 1) : 32;
  const after = e < norm.length ? norm.charCodeAt(e) : 32;
  if (before === 47 || before === 45 || isDigit(before) || after === 47 || after === 45) return true;
  const w = norm.slice(s, e);
  if (ROMAN_RE.test(w) || ABBREVIATION_TABLE.has(w)) return true;
  // Every letter with a mark is a vowel, but Đ.
  return !/[AEIOUY\u00c0-\u010f\u0112-\u1ef9]/u.test(w);
}

/** May word i belong to a run in capitals: all capitals, a single capital letter, or a number? */
function inRun(words: Words, i: number): boolean {
  const shape = words.shapes[i];
  return shape === Shape.Upper || shape === Shape.Other || (shape === Shape.Cap && words.ends[i] - words.starts[i] === 1);
}

/** The readings of a text's capitals: for the patterns of citations, dates and terms, and for bodies. */
export interface Readings {
  patterns: Context;
  bodies: Context;
}

/** A reading being built: the text's parts up to `from` and the words' shapes. */
class Reading {
  parts: string[] = [];
  from = 0;
  constructor(readonly shapes: Uint8Array) {}

  add(norm: string, s: number, e: number, text: string): void {
    this.parts.push(norm.slice(this.from, s), text);
    this.from = e;
  }

  /** The context that reads ctx's text with these parts, or ctx itself when there are none. */
  of(ctx: Context): Context {
    const { norm, words } = ctx;
    if (!this.parts.length) return ctx;
    const text = this.parts.join('') + norm.slice(this.from);
    if (text.length !== norm.length) return ctx;
    return readingOf(ctx, text, recasedWords(words, this.shapes), (s, e) => {
      const read = text.slice(s, e);
      return read === norm.slice(s, e) ? ctx.original(s, e) : read;
    });
  }
}

keepShape(new Reading(new Uint8Array(0)));

/**
 * The readings of ctx with its runs of words in capitals in sentence case, or ctx itself where no run is
 * read. A run has two words or more in capitals that are not kept as written (keptAsWritten), or one
 * followed by a word kept as written. The patterns read the runs with a word that a pattern starts at
 * ("NGÀY", "KHÓA", a type word, "CỦA", "VỀ"); bodies read every run of two words in capitals or more,
 * so that a body ends where sentence case ends it ("TỈNH ỦY NAM ĐỊNH TỔ CHỨC …", "BAN THƯỜNG VỤ TỈNH
 * ỦY HỌP") and a syllable of another word begins none ("CƠ SỞ ĐẢNG", "TINH GỌN BỘ MÁY").
 */
export function readingsOfCapitals(ctx: Context): Readings {
  const { norm, words } = ctx;
  let patterns: Reading | null = null;
  let bodies: Reading | null = null;
  // Read once: the loop passes over every word that is not lower case, in every text.
  const { notLower: list, notLowerCount: count, shapes } = words;
  for (let c = 0; c < count; ) {
    const first = list[c];
    // A run has two words at least: a word in capitals alone (most are abbreviations, "UBND Tỉnh …")
    // needs no look.
    if (shapes[first] !== Shape.Upper || c + 1 >= count || list[c + 1] !== first + 1 || !inRun(words, first + 1)) {
      c++;
      continue;
    }
    // The run: the words that follow one another in notLower and may belong to it.
    let last = first;
    let capitals = 0;
    let read = false;
    const kept: boolean[] = [];
    while (c < count && list[c] === last + (kept.length ? 1 : 0) && inRun(words, list[c])) {
      last = list[c++];
      const keep = shapes[last] === Shape.Other || keptAsWritten(norm, words, last);
      kept.push(keep);
      if (!keep && shapes[last] === Shape.Upper) capitals++;
      if (!keep && !read) read = patternWord(words, last);
    }
    // One word in capitals is read when a pattern starts at it and a numeral or number follows ("KHÓA
    // XIII", "THÁNG 10/2021", "NGÀY 20 - 21/7/2023"): an abbreviation alone is not.
    const byPatterns = read && (capitals >= 2 || (capitals === 1 && !kept[0] && kept.length > 1 && kept[1]));
    if (!byPatterns && capitals < 2) continue;
    bodies ??= new Reading(words.shapes.slice());
    const s = words.starts[first];
    const e = words.ends[last];
    const text = recased(norm, words, first, kept, bodies.shapes);
    bodies.add(norm, s, e, text);
    if (!byPatterns) continue;
    patterns ??= new Reading(words.shapes.slice());
    patterns.shapes.set(bodies.shapes.subarray(first, last + 1), first);
    patterns.add(norm, s, e, text);
  }
  return { patterns: patterns ? patterns.of(ctx) : ctx, bodies: bodies ? bodies.of(ctx) : ctx };
}

/** The fewest and the most words of a name after a head ("QUỲNH NHAI"): one word is a verb ("TỈNH ỦY HỌP"), a longer run of unknown words no name ("TRỞ THÀNH VIỆC LÀM …"). */
const MIN_NAME_WORDS = 2;
const MAX_NAME_WORDS = 3;

/**
 * How many unknown words from word i on make a name after a head: those up to the end of the run, a
 * mark or a word a pattern starts at ("HUYỆN ỦY QUỲNH NHAI VỀ …", "… QUỲNH NHAI, NGÀY …"), two or
 * three; 0 when they run on into other words ("TỈNH ỦY GẮN VỚI …", "UBND TỈNH PHÁT BIỂU KẾT LUẬN"),
 * as verbs do.
 */
function nameLength(norm: string, words: Words, i: number, end: number, kept: boolean[], first: number): number {
  for (let k = 1; k <= MAX_NAME_WORDS; k++) {
    const next = i + k;
    if (next >= end || kept[next - first] || !joined(norm, words, next) || words.phraseIn(PATTERN_WORDS, next, 1)) return k >= MIN_NAME_WORDS ? k : 0;
    if (words.phraseIn(SPELLING_SET, next, 1) || words.flags(next) & Lex.TypeFirst) return 0;
  }
  return 0;
}

/** The number of words of the longest phrase of `set` from word i over words that are all read (grown while it begins one), 0 if none. */
function longest(words: Words, set: PhraseSet, prefixSet: PhraseSet, i: number, end: number, kept: boolean[], first: number): number {
  let n = 0;
  for (let len = 1; len <= MAX_SPELLING_WORDS && i + len <= end && !kept[i + len - 1 - first]; len++) {
    const bits = words.phraseBits(set, prefixSet, i, len);
    if (bits & 1) n = len;
    if (!(bits & 2)) break;
  }
  return n;
}

function phraseAt(words: Words, i: number, n: number): string {
  let phrase = words.lower(i);
  for (let k = 1; k < n; k++) phrase += ' ' + words.lower(i + k);
  return phrase;
}

/** Where the words of a run are, and which of them are kept as written. */
interface Run {
  norm: string;
  words: Words;
  first: number;
  end: number;
  kept: boolean[];
}

/** Is word j, in the run, joined to the word before by one space and read? */
const readOn = (r: Run, j: number) => j < r.end && !r.kept[j - r.first] && joined(r.norm, r.words, j);

/** Is word i the last syllable of a word that ends in a head's syllable ("CÁN BỘ", "CƠ SỞ", "MÔI TRƯỜNG")? */
const endsWord = (r: Run, i: number) => i > r.first && !r.kept[i - 1 - r.first] && joined(r.norm, r.words, i) && r.words.phraseIn(HEAD_ENDINGS, i - 1, 2);

/**
 * Does the loose head `spelled` of n words at word i begin a body? Right after "CỦA" it does (the
 * issuer); elsewhere when it is no syllable of another word ("CÁN BỘ", "CƠ SỞ", "MÔI TRƯỜNG") and its
 * name follows: a field ("SỞ NỘI VỤ"), a name ("ĐẢNG BỘ QUỲNH NHAI"), an abbreviation ("SỞ GDĐT") or a
 * proper part ("NGÂN HÀNG NHÀ NƯỚC").
 */
function beginsBody(r: Run, i: number, n: number, spelled: Spelled, afterOf: boolean): boolean {
  if (afterOf) return true;
  const j = i + n;
  if (endsWord(r, i) || j >= r.end || !joined(r.norm, r.words, j)) return false;
  if (r.kept[j - r.first]) return true;
  if (r.words.phraseIn(FIELD_SET, j, 2) && readOn(r, j + 1)) return true;
  if (spelled.head && nameLength(r.norm, r.words, j, r.end, r.kept, r.first) > 0) return true;
  const m = longest(r.words, SPELLING_SET, SPELLING_PREFIXES, j, r.end, r.kept, r.first);
  return m > 1 && SPELLED.get(phraseAt(r.words, j, m))!.shapes[0] === Shape.Cap;
}

/**
 * The run of words first … first + kept.length - 1 in sentence case (what lies between its words as
 * written), each word's new shape set in `shapes`. Each word reads as the longest spelling of the
 * lexicon that starts at it ("BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG", "LẦN THỨ"), a place, or a word that
 * continues a body's name ("CÁC CƠ QUAN TỈNH") in lower case; a body's head that the lexicon does not
 * spell as official names write it ("TỈNH ĐOÀN", "LIÊN ĐOÀN", "KIỂM TOÁN NHÀ NƯỚC"), where it begins a
 * body (beginsBody), and the field of its name after it with its first syllable capitalised ("SỞ GIÁO
 * DỤC VÀ ĐÀO TẠO", "ĐẢNG ỦY QUÂN SỰ TỈNH"); other words are a name after a head that a name follows
 * ("HUYỆN ỦY QUỲNH NHAI"), capitalised as the first word of a heading or line ("QUỲNH NHAI, NGÀY …"),
 * else in lower case.
 */
function recased(norm: string, words: Words, first: number, kept: boolean[], shapes: Uint8Array): string {
  const out: string[] = [];
  const end = first + kept.length;
  const r: Run = { norm, words, first, end, kept };
  let afterHead = false;
  /** Words of a name still to capitalise. */
  let name = 0;
  /** The body's head just written (a field may follow it), whether a field ended there, whether "của" did. */
  let before: Spelled | null = null;
  let afterField = false;
  let afterOf = false;
  const write = (i: number, w: string, shape: Shape) => {
    out.push(w);
    shapes[i] = shape;
  };
  for (let i = first; i < end; ) {
    const gap = i > first ? norm.slice(words.ends[i - 1], words.starts[i]) : '\n';
    if (i > first) out.push(gap);
    // A mark ends a body's name (a dash only inside a field's).
    if (gap !== ' ' && gap !== ' - ') {
      before = null;
      afterField = false;
    }
    if (kept[i - first]) {
      out.push(norm.slice(words.starts[i], words.ends[i]));
      afterHead = afterField = afterOf = false;
      before = null;
      name = 0;
      i++;
      continue;
    }
    // The field of a body's name after its head, or after "và" or a dash that goes on with a field.
    const goesOn = afterField && (gap === ' - ' || words.lowerIs(i - 1, 'và'));
    const fieldNext = (before !== null && before.body) || goesOn;
    let n = name === 0 ? longest(words, SPELLING_SET, SPELLING_PREFIXES, i, end, kept, first) : 0;
    if (name === 0 && fieldNext && n < 2 && words.phraseIn(FIELD_SET, i, 2) && readOn(r, i + 1)) {
      // A committee's name has no verb in it ("TỈNH ỦY TỔ CHỨC …"), nor a place's unit ("ĐẢNG BỘ XÃ …").
      if (before?.field || goesOn || (n === 0 && !words.phraseIn(VERBS, i, 2))) {
        write(i, capitalised(words.lower(i)), Shape.Cap);
        out.push(norm.slice(words.ends[i], words.starts[i + 1]));
        write(i + 1, words.lower(i + 1), Shape.Lower);
        afterHead = afterOf = false;
        before = null;
        afterField = true;
        i += 2;
        continue;
      }
    }
    let spelling = n > 0 ? SPELLED.get(phraseAt(words, i, n))! : null;
    // Nor does a body's name that begins with the last syllable of another word ("CÁN BỘ CÔNG AN", "MÔI TRƯỜNG CHÍNH TRỊ").
    if (n > 1 && endsWord(r, i)) {
      spelling = null;
      n = 0;
    }
    const h = name === 0 ? longest(words, HEAD_SET, HEAD_PREFIXES, i, end, kept, first) : 0;
    if (h > 0 && h >= n) {
      // A head begins a body unless it makes another word with the next ("BỘ MÁY", "TỈNH ĐOÀN KẾT") or,
      // loose, beginsBody says no: a loose head that the lexicon spells ("SỞ", "BỘ") is then a word in lower case.
      const head = HEADS.get(phraseAt(words, i, h))!;
      if (!words.phraseIn(NOT_HEADED, i + h - 1, 2) && (!head.loose || beginsBody(r, i, h, head, afterOf))) {
        spelling = head;
        n = h;
      } else if (h === n) {
        spelling = null;
        n = 0;
      }
    }
    if (spelling) {
      for (let k = 0; k < n; k++) {
        if (k > 0) out.push(norm.slice(words.ends[i + k - 1], words.starts[i + k]));
        write(i + k, spelling.words[k], spelling.shapes[k]);
      }
      afterHead = spelling.head;
      afterField = spelling.endsInField || (afterField && spelling === AND);
      afterOf = spelling === OF;
      before = spelling.body ? spelling : null;
      i += n;
      continue;
    }
    const lower = words.lower(i);
    if (name === 0 && afterHead && !(words.flags(i) & Lex.BodyWord)) name = nameLength(norm, words, i, end, kept, first);
    const cap = name > 0 || gap.includes('\n');
    write(i, cap ? capitalised(lower) : lower, cap ? Shape.Cap : Shape.Lower);
    if (name > 0) name--;
    afterHead = afterField = afterOf = false;
    before = null;
    i++;
  }
  return out.join('');
}
