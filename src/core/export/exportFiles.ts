// The headless export: files on disk → read under the shared read policy → extract → export document.
import * as fs from 'fs';
import { describeFileError, readFileForIndex } from '../corpus/readPolicy';
import { extract } from '../extract/onDemand';
import { ExportInput, buildExport } from './build';
import { collectFiles } from './collect';
import { ExportDocument, ExportError } from './schema';

/** Files above this are exported up to it (the editor's default `vankien.maxFileSizeKB`). */
export const DEFAULT_MAX_BYTES = 5120 * 1024;

export interface ExportFilesOptions {
  kinds?: readonly string[];
  maxBytes?: number;
  cwd?: string;
  /** Called after each file with the count done and the total. */
  onProgress?: (done: number, total: number, path: string) => void;
  /**
   * Files never read as inputs, by identity (the file the export is written to, or standard output
   * redirected to a file): a folder holding its own earlier export would export the tags of that export.
   */
  exclude?: readonly FileIdentity[];
}

/**
 * A file as the file system knows it, whatever its name or the links to it. As big integers: an NTFS
 * file id goes past 2^53, where a number would make two files one.
 */
export interface FileIdentity {
  dev: bigint;
  ino: bigint;
}

/** The identity of the file at `p` (links followed), or undefined when there is none or it cannot be reached. */
export function identityOf(p: string): FileIdentity | undefined {
  try {
    const s = fs.statSync(p, { bigint: true });
    return s.isFile() ? { dev: s.dev, ino: s.ino } : undefined;
  } catch {
    // Missing, a path through a file (ENOTDIR), a link loop, no permission: reading it says why.
    return undefined;
  }
}

export const sameFile = (a: FileIdentity | undefined, b: FileIdentity | undefined): boolean => a !== undefined && b !== undefined && a.dev === b.dev && a.ino === b.ino;

export interface ExportFilesResult {
  doc: ExportDocument;
  /** Files exported with a problem (invalid UTF-8, truncated), one line each. */
  warnings: ExportError[];
}

export function exportFiles(paths: readonly string[], options: ExportFilesOptions = {}): ExportFilesResult {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const collected = collectFiles(paths, options.cwd);
  const errors: ExportError[] = [...collected.errors];
  const warnings: ExportError[] = [];
  const inputs: ExportInput[] = [];
  const exclude = options.exclude ?? [];
  collected.files.forEach((file, i) => {
    if (exclude.length > 0) {
      const id = identityOf(file.absolute);
      if (id && exclude.some((x) => sameFile(x, id))) {
        warnings.push({ path: file.path, message: 'not read: the export is written to it' });
        options.onProgress?.(i + 1, collected.files.length, file.path);
        return;
      }
    }
    try {
      // A path named on the command line may be standard input or a pipe: read to its end.
      const outcome = readFileForIndex(file.absolute, maxBytes, { streams: file.named });
      if (outcome.text === null) {
        errors.push({ path: file.path, message: outcome.warnings.join('; ') || 'skipped' });
      } else {
        const result = extract(outcome.text);
        const fileWarnings = [...outcome.warnings, ...result.warnings];
        for (const message of fileWarnings) warnings.push({ path: file.path, message });
        inputs.push({ path: file.path, entities: result.entities, warnings: fileWarnings });
      }
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      const message = describeFileError(err);
      errors.push({ path: file.path, message });
    }
    options.onProgress?.(i + 1, collected.files.length, file.path);
  });
  return { doc: buildExport(inputs, { kinds: options.kinds, errors }), warnings };
}
