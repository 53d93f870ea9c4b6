// The corpus index: documents → entities, and entity key → every mention across the corpus.
//
// Updating one document costs work proportional to that document: its old mentions are cut out of the
// postings of the keys it touched and its new ones spliced in; nothing else is rescanned. A key's
// posting keeps its mentions by uri then offset as columns (entity, uri, term) and its distinct uris,
// kept current by splicing (a document added out of uri order is appended and the posting sorted once,
// on its next read). `citingDocuments` of a bare key hands out its uris as they stand and
// `referencesOf` the posting's view, records made once and then kept current (both copied on the next
// change, so an answer never changes under its caller; see Posting.view). The fullest citation
// (definitions) and the richest mention (a person's definition) are kept per posting and updated from
// the changed document's own mentions; what else is derived (labels, positions, conflicts, per-term
// lists) is cached per key and dropped when a document contributing to that key changes — a person's
// positions survive an edit that leaves that document's positions for the person as they were.
// Every kind of entity has postings, not only citations and people: the providers read bodies, dates,
// terms and abbreviations across the corpus too (a body's hover counts, Find All References on any
// mention, the Entities view's dates), and a posting costs about two array slots per mention. What
// looks at one posting at a time (its order, its shared strings, its tally, its best mentions) is in
// postings.ts.
//
// One code, several documents. Party numbering restarts with each Central Committee term, so
// "12-NQ/TW" names a 2012 resolution (khóa XI) and a 2022 one (khóa XIII). Each citation mention gets
// a term: from its own date, else from the term it names, else from a dated mention of the same code in
// the same file. When the corpus holds mentions of one code in two or more terms, the code is *split*:
// its mentions answer to per-term keys "12-NQ/TW@XI" and "12-NQ/TW@XIII" (see `keysOf`), and a mention
// whose term cannot be told stays under the bare key, which keeps listing every mention of the code.
// `conflictsOf` reports the split so that the editor says so instead of merging silently.
import { extract as defaultExtract } from '../extract/onDemand';
import { UNPLACED } from '../extract/unplaced';
import type { CatalogEntry as CatalogDocument } from '../catalog/catalog';
import { CitationEntity, Entity, EntityKind, ExtractResult, PersonEntity, Range } from '../types';
import { lineAt, lineStarts, packSpan, rangeIn, unpackSpan } from '../text/lines';
import { conferenceName } from './conferenceName';
import { foldForSearch } from './fold';
import { contracted, searchFold } from './searchFold';
import { memoSet } from '../memo';
import { findLookalikeCodes, LookalikeCode } from './lookalikes';
import { compacted, SharedParts } from './resultCodec';
import type { Columns } from './listMapper';
import { reuseHeld, sameData } from './reuse';
import {
  appendMentions, appendPosting, Best, changeLog, citationScore, disjoint, dropDocuments, firstBestAt, FULLEST, keptTop, LONGEST, lowerBound, mayConflict, Mention, mentionAt, mentionsOf, offerBest,
  issuerFold, newPosting, particularIssuer, SpanOf, Posting, RICHEST, richness, runOf, SCORES, sortPosting, spliceMentions, tally, termAt, TermOf, top, TYPED, unshare,
} from './postings';
import { termOfDate } from './terms';
import { baseKeysOf, compareRoman, ownTerms, splitKey, TERM_SEP, termOfRef } from './termSplit';

export { baseKeysOf, splitKey } from './termSplit';
export type { Mention } from './postings';

/**
 * A document as the index keeps it. Its entities were extracted without ranges (they hold the shared
 * placeholder UNPLACED, line -1): the index keeps the document's line starts and computes a range when
 * asked (`rangeOf`, `entitiesWithRanges`), which saves three objects per entity.
 */
export interface IndexedDocument extends ExtractResult {
  /** The adapter's identifier of the document (a URI string in the editor, a path in the CLI). */
  uri: string;
}


/** A document as a cache holds it for a load from its postings (see CorpusIndex.storedPostings, bulkLoad). */
export interface StoredDocument {
  uri: string;
  result: ExtractResult;
  /** Where each line starts: a cached document's entities carry no ranges. */
  lines: Uint32Array;
  /** The text, when kept (a code written with look-alike characters: see setResult). */
  text?: string;
}

/**
 * A key's posting as a cache holds it: what `add` makes of the documents' mentions of the key, with its
 * entities named by place, so that a start from the cache puts it in without reading its mentions'
 * entities (each read a miss of the processor's caches, which is what putting documents in one by one
 * costs; the documents' own lists are read in order, to check them and sort them).
 */
export interface StoredPosting {
  key: string;
  /**
   * The mentions, document by document in uri order: the document's number (its place in the list the
   * postings were made from), how many of its mentions, and their places in its entities in text order.
   */
  runs: ArrayLike<number>;
  /** How many mentions in all. */
  mentions: number;
  /** Where each mention stands in its document, packed (Posting.spans). */
  spans: ArrayLike<number>;
  /** Each mention's term; null when none has one (Posting.mentionTerms). */
  terms: (string | null)[] | null;
  /** Term → mentions in it (Posting.terms); null when none has one. */
  termCounts: Array<[string, number]> | null;
  /** A code's dates and particular issuers, each with how many citations give it (Posting.tally). */
  tally: { dates: Array<[string, number]>; issuers: Array<[string, number]> } | null;
  /** Per score of SCORES: not kept (undefined), none (null), or the best mention's place and its score. */
  tops: Array<{ at: number; score: number } | null | undefined>;
  /** The names its person mentions write, each with how many (what the index's name counts take from them). */
  names: Array<[string, number]>;
}

/** A known document from a catalogue (built-in or the workspace's vankien.catalog.yaml). */
export type CatalogEntry = Omit<CatalogDocument, 'aliases' | 'terms'> & {
  /** Where the entry is written, when it comes from a file. */
  location?: { uri: string; line: number };
  /** The keys of the names a workspace catalogue ties to the entry ("NQ:HN7:ĐB:tỉnh:XX" for 08-NQ/TU). */
  aliases?: readonly string[];
};

export type CatalogLookup = (key: string) => CatalogEntry[];

/** How many keys one document's catalogue entries may tie together (a code and its names). */
const MAX_SAME_DOCUMENT_KEYS = 32;

export type Definition =
  | { kind: 'document'; uri: string; document: IndexedDocument }
  | { kind: 'catalog'; entry: CatalogEntry }
  | { kind: 'citation'; uri: string; entity: CitationEntity };

export interface CodeConflict {
  /** The bare key of the code. */
  key: string;
  /** 'terms': cited in different terms (different documents, kept apart); 'dates'/'issuers': disagreement within one document. */
  kind: 'terms' | 'dates' | 'issuers';
  /** Term key the disagreement is within, for 'dates'/'issuers' of a split code. */
  scope: string;
  /** The distinct values (terms, ISO dates or issuers as first written). */
  values: string[];
  /** Every mention carrying one of the values. */
  mentions: Mention[];
}

export interface SymbolHit {
  key: string;
  kind: EntityKind;
  label: string;
  /** Number of mentions. */
  count: number;
  /** Where to go: the definition's or the first mention's place. */
  first: Mention;
  /** The conference name the corpus also gives the document ("Nghị quyết Trung ương 4 khóa XII" for 04-NQ/TW), when not its label. */
  alias: string | null;
}

export interface IndexChange {
  uris: string[];
  /** Keys whose mentions changed (bare keys as the extractor gives them). */
  keys: Set<string>;
}

/** How many names as written countName keeps (a name, its folded form and a record: some 130 bytes each). */
const FOLDED_NAMES = 20_000;

/**
 * A name as written, its folded form and that form's counts (person key → mentions) as `names` holds
 * them; null until the name is counted.
 */
interface WrittenName {
  folded: string;
  counts: Map<string, number> | null;
}

/**
 * How many mention records the postings' views keep in all (see referencesOf): about 13 MB, 64 bytes a
 * record with its span. Find All References reads one key's mentions from its columns (mentionColumns);
 * records serve the answers that join several keys or take a term's part of a code, and the lists other
 * callers ask for. As many as the providers keep Locations (ListMapper's KEPT_ITEMS) and more, so that an
 * answer they still hold is not made again with other records, which would have them build all its
 * Locations again.
 */
const VIEWED_RECORDS = 200_000;

/** How often a bulk operation under a hold (see CorpusIndex.hold) tells the listeners what changed so far. */
export const ANNOUNCE_MS = 1000;

export interface CorpusIndexOptions {
  extract?: (text: string) => ExtractResult;
  catalog?: CatalogLookup;
  /** How many mention records the answers of referencesOf keep in all (default VIEWED_RECORDS). */
  keptRecords?: number;
}

interface DocRecord {
  doc: IndexedDocument;
  /**
   * Entities by start offset (ties: longer first). Their mention records (with their terms) are in the
   * postings alone: a document's list of them and of its keys is made when asked (see mentionsIn,
   * keysOfDocument), not kept for every document (13 MB at 10,000 documents).
   */
  sorted: Entity[];
  /** Codes written with look-alike characters, with their ranges (known only when the text was given). */
  lookalikes: (LookalikeCode & { range: Range })[];
  /** Where each line starts (from the text, or as a worker sent them); null: the entities carry their own ranges. */
  lines: Uint32Array | null;
}


export class CorpusIndex {
  private readonly docs = new Map<string, DocRecord>();
  /** Bare key → its mentions across the corpus. */
  private readonly postings = new Map<string, Posting>();
  private readonly ownKeys = new Map<string, Set<string>>();
  /** Folded personal name → person key → mentions: lets a name be recognised where a file does not say it is one. */
  private readonly names = new Map<string, Map<string, number>>();
  /** Bare key → key (bare or per term) → answers derived from its mentions; dropped when the bare key changes. */
  private readonly cache = new Map<string, Map<string, Slot>>();
  private readonly listeners = new Set<(change: IndexChange) => void>();
  private readonly extractFn: (text: string) => ExtractResult;
  private catalog: CatalogLookup;
  private entities = 0;
  /** The document withRange() looked up last (lists of mentions come document by document). */
  private lastUri: string | undefined;
  private lastLines: Uint32Array | null | undefined;
  /** The greatest uri ever added: a document added after it goes after every posting's last one. */
  private lastAdded = '';
  /** Open holds (see hold()), and what changed while one was open. */
  private holds = 0;
  private held: { uris: Set<string>; keys: Set<string> } | null = null;
  /** Names as countName met them last, each with its folded form and that form's counts in `names`. */
  private readonly writtenNames = new Map<string, WrittenName>();
  /** The change set `add` notes keys in (see Posting.noted), and its number. */
  private noting: Set<string> | null = null;
  private notingGeneration = 0;
  /** Empty and one-item lists shared by the documents extracted in this thread (see set()). */
  private readonly shared = new SharedParts(20_000);
  /** The postings whose records were handed out (Posting.view), least recently asked first, and how many records they hold. */
  private readonly viewed = new Map<Posting, number>();
  /** Counts the documents put in, replaced or taken out one by one (bulkLoad checks it after each of its pauses). */
  private docsVersion = 0;
  private viewedRecords = 0;
  private readonly keptRecords: number;

