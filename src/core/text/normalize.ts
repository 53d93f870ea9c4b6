// Spelling normalisation for matching and grouping. The same word reaches us as khóa/khoá, ủy/uỷ,
// NFC or NFD, with look-alike letters and three kinds of dash; matching and keys must not care,
// while every range still indexes the file's own text. Everything here is linear in the input.
import { memoSet } from '../memo';

/** Old-style tone placement on the second vowel of oa/oe/uy at a syllable end → tone on the first. */
const OLD_TONE: Record<string, string> = {
  'oá': 'óa', 'oà': 'òa', 'oả': 'ỏa', 'oã': 'õa', 'oạ': 'ọa',
  'oé': 'óe', 'oè': 'òe', 'oẻ': 'ỏe', 'oẽ': 'õe', 'oẹ': 'ọe',
  'uý': 'úy', 'uỳ': 'ùy', 'uỷ': 'ủy', 'uỹ': 'ũy', 'uỵ': 'ụy',
  'Oá': 'Óa', 'Oà': 'Òa', 'Oả': 'Ỏa', 'Oã': 'Õa', 'Oạ': 'Ọa',
  'Oé': 'Óe', 'Oè': 'Òe', 'Oẻ': 'Ỏe', 'Oẽ': 'Õe', 'Oẹ': 'Ọe',
  'Uý': 'Úy', 'Uỳ': 'Ùy', 'Uỷ': 'Ủy', 'Uỹ': 'Ũy', 'Uỵ': 'Ụy',
  'OÁ': 'ÓA', 'OÀ': 'ÒA', 'OẢ': 'ỎA', 'OÃ': 'ÕA', 'OẠ': 'ỌA',
  'OÉ': 'ÓE', 'OÈ': 'ÒE', 'OẺ': 'ỎE', 'OẼ': 'ÕE', 'OẸ': 'ỌE',
  'UÝ': 'ÚY', 'UỲ': 'ÙY', 'UỶ': 'ỦY', 'UỸ': 'ŨY', 'UỴ': 'ỤY',
};

/**
 * Single characters replaced one for one: look-alike Đ (U+00D0 Icelandic Eth, U+0189 African D),
 * Cyrillic capitals that look like Latin ones (they sneak into codes such as "NQ/ТW"), dashes and
 * unusual spaces.
 */
const CHAR_FIX: Record<string, string> = {
  '\u00D0': 'Đ', '\u0189': 'Đ', '\u00F0': 'đ',
  'А': 'A', 'В': 'B', 'С': 'C', 'Е': 'E', 'Н': 'H', 'І': 'I', 'К': 'K', 'М': 'M', 'О': 'O', 'Р': 'P',
  'Т': 'T', 'Х': 'X', 'У': 'Y', 'а': 'a', 'с': 'c', 'е': 'e', 'о': 'o', 'р': 'p', 'х': 'x', 'у': 'y', 'і': 'i',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u00A0': ' ', '\u2000': ' ', '\u2001': ' ', '\u2002': ' ', '\u2003': ' ', '\u2004': ' ', '\u2005': ' ', '\u2006': ' ',
  '\u2007': ' ', '\u2008': ' ', '\u2009': ' ', '\u200A': ' ', '\u202F': ' ', '\u205F': ' ', '\u3000': ' ',
  '\u200B': ' ', '\uFEFF': ' ',
  // The typographic apostrophe, as in "K’Brông": one spelling of a name, one key.
  '\u2019': "'",
};

// An old-tone pair counts only at the end of a syllable (khoá, uỷ, hoá) and not after q (quý is
// already modern), so "hoàn", "toán", "quỳnh" are left alone.
const OLD_TONE_RE = /[oOuU][áàảãạéèẻẽẹÁÀẢÃẠýỳỷỹỵÝỲỶỸỴ]/g;
/** Latin letters, Vietnamese letters and combining marks: what may continue a syllable. */
function continuesSyllable(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x300 && c <= 0x36f) || (c >= 0x1e00 && c <= 0x1eff);
}

