// A worker thread of the parallel cold index: reads corpus files under the shared read policy and
// extracts them, answering each batch in a compact form (resultCodec.ts: a string table and a
// transferred Int32Array; or, for comparison and as a fallback, one JSON string). A structured clone
// of a million entity objects cost more than the second core gave. The text itself does not travel
// back unless it has codes with look-alike characters (the index needs it only for that check).
// Bundled on its own as dist/extractWorker.js; pure core, no `vscode`.
import { isMainThread, parentPort, workerData } from 'worker_threads';
import { extract } from '../extract/onDemand';
import type { ExtractResult } from '../types';
import { findLookalikeCodes } from './lookalikes';
import { readFileForIndex } from './readPolicy';
import { lineStarts } from '../text/lines';
import { EncodedBatch, encodeOutcomes, SentStrings } from './resultCodec';

/** Marks the worker data so that loading this module elsewhere (tests, the bundle) starts nothing. */
export const WORKER_TAG = 'vankien.extractWorker';

export interface WorkerInit {
  tag: typeof WORKER_TAG;
  maxBytes: number;
  /** How answers travel: 'columnar' (default) or 'json'. */
  format?: 'columnar' | 'json';
  /**
   * The longest the worker stays silent while it works through a batch, in milliseconds: after a file,
   * if it has sent nothing for this long, it says it is alive (the main thread stops a worker that
   * stays silent too long: see ParallelIndexOptions.stallMs).
   */
  heartbeatMs?: number;
}

/** A batch of files to read and extract. */
export interface BatchRequest {
  id: number;
  /** `text`, when given, is extracted in place of the file's (an editor's buffer, cut to the size limit already). */
  files: Array<{ key: string; path: string; text?: string }>;
}

/** One file's outcome, as it travels inside the batch's JSON string. */
export interface FileOutcome {
  key: string;
  /** Read-policy notes (truncation, invalid UTF-8, binary). */
  warnings: string[];
  /** null when the file is skipped (binary) or could not be read. */
  result: ExtractResult | null;
  /** The text, only when it holds look-alike codes (for CorpusIndex.setResult's check); else null. */
  text: string | null;
  /** Where each line of the text starts: the entities come without ranges (the index computes them). */
  lines: Uint32Array | number[] | null;
  /** Why the file could not be read or extracted; null when it was. */
  error: string | null;
}

export interface BatchReply {
  id: number;
  /** Only says the worker is still working through batch `id` (no answer yet). */
  alive?: true;
  /** Only says the worker's script loaded and it takes batches (its first message; `id` is -1). */
  ready?: true;
  /** Milliseconds the worker spent on the batch (reading, extracting, encoding). */
  ms?: number;
  /** JSON of FileOutcome[] (format 'json', or when a result did not fit the columnar form). */
  json?: string;
  encoded?: EncodedBatch;
}

/**
 * Reads and extracts one file (what the worker does for each file; also the in-thread fallback's shape),
 * or extracts `text` when it is given: an editor's buffer of the file, which the caller cut to the limit.
 */
export function processFile(key: string, path: string, maxBytes: number, text?: string): FileOutcome {
  try {
    const outcome = text !== undefined ? { text, warnings: [] } : readFileForIndex(path, maxBytes);
    if (outcome.text === null) return { key, warnings: outcome.warnings, result: null, text: null, lines: null, error: null };
    const read = outcome.text;
    const result = extract(read, { ranges: false });
    return { key, warnings: outcome.warnings, result, text: findLookalikeCodes(read).length ? read : null, lines: lineStarts(read), error: null };
  } catch (err) {
    return { key, warnings: [], result: null, text: null, lines: null, error: err instanceof Error ? err.message : String(err) };
  }
}

function workerMain(init: WorkerInit): void {
  // The worker's answers are one run: a string is sent once (the main thread keeps this worker's table).
  const sent = new SentStrings();
  const heartbeatMs = init.heartbeatMs ?? Infinity;
  parentPort!.postMessage({ id: -1, ready: true } satisfies BatchReply);
  let lastSent = performance.now();
  parentPort!.on('message', (req: BatchRequest) => {
    const t0 = performance.now();
    const out: FileOutcome[] = [];
    for (const f of req.files) {
      out.push(processFile(f.key, f.path, init.maxBytes, f.text));
      const now = performance.now();
      if (now - lastSent >= heartbeatMs) {
        parentPort!.postMessage({ id: req.id, alive: true } satisfies BatchReply);
        lastSent = now;
      }
    }
    lastSent = performance.now();
    if (init.format !== 'json') {
      let encoded: EncodedBatch | undefined;
      try {
        encoded = encodeOutcomes(out, sent);
      } catch {
        encoded = undefined;
      }
      if (encoded) {
        parentPort!.postMessage({ id: req.id, ms: performance.now() - t0, encoded } satisfies BatchReply, [encoded.ints.buffer as ArrayBuffer]);
        return;
      }
    }
    // Typed arrays would become objects in JSON: their line starts travel as plain arrays.
    for (const o of out) if (o.lines) o.lines = Array.from(o.lines);
    parentPort!.postMessage({ id: req.id, ms: performance.now() - t0, json: JSON.stringify(out) } satisfies BatchReply);
  });
}

if (!isMainThread && (workerData as WorkerInit | undefined)?.tag === WORKER_TAG) workerMain(workerData as WorkerInit);
