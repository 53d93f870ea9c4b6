// The README's sample of the export format is an excerpt of the real export of the bundled seeds:
// a change of the extractor or of the format that makes it untrue fails here.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { repoRoot } from '../../paths';
import { seedsExport } from './seedsExport';

function readmeSample(): { format: string; version: number; files: unknown[]; tags: unknown[] } {
  const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('### The format: `vankien-tags`'));
  const block = /```yaml\n([\s\S]*?)```/.exec(section);
  assert.ok(block, 'the README shows a YAML sample of the format');
  return parse(block[1]);
}

describe('the README sample of the export format', () => {
  it('is what exporting seeds/ gives: the first file and three of its tags, in order', () => {
    const sample = readmeSample();
    const real = seedsExport();
    assert.strictEqual(sample.format, real.format);
    assert.strictEqual(sample.version, real.version);
    assert.deepStrictEqual(sample.files, real.files.slice(0, 1));
    const places = sample.tags.map((t) => real.tags.findIndex((r) => JSON.stringify(r) === JSON.stringify(t)));
    assert.ok(places.every((i) => i >= 0), `sample tags not in the export: ${JSON.stringify(sample.tags.filter((_, i) => places[i] < 0))}`);
    assert.deepStrictEqual(places, [...places].sort((a, b) => a - b), 'in the export order');
  });
});
