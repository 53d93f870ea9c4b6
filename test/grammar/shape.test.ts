// The reshaping of the grammar's regexes for Oniguruma's search (scripts/regex-shape.js) must leave
// what they match exactly as it was: every regex of the grammar, built with and without it, finds the
// same matches with the same captures over the seeds, the held-out texts and adversarial lines, in
// NFC, NFD and the old tone placement; and the two grammars give the same tokens. The parts are
// checked on small regexes too. How much faster it searches is for `npm run bench` to print.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';
import { repoRoot, seedFiles, readSeed } from '../paths';
import { loadGrammar, SCOPE_NAME } from './tokenizer';
import { toNfd, toOldTone } from './variants';

/* eslint-disable @typescript-eslint/no-require-imports */
const shape = require(path.join(repoRoot, 'scripts', 'regex-shape.js')) as {
  factorAlternations(regex: string, where?: string): string;
  firstChars(regex: string, where?: string): Set<string> | null;
  firstCharGuard(regex: string, where?: string): string;
  cheapWordEnds(regex: string): string;
  WORD_END: [string, string];
};
const build = require(path.join(repoRoot, 'scripts', 'build-grammar.js')) as {
  compileGrammar(source: unknown, generated: Record<string, string>, options?: { shape?: boolean }): Grammar;
  lexiconVariables(root: string): Record<string, string>;
};
const YAML = require('yaml') as { parse(text: string): unknown };
/* eslint-enable @typescript-eslint/no-require-imports */

type Grammar = { [key: string]: unknown };

function compiled(shaped: boolean): Grammar {
  const source = YAML.parse(fs.readFileSync(path.join(repoRoot, 'syntaxes', 'vankien.tmLanguage.yaml'), 'utf8'));
  return build.compileGrammar(source, build.lexiconVariables(repoRoot), { shape: shaped });
}

/** Every regex of a grammar by its place in the tree ("repository.person.patterns[2].match"). */
function regexes(node: unknown, where = 'grammar', out = new Map<string, string>()): Map<string, string> {
  if (Array.isArray(node)) node.forEach((item, i) => regexes(item, `${where}[${i}]`, out));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (['match', 'begin', 'end', 'while'].includes(key) && typeof value === 'string') out.set(`${where}.${key}`, value);
      else regexes(value, `${where}.${key}`, out);
    }
  }
  return out;
}

/** Every match of a regex in a line, searching again one character after each match's start, with its captures. */
function allMatches(scanner: oniguruma.OnigScanner, line: oniguruma.OnigString, length: number): string {
  const found: string[] = [];
  for (let at = 0; at <= length; ) {
    const m = scanner.findNextMatchSync(line, at);
    if (!m) break;
    found.push(m.captureIndices.map((c) => `${c.start}-${c.end}`).join(','));
    at = m.captureIndices[0].start + 1;
  }
  return found.join(' ');
}

function texts(): string[] {
  const heldout = path.join(repoRoot, 'test', 'fixtures', 'heldout');
  const files = [
    ...seedFiles().map((f) => readSeed(f)),
    ...fs.readdirSync(heldout).filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join(heldout, f), 'utf8')),
  ];
  const adversarial = [
    'Chỉ thị số 05-CT/TW '.repeat(200),
    'HỘI NGHỊ LẦN THỨ TƯ BAN CHẤP HÀNH '.repeat(100),
    'Các đồng chí: Nguyễn Văn A - '.repeat(100),
    'ngày 15 tháng '.repeat(100),
    'về “'.repeat(300),
    'Bí thư Đảng ủy Khối các cơ quan tỉnh Ban Chấp hành Trung ương '.repeat(50),
    // Next to a word, what Unicode's properties and the engine's \w read apart (see cheapWordEnds): a
    // connector, numbers that are not digits, a circled letter, a letter of another script.
    'Quyết định số 12_QĐ/TW, Khóa XII² ngày 5½ Ⓐ Chỉ thị Ⓐ Nguyễn Văn Aⅻ Ban Nội chính‿Tỉnh ủy Tỉnh ủy甲 Đại hội Ⅻ',
  ].join('\n');
  const all = [...files, adversarial];
  return [...all, ...all.map(toNfd), ...all.map(toOldTone)];
}

