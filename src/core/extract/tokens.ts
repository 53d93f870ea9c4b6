// Words of a normalised text, found in one pass and kept in typed arrays (no object per word), with
// the letter-case shape each extractor asks about: a capitalised syllable, an all-capitals
// abbreviation, a lower-case word.
import { WORD_FLAGS, wordFlagsVersion } from './lexicon';
import { NORM_FLAGS, OLD_TONE_PAIRS, fixedChar, plainEditAt } from '../text/normalize';
import { keepShape } from '../keptShapes';

const LETTER = 1;
const UPPER = 2;
const LOWER = 4;
const DIGIT = 8;
const TABLE_SIZE = 0x3000;
const CLASS = new Uint8Array(TABLE_SIZE);
(() => {
  const letter = /[\p{L}\p{M}]/u;
  for (let c = 0; c < TABLE_SIZE; c++) {
    if (c >= 0x30 && c <= 0x39) {
      CLASS[c] = DIGIT;
      continue;
    }
    const ch = String.fromCharCode(c);
    if (!letter.test(ch)) continue;
    let f = LETTER;
    const lo = ch.toLowerCase();
    const up = ch.toUpperCase();
    if (lo !== ch) f |= UPPER;
    else if (up !== ch) f |= LOWER;
    CLASS[c] = f;
  }
})();

/** The lower case of each unit below TABLE_SIZE when it is one unit, free of context (not final sigma); else 0. */
const LOWER_CODE = new Uint16Array(TABLE_SIZE);
for (let c = 0; c < TABLE_SIZE; c++) {
  const lo = String.fromCharCode(c).toLowerCase();
  if (lo.length === 1 && c !== 0x3a3) LOWER_CODE[c] = lo.charCodeAt(0);
}

/**
 * WORD_FLAGS as an open-addressing table hashed on code units, so that a word of the text is looked
 * up from its characters, lower-cased one by one, without making a string of it.
 */
let flagKeys: string[] = [];
let flagValues = new Int32Array(0);
let flagMask = 0;
let flagTableVersion = -1;

function hashLower(text: string, s: number, e: number): number {
  let h = 0;
  for (let q = s; q < e; q++) {
    const c = text.charCodeAt(q);
    const lc = c < TABLE_SIZE ? LOWER_CODE[c] : 0;
    if (lc === 0) return -1;
    h = (Math.imul(h, 31) + lc) | 0;
  }
  return h & 0x7fffffff;
}

function buildFlagTable(): void {
  let size = 64;
  while (size < WORD_FLAGS.size * 4) size *= 2;
  flagKeys = new Array(size);
  flagValues = new Int32Array(size);
  flagMask = size - 1;
  for (const [w, f] of WORD_FLAGS) {
    const h = hashLower(w, 0, w.length);
    // Entries with a space never equal a word; those with a character outside the table are found
    // by the string path (Words.flags, for such words).
    if (h < 0 || w.includes(' ')) continue;
    let slot = h & flagMask;
    while (flagKeys[slot] !== undefined) slot = (slot + 1) & flagMask;
    flagKeys[slot] = w;
    flagValues[slot] = f;
  }
  flagTableVersion = wordFlagsVersion();
}

/** The flags of the word text[s, e), lower-cased, given its hashLower `h` (a word the string path need not decide). */
function flagsOfHashed(h: number, text: string, s: number, e: number): number {
  if (flagTableVersion !== wordFlagsVersion()) buildFlagTable();
  const n = e - s;
  for (let slot = h & flagMask; ; slot = (slot + 1) & flagMask) {
    const key = flagKeys[slot];
    if (key === undefined) return 0;
    if (key.length !== n) continue;
    let q = 0;
    while (q < n && key.charCodeAt(q) === LOWER_CODE[text.charCodeAt(s + q)]) q++;
    if (q === n) return flagValues[slot];
  }
}

/**
 * 31 to the power of n, modulo 2^32: a phrase's hash (h = 31 h + unit over its lower-cased units and
 * spaces, as hashLower and PhraseSet hash) is made from its words' hashes, a word of n units shifting
 * the hash before it by 31^n (see Words.lowerHash).
 */
