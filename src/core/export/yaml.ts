import { yaml } from '../yamlOnDemand';
import { ExportDocument } from './schema';
import { ExportParseError, validateExportDocument } from './validate';

// YAML 1.2 core schema both ways, so "05" stays a string and "2021-12-28" is not a timestamp;
// no line folding and no anchors, so the file reads like the JSON and diffs line by line.
const OPTIONS = { version: '1.2', lineWidth: 0, minContentWidth: 0, aliasDuplicateObjects: false } as const;

/**
 * The plain scalars a YAML 1.1 reader takes for something other than a string (the types of
 * yaml.org/type: bool, null, int, float, timestamp, merge, value, as the spec and PyYAML's resolver
 * write them). The likeliest reader of the export is Python's `yaml.safe_load`, a YAML 1.1 reader:
 * unquoted, every date's `iso` ("2021-12-28") would reach it as a date, "8:43" as the number 523,
 * "yes" as true, and "=" would fail to load. YAML 1.2 quotes none of these.
 */
const YAML_11_NON_STRING = new RegExp('^(?:' + [
  'y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF',
  '~|null|Null|NULL', // and the empty string, which YAML 1.2 quotes already
  '[-+]?0b[0-1_]+', '[-+]?0[0-7_]+', '[-+]?(?:0|[1-9][0-9_]*)', '[-+]?0x[0-9a-fA-F_]+', '[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+',
  '[-+]?(?:[0-9][0-9_]*)?\\.[0-9_.]*(?:[eE][-+][0-9]+)?', '[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*', '[-+]?\\.(?:inf|Inf|INF)', '\\.(?:nan|NaN|NAN)',
  '[0-9]{4}-[0-9]{2}-[0-9]{2}',
  '[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \\t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\\.[0-9]*)?(?:[ \\t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?',
  '<<', '=',
].join('|') + ')$');

/**
 * The line breaks YAML 1.1 has beyond CR and LF: NEL, LS and PS. A YAML 1.1 reader (PyYAML) breaks a
 * plain scalar's line at them, and folds one raw in a quoted scalar into a space; the YAML library
 * writes them raw even between double quotes. A string holding one is written double-quoted, with
 * the escapes both versions read (\N, \L, \P).
 */
const YAML_11_BREAKS = /[\u0085\u2028\u2029]/;
const YAML_11_BREAKS_ALL = new RegExp(YAML_11_BREAKS.source, 'g');
const YAML_11_BREAK_ESCAPES: Record<string, string> = { '\u0085': '\\N', '\u2028': '\\L', '\u2029': '\\P' };

/** Items of a list rendered together: one YAML document per item costs more than the item itself. */
const ITEMS_PER_PIECE = 256;

/** A value as one YAML document, written as the export writes it (the pieces of toYamlChunks, or a whole document). */
export function renderYaml(value: object): string {
  const YAML = yaml();
  const document = new YAML.Document(value, OPTIONS);
  YAML.visit(document, {
    // A range on one line ("range: { start: { line: 8, character: 1610 }, end: … }") keeps a tag readable.
    Pair(_, pair) {
      if (YAML.isScalar(pair.key) && pair.key.value === 'range' && YAML.isMap(pair.value)) pair.value.flow = true;
    },
    // Quoted as YAML 1.2 would quote it, so that a YAML 1.1 reader reads a string too.
    Scalar(_, scalar) {
      if (typeof scalar.value === 'string' && (YAML_11_NON_STRING.test(scalar.value) || YAML_11_BREAKS.test(scalar.value))) scalar.type = 'QUOTE_DOUBLE';
    },
  });
  const text = document.toString(OPTIONS);
  // Only double-quoted scalars hold them now (field names never do): escaped there.
  return text.replace(YAML_11_BREAKS_ALL, (c) => YAML_11_BREAK_ESCAPES[c]);
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
      yield renderYaml({ [field]: value });
      continue;
    }
    for (let i = 0; i < value.length; i += ITEMS_PER_PIECE) {
      const text = renderYaml({ [field]: value.slice(i, i + ITEMS_PER_PIECE) });
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
    data = yaml().parse(text.replace(/^\uFEFF/, ''), { version: '1.2', maxAliasCount: 0 });
  } catch (e) {
    throw new ExportParseError(`invalid YAML: ${(e as Error).message}`);
  }
  return validateExportDocument(data);
}
