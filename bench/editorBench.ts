// Child process of `npm run bench`: the cold index and the warm start as they happen in the real editor,
// the packaged extension (vankien.vsix) installed in code-server and driven by headless Chromium (the
// e2e harness, test/e2e/). The corpus is copied into a folder named seeds/ (the language association);
// opening one of its files activates the extension, which indexes the folder: the time is the one the
// extension writes to its log ("indexed N documents, M entities in T ms", from the start of the index
// to its end, listing the files included). Then the window is reloaded: a new extension host starts
// and loads the index cache the first one wrote.
import * as fs from 'fs';
import * as path from 'path';
import { Editor } from '../test/e2e/harness';
import { Workbench } from '../test/e2e/workbench';
import { repoRoot } from '../test/paths';
import { writeResult } from './stats';

const INDEXED = /indexed (\d+) documents, (\d+) entities in (\d+) ms \(extension host heap (\d+) MB\)/g;
const CACHE_WRITTEN = /index cache: wrote (\d+) documents/g;

/** Every match of `re` in the extension hosts' logs, oldest session first. */
function logMatches(editor: Editor, re: RegExp): RegExpMatchArray[] {
  const out: RegExpMatchArray[] = [];
  for (const f of extensionLogs(editor)) out.push(...fs.readFileSync(f, 'utf8').matchAll(re));
  return out;
}

function extensionLogs(editor: Editor): string[] {
  // The extension's log channel is written under logs/<session>/window*/exthost/<extension id>/.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const cs = require(path.join(repoRoot, 'scripts', 'editor', 'codeServer.js')) as { extensionHostLogs(dir: string): string[] };
  return cs.extensionHostLogs(editor.prof.userDataDir).filter((f) => /vankien/i.test(f));
}

async function waitForCount(editor: Editor, re: RegExp, count: number, what: string, timeoutMs: number): Promise<RegExpMatchArray[]> {
  const t0 = Date.now();
  for (;;) {
    const found = logMatches(editor, re);
    if (found.length >= count) return found;
    if (Date.now() - t0 > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** The resident memory of the extension host processes now (MB), from /proc. */
function extensionHostRssMB(): number {
  let kb = 0;
  for (const pid of fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!/extensionHost/.test(cmd)) continue;
      const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (m) kb += Number(m[1]);
    } catch {
      // a process that ended meanwhile
    }
  }
  return kb / 1024;
}

async function main(): Promise<void> {
  const [dir, vsix] = process.argv.slice(2);
  const editor = await Editor.start(vsix);
  try {
    const ws = path.join(editor.tmp, 'user', 'corpus');
    const seeds = path.join(ws, 'seeds');
    fs.mkdirSync(seeds, { recursive: true });
    const names = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
    for (const f of names) fs.copyFileSync(path.join(dir, f), path.join(seeds, f));
    const { context, page } = await editor.open(ws);
    const wb = new Workbench(page);
    await wb.ready();
    await wb.openFile(names[0]);
    const timeout = 10 * 60_000;
    const cold = (await waitForCount(editor, INDEXED, 1, 'the cold index', timeout))[0];
    const rssCold = extensionHostRssMB();
    await waitForCount(editor, CACHE_WRITTEN, 1, 'the index cache to be written', timeout);
    // A reload starts a new extension host; the file reopens, the extension activates and starts from the cache.
    await page.reload();
    await wb.ready();
    const warm = (await waitForCount(editor, INDEXED, 2, 'the warm start', timeout))[1];
    const rssWarm = extensionHostRssMB();
    await context.close();
    const log = extensionLogs(editor).map((f) => fs.readFileSync(f, 'utf8')).join('').split('\n').filter((l) => /index|loaded|worker/.test(l));
    writeResult({
      log,
      files: names.length,
      cold: { documents: Number(cold[1]), entities: Number(cold[2]), ms: Number(cold[3]), heapMB: Number(cold[4]), rssMB: rssCold },
      warm: { documents: Number(warm[1]), entities: Number(warm[2]), ms: Number(warm[3]), heapMB: Number(warm[4]), rssMB: rssWarm },
    });
  } finally {
    await editor.close();
  }
}

main().catch((e) => writeResult({ error: String(e && e.stack ? e.stack : e) }));
