// With the INSTALLED .vsix: a folder large enough for the index cache (its files read by worker
// threads) is indexed, the cache written with its postings; the window is reloaded, and the new
// extension host starts from the cache, putting the postings in as the file holds them. What it then
// answers is checked against the project's own corpus index of the same files.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { BrowserContext } from 'playwright-core';
import { CorpusGenerator } from '../../bench/generate';
import { CorpusIndex } from '../../src/core/corpus/corpusIndex';
import { lineIndex } from '../../src/core/text/lines';
import { copySeeds, Editor } from './harness';
import { Workbench } from './workbench';

/** Generated documents beside the seeds: over the 200 files from which the cache is used, and a total no other window here indexes. */
const GENERATED = 263;

export function runCacheStartChecks(getEditor: () => Editor): void {
  let context: BrowserContext | undefined;
  let wb: Workbench;

  after(async function () {
    await context?.close();
  });

  it('a window reloaded on a folder of 268 documents starts from the index cache, its postings as held, and answers as a fresh index does', async function () {
    this.timeout(240_000);
    const editor = getEditor();
    const ws = copySeeds(path.join(editor.tmp, 'cache-start'));
    const gen = new CorpusGenerator(20261128);
    for (let i = 0; i < GENERATED; i++) {
      const d = gen.document(i);
      fs.writeFileSync(path.join(ws, d.name), d.text);
    }
    const names = fs.readdirSync(ws).filter((f) => f.endsWith('.txt')).sort();
    const total = names.length;
    const index = new CorpusIndex();
    for (const f of names) index.set(f, fs.readFileSync(path.join(ws, f), 'utf8'));
    // The code the most documents cite, and its first mention.
    let best: { uri: string; key: string; code: string; start: number; citing: number } | undefined;
    for (const uri of names) {
      for (const e of index.get(uri)!.entities) {
        if (e.kind !== 'citation' || !e.code) continue;
        const key = index.keyAt(uri, e);
        const citing = index.citingDocuments(key).length;
        if (!best || citing > best.citing) best = { uri, key, code: e.code, start: e.start, citing };
      }
    }
    assert.ok(best && best.citing > 20, `a code cited across the folder (${best?.code}: ${best?.citing} documents)`);
    const { uri: file, code: CODE, citing } = best;
    const text = fs.readFileSync(path.join(ws, file), 'utf8');
    const pos = lineIndex(text).position(text.indexOf(CODE, best.start));
    /** The extension's log lines in every window's log so far matching `re` (this folder's total tells them apart). */
    const lines = (re: RegExp) => editor.extensionHostLogs().filter((f) => /vankien/i.test(f)).flatMap((f) => fs.readFileSync(f, 'utf8').split('\n').filter((l) => re.test(l)));
    const WROTE = new RegExp(`index cache: wrote (${total}|${total - 1}) documents`);
    const LOADED = new RegExp(`loaded (${total}|${total - 1}) documents from the index cache \\((.*?)\\) in \\d+ ms; (\\d+) to read`);
    const writesBefore = lines(WROTE).length;

    const opened = await editor.open(ws);
    context = opened.context;
    wb = new Workbench(opened.page);
    await wb.ready();
    await wb.openFile(file);
    await wb.waitFor(() => lines(WROTE).length > writesBefore || undefined, `the index cache to be written with the ${total} documents`, 120_000);
    const hoverCount = async (): Promise<number> => {
      await wb.goTo(pos.line + 1, pos.character + 1);
      const countOf = (t: string) => Number(/(\d+)\s+(?:documents?|văn bản)/i.exec(t)?.[1] ?? NaN);
      return countOf(await wb.hover(async () => (await wb.centre(CODE))[0].box, CODE, (t) => countOf(t) === citing));
    };
    assert.strictEqual(await hoverCount(), citing, 'the cold index counts as the corpus index does');
    await editor.screenshot(wb.page, 'cache-start-cold');

    // A reload: a new extension host, which starts from the cache.
    const loadsBefore = lines(LOADED).length;
    const writes = lines(WROTE).length;
    await wb.page.reload();
    await wb.ready();
    const loaded = await wb.waitFor(() => lines(LOADED).slice(loadsBefore)[0], 'the reloaded window to start from the index cache', 120_000);
    const [, count, how, toRead] = LOADED.exec(loaded)!;
    assert.strictEqual(how, `${count} with the postings as the file holds them`, `the start put every document in with the postings as the file holds them: ${loaded}`);
    assert.strictEqual(Number(toRead), 0, `nothing left to read: ${loaded}`);
    assert.ok(Number(count) >= total - 1, `every file on disk came from the cache (the open one from its editor): ${loaded}`);
    if ((await wb.activeTab()) !== file) await wb.openFile(file);
    assert.strictEqual(await hoverCount(), citing, 'the start from the cache counts as the corpus index does');
    await editor.screenshot(wb.page, 'cache-start-warm');
    // Everything came from a file with the postings: nothing to write again.
    await new Promise((r) => setTimeout(r, 2000));
    assert.strictEqual(lines(WROTE).length, writes, 'the cache is not written again');
  });
}
