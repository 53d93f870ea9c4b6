// What every extractor works on: the original text, its normalised copy (same meaning, offsets
// mapped back), its words and its lines; and the one place where entities get their ranges.
import { Range } from '../types';
import { LineIndex, lineIndex } from '../text/lines';
import { NormalizedText, normalizeWithMap } from '../text/normalize';
import { Anchors, findAnchors } from './scan';
import { Shape, Words, plainWords, releaseWords, tokenize } from './tokens';

import { UNPLACED } from './unplaced';
import { keepShape } from '../keptShapes';

export { UNPLACED };

export interface Context {
  /** The original text. */
  readonly src: string;
  /**
   * The normalised text that patterns run on (NFC, modern tones, look-alikes, dashes, spaces); in the
   * reading of capitals (capitals.ts), with the capitals runs in sentence case.
   */
  readonly norm: string;
  /** The normalised text with its capitals as written (norm, but in the reading of capitals). */
  readonly written: string;
  readonly words: Words;
  /** The lines of the original text (made when first asked: only ranges need them). */
  lines(): LineIndex;
  /** Where type words and the words that start dates and terms occur in the normalised text (found once, when first asked). */
  anchors(): Anchors;
  toOriginal(i: number): number;
  /**
   * Maps the normalised span [s, e) to the original: sets `start`, `end` (offsets), `text` and `range`
   * on this context for the caller to copy into the entity it builds, so no object is made in between.
   */
  locate(s: number, e: number): void;
  start: number;
  end: number;
  text: string;
  range: Range;
  /** The original text of the normalised span [s, e). */
  original(s: number, e: number): string;
  /**
   * The normalised span [s, e) as a name reads: the original text, but in the reading of capitals a
   * name written in capitals reads in sentence case ("BỘ CHÍNH TRỊ" → "Bộ Chính trị").
   */
  name(s: number, e: number): string;
}

/**
 * A cue word run into what it introduces, a space missing ("số05-CT/TW", "ngày15/5/2016", "củaBộ Chính
 * trị", "Đồng chíNguyễn Văn A"): the patterns read it as if the space were there. (Two lower-case words
 * run together, "đảng viênluôn", cannot be told apart without a dictionary.)
 */
const CUES_BEFORE_NUMBER = ['số', 'ngày', 'tháng', 'năm'];
const CUES_BEFORE_NAME = ['của', 'chí'];
const isDigit = (c: number) => c >= 48 && c <= 57;
const isUpperLetter = (ch: string) => ch !== ch.toLowerCase() && ch === ch.toUpperCase();

/** Where in word w a cue word ends that runs into the rest of it, or -1 (the word has digits or mixed case). */
function gluedCueEnd(text: string, words: Words, w: number): number {
  const s = words.starts[w];
  const e = words.ends[w];
  const c0 = text.charCodeAt(s);
  if (isDigit(c0)) {
    // "của" after a number run into it ("năm 2021củaBan Chấp hành"): read in place, the word is short.
    for (let k = s + 1; k + 3 < e; k++) {
      if (isDigit(text.charCodeAt(k - 1)) && !isDigit(text.charCodeAt(k))) {
        for (const cue of CUES_BEFORE_NAME) if (text.startsWith(cue, k) && k + cue.length < e && isUpperLetter(text[k + cue.length])) return k + cue.length;
        return -1;
      }
    }
    return -1;
  }
  // Only words starting with the cues' first letters (s, n, t, c) are read, and only their first letters.
  const first = c0 | 0x20;
  if (first !== 0x73 && first !== 0x6e && first !== 0x74 && first !== 0x63) return -1;
  const head = text.slice(s, Math.min(e, s + 7));
  const lower = head.toLowerCase();
  for (const cue of CUES_BEFORE_NUMBER) if (lower.startsWith(cue) && isDigit(head.charCodeAt(cue.length))) return s + cue.length;
  // In either case ("củaBộ", "CủaBộ" opening a sentence), before a capital.
  for (const cue of CUES_BEFORE_NAME) if (lower.startsWith(cue) && head.length > cue.length && isUpperLetter(head[cue.length])) return s + cue.length;
  return -1;
}

/** The normalised text with a space where a cue word runs into the next, and the way back; null when none does. */
function withGluedApart(n: NormalizedText, words: Words): NormalizedText | null {
  // Where each space goes in the normalised text; in the spaced text the k-th is at at[k] + k.
  let at: number[] | null = null;
  for (let w = 0; w < words.count; w++) {
    if (words.shapes[w] !== Shape.Other) continue;
    const p = gluedCueEnd(n.text, words, w);
    if (p >= 0) (at ??= []).push(p);
  }
  if (!at) return null;
  const parts: string[] = [];
  let from = 0;
  for (const p of at) {
    parts.push(n.text.slice(from, p), ' ');
    from = p;
  }
  parts.push(n.text.slice(from));
  // A spaced offset less the spaces before it; a space maps where the word after it starts.
  const unspaced = (i: number) => {
    let lo = 0;
    let hi = at.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (at[mid] + mid < i) lo = mid + 1;
      else hi = mid;
    }
    return i - lo;
  };
  return { text: parts.join(''), toOriginal: (i) => n.toOriginal(unspaced(i)) };
}

