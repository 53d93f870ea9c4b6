// Vietnamese first: every string the extension shows has a Vietnamese translation, and the manifest's
// %keys% resolve in both languages. Scans the sources, so a new l10n.t('…') without its translation fails here.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { repoRoot } from '../../paths';

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(p) : e.name.endsWith('.ts') ? [p] : [];
  });
}

/** The message of every `l10n.t('…')` / `l10n.t("…")` call, unescaped as JavaScript would. */
function runtimeMessages(): Map<string, string> {
  const found = new Map<string, string>();
  const call = /l10n\.t\(\s*('(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")/g;
  for (const file of sourceFiles(path.join(repoRoot, 'src'))) {
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(call)) {
      const literal = m[1];
      const message = literal.slice(1, -1).replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c));
      found.set(message, path.relative(repoRoot, file));
    }
  }
  return found;
}

const readJson = (rel: string): Record<string, string> => JSON.parse(fs.readFileSync(path.join(repoRoot, rel), 'utf8'));

describe('localisation (English and Vietnamese)', () => {
  it('finds the runtime strings of the extension', () => {
    assert.ok(runtimeMessages().size >= 20, 'expected the providers and commands to use vscode.l10n.t');
  });

  it('translates every runtime string into Vietnamese', () => {
    const vi = readJson('l10n/bundle.l10n.vi.json');
    const missing = [...runtimeMessages()].filter(([message]) => !(message in vi)).map(([m, file]) => `${file}: ${JSON.stringify(m)}`);
    assert.deepStrictEqual(missing, [], 'strings without a Vietnamese translation in l10n/bundle.l10n.vi.json');
  });

  it('keeps no translation of a string the extension no longer shows, and the English bundle has the same strings', () => {
    const used = runtimeMessages();
    const vi = readJson('l10n/bundle.l10n.vi.json');
    assert.deepStrictEqual(Object.keys(vi).filter((m) => !used.has(m)), [], 'stale strings in l10n/bundle.l10n.vi.json');
    assert.deepStrictEqual(Object.keys(readJson('l10n/bundle.l10n.json')).sort(), Object.keys(vi).sort(), 'l10n/bundle.l10n.json and the Vietnamese bundle differ');
  });

  it('keeps placeholders in the translations', () => {
    const vi = readJson('l10n/bundle.l10n.vi.json');
    const holes = (s: string) => (s.match(/\{\d+\}/g) ?? []).sort().join(',');
    const wrong = Object.entries(vi).filter(([en, tr]) => holes(en) !== holes(tr)).map(([en, tr]) => `${en} → ${tr}`);
    assert.deepStrictEqual(wrong, []);
  });

  it('resolves every %key% of the manifest in English and Vietnamese', () => {
    const manifest = fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8');
    const keys = [...new Set([...manifest.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]))];
    assert.ok(keys.length > 10);
    const en = readJson('package.nls.json');
    const vi = readJson('package.nls.vi.json');
    assert.deepStrictEqual(keys.filter((k) => !(k in en)), [], 'missing in package.nls.json');
    assert.deepStrictEqual(keys.filter((k) => !(k in vi)), [], 'missing in package.nls.vi.json');
    assert.deepStrictEqual(Object.keys(en).filter((k) => !(k in vi)), [], 'English keys without Vietnamese');
  });
});
