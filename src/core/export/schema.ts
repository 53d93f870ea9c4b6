// The export format "vankien-tags" version 1 (see the README, "Exporting tags"): one document with the exported
// files, their tags and the inputs that could not be read. JSON, YAML and CSV carry the same data.
import { EntityKind, Range } from '../types';

export const EXPORT_FORMAT = 'vankien-tags';
export const EXPORT_VERSION = 1;

export type ExportFormat = 'yaml' | 'json' | 'csv';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['yaml', 'json', 'csv'];

export const ENTITY_KINDS: readonly EntityKind[] = ['citation', 'person', 'date', 'organization', 'term', 'abbreviation'];

/** A JSON-compatible value: what a tag field may hold. */
export type TagValue = string | number | boolean | null | TagValue[] | { [key: string]: TagValue };

/**
 * One exported mention: the entity without its offsets (the range says where it is, in the same
 * line/character terms as VS Code), plus the file it was found in. Every field of the kind is
 * present; unknown values are null.
 */
export interface Tag {
  kind: string;
  file: string;
  text: string;
  range: Range;
  key: string;
  [field: string]: TagValue | Range;
}

export interface ExportedFile {
  /** Relative to the exported folder, "/"-separated. */
  path: string;
  /** How many tags of this file are in the export (after the kinds filter). */
  tags: number;
  /** Problems met while reading it (invalid UTF-8, truncation); the file was still exported. */
  warnings: string[];
}

export interface ExportError {
  /** The input as named (relative like `file` when possible). */
  path: string;
  message: string;
}

export interface ExportDocument {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  files: ExportedFile[];
  tags: Tag[];
  errors: ExportError[];
}

/** The fields every tag starts with, in this order. */
export const COMMON_FIELDS = ['kind', 'file', 'text', 'range', 'key'] as const;

export type ColumnType = 'string' | 'number' | 'boolean' | 'list';

/**
 * The normalised fields of each kind, in export order, with their types. Fields an entity carries
 * beyond these are exported too (after these, in alphabetical order); the CSV keeps them in its
 * `extra` column.
 */
export const KIND_FIELDS: Record<EntityKind, ReadonlyArray<readonly [string, ColumnType]>> = {
  citation: [
    ['code', 'string'], ['number', 'string'], ['type', 'string'], ['typeCode', 'string'], ['issuerCode', 'string'],
    ['issuer', 'string'], ['date', 'string'], ['subject', 'string'], ['system', 'string'], ['year', 'number'],
    ['terms', 'list'], ['conference', 'string'], ['shortForm', 'boolean'], ['refs', 'list'],
  ],
  person: [['name', 'string'], ['positions', 'list']],
  date: [['iso', 'string'], ['inferred', 'boolean'], ['dateline', 'boolean'], ['weekday', 'string'], ['weekdayMatches', 'boolean']],
  organization: [['name', 'string']],
  term: [['roman', 'string'], ['ordinal', 'number'], ['form', 'string'], ['fromYear', 'number'], ['toYear', 'number']],
  abbreviation: [['abbreviation', 'string'], ['expansion', 'string']],
};

export function isEntityKind(kind: string): kind is EntityKind {
  return (ENTITY_KINDS as readonly string[]).includes(kind);
}

export function isExportFormat(format: string): format is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(format);
}

/** The format a file name implies (".yml"/".yaml", ".json", ".csv"), if any. */
export function formatFromFileName(name: string): ExportFormat | undefined {
  const m = /\.(ya?ml|json|csv)$/i.exec(name);
  if (!m) return undefined;
  const ext = m[1].toLowerCase();
  return ext === 'yml' ? 'yaml' : (ext as ExportFormat);
}