export function createContext(src: string, ranges = true): Context {
  // The usual text (no combining mark) is normalised and split into words in one scan.
  const plain = plainWords(src);
  const normalised: NormalizedText = plain ? { text: plain.text, toOriginal: (i) => i } : normalizeWithMap(src);
  const first = plain ? plain.words : tokenize(normalised.text);
  const spaced = withGluedApart(normalised, first);
  if (spaced) releaseWords(first);
  const n = spaced ?? normalised;
  let lines: LineIndex | null = null;
  const words = spaced ? tokenize(n.text) : first;
  const original = (s: number, e: number) => src.slice(n.toOriginal(s), n.toOriginal(e));
  let anchors: Anchors | null = null;
  const linesOf = () => (lines ??= lineIndex(src));
  function locate(this: Context, s: number, e: number): void {
    const start = n.toOriginal(s);
    const end = n.toOriginal(e);
    this.start = start;
    this.end = end;
    this.text = src.slice(start, end);
    if (ranges) this.range = linesOf().range(start, end);
  }
  return contextObject(src, n.text, n.text, words, linesOf, () => (anchors ??= findAnchors(n.text)), n.toOriginal, original, original, locate);
}

/**
 * The context of ctx's text read as `norm`, a copy that differs from it only in the case of some letters
 * (the reading of capitals, capitals.ts), with its words and its names.
 */
export function readingOf(ctx: Context, norm: string, words: Words, name: (s: number, e: number) => string): Context {
  let anchors: Anchors | null = null;
  return contextObject(ctx.src, norm, ctx.norm, words, ctx.lines, () => (anchors ??= findAnchors(norm)), ctx.toOriginal, ctx.original, name, ctx.locate);
}

/**
 * A text's context or a reading of it as one object literal: both have one shape, so that the
 * extractors' reads of either stay monomorphic (a spread copy has a shape of its own, and the reads
 * of every text that has one would be polymorphic).
 */
function contextObject(
  src: string, norm: string, written: string, words: Words, lines: () => LineIndex, anchors: () => Anchors, toOriginal: (i: number) => number,
  original: (s: number, e: number) => string, name: (s: number, e: number) => string, locate: (this: Context, s: number, e: number) => void,
): Context {
  return { src, norm, written, words, lines, anchors, toOriginal, original, name, start: 0, end: 0, text: '', range: UNPLACED, locate };
}

/**
 * Sorts `list` in place, stably, unless it is in order already (as the lists of the extractors nearly
 * always are): a sort allocates, a check does not. A list of a few runs in order (an extractor's
 * phases one after the other) is merged run by run, which allocates only a copy of each later run.
 */
export function sortIfNeeded<T>(list: T[], cmp: (a: T, b: T) => number): T[] {
  let runs = 0;
  let second = -1;
  let third = -1;
  for (let i = 1; i < list.length; i++) {
    if (cmp(list[i - 1], list[i]) <= 0) continue;
    if (++runs > 2) return list.sort(cmp);
    if (runs === 1) second = i;
    else third = i;
  }
  if (second < 0) return list;
  if (third < 0) {
    mergeRun(list, second, list.length, cmp);
  } else {
    mergeRun(list, second, third, cmp);
    mergeRun(list, third, list.length, cmp);
  }
  return list;
}

/** Merges list[from, to) into the ordered list[0, from), from the back; on a tie the earlier element stays first. */
function mergeRun<T>(list: T[], from: number, to: number, cmp: (a: T, b: T) => number): void {
  const run = list.slice(from, to);
  let i = from - 1;
  let j = run.length - 1;
  for (let k = to - 1; j >= 0; k--) list[k] = i >= 0 && cmp(list[i], run[j]) > 0 ? list[i--] : run[j--];
}

/** Ranges already claimed by an extractor, so that another does not read inside them. */
export class Claims {
  // Spans as two lists (no object per span), in the order they were added until a look-up orders
  // them by start, stably.
  private starts: number[] = [];
  private ends: number[] = [];
  /** Where each run of spans added in order of start begins, after the first run (usually none). */
  private runStarts: number[] = [];
  add(s: number, e: number): void {
    const n = this.starts.length;
    if (n && s < this.starts[n - 1]) this.runStarts.push(n);
    this.starts.push(s);
    this.ends.push(e);
  }
  overlaps(s: number, e: number): boolean {
    if (this.runStarts.length) this.order();
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] < e) lo = mid + 1;
      else hi = mid;
    }
    // Spans starting before e: check the nearest few (claims do not nest deeply).
    for (let k = lo - 1; k >= 0 && k >= lo - 8; k--) if (this.ends[k] > s) return true;
    return false;
  }
  /** Orders the spans by start as a stable sort does: each run in order is merged into those before it. */
  private order(): void {
    const runs = this.runStarts;
    if (runs.length > 8) {
      // Many runs (unusual): a stable sort of the pairs.
      const pairs = this.starts.map((st, k) => [st, this.ends[k]]).sort((x, y) => x[0] - y[0]);
      this.starts = pairs.map((p) => p[0]);
      this.ends = pairs.map((p) => p[1]);
    } else {
      for (let r = 0; r < runs.length; r++) this.mergeRun(runs[r], r + 1 < runs.length ? runs[r + 1] : this.starts.length);
    }
    this.runStarts = [];
  }
  /** Merges the run [from, to) into the ordered spans before it; on equal starts the earlier span stays first. */
  private mergeRun(from: number, to: number): void {
    const { starts, ends } = this;
    const runStarts = starts.slice(from, to);
    const runEnds = ends.slice(from, to);
    // From the back: the larger start goes last; on a tie the run's span (added later) goes last.
    let i = from - 1;
    let j = runStarts.length - 1;
    for (let k = to - 1; j >= 0; k--) {
      if (i >= 0 && starts[i] > runStarts[j]) {
        starts[k] = starts[i];
        ends[k] = ends[i];
        i--;
      } else {
        starts[k] = runStarts[j];
        ends[k] = runEnds[j];
        j--;
      }
    }
  }
}

keepShape(new Claims());
