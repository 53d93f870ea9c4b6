// A key's posting: every mention of the key across the corpus, in uri order, with what is kept up to
// date from them as documents come and go (the copies of its strings, the tally of a code's dates and
// issuers, the best mention by each score). The index (corpusIndex.ts) owns the postings and does the
// splicing; these are the parts that look at one posting at a time.
//
// A posting keeps its mentions as columns (each mention's entity, its document's uri and, for a code
// cited in several terms, its term), not as a record object each: a million records were 49 MB at
// 10,000 documents. The records (Mention) are made when a list of them is asked for.
import type { CitationEntity, Entity, EntityKind } from '../types';
import type { Splice } from './listMapper';
import { foldForSearch } from './fold';
import { expanded, searchFold } from './searchFold';
import { memoSet } from '../memo';

export interface Mention {
  uri: string;
  entity: Entity;
  /** For a Party citation: the Central Committee term it belongs to, when its own file tells; else null. */
  term: string | null;
  /**
   * Where the mention stands in its document, packed (text/lines.ts, packSpan), as its posting keeps it;
   * -1 or absent when not known there (the range is then worked out from the entity and its document).
   */
  span?: number;
}

const GENERIC_ISSUERS = new Set(['dang', 'trung uong', 'trung uong dang', 'tw', 'cap tren']);

/**
 * An issuer as the conflicts compare it: folded (tone marks, diacritics, case), a dash or a comma
 * between two words as a space, and each abbreviation written out as the words it stands for, as a
 * body's key reads them ("Bà Rịa - Vũng Tàu" and "Bà Rịa-Vũng Tàu", "UBND tỉnh Nghệ An" and "Ủy ban
 * nhân dân tỉnh Nghệ An", "BTV Tỉnh ủy" and "Ban Thường vụ Tỉnh uỷ" name one body each).
 */
export const issuerFold = (issuer: string): string => issuerFolds.get(issuer) ?? memoSet(issuerFolds, issuer, expanded(searchFold(issuer)), 10_000);
// A corpus names a few hundred issuers, again and again: each is folded once (a fold costs some 0.5 µs).
const issuerFolds = new Map<string, string>();

/** A citation's issuer when it names a particular body: "của Đảng", "của Trung ương" agree with any issuer. */
export const particularIssuer = (c: CitationEntity): string | null => (c.issuer && !GENERIC_ISSUERS.has(foldForSearch(c.issuer)) ? c.issuer : null);

/** The issuers (folded) that are not a part of another one ("Tỉnh ủy" of "Ban Thường vụ Tỉnh ủy"): two or more disagree. */
export function disjoint(issuers: readonly string[]): string[] {
  return issuers.filter((v, i) => !issuers.some((w, j) => i !== j && contains(w, v)));
}

/**
 * Whether two issuers as written name the same body, as the conflicts count them: equal once folded
 * (tone marks, diacritics, case), or one within the other ("Tỉnh ủy" in "Ban Thường vụ Tỉnh uỷ").
 */
export function sameIssuer(a: string, b: string): boolean {
  const x = issuerFold(a);
  const y = issuerFold(b);
  return x === y || contains(x, y) || contains(y, x);
}

/** The issuers that disagree, each as first written: what a conflict of issuers is about. */
export function conflictingIssuers(written: readonly string[]): string[] {
  const first = new Map<string, string>();
  for (const w of written) {
    const f = issuerFold(w);
    if (!first.has(f)) first.set(f, w);
  }
  return disjoint([...first.keys()]).map((f) => first.get(f)!);
}

