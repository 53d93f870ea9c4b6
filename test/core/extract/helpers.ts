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
  const lines = text.split(/\r\n|\r|\n/);
  const startLine = lines[e.range.start.line];
  assert.ok(startLine !== undefined, `range line of "${e.text}"`);
  let offset = 0;
  for (let i = 0; i < e.range.start.line; i++) offset = text.indexOf('\n', offset) + 1;
  assert.strictEqual(offset + e.range.start.character, e.start, `range start of "${e.text}"`);
}

export const citations = (text: string, options?: ExtractOptions) =>
  run(text, options).entities.filter((e): e is CitationEntity => e.kind === 'citation');
export const people = (text: string, options?: ExtractOptions) =>
  run(text, options).entities.filter((e): e is PersonEntity => e.kind === 'person');
export const dates = (text: string, options?: ExtractOptions) =>
  run(text, options).entities.filter((e): e is DateEntity => e.kind === 'date');
export const organizations = (text: string) =>
  run(text).entities.filter((e): e is OrganizationEntity => e.kind === 'organization');
export const terms = (text: string) => run(text).entities.filter((e): e is TermEntity => e.kind === 'term');
export const abbreviations = (text: string) =>
  run(text).entities.filter((e): e is AbbreviationEntity => e.kind === 'abbreviation');
