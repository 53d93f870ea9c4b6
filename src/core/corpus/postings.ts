// A key's posting: every mention of the key across the corpus, in uri order, with what is kept up to
// date from them as documents come and go (the copies of its strings, the tally of a code's dates and
// issuers, the best mention by each score). The index (corpusIndex.ts) owns the postings and does the
// splicing; these are the parts that look at one posting at a time.
import type { CitationEntity, Entity } from '../types';
import { foldForSearch } from './fold';

export interface Mention {
  uri: string;
  entity: Entity;
  /** For a Party citation: the Central Committee term it belongs to, when its own file tells; else null. */
  term: string | null;
}

const GENERIC_ISSUERS = new Set(['dang', 'trung uong', 'trung uong dang', 'tw', 'cap tren']);

/** A citation's issuer when it names a particular body: "của Đảng", "của Trung ương" agree with any issuer. */
export const particularIssuer = (c: CitationEntity): string | null => (c.issuer && !GENERIC_ISSUERS.has(foldForSearch(c.issuer)) ? c.issuer : null);

/** The issuers (folded) that are not a part of another one ("Tỉnh ủy" of "Ban Thường vụ Tỉnh ủy"): two or more disagree. */
export function disjoint(issuers: readonly string[]): string[] {
  return issuers.filter((v, i) => !issuers.some((w, j) => i !== j && contains(w, v)));
}

/** Counts a coded citation's date and particular issuer in its posting's tally (`n` = 1 on add, -1 on remove). */
export function tally(p: Posting, c: CitationEntity, n: number): void {
  const issuer = particularIssuer(c);
  if (c.date === null && issuer === null) return;
  const t = (p.tally ??= { dates: new Map(), issuers: new Map() });
  if (c.date !== null) count(t.dates, c.date, n);
  if (issuer !== null) count(t.issuers, foldForSearch(issuer), n);
}

function count(m: Map<string, number>, k: string, n: number): void {
  const v = (m.get(k) ?? 0) + n;
  if (v > 0) m.set(k, v);
  else m.delete(k);
}

/** Whether a code's citations may disagree (two dates, or two particular issuers neither part of the other); false: they cannot. */
export function mayConflict(p: Posting | undefined): boolean {
  const t = p?.tally;
  if (!t) return false;
  if (t.dates.size >= 2) return true;
  return t.issuers.size >= 2 && disjoint([...t.issuers.keys()]).length >= 2;
}

/** What a posting keeps about a key; arrays handed out by lookups are copied before the next change. */
export interface Posting {
  /**
   * One copy of the key and of each way its mentions are written: the same "Hồ Chí Minh" in ten thousand
   * files is one string, and a mention's text no longer keeps its whole file's text alive (see shareStrings).
   */
  key: string;
  texts: string[];
  /** Every mention of the key, by uri then offset (once `sorted`). */
  mentions: Mention[];
  /** The distinct uris of `mentions`, in order (once `sorted`). */
  uris: string[];
  /** How many of `mentions` and `uris` are in order: documents appended out of order come after and are merged in on the next read. */
  sortedLength: number;
  sortedUris: number;
  sharedMentions: boolean;
  sharedUris: boolean;
  /** Term → number of mentions in it; null until a mention has a term. */
  terms: Map<string, number> | null;
  /** For a code: how many of its coded citations give each date and each particular issuer (folded); null until one does. */
  tally: { dates: Map<string, number>; issuers: Map<string, number> } | null;
  /**
   * Per score of SCORES, the first mention with the highest (undefined: not known yet, null: none):
   * updated from a changed document's mentions alone unless the top one was in it.
   */
  tops: (Best | null | undefined)[];
}

export interface Best {
  mention: Mention;
  score: number;
}

export function newPosting(key: string): Posting {
  return { key, texts: [], mentions: [], uris: [], sortedLength: 0, sortedUris: 0, sharedMentions: false, sharedUris: false, terms: null, tally: null, tops: SCORES.map(() => undefined) };
}

export function unshare(p: Posting): void {
  if (p.sharedMentions) {
    p.mentions = p.mentions.slice();
    p.sharedMentions = false;
  }
  if (p.sharedUris) {
    p.uris = p.uris.slice();
    p.sharedUris = false;
  }
}

/** Merges into place the documents appended to a posting out of uri order (a document's own mentions keep their order). */
export function sortPosting(p: Posting): void {
  if (p.sortedLength === p.mentions.length && p.sortedUris === p.uris.length) return;
  unshare(p);
  p.mentions = mergeTail(p.mentions, p.sortedLength, (m) => m.uri);
  p.uris = mergeTail(p.uris, p.sortedUris, (u) => u);
  p.sortedLength = p.mentions.length;
  p.sortedUris = p.uris.length;
}

/**
 * An array whose first `n` items are in order and the rest not: the rest is runs of equal keys (a
 * document's mentions go in together), so the runs are sorted (stably), not the items, and merged in
 * in one pass; an item of the ordered part goes before a run of the same key.
 */