const POW31 = new Int32Array(64);
POW31[0] = 1;
for (let n = 1; n < POW31.length; n++) POW31[n] = Math.imul(POW31[n - 1], 31);
function pow31(n: number): number {
  if (n < POW31.length) return POW31[n];
  let p = POW31[POW31.length - 1];
  for (let k = POW31.length - 1; k < n; k++) p = Math.imul(p, 31);
  return p;
}

/**
 * A fixed set of lower-case phrases ("bí thư", "hội đồng nhân dân") looked up from words of a text:
 * the words are lower-cased and hashed unit by unit with one space between them, so no string is made
 * (Words.phraseIn). Hashes the phrases' own units, so only lower-case entries can ever match.
 */
export class PhraseSet {
  private readonly keys: Array<string | undefined>;
  private readonly mask: number;
  /**
   * The low ten bits of the hashes of the phrases' first words, as a set of 1,024 bits: most words
   * asked about begin no phrase of the set, which one bit tells (see mayStartWith).
   */
  private readonly firstWords = new Int32Array(32);
  constructor(readonly phrases: ReadonlySet<string>) {
    let size = 16;
    while (size < phrases.size * 4) size *= 2;
    this.keys = new Array(size);
    this.mask = size - 1;
    for (const p of phrases) {
      // The phrase's hash, and on the way the first word's (the hash before the first space).
      let h = 0;
      let first: number | null = null;
      for (let q = 0; q < p.length; q++) {
        if (first === null && p.charCodeAt(q) === 32) first = h;
        h = (Math.imul(h, 31) + p.charCodeAt(q)) | 0;
      }
      const f = first ?? h;
      this.firstWords[(f >>> 5) & 31] |= 1 << (f & 31);
      let slot = h & 0x7fffffff & this.mask;
      while (this.keys[slot] !== undefined) slot = (slot + 1) & this.mask;
      this.keys[slot] = p;
    }
  }

  /**
   * False when no phrase of the set begins with a word of this hash (hashLower of a word that
   * lower-cases unit by unit); true when one may.
   */
  mayStartWith(h: number): boolean {
    return (this.firstWords[(h >>> 5) & 31] & (1 << (h & 31))) !== 0;
  }

  /**
   * Are words i … i+n-1 of the text (lower-cased, joined by single spaces) a phrase of the set, given
   * their hash (Words.lowerHash, ≥ 0) and the phrase's length with its spaces? 1 or 0.
   */
  hasHashed(h: number, len: number, text: string, starts: Int32Array, ends: Int32Array, i: number, n: number): number {
    for (let slot = h & this.mask; ; slot = (slot + 1) & this.mask) {
      const key = this.keys[slot];
      if (key === undefined) return 0;
      if (key.length !== len) continue;
      let at = 0;
      let k = i;
      for (; k < i + n; k++) {
        if (k > i && key.charCodeAt(at++) !== 32) break;
        const e = ends[k];
        let q = starts[k];
        while (q < e && key.charCodeAt(at) === LOWER_CODE[text.charCodeAt(q)]) {
          q++;
          at++;
        }
        if (q < e) break;
      }
      if (k === i + n) return 1;
    }
  }
}

/** How many words the longest phrase of a set has (how far a look-up of its phrases must reach). */
export function longestPhrase(set: PhraseSet): number {
  return Math.max(...[...set.phrases].map((p) => p.split(' ').length));
}

export function charClass(c: number): number {
  if (c < TABLE_SIZE) return CLASS[c];
  // CJK and other scripts without case count as letters; surrogates and specials do not.
  if (c >= 0xd800 && c <= 0xdfff) return 0;
  if (c >= 0xfe00 && c <= 0xfe0f) return 0;
  return c >= 0xac00 || (c >= 0x3040 && c < 0xa000) ? LETTER : 0;
}

