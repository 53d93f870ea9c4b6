// A start from the cache's postings (CorpusIndex.storedPostings, bulkLoad): the index it builds must be
// the very index that putting the same documents in one by one builds — each posting's columns, counts,
// terms, tallies and best mentions, the names' counts, every answer the providers read — whether each
// posting goes in as stored or, for a key the index holds already or a document that does not go in,
// document by document; and postings that do not fit the documents are told apart before any goes in.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { CorpusIndex, StoredDocument, StoredPosting, storedPostingsFit } from '../../../src/core/corpus/corpusIndex';
import { Posting, SCORES, top } from '../../../src/core/corpus/postings';
import { extract } from '../../../src/core/extract/index';
import { lineStarts } from '../../../src/core/text/lines';
import type { Entity } from '../../../src/core/types';
import { corpusFolder, indexView } from './corpusFolder';

interface Internals {
  docs: Map<string, { sorted: Entity[] }>;
  postings: Map<string, Posting>;
  names: Map<string, Map<string, number>>;
  ownKeys: Map<string, Set<string>>;
  entities: number;
  lastAdded: string;
}

/** The index's own state, each entity named by its document and place there, in a comparable form. */
function state(index: CorpusIndex): unknown {
  const ix = index as unknown as Internals;
  const place = new Map<Entity, string>();
  for (const [uri, rec] of ix.docs) rec.sorted.forEach((e, i) => place.set(e, `${path.basename(uri)}#${i}`));
  const named = (e: Entity) => place.get(e) ?? `an entity of no document: ${e.text}`;
  return {
    docs: [...ix.docs.keys()].sort(),
    // By key: the postings' own order follows the documents first met (a load of the cache's postings
    // meets the keys of documents that do not go in too); every list made of them is sorted.
    postings: [...ix.postings].sort((x, y) => (x[0] < y[0] ? -1 : 1)).map(([k, p]) => ({
      k,
      entities: p.entities.map(named),
      owners: p.owners,
      spans: [...p.spans.subarray(0, p.entities.length)],
      terms: p.mentionTerms,
      uris: p.uris,
      sorted: [p.sortedLength, p.sortedUris],
      termCounts: p.terms && [...p.terms],
      tally: p.tally && [[...p.tally.dates], [...p.tally.issuers]],
      tops: p.tops.map((t) => (t === undefined ? 'not kept' : t === null ? null : [t.mention.uri, named(t.mention.entity), t.mention.term, t.score])),
      changes: p.changes,
    })),
    names: [...ix.names].map(([f, m]) => [f, [...m].sort()]).sort(),
    ownKeys: [...ix.ownKeys].map(([k, s]) => [k, [...s].sort()]).sort(),
    entities: ix.entities,
    lastAdded: ix.lastAdded,
  };
}

/** A state without each posting's count of changes (a version: how many it counts depends on the way there). */
function withoutChanges(st: unknown): unknown {
  for (const p of (st as { postings: { changes?: number }[] }).postings) delete p.changes;
  return st;
}

/**
 * What an index holds, whatever way it came there: how many changes each posting counted depends on the
 * way, and so does which best mentions it keeps (one whose document changed is found again when asked).
 */
function settled(ix: CorpusIndex): unknown {
  for (const p of (ix as unknown as Internals).postings.values()) for (let i = 0; i < SCORES.length; i++) top(p, i);
  return withoutChanges(state(ix));
}

/** The documents of a folder as a cache holds them: extracted without ranges, with their line starts. */
function storedDocuments(dir: string): StoredDocument[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt') && f !== 'binary.txt')
    .map((f) => {
      const text = fs.readFileSync(path.join(dir, f), 'utf8');
      return { uri: 'file://' + path.join(dir, f), result: extract(text, { ranges: false }), lines: lineStarts(text) };
    });
}

const stored = (docs: readonly StoredDocument[], live?: CorpusIndex): StoredPosting[] => [...CorpusIndex.storedPostings(docs, live)].filter((p): p is StoredPosting => p !== undefined);

