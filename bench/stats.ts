// Small helpers shared by the benchmark scripts: percentiles, units, and the child-process protocol.
import * as path from 'path';
import * as fs from 'fs';

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

export interface Summary {
  n: number;
  median: number;
  p99: number;
  max: number;
}

export function summarize(values: number[]): Summary {
  return { n: values.length, median: percentile(values, 50), p99: percentile(values, 99), max: Math.max(...values) };
}

export const MB = 1024 * 1024;

export function fmt(n: number, digits = 2): string {
  if (!Number.isFinite(n)) return String(n);
  return n.toFixed(digits);
}

/** The repository root, found from wherever the compiled script runs (out/bench/...). */
export const repoRoot: string = (() => {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error('package.json not found above ' + __dirname);
    dir = up;
  }
  return dir;
})();

export const benchDir = path.join(repoRoot, '.bench');

/** Children write their figures as JSON to the path given in VANKIEN_BENCH_OUT. */
export function writeResult(result: unknown): void {
  const out = process.env.VANKIEN_BENCH_OUT;
  if (out) fs.writeFileSync(out, JSON.stringify(result));
  else console.log(JSON.stringify(result, null, 2));
}

export function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

/** The memory figures every bench child reports at its end, in MB. */
export interface MemoryFigures {
  peakHeapMB: number;
  peakRssMB: number;
  /** The heap after a full collection: what the measured work keeps. */
  retainedHeapMB: number;
  baseHeapMB: number;
}

/**
 * Peak heap and RSS from a gc'd baseline: call `sample()` now and then during the work, and `closing()`
 * at its end; the peak RSS also takes the process's own maximum, which catches what sampling misses.
 */
export function memoryPeaks(): { sample: () => void; closing: () => MemoryFigures } {
  gc?.();
  const base = process.memoryUsage();
  let heap = base.heapUsed;
  let rss = base.rss;
  const sample = () => {
    const m = process.memoryUsage();
    if (m.heapUsed > heap) heap = m.heapUsed;
    if (m.rss > rss) rss = m.rss;
  };
  const peaks = () => ({ heap, rss: Math.max(rss, process.resourceUsage().maxRSS * 1024) });
  // A last sample, then a full collection for what stays.
  const closing = (): MemoryFigures => {
    sample();
    gc?.();
    const after = process.memoryUsage();
    const p = peaks();
    return { peakHeapMB: p.heap / MB, peakRssMB: p.rss / MB, retainedHeapMB: after.heapUsed / MB, baseHeapMB: base.heapUsed / MB };
  };
  return { sample, closing };
}

/** `global.gc` when node runs with --expose-gc (the bench's child processes do, the profiled run does not). */
export const gc: (() => void) | undefined = (globalThis as { gc?: () => void }).gc;

/** The waits a `lateness()` probe noted: how late each turn came (ms), when (ms from its start), and its start's clock time. */
export interface Waits {
  late: number[];
  at: number[];
  wall: number;
}

/**
 * What a request to this thread (a hover, in the extension host) waits meanwhile: a timer of 5 ms set
 * again at each of its turns, noting how late each turn comes, until `stop()`. Self-contained, as
 * HeapProbe.waits runs its source in the extension host.
 */
export function lateness(): Waits & { stop: () => void } {
  const EVERY_MS = 5;
  const start = performance.now();
  let due = start + EVERY_MS;
  let timer = setTimeout(tick, EVERY_MS);
  const probe = { late: [] as number[], at: [] as number[], wall: Date.now(), stop: () => clearTimeout(timer) };
  function tick(): void {
    const now = performance.now();
    probe.late.push(Math.max(0, now - due));
    probe.at.push(now - start);
    due = now + EVERY_MS;
    timer = setTimeout(tick, EVERY_MS);
  }
  return probe;
}

/** A summary of waits (all zero when there are none). */
export function summarizeWaits(late: number[]): Summary {
  return late.length ? summarize(late) : { n: 0, median: 0, p99: 0, max: 0 };
}

/**
 * The waits of this thread while a bulk operation runs (see lateness): over the whole run, and after
 * its first second, once the engine's code is compiled (the extension has it compiled by then: it
 * extracts the open documents first).
 */
export function loopWaits(): { stop: () => { all: Summary; afterFirstSecond: Summary } } {
  const probe = lateness();
  return {
    stop: () => {
      probe.stop();
      return { all: summarizeWaits(probe.late), afterFirstSecond: summarizeWaits(probe.late.filter((_, i) => probe.at[i] > 1000)) };
    },
  };
}
