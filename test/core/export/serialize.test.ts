// The export is written piece by piece (serializeExportChunks); joined, the pieces must be exactly the
// text the JSON and YAML libraries give for the whole document, and they must carry an export longer
// than the longest string V8 can hold.
import * as assert from 'assert';
import { EXPORT_FORMATS, ExportDocument, Tag, inBatches, serializeExport, serializeExportChunks } from '../../../src/core/export';
import { renderYaml } from '../../../src/core/export/yaml';
import { seedsExport } from './seedsExport';

describe('export serialised in pieces', () => {
  const seeds = seedsExport();
  // More tags than one YAML piece holds, and a file of its own for each copy.
  const many: ExportDocument = {
    ...seeds,
    tags: [0, 1, 2].flatMap((n) => seeds.tags.map((t) => ({ ...t, file: `copy${n}/${t.file}` }))),
    errors: [{ path: 'seeds/broken.txt', message: 'no such file or directory' }],
  };
  const empty: ExportDocument = { ...seeds, files: [], tags: [], errors: [] };
  const documents: Array<[string, ExportDocument]> = [['the seeds', seeds], ['three copies of the seeds, with an error', many], ['nothing', empty]];

  for (const [name, doc] of documents) {
    it(`gives the libraries' JSON and YAML of the whole document for ${name}`, () => {
      assert.strictEqual(serializeExport(doc, 'json'), JSON.stringify(doc, null, 2) + '\n');
      // The whole document as one YAML tree, as the export was written before it was written in pieces.
      assert.strictEqual(serializeExport(doc, 'yaml'), renderYaml(doc));
    });
  }

  it('gives a piece per tag or per few hundred, whatever the format', () => {
    for (const format of EXPORT_FORMATS) {
      const pieces = [...serializeExportChunks(many, format)];
      assert.ok(pieces.length > many.tags.length / 300, `${format}: ${pieces.length} pieces`);
      assert.ok(pieces.every((p) => p.length < 300_000), format);
      assert.strictEqual([...inBatches(pieces, 10_000)].join(''), pieces.join(''), format);
    }
  });

  it('carries an export longer than the longest string', function () {
    this.timeout(120_000);
    // 300,000 tags of a 2,000-character text (one string shared): 600 million characters of JSON, over
    // V8's limit of 2^29 for one string.
    const text = 'Nghị quyết số 08-NQ/TU '.repeat(87);
    const tag: Tag = { kind: 'organization', file: 'a.txt', text, range: { start: { line: 0, character: 0 }, end: { line: 0, character: text.length } }, key: 'x', name: null };
    const doc: ExportDocument = { ...empty, files: [{ path: 'a.txt', tags: 300_000, warnings: [] }], tags: new Array<Tag>(300_000).fill(tag) };
    let length = 0;
    for (const piece of serializeExportChunks(doc, 'json')) length += piece.length;
    assert.ok(length > 2 ** 29, `${length} characters`);
  });
});
