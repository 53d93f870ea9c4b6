// A workspace catalogue file (vankien.catalog.yaml): a list of known documents — code, type, title,
// date, issuer, link, aliases — either at the top level or under `documents:`. Each entry keeps the
// line it starts on, so that Go to Definition can land on it. An alias is the name a text gives the
// document instead of its code ("Nghị quyết Hội nghị lần thứ 7 Ban Chấp hành Đảng bộ tỉnh khóa XX"),
// read as the engine reads it in a text, so that the entry answers for every mention of that name.
import { yaml } from '../yamlOnDemand';
import { createCatalog, CatalogEntryInput, CATALOG_TEXT_FIELDS } from '../catalog/catalog';
import { extract } from '../extract/onDemand';
import { keyOfCode } from '../extract/keys';
import { CatalogEntry } from './corpusIndex';

/**
 * A problem of a catalogue file: its line (0-based; the first line for the file as a whole), what kind
 * it is (for a message in the interface language), its detail (the field, the value, the parser's
 * message) and the message in English (for the log).
 */
export interface CatalogProblem {
  line: number;
  kind: 'syntax' | 'not-a-list' | 'not-an-entry' | 'not-text' | 'not-a-date' | 'no-code' | 'not-a-name' | 'alias-is-a-code';
  detail: string;
  message: string;
}

/** An entry of a catalogue file, with the keys of the names (aliases) it answers for too. */
export interface CatalogFileEntry extends CatalogEntry {
  aliases: string[];
}

export interface CatalogFileResult {
  entries: CatalogFileEntry[];
  /** What was skipped or ignored, and why ("entry without a recognisable code or alias skipped"). */
  warnings: CatalogProblem[];
}

/** A problem as one line of a log: "line 5: …". */
export const describeProblem = (p: CatalogProblem): string => `line ${p.line + 1}: ${p.message}`;

/** A calendar date written YYYY-MM-DD, or a month YYYY-MM. */
function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(s);
  if (!m) return false;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  return day >= 1 && day <= new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
}

/**
 * The key a text's mention of `alias` gets: a key as the index writes it ("NQ:HN7:ĐB:tỉnh:XX"), or the
 * key of the one citation that is the whole alias, as the engine reads it in a text; null for none.
 */
export function aliasKey(alias: string): string | null {
  const a = alias.trim();
  if (/^[A-ZĐ]{1,4}:/u.test(a)) return a;
  const whole = extract(a, { ranges: false }).entities.find((e) => e.kind === 'citation' && e.start === 0 && e.end === a.length);
  return whole && whole.kind === 'citation' ? whole.refs[0] ?? whole.key : null;
}

export function parseCatalogFile(uri: string, text: string): CatalogFileResult {
  const warnings: CatalogProblem[] = [];
  const { parseDocument, isMap, isSeq, LineCounter } = yaml();
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  for (const e of doc.errors) {
    const message = e.message.split('\n')[0];
    warnings.push({ line: lines.linePos(e.pos[0]).line - 1, kind: 'syntax', detail: message, message });
  }
  const root = doc.contents;
  const seq = isSeq(root) ? root : isMap(root) ? root.get('documents', true) : null;
  if (!isSeq(seq)) {
    if (root !== null) warnings.push({ line: 0, kind: 'not-a-list', detail: '', message: 'expected a list of documents (or `documents:` with a list)' });
    return { entries: [], warnings };
  }
  const entries: CatalogFileEntry[] = [];
  for (const item of seq.items) {
    const line = item && typeof item === 'object' && 'range' in item && item.range ? lines.linePos(item.range[0]).line - 1 : 0;
    const input = (item && typeof item === 'object' && 'toJSON' in item ? (item as { toJSON(): unknown }).toJSON() : item) as CatalogEntryInput | null;
    if (!input || typeof input !== 'object') {
      warnings.push({ line, kind: 'not-an-entry', detail: '', message: 'not an entry' });
      continue;
    }
    const fields = stringify(input);
    for (const k of CATALOG_TEXT_FIELDS) {
      const v = fields[k];
      if (v !== undefined && v !== null && typeof v !== 'string') {
        warnings.push({ line, kind: 'not-text', detail: k, message: `${k} is not text (${Array.isArray(v) ? 'a list' : typeof v}), ignored` });
        fields[k] = null;
      }
    }
    if (typeof fields.date === 'string' && !isIsoDate(fields.date.trim())) {
      warnings.push({ line, kind: 'not-a-date', detail: fields.date, message: `date ${JSON.stringify(fields.date)} is not a date written YYYY-MM-DD (or YYYY-MM), ignored` });
      fields.date = null;
    }
    // Each name as the key its mentions get; one the engine does not read as a citation is noted and left out.
    const written = typeof fields.code === 'string' ? fields.code.trim() : '';
    const codeKey = written ? keyOfCode(written) ?? aliasKey(written) ?? keyOfCode(written.replace(/^số\s*:?\s*/iu, '')) : null;
    const aliases: string[] = [];
    for (const a of Array.isArray(fields.aliases) ? fields.aliases : []) {
      if (typeof a !== 'string' || !a.trim()) continue;
      const key = aliasKey(a);
      // A code (or a name the built-in catalogue knows by its code) is a document of its own: as an
      // alias it would join two documents.
      // (With no readable code of its own, a code alias names the entry, as its first alias does.)
      if (key && !key.includes(':') && codeKey !== null && key !== codeKey) warnings.push({ line, kind: 'alias-is-a-code', detail: a, message: `alias ${JSON.stringify(a)} names the document ${key} by its code, ignored` });
      else if (key) aliases.push(key);
      else warnings.push({ line, kind: 'not-a-name', detail: a, message: `alias ${JSON.stringify(a)} is not a document's name the engine reads (such as "Nghị quyết Hội nghị lần thứ 7 Ban Chấp hành Đảng bộ tỉnh khóa XX"), ignored` });
    }
    fields.aliases = aliases;
    const [entry] = createCatalog([fields]).entries;
    if (!entry) {
      warnings.push({ line, kind: 'no-code', detail: '', message: 'entry without a recognisable code or alias skipped' });
      continue;
    }
    entries.push({
      key: entry.key, code: entry.code, type: entry.type, title: entry.title, date: entry.date, issuer: entry.issuer, link: entry.link,
      location: { uri, line }, aliases: entry.aliases.filter((k) => k !== entry.key),
    });
  }
  return { entries, warnings };
}

/** YAML may read dates and numbers as such; the catalogue wants the text. */
function stringify(input: CatalogEntryInput): CatalogEntryInput {
  const out: Record<string, unknown> = { ...input };
  for (const k of CATALOG_TEXT_FIELDS) {
    const v = out[k];
    if (v instanceof Date) out[k] = v.toISOString().slice(0, 10);
    else if (typeof v === 'number') out[k] = String(v);
  }
  return out as CatalogEntryInput;
}
