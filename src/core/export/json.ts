import { ExportDocument } from './schema';
import { ExportParseError, validateExportDocument } from './validate';

export function toJson(doc: ExportDocument): string {
  return JSON.stringify(doc, null, 2) + '\n';
}

export function parseJson(text: string): ExportDocument {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new ExportParseError(`invalid JSON: ${(e as Error).message}`);
  }
  return validateExportDocument(data);
}