/** Rewrites old-style tone placement (khoá → khóa, uỷ → ủy, thuỷ → thủy), keeping case and length. */
export function modernToneSpelling(s: string): string {
  let out: string[] | null = null;
  let from = 0;
  OLD_TONE_RE.lastIndex = 0;
  for (let m = OLD_TONE_RE.exec(s); m; m = OLD_TONE_RE.exec(s)) {
    const i = m.index;
    const modern = OLD_TONE[m[0]];
    if (!modern) continue;
    const before = i > 0 ? s[i - 1] : '';
    if (before === 'q' || before === 'Q') continue;
    if (i + 2 < s.length && continuesSyllable(s.charCodeAt(i + 2))) continue;
    (out ??= []).push(s.slice(from, i), modern);
    from = i + 2;
  }
  return out ? out.join('') + s.slice(from) : s;
}

const CHAR_FIX_RE = /[\u00A0\u00D0\u00F0\u0189\u0400-\u04FF\u2000-\u2015\u2019\u2212\u202F\u205F\u3000\uFEFF]/g;

/** One-for-one replacements of look-alikes, dashes and spaces (the regex scan is native and fast). */
function fixCharacters(s: string): string {
  return s.replace(CHAR_FIX_RE, (c) => CHAR_FIX[c] ?? c);
}

/** A look-alike, dash or odd space to fix, or a combining mark (the text needs composing first). */
const FIX_OR_MARK_RE = /[\u0300-\u036F\u00A0\u00D0\u00F0\u0189\u0400-\u04FF\u2000-\u2015\u2019\u2212\u202F\u205F\u3000\uFEFF]/g;

/**
 * The one-for-one fixes of a text that has no combining mark, found in the same scan that looks for
 * marks; null when there is a mark (composition comes before the fixes).
 */
function fixUnlessMarks(s: string): string | null {
  let parts: string[] | null = null;
  let from = 0;
  FIX_OR_MARK_RE.lastIndex = 0;
  for (let m = FIX_OR_MARK_RE.exec(s); m; m = FIX_OR_MARK_RE.exec(s)) {
    const c = m[0];
    const code = c.charCodeAt(0);
    if (code >= 0x300 && code <= 0x36f) return null;
    (parts ??= []).push(s.slice(from, m.index), CHAR_FIX[c] ?? c);
    from = m.index + 1;
  }
  if (!parts) return s;
  parts.push(s.slice(from));
  return parts.join('');
}

/** What the first scan of normalizeWithMap looks for, by UTF-16 unit. */
export const FIX_CHAR = 1;
export const COMBINING_MARK = 2;
/** The second letter of an old-tone pair ("á" of "oá"). */
export const TONED_VOWEL = 4;
/** NORM_FLAGS of every UTF-16 unit: 0 for a unit that the plain normalisation leaves alone. */
export const NORM_FLAGS = new Uint8Array(0x10000);
for (const c of Object.keys(CHAR_FIX)) NORM_FLAGS[c.charCodeAt(0)] |= FIX_CHAR;
for (let c = 0x300; c <= 0x36f; c++) NORM_FLAGS[c] |= COMBINING_MARK;
/** Old-tone pairs by their two code units (first << 16 | second). */
const OLD_TONE_BY_CODES = new Map<number, string>();
for (const [pair, modern] of Object.entries(OLD_TONE)) {
  NORM_FLAGS[pair.charCodeAt(1)] |= TONED_VOWEL;
  OLD_TONE_BY_CODES.set(pair.charCodeAt(0) * 0x10000 + pair.charCodeAt(1), modern);
}

/** The character a one-for-one fix puts in place of the unit `c` (itself when none). */
export function fixedChar(c: number): number {
  return NORM_FLAGS[c] === FIX_CHAR ? CHAR_FIX[String.fromCharCode(c)].charCodeAt(0) : c;
}

/** The old-tone pairs and their modern spelling ("oá" → "óa"), for tables built from them. */
export const OLD_TONE_PAIRS: ReadonlyArray<readonly [string, string]> = Object.entries(OLD_TONE);

