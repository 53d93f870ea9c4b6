import * as assert from 'assert';
import { extract, ExtractOptions } from '../../../src/core/extract';
import {
  AbbreviationEntity, CitationEntity, DateEntity, Entity, ExtractResult, OrganizationEntity, PersonEntity, TermEntity,
} from '../../../src/core/types';

export function run(text: string, options?: ExtractOptions): ExtractResult {
  const r = extract(text, options);
  for (const e of r.entities) assertRange(text, e);
  return r;
}

/** Every entity's offsets and range index the text it came from. */
export function assertRange(text: string, e: Entity): void {
  assert.strictEqual(text.slice(e.start, e.end), e.text, `offsets of ${e.kind} "${e.text}"`);
  const starts = [0];
  const re = /\r\n|\r|\n/g;
  for (let m = re.exec(text); m; m = re.exec(text)) starts.push(m.index + m[0].length);
  assert.ok(e.range.start.line < starts.length, `range line of "${e.text}"`);
  assert.strictEqual(starts[e.range.start.line] + e.range.start.character, e.start, `range start of "${e.text}"`);
  assert.strictEqual(starts[e.range.end.line] + e.range.end.character, e.end, `range end of "${e.text}"`);
}

export const citations = (text: string, options?: ExtractOptions) =>
  run(text, options).entities.filter((e): e is CitationEntity => e.kind === 'citation');
export const people = (text: string, options?: ExtractOptions) =>
  run(text, options).entities.filter((e): e is PersonEntity => e.kind === 'person');
/** People as [name, positions], as the tests compare them. */
export const names = (ps: readonly PersonEntity[]) => ps.map((p) => [p.name, p.positions]);
/** The same in NFC, for a text read in another spelling (NFD). */
export const nfcNames = (ps: readonly PersonEntity[]) => ps.map((p) => [p.name.normalize('NFC'), p.positions.map((x) => x.normalize('NFC'))]);
export const dates = (text: string, options?: ExtractOptions) =>
  run(text, options).entities.filter((e): e is DateEntity => e.kind === 'date');
export const organizations = (text: string) =>
  run(text).entities.filter((e): e is OrganizationEntity => e.kind === 'organization');
export const terms = (text: string) => run(text).entities.filter((e): e is TermEntity => e.kind === 'term');
export const abbreviations = (text: string) =>
  run(text).entities.filter((e): e is AbbreviationEntity => e.kind === 'abbreviation');
