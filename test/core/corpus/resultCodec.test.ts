// The compact form's run tables: the batches of one run (a worker's answers, a cache file's frames, the
// main thread's own results) send each string once, decode to exactly what each batch held, refuse to
// be decoded out of order, and keep no file's text alive on the sending side.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as v8 from 'v8';
import * as vm from 'vm';
import { FileOutcome, processFile } from '../../../src/core/corpus/extractWorker';
import { compactOutcomes, decodeOutcomes, EncodedBatch, encodeOutcomes, RunStrings, SentStrings, SharedParts } from '../../../src/core/corpus/resultCodec';
import { extract } from '../../../src/core/extract';
import { lineStarts } from '../../../src/core/text/lines';
import { readSeed, seedFiles } from '../../paths';
import { corpusFolder, MAX } from './corpusFolder';

v8.setFlagsFromString('--expose-gc');
const collect = vm.runInNewContext('gc') as () => void;

const tableSize = (b: EncodedBatch) => (JSON.parse(b.strings) as string[]).length;

describe('the compact form across a run', function () {
  this.timeout(60000);
  let dir: string;
  let outcomes: FileOutcome[];
  before(() => {
    dir = corpusFolder('vankien-codec-', 120, 99);
    outcomes = fs.readdirSync(dir).sort().map((f) => processFile(f, path.join(dir, f), MAX));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  const batchesOf = (list: FileOutcome[], size: number) => Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));

  it("sends each string once, and each batch decodes to what it held", () => {
    const sent = new SentStrings();
    const received: string[] = [];
    const shared = new SharedParts();
    let own = 0;
    let inRun = 0;
    for (const batch of batchesOf(outcomes, 16)) {
      own += tableSize(encodeOutcomes(batch));
      const encoded = encodeOutcomes(batch, sent);
      inRun += tableSize(encoded);
      assert.deepStrictEqual(decodeOutcomes(encoded, shared, received), batch);
    }
    assert.strictEqual(inRun, received.length);
    assert.strictEqual(sent.size, received.length);
    assert.strictEqual(new Set(received).size, received.length, 'no string twice in the table');
    assert.ok(inRun < own / 2, `${inRun} strings sent in the run, ${own} in the batches' own tables`);
  });

  it('a run past its limit starts its table again: each batch still decodes to what it held, and neither side grows past it', () => {
    const sent = new SentStrings(500);
    const received: string[] = [];
    const shared = new SharedParts();
    let restarts = 0;
    let most = 0;
    for (const batch of batchesOf(outcomes, 8)) {
      const encoded = encodeOutcomes(batch, sent);
      if (encoded.restart) restarts++;
      assert.deepStrictEqual(decodeOutcomes(encoded, shared, received), batch);
      assert.strictEqual(sent.size, received.length);
      most = Math.max(most, received.length);
    }
    assert.ok(restarts >= 2, `${restarts} restarts`);
    // A table is started again once it holds 500 strings: it never holds more than that and one batch's new ones.
    assert.ok(most < 500 + 2000, `${most} strings at most`);
    // In one thread too.
    const run: RunStrings = { sent: new SentStrings(500), received: [] };
    for (const batch of batchesOf(outcomes, 8)) assert.deepStrictEqual(compactOutcomes(batch, shared, run), batch);
    assert.ok(run.received.length < 500 + 2000);
  });

  it('a batch that was to start the table again and cannot be encoded leaves the run as it was', () => {
    const sent = new SentStrings(1);
    const received: string[] = [];
    const [first, second, third] = batchesOf(outcomes, 16);
    decodeOutcomes(encodeOutcomes(first, sent), new SharedParts(), received);
    const held = [...sent.ids.entries()];
    const odd = second.map((o, i) => (i === second.length - 1 && o.result ? { ...o, result: { ...o.result, entities: [...o.result.entities, { ...o.result.entities[0], kind: 'ornament' } as never] } } : o));
    assert.throws(() => encodeOutcomes(odd, sent), /not an entity kind/);
    assert.deepStrictEqual([...sent.ids.entries()], held);
    const next = encodeOutcomes(third, sent);
    assert.strictEqual(next.restart, true);
    assert.deepStrictEqual(decodeOutcomes(next, new SharedParts(), received), third);
  });

  it('refuses a batch of a run decoded out of order or without its table', () => {
    const sent = new SentStrings();
    const [a, b] = batchesOf(outcomes, 16).map((batch) => encodeOutcomes(batch, sent));
    assert.ok(b.base! > 0);
    assert.throws(() => decodeOutcomes(b, new SharedParts(), []), /out of order/);
    assert.throws(() => decodeOutcomes(b), /without the run's table/);
    const received: string[] = [];
    decodeOutcomes(a, new SharedParts(), received);
    assert.strictEqual(decodeOutcomes(b, new SharedParts(), received).length, 16);
  });

  it('a batch that cannot be encoded adds nothing to the run: the next one decodes', () => {
    const sent = new SentStrings();
    const received: string[] = [];
    const [first, second, third] = batchesOf(outcomes, 16);
    decodeOutcomes(encodeOutcomes(first, sent), new SharedParts(), received);
    const before = sent.ids.size;
    // An entity of a kind the compact form does not know, last in the batch: its strings are in the table by then.
    const odd = second.map((o, i) => (i === second.length - 1 && o.result ? { ...o, result: { ...o.result, entities: [...o.result.entities, { ...o.result.entities[0], kind: 'ornament' } as never] } } : o));
    assert.throws(() => encodeOutcomes(odd, sent), /not an entity kind/);
    assert.strictEqual(sent.ids.size, before, 'the refused batch left no string in the run');
    assert.deepStrictEqual(decodeOutcomes(encodeOutcomes(third, sent), new SharedParts(), received), third);
  });

  it("the main thread's own results: the same outcomes, each string once in the thread", () => {
    const run: RunStrings = { sent: new SentStrings(), received: [] };
    const shared = new SharedParts();
    for (const batch of batchesOf(outcomes, 8)) assert.deepStrictEqual(compactOutcomes(batch, shared, run), batch);
    assert.strictEqual(run.sent.size, run.received.length);
    // Both halves agree on every string's place.
    for (const [str, id] of run.sent.ids) assert.strictEqual(run.received[id], str);
  });

  it("the main thread's own results: halves that disagree are noticed, and the results come back right", () => {
    const run: RunStrings = { sent: new SentStrings(), received: [] };
    const shared = new SharedParts();
    const [a, b, c] = batchesOf(outcomes, 8);
    compactOutcomes(a, shared, run);
    // A string the sending half has and the receiving half never got (a batch encoded and lost).
    run.sent.ids.set('lost string', run.sent.size++);
    assert.deepStrictEqual(compactOutcomes(b, shared, run), b);
    assert.deepStrictEqual(compactOutcomes(c, shared, run), c);
    assert.strictEqual(run.sent.size, run.received.length, 'the run table started again');
  });

  it("a document's text (sent for its look-alike check) is read once and kept by neither half of the run", () => {
    const withText = outcomes.filter((o) => o.result !== null).slice(0, 8).map((o) => ({ ...o, text: 'Chỉ thị số 05-СТ/TW ' + 'x'.repeat(50_000) + o.key }));
    const sent = new SentStrings();
    const received: string[] = [];
    assert.deepStrictEqual(decodeOutcomes(encodeOutcomes(withText, sent), new SharedParts(), received), withText);
    const long = (s: string) => s.length >= 50_000;
    assert.ok(![...sent.ids.keys()].some(long), 'the sender does not keep the texts');
    assert.ok(!received.some(long), 'the receiver emptied their slots once read');
    assert.strictEqual(sent.size, received.length);
    // The next batch of the run decodes as usual.
    const next = outcomes.slice(8, 24);
    assert.deepStrictEqual(decodeOutcomes(encodeOutcomes(next, sent), new SharedParts(), received), next);
    const run: RunStrings = { sent: new SentStrings(), received: [] };
    assert.deepStrictEqual(compactOutcomes(withText, new SharedParts(), run), withText);
    assert.ok(![...run.sent.ids.keys()].some(long) && !run.received.some(long), 'nor in one thread');
  });

  it("the sending side keeps no file's text alive", () => {
    // The seeds with 100 KB of prose after each (no entity there), each opening with a citation of its
    // own: the extractor's strings of 13 characters or more are slices of the whole text, and a string
    // no other document has is sent, and kept in the table, from this document's text.
    const filler = 'những nội dung trọng tâm được triển khai đồng bộ và thống nhất trong toàn tỉnh '.repeat(1300);
    const seeds = seedFiles().map(readSeed);
    const outcome = (i: number): FileOutcome => {
      const text = `Thực hiện Chỉ thị số ${10 + i}-CT/TW ngày 15/5/2016 của Ban Thường vụ Tỉnh ủy.\n${seeds[i % seeds.length]}\n\n${filler}${i}\n`;
      return { key: `d${i}`, warnings: [], result: extract(text, { ranges: false }), text: null, lines: lineStarts(text), error: null };
    };
    const textBytes = 40 * 2 * (seeds[0].length + filler.length);
    // The median of three rounds, each keeping into a table of its own: a kept text shows in every
    // round, what the engine makes once (code optimised late) in one.
    const kept = (table: () => { keep: (o: FileOutcome) => void; size: () => number }) => {
      // A first round, not measured, builds the extractor's tables and compiles the code it runs:
      // optimised code lives in the heap too (up to 2.5 MB here, depending on when it is compiled).
      const warm = new SentStrings();
      for (let i = 0; i < 40; i++) encodeOutcomes([outcome(i)], warm);
      const rounds: number[] = [];
      for (let round = 0; round < 3; round++) {
        collect();
        const before = process.memoryUsage().heapUsed;
        let filled: ReturnType<typeof table> | undefined = table();
        for (let i = 0; i < 40; i++) filled.keep(outcome(i));
        collect();
        rounds.push(process.memoryUsage().heapUsed - before);
        assert.ok(filled.size() > 0);
        filled = undefined;
      }
      // The first round's table stays alive until here, so that no round sees it collected.
      assert.ok(warm.size > 0);
      return rounds.sort((a, b) => a - b)[1];
    };
    const inRun = kept(() => {
      const sent = new SentStrings();
      return { keep: (o) => encodeOutcomes([o], sent), size: () => sent.size };
    });
    // The table's own strings read -1.2 to 0.4 MB a round here (the collector also frees what came before);
    // keeping the texts, 7.6 to 9.4 MB.
    assert.ok(inRun < textBytes / 4, `the run's table kept ${(inRun / 1e6).toFixed(1)} MB for ${(textBytes / 1e6).toFixed(1)} MB of text`);
    // What that would catch: a table keeping the strings as the extractor gave them.
    const keptRaw = kept(() => {
      const raw = new Map<string, number>();
      return {
        keep: (o) => {
          for (const e of o.result!.entities) if (!raw.has(e.text)) raw.set(e.text, raw.size);
        },
        size: () => raw.size,
      };
    });
    assert.ok(keptRaw > textBytes / 2, `the extractor's own strings kept only ${(keptRaw / 1e6).toFixed(1)} MB`);
  });
});
