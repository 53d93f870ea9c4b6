// Child process of `npm run bench` (run with --expose-gc): indexes one corpus through CorpusIndex and
// measures it. Mode "cold": read every file, then set() each into a fresh index, with memory sampled
// during the run and the heap retained after gc. Mode "full": the cold index, then incremental
// re-index of edited documents and the lookups the hover, definition and references providers make.
import * as fs from 'fs';
import * as path from 'path';
import { CorpusIndex, Mention } from '../src/core/corpus/corpusIndex';
import { conflictReport, DiagnosticQueue, findingsIn } from '../src/core/corpus/diagnosticScope';
import { ListMapper } from '../src/core/corpus/listMapper';
import type { CitationEntity, Entity } from '../src/core/types';
import { Rng } from './generate';
import { indexFilesParallel } from '../src/core/corpus/parallelIndex';
import { extensionListeners } from './listeners';
import { converted, Location, newRange } from './editorTypes';
import { gc, MB, memoryPeaks, nowMs, summarize, writeResult } from './stats';

interface Corpus {
  uris: string[];
  /** The files' texts for the cold index; emptied after it (see keepTextsOffHeap). */
  texts: string[];
  /** The texts as UTF-8 bytes, outside the JavaScript heap, for the edits after the cold index. */
  bytesOf: Buffer[];
  bytes: number;
  readMs: number;
}

function readCorpus(dir: string): Corpus {
  const t0 = nowMs();
  const names = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const uris: string[] = [];
  const texts: string[] = [];
  let bytes = 0;
  for (const name of names) {
    const file = path.join(dir, name);
    const buf = fs.readFileSync(file);
    bytes += buf.length;
    uris.push('file://' + file);
    texts.push(buf.toString('utf8'));
  }
  return { uris, texts, bytesOf: [], bytes, readMs: nowMs() - t0 };
}

function coldIndex(corpus: Corpus) {
  const { sample, closing } = memoryPeaks();
  const index = new CorpusIndex();
  const t0 = nowMs();
  for (let i = 0; i < corpus.texts.length; i++) {
    index.set(corpus.uris[i], corpus.texts[i]);
    if (i % 100 === 99) sample();
  }
  const ms = nowMs() - t0;
  const memory = closing();
  return {
    index,
    figures: {
      documents: corpus.texts.length,
      entities: index.entityCount,
      bytes: corpus.bytes,
      readMs: corpus.readMs,
      indexMs: ms,
      mbPerSec: corpus.bytes / MB / (ms / 1000),
      ...memory,
      gcExposed: Boolean(gc),
    },
  };
}

/** An edit a writer makes: a sentence added at the end that cites a document the file already cites. */
function edited(text: string, entities: readonly Entity[], n: number): string {
  const cite = entities.find((e) => e.kind === 'citation');
  return text + `\nNgười viết bổ sung lần ${n}: tiếp tục quán triệt ${cite ? cite.text : 'các văn bản của Đảng'}.\n`;
}

/**
 * The other common edit: a sentence citing the document the corpus cites most, written as one of its
 * citations writes it, which the file may not cite yet (a new mention in the corpus's largest posting
 * of a citation, and a key the file did not have).
 */
function citingTheMostCited(index: CorpusIndex): (text: string, n: number) => string {
  let best: { key: string; count: number } | undefined;
  for (const doc of index.documents()) {
    for (const e of doc.entities) {
      if (e.kind !== 'citation' || !e.code || (best && best.key === e.key)) continue;
      const count = index.mentionCount(e.key);
      if (!best || count > best.count) best = { key: e.key, count };
    }
    if (best && best.count > 1000) break;
  }
  const written = best ? index.referencesOf(best.key).find((m) => m.entity.kind === 'citation' && m.entity.type)?.entity.text : undefined;
  return (text, n) => text + `\nNgười viết bổ sung lần ${n}: cần thực hiện nghiêm ${written ?? 'các văn bản của Đảng'}.\n`;
}

/**
 * The index as the extension holds it after its cold index: built by indexFilesParallel itself (its
 * main-thread path, no workers: only the state matters here, not the time), every result in the
 * compact form the workers send, so that no string of the index is a slice of a file's text, and with
 * the listener the extension's diagnostics attach.
 */
async function extensionIndex(corpus: Corpus): Promise<CorpusIndex> {
  const index = new CorpusIndex();
  // Its listeners run inside every set(), as the extension's do (the diagnosing itself waits for a pause in typing).
  extensionListeners(index, false);
  const files = corpus.uris.map((uri) => ({ key: uri, path: uri.slice('file://'.length) }));
  await indexFilesParallel(index, files, { workerScript: '', workers: 0, maxBytes: 5 * MB }).done;
  return index;
}