/** White space and line ends as String.prototype.trim removes them. */
export function isTrimmed(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** True when the character before offset i is a letter (a match must not start mid-word). */
export function letterBefore(text: string, i: number): boolean {
  return i > 0 && (charClass(text.charCodeAt(i - 1)) & LETTER) !== 0;
}

/** charClass of every UTF-16 unit, so that the tokenizer's loop is one table read per character. */
const FULL_CLASS = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) FULL_CLASS[c] = charClass(c);

export const isWordChar = (c: number): boolean => charClass(c) !== 0;
export const isUpperChar = (c: number): boolean => (charClass(c) & UPPER) !== 0;

/** Shape of a word. */
export const enum Shape {
  /** First letter upper case, the rest lower case: "Nguyễn", "Tỉnh". */
  Cap = 1,
  /** Two or more letters, all upper case: "HĐND", "TW". */
  Upper = 2,
  /** All lower case: "ủy", "các". */
  Lower = 3,
  /** Contains digits or mixed case: "05", "QĐi", "COVID19". */
  Other = 4,
}

export interface Words {
  readonly count: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly shapes: Uint8Array;
  /**
   * Indices of the words whose shape is not Lower (capitalised, all-capitals, digits or mixed), in
   * order, in notLower[0 … notLowerCount): the passes that look only at such words skip the rest.
   */
  readonly notLower: Int32Array;
  readonly notLowerCount: number;
  // The look-ups below take any word index: one before the first word or past the last (a phrase that
  // would run past the text's end) is no word, lower-cases to '', is in no set and has no flags.
  /** Lower-case form of word i (a new string: the look-ups below need none). */
  lower(i: number): string;
  /** Is the lower-case form of word i `w`? Makes no string. */
  lowerIs(i: number, w: string): boolean;
  /** Are words i … i+n-1, lower-cased and joined by single spaces, one of `set`? Makes no string. */
  phraseIn(set: PhraseSet, i: number, n: number): boolean;
  /** phraseIn of two sets at once (the words hashed once): bit 1 for `a`, bit 2 for `b`. */
  phraseBits(a: PhraseSet, b: PhraseSet, i: number, n: number): number;
  /**
   * The hash (≥ 0) of words i … i+n-1 lower-cased and joined by single spaces, as PhraseSet hashes a
   * phrase: equal phrases hash alike; -1 when a unit does not lower-case to one unit of its own (the
   * string decides then).
   */
  lowerHash(i: number, n: number): number;
  /** Are words i … i+n-1 and j … j+n-1 the same lower-cased? Only for words whose lowerHash is not -1. */
  sameLower(i: number, j: number, n: number): boolean;
  /** The lexicon flags (Lex) of the lower-case form of word i (cached). */
  flags(i: number): number;
  /** Index of the first word starting at or after `offset`. */
  indexAt(offset: number): number;
}

/**
 * The buffer of the last text's words, given back when its extraction ended (releaseWords): the next
 * text's words use it instead of a new one. Taking it leaves none, so a text tokenized while another
 * one's words are still in use gets a buffer of its own.
 */
let spareBuffer: ArrayBuffer | null = null;

function takeBuffer(bytes: number): ArrayBuffer {
  const spare = spareBuffer;
  if (spare !== null && spare.byteLength >= bytes) {
    spareBuffer = null;
    return spare;
  }
  return new ArrayBuffer(bytes);
}

/**
 * Gives the buffer of `words` back for the next text: `words` (its arrays, flags and look-ups) must
 * not be used afterwards. Extraction calls it when a text is done.
 */
export function releaseWords(words: Words): void {
  const lent = words as Words & { buffer?: ArrayBuffer | null };
  const buffer = lent.buffer;
  if (!buffer) return;
  lent.buffer = null;
  // A very long text's buffer (24 bytes for every four characters) is not kept for the next: held for
  // the life of the process, a 5 MB file's would be 30 MB that no ordinary document needs.
  if (buffer.byteLength > SPARE_BUFFER_LIMIT) return;
  if (spareBuffer === null || spareBuffer.byteLength < buffer.byteLength) spareBuffer = buffer;
}
/** The largest buffer kept for the next text: words of texts up to some 700,000 characters. */
const SPARE_BUFFER_LIMIT = 4 * 1024 * 1024;

