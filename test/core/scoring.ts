// Scores the engine against hand annotations (test/gold for the seeds, test/fixtures/heldout for texts
// it was never tuned on), per category over mentions: each annotated entry stands for `count` mentions
// of its exact text (NFC, so NFD files compare). Detection (is the mention there?) and fields (a
// citation's code, type, date and issuer, and for held-out short forms the code they refer to; a
// person's positions; a date's ISO value and inferred flag) are counted apart, and also together
// (`strictTp`: found with every field right), so each test can hold the engine to the measure it needs.
import * as fs from 'fs';
import * as path from 'path';
import { extract } from '../../src/core/extract';
import { Entity } from '../../src/core/types';

export type Category = 'citations' | 'people' | 'dates';
export const categories: readonly Category[] = ['citations', 'people', 'dates'];

/** An annotation file: the entries of each category, with their `count`. */
export type Annotation = Record<Category, Array<Record<string, unknown>>>;

/** One category of one file: mentions counted by text, with the fields that entry must carry. */
export type Entries = Map<string, { fields: string; count: number }>;

export interface ScoreOptions {
  /** Hold short forms to the code of the full citation they refer back to (held-out H3). */
  refersTo?: boolean;
}

const nfc = (s: unknown): unknown => (typeof s === 'string' ? s.normalize('NFC') : s ?? null);

/** The fields an entry is held to, from an annotation or from the engine. */
export function fieldsOf(cat: Category, e: Record<string, unknown>, options: ScoreOptions = {}): string {
  if (cat === 'citations') {
    const fields = [e.code, e.type, e.date, e.issuer];
    if (options.refersTo) fields.push(e.refersTo ?? null);
    return JSON.stringify(fields.map(nfc));
  }
  if (cat === 'people') return JSON.stringify((e.positions as string[]).map(nfc));
  return JSON.stringify([e.iso, e.inferred ?? false]);
}

export function fromAnnotation(cat: Category, list: Array<Record<string, unknown>>, options: ScoreOptions = {}): Entries {
  const out: Entries = new Map();
  for (const e of list) out.set(nfc(e.text ?? e.name) as string, { fields: fieldsOf(cat, e, options), count: e.count as number });
  return out;
}

const KIND: Record<Category, Entity['kind']> = { citations: 'citation', people: 'person', dates: 'date' };

export function fromEngine(cat: Category, entities: readonly Entity[], options: ScoreOptions = {}): Entries {
  const out: Entries = new Map();
  const firstStated = new Map<string, Record<string, unknown>>();
  // A short form resolves to the coded citation of the same text whose key its refs name.
  const codeOfKey = new Map<string, string>();
  if (options.refersTo) for (const ent of entities) if (ent.kind === 'citation' && ent.code && !codeOfKey.has(ent.key)) codeOfKey.set(ent.key, ent.code);
  for (const ent of entities) {
    if (ent.kind !== KIND[cat]) continue;
    const e = { ...ent } as unknown as Record<string, unknown>;
    if (options.refersTo && ent.kind === 'citation' && ent.shortForm) e.refersTo = ent.refs.map((k) => codeOfKey.get(k)).find((c) => c) ?? null;
    const key = nfc(cat === 'people' ? e.name : e.text) as string;
    const g = out.get(key);
    if (!g) {
      firstStated.set(key, e);
      out.set(key, { fields: fieldsOf(cat, e, options), count: 1 });
      continue;
    }
    g.count++;
    if (cat === 'citations') {
      // An entry's date and issuer come from the occurrence that states them (gold C6).
      const f = firstStated.get(key)!;
      f.date ??= e.date;
      f.issuer ??= e.issuer;
      g.fields = fieldsOf(cat, f, options);
    }
  }
  return out;
}

export interface Tally {
  /** Mentions found (by text), whatever their fields. */
  tp: number;
  /** Mentions found with every field right. */
  strictTp: number;
  predicted: number;
  gold: number;
  /** Entries found whose fields are right, of those found. */
  fieldsRight: number;
  fieldsChecked: number;
  misses: string[];
  spurious: string[];
  wrongFields: string[];
}

