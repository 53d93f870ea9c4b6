import * as YAML from 'yaml';
import { ExportDocument } from './schema';
import { ExportParseError, validateExportDocument } from './validate';

// YAML 1.2 core schema both ways, so "05" stays a string and "2021-12-28" is not a timestamp;
// no line folding and no anchors, so the file reads like the JSON and diffs line by line.
const OPTIONS = { version: '1.2', lineWidth: 0, minContentWidth: 0, aliasDuplicateObjects: false } as const;

export function toYaml(doc: ExportDocument): string {
  const document = new YAML.Document(doc, OPTIONS);
  // A range on one line ("range: { start: { line: 8, character: 1610 }, end: … }") keeps a tag readable.
  YAML.visit(document, {
    Pair(_, pair) {
      if (YAML.isScalar(pair.key) && pair.key.value === 'range' && YAML.isMap(pair.value)) pair.value.flow = true;
    },
  });
  return document.toString(OPTIONS);
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