/** Counts a coded citation's date and particular issuer in its posting's tally (`n` = 1 on add, -1 on remove). */
export function tally(p: Posting, c: CitationEntity, n: number): void {
  const issuer = particularIssuer(c);
  if (c.date === null && issuer === null) return;
  const t = (p.tally ??= { dates: new Map(), issuers: new Map() });
  if (c.date !== null) count(t.dates, c.date, n);
  if (issuer !== null) count(t.issuers, issuerFold(issuer), n);
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
   * The key. Its mentions' strings are shared already: every result enters the index through the
   * compact form (resultCodec.ts), whose run of batches parses each distinct string once, as a copy that
   * keeps no file's text alive.
   */
  key: string;
  /** The entity of every mention of the key, by uri then offset (once `sorted`). */
  entities: Entity[];
  /** The uri of each mention of `entities`. */
  owners: string[];
  /**
   * Where each mention of `entities` stands in its document, packed (packSpan; -1: not known, or it does
   * not fit): the first `entities.length` numbers, room for more after them. A typed array keeps them in
   * 4 bytes each outside the heap's objects, where a collection does not scan them and a growing column
   * leaves no garbage on the heap (a plain array column raised the cold index's peak heap by some 30 MB
   * at 10,000 documents, against 11 MB kept); Find All References reads them in a row.
   */
  spans: Int32Array;
  /** The term of each mention of `entities`; null while none has one (all but some codes). */
  mentionTerms: (string | null)[] | null;
  /** The distinct uris of the mentions, in order (once `sorted`). */
  uris: string[];
  /** How many of the mentions and of `uris` are in order: documents appended out of order come after and are merged in on the next read. */
  sortedLength: number;
  sortedUris: number;
  /** `uris` was handed out: copied before the next change. */
  sharedUris: boolean;
  /**
   * The records of the mentions, once a list of them was asked for (CorpusIndex.referencesOf): kept up
   * to date as documents come and go, so that an unchanged document's records stay the same objects
   * from one answer to the next. The index drops the least recently asked when they hold too many.
   */
  view: Mention[] | null;
  /** `view` was handed out: copied before the next change (an answer never changes under its caller). */
  sharedView: boolean;
  /** Term → number of mentions in it; null until a mention has a term. */
  terms: Map<string, number> | null;
  /** For a code: how many of its coded citations give each date and each particular issuer (folded); null until one does. */
  tally: { dates: Map<string, number>; issuers: Map<string, number> } | null;
  /**
   * Per score of SCORES, the first mention with the highest (undefined: not known yet, null: none):
   * updated from a changed document's mentions alone unless the top one was in it.
   */
  tops: (Best | null | undefined)[];
  /** The number of the change set the index last put the key in (CorpusIndex.add: once per set, not per document). */
  noted: number;
  /**
   * How many times its columns (entities, owners, spans) changed: mentions added, replaced, dropped or
   * put in order. Equal counts mean equal columns.
   */
  changes: number;
  /**
   * The splices of its columns from `logFrom` changes to `changes`, one a change, the last LOG_LENGTH at
   * most: what a reader that kept an answer needs to bring it up to date (ListMapper.mapColumns). Null
   * until the columns are first read (CorpusIndex.mentionColumns): a bulk index logs nothing. Putting the
   * mentions in order logs the appended ones taken off the end and put back in their places, dropping
   * documents at once a splice for each one's run.
   */
  log: Splice[] | null;
  logFrom: number;
}

/** How many splices a posting's log keeps: an answer kept longer than so many changes is made again. */
export const LOG_LENGTH = 16;

/** Counts a change of the posting's columns: `removed` mentions from `at` replaced by `added`. */
function logged(p: Posting, at: number, removed: number, added: number): void {
  p.changes++;
  const log = p.log;
  if (log === null) return;
  if (log.length === LOG_LENGTH) {
    log.shift();
    p.logFrom++;
  }
  log.push({ at, removed, added });
}

/**
 * Logs what putting in order did (sortPosting): the mentions appended after the first `sorted` taken off
 * the end, then each block of them put in where `order` puts it, from the first place to the last.
 */
