// `npm run bench`: generates (or reuses) the synthetic corpora in .bench/, runs each measurement in its
// own Node process so that memory and cold-start figures are not polluted by the others, and prints the
// figures with their targets. Figures only: a benchmark never fails the build.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { KEPT_ITEMS } from '../src/core/corpus/listMapper';
import { mainShouldHelp, workerCount } from '../src/core/corpus/parallelIndex';
import { ensureCorpus } from './generate';
import { INSPECTOR_NODE_FLAGS } from './inspector';
import { hottestFunctions, stageTimes, STAGES } from './profile';
import { benchDir, fmt, MB, percentile, repoRoot, Summary, summarize } from './stats';
import type { ThreadCpuFigures } from './threadCpu';

const quick = process.argv.includes('--quick');
const out = (s = '') => process.stdout.write(s + '\n');

interface Row {
  figure: string;
  value: string;
  target: string;
  met: boolean | null;
}
const rows: Row[] = [];
const row = (figure: string, value: string, target: string, met: boolean | null) => rows.push({ figure, value, target, met });

function child<T>(script: string, args: string[], nodeFlags: string[] = [], env: NodeJS.ProcessEnv = {}, node = process.execPath): T {
  const file = path.join(benchDir, `result-${process.pid}.json`);
  fs.rmSync(file, { force: true });
  const r = spawnSync(node, [...nodeFlags, path.join(__dirname, script), ...args], {
    cwd: repoRoot, env: { ...process.env, ...env, VANKIEN_BENCH_OUT: file }, stdio: ['ignore', 'inherit', 'inherit'], maxBuffer: 64 * MB,
  });
  if (!fs.existsSync(file)) throw new Error(`${script} ${args.join(' ')} exited with ${r.status ?? r.signal} and no result`);
  const result = JSON.parse(fs.readFileSync(file, 'utf8')) as T;
  fs.rmSync(file, { force: true });
  return result;
}

/**
 * The Node of the editor's extension host (code-server's), provisioned into .vscode-test/ as the editor's
 * section does it when it is not there yet; undefined, with the reason printed, when that fails.
 */
function editorNode(): string | undefined {
  const editor = (file: string) => require(path.join(repoRoot, 'scripts', 'editor', file));
  const { provision, isProvisioned } = editor('provision.js') as { provision(): void; isProvisioned(): boolean };
  try {
    if (!isProvisioned()) provision();
  } catch (e) {
    out(`(the extension host's Node could not be installed: ${e instanceof Error ? e.message.split('\n')[0] : String(e)})`);
    return undefined;
  }
  const bin = (editor('paths.js') as { nodeBin: string }).nodeBin;
  return fs.existsSync(bin) ? bin : undefined;
}

const ms = (s: Summary, digits = 2) => `median ${fmt(s.median, digits)} ms, p99 ${fmt(s.p99, digits)} ms (n=${s.n})`;
const us = (s: Summary) => `median ${fmt(s.median, 1)} µs, p99 ${fmt(s.p99, 1)} µs, max ${fmt(s.max, 0)} µs (n=${s.n})`;

// ---- corpora ------------------------------------------------------------------------------------

function corpora(): Array<{ count: number; dir: string; bytes: number }> {
  out('## Corpus');
  const list = [];
  for (const count of [1000, 10000]) {
    const dir = path.join(benchDir, `corpus-${count}`);
    const { manifest, generatedMs } = ensureCorpus(dir, count);
    out(`${count} documents, ${fmt(manifest.bytes / MB, 1)} MB (${fmt(manifest.bytes / count / 1024, 1)} KB each on average) in ${path.relative(repoRoot, dir)}/` +
      (generatedMs === null ? ' — reused (same generator version and seed)' : ` — generated in ${fmt(generatedMs / 1000, 1)} s`));
    list.push({ count, dir, bytes: manifest.bytes });
  }
  out();
  return list;
}

// ---- index --------------------------------------------------------------------------------------

interface ColdFigures {
  documents: number; entities: number; bytes: number; readMs: number; indexMs: number; mbPerSec: number;
  peakRssMB: number; peakHeapMB: number; retainedHeapMB: number; baseHeapMB: number;
}
interface LookupFigures { first: Summary; cached: Summary; afterEdit: Summary }
interface FullResult {
  node: string;
  cold: ColdFigures;
  incremental: Summary & { sameCitations: Summary; mostCited: Summary; first: Summary };
  heapForLookupsMB: number;
  lookups: { hover: LookupFigures; definition: LookupFigures; references: LookupFigures; referencesPerRequest: Summary; referencesWorkingSet: { keys: number; locations: number }; referencesBySize: { upTo1000: Summary; over10000: Summary; largest: number }; referencesConverted: { locations: number; ms: Summary } };
  folderRename?: { documents: number; renameAllMs: number; firstReadMs: number; references: number; oneByOne: number; oneByOneMs: number };
  conflicted?: { code: string; citing: number; full: number; fullMs: number; edit: Summary; rediagnosed: Summary };
}

interface IndexRun {
  count: number;
  dir: string;
  coldSecs: number;
  serialMs: number;
}

