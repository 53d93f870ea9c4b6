// The extension-host test runner: VS Code (desktop through @vscode/test-electron, or
// code-server through the development payload of test/e2e) loads this file as
// `extensionTestsPath` and awaits `run()` inside its extension host.
//
// It runs every out/test/suite/**/*.test.js with mocha (both the `suite`/`test` and the
// `describe`/`it` styles are available) and writes the outcome as JSON, so a harness
// that cannot see this process's exit code (code-server) reads it from disk:
//   $VANKIEN_SUITE_RESULTS, or <repo>/test-results/suite.json.
//
// The workspace: the harnesses open a fresh COPY of the repository's seeds/ (a folder
// named `seeds` in a temp directory), so tests may write files (exports) into it.
// Tests find it with vscode.workspace.workspaceFolders[0].
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';
import { repoRoot } from '../paths';

export interface SuiteTestResult {
  title: string;
  fullTitle: string;
  file?: string;
  durationMs?: number;
  message?: string;
  stack?: string;
}

export interface SuiteResults {
  ok: boolean;
  vscodeVersion: string;
  startedAt: string;
  finishedAt: string;
  files: string[];
  passes: SuiteTestResult[];
  failures: SuiteTestResult[];
  pending: SuiteTestResult[];
}

export function resultsPath(): string {
  return process.env.VANKIEN_SUITE_RESULTS || path.join(repoRoot, 'test-results', 'suite.json');
}

function findTests(dir: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...findTests(full));
    else if (entry.name.endsWith('.test.js')) found.push(full);
  }
  return found.sort();
}

function vscodeVersion(): string {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return (require('vscode') as typeof import('vscode')).version;
  } catch {
    return 'unknown';
  }
}

function writeResults(results: SuiteResults): void {
  const file = resultsPath();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // Write then rename: the harness polls for this file and must never read half of it.
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(results, null, 2) + '\n');
  fs.renameSync(tmp, file);
}

function describeTest(test: Mocha.Test | Mocha.Hook, err?: Error): SuiteTestResult {
  return {
    title: test.title,
    fullTitle: test.fullTitle(),
    file: test.file ? path.basename(test.file) : undefined,
    durationMs: test.duration,
    message: err ? String(err.message ?? err) : undefined,
    stack: err?.stack,
  };
}

export function run(): Promise<void> {
  return runTestsIn(__dirname);
}

/** Runs every *.test.js under `dir` (this suite's folder, or another suite's: test/suite-multi). */
export async function runTestsIn(dir: string): Promise<void> {
  const startedAt = new Date().toISOString();
  const files = findTests(dir);
  const results: SuiteResults = {
    ok: false,
    vscodeVersion: vscodeVersion(),
    startedAt,
    finishedAt: startedAt,
    files: files.map((f) => path.relative(dir, f)),
    passes: [],
    failures: [],
    pending: [],
  };
  const mocha = new Mocha({ ui: 'tdd', timeout: 30_000, color: false, reporter: 'spec' });
  mocha.ui('bdd'); // both interfaces: suite/test and describe/it
  for (const f of files) mocha.addFile(f);

  try {
    await new Promise<void>((resolve) => {
      const runner = mocha.run(() => resolve());
      runner.on('pass', (test) => results.passes.push(describeTest(test)));
      runner.on('fail', (test, err) => results.failures.push(describeTest(test, err)));
      runner.on('pending', (test) => results.pending.push(describeTest(test)));
    });
  } catch (err) {
    // A test file that throws while loading never reaches the runner's events.
    const e = err instanceof Error ? err : new Error(String(err));
    results.failures.push({ title: 'loading the suite', fullTitle: 'loading the suite', message: e.message, stack: e.stack });
  }
  if (files.length === 0) {
    results.failures.push({ title: 'no tests', fullTitle: 'no tests', message: `no *.test.js under ${dir}` });
  }
  results.ok = results.failures.length === 0;
  results.finishedAt = new Date().toISOString();
  writeResults(results);
  if (!results.ok) {
    throw new Error(`${results.failures.length} extension-host test(s) failed`);
  }
}