function loggedOrder(p: Posting, order: readonly number[], sorted: number): void {
  const n = order.length;
  if (sorted === n) return;
  logged(p, sorted, n - sorted, 0);
  for (let q = 0; q < n; ) {
    if (order[q] < sorted) {
      q++;
      continue;
    }
    let r = q + 1;
    while (r < n && order[r] >= sorted) r++;
    logged(p, q, 0, r - q);
    q = r;
  }
}

/** The posting's log, started (empty, from its present count of changes) if nobody read its columns before. */
export function changeLog(p: Posting): Splice[] {
  if (p.log === null) {
    p.log = [];
    p.logFrom = p.changes;
  }
  return p.log;
}

export interface Best {
  mention: Mention;
  score: number;
}

export function newPosting(key: string): Posting {
  return { key, entities: [], owners: [], spans: new Int32Array(4), mentionTerms: null, uris: [], sortedLength: 0, sortedUris: 0, sharedUris: false, view: null, sharedView: false, terms: null, tally: null, tops: SCORES.map(() => undefined), noted: 0, changes: 0, log: null, logFrom: 0 };
}

export function unshare(p: Posting): void {
  if (p.sharedUris) {
    p.uris = p.uris.slice();
    p.sharedUris = false;
  }
}

/** The posting's view, ready to be changed in place (a copy if it was handed out); null when it has none. */
function ownView(p: Posting): Mention[] | null {
  if (p.view && p.sharedView) {
    p.view = p.view.slice();
    p.sharedView = false;
  }
  return p.view;
}

/** The term of the posting's `i`th mention. */
export const termAt = (p: Posting, i: number): string | null => (p.mentionTerms === null ? null : p.mentionTerms[i]);

/** The record of the posting's `i`th mention. */
export const mentionAt = (p: Posting, i: number): Mention => ({ uri: p.owners[i], entity: p.entities[i], term: termAt(p, i), span: p.spans[i] });

/** The records of the posting's mentions from `from` to `to` (all of them by default). */
export function mentionsOf(p: Posting, from = 0, to = p.entities.length): Mention[] {
  const out: Mention[] = new Array(to - from);
  for (let i = from; i < to; i++) out[i - from] = mentionAt(p, i);
  return out;
}

/** A mention's term in the posting of `key` (a mention naming documents of two terms has one in each). */
export type TermOf = (e: Entity, key: string) => string | null;

/** Where a mention stands in its document, packed (see Posting.spans). */
export type SpanOf = (e: Entity) => number;

/** Appends a document's mentions of the key (its entities in text order, each with its term). */
export function appendMentions(p: Posting, uri: string, list: readonly Entity[], termOf: TermOf, spanOf: SpanOf): void {
  const from = p.entities.length;
  logged(p, from, 0, list.length);
  for (let i = 0; i < list.length; i++) {
    const e = list[i];
    const t = termOf(e, p.key);
    if (t !== null && p.mentionTerms === null) p.mentionTerms = new Array<string | null>(p.entities.length).fill(null);
    p.entities.push(e);
    p.owners.push(uri);
    if (p.spans.length < p.entities.length) p.spans = grown(p.spans, p.entities.length, p.entities.length - 1);
    p.spans[p.entities.length - 1] = spanOf(e);
    if (p.mentionTerms !== null) p.mentionTerms.push(t);
  }
  const view = ownView(p);
  if (view) for (let i = from; i < p.entities.length; i++) view.push(mentionAt(p, i));
}

/**
 * Adds the mentions of `q`, a posting of the same key made of other documents (a load from the cache's
 * postings), to `p`, with its counts: after its own, and merged into place on the next read when they
 * do not all come after them. A best mention of `p` gives way to one of `q` with a higher score, or the
 * same from an earlier document; one that `q` does not keep is found again when asked.
 */
