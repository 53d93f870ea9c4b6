// One scan of the normalised text for the words that start the patterns of the extractors: the type
// words of citations ("Nghị quyết", "Chỉ thị liên tịch") and the first words of dates and terms
// ("ngày", "tháng", "khóa", "lần", "nhiệm"). Each extractor then runs its own pattern only there.

// The type words as a trie by first syllable: one alternation per letter keeps the scan fast.
const LT = '\\s+[Ll]iên\\s+[Tt]ịch';
const TYPE_SOURCE = [
  `[Nn]ghị\\s+(?:[Qq]uyết(?:${LT})?|[Đđ]ịnh)`, `[Cc]h(?:ỉ\\s+[Tt]hị(?:${LT})?|ương\\s+[Tt]rình)`, `[Qq]uy(?:\\s+(?:[Đđ]ịnh|[Cc]hế)|ết\\s+[Đđ]ịnh)`,
  `[Kk]ế(?:t\\s+[Ll]uận|\\s+[Hh]oạch)`, `[Hh]ướng\\s+[Dd]ẫn`, `[Tt]h(?:ông\\s+(?:[Bb]áo(?:\\s+[Kk]ết\\s+[Ll]uận)?|[Tt]ri|[Tt]ư(?:${LT})?))`, `[Tt]ờ\\s+[Tt]rình`,
  `[Bb]áo\\s+[Cc]áo`, `[Cc]ông\\s+[Vv]ăn`, `[Đđ]ề\\s+[Áá]n`, `[Ll]uật`, `[Pp]háp\\s+[Ll]ệnh`,
].join('|');

// A type word (group 1) or an anchor word. No two of them start alike, so at any position at most one
// alternative matches. No 'u': every letter is in the BMP, and the non-Unicode matcher scans faster.
const MARKS_RE = new RegExp(`(${TYPE_SOURCE})|[Nn]gày|[Tt]háng|[Kk]hóa|[Ll]ần|[Nn]hiệm`, 'g');

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
  let typesFrom = 0;
  MARKS_RE.lastIndex = 0;
  for (let m = MARKS_RE.exec(text); m; m = MARKS_RE.exec(text)) {
    const p = m.index;
    if (m[1] !== undefined) {
      // A scan of the type words alone would go on after the end of this one.
      if (p >= typesFrom) {
        a.types.push(p);
        a.typeTexts.push(m[1]);
        typesFrom = p + m[1].length;
      }
    } else {
      switch (text.charCodeAt(p) | 32) {
        case 110: (m[0].length === 4 ? a.ngay : a.nhiem).push(p); break; // n
        case 116: a.thang.push(p); break; // t
        case 107: a.khoa.push(p); break; // k
        default: a.lan.push(p); // l
      }
    }
    // On one character later: an anchor may start inside a type word or another anchor.
    MARKS_RE.lastIndex = p + 1;
  }
  return a;
}

/**
 * Runs a sticky pattern only at the given positions (in order), where every match must start: the
 * same matches, in the same order, as a global scan of the whole text. `onMatch` returns where the
 * scan goes on (the end of the match, for a global scan).
 */
export function scanAt(text: string, re: RegExp, positions: readonly number[], onMatch: (m: RegExpExecArray) => number): void {
  let next = 0;
  for (const p of positions) {
    if (p < next) continue;
    re.lastIndex = p;
    const m = re.exec(text);
    if (m) next = onMatch(m);
  }
}
