// How a body's name is compared: for a symbol search, and for the issuers two citations of one code
// give. Pure: no `vscode`, and no engine (the abbreviations are data).
import { BODY_ABBREVIATIONS } from '../extract/bodyAbbreviations';
import { joinersAsSpaces } from '../text/normalize';
import { foldForSearch } from './fold';

/**
 * Folding for a symbol search: foldForSearch, and a comma or a dash between two words as a space, as a
 * body's key reads them ("phong, chong" and "phong chong", "ba ria-vung tau" and "ba ria - vung tau").
 * Not a dash before or after a digit: a code's ("37-qd/tw") or "covid-19".
 */
export const searchFold = (text: string): string => joinersAsSpaces(foldForSearch(text));

/**
 * Replaces each whole word (or run of words) of a folded name found among `pairs`' first halves by its
 * second, the longest first. Built once, when first used.
 */
function wordReplacer(pairs: () => Iterable<[string, string]>): (folded: string) => string {
  let built: { re: RegExp; of: Map<string, string> } | undefined;
  return (folded) => {
    if (!built) {
      const of = new Map<string, string>();
      for (const [from, to] of pairs()) if (!of.has(from)) of.set(from, to);
      const alternatives = [...of.keys()].sort((x, y) => y.length - x.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      built = { re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu'), of };
    }
    const { re, of } = built;
    return folded.replace(re, (w) => of.get(w)!);
  };
}

/**
 * A body's key (folded) with the words its abbreviations stand for written as those abbreviations (see
 * BODY_ABBREVIATIONS): the form a search typed with them finds ("ubnd nghe an" finds the key "ủy ban
 * nhân dân tỉnh nghệ an", which the corpus may write either way).
 */
export const contracted = wordReplacer(() => [...BODY_ABBREVIATIONS].map(([a, words]): [string, string] => [searchFold(words), foldForSearch(a)]));

/**
 * The other way: a folded name with each abbreviation written out as its words ("btv tinh uy" and
 * "btvtu" → "ban thuong vu tinh uy"): one form for a body however it is abbreviated.
 */
export const expanded = wordReplacer(() => [...BODY_ABBREVIATIONS].map(([a, words]): [string, string] => [foldForSearch(a), searchFold(words)]));
