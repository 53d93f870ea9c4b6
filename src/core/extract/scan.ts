// One scan of the normalised text for the words that start the patterns of the extractors: the type
// words of citations ("Nghị quyết", "Chỉ thị liên tịch") and the first words of dates and terms
// ("ngày", "tháng", "khóa", "lần", "nhiệm"). Each extractor then runs its own pattern only there.

// The type words as a trie by first syllable: one alternation per letter keeps the scan fast.
const LT = '\\s+[Ll]iên\\s+[Tt]ịch';
const TYPE_ALTERNATIVES = [
  `[Nn]ghị\\s+(?:[Qq]uyết(?:${LT})?|[Đđ]ịnh)`, `[Cc]h(?:ỉ\\s+[Tt]hị(?:${LT})?|ương\\s+[Tt]rình)`, `[Qq]uy(?:\\s+(?:[Đđ]ịnh|[Cc]hế)|ết\\s+[Đđ]ịnh)`,
  `[Kk]ế(?:t\\s+[Ll]uận|\\s+[Hh]oạch)`, `[Hh]ướng\\s+[Dd]ẫn`, `[Tt]h(?:ông\\s+(?:[Bb]áo(?:\\s+[Kk]ết\\s+[Ll]uận)?|[Tt]ri|[Tt]ư(?:${LT})?))`, `[Tt]ờ\\s+[Tt]rình`,
  `[Bb]áo\\s+[Cc]áo`, `[Cc]ông\\s+[Vv]ăn`, `[Đđ]ề\\s+[Áá]n`, `[Ll]uật`, `[Pp]háp\\s+[Ll]ệnh`,
];
const TYPE_SOURCE = TYPE_ALTERNATIVES.join('|');

// Two scans, each native and fast: the type words (a global scan of them alone goes on after the end
// of each one), and the anchor words, every position tried. No anchor word starts like a type word.
// No 'u': every letter is in the BMP, and the non-Unicode matcher scans faster.
const TYPES_RE = new RegExp(TYPE_SOURCE, 'g');
/**
 * The anchor words. `test` makes no match array: the last letter of the match in lastIndex tells
 * which word it was, hence where it started.
 */
const ANCHORS_RE = /[Nn]gày|[Tt]háng|[Kk]hóa|[Ll]ần|[Nn]hiệm/g;

/** Where the words that start patterns occur, each list in text order. */
export interface Anchors {
  /**
   * Type words as a global scan of the type-word pattern finds them (none starts inside the one
   * before), with the text each matched.
   */
  types: number[];
  typeTexts: string[];
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

/** Every type word and anchor word of the text, in one scan. */
export function findAnchors(text: string): Anchors {
  const a: Anchors = { types: [], typeTexts: [], ngay: [], thang: [], khoa: [], lan: [], nhiem: [] };
  TYPES_RE.lastIndex = 0;
  for (let m = TYPES_RE.exec(text); m; m = TYPES_RE.exec(text)) {
    a.types.push(m.index);
    a.typeTexts.push(m[0]);
  }
  ANCHORS_RE.lastIndex = 0;
  while (ANCHORS_RE.test(text)) {
    const e = ANCHORS_RE.lastIndex;
    let s: number;
    switch (text.charCodeAt(e - 1)) {
      case 121: a.ngay.push((s = e - 4)); break; // ngày
      case 103: a.thang.push((s = e - 5)); break; // tháng
      case 97: a.khoa.push((s = e - 4)); break; // khóa
      case 110: a.lan.push((s = e - 3)); break; // lần
      default: a.nhiem.push((s = e - 5)); // nhiệm
    }
    // On one character later: an anchor may start inside another ("lầngày").
    ANCHORS_RE.lastIndex = s + 1;
  }
  return a;
}

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
