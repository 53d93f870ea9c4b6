#!/usr/bin/env node
// `npm run test:vscode`: the extension-host suite (out/test/suite) in desktop VS Code through
// @vscode/test-electron. It uses the VS Code at $VSCODE_EXECUTABLE_PATH when set, and
// otherwise downloads one (needs network; on machines without, `npm run test:e2e` runs the
// same suite inside code-server). The workspace is a fresh copy of seeds/ in a temp folder.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { runTests } = require('@vscode/test-electron');

const repoRoot = path.resolve(__dirname, '..');

async function main() {
  const extensionTestsPath = path.join(repoRoot, 'out', 'test', 'suite', 'index.js');
  if (!fs.existsSync(extensionTestsPath)) throw new Error(`${extensionTestsPath} is missing: run npm run compile first`);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vankien-vscode-'));
  const ws = path.join(tmp, 'seeds');
  fs.mkdirSync(ws);
  for (const f of fs.readdirSync(path.join(repoRoot, 'seeds'))) fs.copyFileSync(path.join(repoRoot, 'seeds', f), path.join(ws, f));
  const results = path.join(repoRoot, 'test-results', 'suite-vscode.json');
  const options = {
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath,
    extensionTestsEnv: { VANKIEN_SUITE_RESULTS: results },
    launchArgs: [ws, '--disable-extensions', '--disable-workspace-trust', '--user-data-dir', path.join(tmp, 'user-data'), '--skip-welcome', '--skip-release-notes'],
  };
  if (process.env.VSCODE_EXECUTABLE_PATH) options.vscodeExecutablePath = process.env.VSCODE_EXECUTABLE_PATH;
  else console.log('VSCODE_EXECUTABLE_PATH is not set: downloading VS Code (needs network access).');
  try {
    const code = await runTests(options);
    if (fs.existsSync(results)) {
      const r = JSON.parse(fs.readFileSync(results, 'utf8'));
      console.log(`extension-host suite in VS Code ${r.vscodeVersion}: ${r.passes.length} passing, ${r.failures.length} failing`);
      for (const f of r.failures) console.log(`  ✗ ${f.fullTitle}\n      ${f.message}`);
    }
    process.exitCode = code;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
