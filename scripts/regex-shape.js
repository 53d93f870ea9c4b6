// Reshapes the grammar's regexes so that Oniguruma searches them fast, without changing what they match.
//
// Oniguruma finds where a regex may start by a table of the first bytes it can begin with, and skips the
// rest of a line at a few nanoseconds a character. It gives that table up for many of the shapes the
// grammar is made of: a class holding a letter outside ASCII ("[ĐÐ]"), or an alternation whose
// alternatives are as long in bytes as each other ("(?:Ủ|U\x{0309})", which the decomposed spellings
// are full of). It then tries the whole regex at every position of the line, some 50–150 ns each, and a
// grammar of some 45 such regexes spent 2 µs a character: 40–65 ms on a line of 20,000 characters.
// Two steps bring the table back and make each try cheap:
//  - firstCharGuard puts "(?=A|B|…)" before a regex: the characters that any match must begin with, as
//    an alternation of single letters, from which Oniguruma does make its table;
//  - factorAlternations merges the alternatives that begin with the same letter, as a trie does, so
//    that a try at a capital letter no longer runs through hundreds of names one after the other.
//
// A third step makes the regexes cheaper to compile (the editor compiles each the first time a document
// needs it): cheapWordEnds writes the end of a word with the engine's \w instead of Unicode's property
// classes.
//
// Only the subset of Oniguruma's syntax that the grammar uses is read; anything else (a conditional, an
// option group) stops the build with the regex's place, rather than being misread.

