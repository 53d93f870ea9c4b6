// The export as text, in pieces. A corpus of years of documents gives more text than one string can
// hold (JSON of 1.3 million tags passes V8's limit of about 512 MB), and holding the whole text beside
// the tags it is made of doubles the memory of an export: writers take the pieces as they come.
import { CsvDelimiter, toCsvChunks } from './csv';
import { toJsonChunks } from './json';
import { ExportDocument, ExportFormat } from './schema';
import { toYamlChunks } from './yaml';

export interface SerializeOptions {
  /** The CSV's field separator (default ","). */
  csvDelimiter?: CsvDelimiter;
}

/** The export in `format`, a piece at a time (a header, a tag or a few, the errors); joined, the whole text. */
export function serializeExportChunks(doc: ExportDocument, format: ExportFormat, options: SerializeOptions = {}): Iterable<string> {
  switch (format) {
    case 'json': return toJsonChunks(doc);
    case 'yaml': return toYamlChunks(doc);
    case 'csv': return toCsvChunks(doc, options.csvDelimiter);
  }
}

/** The whole export as one string: for small exports (one file, tests). */
export function serializeExport(doc: ExportDocument, format: ExportFormat, options: SerializeOptions = {}): string {
  return [...serializeExportChunks(doc, format, options)].join('');
}

/** Pieces joined into batches of at least `size` characters: one write per batch, not per tag. */
export function* inBatches(chunks: Iterable<string>, size = 1 << 20): Generator<string> {
  let batch: string[] = [];
  let length = 0;
  for (const chunk of chunks) {
    batch.push(chunk);
    length += chunk.length;
    if (length >= size) {
      yield batch.join('');
      batch = [];
      length = 0;
    }
  }
  if (length > 0) yield batch.join('');
}
