import * as assert from 'assert';
import { parse } from 'csv-parse/sync';
import { Entity } from '../../../src/core/types';
import { CSV_COLUMNS, buildExport, parseCsv, toCsv } from '../../../src/core/export';
import { decodeListCell, decodeStringCell, encodeListCell, encodeStringCell, parseCsvRecords } from '../../../src/core/export/csv';
import { seedsExport } from './seedsExport';

function person(line: number, name: string, positions: string[]): Entity {
  return { kind: 'person', text: name, start: 0, end: name.length, range: { start: { line, character: 2 }, end: { line, character: 2 + name.length } },
    key: name.toLowerCase(), name, positions } as Entity;
}

describe('CSV export', () => {
  const tricky = buildExport([{
    path: 'tin bài/“số 1”, mới.txt',
    entities: [
      person(0, 'Nguyễn Văn "Ba", Jr', ['Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh', 'Trưởng Ban "Dân vận"']),
      person(1, 'Lê Thị\nXuân', ['dòng 1\r\ndòng 2', 'a; b']),
      person(2, '=HYPERLINK("x")', []),
    ],
  }]);
  const csv = toCsv(tricky);

  it('starts with a UTF-8 byte-order mark and ends records with CRLF', () => {
    assert.strictEqual(csv.charCodeAt(0), 0xfeff);
    assert.ok(csv.startsWith('\uFEFF' + CSV_COLUMNS.join(',') + '\r\n'));
    assert.ok(csv.endsWith('\r\n'));
  });

  it('is read by a real CSV parser cell for cell (commas, quotes, newlines, Vietnamese)', () => {
    const rows: Record<string, string>[] = parse(csv, { bom: true, columns: true, relax_column_count: false });
    assert.strictEqual(rows.length, 3);
    assert.deepStrictEqual(Object.keys(rows[0]), [...CSV_COLUMNS]);
    assert.strictEqual(rows[0].file, 'tin bài/“số 1”, mới.txt');
    assert.strictEqual(rows[0].name, 'Nguyễn Văn "Ba", Jr');
    assert.strictEqual(rows[0].positions, 'Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh; Trưởng Ban "Dân vận"');
    assert.strictEqual(rows[1].text, 'Lê Thị\nXuân');
    assert.strictEqual(rows[1].positions, 'dòng 1\r\ndòng 2; a\\; b');
    assert.strictEqual(rows[2].text, '\\=HYPERLINK("x")', 'a formula-like value is escaped so spreadsheets show it as text');
    assert.strictEqual(rows[0].startLine, '0');
    assert.strictEqual(rows[0].endCharacter, String(2 + 'Nguyễn Văn "Ba", Jr'.length));
    // Our own reader agrees with csv-parse on every record.
    const ours = parseCsvRecords(csv);
    const theirs: string[][] = parse(csv, { bom: true });
    assert.deepStrictEqual(ours, theirs);
    assert.deepStrictEqual(parseCsv(csv).tags, tricky.tags);
  });

  it('separates its fields with ";" when asked (spreadsheets whose decimal mark is ","), and reads back either', () => {
    const semi = toCsv(tricky, ';');
    assert.ok(semi.startsWith('\uFEFF' + CSV_COLUMNS.join(';') + '\r\n'));
    const theirs: string[][] = parse(semi, { bom: true, delimiter: ';' });
    assert.deepStrictEqual(parseCsvRecords(semi), theirs);
    assert.ok(theirs.every((r) => r.length === CSV_COLUMNS.length));
    // A list's "; " is inside a quoted cell; a comma needs no quotes.
    const rows: Record<string, string>[] = parse(semi, { bom: true, delimiter: ';', columns: true });
    assert.strictEqual(rows[0].positions, 'Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh; Trưởng Ban "Dân vận"');
    assert.deepStrictEqual(parseCsv(semi).tags, tricky.tags);
    const seeds = seedsExport();
    assert.deepStrictEqual(parseCsv(toCsv(seeds, ';')).tags, parseCsv(toCsv(seeds)).tags);
  });

  it('agrees with csv-parse on the seeds export', () => {
    const seeds = toCsv(seedsExport());
    const theirs: string[][] = parse(seeds, { bom: true });
    assert.deepStrictEqual(parseCsvRecords(seeds), theirs);
    assert.strictEqual(theirs.length, seedsExport().tags.length + 1);
    assert.ok(theirs.every((r) => r.length === CSV_COLUMNS.length));
  });

  it('tells null from empty in string and list cells', () => {
    assert.strictEqual(encodeStringCell(null), '');
    assert.strictEqual(encodeStringCell(''), '\\');
    assert.strictEqual(decodeStringCell(''), null);
    assert.strictEqual(decodeStringCell('\\'), '');
    assert.strictEqual(decodeStringCell(encodeStringCell('\\x')), '\\x');
    assert.strictEqual(encodeListCell([]), '');
    assert.strictEqual(encodeListCell(null), '\\N');
    assert.deepStrictEqual(decodeListCell(''), []);
    assert.strictEqual(decodeListCell('\\N'), null);
    assert.deepStrictEqual(decodeListCell(encodeListCell([''])), ['']);
    assert.deepStrictEqual(decodeListCell(encodeListCell(['\\N'])), ['\\N']);
    assert.deepStrictEqual(decodeListCell(encodeListCell([' a', 'b ', ';', '-x'])), [' a', 'b ', ';', '-x']);
  });

  it('reads a CSV whose columns a spreadsheet reordered, and reports bad cells', () => {
    const records = parseCsvRecords(csv);
    const order = records[0].map((_, i) => i).reverse();
    const reordered = records.map((r) => order.map((i) => r[i]).map((c) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\r\n');
    assert.deepStrictEqual(parseCsv(reordered).tags, tricky.tags);
    const bad = csv.replace(/\r\nperson,/, '\r\nperson,').replace(/,0,2,0,/, ',zero,2,0,');
    assert.throws(() => parseCsv(bad), /not a number/);
  });
});