/** Moves the texts out of the JavaScript heap: the extension does not keep them, and they would slow every collection. */
function keepTextsOffHeap(corpus: Corpus): void {
  corpus.bytesOf = corpus.texts.map((t) => Buffer.from(t, 'utf8'));
  corpus.texts = [];
}

const textOf = (corpus: Corpus, i: number): string => corpus.bytesOf[i].toString('utf8');

/** Edits timed apart at first: the first runs of the edit path's code after the index (compiling it, first touches of postings). */
const FIRST_EDITS = 20;

function incremental(index: CorpusIndex, corpus: Corpus, rng: Rng, edits: number) {
  const times: number[] = [];
  const byKind: [number[], number[]] = [[], []];
  const first: number[] = [];
  const citingPopular = citingTheMostCited(index);
  for (let n = 0; n < FIRST_EDITS + edits; n++) {
    const i = rng.int(0, corpus.uris.length - 1);
    const uri = corpus.uris[i];
    const original = textOf(corpus, i);
    // Half the edits cite what the file cites, half the corpus's most cited document.
    const next = n % 2 === 0 ? edited(original, index.get(uri)?.entities ?? [], n) : citingPopular(original, n);
    const t0 = nowMs();
    index.set(uri, next);
    const a = nowMs() - t0;
    const t1 = nowMs();
    index.set(uri, original);
    const b = nowMs() - t1;
    if (n < FIRST_EDITS) {
      first.push(a, b);
      continue;
    }
    times.push(a, b);
    byKind[n % 2].push(a, b);
  }
  return { ...summarize(times), sameCitations: summarize(byKind[0]), mostCited: summarize(byKind[1]), first: summarize(first) };
}

// What each provider asks the index for one request at a place, in the order src/providers/ does
// (hover.ts: describe/mentionsLine; navigation.ts: keyUnderCursor/locateDefinition; references.ts).
const MAX_LINKS = 10;

function mentionsLine(index: CorpusIndex, key: string): unknown[] {
  const docs = index.citingDocuments(key);
  const count = index.mentionCount(key);
  return [docs.length, count, index.firstMentionsByDocument(key, MAX_LINKS).map((m) => index.rangeOf(m.uri, m.entity).start)];
}

function hover(index: CorpusIndex, uri: string, offset: number): unknown {
  const e = index.entityAt(uri, offset);
  if (!e) return undefined;
  if (e.kind === 'citation') {
    const key = index.keyAt(uri, e);
    const def = index.definitionOf(key);
    const labels = e.refs.length > 1 ? e.refs.map((r) => index.labelOf(r)) : [];
    const base = e.refs[0] ?? e.key;
    const terms = index.isSplit(base) ? index.termsOf(base) : [];
    return [def, labels, terms, mentionsLine(index, key)];
  }
  if (e.kind === 'person') {
    const key = index.keyAt(uri, e);
    return [index.positionsOf(key), mentionsLine(index, key)];
  }
  if (e.kind === 'organization') return mentionsLine(index, index.keyAt(uri, e));
  return e.key;
}

function definition(index: CorpusIndex, uri: string, offset: number): unknown {
  const e = index.entityAt(uri, offset);
  if (!e || (e.kind !== 'citation' && e.kind !== 'person' && e.kind !== 'organization')) return undefined;
  const key = index.keyAt(uri, e);
  const defs = index.definitionsOf(key);
  if (defs.length > 0) return defs[0];
  return index.richestMentionOf(key);
}

// The provider turns mentions into Locations through a ListMapper kept per key (src/providers/locations.ts):
// a bare key's straight from its posting's columns, others' from their records. The editor's Location,
// Range and Position are stood in for by ./editorTypes, shaped as the extension host's.
let toLocations: ListMapper<Mention, Location> | undefined;

function references(index: CorpusIndex, uri: string, offset: number): Location[] | undefined {
  const e = index.entityAt(uri, offset);
  if (!e) return undefined;
  const key = index.keyAt(uri, e);
  toLocations ??= new ListMapper((m: Mention) => new Location(m.uri, index.mentionRange(m, newRange)));
  const columns = index.mentionColumns(key);
  if (columns) return toLocations.mapColumns(key, columns, (i) => new Location(columns.owners[i], index.columnRange(columns, i, newRange)));
  return toLocations.map(key, index.referencesOf(key));
}

const LOOKUPS = { hover, definition, references };
type LookupName = keyof typeof LOOKUPS;

interface Probe {
  uri: string;
  offset: number;
  doc: number;
}