export function appendPosting(p: Posting, q: Posting): void {
  unshare(p);
  const from = p.entities.length;
  const n = q.entities.length;
  const inOrder = p.sortedLength === from && p.sortedUris === p.uris.length && (p.uris.length === 0 || p.uris[p.uris.length - 1] < q.uris[0]);
  logged(p, from, 0, n);
  if (q.mentionTerms !== null && p.mentionTerms === null) p.mentionTerms = new Array<string | null>(from).fill(null);
  for (let i = 0; i < n; i++) {
    p.entities.push(q.entities[i]);
    p.owners.push(q.owners[i]);
    if (p.mentionTerms !== null) p.mentionTerms.push(termAt(q, i));
  }
  if (p.spans.length < from + n) p.spans = grown(p.spans, from + n, from);
  p.spans.set(q.spans.subarray(0, n), from);
  for (const u of q.uris) p.uris.push(u);
  if (inOrder) {
    p.sortedLength = p.entities.length;
    p.sortedUris = p.uris.length;
  }
  const view = ownView(p);
  if (view) for (let i = from; i < p.entities.length; i++) view.push(mentionAt(p, i));
  if (q.terms) for (const [t, c] of q.terms) (p.terms ??= new Map()).set(t, (p.terms.get(t) ?? 0) + c);
  if (q.tally) {
    const t = (p.tally ??= { dates: new Map(), issuers: new Map() });
    for (const [d, c] of q.tally.dates) count(t.dates, d, c);
    for (const [i, c] of q.tally.issuers) count(t.issuers, i, c);
  }
  for (let i = 0; i < p.tops.length; i++) {
    const mine = p.tops[i];
    if (mine === undefined) continue;
    const theirs = q.tops[i];
    if (theirs === undefined) p.tops[i] = undefined;
    else if (theirs !== null && (mine === null || theirs.score > mine.score || (theirs.score === mine.score && theirs.mention.uri < mine.mention.uri))) p.tops[i] = theirs;
  }
}

/** Replaces `count` mentions from `at` with a document's mentions `list` (that document's run, or none: an empty place). */
export function spliceMentions(p: Posting, at: number, count: number, uri: string, list: readonly Entity[], termOf: TermOf, spanOf: SpanOf): void {
  logged(p, at, count, list.length);
  const terms = list.map((e) => termOf(e, p.key));
  if (p.mentionTerms === null && terms.some((t) => t !== null)) p.mentionTerms = new Array<string | null>(p.entities.length).fill(null);
  replaceRange(p.entities, at, count, list);
  replaceRange(p.owners, at, count, list.map(() => uri));
  if (list.length !== count) {
    // The entities moved already: the spans after the run follow them (set() copies overlapping ranges right).
    const n = p.entities.length;
    const spans = n > p.spans.length ? grown(p.spans, n, at) : p.spans;
    spans.set(p.spans.subarray(at + count, n - list.length + count), at + list.length);
    p.spans = spans;
  }
  for (let i = 0; i < list.length; i++) p.spans[at + i] = spanOf(list[i]);
  if (list.length < count) fit(p);
  if (p.mentionTerms) replaceRange(p.mentionTerms, at, count, terms);
  const view = ownView(p);
  if (view) replaceRange(view, at, count, mentionsOf(p, at, at + list.length));
}

/**
 * Takes the mentions of the documents `gone` out of a posting in one pass (what removing them one by
 * one does, in time linear in the posting instead of once per document). `onRun(from, to)` sees each
 * document's run before it goes.
 */
