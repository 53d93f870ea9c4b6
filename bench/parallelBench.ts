// Child process of `npm run bench` (run with --expose-gc): the cold index as the extension does it
// (src/providers/corpusSync.ts → indexFilesParallel): worker threads read and extract batches of files,
// answer in the compact columnar form (or JSON, for comparison), and the main thread, on a corpus large
// enough (parallelIndex.ts, mainShouldHelp), extracts batches too while it puts every result in the
// index with setResult(). Files are read by the workers, so the
// wall time includes reading.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CorpusIndex } from '../src/core/corpus/corpusIndex';
import { indexFilesParallel, workerCount } from '../src/core/corpus/parallelIndex';
import { extensionListeners } from './listeners';
import { loopWaits, MB, memoryPeaks, nowMs, writeResult } from './stats';
import { ThreadCpu } from './threadCpu';

async function main(): Promise<void> {
  const dir = process.argv[2];
  const format = (process.argv[3] ?? 'columnar') as 'columnar' | 'json';
  const workers = Number(process.argv[4] ?? workerCount());
  // The worker bundle the bench built (as the packaged extension's), else the compiled module beside
  // the compiled parallelIndex.js (out/src/core/corpus/).
  const realWorker = path.resolve(process.argv[5] ?? path.join(__dirname, '..', 'src', 'core', 'corpus', 'extractWorker.js'));
  // Where the threads can be told apart, each worker names its thread first (workerTid.ts), then runs the real script.
  const canTell = ThreadCpu.available();
  const tidsFile = path.join(os.tmpdir(), `vankien-bench-tids-${process.pid}`);
  let workerScript = realWorker;
  if (canTell) {
    fs.rmSync(tidsFile, { force: true });
    process.env.VANKIEN_BENCH_WORKER_TIDS = tidsFile;
    process.env.VANKIEN_BENCH_WORKER = realWorker;
    workerScript = path.join(__dirname, 'workerTid.js');
  }
  const names = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const files = names.map((f) => ({ key: 'file://' + path.join(dir, f), path: path.join(dir, f) }));
  const bytes = names.reduce((a, f) => a + fs.statSync(path.join(dir, f)).size, 0);
  const { sample, closing } = memoryPeaks();
  const index = new CorpusIndex();
  const listened = extensionListeners(index);
  const threads = canTell ? ThreadCpu.begin() : null;
  const cpu0 = process.cpuUsage();
  const waits = loopWaits();
  const t0 = nowMs();
  let n = 0;
  const stats = await indexFilesParallel(index, files, {
    workerScript, maxBytes: 5 * MB, workers, format,
    onProgress: () => {
      if (++n % 8 === 0) sample();
    },
  }).done;
  // The diagnostics' last slices too, as the index's work ends with them.
  await listened.settled();
  const wallMs = nowMs() - t0;
  const waited = waits.stop();
  const cpu = process.cpuUsage(cpu0);
  let threadCpu = null;
  if (threads) {
    const tids = new Set(fs.existsSync(tidsFile) ? fs.readFileSync(tidsFile, 'utf8').split('\n').filter(Boolean) : []);
    fs.rmSync(tidsFile, { force: true });
    threadCpu = { ...threads.stop(tids), workerThreads: tids.size };
  }
  const memory = closing();
  writeResult({
    // CPU time of every thread of the process: on a shared machine, wall time over CPU time shows the wait.
    cpuMs: (cpu.user + cpu.system) / 1000, threadCpu,
    threads: stats.workers, format, documents: index.documentCount, entities: index.entityCount, bytes, wallMs,
    listenerCalls: listened.calls, listenerMs: listened.ms, diagnosed: listened.diagnosed, waits: waited,
    byWorkers: stats.byWorkers, workerFailures: stats.workerFailures, workerMs: stats.workerMs, mainMs: stats.mainMs,
    ...memory,
  });
}

main().catch((e) => writeResult({ error: String(e && e.stack ? e.stack : e) }));