  constructor(options: CorpusIndexOptions = {}) {
    this.extractFn = options.extract ?? ((text) => defaultExtract(text, { ranges: false }));
    this.catalog = options.catalog ?? (() => []);
    this.keptRecords = options.keptRecords ?? VIEWED_RECORDS;
  }

  setCatalog(catalog: CatalogLookup): void {
    this.catalog = catalog;
    this.cache.clear();
    this.fire({ uris: [], keys: new Set(this.postings.keys()) });
  }

  // ---- updates -------------------------------------------------------------------------------

  set(uri: string, text: string): IndexedDocument {
    const result = this.extractFn(text);
    const before = this.docs.get(uri);
    if (!before) return this.put(uri, compacted(result, this.shared), undefined, text);
    // Of an edited document, only what changed is new: the entities the index holds already are taken
    // back as they are, and only the others go through the compact form.
    const fresh = result.entities;
    const left = reuseHeld(before.sorted, fresh);
    const rest = compacted({ entities: left.map((i) => fresh[i]), info: result.info, warnings: result.warnings }, this.shared);
    for (let n = 0; n < left.length; n++) fresh[left[n]] = rest.entities[n];
    return this.put(uri, { entities: fresh, info: rest.info, warnings: rest.warnings }, before, text);
  }

  /**
   * Indexes an extraction done elsewhere (a worker, the CLI). `text` adds the look-alike check and gives
   * the line starts; a worker that keeps the text sends `lines` instead. With neither, the result's
   * entities must carry their own ranges (extracted with ranges). The index keeps `result.entities` as
   * the document's list, and replaces in it each entity equal to one it holds for the document already
   * by that one (see reuseHeld).
   */
  setResult(uri: string, result: ExtractResult, text?: string, lines?: ArrayLike<number>): IndexedDocument {
    const before = this.docs.get(uri);
    if (before) reuseHeld(before.sorted, result.entities);
    return this.put(uri, result, before, text, lines);
  }

  /** Indexes `result` for `uri`, which the index held as `before` (undefined: a new document). */
  private put(uri: string, result: ExtractResult, before: DocRecord | undefined, text?: string, lines?: ArrayLike<number>): IndexedDocument {
    const keys = this.changedKeys();
    const kept = this.keptPositions(uri);
    const doc: IndexedDocument = { uri, entities: result.entities, info: result.info, warnings: result.warnings };
    const starts = lines ? (lines instanceof Uint32Array ? lines : Uint32Array.from(lines)) : text !== undefined ? lineStarts(text) : null;
    // One extraction places all its entities or none: the first tells.
    if (!starts && result.entities.length > 0 && unplaced(result.entities[0])) throw new Error(`${uri}: entities without ranges need the text or its line starts`);
    const lookalikes = text !== undefined ? lookalikesIn(text, starts!) : [];
    const prep = this.prepare(doc, starts);
    const placed = new Set<string>();
    // A key's answers may read its document's info (a split code's undated mention takes its term from
    // the dateline): only with the same info can a key whose mentions are unchanged keep them.
    const same = before && sameData(before.doc.info, doc.info) ? new Set<string>() : undefined;
    const replacing = this.remove(uri, keys, prep, placed, same);
    this.add(doc, prep, keys, lookalikes, starts, placed, replacing, same);
    if (kept) this.restorePositions(uri, kept);
    this.fire({ uris: [uri], keys });
    return doc;
  }

  delete(uri: string): boolean {
    const keys = this.changedKeys();
    const had = this.remove(uri, keys);
    if (had) this.fire({ uris: [uri], keys });
    return had;
  }

  /** Moves a document to a new identifier without extracting it again. */
  rename(oldUri: string, newUri: string): boolean {
    const rec = this.docs.get(oldUri);
    if (!rec || oldUri === newUri) return false;
    const keys = this.changedKeys();
    this.remove(oldUri, keys);
    this.remove(newUri, keys);
    const { uri: _old, ...result } = rec.doc;
    const doc: IndexedDocument = { uri: newUri, ...result };
    this.add(doc, this.prepare(doc, rec.lines), keys, rec.lookalikes, rec.lines, new Set(), true);
    this.fire({ uris: [oldUri, newUri], keys });
    return true;
  }

  /** Deletes many documents at once (a folder gone), with one announcement; returns how many were in the index. */
  deleteAll(uris: Iterable<string>): number {
    const keys = this.changedKeys();
    const gone = this.removeAll(uris, keys);
    if (gone.length) this.fire({ uris: gone.map((r) => r.doc.uri), keys });
    return gone.length;
  }

  /**
   * Moves many documents to new identifiers at once (a folder renamed), without extracting them again
   * and with one announcement; what `rename` does for each pair. Returns how many moved.
   */
  renameAll(pairs: ReadonlyArray<readonly [string, string]>): number {
    // The pairs move at once. A source named twice goes to its last target; a target named twice gets
    // its last source, and the other source leaves the index (as after renames one after the other).
    const bySource = new Map<string, string>();
    for (const [from, to] of pairs) if (from !== to && this.docs.has(from)) bySource.set(from, to);
    const byTarget = new Map<string, string>();
    for (const [from, to] of bySource) byTarget.set(to, from);
    const moves = [...byTarget].map(([to, from]) => [from, to] as const);
    if (moves.length === 0) return 0;
    const keys = this.changedKeys();
    const recs = new Map(moves.map(([from]) => [from, this.docs.get(from)!] as const));
    // The documents that were at the new identifiers are replaced, as rename() replaces one.
    this.removeAll([...bySource.keys(), ...byTarget.keys()], keys);
    // In the order of their new identifiers: a posting then gets them in order, or merges them once on its next read.
    const ordered = [...moves].sort((a, b) => cmp(a[1], b[1]));
    for (const [from, to] of ordered) {
      const rec = recs.get(from)!;
      const { uri: _old, ...result } = rec.doc;
      const doc: IndexedDocument = { uri: to, ...result };
      this.add(doc, this.prepare(doc, rec.lines), keys, rec.lookalikes, rec.lines, new Set(), false);
    }
    this.fire({ uris: [...bySource.keys(), ...byTarget.keys()], keys });
    return moves.length;
  }

  clear(): void {
    const keys = new Set(this.postings.keys());
    for (const k of this.ownKeys.keys()) keys.add(k);
    const uris = [...this.docs.keys()];
    this.docs.clear();
    this.lastUri = undefined;
    this.postings.clear();
    this.ownKeys.clear();
    this.names.clear();
    this.writtenNames.clear();
    this.cache.clear();
    this.viewed.clear();
    this.viewedRecords = 0;
    this.entities = 0;
    this.lastAdded = '';
    this.docsVersion++;
    this.fire({ uris, keys });
  }

  /**
   * Merges into place every document that went in out of uri order (a folder read by several threads,
   * or from both ends): a read or an edit of a key would do it for that key on the spot. Called once a
   * bulk index is complete, so that the first edits and lookups after it find their postings in order.
   */
  settle(): void {
    for (const p of this.postings.values()) sortPosting(p);
  }

  // ---- a start from the cache's postings ----------------------------------------------------------

  /**
   * What `add` makes of `docs`, key by key, as a cache stores it (StoredPosting), as if the documents
   * were an index's only ones: for a start that puts the postings in as they are (bulkLoad). Keys come
   * in the order a load of the documents in uri order first meets them. A key's posting is taken from
   * `live` (the index the documents came from) when it holds exactly those documents' mentions of the
   * key, the same entity objects in the same order; else it is made apart from the mentions, reading
   * each where it lies (some 1.5 s for all the keys of 10,000 documents, against 0.2 s from the index).
   * Yields undefined between steps, where the caller may pause.
   */
  static *storedPostings(docs: readonly StoredDocument[], live?: CorpusIndex): Generator<StoredPosting | undefined> {
    const order = docs.map((_, i) => i).sort((a, b) => cmp(docs[a].uri, docs[b].uri));
    const runs = new Map<string, number[]>();
    /** Where each key's last run starts in its runs. */
    const lastRun = new Map<string, number>();
    const sorted: Entity[][] = new Array(docs.length);
    for (let o = 0; o < order.length; o++) {
      const d = order[o];
      const es = (sorted[d] = inTextOrder(docs[d].result.entities));
      for (let i = 0; i < es.length; i++) {
        const e = es[i];
        const n = keyCount(e);
        for (let j = 0; j < n; j++) {
          const k = mentionKey(e, j);
          let r = runs.get(k);
          if (!r) runs.set(k, (r = []));
          const at = lastRun.get(k);
          if (at !== undefined && r[at] === d) {
            r[at + 1]++;
            r.push(i);
          } else {
            lastRun.set(k, r.length);
            r.push(d, 1, i);
          }
        }
      }
      if ((o & 255) === 255) yield undefined;
    }
    lastRun.clear();
    const scratch = new CorpusIndex();
    const preps: (Prepared | undefined)[] = new Array(docs.length);
    const changed = new Set<string>();
    for (const [k, r] of runs) {
      let p = live?.postingOf(k, r, docs, sorted);
      if (!p) {
        for (let j = 0; j < r.length; j += 2 + r[j + 1]) {
          const d = r[j];
          const prep = (preps[d] ??= scratch.prepare({ uri: docs[d].uri, ...docs[d].result }, docs[d].lines));
          const list: Entity[] = new Array(r[j + 1]);
          for (let q = 0; q < list.length; q++) list[q] = sorted[d][r[j + 2 + q]];
          scratch.putKey(k, list, docs[d].uri, prep.termOf, prep.spanOf, changed, 0, true, NO_KEYS, false);
        }
        p = scratch.postings.get(k)!;
        scratch.postings.delete(k);
      }
      // As `add` leaves them in a posting of these documents alone, whatever the index's posting went
      // through: no terms, counts or tally when none is left, the best mention kept for its first kind only.
      const posting = p;
      const place = (t: Best | null): { at: number; score: number } | null | undefined => {
        if (t === null) return null;
        for (let i = 0; i < posting.entities.length; i++) if (posting.entities[i] === t.mention.entity && posting.owners[i] === t.mention.uri) return { at: i, score: t.score };
        return undefined; // not kept: found again when asked
      };
      const kept = keptTop(p.entities[0].kind);
      const tally = p.tally && (p.tally.dates.size > 0 || p.tally.issuers.size > 0) ? { dates: [...p.tally.dates], issuers: [...p.tally.issuers] } : null;
      yield {
        key: k,
        runs: r,
        mentions: p.entities.length,
        spans: p.spans.slice(0, p.entities.length),
        terms: p.mentionTerms && p.mentionTerms.some((t) => t !== null) ? p.mentionTerms.slice() : null,
        termCounts: p.terms && p.terms.size > 0 ? [...p.terms] : null,
        tally,
        tops: SCORES.map((_, i) => (i === kept ? place(top(p!, i)) : undefined)),
        names: [...namesOf(p)],
      };
    }
  }

