// Child process of `npm run bench`: the cold index and the warm start as they happen in the real editor,
// the packaged extension (vankien.vsix) installed in code-server and driven by headless Chromium (the
// e2e harness, test/e2e/). The corpus is copied into a folder named seeds/ (the language association);
// opening one of its files activates the extension, which indexes the folder: the time is the one the
// extension writes to its log ("indexed N documents, M entities in T ms", from the start of the index
// to its end, listing the files included). Then the window is reloaded: a new extension host starts
// and loads the index cache the first one wrote.
import * as fs from 'fs';
import * as path from 'path';
import { Editor } from '../test/e2e/harness';
import { Workbench } from '../test/e2e/workbench';
import { HeapProbe } from './inspector';
import { repoRoot, Summary, summarizeWaits, Waits, writeResult } from './stats';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { freePort, workbenchUrl } = require(path.join(repoRoot, 'scripts', 'editor', 'codeServer.js')) as {
  freePort: () => Promise<number>;
  workbenchUrl: (port: number, folder: string, payload?: [string, string][]) => string;
};
const MiB = 1024 * 1024;

const INDEXED = /indexed (\d+) documents, (\d+) entities in (\d+) ms \(extension host heap (\d+) MB\)/g;
const CACHE_WRITTEN = /index cache: wrote (\d+) documents/g;

/** Every match of `re` in the extension hosts' logs, oldest session first. */
function logMatches(editor: Editor, re: RegExp): RegExpMatchArray[] {
  const out: RegExpMatchArray[] = [];
  for (const f of extensionLogs(editor)) out.push(...fs.readFileSync(f, 'utf8').matchAll(re));
  return out;
}

function extensionLogs(editor: Editor): string[] {
  // The extension's log channel is written under logs/<session>/window*/exthost/<extension id>/.
  return editor.extensionHostLogs().filter((f) => /vankien/i.test(f));
}

/** What a process is, by its command line: the extension host, code-server's other processes, Chromium's, or another. */
function processKind(pid: number, cmdline: string): ProcessKind {
  if (pid === process.pid) return 'bench';
  if (/extensionHost/.test(cmdline)) return 'extensionHost';
  if (/chrom/i.test(cmdline)) return 'chromium';
  if (/code-server/.test(cmdline)) return 'codeServer';
  return 'other';
}

type ProcessKind = 'extensionHost' | 'codeServer' | 'chromium' | 'bench' | 'other';
const CLOCK_TICKS = 100; // USER_HZ, as /proc counts CPU time on Linux
const IDLE_MS = 3000;

interface CpuReading {
  /** When it was read (ms, this process's clock). */
  at: number;
  /** This process and its descendants (code-server, the extension hosts, Chromium): each one's kind and CPU time so far (user and system, seconds). */
  procs: Map<number, { kind: ProcessKind; s: number }>;
}

/** The CPU time so far of this process and every process it started, directly or not, from /proc. */
function processCpu(): CpuReading {
  const all = new Map<number, { ppid: number; kind: ProcessKind; s: number }>();
  for (const p of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = fs.readFileSync(`/proc/${p}/stat`, 'utf8');
      // The fields after the command name in brackets (which may hold spaces), from the state (3rd):
      // the parent is the 4th, user and system time the 14th and 15th.
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const cmdline = fs.readFileSync(`/proc/${p}/cmdline`, 'utf8').replace(/\0/g, ' ');
      all.set(Number(p), { ppid: Number(f[1]), kind: processKind(Number(p), cmdline), s: (Number(f[11]) + Number(f[12])) / CLOCK_TICKS });
    } catch {
      // a process that ended meanwhile
    }
  }
  // Only this process's own tree: another editor or browser on the machine is not this bench's.
  const ours = (pid: number): boolean => {
    for (let p = pid, hops = 0; p > 1 && hops < 64; hops++) {
      if (p === process.pid) return true;
      const next = all.get(p)?.ppid;
      if (next === undefined) return false;
      p = next;
    }
    return false;
  };
  const procs = new Map<number, { kind: ProcessKind; s: number }>();
  for (const [pid, e] of all) if (ours(pid)) procs.set(pid, { kind: e.kind, s: e.s });
  return { at: Date.now(), procs };
}

/**
 * The resident memory (MB) of one process, the extension host the bench probes (not the one a reload
 * replaces, which may still be ending); null when it cannot be read.
 */
