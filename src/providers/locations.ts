// Mentions → editor locations for Find All References and the code lens, kept per key between requests:
// after an edit only the changed document's mentions become new Locations (see ListMapper), and a
// document's Uri is parsed once, not once per mention.
import * as vscode from 'vscode';
import { CorpusIndex, Mention } from '../core/corpus/corpusIndex';
import { ListMapper } from '../core/corpus/listMapper';
import { memoSet } from '../core/memo';
import { unpackSpan } from '../core/text/lines';

const URI_LIMIT = 50_000;
const uris = new Map<string, vscode.Uri>();

function uriOf(uri: string): vscode.Uri {
  return uris.get(uri) ?? memoSet(uris, uri, vscode.Uri.parse(uri, true), URI_LIMIT);
}

const newRange = (sl: number, sc: number, el: number, ec: number): vscode.Range => new vscode.Range(sl, sc, el, ec);

/**
 * A location whose range is made when it is read, from the span its posting packs (text/lines.ts). The
 * editor reads each range once, as it converts a provider's answer for the window. Kept between requests
 * it is one small object (its document's Uri is shared) instead of four (a Location, its Range and the
 * Range's two Positions): the answers for the most mentioned names, tens of thousands of locations, are
 * kept without the collector copying their ranges from one generation to the next. It is a Location to
 * whoever reads its `uri` and `range`, but not an instance of vscode.Location: a command's arguments
 * need those (see commandLocations).
 */
class SpanLocation {
  constructor(readonly uri: vscode.Uri, private readonly span: number) {}

  get range(): vscode.Range {
    return unpackSpan(this.span, newRange);
  }
}

/** Whether a mention's span is packed: one its posting could not pack (-1, or none) gives a Location with its range worked out at once. */
const packed = (span: number | undefined): span is number => span !== undefined && span !== -1;

const mappers = new WeakMap<CorpusIndex, ListMapper<Mention, vscode.Location>>();

/**
 * The locations of every mention of the keys, each once (see CorpusIndex.referencesOfAny), for a
 * provider to return; the array may be handed out again: callers do not change it. One bare key's come
 * straight from its posting's columns.
 */
export function locationsOf(index: CorpusIndex, keys: readonly string[]): vscode.Location[] {
  let mapper = mappers.get(index);
  if (!mapper) {
    const located = (m: Mention): vscode.Location => (packed(m.span) ? new SpanLocation(uriOf(m.uri), m.span) : new vscode.Location(uriOf(m.uri), index.mentionRange(m, newRange)));
    mappers.set(index, (mapper = new ListMapper(located)));
  }
  const key = keys.join('\n');
  const columns = keys.length === 1 ? index.mentionColumns(keys[0]) : undefined;
  if (columns) {
    const { owners, spans } = columns;
    return mapper.mapColumns(key, columns, (i) => (spans[i] !== -1 ? new SpanLocation(uriOf(owners[i]), spans[i]) : new vscode.Location(uriOf(owners[i]), index.columnRange(columns, i, newRange))));
  }
  return mapper.map(key, index.referencesOfAny(keys));
}

/**
 * The same locations as instances of vscode.Location, for a command's arguments: the editor converts
 * those by their class (a location of another class would reach the window without its range).
 */
export function commandLocations(index: CorpusIndex, keys: readonly string[]): vscode.Location[] {
  return locationsOf(index, keys).map((l) => (l instanceof SpanLocation ? new vscode.Location(l.uri, l.range) : l));
}