  /**
   * The posting of `k` when it holds exactly the mentions `runs` names (see storedPostings): each in the
   * document the index holds as `docs` has it (the same list of entities), the same entity objects in
   * the same order, in order, and no other; else undefined.
   */
  private postingOf(k: string, runs: readonly number[], docs: readonly StoredDocument[], sorted: readonly Entity[][]): Posting | undefined {
    const p = this.postings.get(k);
    if (!p) return undefined;
    sortPosting(p);
    let i = 0;
    let u = 0;
    for (let j = 0; j < runs.length; j += 2 + runs[j + 1], u++) {
      const d = runs[j];
      const uri = docs[d].uri;
      if (p.uris[u] !== uri || this.docs.get(uri)?.doc.entities !== docs[d].result.entities) return undefined;
      const es = sorted[d];
      for (let q = 0; q < runs[j + 1]; q++, i++) if (p.entities[i] !== es[runs[j + 2 + q]] || p.owners[i] !== uri) return undefined;
    }
    return i === p.entities.length && u === p.uris.length ? p : undefined;
  }

  /**
   * Puts in at once documents new to the index with their postings as a cache stored them
   * (storedPostings): `docs[i]` is the document numbered i in the postings' runs, null for one that does
   * not go in (changed on disk since, or held by an editor). A posting goes in as stored when every
   * document of it goes in, reading none of its entities; otherwise it is made of the mentions of those
   * that do, its counts and best mentions read from them. A key the index holds already gets them added
   * to its posting. The caller checks first that the postings fit the documents (storedPostingsFit).
   * `accept` is asked for each document as it goes in (one refused, or one the index holds by then, is
   * left out); one replaced or taken out at a later pause keeps what the index holds of it then. Yields
   * between steps, where the caller may pause, and returns the documents put in; the change is
   * announced at the end.
   */
  *bulkLoad(docs: ReadonlyArray<StoredDocument | null>, postings: Iterable<StoredPosting>, accept?: (uri: string) => boolean): Generator<void, string[]> {
    const keys = this.changedKeys();
    if (keys !== this.noting) {
      this.noting = keys;
      this.notingGeneration++;
    }
    const generation = this.notingGeneration;
    // Taken before any pause: a document put in, replaced or taken out at one is noticed at the next key.
    let version = this.docsVersion;
    const recs: (DocRecord | null)[] = new Array(docs.length).fill(null);
    const uris: string[] = [];
    for (let d = 0; d < docs.length; d++) {
      if ((d & 63) === 63) yield;
      const stored = docs[d];
      if (!stored) continue;
      const { uri, result, lines } = stored;
      // Put in meanwhile (an editor opened it at a pause), or refused now: what the index holds stands.
      if (this.docs.has(uri) || (accept && !accept(uri))) continue;
      const doc: IndexedDocument = { uri, entities: result.entities, info: result.info, warnings: result.warnings };
      const rec: DocRecord = { doc, sorted: inTextOrder(doc.entities), lookalikes: stored.text !== undefined ? lookalikesIn(stored.text, lines) : [], lines };
      recs[d] = rec;
      this.enter(rec, keys);
      if (uri > this.lastAdded) this.lastAdded = uri;
      uris.push(uri);
    }
    for (const sp of postings) {
      if (this.docsVersion !== version) {
        // A document changed or left at a pause (an editor, a file deleted): what the index holds of it
        // now stands, and its stored mentions no longer go in.
        for (let d = 0; d < recs.length; d++) if (recs[d] && this.docs.get(recs[d]!.doc.uri) !== recs[d]) recs[d] = null;
        version = this.docsVersion;
      }
      const made = storedPosting(sp, recs);
      if (made) {
        const k = sp.key;
        const p = this.postings.get(k);
        if (p) {
          appendPosting(p, made.posting);
          this.viewChanged(p);
          if (p.noted !== generation) {
            p.noted = generation;
            keys.add(k);
          }
        } else {
          made.posting.noted = generation;
          this.postings.set(k, made.posting);
          keys.add(k);
        }
        if (this.cache.size > 0) this.cache.delete(k);
        for (const [name, n] of made.names) this.countName(name, k, n);
      }
      yield;
    }
    this.fire({ uris, keys });
    return uris;
  }

  /**
   * Holds change events: what changes until the hold is released is announced then, as one change (its
   * documents and keys), and `flush()` announces what changed so far. A bulk index holds them: a
   * listener that looks at every changed key's mentions (the diagnostics do) would otherwise run once
   * per document, each time over postings that grow with the corpus. Holds nest; the index answers
   * queries as usual meanwhile.
   */
  hold(): { flush(): void; release(): void } {
    this.holds++;
    let released = false;
    return {
      flush: () => {
        if (released) return;
        // Announced with no hold open, then held again.
        this.holds--;
        if (this.holds === 0) this.announceHeld();
        this.holds++;
      },
      release: () => {
        if (released) return;
        released = true;
        this.holds--;
        if (this.holds === 0) this.announceHeld();
      },
    };
  }

  onDidChange(listener: (change: IndexChange) => void): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  // ---- documents -----------------------------------------------------------------------------

  get(uri: string): IndexedDocument | undefined {
    return this.docs.get(uri)?.doc;
  }

  has(uri: string): boolean {
    return this.docs.has(uri);
  }

  documents(): IterableIterator<IndexedDocument> {
    return [...this.docs.values()].map((r) => r.doc)[Symbol.iterator]();
  }

  get documentCount(): number {
    return this.docs.size;
  }

  get entityCount(): number {
    return this.entities;
  }

  /** The range of an entity of an indexed document (its line and character of start and end). */
  rangeOf(uri: string, entity: Entity): Range {
    const lines = this.docs.get(uri)?.lines;
    return lines && unplaced(entity) ? rangeIn(lines, entity.start, entity.end) : entity.range;
  }

  /**
   * `make` called with an entity's start line and character and end line and character: what an
   * adapter builds its own range from, with no range object in between (Find All References makes
   * tens of thousands at a time).
   */
  withRange<T>(uri: string, entity: Entity, make: (startLine: number, startCharacter: number, endLine: number, endCharacter: number) => T): T {
    let lines: Uint32Array | null | undefined;
    if (uri === this.lastUri) lines = this.lastLines;
    else {
      lines = this.docs.get(uri)?.lines;
      this.lastUri = uri;
      this.lastLines = lines;
    }
    if (!lines || !unplaced(entity)) {
      const r = entity.range;
      return make(r.start.line, r.start.character, r.end.line, r.end.character);
    }
    const s = lineAt(lines, entity.start);
    const e = s + 1 < lines.length && entity.end >= lines[s + 1] ? lineAt(lines, entity.end) : s;
    return make(s, entity.start - lines[s], e, entity.end - lines[e]);
  }

  /**
   * withRange for a mention record: from the span its posting keeps (no entity, line table or search
   * read), or, for a record made elsewhere, from its entity. What Find All References calls per location.
   */
  mentionRange<T>(m: Mention, make: (startLine: number, startCharacter: number, endLine: number, endCharacter: number) => T): T {
    return this.spanRange(m.uri, m.entity, m.span ?? -1, make);
  }

  /** withRange from a packed span (no entity, line table or search read), or from the entity when it is -1. */
  private spanRange<T>(uri: string, entity: Entity, span: number, make: (startLine: number, startCharacter: number, endLine: number, endCharacter: number) => T): T {
    return span !== -1 ? unpackSpan(span, make) : this.withRange(uri, entity, make);
  }

  /** A document's entities, each with its range (copies where the index keeps none): what an export writes. */
  entitiesWithRanges(uri: string): Entity[] {
    const rec = this.docs.get(uri);
    if (!rec) return [];
    const lines = rec.lines;
    return rec.doc.entities.map((e) => (lines && unplaced(e) ? { ...e, range: rangeIn(lines, e.start, e.end) } : e));
  }

  /** Entities of one document, in text order. */
  entitiesIn(uri: string): readonly Entity[] {
    return this.docs.get(uri)?.sorted ?? [];
  }

  /**
   * Mentions of one document, in text order. A citation's record (with its term) is found in one pass
   * over the document's run of each code it cites; the others are made for the caller.
   */
  mentionsIn(uri: string): Mention[] {
    const rec = this.docs.get(uri);
    if (!rec) return [];
    let records: Map<Entity, Mention> | undefined;
    const scanned = new Set<string>();
    for (const e of rec.sorted) {
      if (e.kind !== 'citation') continue;
      const k = firstKeyOf(e);
      if (scanned.has(k)) continue;
      scanned.add(k);
      const run = this.runOf(k, uri);
      if (!run) continue;
      for (let i = run.from; i < run.to; i++) {
        const other = run.p.entities[i];
        // A citation naming several codes is in each one's posting: its record is its first code's.
        if (other.kind === 'citation' && firstKeyOf(other) === k && !records?.has(other)) (records ??= new Map()).set(other, this.recordAt(run.p, i));
      }
    }
    return rec.sorted.map((entity) => records?.get(entity) ?? { uri, entity, term: null });
  }