export const emptyTally = (): Tally => ({
  tp: 0, strictTp: 0, predicted: 0, gold: 0, fieldsRight: 0, fieldsChecked: 0, misses: [], spurious: [], wrongFields: [],
});

export function tally(t: Tally, doc: string, predicted: Entries, gold: Entries): void {
  for (const [k, g] of gold) {
    t.gold += g.count;
    const p = predicted.get(k);
    if (!p) {
      t.misses.push(`${doc}: ${k} ×${g.count} ${g.fields}`);
      continue;
    }
    const found = Math.min(p.count, g.count);
    t.tp += found;
    if (p.count < g.count) t.misses.push(`${doc}: ${k} found ×${p.count} of ×${g.count}`);
    t.fieldsChecked++;
    if (p.fields === g.fields) {
      t.fieldsRight++;
      t.strictTp += found;
    } else t.wrongFields.push(`${doc}: ${k}: got ${p.fields}, want ${g.fields}`);
  }
  for (const [k, p] of predicted) {
    t.predicted += p.count;
    const g = gold.get(k);
    if (!g) t.spurious.push(`${doc}: ${k} ×${p.count} ${p.fields}`);
    else if (p.count > g.count) t.spurious.push(`${doc}: ${k} found ×${p.count}, annotated ×${g.count}`);
  }
}

export const ratio = (a: number, b: number): number => (b ? a / b : 1);

/** Precision and recall of a tally, on detection alone or with every field right (`strict`). */
export function rates(t: Tally, strict = false): { precision: number; recall: number } {
  const tp = strict ? t.strictTp : t.tp;
  return { precision: ratio(tp, t.predicted), recall: ratio(tp, t.gold) };
}

/** Runs the engine on every `.txt` of `textDir` that has an annotation in `annotationDir` and tallies it. */
export function scoreFolder(textDir: string, annotationDir: string, files: readonly string[], options: ScoreOptions = {}): Record<Category, Tally> {
  const totals = {} as Record<Category, Tally>;
  for (const cat of categories) totals[cat] = emptyTally();
  for (const file of files) {
    const annotation = JSON.parse(fs.readFileSync(path.join(annotationDir, file.replace(/\.txt$/, '.json')), 'utf8')) as Annotation;
    const { entities } = extract(fs.readFileSync(path.join(textDir, file), 'utf8'));
    for (const cat of categories) tally(totals[cat], file, fromEngine(cat, entities, options), fromAnnotation(cat, annotation[cat], options));
  }
  return totals;
}

/** The printed table: one row per category, then every miss, spurious mention and wrong field. */
export function report(heading: string, totals: Record<Category, Tally>, strict: boolean): string {
  const lines = ['', `  ${heading}`, '  category     tp predicted  gold   precision recall   fields right'];
  for (const cat of categories) {
    const t = totals[cat];
    const r = rates(t, strict);
    lines.push(
      `  ${cat.padEnd(10)} ${String(strict ? t.strictTp : t.tp).padStart(4)} ${String(t.predicted).padStart(9)} ${String(t.gold).padStart(5)}` +
        `   ${r.precision.toFixed(3)}     ${r.recall.toFixed(3)}    ${t.fieldsRight}/${t.fieldsChecked}`,
    );
  }
  for (const cat of categories) lines.push(...problems(totals[cat], `${cat} `).map((s) => `  ${s}`));
  return lines.join('\n');
}

/** Every miss, spurious mention and wrong field of a tally, under a heading each. */
export function problems(t: Tally, prefix = ''): string[] {
  const out: string[] = [];
  for (const [label, list] of [['missed', t.misses], ['spurious', t.spurious], ['wrong fields', t.wrongFields]] as const) {
    if (list.length) out.push(`${prefix}${label}:`, ...list.map((s) => `  ${s}`));
  }
  return out;
}
