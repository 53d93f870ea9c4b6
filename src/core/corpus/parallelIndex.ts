// The cold index of many files on every core: worker threads (dist/extractWorker.js) read and extract
// batches of files and answer in a compact form (resultCodec.ts); the main thread decodes it, puts each
// result in the index with setResult(), and on a large corpus extracts batches itself while it waits,
// so that a two-core machine uses both cores with a single worker (on a smaller one, compiling the
// engine for a second thread costs more than it saves: see mainShouldHelp). Results go into the index in the files' order
// (by uri), whoever extracted them and whenever they came back: every posting is then appended in
// order, and the first edits and lookups after the index find them so. Any worker failure puts its
// batches back in the queue for the others or for the main thread: no document is lost. A worker that
// stays silent too long (stallMs) or runs out of memory (workerHeapMb) is replaced, and the files of
// the batch it was on are tried again one by one on workers only, never on the main thread (the
// editor's, which such a file would freeze or bring down): one that stops a worker again is left out,
// with a message.
import * as fs from 'fs';
import * as os from 'os';
import { Worker } from 'worker_threads';
import { ANNOUNCE_MS, CorpusIndex } from './corpusIndex';
import { nextTurn, Slice } from '../slices';
import { compactOutcomes, decodeOutcomes, resetRun, RunStrings, SentStrings, SharedParts } from './resultCodec';
import { BatchReply, BatchRequest, FileOutcome, processFile, WORKER_TAG, WorkerInit } from './extractWorker';

export interface CorpusFile {
  /** The index's key for the document (its uri). */
  key: string;
  /** Path on disk. */
  path: string;
  /**
   * The text to extract in place of the file's: an editor's buffer of it, already cut to the size limit
   * (with `suspects`, so that a buffer of a file that stopped a worker is never extracted on the main thread).
   */
  text?: string;
}

