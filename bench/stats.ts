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

/**
 * What a request to this thread (a hover, in the extension host) waits while a bulk operation runs: a
 * timer of 5 ms set again at each of its turns, and how late each turn comes. `stop()` gives the waits
 * over the whole run, and over the run after its first second, once the engine's code is compiled (the
 * extension has it compiled by then: it extracts the open documents first).
 */
export function loopWaits(): { stop: () => { all: Summary; afterFirstSecond: Summary } } {
  const EVERY_MS = 5;
  const start = nowMs();
  const all: number[] = [];
  const later: number[] = [];
  let due = start + EVERY_MS;
  let timer: NodeJS.Timeout | undefined;
  const tick = () => {
    const now = nowMs();
    const late = Math.max(0, now - due);
    all.push(late);
    if (now - start > 1000) later.push(late);
    due = now + EVERY_MS;
    timer = setTimeout(tick, EVERY_MS);
  };
  timer = setTimeout(tick, EVERY_MS);
  return {
    stop: () => {
      clearTimeout(timer);
      const empty: Summary = { n: 0, median: 0, p99: 0, max: 0 };
      return { all: all.length ? summarize(all) : empty, afterFirstSecond: later.length ? summarize(later) : empty };
    },
  };
}
