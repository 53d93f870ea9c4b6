// A persistent cache of extraction results, so that reopening a large corpus does not read and extract
// every file again: per document its index key, the size and mtime of the file as stat'ed when it was
// read, and its outcome in the compact form of resultCodec.ts (entities without ranges, with line starts).
// A start with unchanged files puts the cached results in the index and extracts only what changed.
//
// File layout (little-endian, every part 4-byte aligned):
//   "VANKIEN-INDEX-CACHE\n"  then one JSON line { format, fingerprint } padded with spaces to 4 bytes
//   frames:  u32 metaBytes, u32 stringBytes, u32 intCount, u32 checksum,
//            meta (JSON [[key, size, mtimeMs, ctimeMs, ino], …], one per document), the strings the batch
//            adds to the file's string table (JSON; the frames share one table, see resultCodec.ts), padding,
//            the batch's Int32 numbers; the checksum covers everything after the frame's 16-byte head
//   postings (optional, after the frames): u32 0xFFFFFFFE, u32 stringBytes, u32 intCount, u32 checksum,
//            the strings it adds to the table (JSON), padding, its Int32 numbers: every key's posting as
//            CorpusIndex.storedPostings makes it from the file's documents (see postingsFrame)
//   trailer: u32 0xFFFFFFFF, u32 documents, u32 frames, u32 checksum of the two counts
// A file that does not end with its trailer, a frame whose checksum fails, another format or another
// extractor's fingerprint: the whole cache is ignored; all of it is checked before anything goes in the
// index. Loading then decodes one batch at a time (the decoded corpus never sits in memory beside the
// index) and a batch goes in only once wholly decoded. Only the batches with a document whose stamp
// still matches are decoded (the strings of the others are still read: later batches use them). Files are written to a temporary name, flushed and renamed, so a crash
// leaves the old cache.
// With the postings, a start puts each key's posting in as the file holds it, without reading its
// mentions' entities one by one (see CorpusIndex.bulkLoad): a start of 10,000 documents takes about half the time (0.7-0.9 s against
// 1.5-1.9 s in turns). The extension writes them when it writes the cache in the background, taken from
// its index (some 0.6-0.9 s of CPU and 15 MB more file at 10,000 documents); the write at shutdown leaves
// them out, and a file without them loads document by document.
// Pure core: no `vscode`.
import * as fs from 'fs';
import * as path from 'path';
import type { ExtractResult } from '../types';
import { ANNOUNCE_MS, checkStoredPostings, CorpusIndex, StoredDocument, StoredPosting } from './corpusIndex';
import { nextTurn, Slice } from '../slices';
import type { FileOutcome } from './extractWorker';
import type { CorpusFile } from './parallelIndex';
import { decodeOutcomes, encodeOutcomes, Ints, SentStrings, SharedParts } from './resultCodec';
import { SCORES } from './postings';
import { syncDirectorySync, tempNameFor, writeFileAtomicSync } from '../export/atomicWrite';

/**
 * The extractor's own version, part of every cache's fingerprint. Bump it whenever what extract() returns
 * for some text changes (a new pattern, a fixed trap, a new entity field), so that caches made by the
 * older extractor are ignored instead of answering with stale entities.
 */
export const EXTRACTOR_VERSION = 115;
/** The layout of the cache file (above); bump it when the layout changes. */
export const CACHE_FORMAT = 4;
/** The cache's file name in the extension's workspace storage. */
export const CACHE_FILE_NAME = 'index-cache.bin';

const MAGIC = 'VANKIEN-INDEX-CACHE\n';
const TRAILER = 0xffffffff;
const POSTINGS = 0xfffffffe;
const FRAME_HEAD = 16;
const DEFAULT_BATCH = 256;

/**
 * A file as stat'ed when it was read: size, modification time, status-change time and inode. The
 * status-change time cannot be set back (a copy or restore that keeps the modification time, `cp -p`,
 * `rsync -a`, unzip, still changes it), and a file replaced by another has another inode.
 */
export interface DiskStamp {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}

/** One document of the cache: the stamp of the file it was extracted from, and the outcome. */
export interface CachedDocument extends DiskStamp {
  key: string;
  outcome: FileOutcome;
}

/** A document of the corpus as it is on disk now. */
export interface StampedFile extends DiskStamp {
  key: string;
  path: string;
}

/** What identifies the extractor that made a cache: any difference and the cache is ignored. */
export interface FingerprintParts {
  /** The extension's version. */
  extensionVersion: string;
  /** The read policy's size limit (a file beyond it is indexed truncated). */
  maxBytes: number;
  /** Anything else that identifies the build (e.g. the size and mtime of the bundle); optional. */
  build?: string;
}

export function cacheFingerprint(parts: FingerprintParts): string {
  return `extension ${parts.extensionVersion}; extractor ${EXTRACTOR_VERSION}; maxBytes ${parts.maxBytes}` + (parts.build ? `; build ${parts.build}` : '');
}

/** The file's stamp now, or null when it cannot be stat'ed (gone, no permission) or is not a file. */
export function statStamp(file: string): DiskStamp | null {
  try {
    const s = fs.statSync(file, { throwIfNoEntry: false });
    return s && s.isFile() ? { size: s.size, mtimeMs: s.mtimeMs, ctimeMs: s.ctimeMs, ino: s.ino } : null;
  } catch {
    return null;
  }
}

