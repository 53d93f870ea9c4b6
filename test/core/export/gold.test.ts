// The export of the seeds holds every hand-checked citation, person and date of test/gold, as many
// times as the gold counts them.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { goldDir, seedFiles } from '../../paths';
import { seedsExport } from './seedsExport';

interface Gold {
  doc: string;
  citations: Array<{ text: string; code: string | null; count: number }>;
  people: Array<{ name: string; count: number }>;
  dates: Array<{ text: string; iso: string; count: number }>;
}

describe('export of the seeds against the gold', () => {
  const doc = seedsExport();
  for (const name of seedFiles()) {
    it(`holds every gold citation, person and date of ${name}`, () => {
      const gold = JSON.parse(fs.readFileSync(path.join(goldDir, name.replace(/\.txt$/, '.json')), 'utf8')) as Gold;
      const tags = doc.tags.filter((t) => t.file === `seeds/${name}`);
      const missing: string[] = [];
      const count = (kind: string, field: string, value: string): number =>
        tags.filter((t) => t.kind === kind && t[field] === value).length;
      for (const c of gold.citations) {
        const n = count('citation', 'text', c.text);
        if (n < c.count) missing.push(`citation "${c.text}": ${n} of ${c.count}`);
      }
      for (const p of gold.people) {
        const n = count('person', 'name', p.name);
        if (n < p.count) missing.push(`person "${p.name}": ${n} of ${p.count}`);
      }
      for (const d of gold.dates) {
        const found = tags.filter((t) => t.kind === 'date' && t.text === d.text);
        if (found.length < d.count) missing.push(`date "${d.text}": ${found.length} of ${d.count}`);
        for (const t of found) if (t.iso !== d.iso) missing.push(`date "${d.text}": iso ${String(t.iso)}, gold ${d.iso}`);
      }
      assert.deepStrictEqual(missing, [], `${name}: ${missing.length} gold entries missing from the export`);
      const files = doc.files.find((f) => f.path === `seeds/${name}`);
      assert.strictEqual(files?.tags, tags.length);
    });
  }
});
