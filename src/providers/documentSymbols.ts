// The Outline: a file's citations, people, dates and other entities, grouped by kind; one entry per
// distinct entity (its first mention), its mention count as detail.
import * as vscode from 'vscode';
import { CorpusIndex, Mention } from '../core/corpus/corpusIndex';
import { EntityKind } from '../core/types';
import { CorpusSync } from './corpusSync';
import { keyOfUri, toRange, VANKIEN_SELECTOR } from './convert';

export const GROUPS: { kind: EntityKind; label: () => string; symbol: vscode.SymbolKind }[] = [
  { kind: 'citation', label: () => vscode.l10n.t('Citations'), symbol: vscode.SymbolKind.File },
  { kind: 'person', label: () => vscode.l10n.t('People'), symbol: vscode.SymbolKind.Object },
  { kind: 'date', label: () => vscode.l10n.t('Dates'), symbol: vscode.SymbolKind.Event },
  { kind: 'organization', label: () => vscode.l10n.t('Organisations'), symbol: vscode.SymbolKind.Namespace },
  { kind: 'term', label: () => vscode.l10n.t('Terms'), symbol: vscode.SymbolKind.Number },
  { kind: 'abbreviation', label: () => vscode.l10n.t('Abbreviations'), symbol: vscode.SymbolKind.Constant },
];

/** The name of a kind of entity in the interface language ("Citations"); the kind itself when unknown. */
export const kindLabel = (kind: string): string => GROUPS.find((g) => g.kind === kind)?.label() ?? kind;

/** Distinct keys of one kind in a file, with their mentions in text order. */
export function groupByKey(index: CorpusIndex, mentions: Mention[]): Map<string, Mention[]> {
  const byKey = new Map<string, Mention[]>();
  for (const m of mentions) {
    const key = index.keysOf(m)[0];
    const list = byKey.get(key);
    if (list) list.push(m);
    else byKey.set(key, [m]);
  }
  return byKey;
}

export function registerDocumentSymbols(_context: vscode.ExtensionContext, index: CorpusIndex, sync: CorpusSync): vscode.Disposable {
  return vscode.languages.registerDocumentSymbolProvider(VANKIEN_SELECTOR, {
    provideDocumentSymbols(document) {
      sync.flush(document.uri);
      const uri = keyOfUri(document.uri);
      const mentions = index.mentionsIn(uri);
      const out: vscode.DocumentSymbol[] = [];
      for (const g of GROUPS) {
        const ofKind = mentions.filter((m) => m.entity.kind === g.kind);
        if (ofKind.length === 0) continue;
        const children: vscode.DocumentSymbol[] = [];
        for (const [, ms] of groupByKey(index, ofKind)) {
          const e = ms[0].entity;
          const name = e.kind === 'date' ? `${e.text} (${e.iso})` : e.kind === 'person' ? e.name : e.text;
          const range = toRange(index.rangeOf(uri, e));
          children.push(new vscode.DocumentSymbol(name.replace(/\s+/g, ' '), ms.length > 1 ? `×${ms.length}` : '', g.symbol, range, range));
        }
        const first = index.rangeOf(uri, ofKind[0].entity);
        const last = index.rangeOf(uri, ofKind.reduce((a, m) => (m.entity.end > a.entity.end ? m : a)).entity);
        const span = new vscode.Range(toRange(first).start, toRange(last).end);
        const group = new vscode.DocumentSymbol(g.label(), String(children.length), vscode.SymbolKind.Namespace, span, toRange(first));
        group.children = children;
        out.push(group);
      }
      return out;
    },
  });
}