/** The shape of a word from what its characters met (see wordShape's callers). */
function wordShape(firstUpper: boolean, uppers2: number, met: number): Shape {
  if (met & DIGIT) return Shape.Other;
  if (firstUpper && uppers2 === 2) return Shape.Cap;
  if (uppers2 >= 4 && !(met & LOWER)) return Shape.Upper;
  if (uppers2 === 0) return Shape.Lower;
  return Shape.Other;
}

/** `into` holding `from`'s items first (a list's columns when it outgrows them). */
function grown<A extends Int32Array | Uint8Array>(from: A, into: A): A {
  into.set(from);
  return into;
}

/** Word arrays being filled: four views of one buffer, grown (rarely) by doubling. */
class WordArrays {
  cap: number;
  count = 0;
  starts: Int32Array;
  ends: Int32Array;
  shapes: Uint8Array;
  /** Indices of the words whose shape is not Lower, in order, and their number. */
  notLower: Int32Array;
  notLowerCount = 0;
  /**
   * The buffer of the arrays: bytes [16 cap, 24 cap) are left for the word flags and hashes, and
   * [9 cap, 10 cap), after the shapes' bytes, for whether each word lower-cases unit by unit (see wordsOf).
   */
  readonly buffer: ArrayBuffer;
  /** The capacity the buffer was laid out for. */
  readonly bufferCap: number;
  constructor(n: number) {
    // About one word per five characters in Vietnamese prose: sized so that most texts never grow.
    const cap = Math.max(64, Math.ceil(n / 4));
    // The three arrays and the flags share one buffer, lent from text to text (see releaseWords).
    const buffer = takeBuffer(cap * 24);
    this.buffer = buffer;
    this.bufferCap = cap;
    this.cap = cap;
    this.starts = new Int32Array(buffer, 0, cap);
    this.ends = new Int32Array(buffer, cap * 4, cap);
    this.shapes = new Uint8Array(buffer, cap * 8, cap);
    this.notLower = new Int32Array(buffer, cap * 12, cap);
  }
  /**
   * Zeroes the arrays past the last word, as in a new buffer: a lent one holds a previous text's words
   * there, which a read past the last word (words.shapes[i + 1] at the end of the text) would see.
   */
  clearRest(): void {
    this.starts.fill(0, this.count);
    this.ends.fill(0, this.count);
    this.shapes.fill(0, this.count);
    this.notLower.fill(0, this.notLowerCount);
  }
  push(s: number, e: number, shape: Shape): void {
    if (this.count === this.cap) {
      const cap = (this.cap *= 2);
      this.starts = grown(this.starts, new Int32Array(cap));
      this.ends = grown(this.ends, new Int32Array(cap));
      this.shapes = grown(this.shapes, new Uint8Array(cap));
      this.notLower = grown(this.notLower, new Int32Array(cap));
    }
    const k = this.count++;
    this.starts[k] = s;
    this.ends[k] = e;
    this.shapes[k] = shape;
    if (shape !== Shape.Lower) this.notLower[this.notLowerCount++] = k;
  }
}

keepShape(new WordArrays(0));

/**
 * The words of a copy of the words' text that differs from it only in the case of some letters (the
 * same words, which lower-case alike: every look-up is the same), with the shapes the copy gives them.
 */
export function recasedWords(words: Words, shapes: Uint8Array): Words {
  const notLower = new Int32Array(words.count);
  let n = 0;
  for (let k = 0; k < words.count; k++) if (shapes[k] !== Shape.Lower) notLower[n++] = k;
  // Not the words' buffer: only the text's own words give it back (releaseWords).
  return wordsObject(words, words.count, words.starts, words.ends, shapes, notLower, n, null);
}

type WordMethods = Pick<Words, 'flags' | 'lowerIs' | 'lowerHash' | 'sameLower' | 'phraseIn' | 'phraseBits' | 'lower' | 'indexAt'>;

