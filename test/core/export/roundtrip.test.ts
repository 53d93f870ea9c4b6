import * as assert from 'assert';
import fc from 'fast-check';
import * as path from 'path';
import { lineIndex } from '../../../src/core/text/lines';
import { Entity } from '../../../src/core/types';
import {
  EXPORT_FORMATS, ExportDocument, Tag, buildExport, parseExport, serializeExport, toPosixPath,
} from '../../../src/core/export';
import { readSeed, seedFiles } from '../../paths';
import { seedsExport } from './seedsExport';

/** What a CSV can carry: the tags, and the files rebuilt from them. */
function csvView(doc: ExportDocument): ExportDocument {
  return { ...doc, files: doc.files.filter((f) => f.tags > 0).map((f) => ({ ...f, warnings: [] })), errors: [] };
}

describe('export round trip', () => {
  const doc = seedsExport();

  it('exports every seed, tags sorted by file then position', () => {
    assert.deepStrictEqual(doc.files.map((f) => f.path), seedFiles().map((n) => `seeds/${n}`));
    assert.ok(doc.tags.length > 0);
    for (let i = 1; i < doc.tags.length; i++) {
      const a = doc.tags[i - 1];
      const b = doc.tags[i];
      const ordered = a.file < b.file || (a.file === b.file &&
        (a.range.start.line < b.range.start.line ||
          (a.range.start.line === b.range.start.line && a.range.start.character <= b.range.start.character)));
      assert.ok(ordered, `tag ${i} out of order: ${JSON.stringify(a.range)} then ${JSON.stringify(b.range)}`);
    }
    for (const f of doc.files) assert.strictEqual(f.tags, doc.tags.filter((t) => t.file === f.path).length);
  });

  it('gives every tag the text found at its range in the source file, and no offsets', () => {
    for (const name of seedFiles()) {
      const text = readSeed(name);
      const lines = lineIndex(text);
      for (const tag of doc.tags.filter((t) => t.file === `seeds/${name}`)) {
        const at = text.slice(lines.offsetAt(tag.range.start), lines.offsetAt(tag.range.end));
        assert.strictEqual(at, tag.text, `${name} ${JSON.stringify(tag.range)}`);
        assert.ok(!('start' in tag) && !('end' in tag));
      }
    }
  });

  it('never omits a field: every value is present, unknown ones null', () => {
    for (const tag of doc.tags) {
      for (const [field, value] of Object.entries(tag)) assert.notStrictEqual(value, undefined, `${tag.kind}.${field}`);
      if (tag.kind === 'citation') for (const f of ['code', 'number', 'type', 'typeCode', 'issuerCode', 'issuer', 'date', 'subject']) assert.ok(f in tag, f);
    }
  });

  for (const format of EXPORT_FORMATS) {
    it(`reads back the seeds' ${format} export exactly`, () => {
      const text = serializeExport(doc, format);
      const back = parseExport(text, format);
      assert.deepStrictEqual(back, format === 'csv' ? csvView(doc) : doc);
      // Serialising what was read gives the same bytes: nothing drifts on a second pass.
      assert.strictEqual(serializeExport(back, format), text);
    });
  }

  it('writes paths with "/": a Windows separator becomes one, a backslash in a POSIX file name stays', () => {
    assert.strictEqual(toPosixPath('dir\\sub\\a.txt', '\\'), 'dir/sub/a.txt');
    assert.strictEqual(toPosixPath('dir/a\\b.txt', '/'), 'dir/a\\b.txt');
  });

  it('filters by kind', () => {
    const citations = seedsExport(['citation']);
    assert.ok(citations.tags.every((t) => t.kind === 'citation'));
    assert.strictEqual(citations.tags.length, doc.tags.filter((t) => t.kind === 'citation').length);
  });

  // Values a spreadsheet or a YAML reader could mistake for something else.
  const tricky = [
    '', ' ', 'a, b', 'say "hi"', 'line\nbreak', 'cr\r\nlf', '=SUM(A1)', '+1', '-5', '@x', '\\', '\\N', '\\e', 'a; b', ';',
    'null', 'true', '05', '1e3', '2021-12-28', 'yes', '~', '- item', 'key: value', '# not a comment', '\u00a0khóa XII',
    'Nghị quyết số 08-NQ/TU ngày 25/11/2021 của Tỉnh ủy về “Xây dựng”', 'lone surrogate \ud800', '\t tab',
  ];

  function citation(i: number, text: string, over: Record<string, unknown> = {}): Entity {
    return {
      kind: 'citation', text: text || 'x', start: i, end: i + 1, range: { start: { line: i, character: 0 }, end: { line: i, character: 1 } },
      key: text, system: 'party', code: text, number: null, type: text, typeCode: null, issuerCode: null, issuer: text,
      date: null, subject: text, year: i, terms: [text, text], conference: null, shortForm: i % 2 === 0, refs: [], ...over,
    } as unknown as Entity;
  }

  for (const format of EXPORT_FORMATS) {
    it(`keeps tricky values, nulls, empty lists, extra fields and other kinds through ${format}`, () => {
      const entities: Entity[] = tricky.map((t, i) => citation(i, t));
      entities.push(citation(100, 'null list', { terms: null, refs: [''], year: null, shortForm: null }));
      entities.push(citation(101, 'odd types', { year: '2020', terms: [1, 2], shortForm: 'yes', note: { a: [1, null] } }));
      entities.push({ kind: 'person', text: 'Lê Văn A', start: 0, end: 8, range: { start: { line: 200, character: 0 }, end: { line: 200, character: 8 } },
        key: 'lê văn a', name: 'Lê Văn A', positions: ['Bí thư, Tỉnh ủy', 'Phó Chủ tịch HĐND; UBND', ''] } as Entity);
      entities.push({ kind: 'law', text: 'Luật', start: 0, end: 4, range: { start: { line: 201, character: 0 }, end: { line: 201, character: 4 } },
        key: 'luật', number: 59, body: 'QH14' } as unknown as Entity);
      const doc2 = buildExport([{ path: path.join('dir', 'a, b.txt'), entities }]);
      assert.strictEqual(doc2.files[0].path, 'dir/a, b.txt');
      const back = parseExport(serializeExport(doc2, format), format);
      assert.deepStrictEqual(back.tags, doc2.tags);
    });

    it(`round-trips arbitrary strings through ${format}`, () => {
      fc.assert(fc.property(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 6 }), fc.string({ unit: 'grapheme' }), (list, s) => {
        const entity = { kind: 'person', text: s, start: 0, end: 0, range: { start: { line: 0, character: 0 }, end: { line: 0, character: s.length } },
          key: s, name: s, positions: list } as Entity;
        const d = buildExport([{ path: 'f.txt', entities: [entity] }]);
        const tags: Tag[] = parseExport(serializeExport(d, format), format).tags;
        assert.deepStrictEqual(tags, d.tags);
      }), { numRuns: 300 });
    });
  }

  it('rejects what is not a vankien-tags document', () => {
    assert.throws(() => parseExport('{"format":"other","version":1,"files":[],"tags":[]}', 'json'), /unknown format/);
    assert.throws(() => parseExport('format: vankien-tags\nversion: 2\nfiles: []\ntags: []\n', 'yaml'), /version/);
    assert.throws(() => parseExport('kind,file\r\ncitation,a\r\n', 'csv'), /lacks column/);
  });
});
