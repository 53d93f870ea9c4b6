// Reads a V8 .cpuprofile (node --cpu-prof) and lists where the time went: self time per function.
import * as fs from 'fs';
import * as path from 'path';
import { repoRoot } from './stats';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface HotFunction {
  name: string;
  where: string;
  selfMs: number;
  share: number;
}

/** Self time per function of a profile (microseconds), with the profile's total. */
function selfTimes(file: string): { totalUs: number; functions: { name: string; where: string; us: number }[] } {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
  const selfUs = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) selfUs.set(samples[i], (selfUs.get(samples[i]) ?? 0) + (deltas[i + 1] ?? deltas[i] ?? 0));
  const byFunction = new Map<string, { name: string; where: string; us: number }>();
  let total = 0;
  for (const node of profile.nodes) {
    const us = selfUs.get(node.id) ?? 0;
    total += us;
    const { functionName, url, lineNumber } = node.callFrame;
    const file = url.startsWith('file://') ? path.relative(repoRoot, url.slice(7)) : url || '(native)';
    const where = `${file}:${lineNumber + 1}`;
    const id = `${functionName}|${where}`;
    const entry = byFunction.get(id) ?? { name: functionName || '(anonymous)', where, us: 0 };
    entry.us += us;
    byFunction.set(id, entry);
  }
  return { totalUs: total, functions: [...byFunction.values()] };
}

export function hottestFunctions(file: string, top = 15): { totalMs: number; functions: HotFunction[] } {
  const { totalUs, functions } = selfTimes(file);
  return {
    totalMs: totalUs / 1000,
    functions: functions
      .sort((a, b) => b.us - a.us)
      .slice(0, top)
      .map((f) => ({ name: f.name, where: f.where, selfMs: f.us / 1000, share: totalUs ? f.us / totalUs : 0 })),
  };
}

/** The stages of a cold index, as the functions' files tell them apart. */
export const STAGES = ['reading', 'extracting', 'compact form', 'filling the index', 'diagnostics', 'garbage collection', 'waiting', 'other'] as const;
export type Stage = (typeof STAGES)[number];

function stageOf(name: string, where: string): Stage {
  if (name === '(garbage collector)') return 'garbage collection';
  if (name === '(idle)') return 'waiting';
  if (/src\/core\/(extract|text|catalog)\//.test(where) || name.startsWith('RegExp:')) return 'extracting';
  if (/resultCodec/.test(where)) return 'compact form';
  if (/diagnosticScope/.test(where)) return 'diagnostics';
  if (/src\/core\/corpus\/(corpusIndex|postings|termSplit|fold|knownNames|lookalikes|terms)\./.test(where)) return 'filling the index';
  if (/readPolicy|node:fs|node:internal\/(fs|encoding)/.test(where) || /^(read|open|close|stat|fstat|readFileUtf8|decode|decodeUTF8|createUnsafeBuffer|allocUnsafe)$/.test(name)) return 'reading';
  return 'other';
}

/** Milliseconds of self time per stage in one profile (one thread). */
export function stageTimes(file: string): { totalMs: number; stages: Record<Stage, number> } {
  const { totalUs, functions } = selfTimes(file);
  const stages = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;
  for (const f of functions) stages[stageOf(f.name, f.where)] += f.us / 1000;
  return { totalMs: totalUs / 1000, stages };
}
