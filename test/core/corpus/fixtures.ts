// Extraction results built from the hand-checked gold annotations, so that the index is tested on
// real entities of the seeds independently of the extraction engine's progress.
import * as fs from 'fs';
import * as path from 'path';
import { goldDir, readSeed } from '../../paths';
import { lineIndex } from '../../../src/core/text/lines';
import { CitationEntity, Entity, ExtractResult, PersonEntity } from '../../../src/core/types';

interface GoldFile {
  citations: { text: string; code: string | null; type: string | null; date: string | null; issuer: string | null }[];
  people: { name: string; positions: string[] }[];
  dates: { text: string; iso: string }[];
}

function occurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) out.push(i);
  return out;
}

export function personKey(name: string): string {
  return name.normalize('NFC').toLowerCase();
}

export function citation(text: string, start: number, fields: Partial<CitationEntity> & { code: string | null }, full = text): CitationEntity {
  const lines = lineIndex(full);
  const key = fields.code ?? text;
  return {
    kind: 'citation', text, start, end: start + text.length, range: lines.range(start, start + text.length), key,
    system: 'party', number: null, type: null, typeCode: null, issuerCode: null, issuer: null, date: null,
    subject: null, year: null, terms: [], conference: null, shortForm: false, refs: [key], ...fields,
  };
}

/** An extraction of `seedName` holding exactly the gold citations and people. */
export function goldExtract(seedName: string, text = readSeed(seedName)): ExtractResult {
  const gold: GoldFile = JSON.parse(fs.readFileSync(path.join(goldDir, seedName.replace(/\.txt$/, '.json')), 'utf8'));
  const nfc = text.normalize('NFC');
  const lines = lineIndex(nfc);
  const entities: Entity[] = [];
  for (const c of gold.citations) {
    for (const at of occurrences(nfc, c.text)) {
      entities.push(citation(c.text, at, { code: c.code, type: c.type, date: c.date, issuer: c.issuer }, nfc));
    }
  }
  for (const p of gold.people) {
    for (const at of occurrences(nfc, p.name)) {
      const e: PersonEntity = {
        kind: 'person', text: p.name, start: at, end: at + p.name.length, range: lines.range(at, at + p.name.length),
        key: personKey(p.name), name: p.name, positions: p.positions,
      };
      entities.push(e);
    }
  }
  entities.sort((a, b) => a.start - b.start);
  return { entities, info: { ownCode: null, ownKey: null, dateline: null, title: null }, warnings: [] };
}

/** Places of every occurrence of a string across texts, as "uri@offset". */
export function placesOf(texts: Map<string, string>, needle: string): string[] {
  const out: string[] = [];
  for (const [uri, text] of [...texts].sort()) for (const at of occurrences(text, needle)) out.push(`${uri}@${at}`);
  return out;
}