/** Puts documents in one by one, in uri order, as a load of them without postings does. */
function oneByOne(index: CorpusIndex, docs: ReadonlyArray<StoredDocument | null>): CorpusIndex {
  const held = index.hold();
  for (const d of [...docs].filter((d): d is StoredDocument => d !== null).sort((a, b) => (a.uri < b.uri ? -1 : 1))) index.setResult(d.uri, d.result, undefined, d.lines);
  index.settle();
  held.release();
  return index;
}

function bulk(index: CorpusIndex, docs: ReadonlyArray<StoredDocument | null>, postings: readonly StoredPosting[]): CorpusIndex {
  const held = index.hold();
  for (const _ of index.bulkLoad(docs, postings));
  index.settle();
  held.release();
  return index;
}

describe('a start from the postings a cache stores', function () {
  this.timeout(120000);
  let dir: string;
  let docs: StoredDocument[];
  let postings: StoredPosting[];

  before(() => {
    dir = corpusFolder('vankien-stored-', 150, 9090);
    // Not in uri order: the postings follow the documents' uris, not their places in the list.
    docs = storedDocuments(dir).reverse();
    postings = stored(docs);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('builds exactly the index that putting the documents in one by one builds', () => {
    assert.ok(postings.length > 1000, `${postings.length} keys`);
    assert.ok(storedPostingsFit(docs, postings));
    const a = bulk(new CorpusIndex(), docs, postings);
    const b = oneByOne(new CorpusIndex(), docs);
    assert.deepStrictEqual(state(a), state(b));
    assert.deepStrictEqual(indexView(a), indexView(b));
  });

  it('with documents that do not go in and a document the index holds already (an editor has it), as one by one', () => {
    const uris = docs.map((d) => d.uri).sort();
    const held = uris[3];
    const gone = [uris[0], uris[40], uris[uris.length - 1]];
    const text = fs.readFileSync(held.slice('file://'.length), 'utf8') + '\nThực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị, đồng chí Nguyễn Văn Nam phát biểu.\n';
    const going = docs.map((d) => (d.uri === held || gone.includes(d.uri) ? null : d));
    assert.ok(storedPostingsFit(going, postings));
    const a = new CorpusIndex();
    a.set(held, text);
    bulk(a, going, postings);
    const b = new CorpusIndex();
    b.set(held, text);
    oneByOne(b, going);
    // The keys of the document held already get the others' mentions at once, not one by one: the same
    // columns and counts, fewer changes counted.
    assert.deepStrictEqual(withoutChanges(state(a)), withoutChanges(state(b)));
    assert.deepStrictEqual(indexView(a), indexView(b));
    for (const g of gone) assert.ok(!a.has(g));
  });

  it('a document an editor replaces, or a file deleted, at one of its pauses: what the index holds of it then stands', () => {
    const uris = docs.map((d) => d.uri).sort();
    const [edited, deleted] = [uris[5], uris[60]];
    const text = fs.readFileSync(edited.slice('file://'.length), 'utf8') + '\nTheo Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị, đồng chí Trần Văn Bình, Bí thư Tỉnh ủy, phát biểu.\n';
    const a = new CorpusIndex();
    let steps = 0;
    for (const _ of a.bulkLoad(docs, postings)) {
      // Half-way through the keys: some postings hold the two documents already, others not yet.
      if (++steps === Math.floor(postings.length / 2)) {
        a.set(edited, text);
        a.delete(deleted);
      }
    }
    a.settle();
    const b = oneByOne(new CorpusIndex(), docs);
    b.set(edited, text);
    b.delete(deleted);
    b.settle();
    assert.deepStrictEqual(settled(a), settled(b));
    assert.deepStrictEqual(indexView(a), indexView(b));
  });

  it('taken from the index the documents are in, the postings are the ones made apart; a key whose mentions it holds otherwise is made apart', () => {
    const plain = (list: readonly StoredPosting[]) => list.map((p) => ({ ...p, runs: Array.from(p.runs), spans: Array.from(p.spans) }));
    const made = plain(postings);
    // Which postings came from the index: postingOf answers with one.
    const proto = CorpusIndex.prototype as unknown as { postingOf: (...args: unknown[]) => Posting | undefined };
    const postingOf = proto.postingOf;
    let taken = 0;
    proto.postingOf = function (this: CorpusIndex, ...args: unknown[]) {
      const p = postingOf.apply(this, args);
      if (p) taken++;
      return p;
    };
    try {
      const live = oneByOne(new CorpusIndex(), docs);
      assert.deepStrictEqual(plain(stored(docs, live)), made);
      assert.strictEqual(taken, postings.length, 'every posting from the index');
      // The index now holds another version of one document, none of another, and a document of its own.
      const uris = docs.map((d) => d.uri).sort();
      live.set(uris[8], fs.readFileSync(uris[8].slice('file://'.length), 'utf8') + '\nĐồng chí Lê Văn Tám, Phó Bí thư Tỉnh ủy, dự Hội nghị.\n');
      live.delete(uris[9]);
      live.set('file:///unsaved.txt', 'Quán triệt Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.\n');
      taken = 0;
      assert.deepStrictEqual(plain(stored(docs, live)), made);
      assert.ok(taken > 0.8 * postings.length && taken < postings.length, `${taken} of ${postings.length} postings from the index`);
    } finally {
      proto.postingOf = postingOf;
    }
  });

  it('at a pause while the documents go in: one put in already and replaced, one put in and deleted, one not yet in and opened', () => {
    const a = new CorpusIndex();
    const steps = a.bulkLoad(docs, postings);
    // The first pause comes after 63 documents of the list: those before it are in, those after not yet.
    steps.next();
    const [replaced, deleted, opened] = [docs[3].uri, docs[10].uri, docs[100].uri];
    assert.ok(a.has(replaced) && a.has(deleted) && !a.has(opened));
    const edit = (uri: string) => fs.readFileSync(uri.slice('file://'.length), 'utf8') + '\nĐồng chí Phạm Thị Hoa, Trưởng Ban Dân vận Tỉnh ủy, dự Hội nghị.\n';
    a.set(replaced, edit(replaced));
    a.delete(deleted);
    a.set(opened, edit(opened));
    for (let r = steps.next(); !r.done; r = steps.next());
    a.settle();
    const b = oneByOne(new CorpusIndex(), docs);
    b.set(replaced, edit(replaced));
    b.delete(deleted);
    b.set(opened, edit(opened));
    b.settle();
    assert.deepStrictEqual(settled(a), settled(b));
    assert.deepStrictEqual(indexView(a), indexView(b));
  });

  it('tells postings that do not fit the documents before any goes in', () => {
    const copy = (p: StoredPosting, change: Partial<StoredPosting>): StoredPosting[] => postings.map((q) => (q === p ? { ...q, ...change } : q));
    const big = postings.find((p) => p.mentions > 20 && p.runs.length > 6)!;
    const runs = Array.from(big.runs);
    // A place past the end of its document.
    const beyond = runs.slice();
    beyond[2] = 1_000_000;
    assert.ok(!storedPostingsFit(docs, copy(big, { runs: beyond })));
    // A document that no list holds.
    const nowhere = runs.slice();
    nowhere[0] = docs.length;
    assert.ok(!storedPostingsFit(docs, copy(big, { runs: nowhere })));
    // A document's mentions of the key missing (its first run dropped).
    const n = runs[1];
    assert.ok(!storedPostingsFit(docs, copy(big, { runs: runs.slice(2 + n), mentions: big.mentions - n, spans: Array.from(big.spans).slice(n), terms: big.terms && big.terms.slice(n) })));
    // Another key's mentions under this one.
    const other = postings.find((p) => p !== big && p.key !== big.key)!;
    assert.ok(!storedPostingsFit(docs, copy(big, { key: other.key })));
    // A key twice, or with no mention.
    assert.ok(!storedPostingsFit(docs, [...postings, postings[0]]));
    assert.ok(!storedPostingsFit(docs, [...postings, { ...postings[0], key: 'no such key', runs: [], mentions: 0, spans: [], terms: null }]));
    // Columns of another length than the mentions.
    assert.ok(!storedPostingsFit(docs, copy(big, { spans: Array.from(big.spans).slice(1) })));
  });
});