describe('grammar regexes shaped for the search', function () {
  this.timeout(120_000);

  before(async function () {
    await loadGrammar(); // loads Oniguruma's WASM
  });

  describe('factorAlternations', function () {
    it('merges alternatives that begin alike, as a trie', function () {
      assert.strictEqual(shape.factorAlternations('(?:Ban A|Ban B|Bộ C)'), '(?:B(?:an (?:A|B)|ộ C))');
      assert.strictEqual(shape.factorAlternations('ab|ac|a'), 'a(?:b|c|)');
    });

    it('keeps the order of alternatives that may match at the same place', function () {
      // "[Nn]" and "N" may both match: nothing moves past the class
      assert.strictEqual(shape.factorAlternations('(?:Na|[Nn]b|Nc)'), '(?:Na|[Nn]b|Nc)');
      // "Ô" and "O…" are alike once decomposed: "Ob" stays after "Ôa"
      assert.strictEqual(shape.factorAlternations('(?:Oa|Ôa|Ob)'), '(?:Oa|Ôa|Ob)');
      // different letters cannot match at the same place: "Ab" joins "Aa" past "Ba"
      assert.strictEqual(shape.factorAlternations('(?:Aa|Ba|Ab)'), '(?:A(?:a|b)|Ba)');
    });

    it('moves nothing past another alternative where there are capturing groups', function () {
      assert.strictEqual(shape.factorAlternations('(?:(A)a|Ba|Ab)'), '(?:(A)a|Ba|Ab)');
      assert.strictEqual(shape.factorAlternations('(?:A(a)|Ab|Ba)'), '(?:A(?:(a)|b)|Ba)');
    });

    it('leaves look-behinds and quantified first atoms as written', function () {
      assert.strictEqual(shape.factorAlternations('(?<!ab|ac)x'), '(?<!ab|ac)x');
      assert.strictEqual(shape.factorAlternations('(?:a+b|a+c)'), '(?:a+b|a+c)');
    });

    it('stops the build on syntax it does not read', function () {
      assert.throws(() => shape.factorAlternations('(?i)abc', 'here'), /here: an unsupported group/);
      assert.throws(() => shape.factorAlternations('(?:ab', 'here'), /here: an unclosed \(/);
    });
  });

  describe('firstChars and firstCharGuard', function () {
    it('lists the characters a match begins with', function () {
      assert.deepStrictEqual([...shape.firstChars('(?<![\\p{L}])(?:Ab|[Cc]d|(?:x)?Ey)')!].sort(), ['A', 'C', 'E', 'c', 'x']);
      assert.deepStrictEqual([...shape.firstChars('\\x{201C}(?=a)')!], ['“']);
    });

    it('gives up where a match may begin with any letter or be empty', function () {
      assert.strictEqual(shape.firstChars('\\p{Lu}\\p{Ll}+'), null);
      assert.strictEqual(shape.firstChars('(?:ab)?'), null);
      assert.strictEqual(shape.firstChars('[^a]b'), null);
      assert.strictEqual(shape.firstCharGuard('\\p{Lu}x'), '\\p{Lu}x');
    });

    it('puts the guard after a line-start anchor', function () {
      assert.strictEqual(shape.firstCharGuard('^[ \\t]*+Ab'), '^(?=\\x{0009}|\\x{0020}|A)[ \\t]*+Ab');
      assert.strictEqual(shape.firstCharGuard('(?:Ab|Cd)'), '(?=A|C)(?:Ab|Cd)');
    });
  });

  describe('cheapWordEnds', function () {
    // Where an end of a word matches before each code point (a letter after it) and at the end of a line.
    function placesOf(regex: string): Uint8Array {
      const scanner = new oniguruma.OnigScanner(['\\A' + regex]);
      const out = new Uint8Array(0x110001);
      for (let cp = 0; cp <= 0x10ffff; cp++) {
        if (cp >= 0xd800 && cp <= 0xdfff) continue;
        out[cp] = scanner.findNextMatchSync(`${String.fromCodePoint(cp)}x`, 0) ? 1 : 0;
      }
      out[0x110000] = scanner.findNextMatchSync('', 0) ? 1 : 0;
      scanner.dispose();
      return out;
    }

    it('the cheap form matches where the written one does, at every code point', function () {
      const [written, cheap] = shape.WORD_END;
      const a = placesOf(written);
      const b = placesOf(cheap);
      const differ: string[] = [];
      for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) differ.push(i.toString(16));
      assert.deepStrictEqual(differ.slice(0, 20), [], `${written} and ${cheap} differ at U+${differ.slice(0, 20).join(', U+')}`);
      // Both match somewhere and fail somewhere: the comparison has something to compare.
      assert.ok(a.includes(0) && a.includes(1));
      assert.strictEqual(shape.cheapWordEnds(`a${written}b${written}`), `a${cheap}b${cheap}`);
    });

    it('without the circled letters, \\w alone would differ (what the exceptions are for)', function () {
      const a = placesOf('(?![\\p{L}\\p{M}\\p{N}])');
      const b = placesOf('(?:(?!\\w)|(?=\\p{Pc}))(?![\\p{Nl}\\p{No}])');
      assert.strictEqual(a[0x24b6], 1);
      assert.strictEqual(b[0x24b6], 0);
    });

    it('leaves none of the written form in the built grammar', function () {
      const built = fs.readFileSync(path.join(repoRoot, 'syntaxes', 'vankien.tmLanguage.json'), 'utf8');
      const written = JSON.stringify(shape.WORD_END[0]).slice(1, -1);
      const count = (text: string, what: string) => text.split(what).length - 1;
      assert.ok(count(JSON.stringify(compiled(false)), written) > 500, `the grammar writes ${shape.WORD_END[0]} in its lists`);
      assert.strictEqual(count(built, written), 0);
    });
  });

  it('every regex of the grammar finds the same matches and captures as without the shaping', function () {
    const plain = regexes(compiled(false));
    const shaped = regexes(compiled(true));
    assert.deepStrictEqual([...shaped.keys()], [...plain.keys()]);
    const lines = [...new Set(texts().flatMap((t) => t.split(/\r?\n/)))].filter((l) => l.trim() !== '');
    let compared = 0;
    let reshaped = 0;
    const differences: string[] = [];
    for (const [where, regex] of plain) {
      const other = shaped.get(where)!;
      if (other === regex) continue;
      reshaped++;
      const a = new oniguruma.OnigScanner([regex]);
      const b = new oniguruma.OnigScanner([other]);
      for (const line of lines) {
        const s = new oniguruma.OnigString(line);
        const x = allMatches(a, s, line.length);
        const y = allMatches(b, s, line.length);
        s.dispose();
        compared++;
        if (x !== y && differences.length < 5) differences.push(`${where} on ${JSON.stringify(line.slice(0, 120))}: ${x} ≠ ${y}`);
      }
      a.dispose();
      b.dispose();
    }
    assert.deepStrictEqual(differences, []);
    assert.ok(reshaped >= 30, `only ${reshaped} regexes reshaped`);
    assert.ok(compared > 20_000, `compared ${compared}`);
  });

  it('the grammar gives the same tokens as without the shaping', async function () {
    const load = async (grammar: Grammar): Promise<vsctm.IGrammar> => {
      const registry = new vsctm.Registry({
        onigLib: Promise.resolve({
          createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
          createOnigString: (text: string) => new oniguruma.OnigString(text),
        }),
        loadGrammar: async (scopeName: string) => (scopeName === SCOPE_NAME ? vsctm.parseRawGrammar(JSON.stringify(grammar), 'grammar.json') : null),
      });
      return (await registry.loadGrammar(SCOPE_NAME))!;
    };
    const [plain, shaped] = [await load(compiled(false)), await load(compiled(true))];
    let lines = 0;
    for (const text of texts()) {
      let [p, s] = [vsctm.INITIAL, vsctm.INITIAL];
      for (const line of text.split(/\r?\n/)) {
        const x = plain.tokenizeLine(line, p);
        const y = shaped.tokenizeLine(line, s);
        assert.deepStrictEqual(
          y.tokens.map((t) => [t.startIndex, t.scopes.join(' ')]),
          x.tokens.map((t) => [t.startIndex, t.scopes.join(' ')]),
          `tokens differ on ${JSON.stringify(line.slice(0, 120))}`,
        );
        [p, s] = [x.ruleStack, y.ruleStack];
        lines++;
      }
    }
    assert.ok(lines > 1000, `${lines} lines`);
  });
});