/** Cold runs per corpus; at the largest, the first run also measures re-indexing and lookups (FullResult). */
function indexFigures(list: Array<{ count: number; dir: string }>): { runs: IndexRun[]; full: FullResult } {
  out('## Cold index through CorpusIndex.set() on one thread (one fresh process per run, files read first; set() extracts, rebuilds the result in the compact form so that it keeps none of the text, and indexes it)');
  const done: IndexRun[] = [];
  let full: FullResult | undefined;
  for (const { count, dir } of list) {
    const largest = count === list[list.length - 1].count;
    const runs: ColdFigures[] = [];
    const wanted = quick ? 1 : largest ? 5 : 7;
    for (let i = 0; i < wanted; i++) {
      if (largest && i === 0) {
        full = child<FullResult>('indexBench.js', [dir, 'full'], ['--expose-gc']);
        runs.push(full.cold);
      } else runs.push(child<{ cold: ColdFigures }>('indexBench.js', [dir, 'cold'], ['--expose-gc']).cold);
      // Keep the whole bench within minutes even when the index is slow.
      if (runs[0].indexMs > (largest ? 15000 : 3000) && runs.length >= (largest ? 1 : 3)) break;
    }
    const secs = runs.map((r) => r.indexMs / 1000);
    const first = runs[0];
    const med = percentile(secs, 50);
    out(`${count} docs: ${first.entities} entities; read ${fmt(percentile(runs.map((r) => r.readMs), 50), 0)} ms (median); ` +
      `index median ${fmt(med, 3)} s, max ${fmt(Math.max(...secs), 3)} s over ${runs.length} run${runs.length > 1 ? 's' : ''}; ${fmt((first.bytes / MB) / med, 1)} MB/s`);
    out(`  memory (first run): peak RSS ${fmt(Math.max(...runs.map((r) => r.peakRssMB)), 0)} MB, peak heap ${fmt(first.peakHeapMB, 0)} MB, ` +
      `heap retained after gc ${fmt(first.retainedHeapMB, 0)} MB, of which the index ${fmt(first.retainedHeapMB - first.baseHeapMB, 0)} MB ` +
      `(the rest is the ${fmt(first.bytes / MB, 0)} MB of file texts read before indexing, ${fmt(first.baseHeapMB, 0)} MB heap)`);
    done.push({ count, dir, coldSecs: med, serialMs: percentile(runs.map((r) => r.readMs + r.indexMs), 50) });
    if (count >= 10000) {
      // The extension indexes a corpus this size with worker threads: its targets are on the parallel rows.
      row('cold index, 10,000 docs, one thread', `${fmt(med, 2)} s (${fmt((first.bytes / MB) / med, 1)} MB/s)`, '—', null);
      const peakHeap = Math.max(...runs.map((r) => r.peakHeapMB));
      row('peak heap, one thread (the bench holds the texts)', `${fmt(peakHeap, 0)} MB incl. texts (index alone ${fmt(first.retainedHeapMB - first.baseHeapMB, 0)} MB; RSS ${fmt(Math.max(...runs.map((r) => r.peakRssMB)), 0)} MB)`, '—', null);
    } else {
      row(`cold index, ${count.toLocaleString('en')} docs`, `${fmt(med, 3)} s`, '—', null);
    }
  }
  if (done.length >= 2) {
    const [a, b] = [done[0], done[done.length - 1]];
    const docs = b.count / a.count;
    const time = b.coldSecs / a.coldSecs;
    out(`scaling: ${fmt(docs, 0)}× the documents took ${fmt(time, 1)}× the time` + (time > docs * 1.5 ? ' — superlinear: per-document cost grows with the corpus' : ' — linear'));
  }
  out();
  return { runs: done, full: full! };
}

interface ParallelFigures {
  threads: number; cpuMs: number; format: string; documents: number; entities: number; bytes: number; wallMs: number; byWorkers: number;
  workerFailures: number; workerMs: number; mainMs: number; listenerCalls: number; listenerMs: number; diagnosed: number; peakHeapMB: number; peakRssMB: number; retainedHeapMB: number; baseHeapMB: number;
  waits: LoopWaits; error?: string;
  /** Each kind of thread's CPU (threadCpu.ts); null where they cannot be told apart. */
  threadCpu: (ThreadCpuFigures & { workerThreads: number }) | null;
}

/** What a request to the main thread waited during a run (stats.ts loopWaits), in milliseconds. */
interface LoopWaits { all: Summary; afterFirstSecond: Summary }

/** The waits of some runs, as printed: the median of each figure over the runs, the longest as a range. */
function waitsLine(runs: { waits: LoopWaits }[]): string {
  const med = (f: (w: LoopWaits) => number) => fmt(percentile(runs.map((r) => f(r.waits)), 50), 1);
  const range = (f: (w: LoopWaits) => number) => {
    const v = runs.map((r) => f(r.waits));
    return v.length > 1 ? `${fmt(Math.min(...v), 0)}–${fmt(Math.max(...v), 0)}` : fmt(v[0], 0);
  };
  return `median ${med((w) => w.all.median)} ms, p99 ${med((w) => w.all.p99)} ms, longest ${range((w) => w.all.max)} ms; ` +
    `after the first second (the engine compiled, as the extension has it by then): p99 ${med((w) => w.afterFirstSecond.p99)} ms, longest ${range((w) => w.afterFirstSecond.max)} ms`;
}

