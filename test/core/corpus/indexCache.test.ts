// The on-disk index cache: what it loads must be exactly the index a fresh extraction of the same files
// builds; a file changed since (size or mtime) is extracted again and its new content wins; a deleted
// file is not loaded; a truncated, damaged, foreign or older cache is ignored without touching the
// index; and a write that fails never leaves a partial file in place of the previous cache.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CorpusIndex } from '../../../src/core/corpus/corpusIndex';
import {
  CACHE_FORMAT, CachedDocument, cacheFingerprint, cacheParts, DiskOutcomes, EXTRACTOR_VERSION, keepUnchanged, loadFromCache, parseIndexCache, readIndexCache, stampFiles, stampFilesSliced,
  StampedFile, statStamp, writeIndexCache, writeIndexCacheSync,
} from '../../../src/core/corpus/indexCache';
import type { FileOutcome } from '../../../src/core/corpus/extractWorker';
import { indexFilesParallel } from '../../../src/core/corpus/parallelIndex';
import { readFileForIndex } from '../../../src/core/corpus/readPolicy';
import { encodeOutcomes } from '../../../src/core/corpus/resultCodec';
import { corpusFolder, indexView, MAX, WORKER } from './corpusFolder';

const FP = cacheFingerprint({ extensionVersion: '1.2.3', maxBytes: MAX });

/** The seeds, 200 generated documents, one with a look-alike code, one binary file. */
const cacheFolder = (): string => corpusFolder('vankien-cache-', 200, 4242);

function stampedFiles(dir: string): StampedFile[] {
  const names = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  return stampFiles(names.map((f) => ({ key: 'file://' + path.join(dir, f), path: path.join(dir, f) }))).stamped;
}

/** The index a fresh extraction of the files on disk builds, one file at a time. */
function fresh(files: readonly StampedFile[]): CorpusIndex {
  const index = new CorpusIndex();
  for (const f of files) {
    const o = readFileForIndex(f.path, MAX);
    if (o.text !== null) index.set(f.key, o.text);
  }
  return index;
}

/** The cold index as the extension builds it (workers), remembering each disk outcome with its stamp. */
async function coldWithOutcomes(files: readonly StampedFile[], bothThreads = true, format: 'columnar' | 'json' = 'columnar'): Promise<{ index: CorpusIndex; outcomes: DiskOutcomes }> {
  const index = new CorpusIndex();
  const outcomes = new DiskOutcomes();
  const byKey = new Map(files.map((f) => [f.key, f]));
  const onApplied = (o: FileOutcome) => outcomes.recordOutcome(byKey.get(o.key)!, o);
  const stats = await indexFilesParallel(index, files, { workerScript: WORKER, maxBytes: MAX, workers: 1, batchSize: 16, format, onApplied, mainHelps: bothThreads }).done;
  if (bothThreads) assert.ok(stats.byWorkers > 0 && stats.byWorkers < files.length, 'both the worker and the main thread extracted');
  return { index, outcomes };
}

async function loadInto(index: CorpusIndex, file: string, files: readonly StampedFile[]) {
  const read = await readIndexCache(file, FP);
  assert.strictEqual(read.status, 'ok', read.status === 'invalid' ? read.reason : read.status);
  return loadFromCache(index, (read as Extract<typeof read, { status: 'ok' }>).cache, files);
}

/** A cache whose postings were made after one document lost an entity, once its batch was written: they do not fit. */
function misfitCache(docs: readonly CachedDocument[]): Buffer {
  const copies = docs.map((d) => ({ ...d, outcome: { ...d.outcome, result: { ...d.outcome.result!, entities: [...d.outcome.result!.entities] } } }));
  const parts: Buffer[] = [];
  let frames = 0;
  for (const part of cacheParts(FP, copies, 64, true)) {
    if (part === undefined) continue;
    parts.push(part);
    // The header, then the batches: once all are out, a document loses an entity before the postings are made.
    if (++frames === 1 + Math.ceil(copies.length / 64)) copies[7].outcome.result.entities.pop();
  }
  return Buffer.concat(parts);
}

/** The cache's checksum (FNV-1a over 32-bit words), for a frame damaged on purpose. */
function fnv1a(words: Int32Array): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < words.length; i++) h = Math.imul(h ^ words[i], 16777619);
  return h >>> 0;
}

const tempFiles = (dir: string) => fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'));

