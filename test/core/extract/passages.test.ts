// Holds the engine to realistic passages in the genre of the seeds, each with the entities a careful
// reader expects of it (test/fixtures/passages; its README gives the forms of an expectation). Every
// expectation the engine meets today is asserted, so a change to the heuristics cannot silently undo
// it; those it does not meet yet carry a "gap" (what is wrong, in a few words) and are only counted,
// with a line for each that has started to pass so the list can be brought up to date.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { extract } from '../../../src/core/extract';
import {
  AbbreviationEntity, CitationEntity, DateEntity, DocumentInfo, Entity, ExtractResult, OrganizationEntity, PersonEntity,
  TermEntity,
} from '../../../src/core/types';
import { repoRoot } from '../../paths';

const passagesDir = path.join(repoRoot, 'test', 'fixtures', 'passages');

type Fields = Record<string, unknown>;
type Kind = Entity['kind'] | 'info';

interface Expectation extends Fields {
  kind?: Kind;
  select?: Fields;
  absent?: boolean;
  sameKeyAs?: string;
  kinds?: Entity['kind'][];
  skip?: Fields[];
  exactly?: Fields[];
  gap?: string;
}

interface Passage {
  id: string;
  /** The text, or its lines. */
  text: string | string[];
  note?: string;
  expect: Expectation[];
}

interface PassageFile {
  set: string;
  about: string;
  passages: Passage[];
}

/** Fields computed from an entity, for what the entity does not state directly. */
const DERIVED: Record<string, (e: Fields) => unknown> = {
  /** A citation by its code as written, or by its key when it has none. */
  codeOrKey: (e) => e.code || e.key,
  /** A subject in capitals compared with the sentence-case reading's. */
  subjectUpper: (e) => (e.subject ? (e.subject as string).toUpperCase() : null),
  /** Whether a date's text writes a year. */
  yearWritten: (e) => /\d{4}/.test(e.text as string),
};

// The fields an expectation may name, so that a misspelt one fails loudly instead of never matching.
const BASE = ['kind', 'text', 'key'] as const;
const FIELDS: Record<Kind, readonly string[]> = {
  citation: [
    ...BASE, ...(['system', 'code', 'number', 'type', 'typeCode', 'issuerCode', 'issuer', 'date', 'subject', 'year', 'terms',
      'conference', 'shortForm', 'refs'] satisfies (keyof CitationEntity)[]), 'codeOrKey', 'subjectUpper'],
  person: [...BASE, ...(['name', 'positions'] satisfies (keyof PersonEntity)[])],
  date: [...BASE, ...(['iso', 'inferred', 'dateline', 'weekday', 'weekdayMatches'] satisfies (keyof DateEntity)[]), 'yearWritten'],
  organization: [...BASE, ...(['name'] satisfies (keyof OrganizationEntity)[])],
  term: [...BASE, ...(['roman', 'ordinal', 'form', 'fromYear', 'toYear'] satisfies (keyof TermEntity)[])],
  abbreviation: [...BASE, ...(['abbreviation', 'expansion'] satisfies (keyof AbbreviationEntity)[])],
  info: ['kind', ...(['ownCode', 'ownKey', 'dateline', 'title'] satisfies (keyof DocumentInfo)[])],
};
const FORM_KEYS = ['select', 'absent', 'sameKeyAs', 'gap'];

const valueOf = (e: Fields, field: string): unknown => (DERIVED[field] ? DERIVED[field](e) : e[field]);
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
const has = (e: Fields, fields: Fields): boolean => Object.entries(fields).every(([k, v]) => same(valueOf(e, k), v));
const show = (e: Fields, fields: readonly string[]): string => JSON.stringify(Object.fromEntries(fields.map((f) => [f, valueOf(e, f)])));
const textOf = (p: Passage): string => (Array.isArray(p.text) ? p.text.join('\n') : p.text);

/** Why an expectation is of no form the README gives, or names a field its kind lacks; null when sound. */
function malformed(x: Expectation): string | null {
  if (x.exactly) {
    const items = [...(x.skip ?? []), ...x.exactly];
    if (!x.kinds?.length) return 'a list names no kinds';
    return items.map((i) => unknownField(i, i.kind as Kind, [])).find((m) => m) ?? null;
  }
  if (!x.kind || !FIELDS[x.kind]) return `unknown kind ${String(x.kind)}`;
  return unknownField(x, x.kind, FORM_KEYS) ?? (x.select ? unknownField(x.select, x.kind, []) : null);
}

function unknownField(fields: Fields, kind: Kind, allowed: readonly string[]): string | null {
  const known = FIELDS[kind];
  if (!known) return `unknown kind ${String(kind)}`;
  const bad = Object.keys(fields).filter((k) => !known.includes(k) && !allowed.includes(k));
  return bad.length ? `${kind} has no field ${bad.join(', ')}` : null;
}

