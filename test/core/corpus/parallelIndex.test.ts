// The parallel cold index (worker threads + compact results) must build exactly the index a
// single-threaded build of the same files gives, lose no document when a worker fails, and stop its
// workers when cancelled.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CorpusIndex } from '../../../src/core/corpus/corpusIndex';
import { FileOutcome, processFile } from '../../../src/core/corpus/extractWorker';
import { CorpusFile, indexFilesParallel, IndexLog, mainShouldHelp, workerCount, workersPay } from '../../../src/core/corpus/parallelIndex';
import { readFileForIndex } from '../../../src/core/corpus/readPolicy';
import { decodeOutcomes, encodeOutcomes } from '../../../src/core/corpus/resultCodec';
import { extract } from '../../../src/core/extract';
import { lineStarts } from '../../../src/core/text/lines';
import { readSeed, seedFiles } from '../../paths';
import { corpusFolder, indexView, MAX, WORKER } from './corpusFolder';


function recordingLog(): IndexLog & { lines: string[] } {
  const lines: string[] = [];
  return { lines, info: (m) => lines.push('info ' + m), warn: (m) => lines.push('warn ' + m), error: (m) => lines.push('error ' + m) };
}

/** The seeds, 300 generated documents, one with a look-alike code, one binary file. */
function parallelFolder(): { dir: string; files: CorpusFile[] } {
  const dir = corpusFolder('vankien-parallel-', 300, 12345);
  const files = fs.readdirSync(dir).sort().map((f) => ({ key: 'file://' + path.join(dir, f), path: path.join(dir, f) }));
  return { dir, files };
}

function singleThreaded(files: CorpusFile[]): CorpusIndex {
  const index = new CorpusIndex();
  for (const f of files) {
    const o = readFileForIndex(f.path, MAX);
    if (o.text !== null) index.set(f.key, o.text);
  }
  return index;
}