function mergeTail<T>(items: T[], n: number, key: (t: T) => string): T[] {
  const runs: { key: string; from: number; to: number }[] = [];
  for (let i = n; i < items.length; ) {
    const k = key(items[i]);
    let j = i + 1;
    while (j < items.length && key(items[j]) === k) j++;
    runs.push({ key: k, from: i, to: j });
    i = j;
  }
  runs.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.from - b.from));
  const out: T[] = [];
  let i = 0;
  for (const r of runs) {
    while (i < n && !(r.key < key(items[i]))) out.push(items[i++]);
    for (let j = r.from; j < r.to; j++) out.push(items[j]);
  }
  while (i < n) out.push(items[i++]);
  return out;
}

/** First index whose mention's uri is not below `uri`. */
export function lowerBoundMention(sorted: Mention[], uri: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].uri < uri) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first mention with the highest score (scores below 0 never qualify). */
export function firstBest(mentions: readonly Mention[], score: (m: Mention) => number): Best | undefined {
  let best: Best | undefined;
  for (const m of mentions) {
    const s = score(m);
    if (s >= 0 && (!best || s > best.score)) best = { mention: m, score: s };
  }
  return best;
}

/** A citation's fullness: most of date, issuer, subject, long forms before short ones; -1 for other kinds. */
export const citationScore = (m: Mention): number =>
  m.entity.kind === 'citation' ? fullness(m.entity) * 2 + (m.entity.shortForm ? 0 : 1) : -1;

export const richness = (m: Mention): number => (m.entity.kind === 'person' ? m.entity.positions.length : 0);

/** A citation naming both its type and its code (what a label is made of). */
const typedCode = (m: Mention): number => (m.entity.kind === 'citation' && m.entity.type && m.entity.code ? 1 : -1);

const textLength = (m: Mention): number => m.entity.text.length;

export const SCORES = [citationScore, richness, typedCode, textLength];
export const FULLEST = 0;
export const RICHEST = 1;
export const TYPED = 2;
export const LONGEST = 3;

/** The first mention with the highest score of SCORES[i] in a posting (computed once, then kept current). */
export function top(p: Posting, i: number): Best | null {
  let t = p.tops[i];
  if (t === undefined) {
    sortPosting(p);
    t = p.tops[i] = firstBest(p.mentions, SCORES[i]) ?? null;
  }
  return t;
}

/** A document's best candidate against a posting's: better score, or the same from an earlier document. */
export function better(candidate: Best | undefined, current: Best | null | undefined, later = false): Best | null | undefined {
  if (current === undefined || !candidate) return current;
  if (current === null || candidate.score > current.score) return candidate;
  // `later`: the candidate's document comes after all of the posting's (a bulk index in uri order), so a
  // tie keeps the current one without comparing two long uris.
  if (!later && candidate.score === current.score && candidate.mention.uri < current.mention.uri) return candidate;
  return current;
}

/**
 * Makes a key's mentions hold the posting's copies of their key, refs, text and a person's positions
 * (equal strings: what they say does not change), and a person's or body's name the text's when they are
 * the same words. A key is written a few ways at most; past TEXTS_PER_KEY strings the rest keep their own.
 */
export function shareStrings(list: readonly Mention[], k: string, p: Posting): void {
  const key = p.key;
  const texts = p.texts;
  for (let i = 0; i < list.length; i++) {
    const e = list[i].entity;
    if (e.key === k) e.key = key;
    if (e.kind === 'citation') {
      const rs = e.refs;
      for (let j = 0; j < rs.length; j++) if (rs[j] === k) rs[j] = key;
    }
    const t = e.text === key ? key : shared(texts, e.text);
    e.text = t;
    if (e.kind === 'person') {
      if (e.name === t) e.name = t;
      const ps = e.positions;
      for (let j = 0; j < ps.length; j++) ps[j] = shared(texts, ps[j]);
    } else if (e.kind === 'organization' && e.name === t) e.name = t;
  }
}

/** The copy of `s` in a key's few strings, added there if there is room; a string found moves one place up (the common ones come first). */
function shared(texts: string[], s: string): string {
  for (let j = 0; j < texts.length; j++) {
    const t = texts[j];
    if (t.length !== s.length || t !== s) continue;
    if (j > 0) {
      texts[j] = texts[j - 1];
      texts[j - 1] = t;
    }
    return t;
  }
  if (texts.length < TEXTS_PER_KEY) texts.push(s);
  return s;
}

const TEXTS_PER_KEY = 16;

/** First index whose uri is not below `uri` in a sorted array. */
export function lowerBound(sorted: string[], uri: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < uri) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function fullness(c: CitationEntity): number {
  return Number(c.date !== null) + Number(c.issuer !== null) + Number(c.subject !== null);
}

function contains(outer: string, inner: string): boolean {
  return outer !== inner && (' ' + outer + ' ').includes(' ' + inner + ' ');
}