export function sameStamp(a: DiskStamp, b: DiskStamp): boolean {
  return a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs && a.ino === b.ino;
}

/** Stats every file before anything is read: the stamped ones, and those that cannot be stat'ed (reported when read). */
export function stampFiles(files: readonly CorpusFile[]): { stamped: StampedFile[]; unstamped: CorpusFile[] } {
  const out = { stamped: [] as StampedFile[], unstamped: [] as CorpusFile[] };
  for (const f of files) stampInto(out, f);
  return out;
}

/**
 * stampFiles with `pause` awaited every `sliceMs` (default SLICE_MS): stat'ing 10,000 files takes
 * 40-80 ms of the thread, in which the extension host would answer nothing.
 */
export async function stampFilesSliced(files: readonly CorpusFile[], pause: () => Promise<void>, sliceMs?: number): Promise<{ stamped: StampedFile[]; unstamped: CorpusFile[] }> {
  const out = { stamped: [] as StampedFile[], unstamped: [] as CorpusFile[] };
  const slice = new Slice(sliceMs);
  for (const f of files) {
    stampInto(out, f);
    if (slice.over) await slice.pause(pause);
  }
  return out;
}

function stampInto(out: { stamped: StampedFile[]; unstamped: CorpusFile[] }, f: CorpusFile): void {
  const s = statStamp(f.path);
  if (s) out.stamped.push({ key: f.key, path: f.path, ...s });
  else out.unstamped.push(f);
}

/**
 * A re-index's files whose document the index holds from a read of the file as it still is (same
 * stamp in `previous`, what the last index remembered, and `keep` agrees): remembered again in
 * `outcomes` and left as they are. Returns the files still to load or read.
 */
export function keepUnchanged(
  stamped: readonly StampedFile[], previous: ReadonlyMap<string, CachedDocument & { path: string }>, outcomes: DiskOutcomes, keep: (key: string) => boolean,
): { rest: StampedFile[]; kept: number } {
  let kept = 0;
  const rest = stamped.filter((f) => {
    const e = previous.get(f.key);
    if (!e || !sameStamp(e, f) || !keep(f.key)) return true;
    outcomes.set({ ...e, path: f.path });
    kept++;
    return false;
  });
  return { rest, kept };
}

// ---- writing ------------------------------------------------------------------------------------

function checksum(words: Int32Array): number {
  // FNV-1a over 32-bit words: each step is a bijection of the running value, so any one changed word
  // changes the sum.
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < words.length; i++) h = Math.imul(h ^ words[i], 16777619);
  return h >>> 0;
}

const align4 = (n: number) => (n + 3) & ~3;

function header(fingerprint: string): Buffer {
  const json = JSON.stringify({ format: CACHE_FORMAT, fingerprint });
  const raw = Buffer.byteLength(MAGIC) + Buffer.byteLength(json) + 1;
  return Buffer.from(MAGIC + json + ' '.repeat(align4(raw) - raw) + '\n', 'utf8');
}

function frame(docs: readonly CachedDocument[], sent: SentStrings): Buffer {
  const encoded = encodeOutcomes(docs.map((d) => d.outcome), sent);
  const meta = Buffer.from(JSON.stringify(docs.map((d) => [d.key, d.size, d.mtimeMs, d.ctimeMs, d.ino])), 'utf8');
  const strings = Buffer.from(encoded.strings, 'utf8');
  const textBytes = align4(meta.length + strings.length);
  const out = Buffer.alloc(FRAME_HEAD + textBytes + encoded.ints.length * 4);
  meta.copy(out, FRAME_HEAD);
  strings.copy(out, FRAME_HEAD + meta.length);
  const payload = new Int32Array(out.buffer, out.byteOffset + FRAME_HEAD, (out.length - FRAME_HEAD) / 4);
  payload.set(encoded.ints, textBytes / 4);
  out.writeUInt32LE(meta.length, 0);
  out.writeUInt32LE(strings.length, 4);
  out.writeUInt32LE(encoded.ints.length, 8);
  out.writeUInt32LE(checksum(payload), 12);
  return out;
}

const NONE = -1;
const TOP_NOT_KEPT = 0;
const TOP_NONE = 1;
const TOP_AT = 2;

/**
 * The postings frame: every key's posting as CorpusIndex.storedPostings makes it from `docs` (numbered by
 * their places in the file), its strings by their index in the file's table (`sent`, which it extends).
 * Per key: the key, its number of mentions M, the length of its runs, flags (1 terms, 2 term counts, 4
 * tally), the runs, M spans, [M terms], [term counts: n, n pairs], [tally: n dates, pairs, n issuers,
 * pairs], per score of SCORES a kind (not kept, none, a mention) with the mention's place and score, the
 * names: n, n pairs. Yields undefined where the writer may pause.
 */
