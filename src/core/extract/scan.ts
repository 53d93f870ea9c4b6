// One scan of the normalised text for the words that start the patterns of the extractors: the type
// words of citations ("Nghị quyết", "Chỉ thị liên tịch") and the first words of dates and terms
// ("ngày", "tháng", "khóa", "lần", "nhiệm"). Each extractor then runs its own pattern only there.

import { WordMark, Words } from './tokens';

// The type words as a trie by first syllable: one alternation per letter keeps the scan fast.
const LT = '\\s+[Ll]iên\\s+[Tt]ịch';
const TYPE_ALTERNATIVES = [
  `[Nn]ghị\\s+(?:[Qq]uyết(?:${LT})?|[Đđ]ịnh)`, `[Cc]h(?:ỉ\\s+[Tt]hị(?:${LT})?|ương\\s+[Tt]rình)`, `[Qq]uy(?:\\s+(?:[Đđ]ịnh|[Cc]hế)|ết\\s+[Đđ]ịnh)`,
  `[Kk]ế(?:t\\s+[Ll]uận|\\s+[Hh]oạch)`, `[Hh]ướng\\s+[Dd]ẫn`, `[Tt]h(?:ông\\s+(?:[Bb]áo(?:\\s+[Kk]ết\\s+[Ll]uận)?|[Tt]ri|[Tt]ư(?:${LT})?))`, `[Tt]ờ\\s+[Tt]rình`,
  `[Bb]áo\\s+[Cc]áo`, `[Cc]ông\\s+[Vv]ăn`, `[Đđ]ề\\s+[Áá]n`, `[Ll]uật`, `[Pp]háp\\s+[Ll]ệnh`,
];
const TYPE_SOURCE = TYPE_ALTERNATIVES.join('|');

// The type words are matched where they can start (see findAnchors), each try sticky: the same
// matches as a global scan of the whole text. No 'u': every letter is in the BMP.
const TYPES_AT_RE = new RegExp(TYPE_SOURCE, 'y');

/** Is c the letter `lower` (an ASCII lower-case letter) in either case? */
const isLetter = (c: number, lower: number) => (c | 32) === lower;

/**
 * Where in text[s, e) a word ends with the first syllable of a type word, or -1. Every type word but
 * "Luật" is its first syllable ("nghị", "chỉ", "chương", "quy", "quyết", "kết", "kế", "hướng",
 * "thông", "tờ", "báo", "công", "đề", "pháp"; the first letter in either case), white space and
 * more: it can start only there. No one of them ends another, so a word ends with one at most.
 */
export function syllableStart(text: string, s: number, e: number): number {
  let p = -1;
  switch (text.charCodeAt(e - 1)) {
    case 0x1ecb: // nghị
      if (text.charCodeAt(e - 2) === 104 && text.charCodeAt(e - 3) === 103 && isLetter(text.charCodeAt(e - 4), 110)) p = e - 4;
      break;
    case 0x1ec9: // chỉ
      if (text.charCodeAt(e - 2) === 104 && isLetter(text.charCodeAt(e - 3), 99)) p = e - 3;
      break;
    case 103: // chương, hướng, thông, công
      if (text.charCodeAt(e - 2) !== 110) break;
      switch (text.charCodeAt(e - 3)) {
        case 0x1a1:
          if (text.charCodeAt(e - 4) === 0x1b0 && text.charCodeAt(e - 5) === 104 && isLetter(text.charCodeAt(e - 6), 99)) p = e - 6;
          break;
        case 0x1edb:
          if (text.charCodeAt(e - 4) === 0x1b0 && isLetter(text.charCodeAt(e - 5), 104)) p = e - 5;
          break;
        case 0xf4: {
          const c = text.charCodeAt(e - 4);
          if (c === 104) {
            if (isLetter(text.charCodeAt(e - 5), 116)) p = e - 5;
          } else if (isLetter(c, 99)) p = e - 4;
          break;
        }
      }
      break;
    case 121: // quy
      if (text.charCodeAt(e - 2) === 117 && isLetter(text.charCodeAt(e - 3), 113)) p = e - 3;
      break;
    case 116: // quyết, kết
      if (text.charCodeAt(e - 2) !== 0x1ebf) break;
      {
        const c = text.charCodeAt(e - 3);
        if (c === 121) {
          if (text.charCodeAt(e - 4) === 117 && isLetter(text.charCodeAt(e - 5), 113)) p = e - 5;
        } else if (isLetter(c, 107)) p = e - 3;
      }
      break;
    case 0x1ebf: // kế
      if (isLetter(text.charCodeAt(e - 2), 107)) p = e - 2;
      break;
    case 0x1edd: // tờ
      if (isLetter(text.charCodeAt(e - 2), 116)) p = e - 2;
      break;
    case 111: // báo
      if (text.charCodeAt(e - 2) === 0xe1 && isLetter(text.charCodeAt(e - 3), 98)) p = e - 3;
      break;
    case 0x1ec1: // đề
      {
        const c = text.charCodeAt(e - 2);
        if (c === 0x111 || c === 0x110) p = e - 2;
      }
      break;
    case 112: // pháp
      if (text.charCodeAt(e - 2) === 0xe1 && text.charCodeAt(e - 3) === 104 && isLetter(text.charCodeAt(e - 4), 112)) p = e - 4;
      break;
  }
  return p >= s ? p : -1;
}

/** Is "Luật" or "luật" at text[p]? */
function luatAt(text: string, p: number): boolean {
  const c = text.charCodeAt(p);
  return (c === 76 || c === 108) && text.charCodeAt(p + 1) === 117 && text.charCodeAt(p + 2) === 0x1ead && text.charCodeAt(p + 3) === 116;
}