/** The parallel cold index of the largest corpus; returns its wall time in seconds (NaN when it failed). */
async function parallel(runs: IndexRun[]): Promise<number> {
  const pick = runs[runs.length - 1];
  const { dir, serialMs, count } = pick;
  out(`## Cold index, parallel (as the extension does): ${os.cpus().length} CPUs, worker threads (the production worker bundle) read + extract, the main thread fills the index${mainShouldHelp(count, workerCount()) ? ' and, on a corpus this large, extracts too' : ' (too few files for its help to pay)'}`);
  const results: ParallelFigures[] = [];
  // The workers load the worker bundle, as the packaged extension's do.
  const worker = await workerBundle();
  for (let i = 0; i < (quick ? 1 : 3); i++) results.push(child<ParallelFigures>('parallelBench.js', [dir, 'columnar', String(workerCount()), worker], ['--expose-gc']));
  if (results[0].error) {
    out(`failed: ${results[0].error}`);
    out();
    return NaN;
  }
  const json = child<ParallelFigures>('parallelBench.js', [dir, 'json', String(workerCount()), worker], ['--expose-gc']);
  const wall = percentile(results.map((r) => r.wallMs), 50);
  const r0 = results[0];
  out(`${count.toLocaleString('en')} docs, ${r0.entities} entities: wall ${fmt(wall / 1000, 3)} s incl. reading (median of ${results.length}; ${fmt((r0.bytes / MB) / (wall / 1000), 1)} MB/s), ` +
    `${r0.threads} worker(s) extracted ${r0.byWorkers} files, the main thread the rest; vs ${fmt(serialMs / 1000, 3)} s read + index on one thread: ${fmt(serialMs / wall, 2)}× speed-up`);
  out(`  CPU time of all threads ${fmt(r0.cpuMs / 1000, 2)} s over ${fmt(r0.wallMs / 1000, 2)} s wall (${fmt(r0.cpuMs / r0.wallMs, 2)} cores busy on average; below ${r0.threads + 1} when the machine is shared)`);
  const byThread = results.filter((r) => r.threadCpu);
  if (byThread.length) {
    const med = (f: (t: ThreadCpuFigures) => number) => fmt(percentile(byThread.map((r) => f(r.threadCpu!)), 50) / 1000, 2);
    out(`  CPU by thread (median of ${byThread.length}): the main thread ${med((t) => t.mainMs)} s, the worker thread(s) ${med((t) => t.workersMs)} s, ` +
      `the engine's helper threads (its optimising compiler's jobs, for each thread's code as it warms up, and the collector's parallel and concurrent tasks) ${med((t) => t.othersMs)} s`);
  }
  out(`  busy: worker(s) ${fmt(r0.workerMs / 1000, 2)} s reading, extracting and encoding ${r0.byWorkers} files (${fmt(r0.workerMs / Math.max(1, r0.byWorkers), 2)} ms a file); ` +
    `main thread ${fmt(r0.mainMs / 1000, 2)} s decoding, extracting ${r0.documents - r0.byWorkers} files and filling the index`);
  out(`  the diagnostics (which documents a change can alter, then what each reports): ${r0.listenerCalls} announcement(s), ${r0.diagnosed} documents diagnosed, ${fmt(r0.listenerMs, 0)} ms in all (included in the wall time)`);
  out(`  memory: peak heap (main thread) ${fmt(r0.peakHeapMB, 0)} MB, peak RSS (all threads) ${fmt(r0.peakRssMB, 0)} MB, heap retained after gc ${fmt(r0.retainedHeapMB, 0)} MB (no file texts kept)`);
  out(`  what a request to the main thread (in the extension, the extension host's: a hover, a completion) waits meanwhile, as a 5 ms timer's lateness over ${results.length} run(s): ${waitsLine(results)}`);
  if (!json.error) out(`  answers as one JSON string per batch instead of the columnar form: wall ${fmt(json.wallMs / 1000, 3)} s, peak heap ${fmt(json.peakHeapMB, 0)} MB`);
  // A smaller corpus, where the main thread leaves the extraction to the workers (parallelIndex.ts, mainShouldHelp).
  const small = runs.length > 1 ? runs[0] : undefined;
  if (small) {
    const smallRuns: ParallelFigures[] = [];
    for (let i = 0; i < (quick ? 1 : 3); i++) smallRuns.push(child<ParallelFigures>('parallelBench.js', [small.dir, 'columnar', String(workerCount()), worker], ['--expose-gc']));
    if (smallRuns[0].error) out(`  ${small.count.toLocaleString('en')} docs: failed: ${smallRuns[0].error}`);
    else {
      const smallWall = percentile(smallRuns.map((r) => r.wallMs), 50);
      const s0 = smallRuns[0];
      out(`${small.count.toLocaleString('en')} docs the same way: wall ${fmt(smallWall / 1000, 3)} s (median of ${smallRuns.length}), ${s0.byWorkers} files extracted by the worker(s)` +
        (s0.threadCpu ? `; CPU: the main thread ${fmt(s0.threadCpu.mainMs / 1000, 2)} s, the worker thread(s) ${fmt(s0.threadCpu.workersMs / 1000, 2)} s, the engine's helper threads ${fmt(s0.threadCpu.othersMs / 1000, 2)} s` : ''));
      row(`cold index ${small.count.toLocaleString('en')} docs, parallel (as the extension does)`, `${fmt(smallWall / 1000, 2)} s incl. reading`, '—', null);
    }
  }
  row(`cold index ${count.toLocaleString('en')} docs, parallel (as the extension does)`, `${fmt(wall / 1000, 2)} s incl. reading (${fmt(serialMs / wall, 2)}× vs 1 thread)`, '< 2 s', wall < 2000);
  row(`peak heap, parallel cold index ${count.toLocaleString('en')} docs`, `${fmt(r0.peakHeapMB, 0)} MB (RSS ${fmt(r0.peakRssMB, 0)} MB)`, '< 300 MB', r0.peakHeapMB < 300);
  row('a request waits, parallel cold index (after 1 s)', `p99 ${fmt(percentile(results.map((r) => r.waits.afterFirstSecond.p99), 50), 1)} ms, longest ${fmt(Math.max(...results.map((r) => r.waits.afterFirstSecond.max)), 1)} ms`, '—', null);
  out();
  return wall / 1000;
}

interface CacheWriteFigures { documents: number; entities: number; cached: number; bytes: number; writeMs: number; writeCpuMs: number; plainBytes: number; plainWriteMs: number; plainWriteCpuMs: number; error?: string }
interface CacheLoadFigures {
  documents: number; entities: number; loaded: number; rest: number; wallMs: number; statMs: number; readCheckMs: number; decodeApplyMs: number;
  cpuMs: number; peakHeapMB: number; peakRssMB: number; retainedHeapMB: number; listenerCalls: number; listenerMs: number; diagnosed: number; waits: LoopWaits; error?: string;
}

