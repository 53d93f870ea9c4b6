// The tag export: build the document, write it as YAML, JSON or CSV, read it back.
import { parseCsv } from './csv';
import { parseJson } from './json';
import { ExportDocument, ExportFormat } from './schema';
import { parseYaml } from './yaml';

export * from './schema';
export { buildExport, countByKind, entityToTag, nothingRead, toPosixPath, ExportInput, BuildOptions } from './build';
export { CSV_COLUMNS, isCsvDelimiter, parseCsv, toCsv } from './csv';
export type { CsvDelimiter } from './csv';
export { parseJson, toJson } from './json';
export { parseYaml, toYaml } from './yaml';
export { ExportParseError, validateExportDocument } from './validate';
export { writeFileAtomic, TargetExistsError, AtomicWriteOptions } from './atomicWrite';
export { inBatches, serializeExport, serializeExportChunks } from './serialize';

export function parseExport(text: string, format: ExportFormat): ExportDocument {
  switch (format) {
    case 'json': return parseJson(text);
    case 'yaml': return parseYaml(text);
    case 'csv': return parseCsv(text);
  }
}