export interface IndexLog {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface ParallelIndexOptions {
  /** The worker module (dist/extractWorker.js in the extension). */
  workerScript: string;
  /** The read policy's size limit. */
  maxBytes: number;
  /** Worker threads; default workerCount(). */
  workers?: number;
  /** Files per batch sent to a worker (default 32). */
  batchSize?: number;
  /** How workers answer (default 'columnar'; 'json' for comparison). */
  format?: 'columnar' | 'json';
  /**
   * Whether the main thread extracts batches too while it waits; by default, on a corpus large enough
   * to pay for it (mainShouldHelp). Without workers, or once they all failed, it extracts everything.
   */
  mainHelps?: boolean;
  /** How long the main thread works before it lets the event loop turn, in milliseconds (default SLICE_MS). */
  sliceMs?: number;
  /**
   * How long a worker may stay silent while it holds batches before it is taken to be stuck, in
   * milliseconds (it says it is alive between files; see stallAllowance for the default).
   */
  stallMs?: number;
  /** The most a worker's heap may grow to, in MB (see heapAllowance for the default): a file that needs more stops only its worker. */
  workerHeapMb?: number;
  /**
   * Files (keys) that stopped a worker before: each is sent alone, to workers only, and left out if it
   * stops one again or no worker is left to try it.
   */
  suspects?: ReadonlySet<string>;
  onProgress?(done: number, total: number): void;
  /** Asked just before a file's result goes in; false leaves the document alone (an editor buffer holds it). */
  accept?(key: string): boolean;
  /** Told of every outcome that went in (what a cache of the files' results keeps). */
  onApplied?(outcome: FileOutcome): void;
  /** Told at once of a file left out for stopping a worker on its own (also in the stats' leftOut). */
  onLeftOut?(key: string): void;
  log?: IndexLog;
}

export interface ParallelIndexRun {
  /** Resolves when every file is in the index (or the run was cancelled); never rejects for a worker's failure. */
  done: Promise<ParallelIndexStats>;
  /** Stops: terminates the workers; files not yet indexed stay out. */
  cancel(): void;
}

export interface ParallelIndexStats {
  files: number;
  /** Worker threads started, replacements included. */
  workers: number;
  /** Files the workers extracted (the rest, the main thread). */
  byWorkers: number;
  workerFailures: number;
  /** Workers stopped for staying silent too long on a batch or running out of memory (counted in workerFailures too). */
  stalls: number;
  /** Files left out after a worker stopped so: each stopped one on its own, or no worker was left to try it. */
  stalledFiles: number;
  /** The keys of the files that each stopped a worker on their own (some of stalledFiles). */
  leftOut: string[];
  cancelled: boolean;
  /** Milliseconds the workers spent on their batches, all together (how busy they were). */
  workerMs: number;
  /** Milliseconds the main thread spent extracting and putting results in the index. */
  mainMs: number;
}

/** Worker threads worth starting: one core stays with the main thread; at least 1, at most 4. */
export function workerCount(): number {
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return Math.max(1, Math.min(4, cores - 1));
}

/**
 * Files per thread that extracts, from which the main thread's help pays (see mainShouldHelp). Each
 * thread that extracts compiles the engine for itself first: some 1.5–2.4 s of CPU on V8's helper
 * threads, as long as extracting a few thousand documents takes once compiled, and on two cores it
 * competes with the worker. Measured on two cores (one worker), the cold index of 1,000 of the
 * bench's documents took 1.6–1.8 s without the main thread's help against 2.0–2.1 s with it, of
 * 3,000 2.7–3.2 s against 3.1–3.4 s, of 6,000 4.5–4.6 s against 4.5–4.7 s, of 10,000 7.0–7.1 s
 * against 6.3–6.6 s; without it, the main thread's longest stall (its first slices of extraction,
 * while the engine compiles) fell from 120–130 ms to 35–65 ms.
 */
export const MAIN_HELPS_FROM = 3000;

/** Whether the main thread should extract too, beside `workers` worker threads (those running), for `files` files. */
export function mainShouldHelp(files: number, workers: number): boolean {
  return files >= MAIN_HELPS_FROM * (workers + 1);
}

/**
 * The default of ParallelIndexOptions.stallMs for files of at most `maxBytes`: a minute, or 10 s per
 * MB a file may hold when that is longer. Extraction is linear, at about 1 µs a character on its
 * worst lines (the bench's adversarial lines), so a file at the read limit takes some seconds.
 */
export function stallAllowance(maxBytes: number): number {
  return Math.max(60_000, Math.ceil((maxBytes / (1024 * 1024)) * 10_000));
}

/**
 * The default of ParallelIndexOptions.workerHeapMb for files of at most `maxBytes`: 1 GB, or 50 MB per
 * MB a file may hold when that is more, up to 4 GB. Extracting a text of 4 MB (800 of the bench's
 * documents in one) peaks at some 85 MB of heap. Without a limit of its own, a worker that reached
 * V8's limit aborted the whole process under Node 20 (in the editor, the extension host and every
 * extension in it); with one, Node mostly ends the worker alone (ERR_WORKER_OUT_OF_MEMORY), though
 * V8 can still abort the process on some patterns of allocation (under Node 24, a worker filling its
 * heap with many small arrays did).
 */
export function heapAllowance(maxBytes: number): number {
  return Math.min(4096, Math.max(1024, Math.ceil((maxBytes / (1024 * 1024)) * 50)));
}

/** A duration for a message: "1.5 s", "60 s". */
const seconds = (ms: number): string => (ms < 10_000 ? `${Number((ms / 1000).toFixed(1))} s` : `${Math.round(ms / 1000)} s`);

/** Workers replaced after stopping between batches (out of memory there), at most: such a stop leaves no file out. */
const MAX_IDLE_REPLACEMENTS = 4;

const MIN_FILES = 200;
const MIN_BYTES = 2 * 1024 * 1024;

/** Whether starting workers pays for this many files: more than 200 of them, or more than 2 MB to read. */
export function workersPay(files: readonly CorpusFile[]): boolean {
  if (files.length > MIN_FILES) return true;
  let bytes = 0;
  for (const f of files) {
    try {
      bytes += f.text !== undefined ? Buffer.byteLength(f.text) : fs.statSync(f.path).size;
    } catch {
      // A file that cannot be stat'ed is reported when it is read.
    }
    if (bytes > MIN_BYTES) return true;
  }
  return false;
}

/** Puts one file's outcome in the index, logging the read policy's notes and failures. */
export function applyOutcome(index: CorpusIndex, o: FileOutcome, log?: IndexLog): void {
  for (const w of o.warnings) log?.warn(`${o.key}: ${w}`);
  if (o.error !== null) {
    // A file that vanished or cannot be read is left out; the rest of the corpus goes on.
    log?.warn(`${o.key}: skipped (${o.error})`);
    index.delete(o.key);
    return;
  }
  if (o.result === null) {
    index.delete(o.key);
    return;
  }
  index.setResult(o.key, o.result, o.text ?? undefined, o.lines ?? undefined);
}

/** A batch with the place of its first file in the run's file order (what orders the results). */
interface Batch extends BatchRequest {
  start: number;
  /** One file of a batch a worker stalled on (or ran out of memory on): tried on a worker only, and left out if it stops one again. */
  suspect?: boolean;
}

/** Why a worker was stopped on a batch: it stayed silent too long, or ran out of memory. */
type Stop = 'stall' | 'memory';

/** What stands for a file that stopped a worker on its own: it goes in as a file that could not be read. */
function stalledOutcome(key: string, why: Stop, ms: number): FileOutcome {
  const error = why === 'stall' ? `its extraction did not finish within ${seconds(ms)}` : 'its extraction ran out of memory';
  return { key, warnings: [], result: null, text: null, lines: null, error };
}

const byKey = (a: CorpusFile, b: CorpusFile): number => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

export function indexFilesParallel(index: CorpusIndex, files: readonly CorpusFile[], options: ParallelIndexOptions): ParallelIndexRun {
  const batchSize = options.batchSize ?? 32;
  const n = Math.max(0, options.workers ?? workerCount());
  const stallMs = options.stallMs ?? stallAllowance(options.maxBytes);
  const accept = options.accept ?? (() => true);
  const log = options.log;
  const total = files.length;
  const ordered = [...files].sort(byKey);
  // Batches are handed out from the front, to workers and to the main thread alike.
  const queue: Batch[] = [];
  const suspects = options.suspects;
  for (let i = 0; i < ordered.length; ) {
    let end = Math.min(ordered.length, i + batchSize);
    if (suspects?.size) {
      if (suspects.has(ordered[i].key)) {
        queue.push({ id: queue.length, start: i, files: [ordered[i]], suspect: true });
        i++;
        continue;
      }
      for (let j = i + 1; j < end; j++) if (suspects.has(ordered[j].key)) end = j;
    }
    queue.push({ id: queue.length, start: i, files: ordered.slice(i, end) });
    i = end;
  }
  const stats: ParallelIndexStats = { files: total, workers: 0, byWorkers: 0, workerFailures: 0, stalls: 0, stalledFiles: 0, leftOut: [], cancelled: false, workerMs: 0, mainMs: 0 };
  let done = 0;
  let cancelled = false;
  let wake: (() => void) | null = null;
  const signal = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  const inFlight = new Map<Worker, Map<number, Batch>>();
  // When each worker holding batches was last heard from (or last given one, after it had none).
  const heard = new Map<Worker, number>();
  // Workers whose script loaded (they said so): until then, silence is a failure to start.
  const started = new Set<Worker>();
  const shared = new SharedParts();
  // Each worker's answers share one string table (resultCodec.ts), as do the main thread's own results.
  const received = new Map<Worker, string[]>();
  const own: RunStrings = { sent: new SentStrings(), received: [] };
  // Results wait here, by the place of their first file, until the main loop puts them in the index in
  // the files' order: a slice at a time, as it extracts (see run).
  const waiting = new Map<number, FileOutcome[]>();
  let next = 0;
  // The index's listeners hear of the run once a second, not once per document (see CorpusIndex.hold).
  const held = index.hold();
  let announced = performance.now();

  const ready = (start: number, outcomes: FileOutcome[]) => {
    waiting.set(start, outcomes);
    signal();
  };

  /** Puts in the results next in the files' order, for `sliceMs` at most (one file at least). */
  const applySlice = () => {
    const slice = new Slice(options.sliceMs);
    for (let list = waiting.get(next); list; list = waiting.get(next)) {
      waiting.delete(next);
      let i = 0;
      while (i < list.length && (i === 0 || !slice.over)) {
        const o = list[i++];
        if (!accept(o.key)) continue;
        applyOutcome(index, o, log);
        options.onApplied?.(o);
      }
      next += i;
      done += i;
      if (i < list.length) waiting.set(next, list.slice(i));
      if (slice.over) break;
    }
    options.onProgress?.(done, total);
  };

  const feed = (w: Worker) => {
    const mine = inFlight.get(w);
    if (!mine) return;
    // Two batches in flight: the worker never waits for the main thread to parse its last answer.
    while (mine.size < 2 && queue.length && !cancelled) {
      const b = queue.shift()!;
      if (mine.size === 0) heard.set(w, performance.now());
      mine.set(b.id, b);
      w.postMessage({ id: b.id, files: b.files } satisfies BatchRequest);
    }
  };

  /** Takes a worker out of the run; returns the batches it held, the one it was on first. */
  const drop = (w: Worker): Batch[] | undefined => {
    const mine = inFlight.get(w);
    if (!mine) return undefined;
    inFlight.delete(w);
    received.delete(w);
    heard.delete(w);
    started.delete(w);
    void w.terminate();
    return [...mine.values()];
  };

  const fail = (w: Worker, why: string) => {
    const held = drop(w);
    if (!held || cancelled) return;
    stats.workerFailures++;
    log?.error(`extraction worker failed (${why}); its ${held.length} batch(es) go back to the queue`);
    queue.unshift(...held);
    for (const other of inFlight.keys()) feed(other);
    signal();
  };

  let idleReplacements = 0;
  /**
   * A worker silent for longer than stallMs, or out of memory: stopped, and replaced while there is work
   * left. The files of the batch it was on become suspects; a suspect that stops a worker is left out.
   * Each such stop splits a batch or leaves a file out, so the replacements end; a stop between batches
   * does neither, and is replaced a few times only.
   */
  const stopped = (w: Worker, why: Stop) => {
    const held = drop(w);
    if (!held || cancelled) return;
    stats.workerFailures++;
    stats.stalls++;
    const [on, ...rest] = held;
    let replace = true;
    if (!on) {
      // Out of memory between batches: nothing of the corpus to blame.
      log?.error('extraction worker ran out of memory between batches');
      replace = idleReplacements++ < MAX_IDLE_REPLACEMENTS;
    } else if (on.suspect) {
      stats.stalledFiles++;
      stats.leftOut.push(on.files[0].key);
      options.onLeftOut?.(on.files[0].key);
      const what = why === 'stall' ? `kept it busy for over ${seconds(stallMs)}` : 'made it run out of memory';
      log?.error(`extraction worker stopped: ${on.files[0].key} ${what}; that file is left out`);
      ready(on.start, [stalledOutcome(on.files[0].key, why, stallMs)]);
    } else {
      const what = why === 'stall' ? `silent for over ${seconds(stallMs)}` : 'out of memory';
      log?.error(`extraction worker stopped: ${what} on a batch of ${on.files.length} file(s), which are tried again one by one`);
      queue.unshift(...on.files.map((f, i): Batch => ({ id: nextId++, start: on.start + i, files: [f], suspect: true })));
    }
    // The batches it had not begun go back to the front, behind the suspects (which only workers take).
    const at = queue.findIndex((b) => !b.suspect);
    queue.splice(at < 0 ? queue.length : at, 0, ...rest);
    if (replace && queue.length > 0) start();
    for (const other of inFlight.keys()) feed(other);
    signal();
  };

  let nextId = queue.length;
  function start(): boolean {
    let w: Worker;
    try {
      w = new Worker(options.workerScript, {
        workerData: { tag: WORKER_TAG, maxBytes: options.maxBytes, format: options.format, heartbeatMs: stallMs / 4 } satisfies WorkerInit,
        resourceLimits: { maxOldGenerationSizeMb: options.workerHeapMb ?? heapAllowance(options.maxBytes) },
      });
    } catch (err) {
      stats.workerFailures++;
      log?.error(`extraction worker could not start (${err instanceof Error ? err.message : String(err)}); ${stats.workers ? 'the others extract its share' : 'extracting on this thread'}`);
      return false;
    }
    stats.workers++;
    inFlight.set(w, new Map());
    received.set(w, []);
    w.on('message', (reply: BatchReply) => {
      const mine = inFlight.get(w);
      if (!mine || cancelled) return;
      heard.set(w, performance.now());
      if (reply.ready) {
        started.add(w);
        return;
      }
      if (reply.alive) return;
      const batch = mine.get(reply.id);
      mine.delete(reply.id);
      feed(w);
      const t0 = performance.now();
      let outcomes: FileOutcome[];
      try {
        outcomes = reply.encoded ? decodeOutcomes(reply.encoded, shared, received.get(w)) : (JSON.parse(reply.json ?? '') as FileOutcome[]);
      } catch (err) {
        if (batch) queue.unshift(batch);
        fail(w, `unreadable answer: ${err instanceof Error ? err.message : String(err)}`);
        return;
      }
      // The files, in order: with a shared string table, an answer read with the wrong table would still
      // look like one (the keys are the first strings to tell).
      if (!batch || outcomes.length !== batch.files.length || outcomes.some((o, i) => o.key !== batch.files[i].key)) {
        if (batch) queue.unshift(batch);
        fail(w, `answer of ${outcomes.length} files that are not the batch's ${batch?.files.length ?? 0}`);
        return;
      }
      stats.byWorkers += outcomes.length;
      stats.workerMs += reply.ms ?? 0;
      stats.mainMs += performance.now() - t0;
      ready(batch.start, outcomes);
    });
    w.on('error', (err) => {
      if ((err as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY') stopped(w, 'memory');
      else fail(w, err instanceof Error ? err.message : String(err));
    });
    w.on('messageerror', (err) => fail(w, `unreadable message: ${err instanceof Error ? err.message : String(err)}`));
    w.on('exit', (code) => fail(w, `exited with code ${code}`));
    feed(w);
    return true;
  }

  for (let i = 0; i < n; i++) if (!start()) break;

  // The watchdog: a worker that holds batches and has not been heard from for stallMs is stuck; one
  // that has not said it is ready (its script loaded) failed to start, which no file is to blame for.
  const check = () => {
    const now = performance.now();
    for (const [w, mine] of [...inFlight]) {
      if (mine.size === 0 || now - (heard.get(w) ?? now) <= stallMs) continue;
      if (started.has(w)) stopped(w, 'stall');
      else fail(w, `not started within ${seconds(stallMs)}`);
    }
  };
  // Checked after the messages already waiting are read (they are delivered before setImmediate's
  // callbacks run): when this thread was held (a debugger, another extension), what the workers sent
  // meanwhile counts.
  const watchdog = setInterval(() => setImmediate(check), Math.max(10, Math.min(1000, stallMs / 4)));
  watchdog.unref?.();

  const terminateAll = () => {
    clearInterval(watchdog);
    for (const w of [...inFlight.keys()]) drop(w);
  };

  const run = async (): Promise<ParallelIndexStats> => {
    try {
      // Each turn of the loop does one thing, for `sliceMs` at most (one file at least), then lets the
      // event loop turn for the workers' answers and the editor's requests: tell the listeners what
      // changed, once a second; else put in the results next in order; else extract.
      for (;;) {
        if (cancelled) break;
        const t0 = performance.now();
        if (t0 - announced >= ANNOUNCE_MS) {
          held.flush();
          announced = performance.now();
          stats.mainMs += announced - t0;
          await nextTurn();
          continue;
        }
        if (waiting.has(next)) {
          applySlice();
          stats.mainMs += performance.now() - t0;
          await nextTurn();
          continue;
        }
        const busy = [...inFlight.values()].some((m) => m.size > 0);
        if (!queue.length && !busy) break;
        // A file that stopped a worker is never extracted here; with no worker left to try it, it is left out.
        if (inFlight.size === 0 && queue.some((b) => b.suspect)) {
          for (const b of queue.filter((b) => b.suspect)) {
            stats.stalledFiles++;
            log?.error(`${b.files[0].key}: left out, as no extraction worker is left to try it`);
            ready(b.start, [{ key: b.files[0].key, warnings: [], result: null, text: null, lines: null, error: 'no extraction worker was left to try it' }]);
          }
          queue.splice(0, queue.length, ...queue.filter((b) => !b.suspect));
          continue;
        }
        // Decided again each turn from the workers still running: one that failed may make the help pay.
        const mine = queue.findIndex((b) => !b.suspect);
        if (mine >= 0 && (inFlight.size === 0 || (options.mainHelps ?? mainShouldHelp(total, inFlight.size)))) {
          // Up to 8 files, fewer once `sliceMs` have gone: while the engine's code is not yet compiled a
          // file takes tens of milliseconds.
          const b = queue.splice(mine, 1)[0];
          const outcomes: FileOutcome[] = [];
          const slice = new Slice(options.sliceMs);
          let taken = 0;
          while (taken < b.files.length && taken < 8 && (taken === 0 || !slice.over)) {
            const f = b.files[taken++];
            outcomes.push(processFile(f.key, f.path, options.maxBytes, f.text));
          }
          if (b.files.length > taken) queue.splice(mine, 0, { id: b.id, start: b.start + taken, files: b.files.slice(taken) });
          // Its own results as the workers' arrive: through the compact form, so that the index keeps no text.
          ready(b.start, options.format === 'json' ? outcomes : compactOutcomes(outcomes, shared, own));
          stats.mainMs += performance.now() - t0;
          await nextTurn();
        } else {
          await new Promise<void>((r) => (wake = r));
        }
      }
    } finally {
      terminateAll();
      resetRun(own);
      // Documents an editor put in meanwhile may have gone in out of order: their postings are merged
      // now, not by the first edit or lookup of each key. Then the listeners hear the rest of the run.
      const t0 = performance.now();
      index.settle();
      stats.mainMs += performance.now() - t0;
      held.release();
    }
    stats.cancelled = cancelled;
    return stats;
  };

  return {
    done: run(),
    cancel() {
      if (cancelled) return;
      cancelled = true;
      terminateAll();
      signal();
    },
  };
}
