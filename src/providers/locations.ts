// Mentions → editor locations for Find All References and the code lens, kept per key between requests:
// after an edit only the changed document's mentions become new Locations (see ListMapper), and a
// document's Uri is parsed once, not once per mention.
import * as vscode from 'vscode';
import { CorpusIndex, Mention } from '../core/corpus/corpusIndex';
import { ListMapper } from '../core/corpus/listMapper';
import { memoSet } from '../core/memo';

const URI_LIMIT = 50_000;
const uris = new Map<string, vscode.Uri>();

function uriOf(uri: string): vscode.Uri {
  return uris.get(uri) ?? memoSet(uris, uri, vscode.Uri.parse(uri, true), URI_LIMIT);
}

const newRange = (sl: number, sc: number, el: number, ec: number): vscode.Range => new vscode.Range(sl, sc, el, ec);

const mappers = new WeakMap<CorpusIndex, ListMapper<Mention, vscode.Location>>();

/**
 * The locations of every mention of the keys, each once (see CorpusIndex.referencesOfAny); the array may
 * be handed out again: callers do not change it. One bare key's come straight from its posting's columns.
 */
export function locationsOf(index: CorpusIndex, keys: readonly string[]): vscode.Location[] {
  let mapper = mappers.get(index);
  if (!mapper) mappers.set(index, (mapper = new ListMapper((m: Mention) => new vscode.Location(uriOf(m.uri), index.mentionRange(m, newRange)))));
  const key = keys.join('\n');
  const columns = keys.length === 1 ? index.mentionColumns(keys[0]) : undefined;
  if (columns) return mapper.mapColumns(key, columns, (i) => new vscode.Location(uriOf(columns.owners[i]), index.columnRange(columns, i, newRange)));
  return mapper.map(key, index.referencesOfAny(keys));
}