function probes(index: CorpusIndex, corpus: Corpus, rng: Rng, count: number): Probe[] {
  const out: Probe[] = [];
  while (out.length < count) {
    const doc = rng.int(0, corpus.uris.length - 1);
    const uri = corpus.uris[doc];
    const entities = index.get(uri)?.entities ?? [];
    // Hovers land mostly on citations and people, the entities that link files.
    const linked = entities.filter((e) => e.kind === 'citation' || e.kind === 'person');
    const pool = linked.length > 0 && rng.chance(0.85) ? linked : entities;
    if (pool.length === 0) continue;
    const e = rng.pick(pool);
    out.push({ uri, offset: e.start + ((e.end - e.start) >> 1), doc });
  }
  return out;
}

/**
 * Each answer is used (its size goes in `sink`, so that no lookup can be optimised away) but not kept:
 * the providers hand theirs to the editor and forget them. Keeping them all held every rebuilt list of
 * Locations, a heap of a gigabyte, and full collections of 0.2-0.4 s landed inside timed requests.
 */
function timeLookups(index: CorpusIndex, list: Probe[], name: LookupName, sink: unknown[]): number[] {
  const fn = LOOKUPS[name];
  const us: number[] = [];
  for (const p of list) {
    const t0 = nowMs();
    const answer = fn(index, p.uri, p.offset);
    us.push((nowMs() - t0) * 1000);
    sink.push(Array.isArray(answer) ? answer.length : answer === undefined ? 0 : 1);
  }
  return us;
}

function lookups(index: CorpusIndex, corpus: Corpus, rng: Rng) {
  const list = probes(index, corpus, rng, 2000);
  const sink: unknown[] = [];
  const out: Record<string, unknown> = {};
  const timedFirst: Partial<Record<LookupName, number[]>> = {};
  for (const name of Object.keys(LOOKUPS) as LookupName[]) {
    // First request for each place right after indexing (nothing cached), then the same requests again.
    index.setCatalog(() => []);
    const first = timeLookups(index, list, name, sink);
    timedFirst[name] = first;
    const cached = timeLookups(index, list, name, sink);
    // The editing case: the file was just re-indexed (its keys' caches dropped), then the user asks.
    const afterEdit: number[] = [];
    for (const p of list.slice(0, 300)) {
      const text = textOf(corpus, p.doc);
      index.set(p.uri, edited(text, index.get(p.uri)?.entities ?? [], 0));
      afterEdit.push(...timeLookups(index, [p], name, sink));
      index.set(p.uri, text);
    }
    out[name] = { first: summarize(first), cached: summarize(cached), afterEdit: summarize(afterEdit) };
  }
  const sizes = list.map((p) => references(index, p.uri, p.offset)?.length);
  out.referencesPerRequest = summarize(sizes.filter((n): n is number => n !== undefined));
  // What the repeated requests would need kept to be answered from the mapper: every distinct key's list.
  const distinct = new Map<string, number>();
  for (const p of list) {
    const e = index.entityAt(p.uri, p.offset);
    if (e) distinct.set(index.keyAt(p.uri, e), index.mentionCount(index.keyAt(p.uri, e)));
  }
  out.referencesWorkingSet = { keys: distinct.size, locations: [...distinct.values()].filter((n) => n >= 64).reduce((a, b) => a + b, 0) };
  // The answer's size decides the references' cost (one Location per mention): the answers of at most
  // 1,000 locations and those of more than 10,000, on first request.
  const firstRefs = timedFirst.references ?? [];
  const small = firstRefs.filter((_, i) => (sizes[i] ?? 0) <= 1000);
  const large = firstRefs.filter((_, i) => (sizes[i] ?? 0) > 10_000);
  const largest = Math.max(0, ...sizes.map((n) => n ?? 0));
  out.referencesBySize = { upTo1000: summarize(small), over10000: summarize(large), largest };
  // The editor's part of the largest answer, after the provider's: its conversion for the window.
  const top = list[sizes.indexOf(largest)];
  const answer = top ? references(index, top.uri, top.offset) ?? [] : [];
  const conversion: number[] = [];
  // After a full collection, so that no marking step of the index's old generation lands in a run.
  gc?.();
  for (let i = 0; i < 30; i++) {
    const t0 = nowMs();
    sink.push(converted(answer).length);
    conversion.push(nowMs() - t0);
  }
  out.referencesConverted = { locations: answer.length, ms: summarize(conversion) };
  out.sinkLength = sink.length;
  return out;
}

/**
 * A folder renamed in the editor: every document moves at once (CorpusIndex.renameAll, as the
 * extension does), then the first Find All References on the most cited name reads the merged
 * postings; then a tenth of the documents renamed one by one (rename), for comparison.
 */