function indexCache(dir: string, count: number): void {
  out('## Index cache (src/core/corpus/indexCache.ts): written after a cold index, loaded at the next start (fresh process, main thread)');
  const file = path.join(benchDir, 'cache', 'index-cache.bin');
  const w = child<CacheWriteFigures>('cacheBench.js', ['write', dir, file], ['--expose-gc']);
  if (w.error) throw new Error(w.error.split('\n')[0]);
  const plainFile = file.replace(/\.bin$/, '-without-postings.bin');
  const loads: CacheLoadFigures[] = [];
  const plainLoads: CacheLoadFigures[] = [];
  // In turns, with the postings and without (the file the extension writes at shutdown).
  for (let i = 0; i < (quick ? 1 : 3); i++) {
    loads.push(child<CacheLoadFigures>('cacheBench.js', ['load', dir, file], ['--expose-gc']));
    plainLoads.push(child<CacheLoadFigures>('cacheBench.js', ['load', dir, plainFile], ['--expose-gc']));
  }
  for (const l of [loads[0], plainLoads[0]]) if (l.error) throw new Error(l.error.split('\n')[0]);
  const wall = percentile(loads.map((l) => l.wallMs), 50);
  const plainWall = percentile(plainLoads.map((l) => l.wallMs), 50);
  const l0 = loads[0];
  out(`${count.toLocaleString('en')} docs, ${w.entities} entities: cache file ${fmt(w.bytes / MB, 1)} MB (${w.cached} documents) with the postings, written in ${fmt(w.writeMs, 0)} ms (CPU ${fmt(w.writeCpuMs, 0)} ms; stamps checked, temp file, fsync, rename); ` +
    `without them (as at shutdown) ${fmt(w.plainBytes / MB, 1)} MB in ${fmt(w.plainWriteMs, 0)} ms (CPU ${fmt(w.plainWriteCpuMs, 0)} ms)`);
  out(`warm start: ${l0.loaded} documents loaded, ${l0.rest} to read; wall median ${fmt(wall, 0)} ms over ${loads.length} run${loads.length > 1 ? 's' : ''} ` +
    `(stat every file ${fmt(l0.statMs, 0)} ms, read + check ${fmt(l0.readCheckMs, 0)} ms, decode + put in ${fmt(l0.decodeApplyMs, 0)} ms; CPU incl. gc threads ${fmt(l0.cpuMs, 0)} ms)`);
  out(`  from the file without the postings, document by document: wall median ${fmt(plainWall, 0)} ms (decode + setResult ${fmt(plainLoads[0].decodeApplyMs, 0)} ms; peak heap ${fmt(Math.max(...plainLoads.map((l) => l.peakHeapMB)), 0)} MB)`);
  out(`  the diagnostics: ${l0.listenerCalls} announcement(s), ${l0.diagnosed} documents diagnosed, ${fmt(l0.listenerMs, 0)} ms in all (included in the wall time)`);
  out(`  memory: peak heap ${fmt(Math.max(...loads.map((l) => l.peakHeapMB)), 0)} MB, peak RSS ${fmt(Math.max(...loads.map((l) => l.peakRssMB)), 0)} MB, heap retained after gc ${fmt(l0.retainedHeapMB, 0)} MB`);
  out(`  what a request to the thread waits meanwhile (a 5 ms timer's lateness, ${loads.length} run(s)): ${waitsLine(loads)}`);
  row(`warm start from the index cache, ${count.toLocaleString('en')} docs`, `${fmt(wall / 1000, 2)} s (cache ${fmt(w.bytes / MB, 0)} MB, peak heap ${fmt(l0.peakHeapMB, 0)} MB)`, '< 1 s', wall < 1000);
  row('a request waits, warm start', `p99 ${fmt(percentile(loads.map((l) => l.waits.all.p99), 50), 1)} ms, longest ${fmt(Math.max(...loads.map((l) => l.waits.all.max)), 1)} ms`, '—', null);
  row('warm start, a cache written without the postings (at shutdown)', `${fmt(plainWall / 1000, 2)} s`, '—', null);
  // The start runs in the extension host, whose Node is not the bench's: the same loads under it.
  const node = editorNode();
  if (node) {
    const hostLoads: CacheLoadFigures[] = [];
    for (let i = 0; i < (quick ? 1 : 3); i++) hostLoads.push(child<CacheLoadFigures>('cacheBench.js', ['load', dir, file], ['--expose-gc'], {}, node));
    if (hostLoads[0].error) throw new Error(hostLoads[0].error.split('\n')[0]);
    const hostWall = percentile(hostLoads.map((l) => l.wallMs), 50);
    const version = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
    out(`under the extension host's Node ${version}: wall median ${fmt(hostWall, 0)} ms over ${hostLoads.length} run${hostLoads.length > 1 ? 's' : ''} (decode + put in ${fmt(hostLoads[0].decodeApplyMs, 0)} ms; peak heap ${fmt(Math.max(...hostLoads.map((l) => l.peakHeapMB)), 0)} MB); a request waits: ${waitsLine(hostLoads)}`);
    row(`warm start from the index cache, ${count.toLocaleString('en')} docs, extension host's Node ${version}`, `${fmt(hostWall / 1000, 2)} s`, '< 1 s', hostWall < 1000);
  }
  out();
}

/** `indexSecs`: our cold index as the extension does it (the parallel run, reading included). */
function ripgrep(dir: string, indexSecs: number): void {
  out('## ripgrep over the same 10,000 documents (citation-code pattern, counting matches)');
  const pattern = String.raw`\d{1,4}-[A-ZĐ][A-Za-zĐđ]{0,3}/[A-ZĐ]{1,8}|\d{1,4}/(\d{4}/)?[A-ZĐ]{1,5}-[A-ZĐ][A-Za-z0-9Đđ]{1,6}`;
  const probe = spawnSync('rg', ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    out('rg not installed (apt-get install ripgrep)');
    row('ripgrep ratio (index / rg)', 'rg not installed', '≤ 5×', null);
    out();
    return;
  }
  const times: number[] = [];
  let matches = 0;
  for (let i = 0; i < (quick ? 2 : 7); i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync('rg', ['--count-matches', '--no-filename', '--no-messages', '-e', pattern, dir], { encoding: 'utf8', maxBuffer: 64 * MB });
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    matches = r.stdout.split('\n').filter(Boolean).reduce((a, b) => a + Number(b), 0);
  }
  const t = summarize(times.slice(1)); // the first run warms the page cache, like our read does
  const ratio = indexSecs / (t.median / 1000);
  out(`${probe.stdout.split('\n')[0]}: ${matches} matches; wall ${ms(t, 1)}; ${os.cpus().length} CPUs`);
  out(`our cold index / rg = ${fmt(ratio, 1)}×`);
  row('ripgrep scan, 10,000 docs', `${fmt(t.median, 0)} ms`, 'reference', null);
  row('index time / ripgrep time', `${fmt(ratio, 1)}×`, '≤ 5×', ratio <= 5);
  out();
}

/**
 * `host`: the run under the extension host's Node (code-server's), where the providers run in the
 * editor; its rows are named so. The bench's own Node runs the other.
 */