  /** The entity under an offset: a citation wins over what it contains, then the innermost. */
  entityAt(uri: string, offset: number): Entity | undefined {
    const rec = this.docs.get(uri);
    if (!rec) return undefined;
    const list = rec.sorted;
    let lo = 0;
    let hi = list.length - 1;
    let last = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].start <= offset) {
        last = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    let best: Entity | undefined;
    // Entities rarely nest more than a couple deep; a short look back finds every container.
    for (let i = last; i >= 0 && i > last - 16; i--) {
      const e = list[i];
      if (e.start <= offset && offset < e.end) {
        if (!best || rank(e) < rank(best) || (rank(e) === rank(best) && e.end - e.start < best.end - best.start)) best = e;
      }
    }
    return best;
  }

  /** The mention record of an entity of a document (carries its term); undefined for an entity not of that document. */
  mentionOf(uri: string, entity: Entity): Mention | undefined {
    const sorted = this.docs.get(uri)?.sorted;
    if (!sorted) return undefined;
    // Entities are in order of their start offsets: search there first.
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid].start < entity.start) lo = mid + 1;
      else hi = mid;
    }
    let found = false;
    for (let i = lo; i < sorted.length && sorted[i].start === entity.start && !found; i++) found = sorted[i] === entity;
    if (!found && !sorted.includes(entity)) return undefined;
    if (entity.kind === 'citation') {
      const run = this.runOf(firstKeyOf(entity), uri);
      if (run) for (let i = run.from; i < run.to; i++) if (run.p.entities[i] === entity) return this.recordAt(run.p, i);
    }
    return { uri, entity, term: null };
  }

  /** Where a document's mentions of a bare key are in its posting: from `from` to `to`. */
  private runOf(key: string, uri: string): { p: Posting; from: number; to: number } | undefined {
    const p = this.postings.get(key);
    return p ? { p, ...runOf(p, uri) } : undefined;
  }

  /** The record of a posting's `i`th mention: the one handed out already, if any (answers then share their records). */
  private recordAt(p: Posting, i: number): Mention {
    return p.view ? p.view[i] : mentionAt(p, i);
  }

  /**
   * The records of every mention of a bare key, kept as the posting's view (see Posting.view) while it is
   * one of the most recently asked: at most `keptRecords` records in all, the least recently asked
   * dropped first (a view larger than that is kept alone).
   */
  private viewOf(p: Posting): Mention[] {
    sortPosting(p);
    // Taken out of the order (it goes back in last) with the number it was counted with.
    const counted = this.viewed.get(p);
    if (counted !== undefined) {
      this.viewed.delete(p);
      this.viewedRecords -= counted;
    }
    p.view ??= mentionsOf(p);
    this.dropViewsOver(this.keptRecords - p.view.length);
    this.viewed.set(p, p.view.length);
    this.viewedRecords += p.view.length;
    p.sharedView = true;
    return p.view;
  }

  /** The records of a bare key's mentions: its view's when it has one, else made for the caller alone (no view kept). */
  private recordsOf(key: string): Mention[] {
    const p = this.postings.get(key);
    if (!p) return [];
    sortPosting(p);
    return p.view ?? mentionsOf(p);
  }

  /** A posting's view changed size (documents came or went): counted again, and views past the budget dropped. */
  private viewChanged(p: Posting): void {
    const counted = this.viewed.get(p);
    if (counted === undefined || !p.view) return;
    this.viewedRecords += p.view.length - counted;
    this.viewed.set(p, p.view.length);
    this.dropViewsOver(this.keptRecords);
  }

  /** Drops the views least recently asked for until they hold at most `budget` records. */
  private dropViewsOver(budget: number): void {
    for (const [q, n] of this.viewed) {
      if (this.viewedRecords <= budget) break;
      this.viewed.delete(q);
      this.viewedRecords -= n;
      q.view = null;
      q.sharedView = false;
    }
  }

  /** A posting leaves the index: its view too. */
  private dropPosting(k: string, p: Posting): void {
    this.postings.delete(k);
    const n = this.viewed.get(p);
    if (n !== undefined) {
      this.viewed.delete(p);
      this.viewedRecords -= n;
    }
  }

  /** The first mention of a key (of its term for a split key): what referencesOf(key)[0] is, without the others' records. */
  firstMentionOf(key: string): Mention | undefined {
    return this.firstMentions(key, 1)[0];
  }

  /**
   * The first mention of a key in each of the first `limit` documents that mention it, in uri order
   * (what a hover links to), without making the records of the others.
   */
  firstMentionsByDocument(key: string, limit: number): Mention[] {
    const out: Mention[] = [];
    const places = this.placesOf(key);
    if (!places) return out;
    const { p, at } = places;
    if (at === null) {
      for (let j = 0; j < p.uris.length && out.length < limit; j++) out.push(this.recordAt(p, lowerBound(p.owners, p.uris[j])));
      return out;
    }
    for (const i of at) {
      if (out.length >= limit) break;
      if (out.length === 0 || out[out.length - 1].uri !== p.owners[i]) out.push(this.recordAt(p, i));
    }
    return out;
  }

  /** The first `limit` mentions of a key (of its term for a split key), without making the others' records. */
  firstMentions(key: string, limit: number): Mention[] {
    const places = this.placesOf(key);
    if (!places) return [];
    const { p, at } = places;
    const n = Math.max(0, Math.min(limit, at === null ? p.entities.length : at.length));
    const out: Mention[] = new Array(n);
    for (let j = 0; j < n; j++) out[j] = this.recordAt(p, at === null ? j : at[j]);
    return out;
  }

  /** The entity of a key's first mention (of its term's for a split key), without making records. */
  firstEntityOf(key: string): Entity | undefined {
    const places = this.placesOf(key);
    if (!places) return undefined;
    return places.at === null ? places.p.entities[0] : places.at.length > 0 ? places.p.entities[places.at[0]] : undefined;
  }

  /** The entities of a key's mentions in order (those of its term for a split key), without making records. */
  private entitiesOfKey(key: string): readonly Entity[] {
    const places = this.placesOf(key);
    if (!places) return [];
    return places.at === null ? places.p.entities : places.at.map((i) => places.p.entities[i]);
  }

  /**
   * Where a key's mentions are in its code's sorted posting: all of them for a bare key (`at` null), the
   * places of its term's for a split key ("12-NQ/TW@XI"; kept until the code changes). Undefined: no posting.
   */
  private placesOf(key: string): { p: Posting; at: readonly number[] | null } | undefined {
    const { base, term } = splitKey(key);
    const p = this.postings.get(base);
    if (!p) return undefined;
    sortPosting(p);
    if (term === null) return { p, at: null };
    const slot = this.slot(base, key);
    if (!slot.at) {
      const at: number[] = [];
      for (let i = 0; i < p.entities.length; i++) if (this.termFor(p.owners[i], p.entities[i], termAt(p, i), base) === term) at.push(i);
      slot.at = at;
    }
    return { p, at: slot.at };
  }

  /** The distinct keys a document's mentions are grouped by, in order of first mention (as prepare groups them). */
  private keysOfDocument(rec: DocRecord): string[] {
    const keys = new Set<string>();
    for (const e of rec.sorted) for (const k of baseKeysOf(e)) keys.add(k);
    return [...keys];
  }

  /** Codes written with look-alike characters in a document given with its text. */
  lookalikesIn(uri: string): readonly (LookalikeCode & { range: Range })[] {
    return this.docs.get(uri)?.lookalikes ?? [];
  }

  /** The person key a name (any spelling) is known by in the corpus, if exactly one. */
  personByName(name: string): string | undefined {
    const perName = this.names.get(foldForSearch(name));
    if (!perName || perName.size !== 1) return undefined;
    return perName.keys().next().value;
  }

  get knownNameCount(): number {
    return this.names.size;
  }

  // ---- keys and references -------------------------------------------------------------------

  /** Terms in which a code is cited across the corpus, in chronological order of their numerals' values. */
  termsOf(key: string): string[] {
    return [...this.sortedTerms(key)];
  }

  /** termsOf without the copy, for the index's own use (the array is not handed out). */
  private sortedTerms(key: string): readonly string[] {
    const counts = this.postings.get(key)?.terms;
    if (!counts || counts.size === 0) return [];
    const slot = this.slot(key, key);
    return (slot.terms ??= [...counts.keys()].sort(compareRoman));
  }

  isSplit(key: string): boolean {
    return splitPosting(this.postings.get(key));
  }

  /** The keys to group a mention by: the base keys, with the term appended to split codes. */
  keysOf(mention: Mention): string[] {
    return baseKeysOf(mention.entity).map((k) => {
      if (!this.isSplit(k)) return k;
      const t = this.termOfMention(mention, k);
      return t ? k + TERM_SEP + t : k;
    });
  }

  /** The first grouping key of an entity at a place (what hover, definition and references use). */
  keyAt(uri: string, entity: Entity): string {
    const m = this.mentionOf(uri, entity) ?? { uri, entity, term: null };
    return this.keysOf(m)[0];
  }

  /**
   * Every mention of a key, by uri then offset. A split key ("12-NQ/TW@XI") lists that term's mentions.
   * The list is the caller's to read, never to change; the next answer for the key holds the same
   * records for the documents that did not change since.
   */
  referencesOf(key: string): Mention[] {
    const { base, term } = splitKey(key);
    const p = this.postings.get(base);
    if (!p) return [];
    if (term === null) return this.viewOf(p);
    // The records of the code's view: the same objects from one answer to the next while it is kept.
    const slot = this.slot(base, key);
    if (!slot.refs) {
      const { at } = this.placesOf(key)!;
      const view = this.viewOf(p);
      slot.refs = at!.map((i) => view[i]);
    }
    return slot.refs;
  }

  /**
   * A bare key's mentions as its posting keeps them, by uri then offset: each one's entity, document and
   * packed span, without a record each (what Find All References reads to make its Locations, see
   * ListMapper.mapColumns; columnRange gives the range). They belong to the index: read them at once,
   * never keep or change them. Undefined for a split key ("12-NQ/TW@XI": its mentions are places of its
   * code's posting, see referencesOf) and for a key without mentions.
   */
  mentionColumns(key: string): Columns<Entity> | undefined {
    if (splitKey(key).term !== null) return undefined;
    const p = this.postings.get(key);
    if (!p) return undefined;
    sortPosting(p);
    const log = changeLog(p);
    return { length: p.entities.length, items: p.entities, owners: p.owners, spans: p.spans, source: p, version: p.changes, log, logFrom: p.logFrom };
  }

  /** The range of the `i`th mention of `columns` (mentionColumns), as mentionRange gives its record's. */
  columnRange<T>(columns: Columns<Entity>, i: number, make: (startLine: number, startCharacter: number, endLine: number, endCharacter: number) => T): T {
    return this.spanRange(columns.owners[i], columns.items[i], columns.spans[i], make);
  }

  /** Distinct documents mentioning a key, in uri order. */
  citingDocuments(key: string): string[] {
    const { base, term } = splitKey(key);
    const p = this.postings.get(base);
    if (!p) return [];
    sortPosting(p);
    if (term === null) {
      p.sharedUris = true;
      return p.uris;
    }
    const slot = this.slot(base, key);
    if (!slot.docs) {
      const docs: string[] = [];
      for (const i of this.placesOf(key)!.at!) if (docs[docs.length - 1] !== p.owners[i]) docs.push(p.owners[i]);
      slot.docs = docs;
    }
    return slot.docs;
  }

  /** The mentions of a key in one document, in text order (a binary search, not a pass over the key's mentions). */
  referencesIn(key: string, uri: string): Mention[] {
    const out: Mention[] = [];
    const places = this.placesOf(key);
    if (!places) return out;
    const { p, at } = places;
    if (at === null) {
      const { from, to } = runOf(p, uri);
      for (let i = from; i < to; i++) out.push(this.recordAt(p, i));
      return out;
    }
    // A split key's places are in uri order too: the first in the document is found by halving.
    let lo = 0;
    let hi = at.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (p.owners[at[mid]] < uri) lo = mid + 1;
      else hi = mid;
    }
    for (let j = lo; j < at.length && p.owners[at[j]] === uri; j++) out.push(this.recordAt(p, at[j]));
    return out;
  }

  /**
   * Mentions of any of the keys, each once, by uri then offset: a mention naming several of them ("Trung
   * ương 4 khóa XI và khóa XII") is in the postings of each, one entity with a record in each.
   */
  referencesOfAny(keys: readonly string[]): Mention[] {
    if (keys.length === 1) return this.referencesOf(keys[0]);
    return onePerEntity(keys.map((k) => this.referencesOf(k)));
  }

  /** referencesOfAny in one document, in text order. */
  referencesInAny(keys: readonly string[], uri: string): Mention[] {
    if (keys.length === 1) return this.referencesIn(keys[0], uri);
    return onePerEntity(keys.map((k) => this.referencesIn(k, uri)));
  }

  /** The kind of entity a key groups (a bare key; a key is one kind's, save a person and a body of one name). */
  kindOf(key: string): EntityKind | undefined {
    return this.postings.get(splitKey(key).base)?.entities[0]?.kind;
  }

  /**
   * Every key the corpus mentions one document under: a code and the names workspace catalogue entries
   * tie to it ("08-NQ/TU" and "NQ:HN7:ĐB:tỉnh:XX"), gathered through every entry reached (the same group
   * from whichever key is asked), those the corpus mentions, the asked key first. [key] alone when the
   * catalogue ties it to nothing else, for a code split by terms, and when the entries reached disagree
   * on the document (one name given two codes): a catalogue's slip joins no two documents.
   */
  keysOfSameDocument(key: string): string[] {
    if (splitKey(key).term !== null) return [key];
    const keys = [key];
    const documents = new Set<string>();
    for (let i = 0; i < keys.length && keys.length <= MAX_SAME_DOCUMENT_KEYS; i++) {
      for (const entry of this.catalog(splitKey(keys[i]).base)) {
        if (!entry.aliases?.length) continue;
        // Only a code names a document; an entry without one is keyed by its first name.
        if (entry.code) documents.add(entry.key);
        for (const k of [entry.key, ...entry.aliases]) if (!keys.includes(k)) keys.push(k);
      }
    }
    if (keys.length === 1 || documents.size > 1) return [key];
    return keys.filter((k, i) => i === 0 || (this.postings.has(k) && !this.isSplit(k)));
  }

  /** The code a catalogue entry gives a key that has none of its own ("NQ:HN7:ĐB:tỉnh:XX" → "08-NQ/TU"), or null. */
  catalogCodeOf(key: string): string | null {
    for (const d of this.definitionsOf(key)) if (d.kind === 'catalog' && d.entry.code) return d.entry.code;
    return null;
  }

  /** How many mentions the keys have together, each once (see referencesOfAny). */
  mentionCountOfAny(keys: readonly string[]): number {
    return keys.length === 1 ? this.mentionCount(keys[0]) : this.referencesOfAny(keys).length;
  }

  /** The distinct documents mentioning any of the keys, in uri order. */
  citingDocumentsOfAny(keys: readonly string[]): string[] {
    if (keys.length === 1) return this.citingDocuments(keys[0]);
    return [...new Set(keys.flatMap((k) => this.citingDocuments(k)))].sort(cmp);
  }

  /** The first mention of any of the keys in each document, in uri order, at most `limit`. */
  firstMentionsByDocumentOfAny(keys: readonly string[], limit: number): Mention[] {
    if (keys.length === 1) return this.firstMentionsByDocument(keys[0], limit);
    const out: Mention[] = [];
    for (const m of this.referencesOfAny(keys)) {
      if (out.length > 0 && out[out.length - 1].uri === m.uri) continue;
      if (out.length >= limit) break;
      out.push(m);
    }
    return out;
  }

  /** How many mentions a key has (what `referencesOf(key).length` says, without listing them). */
  mentionCount(key: string): number {
    const { base, term } = splitKey(key);
    if (term === null) return this.postings.get(base)?.entities.length ?? 0;
    return this.placesOf(key)?.at?.length ?? 0;
  }

  // ---- definition ----------------------------------------------------------------------------

  /**
   * Where a cited document is defined (PRODUCT.md §2): a corpus document that is it (its header's own
   * key), then a catalogue entry, then the fullest citation (most of date, issuer, subject; long forms
   * before short ones; earliest file, then earliest place).
   */
  definitionOf(key: string): Definition | undefined {
    return this.definitionsOf(key)[0];
  }

  /** The whole definition order for a key (cached until one of its documents changes). */
  definitionsOf(key: string): Definition[] {
    const slot = this.slot(splitKey(key).base, key);
    return (slot.defs ??= this.computeDefinitions(key));
  }

  /**
   * The mention to go to for a key without a definition (a person): the one listing most positions,
   * the earliest of those (by uri, then offset). Kept per posting, updated from a changed document alone.
   */
  richestMentionOf(key: string): Mention | undefined {
    const { base, term } = splitKey(key);
    const p = this.postings.get(base);
    if (!p) return undefined;
    if (term !== null) {
      const slot = this.slot(base, key);
      if (slot.richest === undefined) slot.richest = firstBestAt(p, this.placesOf(key)!.at, richness)?.mention ?? null;
      return slot.richest ?? undefined;
    }
    return top(p, RICHEST)?.mention;
  }

  private computeDefinitions(key: string): Definition[] {
    const { base, term } = splitKey(key);
    const out: Definition[] = [];
    const own = [...(this.ownKeys.get(base) ?? [])].sort();
    for (const uri of own) {
      const doc = this.docs.get(uri)!.doc;
      const t = termOfDate(doc.info.dateline);
      if (term === null || t === null || t === term) out.push({ kind: 'document', uri, document: doc });
    }
    for (const entry of this.catalog(base)) {
      const t = termOfDate(entry.date);
      if (term === null || t === null || t === term) out.push({ kind: 'catalog', entry });
    }
    // References come by uri then offset, so the first of the fullest is the earliest: one pass, kept
    // per posting for a bare key.
    let best: Best | null | undefined;
    const p = this.postings.get(base);
    // A code is never another kind's key: a person's or a body's posting holds no citation to scan for.
    if (!p || p.entities[0]?.kind !== 'citation') best = null;
    else if (term !== null) best = firstBestAt(p, this.placesOf(key)!.at, citationScore);
    else best = top(p, FULLEST);
    if (best) out.push({ kind: 'citation', uri: best.mention.uri, entity: best.mention.entity as CitationEntity });
    return out;
  }

  // ---- people --------------------------------------------------------------------------------

  /** A person's positions gathered across the corpus: distinct (by folded form), fullest form, first-seen order. */
  positionsOf(key: string): string[] {
    const slot = this.slot(splitKey(key).base, key);
    return (slot.pos ??= (() => {
      const kept: { text: string; folded: string }[] = [];
      for (const e of this.entitiesOfKey(key)) {
        if (e.kind !== 'person') continue;
        for (const p of (e as PersonEntity).positions) {
          // "… tỉnh Bà Rịa - Vũng Tàu" and "… Bà Rịa–Vũng Tàu" are one post, as the body's key reads them.
          const f = searchFold(p);
          const i = kept.findIndex((k) => k.folded === f || f.startsWith(k.folded + ' ') || k.folded.startsWith(f + ' '));
          if (i < 0) kept.push({ text: p, folded: f });
          else if (f.length > kept[i].folded.length) kept[i] = { text: p, folded: f };
        }
      }
      return kept.map((k) => k.text);
    })());
  }

  // ---- symbols -------------------------------------------------------------------------------

  /**
   * Cited documents, people and bodies whose name contains every word of the query, diacritics and đ/d
   * ignored, commas and dashes between words as spaces; a body also by its abbreviations ("ubnd nghe an"
   * finds "Ủy ban nhân dân tỉnh Nghệ An", whichever way the corpus writes it).
   */
  searchSymbols(query: string, limit = 500): SymbolHit[] {
    const words = searchFold(query).split(' ').filter(Boolean);
    const hits: { hit: SymbolHit; score: number }[] = [];
    for (const base of this.postings.keys()) {
      const first = this.firstEntityOf(base);
      if (!first || !SEARCHABLE.has(first.kind)) continue;
      const keys = this.isSplit(base) ? this.termsOf(base).map((t) => base + TERM_SEP + t) : [base];
      for (const key of keys) {
        const label = this.labelOf(key);
        const slot = this.slot(base, key);
        const alias = first.kind === 'citation' ? this.conferenceAliasOf(key) : null;
        const hay = (slot.fold ??= this.searchText(first.kind, label, base, alias));
        if (!words.every((w) => hay.includes(w))) continue;
        const count = this.mentionCount(key);
        const firstOfKey = this.firstMentionOf(key);
        if (count === 0 || !firstOfKey) continue;
        // The most query words found whole first ("ubnd nghe an": Nghệ An before "Bến Nghé" with the "an" of "ban"),
        // then those whose text starts with the first word, then the most mentioned.
        const padded = ' ' + hay + ' ';
        let whole = 0;
        for (const w of words) if (padded.includes(' ' + w + ' ')) whole++;
        const score = -whole * 1e7 + (words.length && hay.startsWith(words[0]) ? 0 : 1) * 1e6 - count;
        hits.push({ hit: { key, kind: firstOfKey.entity.kind, label, count, first: firstOfKey, alias }, score });
      }
    }
    hits.sort((a, b) => a.score - b.score || cmp(a.hit.label, b.hit.label) || cmp(a.hit.key, b.hit.key));
    return hits.slice(0, limit).map((h) => h.hit);
  }

  /** What a search looks through for a key: its label, its key, a document's conference name, a body's key with its abbreviations. */
  private searchText(kind: EntityKind, label: string, base: string, alias: string | null): string {
    const text = searchFold(label + ' ' + base + (alias ? ' ' + alias : ''));
    if (kind !== 'organization') return text;
    const folded = searchFold(base);
    const short = contracted(folded);
    return short === folded ? text : text + ' ' + short;
  }

  /**
   * The name a document cited as a conference's resolution goes by ("Nghị quyết Trung ương 4 khóa XII",
   * see conferenceName), from the first such mention of its key; null when none names it so, or when
   * that is its label.
   */
  conferenceAliasOf(key: string): string | null {
    const { base, term } = splitKey(key);
    const slot = this.slot(base, key);
    if (slot.alias !== undefined) return slot.alias;
    const p = this.postings.get(base);
    let alias: string | null = null;
    if (p) {
      const at = term === null ? null : this.placesOf(key)?.at ?? [];
      const n = at ? at.length : p.entities.length;
      for (let j = 0; j < n && alias === null; j++) {
        const e = p.entities[at ? at[j] : j];
        if (e.kind === 'citation') alias = conferenceName(e, base);
      }
    }
    if (alias !== null && alias === this.labelOf(key)) alias = null;
    return (slot.alias = alias);
  }

  /** Every key whose mentions are of one kind (split codes give one key per term), most mentioned first. */
  keysOfKind(kind: EntityKind): string[] {
    const out: string[] = [];
    for (const base of this.postings.keys()) {
      const first = this.firstEntityOf(base);
      if (!first || first.kind !== kind) continue;
      if (this.isSplit(base)) out.push(...this.termsOf(base).map((t) => base + TERM_SEP + t));
      else out.push(base);
    }
    const n = new Map(out.map((k) => [k, this.mentionCount(k)]));
    return out.sort((a, b) => n.get(b)! - n.get(a)! || cmp(a, b));
  }

  /** A display name for a key: a document's type and code (with its term when split), a person's name. */
  labelOf(key: string): string {
    const slot = this.slot(splitKey(key).base, key);
    return (slot.label ??= (() => {
      const { term } = splitKey(key);
      const e = this.firstEntityOf(key);
      if (!e) return key;
      if (e.kind === 'person' || e.kind === 'organization') return e.name;
      if (e.kind === 'citation') {
        const p = this.postings.get(splitKey(key).base)!;
        const pick = (i: number) => (term === null ? top(p, i) : firstBestAt(p, this.placesOf(key)!.at, SCORES[i])) ?? undefined;
        const full = (pick(TYPED)?.mention.entity as CitationEntity | undefined) ?? (e as CitationEntity);
        // Known only from conference references ("Trung ương 4 khóa XI"): the catalogue names the code.
        const entry = full.code ? undefined : this.catalog(splitKey(key).base).find((c) => c.code);
        const base = full.code
          ? (full.type ? `${full.type} ${full.code}` : full.code)
          : entry ? [entry.type, entry.code].filter(Boolean).join(' ') : (pick(LONGEST)?.mention.entity.text ?? '');
        return term ? `${base} (khóa ${term})` : base;
      }
      return e.text;
    })());
  }

  // ---- conflicts -----------------------------------------------------------------------------

  /** Disagreements about one code across the corpus (see the file comment for the term split). */
  conflictsOf(key: string): CodeConflict[] {
    const { base } = splitKey(key);
    if (!mayDisagree(this.postings.get(base))) return NO_CONFLICTS;
    const slot = this.slot(base, key);
    return (slot.conflicts ??= (() => {
      const all = this.recordsOf(base).filter((m) => m.entity.kind === 'citation' && (m.entity as CitationEntity).code);
      if (all.length < 2) return [];
      const out: CodeConflict[] = [];
      const scopes: string[] = [];
      if (this.isSplit(base)) {
        const terms = this.termsOf(base);
        out.push({
          key: base, kind: 'terms', scope: base, values: terms,
          mentions: all.filter((m) => this.termOfMention(m, base) !== null),
        });
        for (const t of terms) scopes.push(base + TERM_SEP + t);
      } else scopes.push(base);
      for (const scope of scopes) {
        const t = splitKey(scope).term;
        const ms = t === null ? all : all.filter((m) => this.termOfMention(m, base) === t);
        const dates = distinct(ms, (c) => c.date, (d) => d);
        if (dates.values.length >= 2) out.push({ key: base, kind: 'dates', scope, ...dates });
        const issuers = distinct(ms, particularIssuer, issuerFold);
        if (disjoint(issuers.values).length >= 2) out.push({ key: base, kind: 'issuers', scope, ...issuers });
      }
      return out;
    })());
  }

  /** The conflicts that involve a mention in one document. */
  conflictsIn(uri: string): CodeConflict[] {
    const rec = this.docs.get(uri);
    if (!rec) return [];
    const out: CodeConflict[] = [];
    let seen: Set<string> | undefined;
    // Every document is diagnosed after a bulk index: the codes that cannot disagree (nearly all) are
    // passed over with one look at their posting, and no list or set is made for them.
    for (const e of rec.sorted) {
      if (e.kind !== 'citation') continue;
      const n = e.refs.length;
      for (let j = 0; j < (n > 0 ? n : 1); j++) {
        const k = n > 0 ? e.refs[j] : e.key;
        if (!mayDisagree(this.postings.get(k)) || (seen ??= new Set()).has(k)) continue;
        seen.add(k);
        for (const c of this.conflictsOf(k)) if (mentionsByDocument(c).has(uri)) out.push(c);
      }
    }
    return out;
  }

  // ---- internals -----------------------------------------------------------------------------

  /** A mention's term: its own, or — for an undated mention of a split code — the only term not later than its file's dateline. */
  private termOfMention(m: Mention, base: string): string | null {
    return this.termFor(m.uri, m.entity, m.term, base);
  }

  private termFor(uri: string, entity: Entity, own: string | null, base: string): string | null {
    // A mention naming documents of several terms names each one's (its record may be another key's).
    const named = termOfRef(entity, base);
    if (named !== null) return named;
    if (own) return own;
    if (entity.kind !== 'citation' || !this.isSplit(base)) return null;
    const docTerm = termOfDate(this.docs.get(uri)?.doc.info.dateline);
    if (!docTerm) return null;
    const possible = this.sortedTerms(base).filter((t) => compareRoman(t, docTerm) <= 0);
    return possible.length === 1 ? possible[0] : null;
  }

  /**
   * A document's entities in text order and grouped by key, with their terms and (given its line starts)
   * their spans, before they go into the postings.
   */
  private prepare(doc: IndexedDocument, lines: Uint32Array | null): Prepared {
    const sorted = inTextOrder(doc.entities);
    const terms = ownTerms(sorted);
    const groups = new Map<string, Entity[]>();
    const group = (k: string, e: Entity) => {
      const g = groups.get(k);
      if (g) g.push(e);
      else groups.set(k, [e]);
    };
    let several = false;
    for (let i = 0; i < sorted.length; i++) {
      const entity = sorted[i];
      // baseKeysOf without its one-item array for the entities that are not citations (most of them).
      const n = keyCount(entity);
      for (let j = 0; j < n; j++) group(mentionKey(entity, j), entity);
      if (n > 1) several = true;
    }
    const termOf: TermOf = terms.size > 0 || several ? (e, k) => termOfRef(e, k) ?? terms.get(e) ?? null : NO_TERM;
    const spanOf: SpanOf = lines ? (e) => packSpan(lines, e.start, e.end) : NO_SPAN;
    return { sorted, groups, termOf, spanOf };
  }

  /**
   * Puts a prepared document into the postings. `placed`: keys whose postings already hold its mentions
   * (written over its old ones of the same number); `replacing`: it was in the index a moment ago;
   * `same`: keys whose mentions it held already as they are (see remove), with nothing to do.
   */
  private add(doc: IndexedDocument, prep: Prepared, keys: Set<string>, lookalikes: DocRecord['lookalikes'], lines: Uint32Array | null, placed: Set<string>, replacing: boolean, same?: Set<string>): void {
    const uri = doc.uri;
    const termOf = prep.termOf;
    // Documents mostly come in uri order (a bulk index puts them in so): one comparison for the
    // document instead of one per key.
    const afterAll = uri > this.lastAdded;
    if (afterAll) this.lastAdded = uri;
    // A key goes into the change set once: a bulk index puts a key's mentions in from thousands of
    // documents, and the posting, looked up anyway, tells whether it is in this change set already.
    if (keys !== this.noting) {
      this.noting = keys;
      this.notingGeneration++;
    }
    const generation = this.notingGeneration;
    for (const [k, list] of prep.groups) this.putKey(k, list, uri, termOf, prep.spanOf, keys, generation, afterAll, placed, replacing, same);
    this.enter({ doc, sorted: prep.sorted, lookalikes, lines }, keys);
    this.docsVersion++;
  }

  /** A document's record goes into the index, with the key of the document it is, if any. */
  private enter(rec: DocRecord, keys: Set<string>): void {
    const uri = rec.doc.uri;
    const own = rec.doc.info.ownKey;
    if (own) {
      let set = this.ownKeys.get(own);
      if (!set) this.ownKeys.set(own, (set = new Set()));
      set.add(uri);
      keys.add(own);
      this.cache.delete(own);
    }
    this.docs.set(uri, rec);
    this.lastUri = undefined;
    this.entities += rec.doc.entities.length;
  }

  /**
   * Puts one document's mentions of key `k` (`list`: its entities in text order) into the key's posting,
   * with what the posting keeps up to date from them (its counts, terms, tally and best mentions) and the
   * counts of the names they write. `add` does it for each key of a document; the cache's writer
   * (storedPostings), for a key whose posting it makes apart from the index, document by document.
   */
  private putKey(k: string, list: readonly Entity[], uri: string, termOf: TermOf, spanOf: SpanOf, keys: Set<string>, generation: number, afterAll: boolean, placed: ReadonlySet<string>, replacing: boolean, same?: Set<string>): void {
    let p = this.postings.get(k);
    if (p?.noted !== generation) {
      keys.add(k);
      if (p) p.noted = generation;
    }
    if (same?.has(k)) return;
    if (this.cache.size > 0) this.cache.delete(k);
    if (!p) {
      this.postings.set(k, (p = newPosting(k)));
      p.noted = generation;
      // What Go to Definition reads is kept from the start (the first request then scans nothing):
      // a document's fullest citation, the mention of a person (or body) naming most positions.
      // Other answers are found when asked.
      const kept = keptTop(list[0].kind);
      if (kept >= 0) p.tops[kept] = null;
    }
    if (!placed.has(k)) {
      unshare(p);
      const n = p.uris.length;
      const inOrder = p.sortedLength === p.entities.length;
      if (n === 0 || ((afterAll || p.uris[n - 1] < uri) && inOrder)) {
        appendMentions(p, uri, list, termOf, spanOf);
        this.viewChanged(p);
        p.uris.push(uri);
        p.sortedLength = p.entities.length;
        p.sortedUris = p.uris.length;
      } else if (replacing && inOrder) {
        // An edited document goes back in its place; a new one out of order is appended and merged in
        // on the posting's next read (a folder read in any order, or by several threads, stays linear).
        p.uris.splice(lowerBound(p.uris, uri), 0, uri);
        spliceMentions(p, lowerBound(p.owners, uri), 0, uri, list, termOf, spanOf);
        this.viewChanged(p);
        p.sortedLength = p.entities.length;
        p.sortedUris = p.uris.length;
      } else {
        appendMentions(p, uri, list, termOf, spanOf);
        this.viewChanged(p);
        p.uris.push(uri);
      }
    }
    // Only people have names to count and only citations terms. A citation's key (a code) is never
    // another kind's; a person's may be a body's of the same name, so both are looked through.
    const kind = list[0].kind;
    if (kind === 'person' || kind === 'organization') {
      // A person's mentions under one key mostly write one name: counted in runs, folded once a run.
      let name: string | undefined;
      let run = 0;
      for (const e of list) {
        if (e.kind !== 'person') continue;
        if (e.name !== name) {
          if (run > 0) this.countName(name!, k, run);
          name = e.name;
          run = 0;
        }
        run++;
      }
      if (run > 0) this.countName(name!, k, run);
    } else if (kind === 'citation') {
      for (const e of list) {
        if (e.kind === 'citation' && e.code) tally(p, e, 1);
        const t = termOf(e, k);
        if (!t) continue;
        if (!p.terms) p.terms = new Map();
        p.terms.set(t, (p.terms.get(t) ?? 0) + 1);
      }
    }
    for (let i = 0; i < SCORES.length; i++) {
      if (p.tops[i] !== undefined) p.tops[i] = offerBest(p.tops[i], list, uri, k, termOf, SCORES[i], afterAll);
    }
  }

  /**
   * Takes a document out of the postings. With `incoming` (its next version, prepared), a key whose
   * number of mentions stays the same gets the new ones written over the old in place, and goes into
   * `placed`: an edit that keeps a key's count moves nothing in that key's posting. A key whose mentions
   * are the very ones it holds goes into `same` too: its posting, its counts and the answers cached for
   * it are left as they are.
   */
  private remove(uri: string, keys: Set<string>, incoming?: Prepared, placed?: Set<string>, same?: Set<string>): boolean {
    const rec = this.docs.get(uri);
    if (!rec) return false;
    for (const k of this.keysOfDocument(rec)) {
      keys.add(k);
      const p = this.postings.get(k);
      if (!p) {
        if (this.cache.size > 0) this.cache.delete(k);
        continue;
      }
      // A posting with documents appended out of order is merged first (one pass over it, once): the
      // run is then found by binary search, not by a scan of the appended part.
      const { from, to } = runOf(p, uri);
      const next = incoming?.groups.get(k);
      if (next && same && sameRun(p, k, from, to, next, incoming!)) {
        // The edit left this key's mentions as they were (the same entities, terms and places): its
        // posting, counts and answers stand.
        placed!.add(k);
        same.add(k);
        continue;
      }
      if (this.cache.size > 0) this.cache.delete(k);
      unshare(p);
      this.forgetRun(p, k, from, to);
      for (let i = 0; i < p.tops.length; i++) if (p.tops[i]?.mention.uri === uri) p.tops[i] = undefined;
      if (next && next.length === to - from) {
        spliceMentions(p, from, next.length, uri, next, incoming!.termOf, incoming!.spanOf);
        placed!.add(k);
        continue;
      }
      spliceMentions(p, from, to - from, uri, [], NO_TERM, NO_SPAN);
      this.viewChanged(p);
      p.sortedLength = p.entities.length;
      const at = lowerBound(p.uris, uri);
      if (p.uris[at] === uri) p.uris.splice(at, 1);
      p.sortedUris = p.uris.length;
      if (p.entities.length === 0) this.dropPosting(k, p);
    }
    this.forgetDocument(rec, keys);
    return true;
  }

  /** What the mentions `from` to `to` of a posting counted (names, a code's tally, terms), before they go. */
  private forgetRun(p: Posting, k: string, from: number, to: number): void {
    let name: string | undefined;
    let run = 0;
    for (let i = from; i < to; i++) {
      const e = p.entities[i];
      if (e.kind === 'person') {
        if (e.name !== name) {
          if (run > 0) this.countName(name!, k, -run);
          name = e.name;
          run = 0;
        }
        run++;
      }
      if (e.kind === 'citation' && e.code) tally(p, e, -1);
      const t = termAt(p, i);
      if (t && p.terms) {
        const n = (p.terms.get(t) ?? 0) - 1;
        if (n > 0) p.terms.set(t, n);
        else p.terms.delete(t);
      }
    }
    if (run > 0) this.countName(name!, k, -run);
  }

  /** A document whose mentions left the postings leaves the rest of the index. */
  private forgetDocument(rec: DocRecord, keys: Set<string>): void {
    const uri = rec.doc.uri;
    const own = rec.doc.info.ownKey;
    if (own) {
      const set = this.ownKeys.get(own);
      set?.delete(uri);
      if (set && set.size === 0) this.ownKeys.delete(own);
      keys.add(own);
      this.cache.delete(own);
    }
    this.docs.delete(uri);
    this.lastUri = undefined;
    this.entities -= rec.doc.entities.length;
    this.docsVersion++;
  }

  /**
   * Takes many documents out at once (a folder deleted or renamed): each posting they are in is
   * compacted in one pass, where removing them one by one moved a large posting's tail once per
   * document. Returns the documents that were in the index.
   */
  private removeAll(uris: Iterable<string>, keys: Set<string>): DocRecord[] {
    const gone = new Set<string>();
    const recs: DocRecord[] = [];
    for (const uri of uris) {
      const rec = this.docs.get(uri);
      if (!rec || gone.has(uri)) continue;
      gone.add(uri);
      recs.push(rec);
    }
    const touched = new Set<string>();
    for (const rec of recs) for (const k of this.keysOfDocument(rec)) touched.add(k);
    for (const k of touched) {
      keys.add(k);
      if (this.cache.size > 0) this.cache.delete(k);
      const p = this.postings.get(k);
      if (!p) continue;
      dropDocuments(p, gone, (from, to) => this.forgetRun(p, k, from, to));
      this.viewChanged(p);
      if (p.entities.length === 0) this.dropPosting(k, p);
    }
    for (const rec of recs) this.forgetDocument(rec, keys);
    return recs;
  }

  /** Adds `n` (below 0: takes away) to the mentions of person key `k` written as `name`. */
  private countName(name: string, k: string, n: number): void {
    // A name is written the same way in thousands of files: folded once (the cache is bounded).
    // One look-up for the name as written leads to its counts (a look-up per map was most of the time
    // of a bulk load's counting, each a miss of the processor's caches).
    const written = this.writtenNames.get(name) ?? memoSet(this.writtenNames, name, { folded: foldForSearch(name), counts: null }, FOLDED_NAMES);
    // `names` holds no empty map: an emptied one was taken out, and the name's counts are found (or started) again.
    let perName = written.counts;
    if (perName === null || perName.size === 0) {
      perName = this.names.get(written.folded) ?? new Map<string, number>();
      this.names.set(written.folded, perName);
      written.counts = perName;
    }
    const count = (perName.get(k) ?? 0) + n;
    if (count > 0) perName.set(k, count);
    else perName.delete(k);
    if (perName.size === 0) this.names.delete(written.folded);
  }

  /** The positions answers a document's new version may leave as they are: those computed, with what the document said. */
  private keptPositions(uri: string): Map<string, { sig: string; pos: string[] }> | undefined {
    const rec = this.docs.get(uri);
    if (!rec) return undefined;
    let kept: Map<string, { sig: string; pos: string[] }> | undefined;
    for (const k of this.keysOfDocument(rec)) {
      const pos = this.cache.get(k)?.get(k)?.pos;
      if (!pos) continue;
      (kept ??= new Map()).set(k, { sig: positionsSignature(rec.sorted, k), pos });
    }
    return kept;
  }

  /** Puts back a person's positions when the document's new version says the same about them. */
  private restorePositions(uri: string, kept: Map<string, { sig: string; pos: string[] }>): void {
    const rec = this.docs.get(uri);
    if (!rec) return;
    for (const [k, { sig, pos }] of kept) {
      if (this.isSplit(k) || positionsSignature(rec.sorted, k) !== sig) continue;
      this.slot(k, k).pos = pos;
    }
  }

  private slot(base: string, key: string): Slot {
    let perKey = this.cache.get(base);
    if (!perKey) this.cache.set(base, (perKey = new Map()));
    let slot = perKey.get(key);
    if (!slot) perKey.set(key, (slot = {}));
    return slot;
  }

  private fire(change: IndexChange): void {
    if (this.holds > 0) {
      this.held ??= { uris: new Set(), keys: new Set() };
      for (const u of change.uris) this.held.uris.add(u);
      if (change.keys !== this.held.keys) for (const k of change.keys) this.held.keys.add(k);
      return;
    }
    for (const l of [...this.listeners]) l(change);
  }

  /**
   * Where an update collects the keys it changes: while change events are held, straight into what
   * will be announced (a bulk index would otherwise make a set per document and copy it).
   */
  private changedKeys(): Set<string> {
    if (this.holds === 0) return new Set();
    return (this.held ??= { uris: new Set(), keys: new Set() }).keys;
  }

  private announceHeld(): void {
    const held = this.held;
    if (!held) return;
    this.held = null;
    if (this.noting === held.keys) this.noting = null;
    const change: IndexChange = { uris: [...held.uris], keys: held.keys };
    for (const l of [...this.listeners]) l(change);
  }
}