function* postingsFrame(docs: readonly CachedDocument[], sent: SentStrings, live?: CorpusIndex): Generator<undefined, Buffer> {
  const table: string[] = [];
  const id = (str: string): number => {
    let i = sent.ids.get(str);
    if (i === undefined) {
      i = sent.size++;
      sent.ids.set(str, i);
      table.push(str);
    }
    return i;
  };
  const pairs = (out: Ints, list: ReadonlyArray<[string, number]>) => {
    out.push(list.length);
    for (const [str, n] of list) {
      out.push(id(str));
      out.push(n);
    }
  };
  // A document without its line starts is not loaded from the file (see batches): no postings then.
  if (docs.some((d) => d.outcome.result === null || d.outcome.lines === null)) return Buffer.alloc(0);
  const stored: StoredDocument[] = docs.map((d) => {
    const lines = d.outcome.lines!;
    return { uri: d.key, result: d.outcome.result!, lines: lines instanceof Uint32Array ? lines : Uint32Array.from(lines) };
  });
  const ints = new Ints();
  let keys = 0;
  ints.push(0); // the number of keys, set at the end
  for (const sp of CorpusIndex.storedPostings(stored, live)) {
    if (sp === undefined) {
      yield undefined;
      continue;
    }
    keys++;
    ints.push(id(sp.key));
    ints.push(sp.mentions);
    ints.push(sp.runs.length);
    ints.push((sp.terms ? 1 : 0) | (sp.termCounts ? 2 : 0) | (sp.tally ? 4 : 0));
    ints.pushAll(sp.runs);
    ints.pushAll(sp.spans);
    if (sp.terms) for (const t of sp.terms) ints.push(t === null ? NONE : id(t));
    if (sp.termCounts) pairs(ints, sp.termCounts);
    if (sp.tally) {
      pairs(ints, sp.tally.dates);
      pairs(ints, sp.tally.issuers);
    }
    for (const t of sp.tops) {
      ints.push(t === undefined ? TOP_NOT_KEPT : t === null ? TOP_NONE : TOP_AT);
      ints.push(t ? t.at : 0);
      ints.push(t ? t.score : 0);
    }
    pairs(ints, sp.names);
    yield undefined;
  }
  const numbers = ints.view;
  numbers[0] = keys;
  const strings = Buffer.from(JSON.stringify(table), 'utf8');
  const textBytes = align4(strings.length);
  const out = Buffer.alloc(FRAME_HEAD + textBytes + numbers.length * 4);
  strings.copy(out, FRAME_HEAD);
  const payload = new Int32Array(out.buffer, out.byteOffset + FRAME_HEAD, (out.length - FRAME_HEAD) / 4);
  payload.set(numbers, textBytes / 4);
  out.writeUInt32LE(POSTINGS, 0);
  out.writeUInt32LE(strings.length, 4);
  out.writeUInt32LE(numbers.length, 8);
  out.writeUInt32LE(checksum(payload), 12);
  return out;
}

function trailer(documents: number, frames: number): Buffer {
  const out = Buffer.alloc(FRAME_HEAD);
  out.writeUInt32LE(TRAILER, 0);
  out.writeUInt32LE(documents, 4);
  out.writeUInt32LE(frames, 8);
  out.writeUInt32LE(checksum(Int32Array.of(documents, frames)), 12);
  return out;
}

/**
 * The cache file's parts in order: header, one frame per batch of documents, the postings (with
 * `postings`; taken from `live` where it holds them, see CorpusIndex.storedPostings), trailer. Yields
 * undefined while the postings are being made, where the writer may pause.
 */
export function* cacheParts(fingerprint: string, docs: readonly CachedDocument[], batchSize = DEFAULT_BATCH, postings = false, live?: CorpusIndex): Generator<Buffer | undefined> {
  yield header(fingerprint);
  let frames = 0;
  // One table for the whole file, never started again: a frame has no room to say so, and the table only
  // lives while the file is written or read.
  const sent = new SentStrings(Infinity);
  for (let i = 0; i < docs.length; i += batchSize, frames++) yield frame(docs.slice(i, i + batchSize), sent);
  if (postings) yield yield* postingsFrame(docs, sent, live);
  yield trailer(docs.length, frames);
}

export interface WriteOptions {
  batchSize?: number;
  /** Writes the postings too (see the file layout), for a start that puts them in as they are; default true. */
  postings?: boolean;
  /** The index the documents are in: the postings that hold just their mentions are written as it has them. */
  index?: CorpusIndex;
  /** Awaited between frames (the extension lets its host breathe). */
  pause?: () => Promise<void>;
  /** Asked between frames: true abandons the write (the old cache stays). */
  cancelled?: () => boolean;
  /**
   * Asked once the file is complete, just before it replaces the cache: true when a newer write (the
   * synchronous one at shutdown) replaced it meanwhile, and this one is dropped.
   */
  superseded?: () => boolean;
}

export interface WriteStats {
  documents: number;
  bytes: number;
}

/** A process's temporary file is stale once the process is gone, or after this long (its id reused). */
const STALE_TEMP_MS = 60 * 60 * 1000;

/**
 * Removes the temporary files of earlier writes of `target` that their process left behind (it ended
 * mid-write: a crash, or the window closed during a write): each holds up to a whole cache. One of a
 * process that still runs, this one included, is left until it is an hour old: a write of its own may
 * be under way, and a process that ended may have had this one's id (a container's extension host
 * restarted gets the same id again).
 */
