// Folding for search: the same name typed with or without diacritics, with đ or d, in NFC or NFD,
// in any letter case, with look-alike letters or odd spaces, must find the same entity.
import { foldDiacritics } from '../text/normalize';
import { memoSet } from '../memo';

// Names, issuers and positions repeat across a corpus: remember recent foldings (bounded).
const memo = new Map<string, string>();
const MEMO_LIMIT = 50_000;

/** Lower-case, no diacritics, đ → d, no apostrophe, runs of white space (incl. no-break space) → one space. */
export function foldForSearch(text: string): string {
  // An apostrophe folds away too: "kbrong" finds "K'Brông" (the normalisation wrote ’ as ').
  return memo.get(text) ?? memoSet(memo, text, foldDiacritics(text).replace(/'/g, '').replace(/\s+/g, ' ').trim(), MEMO_LIMIT);
}
