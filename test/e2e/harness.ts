// One private code-server for the whole e2e run, one headless Debian Chromium driving it,
// and the folders they work in. Everything started here is stopped by `close()`:
// the browser, and code-server's whole process group.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { ChildProcess } from 'child_process';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type * as CodeServer from '../../scripts/editor/codeServer';
import type * as Provision from '../../scripts/editor/provision';
import { repoRoot, seedsDir } from '../paths';

/* eslint-disable @typescript-eslint/no-require-imports */
const cs = require(path.join(repoRoot, 'scripts', 'editor', 'codeServer.js')) as typeof CodeServer;
const prov = require(path.join(repoRoot, 'scripts', 'editor', 'provision.js')) as typeof Provision;
/* eslint-enable @typescript-eslint/no-require-imports */

export const CHROMIUM = process.env.VANKIEN_CHROMIUM || '/usr/bin/chromium';
export const resultsDir = path.join(repoRoot, 'test-results', 'e2e');

const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
];

/** A fresh copy of the repository's seeds/ as a folder named `seeds` (the language association needs the name). */
export function copySeeds(parent: string): string {
  const dest = path.join(parent, 'seeds');
  fs.mkdirSync(dest, { recursive: true });
  for (const f of fs.readdirSync(seedsDir)) fs.copyFileSync(path.join(seedsDir, f), path.join(dest, f));
  return dest;
}

export class Editor {
  readonly port: number;
  readonly prof: CodeServer.Profile;
  readonly serverLog: string;
  readonly suiteResults: string;
  readonly tmp: string;
  private server?: ChildProcess;
  browser?: Browser;
  private shots = 0;
  private detachSignals = () => {};

  private constructor(port: number, tmp: string) {
    this.port = port;
    this.tmp = tmp;
    // Everything of one run in its own temp folder: runs may overlap (several clones sharing one cache).
    this.prof = cs.profile(path.join(tmp, 'profile'));
    this.serverLog = path.join(tmp, 'code-server.log');
    this.suiteResults = path.join(tmp, 'suite.json');
  }

  /** Provisions code-server if needed, installs the packaged extension, starts the server and the browser. */
  static async start(vsix: string): Promise<Editor> {
    if (!fs.existsSync(CHROMIUM)) {
      throw new Error(`${CHROMIUM} not found: install Debian's browser (apt-get update && apt-get install -y chromium)`);
    }
    if (!fs.existsSync(vsix)) throw new Error(`${vsix} not found: run npm run package first`);
    prov.provision();
    fs.rmSync(resultsDir, { recursive: true, force: true });
    fs.mkdirSync(resultsDir, { recursive: true });
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vankien-e2e-'));
    const editor = new Editor(await cs.freePort(), tmp);
    // The minimap would cover the right edge of long lines, where a revealed citation may sit.
    cs.prepareProfile(editor.prof, { 'editor.minimap.enabled': false });
    cs.installVsix(editor.prof, vsix);
    editor.server = cs.startCodeServer(editor.prof, {
      port: editor.port,
      vscodeOptions: ['enable-smoke-test-driver'],
      env: { VANKIEN_SUITE_RESULTS: editor.suiteResults },
      output: editor.serverLog,
    });
    // Interrupted (Ctrl+C, a CI timeout): still end code-server's process group, which
    // runs detached and would otherwise outlive this process.
    const onSignal = (signal: NodeJS.Signals) => {
      void cs.stopCodeServer(editor.server).finally(() => {
        fs.rmSync(tmp, { recursive: true, force: true });
        process.exit(signal === 'SIGINT' ? 130 : 143);
      });
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    editor.detachSignals = () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    };
    await cs.waitForServer(editor.server, editor.port);
    editor.browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    return editor;
  }

  /** A new browser window (its own context) at the workbench for `folder`. */
  /**
   * A new window on `folder`. `language`: the display language the workbench reports to extensions
   * ('vi'); code-server reads it from the page, and a stock code-server has no language pack to set it.
   */
  async open(folder: string, payload?: [string, string][], language?: string): Promise<{ context: BrowserContext; page: Page }> {
    const context = await this.browser!.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    if (language) await page.addInitScript(`Object.defineProperty(globalThis, '_VSCODE_NLS_LANGUAGE', { get: () => ${JSON.stringify(language)}, set: () => {}, configurable: false });`);
    await page.goto(cs.workbenchUrl(this.port, folder, payload));
    return { context, page };
  }

  remoteUri(absPath: string): string {
    return cs.remoteUri(this.port, absPath);
  }

  async screenshot(page: Page, name: string): Promise<string> {
    const file = path.join(resultsDir, `${String(++this.shots).padStart(2, '0')}-${name}.png`);
    await page.screenshot({ path: file });
    return file;
  }

  /** The extension hosts' log files, the extensions' own channels included, oldest session first. */
  extensionHostLogs(): string[] {
    return cs.extensionHostLogs(this.prof.userDataDir);
  }

  /** What to read when something failed: code-server's output and the extension hosts' logs. */
  logs(): string {
    const parts: string[] = [];
    const tail = (file: string, max = 12_000) => {
      try {
        const text = fs.readFileSync(file, 'utf8');
        parts.push(`----- ${file} -----\n${text.length > max ? '…' + text.slice(-max) : text}`);
      } catch (e) {
        parts.push(`----- ${file}: ${(e as Error).message}`);
      }
    };
    tail(this.serverLog);
    for (const f of this.extensionHostLogs()) tail(f);
    return parts.join('\n');
  }

  async close(): Promise<void> {
    try {
      await this.browser?.close();
    } finally {
      await cs.stopCodeServer(this.server);
      this.detachSignals();
      // Keep what explains the run next to the screenshots, then drop the temp folder.
      for (const f of [this.serverLog, this.suiteResults]) {
        if (fs.existsSync(f)) fs.copyFileSync(f, path.join(resultsDir, path.basename(f)));
      }
      const exthost = this.extensionHostLogs();
      if (exthost.length) {
        fs.writeFileSync(path.join(resultsDir, 'exthost.log'),
          exthost.map((f) => `----- ${path.relative(this.prof.userDataDir, f)}\n${fs.readFileSync(f, 'utf8')}`).join('\n'));
      }
      fs.rmSync(this.tmp, { recursive: true, force: true });
    }
  }
}
