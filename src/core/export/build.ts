// Builds the export document from files and their entities, in a stable order: files by path
// (UTF-16 code-unit order, independent of locale), tags by position within their file.
import * as path from 'path';
import { Entity, Range } from '../types';
import {
  COMMON_FIELDS, EXPORT_FORMAT, EXPORT_VERSION, ExportDocument, ExportError, ExportedFile, KIND_FIELDS, Tag, TagValue,
  isEntityKind,
} from './schema';

export interface ExportInput {
  /** Path relative to the exported folder; on Windows "\" is turned into "/". */
  path: string;
  entities: readonly Entity[];
  /** Problems met while reading the file. */
  warnings?: readonly string[];
}

export interface BuildOptions {
  /** Only these kinds are exported; all when absent or empty. */
  kinds?: readonly string[];
  /** Inputs that could not be read. */
  errors?: readonly ExportError[];
}

const OFFSET_FIELDS = new Set(['start', 'end']);

/** A relative path with "/" between its parts: the separator of `sep` (the system's) becomes "/". */
export function toPosixPath(p: string, sep: string = path.sep): string {
  // On POSIX systems a backslash is a character of a file name, not a separator.
  return sep === '\\' ? p.replace(/\\/g, '/') : p;
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function copyRange(r: Range): Range {
  return { start: { line: r.start.line, character: r.start.character }, end: { line: r.end.line, character: r.end.character } };
}

/** A JSON-safe copy: undefined becomes null, so a field is never silently dropped. */
function toTagValue(value: unknown): TagValue {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (Array.isArray(value)) return value.map(toTagValue);
  if (typeof value === 'object') {
    const out: { [key: string]: TagValue } = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = toTagValue(v);
    return out;
  }
  return String(value);
}

/** The entity as a tag: its offsets dropped, `file` added, every field of its kind present. */
export function entityToTag(entity: Entity, file: string): Tag {
  const source = entity as unknown as Record<string, unknown>;
  const tag: Tag = { kind: entity.kind, file, text: entity.text, range: copyRange(entity.range), key: entity.key };
  const known = new Set<string>(COMMON_FIELDS);
  if (isEntityKind(entity.kind)) {
    for (const [field] of KIND_FIELDS[entity.kind]) {
      tag[field] = toTagValue(source[field]);
      known.add(field);
    }
  }
  const extra = Object.keys(source).filter((k) => !known.has(k) && !OFFSET_FIELDS.has(k)).sort(compareStrings);
  for (const field of extra) tag[field] = toTagValue(source[field]);
  return tag;
}

export function compareTags(a: Tag, b: Tag): number {
  return (
    compareStrings(a.file, b.file) ||
    a.range.start.line - b.range.start.line ||
    a.range.start.character - b.range.start.character ||
    a.range.end.line - b.range.end.line ||
    a.range.end.character - b.range.end.character
  );
}

export function buildExport(inputs: readonly ExportInput[], options: BuildOptions = {}): ExportDocument {
  const kinds = options.kinds && options.kinds.length > 0 ? new Set(options.kinds) : undefined;
  const seen = new Set<string>();
  const files: ExportedFile[] = [];
  const tags: Tag[] = [];
  const ordered = inputs.map((input) => ({ ...input, path: toPosixPath(input.path) }));
  ordered.sort((a, b) => compareStrings(a.path, b.path));
  for (const input of ordered) {
    if (seen.has(input.path)) continue;
    seen.add(input.path);
    const fileTags = input.entities.filter((e) => !kinds || kinds.has(e.kind)).map((e) => entityToTag(e, input.path));
    fileTags.sort(compareTags);
    // One by one: spreading a densely tagged file's 100,000+ tags as arguments overflows the stack.
    for (const tag of fileTags) tags.push(tag);
    files.push({ path: input.path, tags: fileTags.length, warnings: [...(input.warnings ?? [])] });
  }
  const errors = (options.errors ?? []).map((e) => ({ path: toPosixPath(e.path), message: e.message }));
  errors.sort((a, b) => compareStrings(a.path, b.path));
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, files, tags, errors };
}

/** How many tags of each kind the export holds, kinds in first-seen order. */
/**
 * Whether no input of the export could be read (a mistyped path, a folder gone since it was picked): such
 * an export is not written, as it would replace a good one with nothing (the tool and the command alike).
 * An export of an empty folder, with nothing that failed, is written.
 */
export function nothingRead(doc: ExportDocument): boolean {
  return doc.files.length === 0 && doc.errors.length > 0;
}

export function countByKind(doc: ExportDocument): Map<string, number> {
  const counts = new Map<string, number>();
  for (const tag of doc.tags) counts.set(tag.kind, (counts.get(tag.kind) ?? 0) + 1);
  return counts;
}