/** Where the words that start patterns occur, each list in text order. */
export interface Anchors {
  /**
   * Type words as a global scan of the type-word pattern finds them (none starts inside the one
   * before), with where each ends.
   */
  types: number[];
  typeEnds: number[];
  /** "ngày", "Ngày" */
  ngay: number[];
  /** "tháng", "Tháng" */
  thang: number[];
  /** "khóa", "Khóa" */
  khoa: number[];
  /** "lần", "Lần" */
  lan: number[];
  /** "nhiệm", "Nhiệm" */
  nhiem: number[];
}

/**
 * Every type word and anchor word of the text, from its words: each lies inside words (its letters
 * are word units), so the words tell where one may start.
 * - A type word starts where a word ends with its first syllable (only a word marked
 *   WordMark.SyllableEnd may), or at "Luật" inside a word marked WordMark.Luat; the pattern is tried
 *   there, in order, each try after the end of the last match.
 * - An anchor word has one vowel that no other has ("ngày": "à", "tháng": "á", "khóa": "ó", "lần":
 *   "ầ", "nhiệm": "ệ"), at a fixed place: the words marked WordMark.AnchorVowel are read for it and
 *   the rest of the word is compared around it. Every occurrence counts (one may start inside another word).
 */
export function findAnchors(text: string, words: Words): Anchors {
  const a: Anchors = { types: [], typeEnds: [], ngay: [], thang: [], khoa: [], lan: [], nhiem: [] };
  const { starts, ends, marked, markedCount, marks } = words;
  let next = 0;
  // Only the words marked SyllableEnd or Luat can hold the start of a type word.
  for (let m = 0; m < markedCount; m++) {
    const k = marked[m];
    const mark = marks[k];
    if ((mark & (WordMark.SyllableEnd | WordMark.Luat)) === 0) continue;
    const s = starts[k];
    const e = ends[k];
    if (e < next) continue;
    const p = (mark & WordMark.SyllableEnd) !== 0 ? syllableStart(text, s, e) : -1;
    if ((mark & WordMark.Luat) === 0) {
      if (p < next) continue;
      TYPES_AT_RE.lastIndex = p;
      if (TYPES_AT_RE.test(text)) {
        a.types.push(p);
        a.typeEnds.push((next = TYPES_AT_RE.lastIndex));
      }
      continue;
    }
    // Every place of the word where a type word may start, in order.
    for (let q = Math.max(s, next); q < e; q++) {
      if (q !== p && !luatAt(text, q)) continue;
      if (q < next) continue;
      TYPES_AT_RE.lastIndex = q;
      if (TYPES_AT_RE.test(text)) {
        a.types.push(q);
        a.typeEnds.push((next = TYPES_AT_RE.lastIndex));
      }
    }
  }
  for (let m = 0; m < markedCount; m++) {
    const k = marked[m];
    if ((marks[k] & WordMark.AnchorVowel) === 0) continue;
    const e = ends[k];
    for (let q = starts[k]; q < e; q++) {
      switch (text.charCodeAt(q)) {
        case 0xe0: // ngày
          if (text.charCodeAt(q - 1) === 103 && text.charCodeAt(q + 1) === 121 && nOrN(text.charCodeAt(q - 2))) a.ngay.push(q - 2);
          break;
        case 0xe1: // tháng
          if (text.charCodeAt(q - 1) === 104 && text.charCodeAt(q + 1) === 110 && text.charCodeAt(q + 2) === 103 && (text.charCodeAt(q - 2) | 32) === 116 && q >= 2) a.thang.push(q - 2);
          break;
        case 0xf3: // khóa
          if (text.charCodeAt(q - 1) === 104 && text.charCodeAt(q + 1) === 97 && (text.charCodeAt(q - 2) | 32) === 107 && q >= 2) a.khoa.push(q - 2);
          break;
        case 0x1ea7: // lần
          if (text.charCodeAt(q + 1) === 110 && (text.charCodeAt(q - 1) | 32) === 108 && q >= 1) a.lan.push(q - 1);
          break;
        case 0x1ec7: // nhiệm
          if (text.charCodeAt(q - 1) === 105 && text.charCodeAt(q - 2) === 104 && text.charCodeAt(q + 1) === 109 && nOrN(text.charCodeAt(q - 3))) a.nhiem.push(q - 3);
          break;
      }
    }
  }
  return a;
}

const nOrN = (c: number) => c === 78 || c === 110;

/**
 * Runs a sticky pattern only at the given positions (in order), where every match must start: the
 * same matches, in the same order, as a global scan of the whole text. `onMatch` gets the span of the
 * match (no match array is made) and returns where the scan goes on (the end of the match, for a
 * global scan).
 */
export function scanAt(text: string, re: RegExp, positions: readonly number[], onMatch: (s: number, e: number) => number): void {
  let next = 0;
  for (const p of positions) {
    if (p < next) continue;
    re.lastIndex = p;
    if (re.test(text)) next = onMatch(p, re.lastIndex);
  }
}

/**
 * The values of the runs of ASCII digits in text[s, e), in order, written to `out` from index 0; their
 * count. The date patterns put their day, month and year in that order, each a run of its own.
 */
export function digitRuns(text: string, s: number, e: number, out: number[]): number {
  let count = 0;
  for (let q = s; q < e; q++) {
    let c = text.charCodeAt(q);
    if (c < 48 || c > 57) continue;
    let v = 0;
    do {
      v = v * 10 + c - 48;
      c = ++q < e ? text.charCodeAt(q) : 0;
    } while (c >= 48 && c <= 57);
    out[count++] = v;
  }
  return count;
}