function incrementalAndLookups(r: FullResult, host = false): void {
  const under = host ? `, extension host's Node ${r.node}` : '';
  out(`## Incremental re-index and provider lookups at 10,000 documents, under ${host ? `the extension host's Node ${r.node} (code-server's: the one the providers run on in the editor)` : `Node ${r.node}`}`);
  out(`on the index as the extension holds it after its cold index (results in the workers' compact form, file texts not kept): heap ${fmt(r.heapForLookupsMB, 0)} MB after gc`);
  out(`re-index one edited document (set() with a sentence added, and back; half cite what the file cites, half the corpus's most cited document): ${ms(r.incremental, 3)}`);
  out(`  the first ${r.incremental.first.n} after the index, timed apart (the edit path's code runs for the first time): median ${fmt(r.incremental.first.median, 3)} ms, max ${fmt(r.incremental.first.max, 3)} ms`);
  out(`  citing what the file cites: ${ms(r.incremental.sameCitations, 3)}`);
  out(`  citing the most cited document: ${ms(r.incremental.mostCited, 3)}`);
  row(`re-index one edited document${under}`, `p99 ${fmt(r.incremental.p99, 3)} ms (median ${fmt(r.incremental.median, 3)}; first ${r.incremental.first.n}: max ${fmt(r.incremental.first.max, 1)})`, 'p99 < 5 ms', r.incremental.p99 < 5);
  const rp = r.lookups.referencesPerRequest;
  out(`mentions returned per references request: median ${rp.median}, p99 ${rp.p99}, max ${rp.max}`);
  for (const name of ['hover', 'definition', 'references'] as const) {
    const f = r.lookups[name];
    out(`${name}:`);
    out(`  first request after indexing: ${us(f.first)}`);
    out(`  repeated (cached):            ${us(f.cached)}`);
    if (name === 'references') {
      const ws = r.lookups.referencesWorkingSet;
      const fits = ws.locations <= KEPT_ITEMS ? 'all of them are kept' : 'the least recently asked are rebuilt';
      out(`    (the provider keeps the Locations of answers of ≥ 64 mentions, ${KEPT_ITEMS.toLocaleString('en')} in all; the ${ws.keys} keys probed have ${ws.locations.toLocaleString('en')}: ${fits})`);
    }
    out(`  just after editing its file:  ${us(f.afterEdit)}`);
    const worst = Math.max(f.first.p99, f.afterEdit.p99);
    row(`${name} p99 (uncached / after edit)${under}`, `${fmt(f.first.p99, 0)} / ${fmt(f.afterEdit.p99, 0)} µs (cached ${fmt(f.cached.p99, 0)} µs)`, '< 1000 µs', worst < 1000);
  }
  const bySize = r.lookups.referencesBySize;
  out(`references by answer size (first request): answers of ≤ 1,000 locations ${us(bySize.upTo1000)}`);
  out(`  answers of > 10,000 locations (the largest ${bySize.largest.toLocaleString('en')}): ${us(bySize.over10000)}; ` +
    `p99 ${fmt((bySize.over10000.p99 * 1000) / Math.max(1, bySize.largest), 0)} ns per location of the largest`);
  const conv = r.lookups.referencesConverted;
  out(`  the editor's own conversion of the largest answer for the window, after the provider (each location's range read, as its extension host does): ` +
    `median ${fmt(conv.ms.median, 2)} ms, p99 ${fmt(conv.ms.p99, 2)} ms for ${conv.locations.toLocaleString('en')} locations`);
  row(`references p99, answers ≤ 1,000 locations${under}`, `${fmt(bySize.upTo1000.p99, 0)} µs`, '< 1000 µs', bySize.upTo1000.p99 < 1000);
  const cf = r.conflicted;
  if (cf) {
    out(`one citation of ${cf.code} (cited by ${cf.citing.toLocaleString('en')} documents) dated a day off: the diagnostics of the whole corpus ${fmt(cf.fullMs, 0)} ms (${cf.full.toLocaleString('en')} findings); ` +
      `an edit of a document citing it, then its diagnostics: ${ms(cf.edit)}, ${fmt(cf.rediagnosed.median, 0)} document(s) diagnosed again (max ${fmt(cf.rediagnosed.max, 0)})`);
  }
  const fr = r.folderRename;
  if (fr) {
    out(`a folder of ${fr.documents.toLocaleString('en')} documents renamed (all at once, as the extension does): ${fmt(fr.renameAllMs / 1000, 2)} s; ` +
      `then the first Find All References on the most mentioned name (${fr.references.toLocaleString('en')} mentions, its postings merged): ${fmt(fr.firstReadMs, 1)} ms; ` +
      `${fr.oneByOne.toLocaleString('en')} of them renamed one by one: ${fmt(fr.oneByOneMs / 1000, 2)} s (${fmt((fr.oneByOneMs * 1000) / fr.oneByOne, 0)} µs each)`);
  }
  out();
}

// ---- grammar ------------------------------------------------------------------------------------

interface GrammarPass { documents: number; bytes: number; ms: number; lines: number; tokens: number; mbPerSec: number; linesPerSec: number; slowest: { ms: number; length: number } }
interface GrammarResult {
  missing?: string; error?: string; loadMs: number; first: GrammarPass; steady: GrammarPass;
  adversarial: Record<string, { ms: number; maxMs?: number; length: number; stoppedEarly: boolean }>; lineLimitMs: number;
}

function grammar(dir: string): void {
  out('## Grammar: real TextMate engine (vscode-textmate + vscode-oniguruma)');
  try {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    require(path.join(repoRoot, 'scripts', 'build-grammar.js')).buildGrammar(repoRoot);
  } catch (e) {
    out(`the grammar build failed (measuring the last built JSON, if any): ${String(e).split('\n')[0]}`);
  }
  const g = child<GrammarResult>('grammarBench.js', [dir, quick ? '50' : '400']);
  if (g.missing || g.error) {
    out(g.missing ?? g.error);
    row('grammar', g.missing ? 'grammar missing' : 'error', '—', null);
    out();
    return;
  }
  const p = (x: GrammarPass) => `${fmt(x.mbPerSec, 2)} MB/s, ${fmt(x.linesPerSec, 0)} lines/s, ${fmt(x.tokens / (x.ms / 1000) / 1000, 0)}k tokens/s, slowest line ${fmt(x.slowest.ms, 2)} ms (${x.slowest.length} chars)`;
  // What VS Code loads, and oniguruma compiles rule by rule on first use: the size tells the first pass's cost.
  const grammarKB = fs.statSync(path.join(repoRoot, 'syntaxes', 'vankien.tmLanguage.json')).size / 1024;
  out(`grammar (${fmt(grammarKB, 0)} KB of JSON) loaded in ${fmt(g.loadMs, 0)} ms; sample: ${g.steady.documents} documents, ${fmt(g.steady.bytes / MB, 2)} MB, ${g.steady.lines} lines`);
  out(`  first pass (regexes compiling): ${p(g.first)}`);
  out(`  second pass (steady state):     ${p(g.steady)}`);
  row('grammar throughput (steady)', `${fmt(g.steady.mbPerSec, 2)} MB/s, ${fmt(g.steady.linesPerSec, 0)} lines/s`, '—', null);
  out('  adversarial single lines:');
  let worst = 0;
  let worstName = '';
  let worstEditor = 0;
  let worstEditorName = '';
  let worstEditorMax = 0;
  for (const [name, a] of Object.entries(g.adversarial)) {
    const slowestRun = a.maxMs !== undefined ? `, slowest run ${fmt(a.maxMs, 1)} ms` : '';
    out(`    ${name.padEnd(72)} ${fmt(a.ms, 1).padStart(9)} ms  (${a.length} chars${slowestRun}${a.stoppedEarly ? `, STOPPED at the ${g.lineLimitMs} ms limit` : ''})`);
    if (a.ms > worst) [worst, worstName] = [a.ms, name];
    if (a.length <= 20000 && a.ms > worstEditor) [worstEditor, worstEditorName, worstEditorMax] = [a.ms, name, a.maxMs ?? a.ms];
  }
  // The first pass includes oniguruma compiling each rule on first use, a one-off per editor session.
  const corpusWorst = g.steady.slowest.ms;
  // VS Code stops tokenising a line at editor.maxTokenizationLineLength (20,000 characters): beyond it
  // a line is one plain token, so the whole-line time is a linearity check, not what the editor spends.
  const worstLength = g.adversarial[worstName]?.length ?? 0;
  row('adversarial line, whole (linearity check)', `${fmt(worst, 1)} ms for ${worstLength} chars = ${fmt((worst * 1000) / Math.max(1, worstLength), 2)} µs/char (${worstName})`, 'reference', null);
  row('slowest adversarial line ≤ 20,000 chars', `${fmt(worstEditor, 1)} ms, median of its runs (slowest run ${fmt(worstEditorMax, 1)}; ${worstEditorName.replace(/ — .*/, '')})`, '< 50 ms', worstEditor < 50);
  row('grammar JSON size', `${fmt(grammarKB, 0)} KB`, '—', null);
  row('slowest grammar line (corpus, steady)', `${fmt(corpusWorst, 1)} ms (first pass, compiling: ${fmt(g.first.slowest.ms, 1)} ms)`, '< 50 ms', corpusWorst < 50);
  out();
}

