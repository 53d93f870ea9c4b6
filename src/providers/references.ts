// Find All References: every mention of the same document (all forms, grouped by key) or person
// across the corpus; a mention naming several documents lists the mentions of each. Hover and code lens counts (`mentionCount`) are the lengths of the same lists.
import * as vscode from 'vscode';
import { CorpusIndex } from '../core/corpus/corpusIndex';
import { CorpusSync } from './corpusSync';
import { VANKIEN_SELECTOR } from './convert';
import { locationsOf } from './locations';
import { keyUnderCursor } from './navigation';

export function registerReferences(_context: vscode.ExtensionContext, index: CorpusIndex, sync: CorpusSync): vscode.Disposable {
  return vscode.languages.registerReferenceProvider(VANKIEN_SELECTOR, {
    provideReferences(document, position) {
      const at = keyUnderCursor(index, sync, document, position);
      if (!at) return undefined;
      return locationsOf(index, at.keys);
    },
  });
}