export function removeStaleTemps(target: string, now = Date.now()): string[] {
  const dir = path.dirname(target);
  const prefix = `.${path.basename(target)}.`;
  const removed: string[] = [];
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
    const pid = Number(name.slice(prefix.length).split('.')[0]);
    if (!Number.isInteger(pid)) continue;
    const file = path.join(dir, name);
    try {
      if ((pid === process.pid || processAlive(pid)) && now - fs.statSync(file).mtimeMs < STALE_TEMP_MS) continue;
      fs.rmSync(file, { force: true });
      removed.push(file);
    } catch {
      /* gone meanwhile, or not ours to remove */
    }
  }
  return removed;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists, under another user.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Writes the cache atomically: frame by frame to a temporary file beside the target, flushed to disk,
 * then renamed over the target. Any failure (an encoding error, a full disk, cancellation) removes the
 * temporary file and leaves the previous cache as it was.
 */
export async function writeIndexCache(file: string, fingerprint: string, docs: readonly CachedDocument[], options: WriteOptions = {}): Promise<WriteStats> {
  await fs.promises.mkdir(path.dirname(file), { recursive: true });
  removeStaleTemps(file);
  const temp = tempNameFor(file);
  const handle = await fs.promises.open(temp, 'wx', 0o644);
  let bytes = 0;
  let closed = false;
  try {
    const slice = new Slice();
    for (const part of cacheParts(fingerprint, docs, options.batchSize, options.postings ?? true, options.index)) {
      if (options.cancelled?.()) throw new Error('index cache write cancelled');
      if (part === undefined) {
        if (options.pause && slice.over) await slice.pause(options.pause);
        continue;
      }
      await handle.write(part);
      bytes += part.length;
      if (options.pause) await slice.pause(options.pause);
    }
    await handle.sync();
    await handle.close();
    closed = true;
    if (options.superseded?.()) throw new Error('index cache write superseded by a newer one');
    await fs.promises.rename(temp, file);
  } catch (err) {
    if (!closed) await handle.close().catch(() => undefined);
    await fs.promises.rm(temp, { force: true });
    throw err;
  }
  syncDirectorySync(path.dirname(file));
  return { documents: docs.length, bytes };
}

/** writeIndexCache without yielding (for shutdown, when no later turn of the event loop is promised). */
export function writeIndexCacheSync(file: string, fingerprint: string, docs: readonly CachedDocument[], batchSize?: number): WriteStats {
  return { documents: docs.length, bytes: writeFileAtomicSync(file, cacheParts(fingerprint, docs, batchSize)) };
}

// ---- reading ------------------------------------------------------------------------------------

interface Frame {
  /** Offsets of the string table and the numbers in the file's bytes. */
  start: number;
  metaBytes: number;
  stringBytes: number;
  textBytes: number;
  intCount: number;
  /** Per document: key, size, mtimeMs, ctimeMs, ino. */
  stamps: Array<[string, number, number, number, number]>;
}

/** Where the postings are in the file's bytes (see postingsFrame). */
interface PostingsFrame {
  start: number;
  stringBytes: number;
  textBytes: number;
  intCount: number;
}

/** A cache file whose every batch passed its checksum: decoded batch by batch as it is loaded. */
export class IndexCacheFile {
  constructor(private readonly buf: Buffer, private readonly frames: readonly Frame[], readonly documents: number, private readonly postingsAt: PostingsFrame | null = null) {}

  /** Whether the file holds the postings of its documents (see loadFromCache). */
  get hasPostings(): boolean {
    return this.postingsAt !== null;
  }

  get bytes(): number {
    return this.buf.length;
  }

  /** The keys and stamps of the cached documents (without decoding them). */
  *stamps(): Generator<{ key: string } & DiskStamp> {
    for (const f of this.frames) for (const [key, size, mtimeMs, ctimeMs, ino] of f.stamps) yield { key, size, mtimeMs, ctimeMs, ino };
  }

  /**
   * The frames' documents; `wanted` skips the decoding of a batch none of whose documents is wanted. Its
   * value when done is the file's string table, which the postings go on (see readPostings()).
   */
  *batches(wanted: (key: string, stamp: DiskStamp) => boolean = () => true): Generator<CachedDocument[], string[]> {
    const shared = new SharedParts();
    // The file's string table, as its frames add to it.
    const received: string[] = [];
    for (const f of this.frames) {
      const strings = this.buf.toString('utf8', f.start + f.metaBytes, f.start + f.metaBytes + f.stringBytes);
      if (!f.stamps.some(([key, size, mtimeMs, ctimeMs, ino]) => wanted(key, { size, mtimeMs, ctimeMs, ino }))) {
        for (const str of JSON.parse(strings) as string[]) received.push(str);
        continue;
      }
      // decodeOutcomes copies what it keeps (line starts) out of the view: the file's buffer is not retained.
      const ints = new Int32Array(this.buf.buffer, this.buf.byteOffset + f.start + f.textBytes, f.intCount);
      // The frames are read in the order they were written (the checksums and the end marker vouch for the
      // file), so a frame's strings start where the table stands: the file does not store that place.
      const outcomes = decodeOutcomes({ strings, base: received.length, ints }, shared, received);
      if (outcomes.length !== f.stamps.length) throw new Error('a batch does not hold the documents its stamps name');
      yield outcomes.map((o, i) => {
        const [key, size, mtimeMs, ctimeMs, ino] = f.stamps[i];
        // Entities travel without ranges: a document without its line starts could not be placed.
        if (o.key !== key || o.result === null || o.error !== null || o.lines === null) throw new Error('a cached document does not match its stamp');
        return { key, size, mtimeMs, ctimeMs, ino, outcome: o };
      });
    }
    return received;
  }