/**
 * The plain normalisation's edit at unit i of s, where NORM_FLAGS[s.charCodeAt(i)] is not 0:
 * undefined for none; one character that replaces unit i (a one-for-one fix); two characters that
 * replace units i-1 and i (an old-tone pair respelled); null when the text needs the general path
 * (a combining mark, or a fixed character that is the first of an old-tone pair).
 */
export function plainEditAt(s: string, i: number): string | null | undefined {
  const f = NORM_FLAGS[s.charCodeAt(i)];
  if (f === FIX_CHAR) return CHAR_FIX[s[i]];
  if (f !== TONED_VOWEL) return null;
  if (i === 0) return undefined;
  // The pair is (i - 1, i): not after q, and at the end of the syllable.
  const first = s.charCodeAt(i - 1);
  if (NORM_FLAGS[first] === FIX_CHAR) return null;
  // o, O, u, U: the only first letters of a pair.
  if ((first | 32) !== 111 && (first | 32) !== 117) return undefined;
  const modern = OLD_TONE_BY_CODES.get(first * 0x10000 + s.charCodeAt(i));
  if (modern === undefined) return undefined;
  if (i >= 2) {
    const before = s.charCodeAt(i - 2);
    if (before === 113 || before === 81) return undefined;
  }
  if (i + 1 < s.length) {
    let after = s.charCodeAt(i + 1);
    if (NORM_FLAGS[after] === FIX_CHAR) after = CHAR_FIX[s[i + 1]].charCodeAt(0);
    if (continuesSyllable(after)) return undefined;
  }
  return modern;
}

/**
 * The usual case in one char-code scan: a text with no combining mark gets its one-for-one fixes and
 * its old-tone pairs respelled (same rules as fixCharacters and modernToneSpelling, which see the
 * fixed text). Null when the text needs composing, or in the rare case where a fixed character is the
 * first of an old-tone pair: the general path handles it. (The tokenizer runs the same edits in its
 * own scan: plainWords in extract/tokens.ts.)
 */
export function normalizePlain(s: string): string | null {
  let parts: string[] | null = null;
  let from = 0;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    if (NORM_FLAGS[s.charCodeAt(i)] === 0) continue;
    const edit = plainEditAt(s, i);
    if (edit === undefined) continue;
    if (edit === null) return null;
    // One character replaces unit i; two replace the pair that ends at i.
    (parts ??= []).push(s.slice(from, i + 1 - edit.length), edit);
    from = i + 1;
  }
  if (!parts) return s;
  parts.push(s.slice(from));
  return parts.join('');
}

function grow(a: Int32Array<ArrayBufferLike>, atLeast: number): Int32Array<ArrayBufferLike> {
  const grown = new Int32Array(Math.max(a.length * 2, atLeast));
  grown.set(a);
  return grown;
}

/** A text respelled for matching, with the way back to the original's offsets. */
export interface NormalizedText {
  /** NFC, modern tone placement, look-alikes fixed, dashes as "-", odd spaces as " ". Case kept. */
  text: string;
  /** Offset in the original text of offset `i` of `text` (i may equal text.length). */
  toOriginal(i: number): number;
}

/**
 * Composed clusters by their code units: a decomposed text repeats a few hundred base-plus-marks
 * clusters, so each is composed once (the number key needs no substring to look it up).
 */
const clusterCache = new Map<number, string>();

function composeCluster(s: string, i: number, k: number): string {
  // A base and one or two marks, all in the BMP, fit one exact number (three 16-bit units < 2^53).
  if (k - i > 3) return s.slice(i, k).normalize('NFC');
  let key = 0;
  for (let q = i; q < k; q++) key = key * 0x10000 + s.charCodeAt(q);
  key = key * 4 + (k - i);
  let out = clusterCache.get(key);
  if (out === undefined) {
    out = s.slice(i, k).normalize('NFC');
    if (clusterCache.size < 20000) clusterCache.set(key, out);
  }
  return out;
}

