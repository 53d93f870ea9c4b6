// Ctrl+T: cited documents, people and bodies of the whole corpus, found with or without diacritics.
import * as vscode from 'vscode';
import { CorpusIndex } from '../core/corpus/corpusIndex';
import { foldForSearch } from '../core/corpus/fold';
import { toLocation } from './convert';
import { mentionsCount } from './counts';
import { locateDefinition } from './navigation';

const KIND: Record<string, vscode.SymbolKind> = {
  citation: vscode.SymbolKind.File,
  person: vscode.SymbolKind.Object,
  organization: vscode.SymbolKind.Namespace,
};

export function registerWorkspaceSymbols(_context: vscode.ExtensionContext, index: CorpusIndex): vscode.Disposable {
  return vscode.languages.registerWorkspaceSymbolProvider({
    provideWorkspaceSymbols(query) {
      // The quick pick filters names with its own fuzzy matcher, which does not ignore diacritics:
      // for a query typed without them, the folded spelling is added to the name so the hit survives.
      const plainQuery = /[a-z]/i.test(query) && foldForSearch(query) === query.toLowerCase().replace(/['\u2019]/g, '').replace(/\s+/g, ' ').trim();
      return index.searchSymbols(query).map((h) => {
        // A document also known by its conference's name carries it, so that the quick pick keeps it for that query.
        // In NFC, as keyboards type: a label taken from a file in NFD would match no query the quick pick gets.
        const label = h.label.normalize('NFC');
        const alias = h.alias?.normalize('NFC');
        const shown = alias && alias !== label ? `${label} · ${alias}` : label;
        const folded = foldForSearch(shown);
        const name = plainQuery && folded !== shown.toLowerCase() ? `${shown} · ${folded}` : shown;
        const where = locateDefinition(index, h.key) ?? toLocation(index, h.first);
        const container = mentionsCount(h.count);
        return new vscode.SymbolInformation(name, KIND[h.kind] ?? vscode.SymbolKind.Key, container, where);
      });
    },
  });
}