describe('parallel cold index', function () {
  this.timeout(120000);
  let folder: { dir: string; files: CorpusFile[] };
  before(() => (folder = parallelFolder()));

  /**
   * The corpus indexed by workers that run `lines` before the real worker script (in a temporary file,
   * removed after): a worker made to fail in a given way.
   */
  async function runWithWorker(lines: string[], options: { workers: number; mainHelps?: boolean; stallMs?: number; workerHeapMb?: number; batchSize?: number; suspects?: ReadonlySet<string>; onLeftOut?(key: string): void }) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vankien-worker-'));
    const script = path.join(dir, 'worker.js');
    fs.writeFileSync(script, [...lines, `require(${JSON.stringify(WORKER)});`].join('\n'));
    try {
      const index = new CorpusIndex();
      const log = recordingLog();
      const stats = await indexFilesParallel(index, folder.files, { workerScript: script, maxBytes: MAX, batchSize: 16, log, ...options }).done;
      return { stats, log, index };
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  after(() => fs.rmSync(folder.dir, { recursive: true, force: true }));

  it('the compact form rebuilds exactly what extract() returned, on the seeds and generated documents', () => {
    const outcomes: FileOutcome[] = folder.files.map((f) => processFile(f.key, f.path, MAX));
    assert.ok(outcomes.some((o) => o.result === null), 'the binary file is skipped');
    assert.ok(outcomes.some((o) => o.text !== null), 'the look-alike file sends its text');
    for (let i = 0; i < outcomes.length; i += 37) {
      const batch = outcomes.slice(i, i + 37);
      assert.deepStrictEqual(decodeOutcomes(encodeOutcomes(batch)), batch);
    }
    for (const s of seedFiles()) {
      const text = readSeed(s);
      const r = extract(text, { ranges: false });
      assert.ok(r.entities.length > 0, s);
      const sent: FileOutcome = { key: s, warnings: [], result: r, text: null, lines: lineStarts(text), error: null };
      const [back] = decodeOutcomes(encodeOutcomes([sent]));
      assert.deepStrictEqual(back, sent, s);
      // What the index makes of it: every entity with the range extract() gives when asked for ranges.
      const index = new CorpusIndex();
      index.setResult(s, back.result!, undefined, back.lines!);
      assert.deepStrictEqual(index.entitiesWithRanges(s), extract(text).entities, s);
    }
  });

  it('workers (and the main thread) build the index a single thread builds', async () => {
    assert.ok(workersPay(folder.files));
    const expected = indexView(singleThreaded(folder.files));
    for (const format of ['columnar', 'json'] as const) {
      for (const mainHelps of [true, undefined]) {
        const index = new CorpusIndex();
        const log = recordingLog();
        let last = 0;
        const stats = await indexFilesParallel(index, folder.files, { workerScript: WORKER, maxBytes: MAX, workers: 2, batchSize: 16, format, mainHelps, log, onProgress: (d) => (last = d) }).done;
        assert.strictEqual(stats.workers, 2);
        assert.strictEqual(stats.workerFailures, 0, log.lines.join('\n'));
        if (mainHelps) assert.ok(stats.byWorkers > 0 && stats.byWorkers < folder.files.length, 'the workers and the main thread extracted');
        else assert.strictEqual(stats.byWorkers, folder.files.length, 'a corpus this small is left to the workers');
        assert.strictEqual(last, folder.files.length);
        assert.ok(log.lines.some((l) => l.startsWith('warn') && l.includes('binary.txt')), 'the read policy speaks through the log');
        assert.deepStrictEqual(indexView(index), expected, `${format}, the main thread ${mainHelps ? 'helping' : 'not helping'}`);
      }
    }
  });

  it("the main thread helps the workers on a corpus large enough to pay for compiling the engine a second time", () => {
    assert.ok(!mainShouldHelp(1000, 1) && !mainShouldHelp(5999, 1));
    assert.ok(mainShouldHelp(6000, 1) && mainShouldHelp(10_000, 1));
    assert.ok(!mainShouldHelp(10_000, 4) && mainShouldHelp(15_000, 4), 'among more workers its share is smaller');
  });

  it('results go into the index in uri order, whoever extracted them and in whatever order the files came', async () => {
    const shuffled = folder.files.slice().reverse();
    for (const workers of [0, 1, 2]) {
      for (const mainHelps of [true, undefined]) {
        const applied: string[] = [];
        const index = new CorpusIndex();
        await indexFilesParallel(index, shuffled, { workerScript: WORKER, maxBytes: MAX, workers, batchSize: 16, mainHelps, onApplied: (o) => applied.push(o.key) }).done;
        assert.deepStrictEqual(applied, folder.files.map((f) => f.key), `${workers} worker(s), the main thread ${mainHelps ? 'helping' : 'as it decides'}`);
      }
    }
  });

  it('tells the index\'s listeners of the run in a few announcements, not one per document', async () => {
    const index = new CorpusIndex();
    const announced = new Set<string>();
    let calls = 0;
    index.onDidChange((c) => {
      calls++;
      for (const u of c.uris) announced.add(u);
    });
    await indexFilesParallel(index, folder.files, { workerScript: WORKER, maxBytes: MAX, workers: 1, batchSize: 16 }).done;
    assert.ok(calls >= 1 && calls <= 20, `${calls} announcements for ${folder.files.length} files`);
    assert.deepStrictEqual([...announced].sort(), [...index.documents()].map((d) => d.uri).sort());
  });

  it('the main thread puts results in a slice at a time: one file with no time for a slice, whole pieces with all the time', async () => {
    // Each turn puts in what fits in `sliceMs` (one file at least) and tells the progress; the index is
    // the same whatever the slice.
    const expected = indexView(singleThreaded(folder.files));
    const told = async (sliceMs: number) => {
      const index = new CorpusIndex();
      const progress: number[] = [];
      await indexFilesParallel(index, folder.files, { workerScript: WORKER, maxBytes: MAX, workers: 1, batchSize: 16, sliceMs, mainHelps: true, onProgress: (d) => progress.push(d) }).done;
      assert.deepStrictEqual(indexView(index), expected, `sliceMs ${sliceMs}`);
      return progress;
    };
    const n = folder.files.length;
    assert.deepStrictEqual(await told(0), folder.files.map((_, i) => i + 1), 'one file a turn, in order');
    // With all the time, a turn puts in every piece ready in order: a worker's batch of 16, or the main
    // thread's piece of at most 8 files.
    const wide = await told(1e9);
    assert.ok(wide.length <= Math.ceil(n / 8) + Math.ceil(n / 16), `${wide.length} turns for ${n} files`);
    assert.strictEqual(wide[wide.length - 1], n);
  });

  it('a worker that cannot run loses no document: its files are extracted on the main thread', async () => {
    const broken = path.join(folder.dir, 'broken-worker.js');
    fs.writeFileSync(broken, "throw new Error('cannot load');\n");
    try {
      const index = new CorpusIndex();
      const log = recordingLog();
      const stats = await indexFilesParallel(index, folder.files, { workerScript: broken, maxBytes: MAX, workers: 1, mainHelps: false, log }).done;
      assert.strictEqual(stats.workerFailures, 1);
      assert.ok(log.lines.some((l) => l.startsWith('error') && l.includes('cannot load')), log.lines.join('\n'));
      assert.deepStrictEqual(indexView(index), indexView(singleThreaded(folder.files.filter((f) => !f.path.endsWith('broken-worker.js')))));
    } finally {
      fs.rmSync(broken);
    }
  });

  it("a worker whose answers fall out of step with its string table is stopped, and its files are indexed all the same", async () => {
    // A worker that encodes its second batch and then loses it (it answers that batch as JSON): its table
    // holds strings the main thread never received, so its next compact answer cannot be read right.
    const codec = JSON.stringify(path.join(path.dirname(WORKER), 'resultCodec.js'));
    const { stats, log, index } = await runWithWorker([
      `const codec = require(${codec});`,
      'const encode = codec.encodeOutcomes;',
      'let calls = 0;',
      "codec.encodeOutcomes = (out, sent) => { const b = encode(out, sent); if (++calls === 2) throw new Error('lost after encoding'); return b; };",
    ], { workers: 1, mainHelps: false });
    assert.ok(stats.workerFailures >= 1, `${stats.workerFailures} worker failures`);
    assert.ok(log.lines.some((l) => l.startsWith('error') && l.includes('out of order')), log.lines.join('\n'));
    assert.deepStrictEqual(indexView(index), indexView(singleThreaded(folder.files)));
  });

  it('one of two workers dying mid-run: the other takes its batches, and the main thread, left out on a corpus this small, still is', async () => {
    // Of two workers, the first to send its second answer dies (it claims a marker file, which the other
    // then cannot): in batches of 4 files, that is far from the run's end, whichever starts first. It
    // dies at once, from the answer's own call: a death put off to setImmediate waited behind the
    // batches that kept coming, and a worker fed without a pause did the whole run alive.
    const marker = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'vankien-dies-')), 'died');
    const { stats, log, index } = await runWithWorker([
      "const wt = require('worker_threads');",
      "const fs = require('fs');",
      'const post = wt.parentPort.postMessage.bind(wt.parentPort);',
      'let answers = 0;',
      'wt.parentPort.postMessage = (m, t) => {',
      '  post(m, t);',
      '  if (m.ready || m.alive || ++answers !== 2) return;',
      `  try { fs.writeFileSync(${JSON.stringify(marker)}, '', { flag: 'wx' }); } catch { return; }`,
      "  throw new Error('died after two answers');",
      '};',
    ], { workers: 2, batchSize: 4 });
    fs.rmSync(path.dirname(marker), { recursive: true, force: true });
    assert.strictEqual(stats.workers, 2);
    assert.strictEqual(stats.workerFailures, 1, log.lines.join('\n'));
    assert.ok(log.lines.some((l) => l.startsWith('error') && l.includes('died after two answers')), log.lines.join('\n'));
    assert.strictEqual(stats.byWorkers, folder.files.length, 'every file extracted by a worker');
    assert.deepStrictEqual(indexView(index), indexView(singleThreaded(folder.files)));
  });

  /** Worker script lines: reading a file whose name matches `pattern` first busy-waits `ms` (forever: Infinity). */
  const slowOn = (pattern: RegExp, ms: number) => [
    `const policy = require(${JSON.stringify(path.join(path.dirname(WORKER), 'readPolicy.js'))});`,
    'const read = policy.readFileForIndex;',
    `policy.readFileForIndex = (p, max) => { if (${pattern}.test(p)) { const t = Date.now(); while (Date.now() - t < ${ms}); } return read(p, max); };`,
  ];

  it('a worker stuck on a file is stopped and replaced; the file is left out with a message, never tried on the main thread', async () => {
    // In the first batch, which goes to the worker as it starts, before the main thread takes any.
    const stuck = folder.files[8];
    const pattern = new RegExp(path.basename(stuck.path).replace(/[.]/g, '\\.') + '$');
    const told: string[] = [];
    const { stats, log, index } = await runWithWorker(slowOn(pattern, Infinity), { workers: 1, mainHelps: true, stallMs: 1500, onLeftOut: (k) => told.push(k) });
    assert.deepStrictEqual(told, [stuck.key], 'told as it happened');
    // Stuck on its batch, then again on that file alone: two stalls, the second leaves the file out.
    assert.strictEqual(stats.stalls, 2, log.lines.join('\n'));
    assert.strictEqual(stats.stalledFiles, 1);
    assert.ok(stats.workers >= 2, `${stats.workers} workers: the first and its replacement at least`);
    assert.deepStrictEqual(stats.leftOut, [stuck.key]);
    assert.ok(log.lines.some((l) => l.startsWith('error') && l.includes('tried again one by one')), log.lines.join('\n'));
    assert.ok(log.lines.some((l) => l.startsWith('error') && l.includes(stuck.key) && l.includes('left out')), log.lines.join('\n'));
    assert.ok(log.lines.some((l) => l.startsWith('warn') && l.includes(stuck.key) && l.includes('did not finish within 1.5 s')), log.lines.join('\n'));
    // The main thread, helping, would have read the file without trouble: it is not in the index.
    assert.strictEqual(index.get(stuck.key), undefined);
    assert.deepStrictEqual(indexView(index), indexView(singleThreaded(folder.files.filter((f) => f !== stuck))));
  });

  it('a file that makes a worker run out of memory stops only that worker; it is left out, never tried on the main thread', async () => {
    const greedy = folder.files[5];
    const { stats, log, index } = await runWithWorker([
      `const policy = require(${JSON.stringify(path.join(path.dirname(WORKER), 'readPolicy.js'))});`,
      'const read = policy.readFileForIndex;',
      `policy.readFileForIndex = (p, max) => { if (p === ${JSON.stringify(greedy.path)}) { const all = []; for (;;) all.push({ at: all.length }); } return read(p, max); };`,
    ], { workers: 1, mainHelps: true, workerHeapMb: 64 });
    assert.strictEqual(stats.stalls, 2, log.lines.join('\n'));
    assert.strictEqual(stats.stalledFiles, 1);
    assert.deepStrictEqual(stats.leftOut, [greedy.key]);
    assert.ok(log.lines.some((l) => l.startsWith('error') && l.includes('out of memory on a batch of 16 file(s)')), log.lines.join('\n'));
    assert.ok(log.lines.some((l) => l.startsWith('warn') && l.includes(greedy.key) && l.includes('ran out of memory')), log.lines.join('\n'));
    assert.strictEqual(index.get(greedy.key), undefined);
    assert.deepStrictEqual(indexView(index), indexView(singleThreaded(folder.files.filter((f) => f !== greedy))));
  });

  it('with no worker left to try them, the files of a stalled batch are left out, and the main thread indexes the rest', async () => {
    // The replacement cannot start: the script fails when loaded a second time.
    const marker = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'vankien-marker-')), 'loaded');
    const stuck = folder.files[8];
    const pattern = new RegExp(path.basename(stuck.path).replace(/[.]/g, '\\.') + '$');
    try {
      const { stats, log, index } = await runWithWorker([
        "const fs = require('fs');",
        `if (fs.existsSync(${JSON.stringify(marker)})) throw new Error('cannot load again');`,
        `fs.writeFileSync(${JSON.stringify(marker)}, '');`,
        ...slowOn(pattern, Infinity),
      ], { workers: 1, mainHelps: false, stallMs: 1500 });
      assert.strictEqual(stats.stalls, 1, log.lines.join('\n'));
      const batch = folder.files.slice(0, 16);
      assert.strictEqual(stats.stalledFiles, batch.length);
      assert.deepStrictEqual(stats.leftOut, [], 'none of them stopped a worker on its own');
      assert.ok(log.lines.some((l) => l.startsWith('error') && l.includes('cannot load again')), log.lines.join('\n'));
      assert.strictEqual(log.lines.filter((l) => l.startsWith('error') && l.includes('as no extraction worker is left to try it')).length, batch.length);
      assert.deepStrictEqual(indexView(index), indexView(singleThreaded(folder.files.slice(batch.length))));
    } finally {
      fs.rmSync(path.dirname(marker), { recursive: true, force: true });
    }
  });

  it('a worker that never gets to load its script failed to start: no file is blamed, the main thread extracts them all', async () => {
    const { stats, log, index } = await runWithWorker(['for (;;);'], { workers: 1, mainHelps: false, stallMs: 1500 });
    assert.strictEqual(stats.stalls, 0, log.lines.join('\n'));
    assert.strictEqual(stats.workerFailures, 1);
    assert.ok(log.lines.some((l) => l.startsWith('error') && l.includes('not started within 1.5 s')), log.lines.join('\n'));
    assert.strictEqual(stats.byWorkers, 0);
    assert.deepStrictEqual(indexView(index), indexView(singleThreaded(folder.files)));
  });

  it('a main thread held for longer than the allowance does not take the answers waiting for it for silence', async () => {
    // The second result to go in holds the main thread for 2.5 s; the worker answers meanwhile. One
    // result a turn (sliceMs 0): the second goes in on a turn of its own, after which the event loop
    // runs its timers before it reads the messages waiting.
    let calls = 0;
    let held = false;
    const accept = () => {
      if (++calls === 2) {
        held = true;
        const t = Date.now();
        while (Date.now() - t < 2500);
      }
      return true;
    };
    const index = new CorpusIndex();
    const log = recordingLog();
    const stats = await indexFilesParallel(index, folder.files, { workerScript: WORKER, maxBytes: MAX, workers: 1, mainHelps: false, batchSize: 16, sliceMs: 0, stallMs: 1500, accept, log }).done;
    assert.ok(held);
    assert.strictEqual(stats.stalls, 0, log.lines.join('\n'));
    assert.strictEqual(stats.workerFailures, 0);
    assert.deepStrictEqual(indexView(index), indexView(singleThreaded(folder.files)));
  });

  it('a file known to have stopped a worker goes alone, to workers only: left out at its first stall; the others around it go in', async () => {
    const stuck = folder.files[20];
    const fine = folder.files[21];
    const pattern = new RegExp(path.basename(stuck.path).replace(/[.]/g, '\\.') + '$');
    const { stats, log, index } = await runWithWorker(slowOn(pattern, Infinity), { workers: 1, mainHelps: true, stallMs: 1500, suspects: new Set([stuck.key, fine.key]) });
    assert.strictEqual(stats.stalls, 1, log.lines.join('\n'));
    assert.deepStrictEqual(stats.leftOut, [stuck.key]);
    assert.ok(log.lines.some((l) => l.startsWith('error') && l.includes(`${stuck.key} kept it busy for over 1.5 s`)), log.lines.join('\n'));
    assert.strictEqual(index.get(stuck.key), undefined);
    assert.ok(index.get(fine.key), 'a suspect that goes well goes in');
    assert.deepStrictEqual(indexView(index), indexView(singleThreaded(folder.files.filter((f) => f !== stuck))));
  });

  it("an editor's buffer of a file is extracted as it is, not the file on disk; one that stops the worker is left out, never tried on the main thread", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vankien-buffer-'));
    const script = path.join(dir, 'worker.js');
    // Extraction of a text holding "TREO" never ends: what a buffer that stops the worker does.
    const onDemand = path.join(path.dirname(WORKER), '..', 'extract', 'onDemand.js');
    fs.writeFileSync(script, [
      `const onDemand = require(${JSON.stringify(onDemand)});`,
      'const extract = onDemand.extract;',
      "onDemand.extract = (text, options) => { if (text.includes('TREO')) for (;;); return extract(text, options); };",
      `require(${JSON.stringify(WORKER)});`,
    ].join('\n'));
    try {
      const [a, b] = folder.files;
      const edited = 'Văn bản đang sửa: thực hiện Chỉ thị số 99-CT/TW.\nKết luận số 01-KL/TW.';
      const files = [{ ...a, text: edited }, { ...b, text: `TREO ${edited}` }];
      const index = new CorpusIndex();
      const log = recordingLog();
      const stats = await indexFilesParallel(index, files, { workerScript: script, maxBytes: MAX, workers: 1, mainHelps: true, stallMs: 1500, suspects: new Set(files.map((f) => f.key)), log }).done;
      assert.deepStrictEqual(stats.leftOut, [b.key], log.lines.join('\n'));
      assert.strictEqual(index.get(b.key), undefined, 'the main thread, which would not hang, never took it');
      const expected = new CorpusIndex();
      expected.set(a.key, edited);
      assert.deepStrictEqual(indexView(index), indexView(expected));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a worker slow on every file of its batch, but saying it is alive between them, is left to finish', async () => {
    // 8 files of 400 ms each: one batch takes 3.2 s, over twice the allowance of silence.
    const slow = folder.files.slice(0, 8).map((f) => path.basename(f.path).replace(/[.]/g, '\\.'));
    const { stats, log, index } = await runWithWorker(slowOn(new RegExp(`(?:${slow.join('|')})$`), 400), { workers: 1, mainHelps: false, stallMs: 1500 });
    assert.strictEqual(stats.stalls, 0, log.lines.join('\n'));
    assert.strictEqual(stats.workerFailures, 0);
    assert.strictEqual(stats.byWorkers, folder.files.length);
    assert.deepStrictEqual(indexView(index), indexView(singleThreaded(folder.files)));
  });

  it('an editor buffer wins over the disk: a refused key is left to its owner', async () => {
    const index = new CorpusIndex();
    const held = folder.files[0].key;
    index.set(held, 'Văn bản đang sửa: Chỉ thị số 99-CT/TW.');
    await indexFilesParallel(index, folder.files, { workerScript: WORKER, maxBytes: MAX, workers: 1, accept: (k) => k !== held }).done;
    assert.deepStrictEqual(index.get(held)!.entities.map((e) => e.key), extract('Văn bản đang sửa: Chỉ thị số 99-CT/TW.').entities.map((e) => e.key));
    assert.strictEqual(index.documentCount, folder.files.length - 1); // the binary file stays out
  });

  it('cancelling stops the workers and indexes nothing more', async () => {
    const index = new CorpusIndex();
    const run = indexFilesParallel(index, folder.files, { workerScript: WORKER, maxBytes: MAX, workers: 2 });
    run.cancel();
    const stats = await run.done;
    assert.strictEqual(stats.cancelled, true);
    const count = index.documentCount;
    assert.ok(count < folder.files.length);
    await new Promise((r) => setTimeout(r, 200));
    assert.strictEqual(index.documentCount, count);
  });

  it('uses one core fewer than the machine has, between 1 and 4, and pays only on large folders', () => {
    const n = workerCount();
    assert.ok(n >= 1 && n <= 4);
    assert.strictEqual(workersPay(folder.files.slice(0, 3)), false);
  });
});
