// Text written in capitals, as Party documents and news write their titles and headings ("QUÁN TRIỆT
// NGHỊ QUYẾT SỐ 39-NQ/TW NGÀY 15/10/2019 CỦA BỘ CHÍNH TRỊ", "SƠ KẾT … NGHỊ QUYẾT TRUNG ƯƠNG 4 KHÓA
// XII"), read as sentence case writes it, for the patterns of citations, dates and terms, which are
// written for sentence case. The reading is a copy of the normalised text that differs from it only
// in the case of the letters of such runs: Vietnamese letters (NFC, as the normalised text has them)
// keep their UTF-16 length when their case changes, so the copy's offsets are the normalised text's
// and map back to the original alike, and the words are the same words. People, bodies and
// abbreviations are still read from the text as written: a word in capitals names no one.
import abbreviations from './abbreviations.json';
import { Context } from './context';
import { TYPE_WORDS } from './citations';
import { CAPITALS_NAME_HEADS, CAPITALS_SPELLINGS, Lex, PLACES } from './lexicon';
import { Anchors, findAnchors } from './scan';
import { joined } from './phrase';
import { PhraseSet, Shape, Words, recasedWords } from './tokens';

/** Sentence-case spellings by their lower case: the lexicon's, the places' and the document types'. */
const SPELLINGS = new Map<string, string>();
const titleCase = (p: string) => p.replace(/(^| )(\S)/gu, (_, sp: string, c: string) => sp + c.toUpperCase());
for (const p of PLACES) SPELLINGS.set(p, titleCase(p));
// Type words in lower case: after a body they are its verb ("BAN THƯỜNG VỤ TỈNH ỦY QUYẾT ĐỊNH:"), which
// sentence case writes so; the patterns read a type word in either case.
for (const t of TYPE_WORDS.keys()) SPELLINGS.set(t, t);
for (const s of CAPITALS_SPELLINGS) SPELLINGS.set(s.toLowerCase(), s);
/** A spelling's words, the shape each gives its word, and whether a name may follow it (CAPITALS_NAME_HEADS). */
interface Spelled {
  words: string[];
  shapes: Shape[];
  head: boolean;
}
const SPELLED = new Map<string, Spelled>();
for (const [k, v] of SPELLINGS) {
  const ws = v.split(' ');
  SPELLED.set(k, { words: ws, shapes: ws.map((w) => (w === w.toLowerCase() ? Shape.Lower : Shape.Cap)), head: CAPITALS_NAME_HEADS.has(k) });
}
const MAX_SPELLING_WORDS = Math.max(...[...SPELLINGS.keys()].map((k) => k.split(' ').length));
/** The spellings, and every proper word-prefix of one ("ban chấp" of "ban chấp hành"), looked up from the words. */
const SPELLING_SET = new PhraseSet(new Set(SPELLINGS.keys()));
const SPELLING_PREFIXES = new PhraseSet(new Set([...SPELLINGS.keys()].flatMap((k) => {
  const ws = k.split(' ');
  return ws.slice(1).map((_, n) => ws.slice(0, n + 1).join(' '));
})));

const ABBREVIATIONS = new Set(Object.keys(abbreviations));
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
  if (ROMAN_RE.test(w) || ABBREVIATIONS.has(w)) return true;
  // Every letter with a mark is a vowel, but Đ.
  return !/[AEIOUY\u00c0-\u010f\u0112-\u1ef9]/u.test(w);
}

/** May word i belong to a run in capitals: all capitals, a single capital letter, or a number? */
function inRun(words: Words, i: number): boolean {
  const shape = words.shapes[i];
  return shape === Shape.Upper || shape === Shape.Other || (shape === Shape.Cap && words.ends[i] - words.starts[i] === 1);
}

/**
 * The reading of ctx with its runs of words in capitals in sentence case, or ctx itself when it has no
 * run that the patterns read. A run has two words or more in capitals that are not kept as written
 * (keptAsWritten), or one followed by a word kept as written, and one that a pattern starts at ("NGÀY",
 * "KHÓA", a type word, "CỦA", "VỀ").
 */