/**
 * Whether a document's run of mentions in a posting (`from` to `to`) is `next`, as `prep` places and
 * terms them: the same entity objects (see reuseHeld), at the same lines and characters (a line end
 * put in before an entity moves it without moving its offsets; the editor's Locations, kept per mention
 * record, would keep the old place), in the same terms (today a mention's own term comes from the
 * mentions of its own key, so the same entities give the same terms; checked all the same, as it costs
 * a look-up).
 */
function sameRun(p: Posting, k: string, from: number, to: number, next: readonly Entity[], prep: Prepared): boolean {
  if (next.length !== to - from) return false;
  for (let i = 0; i < next.length; i++) {
    const e = next[i];
    // A span that does not pack (-1: past the 4,096th line, spanning lines, ...) cannot tell its place.
    const span = p.spans[from + i];
    if (p.entities[from + i] !== e || span < 0 || span !== prep.spanOf(e) || termAt(p, from + i) !== prep.termOf(e, k)) return false;
  }
  return true;
}

const byPlace = (a: Entity, b: Entity) => a.start - b.start || b.end - a.end;

/** A document's entities by start offset (ties: longer first): the extractor's own array when it is in that order already (it is), else a sorted copy. */
function inTextOrder(entities: Entity[]): Entity[] {
  const inOrder = entities.every((e, i, all) => i === 0 || byPlace(all[i - 1], e) <= 0);
  return inOrder ? entities : [...entities].sort(byPlace);
}

