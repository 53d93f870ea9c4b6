// Checks that parsed data is a "vankien-tags" document, so that a reader fails with a clear message
// rather than handing half-shaped data on.
import { EXPORT_FORMAT, EXPORT_VERSION, ExportDocument } from './schema';

export class ExportParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExportParseError';
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isPosition(v: unknown): boolean {
  return isObject(v) && Number.isInteger(v.line) && Number.isInteger(v.character);
}

export function validateExportDocument(data: unknown): ExportDocument {
  if (!isObject(data)) throw new ExportParseError('not an export document (expected an object)');
  if (data.format !== EXPORT_FORMAT) throw new ExportParseError(`unknown format ${JSON.stringify(data.format)}`);
  if (data.version !== EXPORT_VERSION) throw new ExportParseError(`unsupported version ${JSON.stringify(data.version)}`);
  if (!Array.isArray(data.files) || !Array.isArray(data.tags)) throw new ExportParseError('files and tags must be lists');
  if (data.errors !== undefined && !Array.isArray(data.errors)) throw new ExportParseError('errors must be a list');
  data.tags.forEach((tag, i) => {
    if (!isObject(tag)) throw new ExportParseError(`tag ${i} is not an object`);
    for (const field of ['kind', 'file', 'text', 'key']) {
      if (typeof tag[field] !== 'string') throw new ExportParseError(`tag ${i}: ${field} must be a string`);
    }
    const range = tag.range;
    if (!isObject(range) || !isPosition(range.start) || !isPosition(range.end)) {
      throw new ExportParseError(`tag ${i}: range must have start and end positions`);
    }
  });
  if (data.errors === undefined) data.errors = [];
  return data as unknown as ExportDocument;
}