describe('index cache', function () {
  this.timeout(120000);
  let dir: string;
  let cacheDir: string;
  let files: StampedFile[];
  let cold: CorpusIndex;
  let docs: CachedDocument[];

  before(async () => {
    dir = cacheFolder();
    cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vankien-cache-store-'));
    files = stampedFiles(dir);
    const built = await coldWithOutcomes(files);
    cold = built.index;
    docs = built.outcomes.snapshot();
  });
  after(() => {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(cacheDir, { recursive: true, force: true });
  });

  /** Loads `file` into a new index: every file but the binary one comes from it, the index the cold one. */
  async function loadsAsCold(file: string) {
    const index = new CorpusIndex();
    const r = await loadInto(index, file, files);
    assert.strictEqual(r.loaded.length, files.length - 1);
    assert.deepStrictEqual(indexView(index), indexView(cold));
    return r;
  }

  it('round trip: loading the cache builds exactly the index a fresh extraction builds', async () => {
    // The postings as the cold index holds them (the extension's writes give it).
    const file = path.join(cacheDir, 'round-trip.bin');
    const written = await writeIndexCache(file, FP, docs, { batchSize: 32, index: cold });
    assert.strictEqual(written.documents, files.length - 1, 'every file but the binary one is cached');
    assert.strictEqual(written.bytes, fs.statSync(file).size);
    const expected = indexView(fresh(files));
    assert.deepStrictEqual(indexView(cold), expected, 'the recorded cold index is the fresh one');
    const index = new CorpusIndex();
    const announced: string[][] = [];
    index.onDidChange((c) => announced.push(c.uris));
    const r = await loadInto(index, file, files);
    assert.ok(announced.length >= 1 && announced.length <= 20, `the listeners heard of the load in ${announced.length} announcements, not one per document`);
    assert.deepStrictEqual(announced.flat().sort(), r.loaded.map((d) => d.key).sort());
    assert.deepStrictEqual(r.rest.map((f) => path.basename(f.path)), ['binary.txt'], 'only the uncached binary file is left to read');
    assert.strictEqual(r.loaded.length, files.length - 1);
    assert.strictEqual(r.postingsFit, true, 'the postings went in as held');
    assert.ok(index.lookalikesIn(files.find((f) => f.path.endsWith('lookalike.txt'))!.key).length > 0, 'the look-alike check survives the cache');
    assert.deepStrictEqual(indexView(index), expected);
  });

  it('outcomes that came from workers as JSON (line starts as plain arrays) are cached the same', async () => {
    const { outcomes } = await coldWithOutcomes(files, true, 'json');
    const file = path.join(cacheDir, 'json.bin');
    await writeIndexCache(file, FP, outcomes.snapshot());
    await loadsAsCold(file);
  });

  it('the synchronous writer writes the same bytes, without the postings; a file without them loads the same, document by document', async () => {
    const a = path.join(cacheDir, 'async.bin');
    const b = path.join(cacheDir, 'sync.bin');
    const c = path.join(cacheDir, 'async-postings.bin');
    await writeIndexCache(a, FP, docs, { postings: false });
    writeIndexCacheSync(b, FP, docs);
    await writeIndexCache(c, FP, docs);
    assert.ok(fs.readFileSync(a).equals(fs.readFileSync(b)));
    const without = parseIndexCache(fs.readFileSync(b), FP);
    const withPostings = parseIndexCache(fs.readFileSync(c), FP);
    assert.ok(without.status === 'ok' && !without.cache.hasPostings);
    assert.ok(withPostings.status === 'ok' && withPostings.cache.hasPostings);
    const r = await loadsAsCold(b);
    assert.ok(!r.postingsFit, 'no postings to put in: the file is worth writing again');
  });

  it('postings that do not fit the documents the file holds: the documents go in one by one, the same', async () => {
    // The postings made after the frames, from documents changed in between: a mention fewer in one.
    const file = path.join(cacheDir, 'misfit.bin');
    fs.writeFileSync(file, misfitCache(docs));
    const read = parseIndexCache(fs.readFileSync(file), FP);
    assert.ok(read.status === 'ok' && read.cache.hasPostings);
    const r = await loadsAsCold(file);
    assert.strictEqual(r.postingsFit, false, 'postings that do not fit: the file is worth writing again');
  });

  it('a file changed since (size, or only mtime) is extracted again and its new content wins; a deleted file is not loaded', async () => {
    const file = path.join(cacheDir, 'changed.bin');
    const work = cacheFolder();
    try {
      const moved = stampedFiles(work);
      await writeIndexCache(file, FP, (await coldWithOutcomes(moved)).outcomes.snapshot(), { batchSize: 50 });
      // Change one file's text, only the mtime of another, delete a third.
      const [edited, touched, deleted] = [moved[3], moved[10], moved[20]];
      fs.appendFileSync(edited.path, '\nTheo Nghị quyết số 99-NQ/TW ngày 1/2/2023 của Bộ Chính trị, đồng chí Nguyễn Văn Thử, Bí thư Tỉnh ủy, chủ trì.\n');
      const later = new Date(touched.mtimeMs + 5000);
      fs.utimesSync(touched.path, later, later);
      fs.rmSync(deleted.path);
      const now = moved.filter((f) => f !== deleted).map((f) => ({ ...f, ...statStamp(f.path)! }));
      assert.strictEqual(now.find((f) => f.key === touched.key)!.size, touched.size, 'the touched file keeps its size');
      const index = new CorpusIndex();
      const r = await loadInto(index, file, now);
      assert.deepStrictEqual(r.rest.map((f) => f.key).sort(), [edited.key, touched.key, moved.find((f) => f.path.endsWith('binary.txt'))!.key].sort());
      assert.ok(!index.has(deleted.key), 'the deleted file is not loaded');
      assert.ok(!index.has(edited.key) && !index.has(touched.key), 'changed files are left to extraction');
      for (const f of r.rest) {
        const o = readFileForIndex(f.path, MAX);
        if (o.text !== null) index.set(f.key, o.text);
      }
      assert.ok(index.referencesOf(index.get(edited.key)!.entities.find((e) => e.text.includes('99-NQ/TW'))!.key).some((m) => m.uri === edited.key), 'the new content wins');
      assert.deepStrictEqual(indexView(index), indexView(fresh(now)));
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
  });

  it('its batches share one string table: a batch none of whose files is loaded still gives its strings to the next', async () => {
    const file = path.join(cacheDir, 'skipped.bin');
    const work = cacheFolder();
    try {
      const before = stampedFiles(work);
      const written = (await coldWithOutcomes(before)).outcomes.snapshot();
      await writeIndexCache(file, FP, written, { batchSize: 5 });
      // Every file of the first batch changed: that batch is not decoded, and the later ones use its strings.
      const first = written.slice(0, 5).map((d) => before.find((f) => f.key === d.key)!);
      for (const f of first) fs.appendFileSync(f.path, '\nThêm một dòng.\n');
      const now = before.map((f) => ({ ...f, ...statStamp(f.path)! }));
      const index = new CorpusIndex();
      const r = await loadInto(index, file, now);
      assert.strictEqual(r.failure, undefined);
      assert.deepStrictEqual(r.rest.map((f) => f.key).sort(), [...first.map((f) => f.key), before.find((f) => f.path.endsWith('binary.txt'))!.key].sort());
      assert.strictEqual(r.loaded.length, written.length - 5);
      for (const f of r.rest) {
        const o = readFileForIndex(f.path, MAX);
        if (o.text !== null) index.set(f.key, o.text);
      }
      assert.deepStrictEqual(indexView(index), indexView(fresh(now)));
      // A string repeated across batches is written once: the file's string tables are much smaller than
      // the batches' own tables would be.
      const bytes = fs.readFileSync(file);
      let inFile = 0;
      for (let pos = bytes.indexOf(10, 20) + 1; bytes.readUInt32LE(pos) !== 0xffffffff; ) {
        const [metaBytes, stringBytes, intCount] = [bytes.readUInt32LE(pos), bytes.readUInt32LE(pos + 4), bytes.readUInt32LE(pos + 8)];
        // The postings' frame (0xfffffffe) has no stamps; its strings are the postings' own.
        const postings = metaBytes === 0xfffffffe;
        if (!postings) inFile += stringBytes;
        pos += 16 + (((postings ? 0 : metaBytes) + stringBytes + 3) & ~3) + intCount * 4;
      }
      let own = 0;
      for (let i = 0; i < written.length; i += 5) own += Buffer.byteLength(encodeOutcomes(written.slice(i, i + 5).map((d) => d.outcome)).strings);
      assert.ok(inFile < own / 2, `${inFile} bytes of strings in the file, ${own} in the batches' own tables`);
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
  });

  it('a truncated, damaged or foreign file, or a cache of another version, is ignored and the index stays untouched', async () => {
    const file = path.join(cacheDir, 'good.bin');
    await writeIndexCache(file, FP, docs, { batchSize: 40 });
    const good = fs.readFileSync(file);
    const bad = (bytes: Uint8Array, fp = FP) => {
      const r = parseIndexCache(bytes, fp);
      assert.strictEqual(r.status, 'invalid');
      return (r as { reason: string }).reason;
    };
    for (const cut of [0, 10, 30, good.length >> 1, good.length - 17, good.length - 16, good.length - 1]) assert.match(bad(good.subarray(0, cut)), /truncated|not an index cache|header|end marker/, `cut at ${cut}`);
    assert.match(bad(Buffer.concat([good, Buffer.from([0, 0, 0, 0])])), /after the end marker|truncated/);
    // One changed byte anywhere in a batch fails its checksum.
    for (const at of [good.length >> 2, good.length >> 1, good.length - 40]) {
      const damaged = Buffer.from(good);
      damaged[at] ^= 0x20;
      assert.match(bad(damaged), /damaged|truncated|end marker/, `byte ${at}`);
    }
    let seed = 7;
    const random = Buffer.alloc(100000).map(() => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24);
    assert.match(bad(random), /not an index cache/);
    assert.match(bad(Buffer.concat([good.subarray(0, 64), random])), /./);
    assert.match(bad(good, cacheFingerprint({ extensionVersion: '1.2.4', maxBytes: MAX })), /another extractor/);
    assert.match(bad(good, cacheFingerprint({ extensionVersion: '1.2.3', maxBytes: MAX / 2 })), /another extractor/);
    assert.ok(FP.includes(`extractor ${EXTRACTOR_VERSION}`), 'the extractor version is part of the fingerprint');
    const older = Buffer.from(good.toString('latin1').replace(`"format":${CACHE_FORMAT}`, `"format":${CACHE_FORMAT + 1}`), 'latin1');
    assert.match(bad(older), /cache format/);
    // Through the file: nothing decoded, nothing in the index.
    const broken = path.join(cacheDir, 'broken.bin');
    fs.writeFileSync(broken, good.subarray(0, good.length - 100));
    const r = await readIndexCache(broken, FP);
    assert.strictEqual(r.status, 'invalid');
    assert.deepStrictEqual(await readIndexCache(path.join(cacheDir, 'none.bin'), FP), { status: 'missing' });
  });

  it('a file restored with its old size and modification time (cp -p, rsync -a) is still extracted again', async () => {
    const work = cacheFolder();
    try {
      // A whole second as modification time, so that putting it back is exact.
      const old = new Date(Date.UTC(2024, 0, 2, 3, 4, 5));
      const name = fs.readdirSync(work).sort().find((f) => f.endsWith('.txt') && fs.readFileSync(path.join(work, f), 'utf8').includes('Bộ Chính trị'))!;
      fs.utimesSync(path.join(work, name), old, old);
      const before = stampedFiles(work);
      const file = path.join(cacheDir, 'restored.bin');
      await writeIndexCache(file, FP, (await coldWithOutcomes(before)).outcomes.snapshot());
      // Same length, other text, and the old modification time put back: only the status-change time tells.
      const victim = before.find((f) => f.path.endsWith(name))!;
      const text = fs.readFileSync(victim.path, 'utf8');
      fs.writeFileSync(victim.path, text.replace('Bộ Chính trị', 'Bộ Chính trỊ'));
      fs.utimesSync(victim.path, old, old);
      const now = before.map((f) => ({ ...f, ...statStamp(f.path)! }));
      const restored = now.find((f) => f.key === victim.key)!;
      assert.strictEqual(restored.size, victim.size);
      assert.strictEqual(restored.mtimeMs, victim.mtimeMs);
      const r = await loadInto(new CorpusIndex(), file, now);
      assert.ok(r.rest.some((f) => f.key === victim.key), 'the restored file is read again');
      assert.ok(!r.loaded.some((d) => d.key === victim.key));
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
  });

  it('a re-index keeps the documents of files unchanged since the last one and returns the rest', async () => {
    const work = cacheFolder();
    try {
      const before = stampedFiles(work);
      const { outcomes } = await coldWithOutcomes(before);
      const previous = outcomes.take();
      assert.strictEqual(outcomes.size, 0);
      const edited = before.find((f) => f.path.endsWith('lookalike.txt'))!;
      fs.appendFileSync(edited.path, 'Thêm một dòng.\n');
      const refused = before[0].key;
      const { rest, kept } = keepUnchanged(stampedFiles(work), previous, outcomes, (key) => key !== refused);
      assert.deepStrictEqual(rest.map((f) => f.key).sort(), [refused, edited.key, before.find((f) => f.path.endsWith('binary.txt'))!.key].sort());
      assert.strictEqual(kept, before.length - 3);
      assert.strictEqual(outcomes.size, kept);
      assert.ok(!outcomes.has(edited.key) && !outcomes.has(refused));
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
  });

  it('a document the index refuses is left to read from disk; the others go in', async () => {
    // Document by document (no postings): with them, the documents go in without setResult.
    const file = path.join(cacheDir, 'refused.bin');
    await writeIndexCache(file, FP, docs.slice(0, 30), { batchSize: 10, postings: false });
    const refused = docs[12].key;
    class Refusing extends CorpusIndex {
      override setResult(uri: string, ...rest: Parameters<CorpusIndex['setResult']> extends [string, ...infer R] ? R : never) {
        if (uri === refused) throw new Error('refused');
        return super.setResult(uri, ...rest);
      }
    }
    const index = new Refusing();
    const r = await loadInto(index, file, files);
    assert.strictEqual(r.failure, undefined);
    assert.strictEqual(r.loaded.length, 29);
    assert.ok(r.rest.some((f) => f.key === refused) && !index.has(refused));
  });

  it('a cache read into a buffer that does not start on a 4-byte boundary is read the same', async () => {
    const file = path.join(cacheDir, 'aligned.bin');
    await writeIndexCache(file, FP, docs.slice(0, 20), { batchSize: 10 });
    const good = fs.readFileSync(file);
    const shifted = Buffer.concat([Buffer.from([0]), good]).subarray(1);
    assert.notStrictEqual(shifted.byteOffset % 4, 0);
    const r = parseIndexCache(shifted, FP);
    assert.strictEqual(r.status, 'ok', r.status === 'invalid' ? r.reason : '');
  });

  it('loading goes batch by batch: a batch that fails to decode stops there, with whole batches in and the rest left to read', async () => {
    // A checksum protects each batch; a batch whose stamps name other documents than it holds is refused too.
    const file = path.join(cacheDir, 'mismatch.bin');
    const swapped = docs.slice(0, 20).map((d, i) => (i === 15 ? { ...d, key: docs[16].key } : i === 16 ? { ...d, key: docs[15].key } : d));
    await writeIndexCache(file, FP, swapped, { batchSize: 10 });
    const index = new CorpusIndex();
    const r = await loadInto(index, file, files);
    assert.ok(r.failure && /does not match/.test(r.failure), String(r.failure));
    assert.strictEqual(r.loaded.length, 10, 'the first whole batch went in');
    assert.strictEqual(index.documentCount, 10);
    assert.strictEqual(r.rest.length, files.length - 10);
  });

  it('stat\'ing the files a slice at a time gives the same stamps, with a pause between slices', async () => {
    const list = files.map((f) => ({ key: f.key, path: f.path })).concat([{ key: 'file:///gone.txt', path: path.join(dir, 'gone.txt') }]);
    let pauses = 0;
    const sliced = await stampFilesSliced(list, async () => void pauses++, 0);
    assert.deepStrictEqual(sliced, stampFiles(list));
    assert.strictEqual(sliced.unstamped.length, 1, 'a file that cannot be stat\'ed is left to be reported when read');
    assert.strictEqual(pauses, list.length, 'no time for a slice: a pause after each file');
    pauses = 0;
    await stampFilesSliced(list, async () => void pauses++, 1e9);
    assert.strictEqual(pauses, 0);
  });

  it('loading pauses between slices of a batch, and a cancel at a pause stops it there', async () => {
    // With no time for a slice, it pauses before every document: a batch of 256 is loaded over 256 turns.
    const file = path.join(cacheDir, 'sliced.bin');
    await writeIndexCache(file, FP, docs, { postings: false });
    const read = await readIndexCache(file, FP);
    assert.strictEqual(read.status, 'ok');
    const cache = (read as Extract<typeof read, { status: 'ok' }>).cache;
    let pauses = 0;
    const whole = new CorpusIndex();
    const all = await loadFromCache(whole, cache, files, { sliceMs: 0, pause: async () => void pauses++ });
    assert.strictEqual(all.loaded.length, docs.length);
    assert.deepStrictEqual(indexView(whole), indexView(cold));
    assert.ok(pauses >= docs.length, `${pauses} pauses for ${docs.length} documents`);
    // Cancelled at the fourth pause: the three documents before it are in, the rest is left to read.
    pauses = 0;
    const index = new CorpusIndex();
    const r = await loadFromCache(index, cache, files, { sliceMs: 0, pause: async () => void pauses++, cancelled: () => pauses >= 4 });
    assert.strictEqual(r.cancelled, true);
    assert.strictEqual(r.loaded.length, 3);
    assert.strictEqual(index.documentCount, 3);
    assert.strictEqual(r.rest.length, files.length - 3);
  });

  it('with the postings: it pauses while decoding and while the postings go in; a cancel while decoding leaves the index untouched', async () => {
    const file = path.join(cacheDir, 'sliced-postings.bin');
    await writeIndexCache(file, FP, docs, { batchSize: 32 });
    const read = await readIndexCache(file, FP);
    assert.ok(read.status === 'ok' && read.cache.hasPostings);
    const cache = read.cache;
    let pauses = 0;
    const whole = new CorpusIndex();
    const announced: number[] = [];
    whole.onDidChange((c) => announced.push(c.uris.length));
    const all = await loadFromCache(whole, cache, files, { sliceMs: 0, pause: async () => void pauses++ });
    assert.strictEqual(all.loaded.length, docs.length);
    assert.deepStrictEqual(indexView(whole), indexView(cold));
    const keys = whole.keysOfKind('citation').length + whole.keysOfKind('person').length;
    assert.ok(pauses > Math.ceil(docs.length / 32) + keys, `${pauses} pauses: one per batch decoded, then one per key put in`);
    assert.deepStrictEqual(announced, [docs.length], 'announced once, with every document');
    // Cancelled at the second pause, while decoding: nothing goes in, everything is left to read.
    pauses = 0;
    const index = new CorpusIndex();
    const r = await loadFromCache(index, cache, files, { sliceMs: 0, pause: async () => void pauses++, cancelled: () => pauses >= 2 });
    assert.strictEqual(r.cancelled, true);
    assert.strictEqual(r.loaded.length, 0);
    assert.strictEqual(index.documentCount, 0);
    assert.strictEqual(r.rest.length, files.length);
  });

  it('with the postings, an editor opening a document or its file changing after it was decoded: it stays as the index has it, and is left to read', async () => {
    const file = path.join(cacheDir, 'accept-later.bin');
    await writeIndexCache(file, FP, docs, { batchSize: 32 });
    const misfit = path.join(cacheDir, 'accept-later-misfit.bin');
    fs.writeFileSync(misfit, misfitCache(docs));
    const byKey = new Map(files.map((f) => [f.key, f]));
    const [opened, touched] = [docs[5].key, docs[6].key];
    const text = fs.readFileSync(byKey.get(opened)!.path, 'utf8') + '\nĐồng chí Lê Thị Mai, Phó Chủ tịch UBND tỉnh, phát biểu.\n';
    const expected = fresh(files.filter((f) => f.key !== touched));
    expected.set(opened, text);
    // The postings as the file holds them, then postings that do not fit (the documents one by one).
    for (const cache of [file, misfit]) {
      const read = await readIndexCache(cache, FP);
      assert.ok(read.status === 'ok' && read.cache.hasPostings);
      const index = new CorpusIndex();
      const refused = new Set<string>();
      let pauses = 0;
      const r = await loadFromCache(index, read.cache, files, {
        sliceMs: 0,
        accept: (key) => !refused.has(key),
        // After the first batches were decoded (and accepted), before any document goes in.
        pause: async () => {
          if (++pauses !== 3) return;
          refused.add(opened).add(touched);
          index.set(opened, text);
        },
      });
      assert.ok(pauses > 3);
      assert.ok(!r.loaded.some((l) => l.key === opened || l.key === touched), path.basename(cache));
      assert.ok(r.rest.some((f) => f.key === opened) && r.rest.some((f) => f.key === touched));
      assert.strictEqual(r.loaded.length, docs.length - 2);
      assert.ok(!index.has(touched));
      assert.deepStrictEqual(indexView(index), indexView(expected), path.basename(cache));
    }
  });

  it("the postings' frame twice, or before a batch of documents: the file is ignored; postings that do not read as written: the documents go in one by one", async () => {
    const parts = [...cacheParts(FP, docs, 64, true)].filter((p): p is Buffer => p !== undefined && p.length > 0);
    const at = parts.findIndex((p) => p.readUInt32LE(0) === 0xfffffffe);
    assert.strictEqual(at, parts.length - 2, 'the postings come after the batches, before the end marker');
    const twice = Buffer.concat([...parts.slice(0, at + 1), parts[at], ...parts.slice(at + 1)]);
    const early = Buffer.concat([...parts.slice(0, at - 1), parts[at], parts[at - 1], ...parts.slice(at + 1)]);
    for (const [bytes, reason] of [[twice, /postings twice/], [early, /documents after the postings/]] as const) {
      const r = parseIndexCache(bytes, FP);
      assert.ok(r.status === 'invalid' && reason.test(r.reason), r.status === 'invalid' ? r.reason : r.status);
    }
    // A count of keys past the end of the numbers, with a checksum that vouches for it.
    const unreadable = Buffer.from(parts[at]);
    const stringBytes = unreadable.readUInt32LE(4);
    const numbers = new Int32Array(unreadable.buffer, unreadable.byteOffset + 16, (unreadable.length - 16) / 4);
    numbers[((stringBytes + 3) & ~3) / 4] = 1 << 30;
    unreadable.writeUInt32LE(fnv1a(numbers), 12);
    const file = path.join(cacheDir, 'unreadable-postings.bin');
    fs.writeFileSync(file, Buffer.concat([...parts.slice(0, at), unreadable, ...parts.slice(at + 1)]));
    await loadsAsCold(file);
  });

  it("a write removes the temporary files a process that ended mid-write left, and a running process's (its own too) once an hour old", async () => {
    const file = path.join(cacheDir, 'stale.bin');
    const temp = (pid: number, tag: string) => path.join(cacheDir, `.stale.bin.${pid}.${tag}.tmp`);
    // A process that has ended: its id is free.
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const deadPid = Number(gone.stdout);
    assert.ok(deadPid > 0);
    const left = temp(deadPid, 'crashed');
    const running = temp(process.ppid, 'writing');
    const old = temp(process.ppid, 'old');
    const own = temp(process.pid, 'shutdown');
    const ownOld = temp(process.pid, 'before-a-restart');
    const other = path.join(cacheDir, `.atomic.bin.${deadPid}.x.tmp`);
    for (const f of [left, running, old, own, ownOld, other]) fs.writeFileSync(f, 'partial');
    // A running process's temporary file not written to for hours is another process's with the same id
    // (an extension host restarted in a container gets the same id).
    const hoursAgo = new Date(Date.now() - 3 * 3600_000);
    for (const f of [old, ownOld]) fs.utimesSync(f, hoursAgo, hoursAgo);
    await writeIndexCache(file, FP, docs.slice(0, 10));
    assert.ok(!fs.existsSync(left) && !fs.existsSync(old) && !fs.existsSync(ownOld), 'the stale ones are removed');
    assert.ok(fs.existsSync(running) && fs.existsSync(own), "a running writer's and this process's own stay");
    assert.ok(fs.existsSync(other), "another cache file's temporary files are not this write's business");
    for (const f of [running, own, other]) fs.rmSync(f);
    assert.strictEqual(parseIndexCache(fs.readFileSync(file), FP).status, 'ok');
  });

  it('a write that fails half-way leaves the previous cache as it was, and no temporary file', async () => {
    const file = path.join(cacheDir, 'atomic.bin');
    await writeIndexCache(file, FP, docs.slice(0, 30), { batchSize: 10 });
    const before = fs.readFileSync(file);
    // A result that cannot be encoded in the third batch: two batches are already in the temporary file.
    const poisoned = docs.slice(0, 60).map((d, i) => {
      if (i !== 25) return d;
      const entities = d.outcome.result!.entities.map((e) => (e.kind === 'citation' ? { ...e, year: 0.5 } : e));
      return { ...d, outcome: { ...d.outcome, result: { ...d.outcome.result!, entities } } };
    });
    assert.ok(poisoned[25].outcome.result!.entities.some((e) => e.kind === 'citation'));
    await assert.rejects(writeIndexCache(file, FP, poisoned, { batchSize: 10 }), /int32/);
    assert.ok(fs.readFileSync(file).equals(before), 'the previous cache is intact');
    assert.deepStrictEqual(tempFiles(cacheDir), []);
    assert.throws(() => writeIndexCacheSync(file, FP, poisoned, 10), /int32/);
    assert.ok(fs.readFileSync(file).equals(before));
    assert.deepStrictEqual(tempFiles(cacheDir), []);
    // Cancelled between batches: the same.
    let parts = 0;
    await assert.rejects(writeIndexCache(file, FP, docs, { batchSize: 10, cancelled: () => ++parts > 3 }), /cancelled/);
    assert.ok(fs.readFileSync(file).equals(before));
    assert.deepStrictEqual(tempFiles(cacheDir), []);
    // Superseded once every part is written, as the window closes (the shutdown's own write is newer): the same.
    const whole = path.join(cacheDir, 'atomic-whole.bin');
    await writeIndexCache(whole, FP, docs, { batchSize: 10 });
    let sawWhole = false;
    const askedWhenWhole = () => {
      const t = tempFiles(cacheDir);
      sawWhole = t.length === 1 && fs.statSync(path.join(cacheDir, t[0])).size === fs.statSync(whole).size;
      return sawWhole;
    };
    await assert.rejects(writeIndexCache(file, FP, docs, { batchSize: 10, superseded: askedWhenWhole }), /superseded/);
    assert.ok(sawWhole, 'asked once more after the whole file was written, before it replaces the cache');
    assert.ok(fs.readFileSync(file).equals(before));
    assert.deepStrictEqual(tempFiles(cacheDir), []);
    // And the parts a writer streams are the header, one frame per batch and the end marker.
    assert.strictEqual([...cacheParts(FP, docs.slice(0, 30), 10)].length, 5);
  });

  it("the disk outcomes count their changes (what tells a write that only adds the postings), a snapshot's drops aside", () => {
    const outcomes = new DiskOutcomes();
    const v = () => outcomes.version;
    const d = docs[0];
    outcomes.set({ ...d, path: files[0].path });
    assert.strictEqual(v(), 1);
    outcomes.snapshot();
    assert.strictEqual(v(), 1, 'a snapshot is not a change');
    outcomes.delete('file:///nothing');
    assert.strictEqual(v(), 1, 'deleting what is not there is not either');
    outcomes.rename(d.key, d.key + '.moved', files[0].path);
    assert.ok(v() > 1);
    const before = v();
    outcomes.take();
    assert.ok(v() > before);
    outcomes.clear();
    assert.strictEqual(v(), before + 1, 'clearing nothing is no change');
  });

  it('only outcomes whose file still has its stamp are written; an editor refusing a key keeps its buffer', async () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'vankien-cache-stamps-'));
    try {
      for (const f of files.filter((x) => !x.path.endsWith('binary.txt')).slice(0, 12)) fs.copyFileSync(f.path, path.join(work, path.basename(f.path)));
      const local = stampedFiles(work);
      const { outcomes } = await coldWithOutcomes(local, false);
      assert.strictEqual(outcomes.size, local.length);
      // Changed while it was being read (its stamp now differs), and deleted.
      fs.appendFileSync(local[2].path, '\nThêm một dòng.\n');
      fs.rmSync(local[5].path);
      const snap = outcomes.snapshot();
      assert.deepStrictEqual(snap.map((d) => d.key).sort(), local.filter((_, i) => i !== 2 && i !== 5).map((f) => f.key).sort());
      assert.strictEqual(outcomes.changed, false);
      outcomes.rename(local[0].key, 'file:///elsewhere.txt', local[0].path);
      assert.ok(outcomes.has('file:///elsewhere.txt') && !outcomes.has(local[0].key) && outcomes.changed);
      // Loading refuses what an editor holds: its buffer stays, and the file is left to its owner.
      const file = path.join(cacheDir, 'stamps.bin');
      await writeIndexCache(file, FP, snap);
      const index = new CorpusIndex();
      const held = local[1].key;
      index.set(held, 'Văn bản đang sửa: Chỉ thị số 99-CT/TW.');
      const read = await readIndexCache(file, FP);
      assert.strictEqual(read.status, 'ok');
      const now = stampedFiles(work);
      const r = await loadFromCache(index, (read as Extract<typeof read, { status: 'ok' }>).cache, now, { accept: (k) => k !== held });
      assert.deepStrictEqual(index.get(held)!.entities.map((e) => e.key), new CorpusIndex().set('x', 'Văn bản đang sửa: Chỉ thị số 99-CT/TW.').entities.map((e) => e.key));
      assert.deepStrictEqual(r.rest.map((f) => f.key).sort(), [held, local[2].key].sort());
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
  });
});
