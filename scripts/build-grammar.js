// The grammar is authored in YAML (readable regexes, comments) and VS Code reads JSON:
// generate syntaxes/vankien.tmLanguage.json from syntaxes/vankien.tmLanguage.yaml.
const fs = require('fs');
const path = require('path');
const YAML = require('yaml');

function buildGrammar(root = path.join(__dirname, '..')) {
  const src = path.join(root, 'syntaxes', 'vankien.tmLanguage.yaml');
  const out = path.join(root, 'syntaxes', 'vankien.tmLanguage.json');
  if (!fs.existsSync(src)) return out;
  const grammar = YAML.parse(fs.readFileSync(src, 'utf8'));
  fs.writeFileSync(out, JSON.stringify(grammar, null, 2) + '\n');
  return out;
}

module.exports = { buildGrammar };
if (require.main === module) buildGrammar();
