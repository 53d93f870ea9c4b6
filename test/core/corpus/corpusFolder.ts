// A corpus on disk for the tests of the parallel index and the index cache: the seeds, documents from
// the bench's generator, one code written with look-alike letters and one binary file.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
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