/** How many keys an entity is a mention of: a citation of documents one per document it names (its refs), any other entity one (its key). */
const keyCount = (e: Entity): number => (e.kind === 'citation' && e.refs.length > 0 ? e.refs.length : 1);

/** The `j`th key an entity is a mention of (see keyCount). */
const mentionKey = (e: Entity, j: number): string => (e.kind === 'citation' && e.refs.length > 0 ? e.refs[j] : e.key);

/** How many mentions a document's entities make. */
function mentionCount(entities: readonly Entity[]): number {
  let n = 0;
  for (const e of entities) n += keyCount(e);
  return n;
}

/**
 * Whether stored postings (CorpusIndex.storedPostings) fit the documents that go in (`docs`, null for
 * one that does not): each key once and with a mention, each run's document and places within it, each
 * posting's columns of its length, each document's mentions all there (as many as its entities make),
 * and each posting's first mention one of its key. Checked before any goes in: a cache whose postings do not fit is loaded document by
 * document.
 */
export function storedPostingsFit(docs: ReadonlyArray<StoredDocument | null>, postings: readonly StoredPosting[]): boolean {
  const checking = checkStoredPostings(docs, postings);
  for (;;) {
    const r = checking.next();
    if (r.done) return r.value;
  }
}

/** storedPostingsFit a step at a time, where the caller may pause (some 80 ms in all at 10,000 documents). */
export function* checkStoredPostings(docs: ReadonlyArray<StoredDocument | null>, postings: readonly StoredPosting[]): Generator<void, boolean> {
  const counts = new Array<number>(docs.length).fill(0);
  const sorted: (Entity[] | null)[] = new Array(docs.length);
  for (let d = 0; d < docs.length; d++) {
    sorted[d] = docs[d] ? inTextOrder(docs[d]!.result.entities) : null;
    if ((d & 255) === 255) yield;
  }
  // A step checks some 32,000 numbers of runs (a key of the most mentioned name has 36,459 mentions).
  let work = 0;
  const seen = new Set<string>();
  for (const sp of postings) {
    if (sp.mentions < 1 || seen.has(sp.key)) return false;
    seen.add(sp.key);
    work += sp.runs.length;
    if (work >= 1 << 15) {
      work = 0;
      yield;
    }
    const { runs, mentions } = sp;
    let total = 0;
    let first = true;
    for (let j = 0; j < runs.length; ) {
      const d = runs[j];
      const n = runs[j + 1];
      if (!(d >= 0 && d < docs.length && n >= 1 && j + 2 + n <= runs.length)) return false;
      const es = sorted[d];
      if (es) {
        for (let q = 0; q < n; q++) if (!(runs[j + 2 + q] >= 0 && runs[j + 2 + q] < es.length)) return false;
        if (first) {
          const e = es[runs[j + 2]];
          if (!(e.key === sp.key || (e.kind === 'citation' && e.refs.includes(sp.key)))) return false;
          first = false;
        }
        counts[d] += n;
      }
      total += n;
      j += 2 + n;
    }
    if (total !== mentions || sp.spans.length !== mentions || (sp.terms !== null && sp.terms.length !== mentions)) return false;
    if (sp.tops.length !== SCORES.length || sp.tops.some((t) => t && !(t.at >= 0 && t.at < mentions))) return false;
  }
  for (let d = 0; d < docs.length; d++) {
    const doc = docs[d];
    if (doc !== null && counts[d] !== mentionCount(doc.result.entities)) return false;
    if ((d & 255) === 255) yield;
  }
  return true;
}

