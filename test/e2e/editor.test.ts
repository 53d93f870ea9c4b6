// The real editor: code-server (VS Code 1.139 in the browser, with a real Node extension
// host) driven in headless Debian Chromium. Started once for every check below:
//  1. the extension-host suite (test/suite) runs inside it via the development payload;
//  2. with the INSTALLED .vsix, a person opens the seeds and uses the features.
// Screenshots of every step: test-results/e2e/. On failure: code-server's and the
// extension hosts' logs are printed.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { BrowserContext, Page } from 'playwright-core';
import { repoRoot } from '../paths';
import { copySeeds, Editor } from './harness';
import { Workbench } from './workbench';
import { runCacheStartChecks } from './cacheStart';
import { runPersonChecks, runVietnameseChecks } from './person';

const vsix = path.join(repoRoot, 'vankien.vsix');

describe('the real editor: code-server in headless Chromium', function () {
  this.timeout(10 * 60_000);
  let editor: Editor | undefined;
  let failed = false;

  before(async function () {
    // First run provisions code-server (about 2 minutes); later runs reuse it.
    editor = await Editor.start(vsix);
  });

  afterEach(function () {
    if (this.currentTest?.state === 'failed') failed = true;
  });

  after(async function () {
    if (failed && editor) {
      console.error(`\nEditor logs (screenshots kept in ${path.relative(repoRoot, path.join(repoRoot, 'test-results', 'e2e'))}):`);
      console.error(editor.logs());
    }
    await editor?.close();
  });

  /**
   * Opens `workspace` (a folder or a .code-workspace) with this repository as the development extension
   * and out/test/<suite>/index.js as its tests, waits for their results file, prints them, and fails
   * with the failures. The results of a suite run before must not be taken for this one's: removed first.
   */
  async function runSuite(workspace: string, suite: string, title: string): Promise<void> {
    const extTests = path.join(repoRoot, 'out', 'test', suite, 'index.js');
    assert.ok(fs.existsSync(extTests), `${extTests} exists (npm run compile)`);
    fs.rmSync(editor!.suiteResults, { force: true });
    let context: BrowserContext | undefined;
    try {
      const opened = await editor!.open(workspace, [
        ['extensionDevelopmentPath', editor!.remoteUri(repoRoot)],
        ['extensionTestsPath', editor!.remoteUri(extTests)],
      ]);
      context = opened.context;
      const page: Page = opened.page;
      const wb = new Workbench(page);
      await wb.ready();
      await editor!.screenshot(page, `${suite}-workbench`);
      const results = await wb.waitForFile(editor!.suiteResults, 4 * 60_000);
      await editor!.screenshot(page, `${suite}-finished`);
      const json = JSON.parse(results) as {
        vscodeVersion: string; passes: { fullTitle: string }[];
        failures: { fullTitle: string; message?: string }[]; pending: unknown[];
      };
      console.log(`    ${title} in VS Code ${json.vscodeVersion}: ${json.passes.length} passing, ` +
        `${json.failures.length} failing, ${json.pending.length} pending`);
      for (const p of json.passes) console.log(`      ✓ ${p.fullTitle}`);
      for (const f of json.failures) console.log(`      ✗ ${f.fullTitle}\n          ${(f.message ?? '').split('\n').join('\n          ')}`);
      assert.ok(json.passes.length > 0, 'the suite ran tests');
      assert.deepStrictEqual(json.failures.map((f) => `${f.fullTitle}: ${f.message}`), [], `${title}: tests failed`);
    } finally {
      await context?.close();
    }
  }

  it('runs the multi-root suite (test/suite-multi) in a workspace of four folders, two of one name, one nested', async function () {
    const root = path.join(editor!.tmp, 'multi');
    const write = (rel: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
      fs.writeFileSync(path.join(root, rel), text);
    };
    copySeeds(path.join(root, 'a'));
    copySeeds(path.join(root, 'b'));
    write('b/seeds/zz_other.txt', 'Thực hiện Kết luận số 66-KL/TU của Tỉnh ủy.\n');
    write('tinh/.vscode/settings.json', JSON.stringify({ 'vankien.corpus.include': ['**/*.txt'] }));
    write('tinh/a.txt', 'Thực hiện Kết luận số 66-KL/TU ngày 5/3/2022 của Tỉnh ủy về công tác cán bộ.\n');
    write('tinh/sub2/.vscode/settings.json', JSON.stringify({ 'vankien.corpus.include': ['**/*.txt'], 'vankien.corpus.exclude': ['**/bo-*.txt'] }));
    write('tinh/sub2/e.txt', 'Chỉ thị số 05-CT/TW của Bộ Chính trị.\n');
    write('tinh/sub2/bo-f.txt', 'Chỉ thị số 77-CT/TW của Bộ Chính trị.\n');
    write('extra/vankien.catalog.yaml', 'documents:\n  - code: 66-KL/TU\n    type: Kết luận\n    title: Về công tác cán bộ\n');
    const workspace = path.join(root, 'multi.code-workspace');
    fs.writeFileSync(workspace, JSON.stringify({ folders: ['a/seeds', 'b/seeds', 'tinh', 'tinh/sub2'].map((f) => ({ path: path.join(root, f) })) }));
    await runSuite(workspace, 'suite-multi', 'multi-root suite');
  });

  it('runs the extension-host suite (test/suite) inside the editor and passes', async function () {
    await runSuite(copySeeds(path.join(editor!.tmp, 'suite')), 'suite', 'extension-host suite');
  });

  describe('the installed .vsix, as a person uses it', function () {
    runPersonChecks(() => editor!);
  });

  describe('the installed .vsix, with the display language Vietnamese', function () {
    runVietnameseChecks(() => editor!);
  });

  describe('the installed .vsix, starting from its index cache', function () {
    runCacheStartChecks(() => editor!);
  });
});
