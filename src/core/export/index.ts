// The tag export: build the document, write it as YAML, JSON or CSV, read it back.
import { parseCsv, toCsv } from './csv';
import { parseJson, toJson } from './json';
import { ExportDocument, ExportFormat } from './schema';
import { parseYaml, toYaml } from './yaml';

export * from './schema';
export { buildExport, countByKind, entityToTag, toPosixPath, ExportInput, BuildOptions } from './build';
export { CSV_COLUMNS, parseCsv, toCsv } from './csv';
export { parseJson, toJson } from './json';
export { parseYaml, toYaml } from './yaml';
export { ExportParseError, validateExportDocument } from './validate';
export { writeFileAtomic, TargetExistsError, AtomicWriteOptions } from './atomicWrite';

export function serializeExport(doc: ExportDocument, format: ExportFormat): string {
  switch (format) {
    case 'json': return toJson(doc);
    case 'yaml': return toYaml(doc);
    case 'csv': return toCsv(doc);
  }
}

export function parseExport(text: string, format: ExportFormat): ExportDocument {
  switch (format) {
    case 'json': return parseJson(text);
    case 'yaml': return parseYaml(text);
    case 'csv': return parseCsv(text);
  }
}