/** A parsed regex: alternatives of atoms; each atom keeps its source text. */
function parse(regex, where = 'regex') {
  const s = [...regex];
  let i = 0;
  const fail = (what) => {
    throw new Error(`${where}: ${what} at ${i} in ${regex.slice(0, 80)}…`);
  };
  const closing = (ch, from) => {
    const at = s.indexOf(ch, from);
    if (at < 0) fail(`unclosed ${ch === '}' ? '{' : '<'}`);
    return at + 1;
  };
  const hexChar = (digits) => String.fromCodePoint(parseInt(digits, 16));

  // An escape: a character it stands for (`char`), a zero-width assertion, or something wider (`any`).
  const readEscape = () => {
    const start = i;
    const c = s[i + 1];
    if (c === undefined) fail('a trailing \\');
    let atom;
    if (c === 'x' && s[i + 2] === '{') {
      i = closing('}', i + 2);
      atom = { kind: 'char', char: hexChar(s.slice(start + 3, i - 1).join('')) };
    } else if (c === 'x') {
      i += 4;
      atom = { kind: 'char', char: hexChar(s.slice(start + 2, i).join('')) };
    } else if (c === 'u') {
      i += 6;
      atom = { kind: 'char', char: hexChar(s.slice(start + 2, i).join('')) };
    } else if ((c === 'p' || c === 'P') && s[i + 2] === '{') {
      i = closing('}', i + 2);
      atom = { kind: 'any' };
    } else if ((c === 'k' || c === 'g') && s[i + 2] === '<') {
      i = closing('>', i + 2);
      atom = { kind: 'any', nullable: true };
    } else {
      i += 2;
      if ('bBAzZGK'.includes(c)) atom = { kind: 'assert' };
      else if (/[0-9]/.test(c)) atom = { kind: 'any', nullable: true };
      else if (c === 't') atom = { kind: 'char', char: '\t' };
      else if (c === 'n') atom = { kind: 'char', char: '\n' };
      else if (c === 'r') atom = { kind: 'char', char: '\r' };
      else if (/[\p{L}\p{N}]/u.test(c)) atom = { kind: 'any' };
      else atom = { kind: 'char', char: c };
    }
    atom.text = s.slice(start, i).join('');
    return atom;
  };

  // A class: the characters it holds when it is a plain list of them, else null (a property, a negation).
  const readClass = () => {
    const start = i;
    i++;
    let chars = new Set();
    if (s[i] === '^') {
      chars = null;
      i++;
    }
    const add = (ch) => chars && chars.add(ch);
    let previous = null;
    let first = true;
    for (;;) {
      if (i >= s.length) fail('an unclosed [');
      const c = s[i];
      if (c === ']' && !first) {
        i++;
        break;
      }
      first = false;
      if (c === '[') {
        // a nested set or a POSIX bracket: read to its end, and give up listing
        let depth = 0;
        do {
          if (s[i] === '\\') i++;
          else if (s[i] === '[') depth++;
          else if (s[i] === ']') depth--;
          i++;
        } while (depth > 0 && i < s.length);
        chars = null;
        previous = null;
        continue;
      }
      if (c === '-' && previous !== null && s[i + 1] !== ']') {
        i++;
        let to;
        if (s[i] === '\\') {
          const e = readEscape();
          to = e.kind === 'char' ? e.char : null;
        } else to = s[i++];
        if (to === null) chars = null;
        else if (chars) {
          const a = previous.codePointAt(0);
          const b = to.codePointAt(0);
          if (b - a > 256) chars = null;
          else for (let cp = a; cp <= b; cp++) add(String.fromCodePoint(cp));
        }
        previous = null;
        continue;
      }
      if (c === '&' && s[i + 1] === '&') fail('an intersection in a class');
      let ch;
      if (c === '\\') {
        const e = readEscape();
        ch = e.kind === 'char' ? e.char : null;
      } else {
        ch = c;
        i++;
      }
      if (ch === null) chars = null;
      else add(ch);
      previous = ch;
    }
    return { kind: 'class', chars, text: s.slice(start, i).join('') };
  };

  const readQuantifier = () => {
    const start = i;
    let min;
    if (s[i] === '*' || s[i] === '?') {
      min = 0;
      i++;
    } else if (s[i] === '+') {
      min = 1;
      i++;
    } else if (s[i] === '{') {
      const m = /^\{(\d*)(,?)(\d*)\}/.exec(s.slice(i, i + 16).join(''));
      if (!m || (m[1] === '' && m[3] === '')) return null;
      min = m[1] === '' ? 0 : Number(m[1]);
      i += m[0].length;
    } else return null;
    if (s[i] === '?' || s[i] === '+') i++;
    return { min, text: s.slice(start, i).join('') };
  };

  const parseAlternatives = () => {
    const alts = [[]];
    while (i < s.length && s[i] !== ')') {
      if (s[i] === '|') {
        alts.push([]);
        i++;
      } else alts[alts.length - 1].push(parseAtom());
    }
    return alts;
  };

  const parseAtom = () => {
    let atom;
    const c = s[i];
    if (c === '\\') atom = readEscape();
    else if (c === '[') atom = readClass();
    else if (c === '(') {
      let prefix;
      let capturing = false;
      if (s[i + 1] !== '?') {
        prefix = '(';
        capturing = true;
      } else if (s[i + 2] === '<' && s[i + 3] !== '=' && s[i + 3] !== '!') {
        prefix = s.slice(i, closing('>', i)).join('');
        capturing = true;
      } else if (s[i + 2] === '<') prefix = s.slice(i, i + 4).join('');
      else if (':=!>'.includes(s[i + 2])) prefix = s.slice(i, i + 3).join('');
      else fail(`an unsupported group (?${s[i + 2]}`);
      i += prefix.length;
      const alts = parseAlternatives();
      if (s[i] !== ')') fail('an unclosed (');
      i++;
      const look = prefix === '(?=' || prefix === '(?!' || prefix === '(?<=' || prefix === '(?<!';
      atom = { kind: look ? 'look' : 'group', prefix, alts, capturing };
    } else if (c === ')') fail('an unmatched )');
    else {
      i++;
      atom = c === '.' ? { kind: 'any', text: c } : c === '^' || c === '$' ? { kind: 'assert', text: c } : { kind: 'char', char: c, text: c };
    }
    const q = readQuantifier();
    if (q) atom.quantifier = q;
    return atom;
  };

  const alts = parseAlternatives();
  if (i < s.length) fail('an unmatched )');
  return alts;
}

