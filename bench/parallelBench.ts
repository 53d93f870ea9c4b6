// Child process of `npm run bench`, measuring parallel potential only: the extraction of the corpus
// split across worker threads (one per CPU), results posted back and merged with
// CorpusIndex.setResult() on the main thread. The extension itself indexes on one thread.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { isMainThread, parentPort, Worker, workerData } from 'worker_threads';
import { CorpusIndex } from '../src/core/corpus/corpusIndex';
import { extract } from '../src/core/extract';
import type { ExtractResult } from '../src/core/types';
import { nowMs, writeResult } from './stats';

interface Job {
  files: string[];
}

function workerMain(): void {
  const { files } = workerData as Job;
  const results: Array<[string, ExtractResult]> = [];
  for (const file of files) results.push(['file://' + file, extract(fs.readFileSync(file, 'utf8'))]);
  parentPort!.postMessage(results);
}

async function main(): Promise<void> {
  const dir = process.argv[2];
  const threads = Number(process.argv[3] ?? os.cpus().length);
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(dir, f));
  const t0 = nowMs();
  const index = new CorpusIndex();
  let mergeMs = 0;
  await Promise.all(
    Array.from({ length: threads }, (_, w) => {
      const slice = files.filter((_, i) => i % threads === w);
      return new Promise<void>((resolve, reject) => {
        const worker = new Worker(__filename, { workerData: { files: slice } satisfies Job });
        worker.once('message', (results: Array<[string, ExtractResult]>) => {
          const m0 = nowMs();
          for (const [uri, r] of results) index.setResult(uri, r);
          mergeMs += nowMs() - m0;
          resolve();
        });
        worker.once('error', reject);
      });
    }),
  );
  writeResult({ threads, documents: index.documentCount, entities: index.entityCount, wallMs: nowMs() - t0, mergeMs });
}

if (isMainThread) main().catch((e) => writeResult({ error: String(e && e.stack ? e.stack : e) }));
else workerMain();
