// The answers definition, references and highlights share: which key the mention under the cursor
// belongs to, and where a key is defined.
import * as vscode from 'vscode';
import { CorpusIndex, Definition } from '../core/corpus/corpusIndex';
import { Entity } from '../core/types';
import { CorpusSync } from './corpusSync';
import { keyOfUri, toLocation, toUri } from './convert';

/**
 * The entity under the cursor, its primary key and every key it refers to ("Trung ương 4 khóa XI và khóa
 * XII" → two), with the keys a catalogue ties to each (a code and the names its entry gives it).
 */
export function keyUnderCursor(index: CorpusIndex, sync: CorpusSync, document: vscode.TextDocument, position: vscode.Position): { key: string; keys: string[]; entity: Entity } | undefined {
  sync.flush(document.uri);
  const uri = keyOfUri(document.uri);
  const entity = index.entityAt(uri, document.offsetAt(position));
  if (!entity) return undefined;
  const mention = index.mentionOf(uri, entity) ?? { uri, entity, term: null };
  const keys = [...new Set(index.keysOf(mention).flatMap((k) => index.keysOfSameDocument(k)))];
  return { key: keys[0], keys, entity };
}


/** A definition's place, or undefined for one that lives nowhere in the workspace (a built-in catalogue entry). */
export function definitionLocation(index: CorpusIndex, d: Definition): vscode.Location | undefined {
  switch (d.kind) {
    case 'document':
      return new vscode.Location(toUri(d.uri), new vscode.Position(0, 0));
    case 'catalog':
      return d.entry.location ? new vscode.Location(toUri(d.entry.location.uri), new vscode.Position(d.entry.location.line, 0)) : undefined;
    case 'citation':
      return toLocation(index, { uri: d.uri, entity: d.entity, term: null });
  }
}

/**
 * Where a key is defined, in the definition order (PRODUCT.md §2): the corpus documents that are the
 * document, the catalogue entries with a place, the fullest citation — each place once; the first is
 * where F12 goes and Peek shows the rest. For a key without a definition (a person): the mention with
 * most positions, earliest first.
 */
export function locateDefinitions(index: CorpusIndex, key: string): vscode.Location[] {
  const out: vscode.Location[] = [];
  for (const d of index.definitionsOf(key)) {
    const loc = definitionLocation(index, d);
    if (loc) out.push(loc);
  }
  if (out.length) return distinctLocations(out);
  const best = index.richestMentionOf(key);
  return best ? [toLocation(index, best)] : [];
}

/**
 * The definitions of every document a mention names ("Nghị quyết Trung ương 4 khóa XI và khóa XII":
 * those of 12-NQ/TW, then those of 04-NQ/TW), each place once.
 */
export function locateDefinitionsOfAll(index: CorpusIndex, keys: readonly string[]): vscode.Location[] {
  return distinctLocations(keys.flatMap((k) => locateDefinitions(index, k)));
}

function distinctLocations(list: vscode.Location[]): vscode.Location[] {
  const seen = new Set<string>();
  return list.filter((loc) => {
    const id = `${loc.uri.toString()}#${loc.range.start.line}:${loc.range.start.character}-${loc.range.end.line}:${loc.range.end.character}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** Where F12 goes for a key: the first of `locateDefinitions`. */
export function locateDefinition(index: CorpusIndex, key: string): vscode.Location | undefined {
  return locateDefinitions(index, key)[0];
}