function rssMB(pid: unknown): number | null {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${Number(pid)}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/**
 * The CPU seconds each kind of process spent between two readings, and the time between them. A process
 * started between them counts whole; one that ended between them is not counted (the extension host a
 * window reload replaces).
 */
function cpuSpent(before: CpuReading, after: CpuReading): { ms: number; cpu: Record<ProcessKind, number> } {
  const cpu: Record<ProcessKind, number> = { extensionHost: 0, codeServer: 0, chromium: 0, bench: 0, other: 0 };
  for (const [pid, a] of after.procs) cpu[a.kind] += a.s - (before.procs.get(pid)?.s ?? 0);
  return { ms: after.at - before.at, cpu };
}

async function waitForCount(editor: Editor, re: RegExp, count: number, what: string, timeoutMs: number): Promise<RegExpMatchArray[]> {
  const t0 = Date.now();
  for (;;) {
    const found = logMatches(editor, re);
    if (found.length >= count) return found;
    if (Date.now() - t0 > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** The most written name of the corpus, where it is first written: the largest answer Find All References gives. */
const BIG_NAME = 'Hồ Chí Minh';
/** The name as a person's, not inside a place's or a body's ("Thành phố Hồ Chí Minh", "Học viện … Hồ Chí Minh"). */
const PERSON_BIG_NAME = new RegExp(`(?<!(?:phố|Viện|quốc gia|tưởng|Minh|Chủ tịch)\\s)${BIG_NAME}`, 'u');

/**
 * Shift+F12 on the name the corpus mentions most, timed from the key press to the peek's first row and to
 * its count of references (what a person waits for: the provider's work and the editor's own).
 */
async function findAllReferences(wb: Workbench, seeds: string, names: string[]): Promise<{ file: string; count: number; firstRowMs: number; countMs: number } | { error: string }> {
  for (const name of names) {
    const text = fs.readFileSync(path.join(seeds, name), 'utf8');
    const at = text.search(PERSON_BIG_NAME);
    if (at < 0) continue;
    const before = text.slice(0, at);
    const line = before.split('\n').length;
    const column = at - before.lastIndexOf('\n') + 2;
    await wb.openFile(name);
    await wb.goTo(line, column);
    const t0 = Date.now();
    await wb.page.keyboard.press('Shift+F12');
    await wb.page.locator('.peekview-widget .monaco-list-row').first().waitFor({ state: 'visible', timeout: 120_000 });
    const firstRowMs = Date.now() - t0;
    const count = await wb.waitFor(async () => {
      const title = (await wb.page.locator('.peekview-widget .peekview-title').first().textContent({ timeout: 2000 })) ?? '';
      // "References (36459)" in this VS Code; "36,459 references" in others.
      const m = /references?\s*\(([\d.,\s]+)\)|([\d.,]+)\s+references?/i.exec(title);
      return m ? Number((m[1] ?? m[2]).replace(/\D/g, '')) : undefined;
    }, 'the references count', 120_000);
    const countMs = Date.now() - t0;
    await wb.page.keyboard.press('Escape');
    return { file: name, count, firstRowMs, countMs };
  }
  return { error: `no "${BIG_NAME}" in the corpus` };
}

/**
 * The extension host's heap after a garbage collection once it stops growing: the built-in extensions
 * go on activating for some seconds after the workbench shows (its heap grows from about 18 MB to 45 MB
 * here), and that is the editor's, not ours. Read every second until it changed by less than 1 MB over
 * two seconds in a row; after 30 s, the last reading, said to be unsettled.
 */
async function settledHeap(probe: HeapProbe): Promise<{ bytes: number; settled: boolean }> {
  let last = await probe.retained();
  let calm = 0;
  for (const t0 = Date.now(); calm < 2 && Date.now() - t0 < 30_000; ) {
    await new Promise((r) => setTimeout(r, 1000));
    const now = await probe.retained();
    calm = Math.abs(now - last) < MiB ? calm + 1 : 0;
    last = now;
  }
  return { bytes: last, settled: calm >= 2 };
}

/**
 * The extension host's waits (HeapProbe.waits) over a whole run, and while the folder indexes: from the
 * extension's log line that says it listed the files (`from`, clock time) to the end. Before it come the
 * window's (re)load, the built-in extensions' start, the activation and the open document's extraction
 * (the engine's code loaded and compiled).
 */
function waitFigures(w: Waits, from: number): { all: Summary; indexing: Summary } {
  // A wait is the time before its turn came: one that ended after `from` counts only for its part after it.
  const during = w.late.map((l, i) => Math.min(l, w.wall + w.at[i] - from)).filter((l) => l >= 0);
  return { all: summarizeWaits(w.late), indexing: summarizeWaits(during) };
}

/** The clock times of the extension's "indexing N files" lines (VS Code's log writes local time). */
function listedAt(log: string[]): number[] {
  return log.filter((l) => /\] indexing \d+ files/.test(l)).map((l) => new Date(l.slice(0, 23).replace(' ', 'T')).getTime());
}

async function main(): Promise<void> {
  const [dir, vsix] = process.argv.slice(2);
  const editor = await Editor.start(vsix);
  try {
    const ws = path.join(editor.tmp, 'user', 'corpus');
    const seeds = path.join(ws, 'seeds');
    fs.mkdirSync(seeds, { recursive: true });
    const names = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
    for (const f of names) fs.copyFileSync(path.join(dir, f), path.join(seeds, f));
    // The extension host starts with its inspector on: its heap is read there (bench/inspector.ts).
    const inspectPort = await freePort();
    const { context, page } = await editor.open(ws, [['inspect-extensions', String(inspectPort)]]);
    const wb = new Workbench(page);
    await wb.ready();
    let probe = await HeapProbe.connect(inspectPort);
    const coldHost = await probe.evaluate('process.pid');
    const nodeVersion = String(await probe.evaluate('process.version'));
    // The extension activates on its first document: what the extension host holds before that is
    // the editor's own (its API, the built-in extensions), once its start-up is over.
    const { bytes: baseline, settled: baselineSettled } = await settledHeap(probe);
    // The editor's own use of the CPU while it waits (the workbench shown, nothing opened): what each
    // kind of process takes in 3 s, beside which to read what it takes while the extension indexes.
    // The heap is sampled through the extension host's inspector from here, the wait included, so that
    // the wait's CPU is read as the index's is.
    let sampler = probe.sample();
    let cpu0 = processCpu();
    await new Promise((r) => setTimeout(r, IDLE_MS));
    const cpuIdle = cpuSpent(cpu0, processCpu());
    cpu0 = processCpu();
    let waits = await probe.waits();
    await wb.openFile(names[0]);
    const timeout = 10 * 60_000;
    const cold = (await waitForCount(editor, INDEXED, 1, 'the cold index', timeout))[0];
    const cpuCold = cpuSpent(cpu0, processCpu());
    const rawCold = await waits.stop();
    const peakCold = await sampler.stop();
    const rssCold = rssMB(coldHost);
    await waitForCount(editor, CACHE_WRITTEN, 1, 'the index cache to be written', timeout);
    const retainedCold = await probe.retained();
    const references = await findAllReferences(wb, seeds, names);
    // What the extension keeps of that answer for the next ask (the locations, see ListMapper).
    const retainedAfterReferences = await probe.retained();
    probe.close();
    // A reload starts a new extension host; the file reopens, the extension activates and starts from the cache.
    // The window loads again with a port of its own for the new host's inspector: the old host may hold
    // the first one while it shuts down.
    const warmPort = await freePort();
    cpu0 = processCpu();
    await page.goto(workbenchUrl(editor.port, ws, [['inspect-extensions', String(warmPort)]]));
    probe = await HeapProbe.connect(warmPort);
    const warmHost = await probe.evaluate('process.pid');
    if (warmHost === coldHost) throw new Error('the reloaded window kept its extension host');
    sampler = probe.sample();
    waits = await probe.waits();
    await wb.ready();
    const warm = (await waitForCount(editor, INDEXED, 2, 'the warm start', timeout))[1];
    const cpuWarm = cpuSpent(cpu0, processCpu());
    const rawWarm = await waits.stop();
    const peakWarm = await sampler.stop();
    const rssWarm = rssMB(warmHost);
    const retainedWarm = await probe.retained();
    probe.close();
    await context.close();
    const log = extensionLogs(editor).map((f) => fs.readFileSync(f, 'utf8')).join('').split('\n').filter((l) => /index|loaded|worker/.test(l));
    const [coldListed = NaN, warmListed = NaN] = listedAt(log);
    const waitsCold = waitFigures(rawCold, coldListed);
    const waitsWarm = waitFigures(rawWarm, warmListed);
    writeResult({
      log,
      files: names.length,
      references,
      baselineHeapMB: baseline / MiB,
      baselineSettled,
      idle: cpuIdle,
      afterReferencesHeapMB: retainedAfterReferences / MiB,
      nodeVersion,
      cold: { documents: Number(cold[1]), entities: Number(cold[2]), ms: Number(cold[3]), heapMB: Number(cold[4]), rssMB: rssCold, peakHeapMB: peakCold / MiB, retainedHeapMB: retainedCold / MiB, cpu: cpuCold.cpu, cpuMs: cpuCold.ms, waits: waitsCold },
      warm: { documents: Number(warm[1]), entities: Number(warm[2]), ms: Number(warm[3]), heapMB: Number(warm[4]), rssMB: rssWarm, peakHeapMB: peakWarm / MiB, retainedHeapMB: retainedWarm / MiB, cpu: cpuWarm.cpu, cpuMs: cpuWarm.ms, waits: waitsWarm },
    });
  } finally {
    await editor.close();
  }
}

main().catch((e) => writeResult({ error: String(e && e.stack ? e.stack : e) }));
