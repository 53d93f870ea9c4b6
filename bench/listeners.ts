// What listens to the index in the extension while it indexes: the diagnostics (src/providers/diagnostics.ts)
// collect the documents a change can alter (core/corpus/diagnosticScope.ts) and, a moment after, find what
// each of them reports. The other listeners (code lens, semantic tokens, status bar, Entities view) only
// restart a timer.
import type { CorpusIndex } from '../src/core/corpus/corpusIndex';
import { DiagnosticQueue, findingsIn } from '../src/core/corpus/diagnosticScope';
import { nowMs } from './stats';

const ALL_KINDS = { conflicts: true, weekdays: true, lookalikes: true };

/**
 * Attaches the diagnostics' listener. `diagnose`: also find the findings of the collected documents after
 * each announcement, as the extension does 250 ms after one (a bulk index announces at most once a second);
 * without it only the collecting is timed (an edit's own set(); its diagnosing waits for typing to pause).
 */
export function extensionListeners(index: CorpusIndex, diagnose = true): { calls: number; ms: number; diagnosed: number } {
  const figures = { calls: 0, ms: 0, diagnosed: 0 };
  const queue = new DiagnosticQueue(index);
  queue.take(); // the extension's first pass, over an empty index
  index.onDidChange((change) => {
    const t0 = nowMs();
    queue.add(change);
    const { uris } = queue.take();
    if (diagnose) {
      for (const uri of uris) if (index.has(uri)) findingsIn(index, uri, ALL_KINDS);
      figures.diagnosed += uris.length;
    }
    figures.calls++;
    figures.ms += nowMs() - t0;
  });
  return figures;
}