// ---- activation ---------------------------------------------------------------------------------

/** A production bundle of `entry` (the options of esbuild.js --production), written beside the corpus so that dist/ is left alone. */
/** The worker bundle as the packaged extension ships it, built once per bench run. */
let workerBuilt: Promise<string> | undefined;
const workerBundle = () => (workerBuilt ??= productionBundle('src/core/corpus/extractWorker.ts', 'extractWorker.js'));

async function productionBundle(entry: string, name: string, external: string[] = []): Promise<string> {
  const outfile = path.join(benchDir, 'dist', name);
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const esbuild = require('esbuild') as typeof import('esbuild');
  await esbuild.build({
    entryPoints: [path.join(repoRoot, entry)], outfile, bundle: true, format: 'cjs', platform: 'node', target: 'node20',
    minify: true, sourcemap: false, external, logLevel: 'silent',
  });
  return outfile;
}

async function activation(): Promise<void> {
  out('## Extension activation (production bundle, plain Node, stand-in vscode module, nothing to index)');
  const outfile = await productionBundle('src/extension.ts', 'extension.js', ['vscode']);
  const size = fs.statSync(outfile).size;
  const runs: Array<{ requireMs: number; activateMs: number; totalMs: number; settledMs: number; subscriptions: number; registrations: number; error?: string }> = [];
  for (let i = 0; i < (quick ? 3 : 15); i++) runs.push(child('activationBench.js', [outfile]));
  const failed = runs.find((r) => r.error);
  out(`bundle dist/extension.js (production build): ${fmt(size / 1024, 1)} KB`);
  row('bundle size dist/extension.js', `${fmt(size / 1024, 1)} KB`, '—', null);
  if (failed) {
    out(`activation failed under the stand-in vscode module: ${failed.error}`);
    row('activation', 'failed (see above)', '< 50 ms', null);
    out();
    return;
  }
  const total = summarize(runs.map((r) => r.totalMs));
  out(`require + activate(): ${ms(total)}; of which require ${fmt(percentile(runs.map((r) => r.requireMs), 50), 2)} ms, activate ${fmt(percentile(runs.map((r) => r.activateMs), 50), 2)} ms (medians)`);
  out(`until the next macrotask (deferred start-up work included): median ${fmt(percentile(runs.map((r) => r.settledMs), 50), 2)} ms`);
  out(`activate() pushed ${runs[0].subscriptions} disposables and made ${runs[0].registrations} registrations`);
  // Judged on the median: with 15 cold processes the p99 is the single worst start, which on a shared
  // machine measures the neighbours more than the extension.
  row('activation (require + activate)', `median ${fmt(total.median, 1)} ms (p99 ${fmt(total.p99, 1)})`, 'median < 50 ms', total.median < 50);
  out();
}

// ---- profile ------------------------------------------------------------------------------------

/** Where the parallel cold index's CPU goes, thread by thread (node --cpu-prof writes one profile per thread). */
function profile(dir: string, count: number): void {
  out(`## Where the cold index spends its time: the parallel run profiled (node --cpu-prof, one ${count.toLocaleString('en')}-document run, self time per thread; the worker loads the compiled modules, not the minified bundle, so that functions keep their names)`);
  const profDir = path.join(benchDir, 'profile');
  fs.rmSync(profDir, { recursive: true, force: true });
  // The worker runs the compiled modules here, not the minified bundle: its functions keep their names and files.
  child('parallelBench.js', [dir, 'columnar'], ['--expose-gc', '--cpu-prof', `--cpu-prof-dir=${profDir}`]);
  // CPU.<date>.<time>.<pid>.<thread id>.<n>.cpuprofile: thread 0 is the main thread.
  const files = fs.readdirSync(profDir).filter((f) => f.endsWith('.cpuprofile')).sort((a, b) => threadOf(a) - threadOf(b));
  if (files.length === 0) {
    out('no profile written');
    return;
  }
  const threads = files.map((f) => ({ file: f, name: threadOf(f) === 0 ? 'main thread' : `worker ${threadOf(f)}`, ...stageTimes(path.join(profDir, f)) }));
  out(`${'stage'.padEnd(20)}${threads.map((t) => t.name.padStart(14)).join('')}${'all threads'.padStart(14)}`);
  for (const stage of STAGES) {
    const all = threads.reduce((a, t) => a + t.stages[stage], 0);
    out(`${stage.padEnd(20)}${threads.map((t) => `${fmt(t.stages[stage], 0)} ms`.padStart(14)).join('')}${`${fmt(all, 0)} ms`.padStart(14)}`);
  }
  out(`${'sampled'.padEnd(20)}${threads.map((t) => `${fmt(t.totalMs, 0)} ms`.padStart(14)).join('')}${`${fmt(threads.reduce((a, t) => a + t.totalMs, 0), 0)} ms`.padStart(14)}`);
  for (const t of threads) {
    out(`${t.name} (${path.relative(repoRoot, path.join(profDir, t.file))}), the hottest functions:`);
    for (const f of hottestFunctions(path.join(profDir, t.file), 8).functions) out(`  ${fmt(f.selfMs, 0).padStart(7)} ms ${fmt(f.share * 100, 1).padStart(5)}%  ${f.name.slice(0, 80)}  ${f.where}`);
  }
  out();
}

