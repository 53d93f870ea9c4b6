// Inlay hints: the year the engine read for a day-month written without one, and the code the catalogue
// knows a document by when the text names it by its conference (src/core/hints.ts). Labels are years
// and codes in plain text and tooltips plain strings: nothing from a document is rendered as Markdown.
import * as vscode from 'vscode';
import { Config } from '../config';
import { CorpusIndex } from '../core/corpus/corpusIndex';
import { inlineHints } from '../core/hints';
import { CorpusSync } from './corpusSync';
import { keyOfUri, VANKIEN_SELECTOR } from './convert';

const dayMonthYear = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

export function registerInlayHints(_context: vscode.ExtensionContext, index: CorpusIndex, sync: CorpusSync, config: Config): vscode.Disposable {
  const changed = new vscode.EventEmitter<void>();
  const provider: vscode.InlayHintsProvider = {
    onDidChangeInlayHints: changed.event,
    provideInlayHints(document, range) {
      const kinds = config.inlayHints;
      if (!kinds.years && !kinds.codes) return [];
      sync.flush(document.uri);
      const from = document.offsetAt(range.start);
      const to = document.offsetAt(range.end);
      const hints: vscode.InlayHint[] = [];
      for (const h of inlineHints(index.entitiesIn(keyOfUri(document.uri)), kinds, (key) => index.catalogCodeOf(key))) {
        if (h.offset < from || h.offset > to) continue;
        const hint = new vscode.InlayHint(document.positionAt(h.offset), h.label);
        hint.paddingLeft = h.spaced;
        hint.tooltip = h.kind === 'year'
          ? vscode.l10n.t('Year read from the dateline and the sentence: {0}', dayMonthYear(h.value))
          : vscode.l10n.t('Known in the catalogue as {0}', h.value);
        hints.push(hint);
      }
      return hints;
    },
  };
  let timer: NodeJS.Timeout | undefined;
  const sub = index.onDidChange(() => {
    clearTimeout(timer);
    timer = setTimeout(() => changed.fire(), 300);
  });
  const settings = config.onDidChange((e) => {
    if (e.affectsConfiguration('vankien.inlayHints')) changed.fire();
  });
  return vscode.Disposable.from(
    vscode.languages.registerInlayHintsProvider(VANKIEN_SELECTOR, provider),
    sub,
    settings,
    changed,
    { dispose: () => clearTimeout(timer) },
  );
}