function folderRename(index: CorpusIndex, corpus: Corpus) {
  const moved = (u: string) => u.replace(/\/([^/]+)$/, '/moved/$1');
  const pairs = corpus.uris.map((u) => [u, moved(u)] as [string, string]);
  const t0 = nowMs();
  const n = index.renameAll(pairs);
  const renameAllMs = nowMs() - t0;
  const top = index.keysOfKind('person')[0];
  const t1 = nowMs();
  const refs = index.referencesOf(top).length;
  const firstReadMs = nowMs() - t1;
  index.renameAll(pairs.map(([a, b]) => [b, a] as [string, string]));
  const tenth = corpus.uris.slice(0, Math.ceil(corpus.uris.length / 10));
  const t2 = nowMs();
  for (const u of tenth) index.rename(u, moved(u));
  const oneByOneMs = nowMs() - t2;
  for (const u of tenth) index.rename(moved(u), u);
  return { documents: n, renameAllMs, firstReadMs, references: refs, oneByOne: tenth.length, oneByOneMs };
}

const ALL_FINDINGS = { conflicts: true, weekdays: true, lookalikes: true };

/** What the diagnostics work out for some documents (src/providers/diagnostics.ts, without making the editor's objects). */
function diagnoseAll(index: CorpusIndex, uris: readonly string[]): number {
  let n = 0;
  for (const uri of uris) {
    if (!index.has(uri)) continue;
    const found = findingsIn(index, uri, ALL_FINDINGS);
    n += found.weekdays.length + found.lookalikes.length;
    for (const c of found.conflicts) n += conflictReport(index, c, uri).length;
  }
  return n;
}

/**
 * One mistyped date in the corpus: a citation of the most cited code dated a day off, which every
 * document citing the code then reports. The whole corpus diagnosed, then edits of documents citing
 * it, each diagnosed as the extension does after a pause in typing (the documents the change can
 * alter, found by DiagnosticQueue). Undone at the end.
 */
function conflictedEdits(index: CorpusIndex, corpus: Corpus, rng: Rng, edits: number) {
  let best: { key: string; count: number; e: CitationEntity } | undefined;
  for (const doc of index.documents()) {
    for (const e of doc.entities) {
      if (e.kind !== 'citation' || !e.code || !e.date || (best && best.key === e.key)) continue;
      const count = index.citingDocuments(e.key).length;
      if (!best || count > best.count) best = { key: e.key, count, e };
    }
    if (best && best.count > 3000) break;
  }
  if (!best) return undefined;
  const [y, m, d] = best.e.date!.split('-').map(Number);
  const typo = `${d === 28 ? 27 : d + 1}/${m}/${y}`;
  const citing = index.citingDocuments(best.key);
  const target = corpus.uris.indexOf(citing[0]);
  const original = textOf(corpus, target);
  const queue = new DiagnosticQueue(index);
  const listening = index.onDidChange((change) => queue.add(change));
  // As in the extension, whose queue heard the bulk index announce every code: each one's state is known.
  queue.add({ uris: [], keys: new Set(index.keysOfKind('citation')) });
  queue.take();
  index.set(corpus.uris[target], original + `\nTheo ${best.e.type ?? ''} số ${best.e.code} ngày ${typo} của ${best.e.issuer ?? 'Bộ Chính trị'}.\n`);
  const t0 = nowMs();
  const full = diagnoseAll(index, [...index.documents()].map((x) => x.uri));
  const fullMs = nowMs() - t0;
  queue.take();
  const times: number[] = [];
  const sent: number[] = [];
  for (let n = 0; n < edits; n++) {
    const uri = citing[rng.int(1, citing.length - 1)];
    const i = corpus.uris.indexOf(uri);
    const text = textOf(corpus, i);
    const t1 = nowMs();
    index.set(uri, edited(text, index.get(uri)?.entities ?? [], n));
    const { uris } = queue.take();
    diagnoseAll(index, uris);
    times.push(nowMs() - t1);
    sent.push(uris.length);
    index.set(uri, text);
    queue.take();
  }
  index.set(corpus.uris[target], original);
  listening.dispose();
  return { code: best.key, citing: citing.length, full, fullMs, edit: summarize(times), rediagnosed: summarize(sent) };
}

async function main(): Promise<void> {
  const [dir, mode = 'cold'] = process.argv.slice(2);
  const corpus = readCorpus(dir);
  const { figures } = coldIndex(corpus);
  const result: Record<string, unknown> = { mode, dir, node: process.version, cold: figures };
  if (mode === 'full') {
    // Edits and lookups run on the index in the state the extension leaves it in, without the texts.
    keepTextsOffHeap(corpus);
    gc?.();
    const index = await extensionIndex(corpus);
    gc?.();
    result.heapForLookupsMB = process.memoryUsage().heapUsed / MB;
    const rng = new Rng(7);
    result.incremental = incremental(index, corpus, rng, 1000);
    result.lookups = lookups(index, corpus, rng);
    result.conflicted = conflictedEdits(index, corpus, rng, 200);
    result.folderRename = folderRename(index, corpus);
  }
  writeResult(result);
}

main().catch((e) => writeResult({ error: String(e && e.stack ? e.stack : e) }));
