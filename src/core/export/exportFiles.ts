// The headless export: files on disk → read under the shared read policy → extract → export document.
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
}

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
  collected.files.forEach((file, i) => {
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
