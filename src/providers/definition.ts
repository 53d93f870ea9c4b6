// Go to Definition (PRODUCT.md §2): the corpus document that is the cited document, then a catalogue
// entry with a place, then the fullest citation, earliest file first.
import * as vscode from 'vscode';
import { CorpusIndex } from '../core/corpus/corpusIndex';
import { CorpusSync } from './corpusSync';
import { VANKIEN_SELECTOR } from './convert';
import { keyUnderCursor, locateDefinition } from './navigation';

export function registerDefinition(_context: vscode.ExtensionContext, index: CorpusIndex, sync: CorpusSync): vscode.Disposable {
  return vscode.languages.registerDefinitionProvider(VANKIEN_SELECTOR, {
    provideDefinition(document, position) {
      const at = keyUnderCursor(index, sync, document, position);
      if (!at || (at.entity.kind !== 'citation' && at.entity.kind !== 'person' && at.entity.kind !== 'organization')) return undefined;
      return locateDefinition(index, at.key);
    },
  });
}
