// Diagnostics over the whole corpus, each kind behind its own setting:
// - one code cited with different dates or issuers (related information points at the others), and
//   one code naming documents of different terms (information: they are kept apart, not merged);
// - a dateline whose written weekday does not match its date;
// - a code written with look-alike characters (quick fix in codeActions.ts).
// When a document changes, only it and the documents sharing a citation with it are recomputed
// (core/corpus/diagnosticScope.ts).
import * as path from 'path';
import * as vscode from 'vscode';
import { Config } from '../config';
import { CodeConflict, CorpusIndex, Mention } from '../core/corpus/corpusIndex';
import { conflictReport, DiagnosticQueue, findingsIn, SlicedDiagnosis } from '../core/corpus/diagnosticScope';
import { CitationEntity } from '../core/types';
import { toLocation, toRange, toUri } from './convert';
import { weekdayLabel } from './weekday';

export const SOURCE = 'vankien';
export const LOOKALIKE_CODE = 'lookalike-characters';

export function registerDiagnostics(_context: vscode.ExtensionContext, index: CorpusIndex, config: Config): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection(SOURCE);
  const queue = new DiagnosticQueue(index);
  let timer: NodeJS.Timeout | undefined;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(flush, 250);
  };
  /** The documents the collection holds diagnostics for. */
  const shown = new Set<string>();
  // The documents a change may alter are diagnosed a few milliseconds at a time (a bulk index sends
  // thousands at once), each with the index as it is when its turn comes.
  const sliced = new SlicedDiagnosis(
    queue,
    (uri) => {
      const found = index.has(uri) ? diagnose(index, config, uri) : [];
      // Most documents have nothing to report: only what changes in the collection goes to the editor
      // (at 10,000 documents, setting an empty list for each took 0.4 s of the extension host's thread).
      if (found.length === 0) {
        if (shown.delete(uri)) collection.delete(toUri(uri));
        return;
      }
      shown.add(uri);
      collection.set(toUri(uri), found);
    },
    () => {
      // Every indexed document comes again, its diagnostics set anew at its turn: only those of documents
      // no longer indexed go now (clearing them all would empty the Problems panel until the last turn).
      for (const uri of [...shown]) {
        if (index.has(uri)) continue;
        shown.delete(uri);
        collection.delete(toUri(uri));
      }
    },
  );
  const flush = () => sliced.run();
  const sub = index.onDidChange((change) => {
    queue.add(change);
    schedule();
  });
  schedule();
  return vscode.Disposable.from(collection, config.onDidChange(() => { queue.addAll(); schedule(); }), {
    dispose: () => { clearTimeout(timer); sliced.dispose(); sub.dispose(); },
  });
}

export function diagnose(index: CorpusIndex, config: Config, uri: string): vscode.Diagnostic[] {
  const out: vscode.Diagnostic[] = [];
  const found = findingsIn(index, uri, { conflicts: config.conflictDiagnostics, weekdays: config.weekdayDiagnostics, lookalikes: config.lookalikeDiagnostics });
  for (const c of found.conflicts) out.push(...conflictDiagnostics(index, c, uri));
  for (const e of found.weekdays) {
    const d = new vscode.Diagnostic(toRange(index.rangeOf(uri, e)), vscode.l10n.t('The dateline says {0}, but {1} is a {2}.', e.weekday, e.iso, weekdayLabel(e.iso) ?? '?'), vscode.DiagnosticSeverity.Warning);
    d.source = SOURCE;
    d.code = 'dateline-weekday';
    out.push(d);
  }
  for (const l of found.lookalikes) {
    const d = new vscode.Diagnostic(toRange(l.range), vscode.l10n.t('The code {0} contains look-alike characters ({1}); it should read {2}.', l.text, l.characters.join(', '), l.fixed), vscode.DiagnosticSeverity.Warning);
    d.source = SOURCE;
    d.code = LOOKALIKE_CODE;
    out.push(d);
  }
  return out;
}

function conflictDiagnostics(index: CorpusIndex, c: CodeConflict, uri: string): vscode.Diagnostic[] {
  const label = (m: Mention) => `${path.posix.basename(toUri(m.uri).path)}: ${(m.entity as CitationEntity).code ?? m.entity.text}`;
  return conflictReport(index, c, uri).map(({ mention, others, issuers }) => {
    let message: string;
    let severity = vscode.DiagnosticSeverity.Warning;
    if (c.kind === 'terms') {
      message = vscode.l10n.t('{0} names different documents in different terms ({1}); the corpus keeps them apart.', c.key, c.values.map((t) => 'khóa ' + t).join(', '));
      severity = vscode.DiagnosticSeverity.Information;
    } else if (c.kind === 'dates') {
      message = vscode.l10n.t('{0} is cited with different dates across the corpus: {1}.', c.key, c.values.join(', '));
    } else {
      message = vscode.l10n.t('{0} is attributed to different issuers across the corpus: {1}.', c.key, issuers.join('; '));
    }
    const d = new vscode.Diagnostic(toRange(index.rangeOf(mention.uri, mention.entity)), message, severity);
    d.source = SOURCE;
    d.code = c.kind === 'terms' ? 'code-in-several-terms' : c.kind === 'dates' ? 'conflicting-dates' : 'conflicting-issuers';
    d.relatedInformation = others.map((o) => new vscode.DiagnosticRelatedInformation(toLocation(index, o.mention), `${label(o.mention)} — ${o.value}`));
    return d;
  });
}
