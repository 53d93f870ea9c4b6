import * as assert from 'assert';
import { describeProblem, parseCatalogFile } from '../../../src/core/corpus/catalogFile';

const YAML = `documents:
  - code: 05-CT/TW
    type: Chỉ thị
    title: [a, b]
    issuer: {x: 1}
    link: ["https://example.org/ct05"]
  - code: 36-NQ/TW
    title: Về công tác đối với người Việt Nam ở nước ngoài
    date: 2004-03-26
`;

describe('workspace catalogue file with malformed fields', () => {
  const r = parseCatalogFile('file:///w/vankien.catalog.yaml', YAML);

  it('keeps the entry but not the fields that are not text', () => {
    const e = r.entries.find((x) => x.code === '05-CT/TW');
    assert.ok(e, JSON.stringify(r.entries));
    assert.strictEqual(e.title, null);
    assert.strictEqual(e.issuer, null);
    assert.strictEqual(e.link, null);
    assert.strictEqual(e.type, 'Chỉ thị');
  });

  it('names the entry line and the field in a warning for each dropped field', () => {
    for (const field of ['title', 'issuer', 'link']) {
      assert.ok(r.warnings.some((w) => w.line === 1 && w.kind === 'not-text' && w.detail === field && describeProblem(w).startsWith('line 2:')), `${field}: ${JSON.stringify(r.warnings)}`);
    }
    assert.strictEqual(r.warnings.length, 3, JSON.stringify(r.warnings));
  });

  it('reads the well-formed entry in full (a YAML date as ISO text)', () => {
    const e = r.entries.find((x) => x.code === '36-NQ/TW');
    assert.ok(e);
    assert.strictEqual(e.title, 'Về công tác đối với người Việt Nam ở nước ngoài');
    assert.strictEqual(e.date, '2004-03-26');
  });
});