  /**
   * The postings the file holds, their documents numbered by their places in the file, with the string
   * table the frames left (`received`, which it extends). Throws when they do not read as written. It
   * yields every 256 keys, where the caller may pause.
   */
  *readPostings(received: string[]): Generator<void, StoredPosting[]> {
    const f = this.postingsAt;
    if (!f) return [];
    const strings = JSON.parse(this.buf.toString('utf8', f.start, f.start + f.stringBytes)) as unknown;
    if (!Array.isArray(strings)) throw new Error('damaged postings');
    for (const str of strings) received.push(String(str));
    const ints = new Int32Array(this.buf.buffer, this.buf.byteOffset + f.start + f.textBytes, f.intCount);
    let at = 0;
    const next = (): number => {
      if (at >= ints.length) throw new Error('postings cut short');
      return ints[at++];
    };
    const str = (): string => {
      const i = next();
      if (!(i >= 0 && i < received.length)) throw new Error('postings name a string the file does not hold');
      return received[i];
    };
    const run = (n: number): Int32Array => {
      if (!(n >= 0 && at + n <= ints.length)) throw new Error('postings cut short');
      at += n;
      return ints.subarray(at - n, at);
    };
    const pairs = (): Array<[string, number]> => {
      const n = next();
      const out: Array<[string, number]> = [];
      for (let i = 0; i < n; i++) out.push([str(), next()]);
      return out;
    };
    const keys = next();
    const out: StoredPosting[] = [];
    for (let k = 0; k < keys; k++) {
      if ((k & 255) === 255) yield;
      const key = str();
      const mentions = next();
      const runLength = next();
      const flags = next();
      const runs = run(runLength);
      const spans = run(mentions);
      let terms: (string | null)[] | null = null;
      if (flags & 1) {
        terms = new Array<string | null>(mentions);
        for (let i = 0; i < mentions; i++) terms[i] = ints[at] === NONE ? (at++, null) : str();
      }
      const termCounts = flags & 2 ? pairs() : null;
      const tally = flags & 4 ? { dates: pairs(), issuers: pairs() } : null;
      const tops: StoredPosting['tops'] = [];
      for (let i = 0; i < SCORES.length; i++) {
        const kind = next();
        const place = next();
        const score = next();
        tops.push(kind === TOP_NOT_KEPT ? undefined : kind === TOP_NONE ? null : { at: place, score });
      }
      out.push({ key, mentions, runs, spans, terms, termCounts, tally, tops, names: pairs() });
    }
    if (at !== ints.length) throw new Error('postings longer than written');
    return out;
  }
}

export type CacheRead =
  | { status: 'ok'; cache: IndexCacheFile }
  | { status: 'missing' }
  | { status: 'invalid'; reason: string };

class Invalid extends Error {}

/**
 * Checks a whole cache file's bytes (header, every batch's checksum and stamps, the end marker) before
 * anything is decoded: a truncated, damaged or foreign file is 'invalid', with the reason.
 */
export function parseIndexCache(bytes: Uint8Array, fingerprint: string): CacheRead {
  try {
    const checking = check(bytes, fingerprint);
    for (;;) {
      const r = checking.next();
      if (r.done) return { status: 'ok', cache: r.value };
    }
  } catch (err) {
    return invalidRead(err);
  }
}

/** parseIndexCache letting the event loop turn every SLICE_MS (checking 46 MB takes 20-60 ms of the thread). */
async function parseIndexCacheSliced(bytes: Uint8Array, fingerprint: string): Promise<CacheRead> {
  try {
    const checking = check(bytes, fingerprint);
    const slice = new Slice();
    for (;;) {
      const r = checking.next();
      if (r.done) return { status: 'ok', cache: r.value };
      if (slice.over) await slice.pause(nextTurn);
    }
  } catch (err) {
    return invalidRead(err);
  }
}

function invalidRead(err: unknown): CacheRead {
  return { status: 'invalid', reason: err instanceof Invalid ? err.message : `undecodable (${err instanceof Error ? err.message : String(err)})` };
}