export function dropDocuments(p: Posting, gone: ReadonlySet<string>, onRun: (from: number, to: number) => void): void {
  sortPosting(p);
  unshare(p);
  const { entities, owners, spans } = p;
  const terms = p.mentionTerms;
  const view = ownView(p);
  const n = entities.length;
  let w = 0;
  for (let i = 0; i < n; ) {
    const uri = owners[i];
    let j = i + 1;
    while (j < n && owners[j] === uri) j++;
    if (gone.has(uri)) {
      onRun(i, j);
      logged(p, w, j - i, 0);
    } else {
      for (let q = i; q < j; q++, w++) {
        entities[w] = entities[q];
        owners[w] = owners[q];
        spans[w] = spans[q];
        if (terms !== null) terms[w] = terms[q];
        if (view !== null) view[w] = view[q];
      }
    }
    i = j;
  }
  entities.length = w;
  owners.length = w;
  fit(p);
  if (terms !== null) terms.length = w;
  if (view !== null) view.length = w;
  p.uris = p.uris.filter((u) => !gone.has(u));
  p.sortedLength = w;
  p.sortedUris = p.uris.length;
  for (let i = 0; i < p.tops.length; i++) {
    const top = p.tops[i];
    if (top && gone.has(top.mention.uri)) p.tops[i] = undefined;
  }
}

/** Gives back the room of a posting's spans once its mentions take less than half of it (documents gone). */
function fit(p: Posting): void {
  const n = p.entities.length;
  if (p.spans.length > 2 * n + 64) p.spans = p.spans.slice(0, n);
}

/**
 * A copy of `spans` with room for at least `length` numbers (twice as many), its first `keep` copied. A
 * typed array costs some microseconds to make, whatever its size: a bulk index grows thousands of
 * columns, a few numbers at a time. The room left over, at most as much again as a column holds (some
 * 4 MB at 10,000 documents), is outside the heap; `fit` gives it back only after removals.
 */
function grown(spans: Int32Array, length: number, keep: number): Int32Array {
  const next = new Int32Array(Math.max(length, spans.length * 2, 4));
  next.set(keep === spans.length ? spans : spans.subarray(0, keep));
  return next;
}

/** Replaces `count` items of `a` from `at` with `items`: in place when as many, and never as the arguments of one call (a file may have 100,000). */
function replaceRange<T>(a: T[], at: number, count: number, items: readonly T[]): void {
  if (items.length === count) {
    for (let i = 0; i < count; i++) a[at + i] = items[i];
    return;
  }
  if (items.length <= 1024) {
    a.splice(at, count, ...items);
    return;
  }
  const tail = a.slice(at + count);
  a.length = at;
  for (const x of items) a.push(x);
  for (const x of tail) a.push(x);
}

/** Merges into place the documents appended to a posting out of uri order (a document's own mentions keep their order). */
export function sortPosting(p: Posting): void {
  if (p.sortedLength === p.entities.length && p.sortedUris === p.uris.length) return;
  unshare(p);
  const order = mergeTail(p.owners, p.sortedLength);
  loggedOrder(p, order, p.sortedLength);
  const { entities, owners, spans, mentionTerms: terms, view } = p;
  p.entities = order.map((i) => entities[i]);
  p.spans = Int32Array.from(order, (i) => spans[i]);
  if (terms !== null) p.mentionTerms = order.map((i) => terms[i]);
  p.owners = order.map((i) => owners[i]);
  if (view !== null) {
    p.view = order.map((i) => view[i]);
    p.sharedView = false;
  }
  p.uris = mergeTail(p.uris, p.sortedUris).map((i) => p.uris[i]);
  p.sortedLength = p.entities.length;
  p.sortedUris = p.uris.length;
}

/**
 * The order that sorts `keys`, whose first `n` are in order and the rest not: the rest is runs of equal
 * keys (a document's mentions go in together), so the runs are sorted (stably), not the items, and
 * merged in in one pass; an item of the ordered part goes before a run of the same key.
 */
function mergeTail(keys: readonly string[], n: number): number[] {
  const runs: { key: string; from: number; to: number }[] = [];
  for (let i = n; i < keys.length; ) {
    const k = keys[i];
    let j = i + 1;
    while (j < keys.length && keys[j] === k) j++;
    runs.push({ key: k, from: i, to: j });
    i = j;
  }
  runs.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.from - b.from));
  const out: number[] = [];
  let i = 0;
  for (const r of runs) {
    while (i < n && !(r.key < keys[i])) out.push(i++);
    for (let j = r.from; j < r.to; j++) out.push(j);
  }
  while (i < n) out.push(i++);
  return out;
}