/**
 * Normalises `original` for matching while keeping an offset map. NFC composition is the only step
 * that changes lengths; it is done one base-plus-marks cluster at a time, so each output character
 * maps to the start of its cluster. All later steps replace one UTF-16 unit by one.
 */
export function normalizeWithMap(original: string): NormalizedText {
  const plain = normalizePlain(original);
  if (plain !== null) return { text: plain, toOriginal: (i) => i };
  // Most texts have no combining mark: one scan both tells and applies the one-for-one fixes.
  const fixed = fixUnlessMarks(original);
  if (fixed !== null) {
    const text = modernToneSpelling(fixed);
    return { text, toOriginal: (i) => i };
  }
  const composed = composeWholeWithMap(original) ?? composeWithMap(original);
  // The composed text rarely keeps a mark: then one scan applies the fixes and the tones, as below.
  const text = normalizePlain(composed.text) ?? modernToneSpelling(fixCharacters(composed.text));
  const m = composed.map;
  return { text, toOriginal: (i) => m[Math.max(0, Math.min(i, m.length - 1))] };
}

/** A base and its combining marks end at the first unit after `j` that is not such a mark. */
function marksEnd(s: string, j: number): number {
  let k = j;
  while (k < s.length) {
    const c = s.charCodeAt(k);
    if ((c >= 0x300 && c <= 0x36f) || (c >= 0x1dc0 && c <= 0x1dff) || (c >= 0x20d0 && c <= 0x20ff)) k++;
    else break;
  }
  return k;
}

/** The end of the base character at i (a surrogate pair is one). */
function baseEnd(s: string, i: number): number {
  const c0 = s.charCodeAt(i);
  if (c0 >= 0xd800 && c0 <= 0xdbff && i + 1 < s.length) {
    const c1 = s.charCodeAt(i + 1);
    if (c1 >= 0xdc00 && c1 <= 0xdfff) return i + 2;
  }
  return i + 1;
}

/**
 * The composition of composeWithMap made by one native NFC of the whole text, which is the same text
 * almost always: checked unit by unit against the clusters while the map is built. Null where they
 * differ (composition across clusters, e.g. Hangul jamo): composeWithMap then builds it cluster by cluster.
 */
function composeWholeWithMap(original: string): { text: string; map: Int32Array<ArrayBufferLike> } | null {
  const whole = original.normalize('NFC');
  const n = original.length;
  let offsets: Int32Array<ArrayBufferLike> = new Int32Array(n + 1);
  let o = 0;
  for (let i = 0; i < n; ) {
    const j = baseEnd(original, i);
    const k = marksEnd(original, j);
    if (k === j) {
      if (o + 3 > offsets.length) offsets = grow(offsets, o + 3);
      for (let q = i; q < j; q++) {
        if (whole.charCodeAt(o) !== original.charCodeAt(q)) return null;
        offsets[o++] = i;
      }
    } else {
      const cluster = composeCluster(original, i, k);
      if (o + cluster.length + 1 > offsets.length) offsets = grow(offsets, o + cluster.length + 1);
      for (let q = 0; q < cluster.length; q++) {
        if (whole.charCodeAt(o) !== cluster.charCodeAt(q)) return null;
        offsets[o++] = i;
      }
    }
    i = k;
  }
  if (o !== whole.length) return null;
  offsets[o++] = n;
  return { text: whole, map: offsets.subarray(0, o) };
}

/**
 * NFC composition one base-plus-marks cluster at a time, so each output character maps to the start
 * of its cluster: plain characters are copied in runs; only a base with its combining marks is composed.
 */
