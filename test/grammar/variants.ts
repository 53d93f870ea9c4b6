// Spelling variants that real files arrive in; the grammar must read them all like the NFC original.

/** Decomposed Unicode: every Vietnamese mark as a combining character. */
export function toNfd(text: string): string {
  return text.normalize('NFD');
}

const TONES = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];

/**
 * Old-style tone placement: the mark sits on the second vowel of a syllable-final oa, oe, uy
 * ("khoá", "uỷ", "hoá") instead of the first ("khóa", "ủy", "hóa"). Same length as the input in NFC.
 */
export function toOldTone(text: string): string {
  return text.replace(
    /([òóỏõọÒÓỎÕỌùúủũụÙÚỦŨỤ])([aAeEyY])(?![\p{L}\p{M}])/gu,
    (pair, first: string, second: string) => {
      const decomposed = first.normalize('NFD');
      const tone = [...decomposed].find((c) => TONES.includes(c));
      if (!tone) return pair;
      const base = decomposed.replace(tone, '').normalize('NFC');
      if ((base === 'u' || base === 'U') && !/[yY]/.test(second)) return pair; // "ủa" is not a uy pair
      if ((base === 'o' || base === 'O') && /[yY]/.test(second)) return pair;
      return base + (second + tone).normalize('NFC');
    },
  );
}
