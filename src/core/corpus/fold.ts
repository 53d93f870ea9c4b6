// Folding for search: the same name typed with or without diacritics, with đ or d, in NFC or NFD,
// in any letter case, with look-alike letters or odd spaces, must find the same entity.
import { foldDiacritics } from '../text/normalize';

/** Lower-case, no diacritics, đ → d, runs of white space (incl. no-break space) → one space. */
export function foldForSearch(text: string): string {
  return foldDiacritics(text).replace(/\s+/g, ' ').trim();
}
