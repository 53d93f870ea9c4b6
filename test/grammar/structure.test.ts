// The generated grammar as a whole: every regex compiles in Oniguruma (the engine only compiles the
// rules a text happens to reach), every include resolves, no rule is dead, and every scope name
// ends with `.vankien`.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as oniguruma from 'vscode-oniguruma';
import { repoRoot } from '../paths';
import { loadGrammar, SCOPE_NAME } from './tokenizer';

type Node = { [key: string]: unknown };

function readGrammar(): Node {
  return JSON.parse(fs.readFileSync(path.join(repoRoot, 'syntaxes', 'vankien.tmLanguage.json'), 'utf8')) as Node;
}

/** Calls `visit(key, value, where)` for every key of every object in the tree. */
function walk(node: unknown, visit: (key: string, value: unknown, where: string) => void, where = 'grammar'): void {
  if (Array.isArray(node)) node.forEach((item, i) => walk(item, visit, `${where}[${i}]`));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      visit(key, value, `${where}.${key}`);
      walk(value, visit, `${where}.${key}`);
    }
  }
}

describe('grammar structure', function () {
  before(async function () {
    await loadGrammar(); // builds the JSON from the YAML and loads Oniguruma
  });

  it('has the scope name, a repository and a short top-level pattern list', function () {
    const grammar = readGrammar();
    assert.strictEqual(grammar.scopeName, SCOPE_NAME);
    assert.ok(Object.keys(grammar.repository as Node).length >= 12);
    assert.ok((grammar.patterns as unknown[]).length <= 16);
    assert.strictEqual(grammar.variables, undefined, 'variables are resolved at build time');
  });

  it('compiles every regex in Oniguruma', function () {
    const problems: string[] = [];
    let compiled = 0;
    walk(readGrammar(), (key, value, where) => {
      if (!['match', 'begin', 'end', 'while'].includes(key) || typeof value !== 'string') return;
      try {
        new oniguruma.OnigScanner([value]).dispose();
        compiled++;
      } catch (e) {
        problems.push(`${where}: ${(e as Error).message}`);
      }
    });
    assert.deepStrictEqual(problems, []);
    assert.ok(compiled >= 30, `compiled ${compiled}`);
  });

  it('resolves every include and leaves no repository rule unused', function () {
    const grammar = readGrammar();
    const repository = Object.keys(grammar.repository as Node);
    const included = new Set<string>();
    walk(grammar, (key, value) => {
      if (key === 'include' && typeof value === 'string') included.add(value);
    });
    assert.deepStrictEqual([...included].filter((i) => !(i.startsWith('#') && repository.includes(i.slice(1)))), []);
    assert.deepStrictEqual(repository.filter((name) => !included.has('#' + name)), []);
  });

  it('ends every scope name with .vankien', function () {
    const names: string[] = [];
    walk(readGrammar().repository, (key, value) => {
      if ((key === 'name' || key === 'contentName') && typeof value === 'string') names.push(...value.split(' '));
    });
    assert.ok(names.length > 30);
    assert.deepStrictEqual(names.filter((n) => !n.endsWith('.vankien')), []);
  });

  it('accepts decomposed spellings in the generated regexes (the build expanded them)', function () {
    const json = fs.readFileSync(path.join(repoRoot, 'syntaxes', 'vankien.tmLanguage.json'), 'utf8');
    // "ị" of "Nghị quyết" must also be readable as i + U+0323.
    assert.ok(json.includes('i\\\\x{0323}'));
    // Đ must also accept its look-alike Ð (U+00D0).
    assert.ok(json.includes('[ĐÐ]'));
  });
});