const threadOf = (file: string): number => Number(file.split('.')[4]);

// ---- the real editor ----------------------------------------------------------------------------

interface EditorFigures {
  files: number;
  log: string[];
  references: { file: string; count: number; firstRowMs: number; countMs: number } | { error: string };
  /** The extension host's heap after a garbage collection before the extension activates, its start-up over (the editor's own). */
  baselineHeapMB: number;
  /** Whether that heap had stopped growing (false: read after 30 s while it still grew). */
  baselineSettled: boolean;
  /** The extension host's heap after a garbage collection once Find All References has answered. */
  afterReferencesHeapMB: number;
  /** The Node (process.version) the extension host runs. */
  nodeVersion: string;
  /** The CPU each kind of process took in `ms` of the editor waiting, before the first document opens. */
  idle: { ms: number; cpu: EditorRun['cpu'] };
  cold: EditorRun;
  warm: EditorRun;
  error?: string;
}

interface EditorRun {
  documents: number;
  entities: number;
  ms: number;
  /** heapUsed as the extension's log line says it at the end (garbage included). */
  heapMB: number;
  /** null when the extension host's memory could not be read. */
  rssMB: number | null;
  /** Read through the extension host's inspector (bench/inspector.ts): the highest sampled (NaN: sampling failed), and after a collection. */
  peakHeapMB: number;
  retainedHeapMB: number;
  /** What a request to the extension host waited meanwhile, in ms (a 5 ms timer's lateness in the host): over the run, and from the files' listing on. */
  waits?: { all: Summary; indexing: Summary };
  /** CPU seconds of each kind of process of the bench's own tree, over `cpuMs` from opening the file (or reloading the window) to the log's line being read. */
  cpu: { extensionHost: number; codeServer: number; chromium: number; bench: number; other: number };
  cpuMs: number;
}

/** Where the machine's CPU went during an editor run, by kind of process (seconds). */
const cpuLine = (cpu: EditorRun['cpu']): string =>
  `extension host ${fmt(cpu.extensionHost, 2)} s, code-server's other processes ${fmt(cpu.codeServer, 2)} s, Chromium ${fmt(cpu.chromium, 2)} s, this bench ${fmt(cpu.bench, 2)} s, other ${fmt(cpu.other, 2)} s`;

async function inTheEditor(dir: string, count: number): Promise<void> {
  out(`## In the real editor: the packaged extension in code-server (headless Chromium), ${count.toLocaleString('en')} documents`);
  const pack = spawnSync('npm', ['run', '--silent', 'package'], { cwd: repoRoot, encoding: 'utf8' });
  if (pack.status !== 0) throw new Error(`npm run package failed: ${(pack.stderr || pack.stdout).trim().split('\n').slice(-3).join(' ')}`);
  const r = child<EditorFigures>('editorBench.js', [dir, path.join(repoRoot, 'vankien.vsix')], INSPECTOR_NODE_FLAGS);
  if (r.error) throw new Error(r.error.split('\n')[0]);
  const heap = (run: EditorRun) => !Number.isFinite(run.peakHeapMB) ? `heap at its end ${fmt(run.heapMB, 0)} MB (log; the inspector's samples failed)` :
    `heap peak ${fmt(run.peakHeapMB, 0)} MB, ${fmt(run.retainedHeapMB, 0)} MB after a garbage collection (${fmt(run.retainedHeapMB - r.baselineHeapMB, 0)} MB over the editor's own)`;
  out(`cold index (the extension's own log: listing the files, reading, extracting, indexing; code-server and the browser share the 2 CPUs): ${fmt(r.cold.ms / 1000, 2)} s; extension host ${heap(r.cold)}, RSS after it ${r.cold.rssMB === null ? 'unread' : `${fmt(r.cold.rssMB, 0)} MB`}; CPU over the ${fmt(r.cold.cpuMs / 1000, 2)} s from opening the document (activation included) to the log's line: ${cpuLine(r.cold.cpu)}`);
  out(`warm start after a window reload (a new extension host; the index cache): ${fmt(r.warm.ms / 1000, 2)} s; ${heap(r.warm)}, RSS ${r.warm.rssMB === null ? 'unread' : `${fmt(r.warm.rssMB, 0)} MB`}; CPU over the ${fmt(r.warm.cpuMs / 1000, 2)} s from the reload to the log's line (the window loading again too; the extension host it replaces, which ends meanwhile, not counted): ${cpuLine(r.warm.cpu)}`);
  const waitsOf = (w: EditorRun['waits']) =>
    w ? `from the files' listing on (the window's load, the built-in extensions' start, the activation and the open document come before it) median ${fmt(w.indexing.median, 1)} ms, p99 ${fmt(w.indexing.p99, 1)} ms, longest ${fmt(w.indexing.max, 0)} ms; over the whole run median ${fmt(w.all.median, 1)} ms, p99 ${fmt(w.all.p99, 1)} ms, longest ${fmt(w.all.max, 0)} ms` : 'unread';
  out(`what a request to the extension host (a hover) waited, a 5 ms timer's lateness in the host: during the cold index ${waitsOf(r.cold.waits)}; during the warm start ${waitsOf(r.warm.waits)}`);
  out(`the editor waiting ${fmt(r.idle.ms / 1000, 0)} s before the first document opens (its start-up over, nothing indexing), CPU: ${cpuLine(r.idle.cpu)}`);
  out(`the extension host's heap is read through its inspector, sampled every 25 ms while indexing and collected once the cache is written; before the extension activates, once its start-up is over, it holds ${fmt(r.baselineHeapMB, 0)} MB (the editor's API and built-in extensions${r.baselineSettled ? '' : '; still growing after 30 s'}). the extension host runs code-server's Node ${r.nodeVersion}, the other sections Node ${process.version}`);
  // The same parallel cold index as above, outside the editor, under the extension host's Node: how
  // much of the difference in heap is the V8 version's and how much the editor's.
  const node = editorNode();
  if (node) {
    const worker = await workerBundle();
    const p = child<ParallelFigures>('parallelBench.js', [dir, 'columnar', String(workerCount()), worker], ['--expose-gc'], {}, node);
    if (p.error) out(`the parallel cold index under Node ${r.nodeVersion}: failed: ${p.error.split('\n')[0]}`);
    else out(`the parallel cold index above, under the extension host's Node ${r.nodeVersion} (outside the editor): wall ${fmt(p.wallMs / 1000, 2)} s, peak heap ${fmt(p.peakHeapMB, 0)} MB, heap retained after gc ${fmt(p.retainedHeapMB, 0)} MB` +
      (p.threadCpu ? `; CPU: the main thread ${fmt(p.threadCpu.mainMs / 1000, 2)} s, the worker thread(s) ${fmt(p.threadCpu.workersMs / 1000, 2)} s, the engine's helper threads ${fmt(p.threadCpu.othersMs / 1000, 2)} s` : ''));
  }
  const refs = r.references;
  if ('error' in refs) out(`Find All References on the most mentioned name: ${refs.error}`);
  else {
    out(`Find All References (Shift+F12) on the most mentioned name, in ${refs.file}: the peek's first row after ${fmt(refs.firstRowMs, 0)} ms, its count (${refs.count.toLocaleString('en')} references) after ${fmt(refs.countMs, 0)} ms (the provider's own part is the "references" figure above); ` +
      `the extension host's heap after it, collected: ${fmt(r.afterReferencesHeapMB, 0)} MB (${fmt(r.afterReferencesHeapMB - r.cold.retainedHeapMB, 1)} MB more, the answer kept for the next ask)`);
  }
  out('the extension\'s log:');
  for (const line of r.log) out(`  ${line}`);
  row(`cold index ${count.toLocaleString('en')} docs, in the editor`, `${fmt(r.cold.ms / 1000, 2)} s (${r.cold.documents} documents)`, '< 2 s', r.cold.ms < 2000);
  row(`warm start ${count.toLocaleString('en')} docs, in the editor`, `${fmt(r.warm.ms / 1000, 2)} s`, '—', null);
  if (r.cold.waits) row('a request waits, cold index in the editor', `p99 ${fmt(r.cold.waits.indexing.p99, 1)} ms, longest ${fmt(r.cold.waits.indexing.max, 0)} ms`, '—', null);
  if (r.warm.waits) row('a request waits, warm start in the editor', `p99 ${fmt(r.warm.waits.indexing.p99, 1)} ms, longest ${fmt(r.warm.waits.indexing.max, 0)} ms`, '—', null);
  if (Number.isFinite(r.cold.peakHeapMB)) {
    row(`peak heap, cold index ${count.toLocaleString('en')} docs, in the editor`, `${fmt(r.cold.peakHeapMB, 0)} MB (after gc ${fmt(r.cold.retainedHeapMB, 0)} MB)`, '< 300 MB', r.cold.peakHeapMB < 300);
    // What of it is over the extension host's own heap before the extension activated (its start-up over).
    const ours = r.cold.peakHeapMB - r.baselineHeapMB;
    row(`the same over the editor's own ${fmt(r.baselineHeapMB, 0)} MB`, `${fmt(ours, 0)} MB (after gc ${fmt(r.cold.retainedHeapMB - r.baselineHeapMB, 0)} MB)`, '< 300 MB', ours < 300);
  }
  out();
}

