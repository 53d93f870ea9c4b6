// A workspace catalogue file (vankien.catalog.yaml): a list of known documents — code, type, title,
// date, issuer, link, aliases — either at the top level or under `documents:`. Each entry keeps the
// line it starts on, so that Go to Definition can land on it.
import { parseDocument, isMap, isSeq, LineCounter } from 'yaml';
import { createCatalog, CatalogEntryInput, CATALOG_TEXT_FIELDS } from '../catalog/catalog';
import { CatalogEntry } from './corpusIndex';

export interface CatalogFileResult {
  entries: CatalogEntry[];
  /** Problems worth a line in the log ("line 4: entry without code or alias skipped"). */
  warnings: string[];
}

export function parseCatalogFile(uri: string, text: string): CatalogFileResult {
  const warnings: string[] = [];
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  for (const e of doc.errors) warnings.push(`line ${lines.linePos(e.pos[0]).line}: ${e.message.split('\n')[0]}`);
  const root = doc.contents;
  const seq = isSeq(root) ? root : isMap(root) ? root.get('documents', true) : null;
  if (!isSeq(seq)) {
    if (root !== null) warnings.push('expected a list of documents (or `documents:` with a list)');
    return { entries: [], warnings };
  }
  const entries: CatalogEntry[] = [];
  for (const item of seq.items) {
    const line = item && typeof item === 'object' && 'range' in item && item.range ? lines.linePos(item.range[0]).line - 1 : 0;
    const input = (item && typeof item === 'object' && 'toJSON' in item ? (item as { toJSON(): unknown }).toJSON() : item) as CatalogEntryInput | null;
    if (!input || typeof input !== 'object') {
      warnings.push(`line ${line + 1}: not an entry`);
      continue;
    }
    const fields = stringify(input);
    for (const k of CATALOG_TEXT_FIELDS) {
      const v = fields[k];
      if (v !== undefined && v !== null && typeof v !== 'string') {
        warnings.push(`line ${line + 1}: ${k} is not text (${Array.isArray(v) ? 'a list' : typeof v}), ignored`);
        fields[k] = null;
      }
    }
    const [entry] = createCatalog([fields]).entries;
    if (!entry) {
      warnings.push(`line ${line + 1}: entry without a recognisable code or alias skipped`);
      continue;
    }
    entries.push({
      key: entry.key, code: entry.code, type: entry.type, title: entry.title, date: entry.date, issuer: entry.issuer, link: entry.link,
      location: { uri, line },
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
