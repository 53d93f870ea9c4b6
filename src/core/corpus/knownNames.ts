// People the corpus knows, found in a text where its own extraction did not see them (a name with no
// "đồng chí" before it, a person introduced in another file). Runs of two to four capitalised
// syllables (or one written with an apostrophe, "K'Brông") are looked up, longest first, in the index's
// name table: one map lookup per candidate.
import { CorpusIndex } from './corpusIndex';
import { PLACE_FIRST_SYLLABLES } from '../extract/placeSyllables';

export interface KnownName {
  start: number;
  end: number;
  key: string;
}

/** A capitalised syllable, or a name of the Central Highlands peoples in one word ("K'Brông", "H’Hen"). */
const SYLLABLE = /\p{Lu}(?:['\u2019]\p{L})?[\p{Ll}\p{M}]*/uy;
/** A word as the text writes it: letters, or a capital, an apostrophe and letters (as the engine's words). */
const WORD_RE = /\p{Lu}['\u2019](?=\p{Lu}|\p{Ll}[\p{L}\p{M}])[\p{L}\p{M}]+|[\p{L}\p{M}]+/gu;
const isApostropheWord = (w: string): boolean => w.length >= 3 && (w.charCodeAt(1) === 0x27 || w.charCodeAt(1) === 0x2019);

export function findKnownNames(text: string, index: CorpusIndex, skip: (start: number, end: number) => boolean = () => false): KnownName[] {
  const out: KnownName[] = [];
  if (index.knownNameCount === 0) return out;
  const words: { start: number; end: number }[] = [];
  const flush = () => {
    let i = 0;
    while (i < words.length) {
      let matched = 0;
      // A name has two syllables or more; one written with an apostrophe may be whole in one, but not as
      // the second syllable of a place ("K'Nàng" of the commune "Đạ K'Nàng").
      const least = isApostropheWord(text.slice(words[i].start, words[i].end)) && !(i > 0 && PLACE_FIRST_SYLLABLES.has(text.slice(words[i - 1].start, words[i - 1].end).normalize('NFC').toLowerCase())) ? 1 : 2;
      for (let n = Math.min(4, words.length - i); n >= least; n--) {
        const start = words[i].start;
        const end = words[i + n - 1].end;
        const key = index.personByName(text.slice(start, end));
        if (key && !skip(start, end)) {
          out.push({ start, end, key });
          matched = n;
          break;
        }
      }
      i += matched || 1;
    }
    words.length = 0;
  };
  const re = WORD_RE;
  re.lastIndex = 0;
  let lastEnd = -1;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    SYLLABLE.lastIndex = 0;
    const isCap = SYLLABLE.test(m[0]) && SYLLABLE.lastIndex === m[0].length;
    // One space between the words: a plain one, or any the keys read as one (no-break, narrow, thin …).
    const gapIsSpace = lastEnd >= 0 && /^[ \u00a0\u2000-\u200a\u202f\u205f\u3000]$/.test(text.slice(lastEnd, m.index));
    if (!isCap || (!gapIsSpace && words.length)) flush();
    if (isCap) words.push({ start: m.index, end: m.index + m[0].length });
    lastEnd = m.index + m[0].length;
  }
  flush();
  return out;
}