/** Where a document's mentions are in a posting, sorted first: from `from` to `to` (empty when it has none). */
export function runOf(p: Posting, uri: string): { from: number; to: number } {
  sortPosting(p);
  const owners = p.owners;
  const from = lowerBound(owners, uri);
  let to = from;
  while (to < owners.length && owners[to] === uri) to++;
  return { from, to };
}

/** The place of the first entity with the highest score, among all or those at `at`; -1 when none scores 0 or more. */
function bestPlace(entities: readonly Entity[], at: readonly number[] | null, score: (e: Entity) => number): number {
  let best = -1;
  let bestScore = -1;
  const n = at === null ? entities.length : at.length;
  for (let j = 0; j < n; j++) {
    const i = at === null ? j : at[j];
    const s = score(entities[i]);
    if (s >= 0 && (best < 0 || s > bestScore)) {
      best = i;
      bestScore = s;
    }
  }
  return best;
}

/** The first of a posting's mentions (all, or those at `at`) with the highest score, with a record of it alone. */
export function firstBestAt(p: Posting, at: readonly number[] | null, score: (e: Entity) => number): Best | undefined {
  const i = bestPlace(p.entities, at, score);
  return i < 0 ? undefined : { mention: mentionAt(p, i), score: score(p.entities[i]) };
}

/**
 * A posting's best by `score` (its `tops` entry) once a document's mentions of the key go in (`list`: its
 * entities in text order): the document's first best mention if it beats the current one (a higher
 * score, or the same from an earlier document), else the current one. A record is made for the winner
 * alone: a bulk index offers a candidate for every document and key, and nearly all of them lose.
 * `later`: the document comes after all of the posting's (a bulk index in uri order), so a tie keeps
 * the current one without comparing two long uris.
 */
export function offerBest(current: Best | null | undefined, list: readonly Entity[], uri: string, key: string, termOf: TermOf, score: (e: Entity) => number, later = false): Best | null | undefined {
  if (current === undefined) return current;
  const i = bestPlace(list, null, score);
  if (i < 0) return current;
  const s = score(list[i]);
  if (current !== null && !(s > current.score || (!later && s === current.score && uri < current.mention.uri))) return current;
  return { mention: { uri, entity: list[i], term: termOf(list[i], key) }, score: s };
}

/** A citation's fullness: most of date, issuer, subject, long forms before short ones; -1 for other kinds. */
export const citationScore = (e: Entity): number => (e.kind === 'citation' ? fullness(e) * 2 + (e.shortForm ? 0 : 1) : -1);

export const richness = (e: Entity): number => (e.kind === 'person' ? e.positions.length : 0);

/** A citation naming both its type and its code (what a label is made of). */
const typedCode = (e: Entity): number => (e.kind === 'citation' && e.type && e.code ? 1 : -1);

const textLength = (e: Entity): number => e.text.length;

export const SCORES = [citationScore, richness, typedCode, textLength];
export const FULLEST = 0;
export const RICHEST = 1;
export const TYPED = 2;
export const LONGEST = 3;

/**
 * The best mention a posting keeps from the start, by the kind of its first mention: what Go to
 * Definition reads (a code's fullest citation, a person's or body's mention naming most positions); -1
 * for the other kinds, whose best mentions are found when asked.
 */
export const keptTop = (kind: EntityKind): number => (kind === 'citation' ? FULLEST : kind === 'person' || kind === 'organization' ? RICHEST : -1);

/** The first mention with the highest score of SCORES[i] in a posting (computed once, then kept current). */
export function top(p: Posting, i: number): Best | null {
  let t = p.tops[i];
  if (t === undefined) {
    sortPosting(p);
    t = p.tops[i] = firstBestAt(p, null, SCORES[i]) ?? null;
  }
  return t;
}

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
