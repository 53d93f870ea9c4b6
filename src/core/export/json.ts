import { ExportDocument } from './schema';
import { ExportParseError, validateExportDocument } from './validate';

/** Items of a list serialised together: one call per tag costs more than the tag itself. */
const ITEMS_PER_PIECE = 256;

/**
 * `"field": value` as it stands in the whole document: serialised as the one field of an object, so
 * that JSON.stringify itself indents its lines to their depth there ("{\n  " and "\n}" cut off).
 */
function member(field: string, value: unknown): string {
  return JSON.stringify({ [field]: value }, null, 2).slice(4, -2);
}

/**
 * `JSON.stringify(doc, null, 2) + "\n"` piece by piece: the top-level fields one by one, and the items
 * of the `files` and `tags` lists a few hundred at a time.
 */
export function* toJsonChunks(doc: ExportDocument): Generator<string> {
  // A field whose value is undefined is left out, as JSON.stringify leaves it out.
  const fields = Object.entries(doc).filter(([, value]) => value !== undefined);
  if (fields.length === 0) {
    yield '{}\n';
    return;
  }
  let separator = '{\n  ';
  for (const [field, value] of fields) {
    if (!Array.isArray(value) || value.length === 0) {
      yield separator + member(field, value);
    } else {
      // Each piece is `"field": [\n    …items…\n  ]`: the items kept, the brackets written once.
      const head = JSON.stringify(field).length + ': [\n'.length;
      yield separator + JSON.stringify(field) + ': [\n';
      for (let i = 0; i < value.length; i += ITEMS_PER_PIECE) {
        const piece = member(field, value.slice(i, i + ITEMS_PER_PIECE));
        yield (i === 0 ? '' : ',\n') + piece.slice(head, -'\n  ]'.length);
      }
      yield '\n  ]';
    }
    separator = ',\n  ';
  }
  yield '\n}\n';
}

export function toJson(doc: ExportDocument): string {
  return [...toJsonChunks(doc)].join('');
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
