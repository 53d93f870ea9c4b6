// What listens to the index in the extension while it indexes: the diagnostics' scope of a change
// (src/core/corpus/diagnosticScope.ts, as src/providers/diagnostics.ts runs it on every announcement).
// The other listeners (code lens, semantic tokens, status bar, Entities view) only restart a timer.
import type { CorpusIndex } from '../src/core/corpus/corpusIndex';
import { DiagnosticScope } from '../src/core/corpus/diagnosticScope';
import { nowMs } from './stats';

export function extensionListeners(index: CorpusIndex): { calls: number; ms: number } {
  const figures = { calls: 0, ms: 0 };
  const scope = new DiagnosticScope();
  const pending = new Set<string>();
  index.onDidChange((change) => {
    const t0 = nowMs();
    scope.collect(index, change, pending);
    figures.calls++;
    figures.ms += nowMs() - t0;
  });
  return figures;
}
