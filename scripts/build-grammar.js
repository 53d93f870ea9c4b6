// The grammar is authored in YAML (readable regexes, comments) and VS Code reads JSON:
// generate syntaxes/vankien.tmLanguage.json from syntaxes/vankien.tmLanguage.yaml.
//
// Two things happen on the way, so that the YAML can stay readable:
//  1. `{{name}}` is replaced by the regex fragment `variables.name` (fragments may use other
//     fragments); a regex may be written as a YAML list of pieces, which are joined.
//  2. Every precomposed Vietnamese letter in a regex also accepts its decomposed spellings
//     (NFD, and the base-letter-with-shape + combining-tone form that older input methods write),
//     and Đ/đ also accept their look-alikes Ð/ð. The author writes plain NFC; texts in any of
//     these forms still match. Old vs new tone placement (khóa/khoá, ủy/uỷ) differs in *which*
//     letter carries the mark, so the YAML spells those alternatives out itself.
const fs = require('fs');
const path = require('path');
const YAML = require('yaml');

const REGEX_KEYS = new Set(['match', 'begin', 'end', 'while']);
const TONE_MARKS = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);
const LOOKALIKES = { 'Đ': 'Ð', 'đ': 'ð' };

function hex(ch) {
  return '\\x{' + ch.codePointAt(0).toString(16).toUpperCase().padStart(4, '0') + '}';
}

/** Regex-escaped literal of a (possibly multi-code-point) spelling, combining marks as \x{…}. */
function literal(spelling) {
  let out = '';
  for (const ch of spelling) out += /\p{M}/u.test(ch) ? hex(ch) : ch;
  return out;
}

/** All spellings of one precomposed letter, or null when it has none besides itself. */
function spellingsOf(ch) {
  const nfd = ch.normalize('NFD');
  if (nfd === ch) return null;
  const base = nfd[0];
  const marks = [...nfd.slice(1)];
  const shape = marks.filter((m) => !TONE_MARKS.has(m)).join('');
  const tone = marks.filter((m) => TONE_MARKS.has(m)).join('');
  const forms = new Set([ch, nfd, (base + shape).normalize('NFC') + tone, base + shape + tone]);
  return [...forms];
}

/** Make one regex tolerant of decomposed Vietnamese letters and of the Đ look-alike. */
function tolerateVietnamese(regex, where) {
  let out = '';
  let inClass = 0;
  const chars = [...regex];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    if (ch === '\\') {
      out += ch + (chars[i + 1] ?? '');
      i++;
      continue;
    }
    if (ch === '[') inClass++;
    else if (ch === ']' && inClass > 0) inClass--;
    if (LOOKALIKES[ch]) {
      out += inClass ? ch + LOOKALIKES[ch] : `[${ch}${LOOKALIKES[ch]}]`;
      continue;
    }
    const spellings = ch.charCodeAt(0) > 0x7f ? spellingsOf(ch) : null;
    if (!spellings) {
      out += ch;
      continue;
    }
    if (inClass) {
      throw new Error(`${where}: write "${ch}" outside a character class (e.g. (?:${ch}|…)) so its decomposed forms can be accepted`);
    }
    out += '(?:' + spellings.map(literal).join('|') + ')';
  }
  return out;
}

function joinPieces(value) {
  return Array.isArray(value) ? value.join('') : value;
}

/** Resolve {{name}} references, fragments first (they may refer to each other). */
function makeSubstituter(variables) {
  const resolved = {};
  const resolving = new Set();
  const resolve = (name, where) => {
    if (name in resolved) return resolved[name];
    if (!(name in variables)) throw new Error(`${where}: unknown variable {{${name}}}`);
    if (resolving.has(name)) throw new Error(`variable {{${name}}} refers to itself`);
    resolving.add(name);
    resolved[name] = substitute(joinPieces(variables[name]), `variables.${name}`);
    resolving.delete(name);
    return resolved[name];
  };
  const substitute = (text, where) => text.replace(/\{\{([\w-]+)\}\}/g, (_, name) => resolve(name, where));
  return substitute;
}

/** Turn the authored YAML object into the grammar VS Code loads. */
function compileGrammar(source) {
  const { variables = {}, ...grammar } = source;
  const substitute = makeSubstituter(variables);
  const walk = (node, where) => {
    if (Array.isArray(node)) return node.map((item, i) => walk(item, `${where}[${i}]`));
    if (node && typeof node === 'object') {
      const out = {};
      for (const [key, value] of Object.entries(node)) {
        const here = `${where}.${key}`;
        if (REGEX_KEYS.has(key)) {
          const regex = substitute(joinPieces(value), here);
          if (regex.includes('{{')) throw new Error(`${here}: malformed {{variable}} reference`);
          out[key] = tolerateVietnamese(regex, here);
        } else {
          out[key] = walk(value, here);
        }
      }
      return out;
    }
    return node;
  };
  return walk(grammar, 'grammar');
}

function buildGrammar(root = path.join(__dirname, '..')) {
  const src = path.join(root, 'syntaxes', 'vankien.tmLanguage.yaml');
  const out = path.join(root, 'syntaxes', 'vankien.tmLanguage.json');
  if (!fs.existsSync(src)) return out;
  const grammar = compileGrammar(YAML.parse(fs.readFileSync(src, 'utf8')));
  fs.writeFileSync(out, JSON.stringify(grammar, null, 2) + '\n');
  return out;
}

module.exports = { buildGrammar, compileGrammar, tolerateVietnamese };
if (require.main === module) buildGrammar();
