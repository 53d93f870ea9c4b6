import * as assert from 'assert';
import { parseCatalogFile } from '../../../src/core/corpus/catalogFile';
import { CorpusIndex } from '../../../src/core/corpus/corpusIndex';
import { readSeed, seedFiles } from '../../paths';

const YAML = `# Known documents of this corpus
documents:
  - code: 05-CT/TW
    type: Chỉ thị
    title: Về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh
    date: 2016-05-15
    issuer: Bộ Chính trị
    link: https://example.org/05-ct-tw
  - title: no code here
  - code: 1968-QĐ/TU
    date: 2019-05-21
`;

describe('workspace catalogue file', () => {
  it('reads entries with their lines and notes what it skips', () => {
    const r = parseCatalogFile('file:///w/vankien.catalog.yaml', YAML);
    assert.deepStrictEqual(r.entries.map((e) => [e.code, e.date, e.location?.line]), [['05-CT/TW', '2016-05-15', 2], ['1968-QĐ/TU', '2019-05-21', 9]]);
    assert.strictEqual(r.warnings.length, 1);
    assert.match(r.warnings[0], /line 9/);
  });

  it('becomes the definition of a cited code when no corpus document is that document', () => {
    const entries = parseCatalogFile('cat.yaml', YAML).entries;
    const index = new CorpusIndex({ catalog: (key) => entries.filter((e) => e.key === key) });
    for (const f of seedFiles()) index.set(f, readSeed(f));
    assert.ok(index.referencesOf('05-CT/TW').length > 0);
    const def = index.definitionOf('05-CT/TW');
    assert.ok(def && def.kind === 'catalog' && def.entry.location?.line === 2, JSON.stringify(def));
  });

  it('survives a broken file', () => {
    const r = parseCatalogFile('x', 'documents: [\n  - code: 05-CT/TW\n');
    assert.deepStrictEqual(r.entries, []);
    assert.ok(r.warnings.length > 0);
    assert.deepStrictEqual(parseCatalogFile('x', '').entries, []);
  });
});
