import * as assert from 'assert';
import { createCatalog, CatalogEntryInput } from '../../../src/core/catalog/catalog';

describe('catalogue entries keep only text fields', () => {
  it('drops a list title, an object issuer and a list link, keeping the rest of the entry', () => {
    const input = {
      code: '05-CT/TW', type: 'Chỉ thị', title: ['a', 'b'], issuer: { x: 1 }, link: ['https://example.org/ct05'], date: '2016-05-15',
      aliases: ['Chỉ thị 05', 7], terms: ['XII', 3],
    } as unknown as CatalogEntryInput;
    const [e] = createCatalog([input]).entries;
    assert.ok(e);
    assert.strictEqual(e.title, null);
    assert.strictEqual(e.issuer, null);
    assert.strictEqual(e.link, null);
    assert.strictEqual(e.type, 'Chỉ thị');
    assert.strictEqual(e.date, '2016-05-15');
    assert.deepStrictEqual(e.aliases, ['Chỉ thị 05']);
    assert.deepStrictEqual(e.terms, ['XII']);
  });

  it('keeps well-formed text fields as written', () => {
    const [e] = createCatalog([{ code: '05-CT/TW', title: 'Về đẩy mạnh học tập', issuer: 'Bộ Chính trị', link: 'https://example.org/x' }]).entries;
    assert.strictEqual(e.title, 'Về đẩy mạnh học tập');
    assert.strictEqual(e.issuer, 'Bộ Chính trị');
    assert.strictEqual(e.link, 'https://example.org/x');
  });
});
