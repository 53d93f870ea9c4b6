// Codes typed with look-alike characters (U+00D0 "Ð" for the Vietnamese "Đ" U+0110, Cyrillic letters
// for Latin ones) look right but never match: they split a document's references. This finds them in
// raw text and says what the code should read.

const LOOKALIKE: Record<string, string> = {
  '\u00d0': 'Đ', // Ð Latin capital eth
  '\u00f0': 'đ',
  '\u0410': 'A', '\u0412': 'B', '\u0415': 'E', '\u041a': 'K', '\u041c': 'M', '\u041d': 'H', '\u041e': 'O',
  '\u0420': 'P', '\u0421': 'C', '\u0422': 'T', '\u0425': 'X', '\u0423': 'Y', '\u0406': 'I', '\u0408': 'J',
  '\u0405': 'S', '\u0430': 'a', '\u0435': 'e', '\u043e': 'o', '\u0440': 'p', '\u0441': 'c', '\u0443': 'y',
  '\u0445': 'x', '\u0456': 'i',
};

// A letter of a code (Ư of TƯ too), with the combining marks an NFD text writes after it.
const LETTER = "(?:[A-Za-zĐđƯư\u00d0\u00f0\u0400-\u04ff]\\p{M}*)";
// Any dash a code is written with ("05–CT/TW", "05‑CT/TW"), a space around it too ("05 - CT/TW"; never a line break): as the keys read them.
const DASH = '[ \\u00a0]?[-\\u2010-\\u2015\\u2212][ \\u00a0]?';
// number-TYPE/ISSUER (Party) and number[/year]/TYPE-ISSUER (State), with look-alikes allowed anywhere.
const CODE_RE = new RegExp(
  `(?<![\\p{L}\\p{M}\\d])\\d{1,4}(?:${DASH}${LETTER}{1,4}\\/${LETTER}{1,8}|(?:\\/\\d{4})?\\/${LETTER}{1,6}${DASH}${LETTER}{1,8}\\d{0,2})(?![\\p{L}\\p{M}\\d])`,
  'gu',
);

export interface LookalikeCode {
  start: number;
  end: number;
  text: string;
  /** The code with every look-alike replaced by the intended letter. */
  fixed: string;
  /** The offending characters as code points ("U+00D0"). */
  characters: string[];
}

export function fixLookalikes(code: string): string {
  let out = '';
  for (const ch of code) out += LOOKALIKE[ch] ?? ch;
  return out;
}

/** Every character of LOOKALIKE: a text with none of them has no look-alike code (most texts). */
const ANY_LOOKALIKE = /[\u00d0\u00f0\u0400-\u04ff]/;

export function findLookalikeCodes(text: string): LookalikeCode[] {
  const out: LookalikeCode[] = [];
  if (!ANY_LOOKALIKE.test(text)) return out;
  CODE_RE.lastIndex = 0;
  for (let m = CODE_RE.exec(text); m; m = CODE_RE.exec(text)) {
    const chars = [...m[0]].filter((c) => c in LOOKALIKE);
    if (chars.length === 0) continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      fixed: fixLookalikes(m[0]),
      characters: [...new Set(chars)].map((c) => 'U+' + c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')),
    });
  }
  return out;
}
