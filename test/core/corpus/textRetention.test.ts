// What the index keeps of a document extracted in this thread (an open editor's buffer, a small folder):
// its entities, never the text they were cut from. V8 keeps a substring of 13 characters or more as a
// view of its whole parent string, so one name kept from a 200 KB file would keep all 200 KB alive.
import * as assert from 'assert';
import * as v8 from 'v8';
import * as vm from 'vm';
import { CorpusIndex } from '../../../src/core/corpus/corpusIndex';
import { extract } from '../../../src/core/extract';
import { readSeed, seedFiles } from '../../paths';

v8.setFlagsFromString('--expose-gc');
const collect = vm.runInNewContext('gc') as () => void;

/**
 * Heap kept after `fill` put 60 documents in a new index; the texts are made on the fly and dropped.
 * A first round, not measured, compiles the code it runs: optimised code lives in the heap too (a
 * megabyte or two when this file runs alone, none after the other tests). The figure is the median of
 * three measured rounds: a kept text would be kept in every round, while what the engine makes once
 * (code optimised late, a memo growing to its limit) lands in one round and has read from -0.1 to
 * 2.9 MB of the 12.9 MB this file's texts weigh. (The least of the three would let a round in which a
 * memo empties itself, some -1 MB, hide part of a leak.)
 */
function retainedBytes(fill: (index: CorpusIndex, uri: string, text: string) => void, textOf: (i: number) => string): number {
  const warm = new CorpusIndex();
  for (let i = 0; i < 60; i++) fill(warm, `d${i}`, textOf(i));
  const rounds: number[] = [];
  for (let round = 0; round < 3; round++) {
    collect();
    const before = process.memoryUsage().heapUsed;
    let index: CorpusIndex | undefined = new CorpusIndex();
    for (let i = 0; i < 60; i++) fill(index, `d${i}`, textOf(i));
    collect();
    const after = process.memoryUsage().heapUsed;
    assert.strictEqual(index.documentCount, 60);
    rounds.push(after - before);
    index = undefined;
  }
  // The first round's index stays alive until here, so that no round sees it collected.
  assert.strictEqual(warm.documentCount, 60);
  return rounds.sort((a, b) => a - b)[1];
}

describe('the text a document was extracted from', () => {
  // Each seed with 100 KB of prose after it (no entity there), made distinct per document.
  const seeds = seedFiles().map(readSeed);
  const filler = 'những nội dung trọng tâm được triển khai đồng bộ và thống nhất trong toàn tỉnh '.repeat(1300);
  const textOf = (i: number) => `${seeds[i % seeds.length]}\n\n${filler}${i}\n`;
  const textBytes = 60 * 2 * textOf(0).length;
  // The first extraction builds the extractor's tables: not part of what a document costs.
  before(() => new CorpusIndex().set('warm', textOf(0)));

  it('is not kept by the index: set() keeps a small part of it', () => {
    const kept = retainedBytes((index, uri, text) => index.set(uri, text), textOf);
    assert.ok(kept < textBytes / 5, `the index kept ${(kept / 1e6).toFixed(1)} MB for ${(textBytes / 1e6).toFixed(1)} MB of text`);
  });

  it('is not kept after an edit either: what set() takes back and what it makes anew', () => {
    const edit = (i: number) => `${textOf(i)}Đồng chí Nguyễn Văn Bình, Phó Bí thư Tỉnh ủy, phát biểu kết luận.\n`;
    const kept = retainedBytes((index, uri, text) => {
      index.set(uri, text);
      index.set(uri, `${text}Đồng chí Nguyễn Văn Bình, Phó Bí thư Tỉnh ủy, phát biểu kết luận.\n`);
    }, textOf);
    assert.ok(kept < (textBytes + 60 * 2 * edit(0).length) / 10, `the index kept ${(kept / 1e6).toFixed(1)} MB after the edits`);
  });

  it('is kept by a raw extraction result (what the test above would catch)', () => {
    const kept = retainedBytes((index, uri, text) => index.setResult(uri, extract(text, { ranges: false }), text), textOf);
    assert.ok(kept > textBytes / 2, `a raw result kept only ${(kept / 1e6).toFixed(1)} MB of ${(textBytes / 1e6).toFixed(1)} MB`);
  });

  it('a result the compact form cannot hold goes in as it is', () => {
    const odd = new CorpusIndex({
      extract: (text) => {
        const r = extract(text, { ranges: false });
        return { ...r, entities: r.entities.map((e) => (e.kind === 'citation' ? { ...e, year: 0.5 } : e)) };
      },
    });
    const doc = odd.set('d', seeds[0]);
    const cited = doc.entities.filter((e) => e.kind === 'citation');
    assert.ok(cited.length > 0);
    assert.ok(cited.every((e) => e.kind === 'citation' && e.year === 0.5));
    assert.strictEqual(odd.referencesOf(odd.keyAt('d', cited[0])).length > 0, true);
    // A kind the compact form does not know: refused when encoding, not misread when decoding.
    const strange = new CorpusIndex({
      extract: (text) => {
        const r = extract(text, { ranges: false });
        return { ...r, entities: r.entities.map((e, i) => (i === 0 ? ({ ...e, kind: 'ornament' } as unknown as typeof e) : e)) };
      },
    });
    assert.strictEqual(strange.set('d', seeds[0]).entities[0].kind as string, 'ornament');
  });
});
