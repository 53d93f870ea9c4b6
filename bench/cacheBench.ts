// Child process of `npm run bench` (run with --expose-gc): the on-disk index cache (src/core/corpus/indexCache.ts).
//   write <dir> <cacheFile>: the cold index as the extension does it (indexFilesParallel), remembering each
//     disk outcome, then the cache written as the extension writes it (stamps checked, temp file, fsync, rename).
//     The same cache is also written without the postings (as the extension writes it at shutdown) beside
//     it, <cacheFile> ending in -without-postings.bin.
//   load <dir> <cacheFile>: a warm start in a fresh process: every file stat'ed, the cache read, decoded
//     and put in a new index; wall time, main-thread CPU time and peak heap.
import * as fs from 'fs';
import * as path from 'path';
import { CorpusIndex } from '../src/core/corpus/corpusIndex';
import { cacheFingerprint, DiskOutcomes, loadFromCache, readIndexCache, StampedFile, stampFiles, writeIndexCache } from '../src/core/corpus/indexCache';
import type { FileOutcome } from '../src/core/corpus/extractWorker';
import { indexFilesParallel } from '../src/core/corpus/parallelIndex';
import { nextTurn } from '../src/core/slices';
import { extensionListeners } from './listeners';
import { loopWaits, MB, memoryPeaks, nowMs, writeResult } from './stats';

const MAX_BYTES = 5 * MB;
const fingerprint = cacheFingerprint({ extensionVersion: 'bench', maxBytes: MAX_BYTES });

function corpus(dir: string): StampedFile[] {
  const names = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  return stampFiles(names.map((f) => ({ key: 'file://' + path.join(dir, f), path: path.join(dir, f) }))).stamped;
}

async function write(dir: string, file: string): Promise<void> {
  const workerScript = path.join(__dirname, '..', 'src', 'core', 'corpus', 'extractWorker.js');
  const files = corpus(dir);
  const byKey = new Map(files.map((f) => [f.key, f]));
  const index = new CorpusIndex();
  const outcomes = new DiskOutcomes();
  const onApplied = (o: FileOutcome) => outcomes.recordOutcome(byKey.get(o.key)!, o);
  await indexFilesParallel(index, files, { workerScript, maxBytes: MAX_BYTES, onApplied }).done;
  // As the extension writes it in the background (with the postings, from the index where it holds
  // them), and as it writes it at shutdown (without): the postings' own cost.
  const timed = async (target: string, postings: boolean) => {
    fs.rmSync(target, { force: true });
    const t0 = nowMs();
    const cpu0 = process.cpuUsage();
    const stats = await writeIndexCache(target, fingerprint, outcomes.snapshot(), { index, postings });
    const cpu = process.cpuUsage(cpu0);
    return { stats, ms: nowMs() - t0, cpuMs: (cpu.user + cpu.system) / 1000 };
  };
  const plain = await timed(withoutPostings(file), false);
  const full = await timed(file, true);
  writeResult({
    documents: index.documentCount, entities: index.entityCount, cached: full.stats.documents, bytes: full.stats.bytes, writeMs: full.ms, writeCpuMs: full.cpuMs,
    plainBytes: plain.stats.bytes, plainWriteMs: plain.ms, plainWriteCpuMs: plain.cpuMs,
  });
}

/** Where `write` puts the cache without the postings. */
const withoutPostings = (file: string): string => file.replace(/(\.bin)?$/, '-without-postings.bin');

async function load(dir: string, file: string): Promise<void> {
  const { sample, closing } = memoryPeaks();
  const t0 = nowMs();
  const cpu0 = process.cpuUsage();
  const files = corpus(dir);
  const tStat = nowMs();
  const read = await readIndexCache(file, fingerprint);
  sample();
  const tRead = nowMs();
  if (read.status !== 'ok') throw new Error(`cache not usable: ${read.status === 'invalid' ? read.reason : 'missing'}`);
  const index = new CorpusIndex();
  const listened = extensionListeners(index);
  // As the extension loads it: a pause lets the event loop turn (setImmediate) between slices.
  const waits = loopWaits();
  const result = await loadFromCache(index, read.cache, files, { pause: () => (sample(), nextTurn()) });
  await listened.settled();
  const wallMs = nowMs() - t0;
  const waited = waits.stop();
  const cpu = process.cpuUsage(cpu0);
  const memory = closing();
  writeResult({
    documents: index.documentCount, entities: index.entityCount, loaded: result.loaded.length, rest: result.rest.length,
    listenerCalls: listened.calls, listenerMs: listened.ms, diagnosed: listened.diagnosed, waits: waited,
    wallMs, statMs: tStat - t0, readCheckMs: tRead - tStat, decodeApplyMs: wallMs - (tRead - t0), cacheBytes: read.cache.bytes, cpuMs: (cpu.user + cpu.system) / 1000,
    ...memory,
  });
}

const [mode, dir, file] = process.argv.slice(2);
(mode === 'write' ? write(dir, file) : load(dir, file)).catch((e) => writeResult({ error: String(e && e.stack ? e.stack : e) }));