const textOf = (atom) => (atom.kind === 'group' || atom.kind === 'look' ? `${atom.prefix}${renderAlternatives(atom.alts)})` : atom.text) + (atom.quantifier ? atom.quantifier.text : '');
const renderAlternatives = (alts) => alts.map((a) => a.map(textOf).join('')).join('|');
const holdsCapture = (atom) => (atom.kind === 'group' || atom.kind === 'look') && (atom.capturing || atom.alts.some((a) => a.some(holdsCapture)));

/** The base letter a letter is spelled with once decomposed ("Ộ" → "O"); "Ð" counts as "Đ". */
function baseLetter(c) {
  const b = c.normalize('NFD')[0];
  return b === 'Ð' ? 'Đ' : b === 'ð' ? 'đ' : b;
}

/**
 * Factors each alternation by its alternatives' first atoms, as a trie does: "(?:Ban A|Ban B|Bộ C)"
 * becomes "(?:B(?:an(?: A| B)|ộ C))". What the regex matches stays the same:
 *  - alternatives are merged only when they begin with the same atom that matches one character (a
 *    letter, an escape, a class) with no quantifier, and keep their order among themselves;
 *  - an alternative moves before others only past alternatives that begin with another plain letter,
 *    which cannot match where it does. Letters count as the same when they share a base letter ("O",
 *    "Ô", "Ộ") or are look-alikes ("Đ", "Ð"), since the decomposed spellings are added afterwards;
 *  - an alternation holding a capturing or named group is merged only where its alternatives stand side
 *    by side, so that the groups keep their order and numbers;
 *  - a look-behind is left as written (Oniguruma restricts what it may hold).
 */
function factorAlternations(regex, where) {
  const single = (atom) => !atom.quantifier && (atom.kind === 'char' || atom.kind === 'class' || (atom.kind === 'any' && !atom.nullable && atom.text !== undefined && atom.text !== '.'));
  const reshape = (atom) => {
    if (atom.kind !== 'group' && atom.kind !== 'look') return atom;
    if (atom.prefix === '(?<=' || atom.prefix === '(?<!') return atom;
    return { ...atom, alts: factor(atom.alts.map((a) => a.map(reshape))) };
  };
  const factor = (alts) => {
    if (alts.length < 2) return alts;
    const reorder = !alts.some((a) => a.some(holdsCapture));
    const buckets = [];
    for (const a of alts) {
      const head = a.length && single(a[0]) ? a[0] : null;
      const key = head ? textOf(head) : null;
      const letter = head && head.kind === 'char' ? head.char : null;
      let into = null;
      if (key !== null) {
        for (let k = buckets.length - 1; k >= 0; k--) {
          const b = buckets[k];
          if (b.key === key) {
            into = b;
            break;
          }
          if (!reorder || letter === null || b.letter === null || baseLetter(b.letter) === baseLetter(letter)) break;
        }
      }
      if (into) into.alts.push(a);
      else buckets.push({ key, letter, alts: [a] });
    }
    return buckets.map((b) => {
      if (b.alts.length === 1) return b.alts[0];
      const rests = factor(b.alts.map((a) => a.slice(1)));
      return rests.length === 1 ? [b.alts[0][0], ...rests[0]] : [b.alts[0][0], { kind: 'group', prefix: '(?:', alts: rests, capturing: false }];
    });
  };
  const alts = parse(regex, where).map((a) => a.map(reshape));
  return renderAlternatives(factor(alts));
}

/**
 * The characters a match of the regex may begin with, or null when that is not a short list (a match
 * may begin with any letter, or be empty).
 */
function firstChars(regex, where) {
  return firstCharsOf(parse(regex, where), where);
}

