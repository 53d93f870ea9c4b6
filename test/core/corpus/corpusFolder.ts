// A corpus on disk for the tests of the parallel index and the index cache: the seeds, documents from
// the bench's generator, one code written with look-alike letters and one binary file; and what the
// providers read from an index, to compare two indexes built different ways.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { CorpusIndex } from '../../../src/core/corpus/corpusIndex';
import { CorpusGenerator } from '../../../bench/generate';
import { seedFiles, seedsDir } from '../../paths';

/** The compiled worker module beside the compiled parallelIndex.js (out/src/core/corpus/). */
export const WORKER = path.join(__dirname, '..', '..', '..', 'src', 'core', 'corpus', 'extractWorker.js');

/** The read policy's size limit in these tests. */
export const MAX = 5 * 1024 * 1024;

/** A new temporary folder with the seeds, `count` generated documents (from `seed`), lookalike.txt and binary.txt. */
export function corpusFolder(prefix: string, count: number, seed: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  for (const s of seedFiles()) fs.copyFileSync(path.join(seedsDir, s), path.join(dir, s));
  const gen = new CorpusGenerator(seed);
  for (let i = 0; i < count; i++) {
    const d = gen.document(i);
    fs.writeFileSync(path.join(dir, d.name), d.text);
  }
  // "СТ" in Cyrillic letters: right to the eye, wrong for the index (which needs the text to say so).
  fs.writeFileSync(path.join(dir, 'lookalike.txt'), 'Thực hiện Chỉ thị số 05-\u0421\u0422/TW ngày 15/5/2016 của Bộ Chính trị.\n');
  fs.writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x41, 0x00, 0x42]));
  return dir;
}

/** What the providers read from the index, in a comparable form. */
export function indexView(index: CorpusIndex): unknown {
  const docs = [...index.documents()].sort((a, b) => (a.uri < b.uri ? -1 : 1));
  const keys = new Set<string>();
  for (const d of docs) for (const e of d.entities) keys.add(e.key);
  return {
    counts: [index.documentCount, index.entityCount, index.knownNameCount],
    docs,
    ranges: docs.map((d) => index.entitiesWithRanges(d.uri).map((e) => e.range)),
    mentions: docs.map((d) => index.mentionsIn(d.uri).map((m) => [m.entity.key, m.entity.start, m.term, index.rangeOf(d.uri, m.entity)])),
    lookalikes: docs.map((d) => [d.uri, index.lookalikesIn(d.uri).map((l) => [l.start, l.fixed, l.range])]),
    keys: [...keys].sort().map((k) => [
      k,
      index.referencesOf(k).map((m) => [m.uri, m.entity.start]).sort(),
      index.citingDocuments(k).slice().sort(),
      index.positionsOf(k),
      index.mentionCount(k),
      index.labelOf(k),
      index.definitionsOf(k).length,
      index.conflictsOf(k).map((c) => [c.kind, c.scope, c.values]),
    ]),
  };
}