function composeWithMap(original: string): { text: string; map: Int32Array<ArrayBufferLike> } {
  const parts: string[] = [];
  const n = original.length;
  let offsets: Int32Array<ArrayBufferLike> = new Int32Array(n + 1);
  let o = 0;
  let plainFrom = 0;
  let i = 0;
  while (i < n) {
    const j = baseEnd(original, i);
    const k = marksEnd(original, j);
    if (k === j) {
      if (o + 3 > offsets.length) offsets = grow(offsets, o + 3);
      for (let q = i; q < j; q++) offsets[o++] = i;
      i = j;
      continue;
    }
    if (plainFrom < i) parts.push(original.slice(plainFrom, i));
    const cluster = composeCluster(original, i, k);
    parts.push(cluster);
    // Composition rarely lengthens a cluster; the map grows when it does.
    if (o + cluster.length + 1 > offsets.length) offsets = grow(offsets, o + cluster.length + 1);
    for (let q = 0; q < cluster.length; q++) offsets[o++] = i;
    i = k;
    plainFrom = k;
  }
  if (plainFrom < n) parts.push(original.slice(plainFrom, n));
  offsets[o++] = n;
  return { text: parts.join(''), map: offsets.subarray(0, o) };
}

/**
 * A copy of `s` in a string of its own. A slice of a document may keep the whole document alive and
 * its characters far away in memory: a remembered key must not (every look-up compares with it).
 */
export function compactCopy(s: string): string {
  return JSON.parse(JSON.stringify(s)) as string;
}

/**
 * Remembers `value` for `key` (a copy of its own, see compactCopy) in a memo of at most `limit` entries,
 * emptied when full: what repeats across a corpus comes back at once. Returns `value`.
 */
export function remember<V>(memo: Map<string, V>, key: string, value: V, limit: number): V {
  return memoSet(memo, compactCopy(key), value, limit);
}

/**
 * True when NFC leaves `s` as it is because every unit is below U+0300 or a precomposed letter of
 * U+1E00–U+1EFF (no combining mark, nothing that composes or decomposes): then the fixes and the
 * tones of normalizePlain give what modernToneSpelling(fixCharacters(s.normalize('NFC'))) gives,
 * without the native normalisation (slow on a short string).
 */
function nfcStable(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x300 && (c < 0x1e00 || c > 0x1eff)) return false;
  }
  return true;
}

/** Matching form: NFC, modern tones, look-alikes and dashes unified, spaces collapsed, lower case. */
const matchCache = new Map<string, string>();

export function normalizeForMatch(s: string): string {
  let out = matchCache.get(s);
  if (out !== undefined) return out;
  out = (nfcStable(s) ? normalizePlain(s) : null) ?? modernToneSpelling(fixCharacters(s.normalize('NFC')));
  out = out.replace(/\s+/g, ' ').trim().toLowerCase();
  // Names of people and bodies repeat across a corpus; short ones are worth remembering.
  if (s.length <= 200) remember(matchCache, s, out, 50000);
  return out;
}

/**
 * A dash between two words, with spaces or not, as a space: how keys compare names some write with a
 * dash and others without, or with another dash ("Bà Rịa-Vũng Tàu", "Bà Rịa – Vũng Tàu", "Thừa Thiên -
 * Huế" and "Thừa Thiên Huế"). Not one before a number ("COVID-19"). For text in matching form (any dash is "-").
 */
export function dashesAsSpaces(s: string): string {
  return s.includes('-') ? s.replace(WORD_DASH_RE, ' ') : s;
}
const WORD_DASH_RE = /(?<=[\p{L}\p{M}]) *- *(?=\p{L})/gu;

/**
 * A dash or a comma between two words as a space: how a body's fields are joined, whichever way it is
 * written ("Sở Văn hóa, Thể thao và Du lịch", "Sở Văn hóa - Thể thao và Du lịch"). Not one before a number.
 */
export function joinersAsSpaces(s: string): string {
  return s.includes('-') || s.includes(',') ? s.replace(WORD_JOINER_RE, ' ') : s;
}
const WORD_JOINER_RE = /(?<=[\p{L}\p{M}]) *[-,] *(?=\p{L})/gu;

/** Strips every diacritic (đ → d) and lower-cases: "Nguyễn Mạnh Cường" → "nguyen manh cuong". */
export function foldDiacritics(s: string): string {
  return normalizeWithMap(s)
    .text.normalize('NFD')
    .replace(/[\u0300-\u036F]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}