/** The codes of a text written with look-alike characters, with their ranges. */
function lookalikesIn(text: string, starts: Uint32Array): DocRecord['lookalikes'] {
  const found = findLookalikeCodes(text);
  return found.length ? found.map((f) => ({ ...f, range: rangeIn(starts, f.start, f.end) })) : [];
}

/**
 * A stored posting as it goes in (see CorpusIndex.bulkLoad): made of the mentions of the documents that
 * go in (`recs`, null for one that does not), with the names its person mentions write; undefined when
 * none of its documents goes in. With all of them, its counts and best mentions are the stored ones and
 * no entity is read; without some, they are read from the mentions left, as `add` reads them.
 */
function storedPosting(sp: StoredPosting, recs: ReadonlyArray<DocRecord | null>): { posting: Posting; names: Iterable<[string, number]> } | undefined {
  const p = newPosting(sp.key);
  const { entities, owners, uris } = p;
  const runs = sp.runs;
  const whole = runsAllIn(runs, recs);
  const spans: number[] = [];
  let terms: (string | null)[] | null = null;
  let at = 0;
  for (let j = 0; j < runs.length; ) {
    const rec = recs[runs[j]];
    const n = runs[j + 1];
    if (rec) {
      const sorted = rec.sorted;
      const uri = rec.doc.uri;
      uris.push(uri);
      for (let q = 0; q < n; q++) {
        entities.push(sorted[runs[j + 2 + q]]);
        owners.push(uri);
        if (!whole) {
          spans.push(sp.spans[at + q]);
          if (sp.terms) (terms ??= []).push(sp.terms[at + q]);
        }
      }
      p.changes++; // one a document, as `add` counts them
    }
    at += n;
    j += 2 + n;
  }
  if (entities.length === 0) return undefined;
  p.sortedLength = entities.length;
  p.sortedUris = uris.length;
  if (whole) {
    p.spans = Int32Array.from(sp.spans);
    p.mentionTerms = sp.terms ? sp.terms.slice() : null;
    p.terms = sp.termCounts ? new Map(sp.termCounts) : null;
    p.tally = sp.tally ? { dates: new Map(sp.tally.dates), issuers: new Map(sp.tally.issuers) } : null;
    p.tops = sp.tops.map((t) => (t ? { mention: { uri: owners[t.at], entity: entities[t.at], term: termAt(p, t.at) }, score: t.score } : t));
    return { posting: p, names: sp.names };
  }
  p.spans = Int32Array.from(spans);
  p.mentionTerms = terms && terms.some((t) => t !== null) ? terms : null;
  // What `add` counts from a document's mentions of a code: its tally and terms.
  forEachRun(p, (from, to) => {
    if (entities[from].kind !== 'citation') return;
    for (let m = from; m < to; m++) {
      const e = entities[m];
      if (e.kind === 'citation' && e.code) tally(p, e, 1);
      const t = termAt(p, m);
      if (t) (p.terms ??= new Map()).set(t, (p.terms.get(t) ?? 0) + 1);
    }
  });
  const kept = keptTop(entities[0].kind);
  if (kept >= 0) p.tops[kept] = firstBestAt(p, null, SCORES[kept]) ?? null;
  return { posting: p, names: namesOf(p) };
}

