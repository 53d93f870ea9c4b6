// Runs the grammar in the engine VS Code itself uses: vscode-textmate over vscode-oniguruma (WASM).
import * as fs from 'fs';
import * as path from 'path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';
import { repoRoot } from '../paths';

// The build script is plain JavaScript shared with esbuild.js; load it the same way.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buildGrammar } = require(path.join(repoRoot, 'scripts', 'build-grammar.js')) as {
  buildGrammar(root: string): string;
};

export const SCOPE_NAME = 'text.vankien';

let grammarPromise: Promise<vsctm.IGrammar> | undefined;

/** The grammar compiled from the current YAML source (built once per test run). */
export function loadGrammar(): Promise<vsctm.IGrammar> {
  grammarPromise ??= (async () => {
    const jsonPath = buildGrammar(repoRoot);
    const wasm = fs.readFileSync(path.join(repoRoot, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new vsctm.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
        createOnigString: (text: string) => new oniguruma.OnigString(text),
      }),
      loadGrammar: async (scopeName: string) =>
        scopeName === SCOPE_NAME ? vsctm.parseRawGrammar(fs.readFileSync(jsonPath, 'utf8'), jsonPath) : null,
    });
    const grammar = await registry.loadGrammar(SCOPE_NAME);
    if (!grammar) throw new Error('grammar ' + SCOPE_NAME + ' did not load');
    return grammar;
  })();
  return grammarPromise;
}

export interface Token {
  /** UTF-16 offsets into the whole text. */
  start: number;
  end: number;
  scopes: string[];
}

/** A tokenised text: every token with absolute offsets, and questions about the scopes of a span. */
export class TokenizedText {
  readonly tokens: Token[] = [];

  constructor(
    readonly text: string,
    grammar: vsctm.IGrammar,
  ) {
    let state = vsctm.INITIAL;
    let offset = 0;
    for (const line of text.split('\n')) {
      const content = line.endsWith('\r') ? line.slice(0, -1) : line;
      const result = grammar.tokenizeLine(content, state);
      for (const t of result.tokens) {
        this.tokens.push({ start: offset + t.startIndex, end: offset + Math.min(t.endIndex, content.length), scopes: t.scopes });
      }
      state = result.ruleStack;
      offset += line.length + 1;
    }
  }

  /** Tokens overlapping [start, end). */
  tokensIn(start: number, end: number): Token[] {
    return this.tokens.filter((t) => t.end > start && t.start < end && t.end > t.start);
  }

  /** True when every character of [start, end) lies in a token with a scope starting with `prefix`. */
  covered(start: number, end: number, prefix: string): boolean {
    const tokens = this.tokensIn(start, end);
    if (tokens.length === 0) return false;
    let at = start;
    for (const t of tokens) {
      if (t.start > at) return false;
      if (!t.scopes.some((s) => s.startsWith(prefix))) return false;
      at = t.end;
    }
    return at >= end;
  }

  /** True when the characters just before `start` and just after `end` are outside `prefix` scopes. */
  endsAt(start: number, end: number, prefix: string): boolean {
    return !this.touches(start - 1, start, prefix) && !this.touches(end, end + 1, prefix);
  }

  /** True when some character of [start, end) lies in a token with a scope starting with `prefix`. */
  touches(start: number, end: number, prefix: string): boolean {
    return this.tokensIn(start, end).some((t) => t.scopes.some((s) => s.startsWith(prefix)));
  }

  /** The texts of the maximal runs of adjacent tokens that carry a scope starting with `prefix`. */
  spans(prefix: string): string[] {
    const out: string[] = [];
    let start = -1;
    let end = -1;
    for (const t of this.tokens) {
      const inScope = t.end > t.start && t.scopes.some((s) => s.startsWith(prefix));
      if (inScope && start >= 0 && t.start === end) end = t.end;
      else {
        if (start >= 0) out.push(this.text.slice(start, end));
        [start, end] = inScope ? [t.start, t.end] : [-1, -1];
      }
    }
    if (start >= 0) out.push(this.text.slice(start, end));
    return out;
  }

  /** Readable dump of the tokens of one line: `"text" scope scope …` (root scope left out). */
  describeLine(lineIndex: number): string[] {
    const lines = this.text.split('\n');
    const start = lines.slice(0, lineIndex).reduce((n, l) => n + l.length + 1, 0);
    const end = start + lines[lineIndex].length;
    return this.tokensIn(start, end).map(
      (t) => `${JSON.stringify(this.text.slice(t.start, t.end))} ${t.scopes.filter((s) => s !== SCOPE_NAME).join(' ')}`,
    );
  }
}

/** Every offset where `needle` occurs in `haystack` (non-overlapping, like Python's str.count). */
export function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  if (!needle) return found;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length)) found.push(i);
  return found;
}
