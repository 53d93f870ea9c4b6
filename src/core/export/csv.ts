// CSV: one row per tag under a fixed header, RFC 4180 quoting, CRLF between records, UTF-8 with a
// byte-order mark (without it Excel reads UTF-8 as the local ANSI code page and mangles every
// Vietnamese letter; LibreOffice, Google Sheets and CSV libraries skip the mark).
//
// Cells are typed by column so that reading back is exact (README, "Exporting tags", CSV):
// - string: empty cell = null; otherwise the string, with one "\" put in front when it is empty or
//   begins with \ = + - @ TAB or CR (so "" and null differ, and a spreadsheet never runs it as a
//   formula); the reader removes that one "\".
// - number: empty = null, else the decimal number.    - boolean: empty = null, else true/false.
// - list: empty = [], "\N" = null; items joined with "; ", "\" and ";" inside an item escaped with
//   "\", an empty item written "\e", a leading formula character escaped with "\".
// - extra: empty, or a JSON object of the fields a tag has beyond its kind's columns, and of any
//   field whose value does not fit its column's type (its cell is then left empty).
import { Tag, TagValue, KIND_FIELDS, ColumnType, ENTITY_KINDS, ExportDocument, EXPORT_FORMAT, EXPORT_VERSION, isEntityKind } from './schema';
import { ExportParseError } from './validate';

const RANGE_COLUMNS = ['startLine', 'startCharacter', 'endLine', 'endCharacter'] as const;

/** Column name → type for the kind-specific columns, in documented order (kinds in model order). */
const KIND_COLUMNS: ReadonlyArray<readonly [string, ColumnType]> = (() => {
  const out: Array<readonly [string, ColumnType]> = [];
  const seen = new Map<string, ColumnType>();
  for (const kind of ENTITY_KINDS) {
    for (const [field, type] of KIND_FIELDS[kind]) {
      const had = seen.get(field);
      if (had === undefined) {
        seen.set(field, type);
        out.push([field, type]);
      } else if (had !== type) {
        throw new Error(`column ${field} has two types`);
      }
    }
  }
  return out;
})();

/** The CSV header, in order. */
export const CSV_COLUMNS: readonly string[] = [
  'kind', 'file', 'text', ...RANGE_COLUMNS, 'key', ...KIND_COLUMNS.map(([name]) => name), 'extra',
];

const FORMULA_START = /^[\\=+\-@\t\r]/;

export function encodeStringCell(value: string | null): string {
  if (value === null) return '';
  return value === '' || FORMULA_START.test(value) ? '\\' + value : value;
}

export function decodeStringCell(cell: string): string | null {
  if (cell === '') return null;
  return cell.startsWith('\\') ? cell.slice(1) : cell;
}

export function encodeListCell(list: readonly string[] | null): string {
  if (list === null) return '\\N';
  const cell = list.map((item) => (item === '' ? '\\e' : item.replace(/[\\;]/g, (c) => '\\' + c))).join('; ');
  return /^[=+\-@\t\r]/.test(cell) ? '\\' + cell : cell;
}

export function decodeListCell(cell: string): string[] | null {
  if (cell === '') return [];
  if (cell === '\\N') return null;
  const items: string[] = [];
  let item = '';
  for (let i = 0; i < cell.length; i++) {
    const c = cell[i];
    if (c === '\\' && i + 1 < cell.length) {
      const next = cell[++i];
      if (next !== 'e') item += next;
    } else if (c === ';') {
      items.push(item);
      item = '';
      if (cell[i + 1] === ' ') i++;
    } else {
      item += c;
    }
  }
  items.push(item);
  return items;
}

function fitsColumn(value: TagValue, type: ColumnType): boolean {
  if (value === null) return true;
  switch (type) {
    case 'string': return typeof value === 'string';
    case 'number': return typeof value === 'number' && Number.isFinite(value) && !Object.is(value, -0);
    case 'boolean': return typeof value === 'boolean';
    case 'list': return Array.isArray(value) && value.every((v) => typeof v === 'string');
  }
}

function encodeCell(value: TagValue, type: ColumnType): string {
  switch (type) {
    case 'string': return encodeStringCell(value as string | null);
    case 'number': return value === null ? '' : String(value);
    case 'boolean': return value === null ? '' : String(value);
    case 'list': return encodeListCell(value as string[] | null);
  }
}

function decodeCell(cell: string, type: ColumnType, where: string): TagValue {
  switch (type) {
    case 'string': return decodeStringCell(cell);
    case 'list': return decodeListCell(cell);
    case 'number': {
      if (cell === '') return null;
      const n = Number(cell);
      if (!Number.isFinite(n)) throw new ExportParseError(`${where}: not a number: ${JSON.stringify(cell)}`);
      return n;
    }
    case 'boolean':
      if (cell === '') return null;
      if (cell === 'true' || cell === 'false') return cell === 'true';
      throw new ExportParseError(`${where}: not true/false: ${JSON.stringify(cell)}`);
  }
}

/**
 * The field separators a CSV export may use: "," (RFC 4180, the default) or ";", which a spreadsheet
 * expects where "," is the decimal mark (Excel with Vietnamese regional settings opens a
 * comma-separated file by a double click as one column).
 */
export const CSV_DELIMITERS = [',', ';'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];
export const isCsvDelimiter = (s: string): s is CsvDelimiter => (CSV_DELIMITERS as readonly string[]).includes(s);

const NEEDS_QUOTES: Record<CsvDelimiter, RegExp> = { ',': /[",\r\n]/, ';': /[";\r\n]/ };