export function readingOfCapitals(ctx: Context): Context {
  const { norm, words } = ctx;
  let parts: string[] | null = null;
  let shapes: Uint8Array | null = null;
  let from = 0;
  const list = words.notLower;
  for (let c = 0; c < words.notLowerCount; ) {
    const first = list[c];
    // A run has two words at least: a word in capitals alone (most are abbreviations) needs no look.
    if (words.shapes[first] !== Shape.Upper || c + 1 >= words.notLowerCount || list[c + 1] !== first + 1) {
      c++;
      continue;
    }
    // The run: the words that follow one another in notLower and may belong to it.
    let last = first;
    let capitals = 0;
    let read = false;
    const kept: boolean[] = [];
    while (c < words.notLowerCount && list[c] === last + (kept.length ? 1 : 0) && inRun(words, list[c])) {
      last = list[c++];
      const keep = words.shapes[last] === Shape.Other || keptAsWritten(norm, words, last);
      kept.push(keep);
      if (!keep && words.shapes[last] === Shape.Upper) capitals++;
      if (!keep && !read) read = patternWord(words, last);
    }
    // One word in capitals is read when a pattern starts at it and a numeral or number follows ("KHÓA
    // XIII", "THÁNG 10/2021", "NGÀY 20 - 21/7/2023"): an abbreviation alone is not.
    if (!read || (capitals < 2 && !(capitals === 1 && !kept[0] && kept.length > 1 && kept[1]))) continue;
    const s = words.starts[first];
    shapes ??= words.shapes.slice();
    (parts ??= []).push(norm.slice(from, s), recased(norm, words, first, kept, shapes));
    from = words.ends[last];
  }
  if (!parts || !shapes) return ctx;
  parts.push(norm.slice(from));
  const text = parts.join('');
  if (text.length !== norm.length) return ctx;
  let anchors: Anchors | null = null;
  return {
    ...ctx,
    norm: text,
    written: norm,
    words: recasedWords(words, shapes),
    anchors: () => (anchors ??= findAnchors(text)),
    name(s: number, e: number): string {
      const read = text.slice(s, e);
      return read === norm.slice(s, e) ? ctx.original(s, e) : read;
    },
  };
}

/** The most words of a name after a head ("QUỲNH NHAI"): a longer run of unknown words is no name ("TRỞ THÀNH VIỆC LÀM …"). */
const MAX_NAME_WORDS = 3;

/**
 * How many unknown words from word i on make a name after a head: those up to the end of the run, a
 * mark or a word a pattern starts at ("HUYỆN ỦY QUỲNH NHAI VỀ …", "… QUỲNH NHAI, NGÀY …"), at most
 * MAX_NAME_WORDS; 0 when they run on into other words ("TỈNH ỦY GẮN VỚI …", "UBND TỈNH PHÁT BIỂU KẾT
 * LUẬN"), as verbs do.
 */
function nameLength(norm: string, words: Words, i: number, end: number, kept: boolean[], first: number): number {
  for (let k = 1; k <= MAX_NAME_WORDS; k++) {
    const next = i + k;
    if (next >= end || kept[next - first] || !joined(norm, words, next) || words.phraseIn(PATTERN_WORDS, next, 1)) return k;
    if (words.phraseIn(SPELLING_SET, next, 1) || words.flags(next) & Lex.TypeFirst) return 0;
  }
  return 0;
}

/**
 * The run of words first … first + kept.length - 1 in sentence case (what lies between its words as
 * written), each word's new shape set in `shapes`. Each word reads as the longest spelling of the
 * lexicon that starts at it ("BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG", "LẦN THỨ"), a place, or a word that
 * continues a body's name ("CÁC CƠ QUAN TỈNH") in lower case; other words are a name after a head that
 * a name follows ("HUYỆN ỦY QUỲNH NHAI"), capitalised as the first word of a heading or line ("QUỲNH NHAI,
 * NGÀY …"), else in lower case.
 */
function recased(norm: string, words: Words, first: number, kept: boolean[], shapes: Uint8Array): string {
  const out: string[] = [];
  const end = first + kept.length;
  let afterHead = false;
  /** Words of a name still to capitalise. */
  let name = 0;
  for (let i = first; i < end; ) {
    const gap = i > first ? norm.slice(words.ends[i - 1], words.starts[i]) : '\n';
    if (i > first) out.push(gap);
    if (kept[i - first]) {
      out.push(norm.slice(words.starts[i], words.ends[i]));
      afterHead = false;
      name = 0;
      i++;
      continue;
    }
    // The longest spelling over words that are all read, grown while it begins some spelling.
    let n = 0;
    for (let len = 1; name === 0 && len <= MAX_SPELLING_WORDS && i + len <= end && !kept[i + len - 1 - first]; len++) {
      const bits = words.phraseBits(SPELLING_SET, SPELLING_PREFIXES, i, len);
      if (bits & 1) n = len;
      if (!(bits & 2)) break;
    }
    if (n > 0) {
      let phrase = words.lower(i);
      for (let k = 1; k < n; k++) phrase += ' ' + words.lower(i + k);
      const spelled = SPELLED.get(phrase)!;
      for (let k = 0; k < n; k++) {
        if (k > 0) out.push(norm.slice(words.ends[i + k - 1], words.starts[i + k]));
        out.push(spelled.words[k]);
        shapes[i + k] = spelled.shapes[k];
      }
      afterHead = spelled.head;
      i += n;
      continue;
    }
    const lower = words.lower(i);
    if (name === 0 && afterHead && !(words.flags(i) & Lex.BodyWord)) name = nameLength(norm, words, i, end, kept, first);
    const capitalised = name > 0 || gap.includes('\n');
    out.push(capitalised ? lower[0].toUpperCase() + lower.slice(1) : lower);
    shapes[i] = capitalised ? Shape.Cap : Shape.Lower;
    if (name > 0) name--;
    afterHead = false;
    i++;
  }
  return out.join('');
}