/** Checks the file's header and every batch (its checksum and stamps), a batch a step; returns the file. */
function* check(input: Uint8Array, fingerprint: string): Generator<void, IndexCacheFile> {
  // Int32 views need a 4-byte aligned start (a copy: a Buffer's slice() is a view).
  const bytes = input.byteOffset % 4 === 0 ? input : new Uint8Array(input);
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  if (buf.length < MAGIC.length || buf.toString('latin1', 0, MAGIC.length) !== MAGIC) throw new Invalid('not an index cache file');
  const eol = buf.indexOf(10, MAGIC.length);
  if (eol < 0 || (eol + 1) % 4 !== 0) throw new Invalid('truncated or damaged header');
  let head: { format?: unknown; fingerprint?: unknown };
  try {
    head = JSON.parse(buf.toString('utf8', MAGIC.length, eol)) as typeof head;
  } catch {
    throw new Invalid('damaged header');
  }
  if (head.format !== CACHE_FORMAT) throw new Invalid(`cache format ${String(head.format)}, this version reads ${CACHE_FORMAT}`);
  if (head.fingerprint !== fingerprint) throw new Invalid(`made by another extractor (${String(head.fingerprint)}), now ${fingerprint}`);
  const frames: Frame[] = [];
  const keys = new Set<string>();
  let postingsAt: PostingsFrame | null = null;
  let pos = eol + 1;
  for (;;) {
    if (pos + FRAME_HEAD > buf.length) throw new Invalid('truncated (no end marker)');
    const metaBytes = buf.readUInt32LE(pos);
    if (metaBytes === POSTINGS) {
      if (postingsAt) throw new Invalid('damaged (postings twice)');
      const stringBytes = buf.readUInt32LE(pos + 4);
      const intCount = buf.readUInt32LE(pos + 8);
      const start = pos + FRAME_HEAD;
      const textBytes = align4(stringBytes);
      const end = start + textBytes + intCount * 4;
      if (end > buf.length) throw new Invalid('truncated');
      if (checksum(new Int32Array(buf.buffer, buf.byteOffset + start, (end - start) / 4)) !== buf.readUInt32LE(pos + 12)) throw new Invalid('damaged (checksum of the postings)');
      postingsAt = { start, stringBytes, textBytes, intCount };
      pos = end;
      yield;
      continue;
    }
    if (postingsAt && metaBytes !== TRAILER) throw new Invalid('damaged (documents after the postings)');
    if (metaBytes === TRAILER) {
      const count = buf.readUInt32LE(pos + 4);
      const frameCount = buf.readUInt32LE(pos + 8);
      if (buf.readUInt32LE(pos + 12) !== checksum(Int32Array.of(count, frameCount)) || count !== keys.size || frameCount !== frames.length) {
        throw new Invalid('damaged end marker');
      }
      if (pos + FRAME_HEAD !== buf.length) throw new Invalid('data after the end marker');
      return new IndexCacheFile(buf, frames, count, postingsAt);
    }
    const stringBytes = buf.readUInt32LE(pos + 4);
    const intCount = buf.readUInt32LE(pos + 8);
    const sum = buf.readUInt32LE(pos + 12);
    const textBytes = align4(metaBytes + stringBytes);
    const start = pos + FRAME_HEAD;
    const end = start + textBytes + intCount * 4;
    if (end > buf.length) throw new Invalid('truncated');
    if (checksum(new Int32Array(buf.buffer, buf.byteOffset + start, (end - start) / 4)) !== sum) throw new Invalid(`damaged (checksum of batch ${frames.length + 1})`);
    const stamps = JSON.parse(buf.toString('utf8', start, start + metaBytes)) as unknown;
    if (!Array.isArray(stamps)) throw new Invalid('damaged stamps');
    for (const s of stamps as unknown[]) {
      if (!Array.isArray(s) || s.length !== 5 || typeof s[0] !== 'string' || s.slice(1).some((n) => typeof n !== 'number') || keys.has(s[0])) throw new Invalid('damaged stamps');
      keys.add(s[0]);
    }
    frames.push({ start, metaBytes, stringBytes, textBytes, intCount, stamps: stamps as Frame['stamps'] });
    pos = end;
    yield;
  }
}

