// Document highlights: the other mentions of the same entity in the same file.
import * as vscode from 'vscode';
import { CorpusIndex } from '../core/corpus/corpusIndex';
import { CorpusSync } from './corpusSync';
import { keyOfUri, toRange, VANKIEN_SELECTOR } from './convert';
import { keyUnderCursor } from './navigation';

export function registerHighlights(_context: vscode.ExtensionContext, index: CorpusIndex, sync: CorpusSync): vscode.Disposable {
  return vscode.languages.registerDocumentHighlightProvider(VANKIEN_SELECTOR, {
    provideDocumentHighlights(document, position) {
      const at = keyUnderCursor(index, sync, document, position);
      if (!at) return undefined;
      const uri = keyOfUri(document.uri);
      const mine = index.referencesInAny(at.keys, uri);
      return mine.map((m) => new vscode.DocumentHighlight(toRange(index.rangeOf(uri, m.entity)), vscode.DocumentHighlightKind.Read));
    },
  });
}
