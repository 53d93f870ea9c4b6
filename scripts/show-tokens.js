#!/usr/bin/env node
// Prints the TextMate tokens of lines of a file, as VS Code's grammar engine produces them:
//   node scripts/show-tokens.js FILE [LINE...]      (LINE is 1-based; default: every line with a scope)
// Each token is shown with its text and scopes (the root scope text.vankien left out).
const fs = require('fs');
const path = require('path');
const oniguruma = require('vscode-oniguruma');
const vsctm = require('vscode-textmate');
const { buildGrammar } = require('./build-grammar');

async function loadGrammar(root) {
  const jsonPath = buildGrammar(root);
  const wasm = fs.readFileSync(path.join(root, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources) => new oniguruma.OnigScanner(sources),
      createOnigString: (text) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async () => vsctm.parseRawGrammar(fs.readFileSync(jsonPath, 'utf8'), jsonPath),
  });
  return registry.loadGrammar('text.vankien');
}

async function main() {
  const [file, ...lineArgs] = process.argv.slice(2);
  if (!file) {
    console.error('usage: node scripts/show-tokens.js FILE [LINE...]');
    process.exit(1);
  }
  const grammar = await loadGrammar(path.join(__dirname, '..'));
  const lines = fs.readFileSync(file, 'utf8').split(/\r?\n/);
  const wanted = new Set(lineArgs.map(Number));
  let state = vsctm.INITIAL;
  lines.forEach((line, i) => {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    const scoped = result.tokens.filter((t) => t.scopes.length > 1);
    if (wanted.size ? !wanted.has(i + 1) : scoped.length === 0) return;
    console.log(`${path.basename(file)}:${i + 1}`);
    for (const t of result.tokens) {
      const text = line.slice(t.startIndex, t.endIndex);
      const scopes = t.scopes.slice(1).join(' ');
      if (scopes || wanted.size) console.log(`  ${JSON.stringify(text).padEnd(24)} ${scopes}`);
    }
  });
}

main().catch((e) => {
  console.error(e);
  process.exit(2);
});
