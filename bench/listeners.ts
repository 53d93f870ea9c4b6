// What listens to the index in the extension while it indexes: the diagnostics (src/providers/diagnostics.ts)
// collect the documents a change can alter (core/corpus/diagnosticScope.ts) and, a moment after, find what
// each of them reports, a slice of time at a time. The other listeners (code lens, semantic tokens, status
// bar, Entities view) only restart a timer.
import type { CorpusIndex } from '../src/core/corpus/corpusIndex';
import { DiagnosticQueue, findingsIn, SlicedDiagnosis } from '../src/core/corpus/diagnosticScope';
import { nextTurn } from '../src/core/slices';
import { nowMs } from './stats';

const ALL_KINDS = { conflicts: true, weekdays: true, lookalikes: true };

export interface Listened {
  /** Announcements heard, and the milliseconds spent on them (collecting and diagnosing). */
  calls: number;
  ms: number;
  diagnosed: number;
  /** Resolves once no document waits to be diagnosed (what the clock of a bulk operation waits for). */
  settled(): Promise<void>;
}

/**
 * Attaches the diagnostics' listener. `diagnose`: also find the findings of the collected documents after
 * each announcement, as the extension does 250 ms after one (a bulk index announces at most once a second),
 * a slice of time at a time; without it only the collecting is timed (an edit's own set(); its diagnosing
 * waits for typing to pause).
 */
export function extensionListeners(index: CorpusIndex, diagnose = true): Listened {
  const queue = new DiagnosticQueue(index);
  const sliced = new SlicedDiagnosis(queue, (uri) => {
    const t0 = nowMs();
    if (index.has(uri)) findingsIn(index, uri, ALL_KINDS);
    figures.diagnosed++;
    figures.ms += nowMs() - t0;
  });
  const figures: Listened = {
    calls: 0,
    ms: 0,
    diagnosed: 0,
    settled: async () => {
      while (sliced.pending > 0) await nextTurn();
    },
  };
  queue.take(); // the extension's first pass, over an empty index
  index.onDidChange((change) => {
    const t0 = nowMs();
    queue.add(change);
    figures.ms += nowMs() - t0;
    if (diagnose) sliced.run();
    else queue.take();
    figures.calls++;
  });
  return figures;
}
