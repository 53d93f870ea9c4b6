// Two builds of the extraction engine side by side, for a change that should make it faster and change
// nothing it finds. Each argument is a compiled tree (the `out/` of `npm run compile`, or of another
// checkout of the repository):
//   node out/bench/compareExtract.js speed <outA> <outB> [rounds]
//     extracts the bench's 1,000 documents with A and B in turns, in one process (so the machine's speed,
//     which varies by the hour, is the same for both), and prints each one's best and median round;
//   node out/bench/compareExtract.js same <outA> <outB> [folder …]
//     extracts every .txt and .md file under the folders (by default the seeds, the test fixtures and the
//     bench's 1,000 documents), as written and decomposed (NFD), with A and B, and prints the files whose
//     results differ (exit code 1 if any does).
import * as fs from 'fs';
import * as path from 'path';
import { benchDir, repoRoot } from './stats';
import type { extract as Extract } from '../src/core/extract/index';

type ExtractFn = typeof Extract;

function engine(out: string): ExtractFn {
  const file = path.resolve(out, 'src', 'core', 'extract', 'index.js');
  if (!fs.existsSync(file)) throw new Error(`${file} not found: compile that tree first (npm run compile)`);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require(file) as { extract: ExtractFn }).extract;
}

function texts(folder: string, into: { file: string; text: string }[]): void {
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const file = path.join(folder, entry.name);
    if (entry.isDirectory()) texts(file, into);
    else if (/\.(txt|md)$/.test(entry.name)) into.push({ file, text: fs.readFileSync(file, 'utf8') });
  }
}

function corpus1000(): string[] {
  const dir = path.join(benchDir, 'corpus-1000');
  if (!fs.existsSync(dir)) throw new Error(`${dir} not found: npm run bench generates it`);
  return fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
}

function speed(a: ExtractFn, b: ExtractFn, rounds: number): void {
  const docs = corpus1000();
  // Both warmed up first: the rounds compare compiled code, not the compiler.
  for (const f of [a, b]) for (let r = 0; r < 2; r++) for (const t of docs) f(t, { ranges: false });
  const times: [number[], number[]] = [[], []];
  for (let r = 0; r < rounds; r++) {
    // A first in one round, B first in the next.
    const order: Array<[ExtractFn, number[]]> = r % 2 ? [[a, times[0]], [b, times[1]]] : [[b, times[1]], [a, times[0]]];
    for (const [f, into] of order) {
      const t0 = process.hrtime.bigint();
      for (const t of docs) f(t, { ranges: false });
      into.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
  }
  const line = (name: string, ms: number[]) => {
    const sorted = [...ms].sort((x, y) => x - y);
    return `${name}: best ${sorted[0].toFixed(0)} ms, median ${sorted[sorted.length >> 1].toFixed(0)} ms`;
  };
  console.log(`extraction of ${docs.length} documents, one thread, ${rounds} rounds each, in turns`);
  console.log(line('A', times[0]));
  console.log(line('B', times[1]));
}

function same(a: ExtractFn, b: ExtractFn, folders: string[]): number {
  const all: { file: string; text: string }[] = [];
  for (const f of folders) texts(f, all);
  let compared = 0;
  const differ: string[] = [];
  for (const { file, text } of all) {
    for (const [form, t] of [['as written', text], ['NFD', text.normalize('NFD')]] as const) {
      compared++;
      if (JSON.stringify(a(t)) !== JSON.stringify(b(t))) differ.push(`${path.relative(repoRoot, file)} (${form})`);
    }
  }
  console.log(`${compared} texts compared (${all.length} files, as written and in NFD): ${differ.length} differ`);
  for (const d of differ) console.log(`  ${d}`);
  return differ.length ? 1 : 0;
}

function main(): void {
  const [mode, outA, outB, ...rest] = process.argv.slice(2);
  if ((mode !== 'speed' && mode !== 'same') || !outA || !outB) {
    console.error('usage: compareExtract.js speed <outA> <outB> [rounds] | same <outA> <outB> [folder …]');
    process.exitCode = 2;
    return;
  }
  const a = engine(outA);
  const b = engine(outB);
  if (mode === 'speed') speed(a, b, Number(rest[0] ?? 12));
  else {
    const folders = rest.length ? rest : [path.join(repoRoot, 'seeds'), path.join(repoRoot, 'test', 'fixtures'), path.join(benchDir, 'corpus-1000')];
    process.exitCode = same(a, b, folders);
  }
}

main();