/** Calls `run` with where each document's mentions start and end in a posting (in order: its owners run by document). */
function forEachRun(p: Posting, run: (from: number, to: number) => void): void {
  const owners = p.owners;
  for (let i = 0; i < owners.length; ) {
    let j = i + 1;
    while (j < owners.length && owners[j] === owners[i]) j++;
    run(i, j);
    i = j;
  }
}

/**
 * The names a posting's person mentions write, with how many, as `add` counts them (putKey): in each
 * document whose first mention of the key is a person's or a body's.
 */
function namesOf(p: Posting): Map<string, number> {
  const names = new Map<string, number>();
  forEachRun(p, (from, to) => {
    const kind = p.entities[from].kind;
    if (kind !== 'person' && kind !== 'organization') return;
    for (let m = from; m < to; m++) {
      const e = p.entities[m];
      if (e.kind === 'person') names.set(e.name, (names.get(e.name) ?? 0) + 1);
    }
  });
  return names;
}

/** Whether every document of a stored posting's runs goes in. */
function runsAllIn(runs: ArrayLike<number>, recs: ReadonlyArray<DocRecord | null>): boolean {
  for (let j = 0; j < runs.length; j += 2 + runs[j + 1]) if (!recs[runs[j]]) return false;
  return true;
}

/** No key: what a load puts in goes into no posting that holds it already. */
const NO_KEYS: ReadonlySet<string> = new Set();

/** An entity extracted without a range (UNPLACED, or its copy after a trip through JSON). */
const unplaced = (e: Entity): boolean => e.range === UNPLACED || e.range.start.line < 0;

const NO_CONFLICTS: CodeConflict[] = Object.freeze([]) as unknown as CodeConflict[];

const SEARCHABLE = new Set<EntityKind>(['citation', 'person', 'organization']);

interface Prepared {
  sorted: Entity[];
  /** The entities by key, in text order. */
  groups: Map<string, Entity[]>;
  /** Each entity's term in the posting of a key (see ownTerms, termOfRef). */
  termOf: TermOf;
  /** Where each entity stands in the document, packed (Posting.spans). */
  spanOf: SpanOf;
}

const NO_TERM = (): string | null => null;
/** Entities that carry their own ranges (no line starts given): their mentions' ranges are read from them. */
const NO_SPAN = (): number => -1;

/** Answers derived from a key's mentions, computed on first request. */
interface Slot {
  /** A split key's places in its code's posting (see placesOf). */
  at?: number[];
  refs?: Mention[];
  docs?: string[];
  defs?: Definition[];
  pos?: string[];
  label?: string;
  conflicts?: CodeConflict[];
  fold?: string;
  alias?: string | null;
  terms?: string[];
  richest?: Mention | null;
}

/** What one document says about a person's positions: their lists in order (equal → same `positionsOf`). */
function positionsSignature(entities: readonly Entity[], key: string): string {
  let sig = '';
  for (const e of entities) {
    if (e.kind !== 'person' || !baseKeysOf(e).includes(key)) continue;
    sig += e.positions.join('\u0001') + '\u0002';
  }
  return sig;
}

/**
 * Whether a code's citations may disagree: cited in several terms, or with two dates or two particular
 * issuers (see mayConflict). Most codes are cited one way, and their posting tells without a pass over
 * their mentions.
 */
const mayDisagree = (p: Posting | undefined): boolean => splitPosting(p) || mayConflict(p);

/** A code cited in two or more terms: its mentions answer to per-term keys (see the file comment). */
const splitPosting = (p: Posting | undefined): boolean => (p?.terms?.size ?? 0) >= 2;

/** The mentions of the lists, one per entity (the first list's record), by uri then offset. */
function onePerEntity(lists: readonly (readonly Mention[])[]): Mention[] {
  const seen = new Map<Entity, Mention>();
  for (const list of lists) for (const m of list) if (!seen.has(m.entity)) seen.set(m.entity, m);
  return [...seen.values()].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : a.entity.start - b.entity.start || b.entity.end - a.entity.end));
}

/** The first key a citation's mention is grouped by: the posting whose record mentionOf and mentionsIn give. */
const firstKeyOf = (e: CitationEntity): string => (e.refs.length > 0 ? e.refs[0] : e.key);

const rank = (e: Entity): number => (e.kind === 'citation' ? 0 : e.kind === 'person' ? 1 : 2);

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const byDocument = new WeakMap<CodeConflict, Map<string, Mention[]>>();

/**
 * A conflict's mentions by document, made once per conflict (a conflict lives until its code's
 * postings change): every document citing a code is diagnosed, and looking for its own mentions among
 * all of them made that quadratic in the code's citations.
 */
export function mentionsByDocument(c: CodeConflict): ReadonlyMap<string, readonly Mention[]> {
  let map = byDocument.get(c);
  if (!map) {
    map = new Map();
    for (const m of c.mentions) {
      const list = map.get(m.uri);
      if (list) list.push(m);
      else map.set(m.uri, [m]);
    }
    byDocument.set(c, map);
  }
  return map;
}

function distinct(ms: Mention[], get: (c: CitationEntity) => string | null, norm: (v: string) => string): { values: string[]; mentions: Mention[] } {
  const seen = new Map<string, string>();
  const mentions: Mention[] = [];
  for (const m of ms) {
    const v = get(m.entity as CitationEntity);
    if (v === null) continue;
    const n = norm(v);
    if (!seen.has(n)) seen.set(n, v);
    mentions.push(m);
  }
  return { values: [...seen.keys()], mentions };
}
