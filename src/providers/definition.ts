// Go to Definition (PRODUCT.md §2): the corpus document that is the cited document, then a catalogue
// entry with a place, then the fullest citation, earliest file first. F12 goes to the first; Peek
// shows them all in that order.
import * as vscode from 'vscode';
import { CorpusIndex } from '../core/corpus/corpusIndex';
import { CorpusSync } from './corpusSync';
import { VANKIEN_SELECTOR } from './convert';
import { keyUnderCursor, locateDefinitionsOfAll } from './navigation';

export function registerDefinition(_context: vscode.ExtensionContext, index: CorpusIndex, sync: CorpusSync): vscode.Disposable {
  return vscode.languages.registerDefinitionProvider(VANKIEN_SELECTOR, {
    provideDefinition(document, position) {
      const at = keyUnderCursor(index, sync, document, position);
      if (!at || (at.entity.kind !== 'citation' && at.entity.kind !== 'person' && at.entity.kind !== 'organization')) return undefined;
      // A mention naming several documents offers the definitions of each.
      const all = locateDefinitionsOfAll(index, at.keys);
      return all.length ? all : undefined;
    },
  });
}
