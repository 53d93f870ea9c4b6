// The grammar is authored in YAML (readable regexes, comments) and VS Code reads JSON:
// generate syntaxes/vankien.tmLanguage.json from syntaxes/vankien.tmLanguage.yaml.
//
// Three things happen on the way, so that the YAML can stay readable and the grammar fast:
//  1. `{{name}}` is replaced by the regex fragment `variables.name` (fragments may use other
//     fragments); a regex may be written as a YAML list of pieces, which are joined.
//  2. Every precomposed Vietnamese letter in a regex also accepts its decomposed spellings
//     (NFD, and the base-letter-with-shape + combining-tone form that older input methods write),
//     and Đ/đ also accept their look-alikes Ð/ð. The author writes plain NFC; texts in any of
//     these forms still match. Old vs new tone placement (khóa/khoá, ủy/uỷ) differs in *which*
//     letter carries the mark, so the YAML spells those alternatives out itself.
//  3. Each regex is reshaped for Oniguruma's search (scripts/regex-shape.js): its alternations
//     factored by their first letters, and the letters a match may begin with put before it. What
//     it matches stays the same; a line costs a fraction of what it did.
//  4. The end of a word after a whole word (`{{br}}`, Unicode's property classes) is written with the
//     engine's \w instead (regex-shape.js: cheapWordEnds): it matches at the same places, and the
//     regexes compile in some 40% less time when a window first opens a document.
const fs = require('fs');
const path = require('path');
const YAML = require('yaml');
const { cheapWordEnds, factorAlternations, firstCharGuard } = require('./regex-shape');

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

/** A syllable's old tone placement: the mark of a final oa, oe, uy on its second vowel ("ủy" → "uỷ"). */
function oldTone(word) {
  return word.replace(/([òóỏõọÒÓỎÕỌùúủũụÙÚỦŨỤ])([aeyAEY])$/u, (pair, first, second) => {
    const [base, ...marks] = first.normalize('NFD');
    const isU = base === 'u' || base === 'U';
    if (isU !== (second === 'y' || second === 'Y')) return pair;
    return base + (second + marks.join('')).normalize('NFC');
  });
}

/**
 * Fragments made from the engine's own word lists (src/core/extract/lexicon.json), so that the grammar
 * stops where the engine does without a second copy of the lists to keep in step:
 *   lexicon-field-stops    the words that end the field of a body's name (nameFieldStops), lower case
 *   lexicon-position-head  where a position's head begins, for a task to stop before it: a head in title
 *                          case, its later words in lower or title case ("Bí thư", "Trưởng ban"),
 *                          or a modifier in title case before any word ("Phó …"), which stops a task at
 *                          a few more places than the engine, never fewer: the modifiers' pairings with
 *                          every head made this list ten times as long, and the regexes that hold it slow
 *                          to compile
 *   lexicon-capitals-field the field of a body's name in capitals ("NỘI VỤ", "GIÁO DỤC"): the lexicon's
 *                          compounds of bodies' names that head no body of their own (capitalsNameHeads)
 *   lexicon-capitals-ending-first  in capitals, the first words of the words that end in "SỞ" or "BỘ"
 *                          ("CƠ SỞ", "CÁN BỘ"), where no body begins
 *   lexicon-title-field    the same fields in title case ("Dân tộc", "Thi đua"), none a position's head
 *                          or its first words, and none where the lexicon's compound that goes on
 *                          from its last word follows ("Ban Chấp" of "Ban Chấp hành"), so that no
 *                          word is cut
 * Each ends at a word's end. A YAML variable may not take one of these names.
 */