/**
 * The words of a text, or their recased copy (recasedWords), as one object literal: both have one
 * shape, so that the extractors' reads of either stay monomorphic (a spread copy has a shape of its
 * own, and the reads of every text that has one would be polymorphic).
 */
function wordsObject(
  m: WordMethods, count: number, starts: Int32Array, ends: Int32Array, shapes: Uint8Array, notLower: Int32Array, notLowerCount: number,
  buffer: ArrayBuffer | null,
): Words & { buffer: ArrayBuffer | null } {
  return {
    buffer, notLower, notLowerCount, count, starts, ends, shapes,
    flags: m.flags, lowerIs: m.lowerIs, lowerHash: m.lowerHash, sameLower: m.sameLower, phraseIn: m.phraseIn, phraseBits: m.phraseBits, lower: m.lower, indexAt: m.indexAt,
  };
}

export function tokenize(text: string): Words {
  // FULL_CLASS has no edit flag (16): the scan below never edits and returns the text as it is.
  return scanWords(text, FULL_CLASS)!.words;
}

/**
 * For plainWords: the class (charClass) of each unit once normalised, in the low four bits, and
 * 16 where the plain normalisation may edit it (NORM_FLAGS not 0). Null when an old-tone pair's
 * respelling would change a class (never with the tables as they are): plainWords then declines.
 */
const PLAIN_CLASS: Uint8Array | null = (() => {
  for (const [old, modern] of OLD_TONE_PAIRS) {
    for (let q = 0; q < 2; q++) if (charClass(old.charCodeAt(q)) !== charClass(modern.charCodeAt(q))) return null;
  }
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) table[c] = FULL_CLASS[fixedChar(c)] | (NORM_FLAGS[c] !== 0 ? 16 : 0);
  return table;
})();

/**
 * The plain normalisation of `src` (normalizePlain) and the words of that text (tokenize), in one
 * scan of its char codes: the fixes and respellings keep every offset and give each unit the class
 * of its normalised form. Null where normalizePlain gives null (the text needs the general path).
 */
export function plainWords(src: string): { text: string; words: Words } | null {
  return PLAIN_CLASS === null ? null : scanWords(src, PLAIN_CLASS);
}

/**
 * The words of `src` by a table of unit classes (charClass in the low four bits; 16: the plain
 * normalisation may edit the unit, which it then does). A word is a run of units of a class other
 * than 0; a letter written with a separate combining mark is still one word (the classes keep marks,
 * \p{M}, as letters). Null where an edit declines (the text needs the general path).
 */
function scanWords(src: string, table: Uint8Array): { text: string; words: Words } | null {
  const n = src.length;
  const w = new WordArrays(n);
  // The text as edited so far: the parts before `from`, and `src` from there on.
  const edits: { parts: string[] | null; from: number } = { parts: null, from: 0 };
  let i = 0;
  while (i < n) {
    let g = table[src.charCodeAt(i)];
    if (g >= 16 && !applyPlainEdit(src, i, edits)) return null;
    let f = g & 15;
    if (f === 0) {
      i++;
      continue;
    }
    const s = i;
    const firstUpper = (f & UPPER) !== 0;
    // Twice the number of upper-case letters (f & UPPER is 2), and every class met.
    let uppers2 = 0;
    let met = 0;
    for (;;) {
      uppers2 += f & UPPER;
      met |= f;
      if (++i >= n) break;
      g = table[src.charCodeAt(i)];
      if (g >= 16 && !applyPlainEdit(src, i, edits)) return null;
      f = g & 15;
      if (f === 0) {
        // A name of the Central Highlands peoples: one capital, an apostrophe and a syllable ("K'Brông",
        // "H’Hen", "R'Ô", "Ea H'leo") is one word, of one capital's shape; not a letter and an apostrophe
        // alone ("K'"), nor one small letter after it ("A'b").
        if (i - s !== 1 || !firstUpper || i + 1 >= n || !isApostrophe(src.charCodeAt(i))) break;
        const next = table[src.charCodeAt(i + 1)] & 15;
        if (next & UPPER) uppers2 -= UPPER;
        else if (!(next & LOWER) || i + 2 >= n || !(table[src.charCodeAt(i + 2)] & LETTER)) break;
      }
    }
    w.push(s, i, wordShape(firstUpper, uppers2, met));
    // The unit that ended the word is no word unit, and its edit is made: go on after it.
    i++;
  }
  let text = src;
  if (edits.parts) {
    edits.parts.push(src.slice(edits.from));
    text = edits.parts.join('');
  }
  w.clearRest();
  return { text, words: wordsOf(text, w) };
}

