// Holds the engine to the hand-checked gold annotations of the five seeds: precision and recall per
// category over mentions (each gold entry stands for `count` mentions), printed as a table.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { extract } from '../../src/core/extract';
import { CitationEntity, DateEntity, PersonEntity } from '../../src/core/types';
import { goldDir, readSeed, seedFiles } from '../paths';

interface GoldFile {
  doc: string;
  citations: Array<{ text: string; code: string | null; type: string; date: string | null; issuer: string | null; count: number }>;
  people: Array<{ name: string; positions: string[]; count: number }>;
  dates: Array<{ text: string; iso: string; inferred?: boolean; count: number }>;
}

type Category = 'citations' | 'people' | 'dates';

/** Mentions grouped by their identifying text, each group with the fields that must match. */
type Grouped = Map<string, { fields: string; count: number }>;

function groupCitations(cs: CitationEntity[]): Grouped {
  // The fields of an entry come from the occurrence that states them (gold C6).
  const byText = new Map<string, { c: CitationEntity; count: number; date: string | null; issuer: string | null }>();
  for (const c of cs) {
    const g = byText.get(c.text);
    if (g) {
      g.count++;
      g.date ??= c.date;
      g.issuer ??= c.issuer;
    } else byText.set(c.text, { c, count: 1, date: c.date, issuer: c.issuer });
  }
  const out: Grouped = new Map();
  for (const [text, g] of byText) {
    out.set(text, { fields: JSON.stringify([g.c.code, g.c.type, g.date, g.issuer]), count: g.count });
  }
  return out;
}

function group<T>(items: T[], keyOf: (t: T) => string, fieldsOf: (t: T) => string): Grouped {
  const out: Grouped = new Map();
  for (const it of items) {
    const k = keyOf(it);
    const g = out.get(k);
    if (g) g.count++;
    else out.set(k, { fields: fieldsOf(it), count: 1 });
  }
  return out;
}

interface Score {
  tp: number;
  predicted: number;
  gold: number;
  problems: string[];
}

function score(predicted: Grouped, gold: Grouped, doc: string): Score {
  const s: Score = { tp: 0, predicted: 0, gold: 0, problems: [] };
  for (const [k, g] of gold) {
    s.gold += g.count;
    const p = predicted.get(k);
    if (!p) s.problems.push(`${doc}: missed ${k} ×${g.count} ${g.fields}`);
    else if (p.fields !== g.fields) s.problems.push(`${doc}: wrong fields for ${k}: got ${p.fields}, want ${g.fields}`);
    else {
      s.tp += Math.min(p.count, g.count);
      if (p.count !== g.count) s.problems.push(`${doc}: ${k} found ×${p.count}, gold ×${g.count}`);
    }
  }
  for (const [k, p] of predicted) {
    s.predicted += p.count;
    if (!gold.has(k)) s.problems.push(`${doc}: spurious ${k} ×${p.count} ${p.fields}`);
  }
  return s;
}

describe('gold annotations of the seeds', function () {
  this.timeout(20000);
  const totals: Record<Category, Score> = {
    citations: { tp: 0, predicted: 0, gold: 0, problems: [] },
    people: { tp: 0, predicted: 0, gold: 0, problems: [] },
    dates: { tp: 0, predicted: 0, gold: 0, problems: [] },
  };

  before(() => {
    for (const file of seedFiles()) {
      const gold = JSON.parse(fs.readFileSync(path.join(goldDir, file.replace(/\.txt$/, '.json')), 'utf8')) as GoldFile;
      const result = extract(readSeed(file));
      const cits = result.entities.filter((e): e is CitationEntity => e.kind === 'citation');
      const people = result.entities.filter((e): e is PersonEntity => e.kind === 'person');
      const dates = result.entities.filter((e): e is DateEntity => e.kind === 'date');
      const parts: Array<[Category, Grouped, Grouped]> = [
        [
          'citations',
          groupCitations(cits),
          group(gold.citations, (c) => c.text, (c) => JSON.stringify([c.code, c.type, c.date, c.issuer]), ),
        ],
        ['people', group(people, (p) => p.name, (p) => JSON.stringify(p.positions)), group(gold.people, (p) => p.name, (p) => JSON.stringify(p.positions))],
        [
          'dates',
          group(dates, (d) => d.text, (d) => JSON.stringify([d.iso, d.inferred])),
          group(gold.dates, (d) => d.text, (d) => JSON.stringify([d.iso, d.inferred ?? false])),
        ],
      ];
      for (const [cat, predicted, goldGroups] of parts) {
        // Gold counts stand for mentions: expand each entry's count.
        const g: Grouped = new Map();
        const source = cat === 'citations' ? gold.citations : cat === 'people' ? gold.people : gold.dates;
        for (const entry of source as Array<{ count: number }>) {
          const named = entry as unknown as { text?: string; name?: string };
          const k = (named.text ?? named.name)!;
          g.set(k, { fields: goldGroups.get(k)!.fields, count: entry.count });
        }
        const s = score(predicted, g, file);
        const t = totals[cat];
        t.tp += s.tp;
        t.predicted += s.predicted;
        t.gold += s.gold;
        t.problems.push(...s.problems);
      }
    }
    const rows = (Object.keys(totals) as Category[]).map((cat) => {
      const t = totals[cat];
      const p = t.predicted ? t.tp / t.predicted : 1;
      const r = t.gold ? t.tp / t.gold : 1;
      return `  ${cat.padEnd(10)} ${String(t.tp).padStart(4)} ${String(t.predicted).padStart(9)} ${String(t.gold).padStart(5)}   ${p.toFixed(3)}     ${r.toFixed(3)}`;
    });
    console.log(['\n  category     tp predicted  gold   precision recall', ...rows].join('\n'));
  });

  for (const cat of ['citations', 'people', 'dates'] as Category[]) {
    it(`${cat}: precision and recall at least 0.98`, () => {
      const t = totals[cat];
      const p = t.predicted ? t.tp / t.predicted : 1;
      const r = t.gold ? t.tp / t.gold : 1;
      assert.ok(p >= 0.98 && r >= 0.98, `${cat}: precision ${p.toFixed(3)}, recall ${r.toFixed(3)}\n${t.problems.join('\n')}`);
    });
  }
});