function lexiconVariables(root) {
  const file = path.join(root, 'src', 'core', 'extract', 'lexicon.json');
  if (!fs.existsSync(file)) return {};
  const lexicon = JSON.parse(fs.readFileSync(file, 'utf8'));
  // The lists spell tones the modern way ("ủy", "hóa"); texts also put the mark on the second vowel ("uỷ").
  const escape = (w) => {
    const literal = (x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const old = oldTone(w);
    return old === w ? literal(w) : `(?:${literal(w)}|${literal(old)})`;
  };
  const words = (phrase, first) => phrase.split(' ').map((w, i) => (i === 0 ? first(w) : either(w))).join('{{sp}}');
  const upper = (w) => escape(w[0].toUpperCase() + w.slice(1));
  // A later word in any case the engine reads alike: title, lower, capitals ("Chủ tịch UBND"). An
  // alternation, as a class may not hold a Vietnamese letter.
  const either = (w) => `(?:${[...new Set([upper(w), escape(w), escape(w.toUpperCase())])].join('|')})`;
  // Longest first, so that an alternation takes "tỉnh ủy viên" before "tỉnh".
  const alternation = (phrases, first) => [...new Set(phrases)].sort((x, y) => y.length - x.length || (x < y ? -1 : 1)).map((p) => words(p, first)).join('|');
  const heads = [...lexicon.positionHeads, ...lexicon.officialNames.positionHeads];
  const official = lexicon.officialNames;
  const compounds = [...lexicon.bodyCompounds, ...official.bodyCompounds, ...lexicon.leadingCompounds, ...official.leadingCompounds,
    ...lexicon.capitalisedCompounds, ...official.capitalisedCompounds];
  const fields = compounds.filter((c) => !lexicon.capitalsNameHeads.includes(c)).map((c) => c.toUpperCase());
  // A position's head is the next person's post ("Hội đồng Bí thư …"), not a field.
  const headed = (c) => heads.some((h) => h === c || h.startsWith(c + ' '));
  const titleFields = compounds.filter((c) => !lexicon.capitalsNameHeads.includes(c) && !headed(c) && c !== 'hội đồng');
  const titleField = (c) => {
    const last = c.split(' ').pop();
    const next = [...new Set(compounds.filter((d) => d.startsWith(last + ' ')).map((d) => d.split(' ')[1]))];
    const goesOn = next.length ? `(?!{{sp}}{1,2}(?:${next.map((w) => `${upper(w)}|${escape(w)}`).join('|')}){{br}})` : '';
    return `${c.split(' ').map((w, i) => (i === 0 ? upper(w) : `(?:${upper(w)}|${escape(w)})`)).join('{{sp}}')}{{br}}${goesOn}`;
  };
  // A task's words are in lower or title case, so a head's later word in capitals cannot follow one.
  const headAlternation = [...new Set(heads)].sort((x, y) => y.length - x.length || (x < y ? -1 : 1))
    .map((p) => p.split(' ').map((w, i) => (i === 0 ? upper(w) : `(?:${[...new Set([upper(w), escape(w)])].join('|')})`)).join('{{sp}}')).join('|');
  const endings = lexicon.capitalsHeadEndings.filter((e) => /^\S+ (?:sở|bộ)$/u.test(e)).map((e) => e.split(' ')[0].toUpperCase());
  return {
    'lexicon-capitals-field': `(?:${alternation(fields, escape)}){{br}}`,
    'lexicon-capitals-ending-first': `(?:${alternation(endings, escape)})`,
    'lexicon-title-field': `(?:${[...new Set(titleFields)].sort((x, y) => y.length - x.length || (x < y ? -1 : 1)).map(titleField).join('|')})`,
    'lexicon-field-stops': `(?:${alternation(lexicon.nameFieldStops, escape)}){{br}}`,
    'lexicon-position-head': `(?:(?:${alternation(lexicon.headModifiers, upper)}){{sp}}|(?:${headAlternation}){{br}})`,
  };
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

/**
 * Turn the authored YAML object into the grammar VS Code loads. `shape: false` leaves out the shaping
 * for Oniguruma's search (regex-shape.js), which the tests compare against.
 */
function compileGrammar(source, generated = {}, { shape = true } = {}) {
  const { variables = {}, ...grammar } = source;
  for (const name of Object.keys(generated)) if (name in variables) throw new Error(`variables.${name}: the build script makes this one`);
  const substitute = makeSubstituter({ ...variables, ...generated });
  const walk = (node, where) => {
    if (Array.isArray(node)) return node.map((item, i) => walk(item, `${where}[${i}]`));
    if (node && typeof node === 'object') {
      const out = {};
      for (const [key, value] of Object.entries(node)) {
        const here = `${where}.${key}`;
        if (REGEX_KEYS.has(key)) {
          const regex = substitute(joinPieces(value), here);
          if (regex.includes('{{')) throw new Error(`${here}: malformed {{variable}} reference`);
          // Shaped for Oniguruma's search (regex-shape.js): the same matches, found faster.
          if (!shape) out[key] = tolerateVietnamese(regex, here);
          else {
            const tolerant = tolerateVietnamese(factorAlternations(regex, here), here);
            out[key] = cheapWordEnds(key === 'match' || key === 'begin' ? firstCharGuard(tolerant, here) : tolerant);
          }
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
  const grammar = compileGrammar(YAML.parse(fs.readFileSync(src, 'utf8')), lexiconVariables(root));
  fs.writeFileSync(out, JSON.stringify(grammar, null, 2) + '\n');
  return out;
}

module.exports = { buildGrammar, compileGrammar, lexiconVariables, tolerateVietnamese };
if (require.main === module) buildGrammar();
