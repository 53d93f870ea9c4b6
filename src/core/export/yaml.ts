import * as YAML from 'yaml';
import { ExportDocument } from './schema';
import { ExportParseError, validateExportDocument } from './validate';

// YAML 1.2 core schema both ways, so "05" stays a string and "2021-12-28" is not a timestamp;
// no line folding and no anchors, so the file reads like the JSON and diffs line by line.
const OPTIONS = { version: '1.2', lineWidth: 0, minContentWidth: 0, aliasDuplicateObjects: false } as const;

/** Items of a list rendered together: one YAML document per item costs more than the item itself. */
const ITEMS_PER_PIECE = 256;

function render(value: Record<string, unknown>): string {
  const document = new YAML.Document(value, OPTIONS);
  // A range on one line ("range: { start: { line: 8, character: 1610 }, end: … }") keeps a tag readable.
  YAML.visit(document, {
    Pair(_, pair) {
      if (YAML.isScalar(pair.key) && pair.key.value === 'range' && YAML.isMap(pair.value)) pair.value.flow = true;
    },
  });
  return document.toString(OPTIONS);
}

/**
 * The YAML of the whole document piece by piece: a top-level map's fields are rendered one after the
 * other, each as it is in the whole, and a list's items a few hundred at a time ("tags:\n  - …",
 * its key line kept once). A document of a million tags would not fit in memory as one YAML tree.
 */
export function* toYamlChunks(doc: ExportDocument): Generator<string> {
  for (const [field, value] of Object.entries(doc)) {
    // A field whose value is undefined is left out, as the YAML library leaves it out of the whole.
    if (value === undefined) continue;
    if (!Array.isArray(value) || value.length === 0) {
      yield render({ [field]: value });
      continue;
    }
    for (let i = 0; i < value.length; i += ITEMS_PER_PIECE) {
      const text = render({ [field]: value.slice(i, i + ITEMS_PER_PIECE) });
      yield i === 0 ? text : text.slice(text.indexOf('\n') + 1);
    }
  }
}

export function toYaml(doc: ExportDocument): string {
  return [...toYamlChunks(doc)].join('');
}

export function parseYaml(text: string): ExportDocument {
  let data: unknown;
  try {
    data = YAML.parse(text.replace(/^\uFEFF/, ''), { version: '1.2', maxAliasCount: 0 });
  } catch (e) {
    throw new ExportParseError(`invalid YAML: ${(e as Error).message}`);
  }
  return validateExportDocument(data);
}