// ---- summary ------------------------------------------------------------------------------------

function summary(): void {
  out('## Summary');
  const w = [0, 0, 0];
  const cells = rows.map((r) => [r.figure, r.value, r.target, r.met === null ? '—' : r.met ? 'met' : 'NOT MET']);
  for (const c of cells) c.slice(0, 3).forEach((s, i) => (w[i] = Math.max(w[i], s.length)));
  const header = ['figure', 'value', 'target'].map((s, i) => s.padEnd(w[i])).join(' | ') + ' | status';
  out(header);
  out('-'.repeat(header.length));
  for (const c of cells) out(c.slice(0, 3).map((s, i) => s.padEnd(w[i])).join(' | ') + ' | ' + c[3]);
}

async function main(): Promise<void> {
  const t0 = Date.now();
  fs.mkdirSync(benchDir, { recursive: true });
  out(`# Văn Kiện benchmarks — Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${fmt(os.totalmem() / 1024 ** 3, 1)} GB RAM${quick ? ' (quick)' : ''}`);
  out();
  const list = corpora();
  const big = list[list.length - 1];
  let runs: IndexRun[] = [];
  let full: FullResult | undefined;
  // One failing measurement (a layer mid-change) must not hide the others.
  const section = async (name: string, run: () => unknown) => {
    try {
      await run();
    } catch (e) {
      out(`${name} failed: ${e instanceof Error ? e.message : String(e)}`);
      row(name, 'failed (see above)', '—', null);
      out();
    }
  };
  await section('cold index', () => ({ runs, full } = indexFigures(list)));
  const cold10k = runs.find((r) => r.count === big.count)?.coldSecs ?? NaN;
  let parallel10k = NaN;
  await section('parallel cold index', async () => (parallel10k = await parallel(runs)));
  await section('index cache', () => indexCache(big.dir, big.count));
  // Against ripgrep: the cold index the extension does (the one-thread run when the parallel one failed).
  await section('ripgrep', () => ripgrep(big.dir, Number.isNaN(parallel10k) ? cold10k : parallel10k));
  await section('incremental and lookups', () => full && incrementalAndLookups(full));
  // The providers run in the extension host, whose Node is not the bench's: the same edits and lookups
  // under it (its V8 collects the young generation differently), when the editor is provisioned.
  await section('incremental and lookups, extension host\'s Node', () => {
    const node = editorNode();
    if (node) incrementalAndLookups(child<FullResult>('indexBench.js', [big.dir, 'full'], ['--expose-gc'], {}, node), true);
    else out(`(the lookups under the extension host's Node are not measured)\n`);
  });
  await section('grammar', () => grammar(big.dir));
  await section('activation', () => activation());
  await section('in the editor', () => inTheEditor(big.dir, big.count));
  if (!(parallel10k < 2) || process.argv.includes('--profile')) {
    // Profiling a slow index at 10,000 documents would double the run; the smaller corpus shows the same functions.
    const target = parallel10k > 30 && !process.argv.includes('--profile') ? list[0] : big;
    await section('profile', () => profile(target.dir, target.count));
  }
  summary();
  out();
  out(`(bench ran ${fmt((Date.now() - t0) / 1000, 0)} s)`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
