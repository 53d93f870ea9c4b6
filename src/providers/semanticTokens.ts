// Semantic tokens complete the grammar with what only the corpus knows: people, wherever their name
// appears (even with no "đồng chí" before it, or known only from another file). Standard token types,
// so every theme colours them.
import * as vscode from 'vscode';
import { Config } from '../config';
import { CorpusIndex } from '../core/corpus/corpusIndex';
import { findKnownNames } from '../core/corpus/knownNames';
import { CorpusSync } from './corpusSync';
import { keyOfUri, VANKIEN_SELECTOR } from './convert';

export const LEGEND = new vscode.SemanticTokensLegend(['variable', 'namespace'], ['readonly']);
const PERSON = 0;
const ORGANIZATION = 1;

export function registerSemanticTokens(_context: vscode.ExtensionContext, index: CorpusIndex, sync: CorpusSync, config: Config): vscode.Disposable {
  const changed = new vscode.EventEmitter<void>();
  const provider: vscode.DocumentSemanticTokensProvider = {
    onDidChangeSemanticTokens: changed.event,
    provideDocumentSemanticTokens(document) {
      const builder = new vscode.SemanticTokensBuilder(LEGEND);
      if (!config.semanticHighlighting) return builder.build();
      sync.flush(document.uri);
      const uri = keyOfUri(document.uri);
      const spans: { start: number; end: number; type: number }[] = [];
      for (const e of index.entitiesIn(uri)) {
        if (e.kind === 'person') spans.push({ start: e.start, end: e.end, type: PERSON });
        else if (e.kind === 'organization') spans.push({ start: e.start, end: e.end, type: ORGANIZATION });
      }
      // Names the corpus knows that this file's extraction did not mark, outside any other mention.
      const covered = (s: number, e: number) => index.entityAt(uri, s) !== undefined || index.entityAt(uri, e - 1) !== undefined;
      for (const n of findKnownNames(document.getText(), index, covered)) spans.push({ start: n.start, end: n.end, type: PERSON });
      spans.sort((a, b) => a.start - b.start);
      let lastEnd = -1;
      for (const s of spans) {
        if (s.start < lastEnd) continue;
        const a = document.positionAt(s.start);
        const b = document.positionAt(s.end);
        if (a.line !== b.line) continue; // tokens cannot span lines
        builder.push(a.line, a.character, b.character - a.character, s.type, 1);
        lastEnd = s.end;
      }
      return builder.build();
    },
  };
  let timer: NodeJS.Timeout | undefined;
  const sub = index.onDidChange(() => {
    clearTimeout(timer);
    timer = setTimeout(() => changed.fire(), 500);
  });
  return vscode.Disposable.from(
    vscode.languages.registerDocumentSemanticTokensProvider(VANKIEN_SELECTOR, provider, LEGEND),
    config.onDidChange(() => changed.fire()),
    changed,
    { dispose: () => { clearTimeout(timer); sub.dispose(); } },
  );
}