/** Reads and checks the cache file; a missing file is 'missing', anything unusable 'invalid' with the reason. */
export async function readIndexCache(file: string, fingerprint: string): Promise<CacheRead> {
  let bytes: Buffer;
  try {
    bytes = await fs.promises.readFile(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { status: 'missing' };
    return { status: 'invalid', reason: `unreadable (${err instanceof Error ? err.message : String(err)})` };
  }
  return parseIndexCacheSliced(bytes, fingerprint);
}

// ---- loading into the index ---------------------------------------------------------------------

export interface LoadOptions {
  /** Asked just before a cached result goes in; false leaves the document alone (an editor holds it). */
  accept?(key: string): boolean;
  /** Awaited every `sliceMs` of work, and around the listeners' turn (the extension lets its host breathe). */
  pause?: () => Promise<void>;
  /** Asked at each pause: true stops loading (with the postings, until the first document goes in). */
  cancelled?(): boolean;
  /** How long it works between two pauses, in milliseconds (default SLICE_MS). */
  sliceMs?: number;
}

export interface LoadResult {
  /** Cached documents that went into the index, with their current path (the disk outcomes to remember). */
  loaded: Array<CachedDocument & { path: string }>;
  /** Files the cache did not answer for (new, changed, refused by accept): to extract the normal way. */
  rest: StampedFile[];
  /** Why loading stopped early, if it did (the documents not loaded are in `rest`). */
  failure?: string;
  cancelled: boolean;
  /**
   * The file held postings that read and fit its documents (see loadWithPostings): false for a file
   * written without them (at shutdown), or whose postings were not used. A cache file should be written
   * again with them, for the next start.
   */
  postingsFit?: boolean;
  /** How many of the documents went in with the file's postings as it holds them (the others one by one). */
  viaPostings?: number;
}

/**
 * Puts in the index every file of `files` whose cached stamp equals its current one; the others are
 * returned to be extracted. Cached documents that are not in `files` (deleted, excluded) are not loaded.
 * A batch goes in only once it is wholly decoded; should one fail to decode, loading stops there and the
 * rest is left to extraction.
 */
export async function loadFromCache(index: CorpusIndex, cache: IndexCacheFile, files: readonly StampedFile[], options: LoadOptions = {}): Promise<LoadResult> {
  if (cache.hasPostings) return loadWithPostings(index, cache, files, options);
  const byKey = new Map<string, StampedFile>();
  for (const f of files) byKey.set(f.key, f);
  const done = new Set<string>();
  const loaded: LoadResult['loaded'] = [];
  const wanted = (key: string, stamp: DiskStamp) => {
    const f = byKey.get(key);
    return f !== undefined && sameStamp(f, stamp);
  };
  const rest = () => files.filter((f) => !done.has(f.key));
  // The index's listeners hear of the load once a second, not once per document (see CorpusIndex.hold).
  const held = index.hold();
  let announced = performance.now();
  // With a pause, it works SLICE_MS at a time (a batch holds 256 documents: some 40 ms of work), and the
  // listeners' turn once a second is a slice of its own.
  const slice = new Slice(options.sliceMs);
  const pause = async (): Promise<boolean> => {
    if (!options.pause) return false;
    await slice.pause(options.pause);
    return options.cancelled?.() ?? false;
  };
  try {
    const batches = cache.batches(wanted);
    for (;;) {
      let next: IteratorResult<CachedDocument[]>;
      try {
        next = batches.next();
      } catch (err) {
        return { loaded, rest: rest(), failure: err instanceof Error ? err.message : String(err), cancelled: false };
      }
      if (next.done) break;
      for (const c of next.value) {
        if (options.pause && slice.over && (await pause())) return { loaded, rest: rest(), cancelled: true };
        const f = byKey.get(c.key);
        if (!f || !sameStamp(f, c) || (options.accept && !options.accept(c.key))) continue;
        const o = c.outcome;
        try {
          index.setResult(c.key, o.result!, o.text ?? undefined, o.lines ?? undefined);
        } catch {
          continue; // one document the index cannot take is read from disk with the rest
        }
        loaded.push({ ...c, path: f.path });
        done.add(c.key);
      }
      if (performance.now() - announced >= ANNOUNCE_MS) {
        if (await pause()) return { loaded, rest: rest(), cancelled: true };
        held.flush();
        announced = performance.now();
      }
      if (await pause()) return { loaded, rest: rest(), cancelled: true };
    }
    return { loaded, rest: rest(), cancelled: false };
  } finally {
    index.settle(); // the cache holds documents in the order they were ready
    held.release();
  }
}

/**
 * loadFromCache with the file's postings: every wanted document is decoded, and the postings read and
 * checked against them, before any goes in; then the documents go in at once and each key's posting as
 * the file holds it (CorpusIndex.bulkLoad), announced once. Should the postings not fit the documents,
 * they go in one by one instead; should a batch fail to decode, those decoded before it go in one by
 * one and the rest is left to extraction. `accept` is asked again as each goes in. A cancel stops it
 * until the first goes in; after that all of them go in (some 0.2 s at 10,000 documents as the file
 * holds them, some 1.5 s one by one), so that no document is in the index without its postings.
 */
async function loadWithPostings(index: CorpusIndex, cache: IndexCacheFile, files: readonly StampedFile[], options: LoadOptions): Promise<LoadResult> {
  const byKey = new Map<string, StampedFile>();
  for (const f of files) byKey.set(f.key, f);
  const wanted = (key: string, stamp: DiskStamp) => {
    const f = byKey.get(key);
    return f !== undefined && sameStamp(f, stamp);
  };
  // The postings number the documents by their places in the file.
  const place = new Map<string, number>();
  for (const s of cache.stamps()) place.set(s.key, place.size);
  const docs: (StoredDocument | null)[] = new Array(place.size).fill(null);
  /** Wanted documents the index holds already: they go in one by one, after the others. */
  const replacing: CachedDocument[] = [];
  const loaded: LoadResult['loaded'] = [];
  const slice = new Slice(options.sliceMs);
  let failure: string | undefined;
  let received: string[] | undefined;
  const batches = cache.batches(wanted);
  for (;;) {
    let next: IteratorResult<CachedDocument[], string[]>;
    try {
      next = batches.next();
    } catch (err) {
      failure = err instanceof Error ? err.message : String(err);
      break;
    }
    if (next.done) {
      received = next.value;
      break;
    }
    for (const c of next.value) {
      const f = byKey.get(c.key);
      if (!f || !sameStamp(f, c) || (options.accept && !options.accept(c.key))) continue;
      const lines = c.outcome.lines!;
      if (index.has(c.key)) replacing.push(c);
      else docs[place.get(c.key)!] = { uri: c.key, result: c.outcome.result!, lines: lines instanceof Uint32Array ? lines : Uint32Array.from(lines), text: c.outcome.text ?? undefined };
      loaded.push({ ...c, path: f.path });
    }
    if (options.pause && slice.over) {
      await slice.pause(options.pause);
      if (options.cancelled?.()) return { loaded: [], rest: [...files], cancelled: true };
    }
  }
  // Read and checked a step at a time, before any document goes in: a cancel meanwhile costs nothing.
  let cancelled = false;
  const step = async <T>(work: Generator<void, T>): Promise<T | undefined> => {
    for (;;) {
      const r = work.next();
      if (r.done) return r.value;
      if (options.pause && slice.over) {
        await slice.pause(options.pause);
        if (options.cancelled?.()) {
          cancelled = true;
          return undefined;
        }
      }
    }
  };
  let postings: StoredPosting[] | null = null;
  if (received) {
    try {
      postings = (await step(cache.readPostings(received))) ?? null;
    } catch {
      postings = null; // read as if the file had none
    }
  }
  const fit = postings !== null && (await step(checkStoredPostings(docs, postings))) === true;
  if (cancelled) return { loaded: [], rest: [...files], cancelled: true };
  const went = new Set<string>();
  let viaPostings = 0;
  const held = index.hold();
  try {
    const oneByOne = [...replacing];
    if (postings && fit) {
      const putIn = index.bulkLoad(docs, postings, options.accept);
      for (;;) {
        const r = putIn.next();
        if (r.done) {
          for (const uri of r.value) went.add(uri);
          viaPostings = went.size;
          break;
        }
        if (options.pause && slice.over) await slice.pause(options.pause);
      }
    } else {
      const byUri = new Map(loaded.map((l) => [l.key, l]));
      for (const d of docs) if (d) oneByOne.push(byUri.get(d.uri)!);
    }
    let announced = performance.now();
    for (const c of oneByOne) {
      // Asked again: an editor may have opened it, or its file changed, since it was decoded.
      if (options.accept && !options.accept(c.key)) continue;
      const o = c.outcome;
      try {
        index.setResult(c.key, o.result!, o.text ?? undefined, o.lines ?? undefined);
        went.add(c.key);
      } catch {
        // one document the index cannot take is read from disk with the rest
      }
      if (performance.now() - announced >= ANNOUNCE_MS) {
        held.flush();
        announced = performance.now();
      }
      if (options.pause && slice.over) await slice.pause(options.pause);
    }
  } finally {
    index.settle();
    held.release();
  }
  return { loaded: loaded.filter((l) => went.has(l.key)), rest: files.filter((f) => !went.has(f.key)), failure, cancelled: false, postingsFit: postings !== null && fit, viaPostings };
}

// ---- the outcomes extracted from disk -----------------------------------------------------------

/**
 * What the cache may hold: outcomes extracted from the files' disk content, each with the stamp taken
 * before the file was read. Editor buffers never go here. Before writing, every entry is stat'ed again
 * and dropped when its file changed since (or is gone), so a file changed while it was being read is
 * never cached with the older content's outcome.
 */
export class DiskOutcomes {
  private readonly entries = new Map<string, CachedDocument & { path: string }>();
  /** Whether entries changed since the last snapshot(). */
  changed = false;
  /** Counts the changes of the entries (what snapshot() drops not included). */
  version = 0;

  get size(): number {
    return this.entries.size;
  }

  set(entry: CachedDocument & { path: string }): void {
    this.entries.set(entry.key, entry);
    this.changed = true;
    this.version++;
  }

  /** Remembers an extraction: the result as setResult received it. */
  record(key: string, file: string, stamp: DiskStamp, result: ExtractResult, text: string | null, lines: ArrayLike<number> | null, warnings: string[] = []): void {
    const l = lines === null ? null : lines instanceof Uint32Array ? lines : Uint32Array.from(lines);
    this.set({ key, path: file, size: stamp.size, mtimeMs: stamp.mtimeMs, ctimeMs: stamp.ctimeMs, ino: stamp.ino, outcome: { key, warnings, result, text, lines: l, error: null } });
  }

  /** Remembers what an indexing run put in for a file stat'ed before it was read (nothing for a file skipped). */
  recordOutcome(file: StampedFile, o: FileOutcome): void {
    if (o.result) this.record(o.key, file.path, file, o.result, o.text, o.lines, o.warnings);
  }

  delete(key: string): void {
    if (!this.entries.delete(key)) return;
    this.changed = true;
    this.version++;
  }

  /** A file renamed or moved: same content, new key and path (its stamp is checked when writing). */
  rename(oldKey: string, newKey: string, newPath: string): void {
    const e = this.entries.get(oldKey);
    this.delete(oldKey);
    if (e) this.set({ ...e, key: newKey, path: newPath, outcome: { ...e.outcome, key: newKey } });
  }

  clear(): void {
    if (this.entries.size) {
      this.changed = true;
      this.version++;
    }
    this.entries.clear();
  }

  /** Hands the entries over and starts empty; `changed` is left as it was (the caller decides). */
  take(): Map<string, CachedDocument & { path: string }> {
    const all = new Map(this.entries);
    if (this.entries.size) this.version++;
    this.entries.clear();
    return all;
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }

  keys(): string[] {
    return [...this.entries.keys()];
  }

  /** The entries whose files still have their stamp (the others are dropped), for writing. */
  snapshot(): CachedDocument[] {
    const out: CachedDocument[] = [];
    for (const [key, e] of this.entries) {
      const now = statStamp(e.path);
      if (now && sameStamp(now, e)) out.push(e);
      else this.entries.delete(key);
    }
    this.changed = false;
    return out;
  }
}