/** firstChars of a regex parsed already (its alternatives). */
function firstCharsOf(alternatives, where) {
  const ANY = null;
  // { chars, nullable } of a sequence of atoms from `from`; chars null: anything.
  const ofSequence = (atoms, from = 0) => {
    const chars = new Set();
    for (let k = from; k < atoms.length; k++) {
      const f = ofAtom(atoms[k]);
      if (f.chars === ANY) return { chars: ANY, nullable: false };
      for (const c of f.chars) chars.add(c);
      if (!f.nullable) return { chars, nullable: false };
    }
    return { chars, nullable: true };
  };
  const ofAtom = (atom) => {
    const optional = atom.quantifier !== undefined && atom.quantifier.min === 0;
    switch (atom.kind) {
      case 'char':
        return { chars: new Set([atom.char]), nullable: optional };
      case 'class':
        return { chars: atom.chars, nullable: optional };
      case 'assert':
      case 'look':
        return { chars: new Set(), nullable: true };
      case 'any':
        return { chars: ANY, nullable: true };
      case 'group': {
        const chars = new Set();
        let nullable = optional;
        for (const a of atom.alts) {
          const f = ofSequence(a);
          if (f.chars === ANY) return { chars: ANY, nullable: true };
          for (const c of f.chars) chars.add(c);
          nullable ||= f.nullable;
        }
        return { chars, nullable };
      }
      default:
        throw new Error(`${where}: unknown atom ${atom.kind}`);
    }
  };
  const chars = new Set();
  for (const a of alternatives) {
    const f = ofSequence(a);
    if (f.chars === ANY || f.nullable) return null;
    for (const c of f.chars) chars.add(c);
  }
  return chars.size > 0 && chars.size <= 200 ? chars : null;
}

/** A character as an alternative of the guard: itself when a letter or a digit, else its code point. */
const charInRegex = (c) => (/[\p{L}\p{N}]/u.test(c) ? c : '\\x{' + c.codePointAt(0).toString(16).toUpperCase().padStart(4, '0') + '}');

/**
 * "(?=A|B|…)" of the characters a match must begin with, put before the regex; the regex as it is when
 * those are not a short list. An alternation of letters, not a class: Oniguruma makes its table from
 * the one and not from a class that holds a letter outside ASCII.
 */
function firstCharGuard(regex, where) {
  // A regex anchored at the line's start keeps its anchor first, which Oniguruma searches by itself.
  const alts = parse(regex, where);
  const anchored = alts.length === 1 && alts[0].length > 1 && alts[0][0].kind === 'assert' && alts[0][0].text === '^' && !alts[0][0].quantifier;
  const body = anchored ? [alts[0].slice(1)] : alts;
  const chars = firstCharsOf(body, where);
  const guard = chars ? `(?=${[...chars].sort().map(charInRegex).join('|')})` : '';
  return anchored ? `^${guard}${renderAlternatives(body)}` : guard + regex;
}

/**
 * The letters outside Unicode's letters, marks, numbers and connector punctuation that Oniguruma's \w
 * takes as word characters: the circled and squared Latin letters (symbols that are Alphabetic).
 */
const WORD_SYMBOLS = '\\x{24B6}-\\x{24E9}\\x{1F130}-\\x{1F149}\\x{1F150}-\\x{1F169}\\x{1F170}-\\x{1F189}';

/**
 * The end of a word as the grammar writes it after a whole word (`{{br}}`), with a form that matches at
 * exactly the same places (tested on every code point, test/grammar/shape.test.ts). Oniguruma compiles a
 * property class such as \p{L} into a table of its hundreds of ranges at each place it is written, and
 * the grammar writes this end almost a thousand times, at the leaves of its long lists of words: it was
 * some half of the time the grammar's regexes take to compile. \w is a test of the engine's own, with no
 * table to build; the two small classes left (\p{Pc} with the circled letters, \p{Nl} with \p{No})
 * correct it to the three properties. Checked at every code point with vscode-oniguruma 2.0 (the
 * tests') and 1.7 (VS Code's).
 * The other ends of a word (`{{bl}}` before a code, `(?![\p{L}\p{M}])` after a capitalised word) are
 * left as written: they are few, and tried at most places of a line, where the cheap form's extra test
 * cost 5-10% of the grammar's throughput.
 */
const WORD_END = ['(?![\\p{L}\\p{M}\\p{N}])', `(?:(?!\\w)|(?=[\\p{Pc}${WORD_SYMBOLS}]))(?![\\p{Nl}\\p{No}])`];

/** `regex` with each end of a word (WORD_END) written in its cheap form. */
function cheapWordEnds(regex) {
  return regex.split(WORD_END[0]).join(WORD_END[1]);
}

module.exports = { cheapWordEnds, factorAlternations, firstCharGuard, firstChars, parse, renderAlternatives, WORD_END };