function quote(cell: string, delimiter: CsvDelimiter): string {
  return NEEDS_QUOTES[delimiter].test(cell) ? '"' + cell.replace(/"/g, '""') + '"' : cell;
}

function tagRow(tag: Tag): string[] {
  const row = new Map<string, string>();
  row.set('kind', encodeStringCell(tag.kind));
  row.set('file', encodeStringCell(tag.file));
  row.set('text', encodeStringCell(tag.text));
  row.set('startLine', String(tag.range.start.line));
  row.set('startCharacter', String(tag.range.start.character));
  row.set('endLine', String(tag.range.end.line));
  row.set('endCharacter', String(tag.range.end.character));
  row.set('key', encodeStringCell(tag.key));
  const columns = isEntityKind(tag.kind) ? KIND_FIELDS[tag.kind] : [];
  const inColumns = new Set<string>(['kind', 'file', 'text', 'range', 'key']);
  for (const [field, type] of columns) {
    const value = (tag[field] ?? null) as TagValue;
    if (fitsColumn(value, type)) {
      row.set(field, encodeCell(value, type));
      inColumns.add(field);
    }
  }
  const extra: { [key: string]: TagValue } = {};
  let hasExtra = false;
  for (const field of Object.keys(tag)) {
    if (inColumns.has(field)) continue;
    extra[field] = tag[field] as TagValue;
    hasExtra = true;
  }
  row.set('extra', hasExtra ? JSON.stringify(extra) : '');
  return CSV_COLUMNS.map((c) => row.get(c) ?? '');
}

/** The CSV a record at a time: the byte-order mark and the header, then a row per tag. */
export function* toCsvChunks(doc: ExportDocument, delimiter: CsvDelimiter = ','): Generator<string> {
  yield '\uFEFF' + CSV_COLUMNS.join(delimiter) + '\r\n';
  for (const tag of doc.tags) yield tagRow(tag).map((cell) => quote(cell, delimiter)).join(delimiter) + '\r\n';
}

export function toCsv(doc: ExportDocument, delimiter: CsvDelimiter = ','): string {
  return [...toCsvChunks(doc, delimiter)].join('');
}

/** The separator of a CSV export, read from its header ("kind,file,…" or "kind;file;…"). */
function delimiterOf(text: string): CsvDelimiter {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  return text.startsWith(CSV_COLUMNS[0] + ';', start) ? ';' : ',';
}

/**
 * RFC 4180 records: quoted fields may hold the separator, doubled quotes and line breaks; CRLF or LF
 * ends a record. The separator is the header's when not given.
 */
export function parseCsvRecords(text: string, delimiter: CsvDelimiter = delimiterOf(text)): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let quoted = false;
  let atFieldStart = true;
  for (; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          quoted = false;
        }
      } else {
        field += c;
      }
    } else if (c === '"' && atFieldStart) {
      quoted = true;
      atFieldStart = false;
    } else if (c === delimiter) {
      record.push(field);
      field = '';
      atFieldStart = true;
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      atFieldStart = true;
    } else {
      field += c;
      atFieldStart = false;
    }
  }
  if (quoted) throw new ExportParseError('CSV ends inside a quoted field');
  if (!atFieldStart || field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

/**
 * Reads a CSV export back. The CSV holds the tags only: `files` is rebuilt from the tags (a file
 * with no tags, file warnings and the errors list are not in a CSV).
 */
export function parseCsv(text: string): ExportDocument {
  const records = parseCsvRecords(text);
  if (records.length === 0) throw new ExportParseError('empty CSV');
  const header = records[0];
  const col = new Map(header.map((name, i) => [name, i]));
  for (const required of ['kind', 'file', 'text', ...RANGE_COLUMNS, 'key']) {
    if (!col.has(required)) throw new ExportParseError(`CSV header lacks column ${required}`);
  }
  const tags: Tag[] = [];
  const fileCounts = new Map<string, number>();
  records.slice(1).forEach((record, r) => {
    if (record.length === 1 && record[0] === '') return;
    const where = `row ${r + 2}`;
    const cell = (name: string): string => {
      const i = col.get(name);
      return i === undefined ? '' : (record[i] ?? '');
    };
    const str = (name: string): string => {
      const v = decodeStringCell(cell(name));
      if (v === null) throw new ExportParseError(`${where}: ${name} is empty`);
      return v;
    };
    const num = (name: string): number => {
      const v = decodeCell(cell(name), 'number', `${where} ${name}`);
      if (typeof v !== 'number') throw new ExportParseError(`${where}: ${name} is empty`);
      return v;
    };
    const kind = str('kind');
    const tag: Tag = {
      kind, file: str('file'), text: str('text'),
      range: { start: { line: num('startLine'), character: num('startCharacter') }, end: { line: num('endLine'), character: num('endCharacter') } },
      key: str('key'),
    };
    if (isEntityKind(kind)) {
      for (const [field, type] of KIND_FIELDS[kind]) tag[field] = decodeCell(cell(field), type, `${where} ${field}`);
    }
    const extraCell = cell('extra');
    if (extraCell !== '') {
      let extra: unknown;
      try {
        extra = JSON.parse(extraCell);
      } catch (e) {
        throw new ExportParseError(`${where}: extra is not JSON: ${(e as Error).message}`);
      }
      if (typeof extra !== 'object' || extra === null || Array.isArray(extra)) throw new ExportParseError(`${where}: extra is not an object`);
      Object.assign(tag, extra);
    }
    tags.push(tag);
    fileCounts.set(tag.file, (fileCounts.get(tag.file) ?? 0) + 1);
  });
  const files = [...fileCounts].map(([path, count]) => ({ path, tags: count, warnings: [] as string[] }));
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, files, tags, errors: [] };
}