/** What the engine gave instead, when the expectation is not met; null when it is. */
function unmet(x: Expectation, result: ExtractResult): string | null {
  const all = result.entities as unknown as Fields[];
  if (x.exactly) return unmetList(x, all);
  const { kind, select, absent, sameKeyAs, gap: _gap, ...fields } = x;
  const named = Object.keys(fields);
  if (kind === 'info') {
    const info = result.info as unknown as Fields;
    return has(info, fields) ? null : show(info, named);
  }
  const ofKind = all.filter((e) => e.kind === kind);
  if (sameKeyAs !== undefined) {
    const mine = ofKind[0];
    const other = extract(sameKeyAs).entities.find((e) => e.kind === kind);
    return mine && other && mine.key === other.key ? null : `key ${String(mine?.key)}, in the other text ${String(other?.key)}`;
  }
  if (select) {
    const e = ofKind.find((c) => has(c, select));
    if (!e) return `no ${kind} with ${JSON.stringify(select)}`;
    return has(e, fields) ? null : show(e, named);
  }
  const hit = ofKind.find((e) => has(e, fields));
  if (absent) return hit ? `found ${JSON.stringify(hit.text)}` : null;
  return hit ? null : `${kind}s ${ofKind.map((e) => show(e, ['text', ...named.filter((f) => f !== 'text')])).join(' ') || 'none'}`;
}

function unmetList(x: Expectation, all: Fields[]): string | null {
  const listed = all.filter((e) => x.kinds!.includes(e.kind as Entity['kind']) && !(x.skip ?? []).some((s) => has(e, s)));
  const want = x.exactly!;
  const right = listed.length === want.length && want.every((w, i) => has(listed[i], w));
  if (right) return null;
  const fieldsOf = (e: Fields) => want.find((w) => w.kind === e.kind) ?? { kind: e.kind, text: e.text };
  return listed.map((e) => show(e, Object.keys(fieldsOf(e)))).join(' | ') || 'nothing';
}

interface Tally {
  expectations: number;
  gaps: number;
  /** Per file, the asserted expectations not met (or malformed), each naming passage, expectation and what was got. */
  broken: Map<string, string[]>;
  /** Gaps the engine now meets. */
  nowMet: string[];
}

describe('realistic passages with the entities a careful reader expects', function () {
  this.timeout(20000);
  const fileNames = fs.readdirSync(passagesDir).filter((f) => f.endsWith('.json')).sort();
  const files = fileNames.map((f) => [f, JSON.parse(fs.readFileSync(path.join(passagesDir, f), 'utf8')) as PassageFile] as const);
  const tallies = new Map<string, Tally>();

  before(() => {
    for (const [name, file] of files) {
      const t: Tally = tallies.get(file.set) ?? { expectations: 0, gaps: 0, broken: new Map(), nowMet: [] };
      tallies.set(file.set, t);
      const broken: string[] = [];
      t.broken.set(name, broken);
      for (const p of file.passages) {
        const result = extract(textOf(p));
        for (const x of p.expect) {
          t.expectations++;
          const wrong = malformed(x);
          const got = wrong ? null : unmet(x, result);
          const expectation = `${p.id}: ${JSON.stringify({ ...x, gap: undefined })}`;
          if (wrong) broken.push(`${expectation}\n    ${wrong}`);
          else if (x.gap === undefined) {
            if (got !== null) broken.push(`${expectation}\n    got ${got}`);
          } else {
            t.gaps++;
            if (got === null) t.nowMet.push(`${p.id}: now met (gap "${x.gap}")`);
          }
        }
      }
    }
    for (const [set, t] of tallies) {
      console.log(`  passages ${set}: ${t.expectations - t.gaps}/${t.expectations} expectations asserted, ${t.gaps} known gaps`);
      for (const m of t.nowMet) console.log(`    ${m}: drop its "gap"`);
    }
  });

  it('has well-formed fixtures with unique passage ids', () => {
    const ids = files.flatMap(([, f]) => f.passages.map((p) => p.id));
    assert.deepStrictEqual(ids.filter((id, i) => ids.indexOf(id) !== i), [], 'duplicate ids');
    for (const [name, f] of files) assert.ok(f.set && f.about && f.passages.length, `${name}: set, about and passages`);
  });

  for (const [name, file] of files) {
    it(`${file.set}: ${name}`, () => {
      const broken = tallies.get(file.set)!.broken.get(name)!;
      assert.ok(broken.length === 0, `${broken.length} expectation(s) not met:\n${broken.join('\n')}`);
    });
  }
});