/** ' and the typographic ’ (the normalisation writes it as '). */
const isApostrophe = (c: number): boolean => c === 0x27 || c === 0x2019;

/** Makes the plain normalisation's edit of the unit at `at`, if it has one; false where it declines. */
function applyPlainEdit(src: string, at: number, edits: { parts: string[] | null; from: number }): boolean {
  const edit = plainEditAt(src, at);
  if (edit === null) return false;
  if (edit !== undefined) {
    (edits.parts ??= []).push(src.slice(edits.from, at + 1 - edit.length), edit);
    edits.from = at + 1;
  }
  return true;
}

const UNIT_WISE = 1;
const NOT_UNIT_WISE = 2;

function wordsOf(text: string, w: WordArrays): Words {
  const { count, starts, ends, shapes } = w;
  let lowerText: string | null = null;
  // Flags + 1, so that 0 means not looked up yet (32 bits: Lex has more than 15).
  let flagsPlusOne: Int32Array | null = null;
  // Per word, found at its first ask (a word is asked about several times, mostly against words of
  // another length): whether every unit lower-cases to one unit of its own (UNIT_WISE; NOT_UNIT_WISE:
  // the string decides; 0: not looked at yet), and hashLower of it, from which a phrase's hash is made
  // without reading its units again. In the words' buffer when the arrays never grew (see WordArrays).
  let unitWise: Uint8Array | null = null;
  let hashes: Int32Array | null = null;
  const lookAt = (k: number): number => {
    if (unitWise === null) {
      const inBuffer = count <= w.bufferCap;
      unitWise = inBuffer ? new Uint8Array(w.buffer, w.bufferCap * 9, count).fill(0) : new Uint8Array(count);
      hashes = inBuffer ? new Int32Array(w.buffer, w.bufferCap * 20, count) : new Int32Array(count);
    }
    const found = unitWise[k];
    if (found !== 0) return found;
    const h = hashLower(text, starts[k], ends[k]);
    hashes![k] = h;
    return (unitWise[k] = h < 0 ? NOT_UNIT_WISE : UNIT_WISE);
  };
  /**
   * lowerHash(k, n), from the words' own hashes. A word's is masked to 31 bits (hashLower); modulo 2^32
   * that changes only bit 31 of what follows (2^31 times an odd power of 31), which the last mask drops.
   */
  const phraseHash = (k: number, n: number): number => {
    let h = 0;
    for (let q = k; q < k + n; q++) {
      if (lookAt(q) === NOT_UNIT_WISE) return -1;
      if (q > k) h = (Math.imul(h, 31) + 32) | 0;
      h = (Math.imul(h, pow31(ends[q] - starts[q])) + hashes![q]) | 0;
    }
    return h & 0x7fffffff;
  };
  /** The length of words k … k+n-1 joined by single spaces. */
  const phraseLength = (k: number, n: number): number => {
    let len = n - 1;
    for (let q = k; q < k + n; q++) len += ends[q] - starts[q];
    return len;
  };
  const methods: WordMethods = {
    // A word before the first or after the last is none: nothing is read for it (the arrays' room past
    // the last word holds a previous text's words, see releaseWords).
    flags(k: number): number {
      if (k < 0 || k >= count) return 0;
      // In the words' buffer when the arrays never grew (zeroed: the buffer may be a previous text's).
      flagsPlusOne ??= count <= w.bufferCap ? new Int32Array(w.buffer, w.bufferCap * 16, count).fill(0) : new Int32Array(count);
      let f = flagsPlusOne[k];
      if (f === 0) {
        const v = lookAt(k) === NOT_UNIT_WISE ? (WORD_FLAGS.get(this.lower(k)) ?? 0) : flagsOfHashed(hashes![k], text, starts[k], ends[k]);
        flagsPlusOne[k] = f = v + 1;
      }
      return f - 1;
    },
    lowerIs(k: number, w: string): boolean {
      if (k < 0 || k >= count) return false;
      const s = starts[k];
      const n = ends[k] - s;
      // A unit whose lower case is not one unit of its own: compare the string.
      if (lookAt(k) === NOT_UNIT_WISE) return this.lower(k) === w;
      if (n !== w.length) return false;
      for (let q = 0; q < n; q++) if (LOWER_CODE[text.charCodeAt(s + q)] !== w.charCodeAt(q)) return false;
      return true;
    },
    lowerHash(k: number, n: number): number {
      if (k < 0 || n < 1 || k + n > count) return -1;
      return phraseHash(k, n);
    },
    sameLower(i: number, j: number, n: number): boolean {
      if (i < 0 || j < 0 || i + n > count || j + n > count) return false;
      for (let k = 0; k < n; k++) {
        const si = starts[i + k];
        const sj = starts[j + k];
        const len = ends[i + k] - si;
        if (ends[j + k] - sj !== len) return false;
        for (let q = 0; q < len; q++) if (LOWER_CODE[text.charCodeAt(si + q)] !== LOWER_CODE[text.charCodeAt(sj + q)]) return false;
      }
      return true;
    },
    phraseIn(set: PhraseSet, k: number, n: number): boolean {
      if (k < 0 || n < 1 || k + n > count) return false;
      // Most words asked about begin no phrase of the set: one bit of its first words' hashes tells.
      if (lookAt(k) === UNIT_WISE && !set.mayStartWith(hashes![k])) return false;
      const h = phraseHash(k, n);
      if (h >= 0) return set.hasHashed(h, phraseLength(k, n), text, starts, ends, k, n) === 1;
      let p = this.lower(k);
      for (let q = k + 1; q < k + n; q++) p += ' ' + this.lower(q);
      return set.phrases.has(p);
    },
    phraseBits(a: PhraseSet, b: PhraseSet, k: number, n: number): number {
      if (k < 0 || n < 1 || k + n > count) return 0;
      if (lookAt(k) === UNIT_WISE && !a.mayStartWith(hashes![k]) && !b.mayStartWith(hashes![k])) return 0;
      const h = phraseHash(k, n);
      if (h < 0) return (this.phraseIn(a, k, n) ? 1 : 0) | (this.phraseIn(b, k, n) ? 2 : 0);
      const len = phraseLength(k, n);
      return a.hasHashed(h, len, text, starts, ends, k, n) | (b.hasHashed(h, len, text, starts, ends, k, n) << 1);
    },
    lower(k: number): string {
      if (k < 0 || k >= count) return '';
      const s = starts[k];
      const e = ends[k];
      let contextFree = true;
      for (let q = s; q < e && contextFree; q++) {
        const c = text.charCodeAt(q);
        contextFree = c < TABLE_SIZE && LOWER_CODE[c] !== 0;
      }
      // Each unit lower-cases to one unit of its own: the word alone gives what the whole text gives.
      if (contextFree) return text.slice(s, e).toLowerCase();
      // One native lower-casing of the whole text, sliced per word, when it keeps every offset.
      if (lowerText === null) {
        const all = text.toLowerCase();
        lowerText = all.length === text.length ? all : '';
      }
      return lowerText ? lowerText.slice(s, e) : text.slice(s, e).toLowerCase();
    },
    indexAt(offset: number): number {
      let lo = 0;
      let hi = count;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (starts[mid] < offset) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    },
  };
  return wordsObject(methods, count, starts, ends, shapes, w.notLower, w.notLowerCount, w.buffer);
}
