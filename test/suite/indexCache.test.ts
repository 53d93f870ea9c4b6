// The index cache inside the real editor: after the corpus is indexed, the extraction results of the
// files on disk are written to the extension's workspace storage, as a complete cache file.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { VanKienApi } from '../../src/extension';
import { CachedDocument, IndexCacheFile, parseIndexCache, writeIndexCacheSync } from '../../src/core/corpus/indexCache';
import { waitForIndex } from './wait';

const EXTENSION_ID = 'vankien.vankien';

/** The cache file as the extension wrote it, with the fingerprint its header holds. */
function readCacheFile(file: string): { cache: IndexCacheFile; fingerprint: string } {
  const bytes = fs.readFileSync(file);
  const magic = 'VANKIEN-INDEX-CACHE\n'.length;
  const fingerprint = (JSON.parse(bytes.toString('utf8', magic, bytes.indexOf(10, magic))) as { fingerprint: string }).fingerprint;
  const read = parseIndexCache(bytes, fingerprint);
  assert.strictEqual(read.status, 'ok', `${file} reads as an index cache`);
  return { cache: (read as { cache: IndexCacheFile }).cache, fingerprint };
}

suite('index cache in the workspace storage', () => {
  test('after indexing, the cache file appears in the workspace storage and holds the files on disk', async function () {
    this.timeout(60_000);
    const ext = vscode.extensions.getExtension<VanKienApi>(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is present`);
    const api = await ext.activate();
    const file = api.indexCacheFile;
    assert.ok(file, 'a workspace folder is open: the extension has a workspace storage for its cache');
    const folder = vscode.workspace.workspaceFolders![0];
    // Two corpus files no editor holds: they are read from disk, so their results may be cached.
    const uris = [
      vscode.Uri.joinPath(folder.uri, 'cache-a.txt'),
      vscode.Uri.joinPath(folder.uri, 'cache-b.txt'),
    ];
    await vscode.workspace.fs.writeFile(uris[0], Buffer.from('Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị.\n', 'utf8'));
    await vscode.workspace.fs.writeFile(uris[1], Buffer.from('Căn cứ Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương.\n', 'utf8'));
    try {
      const started = Date.now();
      await vscode.commands.executeCommand('vankien.reindex');
      await api.ready();
      for (const uri of uris) assert.ok(api.index.has(uri.toString()), `${path.basename(uri.fsPath)} is indexed`);
      // The cache is written in the background once the index is done.
      const bytes = await waitForIndex(() => {
        const s = fs.statSync(file, { throwIfNoEntry: false });
        if (!s || s.mtimeMs < started - 2000) return false;
        const b = fs.readFileSync(file);
        return uris.every((u) => b.includes(Buffer.from(JSON.stringify(u.toString())))) && b;
      }, `${file} to be written with the new files`);
      assert.strictEqual(bytes.subarray(0, 20).toString('latin1'), 'VANKIEN-INDEX-CACHE\n');
      assert.deepStrictEqual(fs.readdirSync(path.dirname(file)).filter((f) => f.endsWith('.tmp')), [], 'no temporary file is left');
    } finally {
      for (const uri of uris) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
      // The suites after this one count the seeds' documents: these leave the index first.
      await waitForIndex(() => uris.every((u) => !api.index.has(u.toString())), 'the test files to leave the index');
    }
  });

  test('a re-index keeps unchanged files as they are, a start loads them from the cache: the same answers; a cache with the postings is not written again, one without them is', async function () {
    this.timeout(180_000);
    const api = await vscode.extensions.getExtension<VanKienApi>(EXTENSION_ID)!.activate();
    const file = api.indexCacheFile!;
    const folder = vscode.workspace.workspaceFolders![0];
    const dir = vscode.Uri.joinPath(folder.uri, 'zz_cache_many');
    // Enough files for the parallel path, where a re-index reads the cache first.
    const uris: vscode.Uri[] = [];
    for (let i = 0; i < 240; i++) {
      const uri = vscode.Uri.joinPath(dir, `doc${i}.txt`);
      uris.push(uri);
      await vscode.workspace.fs.writeFile(uri, Buffer.from(`Thực hiện Quy định số ${i + 1}-QĐ/TW ngày ${(i % 28) + 1}/2/2019 của Ban Bí thư; đồng chí Trần Văn Thứ ${i} chủ trì.\n`, 'utf8'));
    }
    const config = vscode.workspace.getConfiguration('vankien');
    try {
      await waitForIndex(() => uris.every((u) => api.index.has(u.toString())), 'the new files to be indexed');
      const started = Date.now();
      await vscode.commands.executeCommand('vankien.reindex');
      await api.ready();
      const written = await waitForIndex(() => {
        const s = fs.statSync(file, { throwIfNoEntry: false });
        return s && s.mtimeMs >= started - 2000 && fs.readFileSync(file).includes(Buffer.from(JSON.stringify(uris[239].toString()))) && s;
      }, 'the cache to be written with the new files');
      const answers = () => uris.map((u) => api.index.entitiesWithRanges(u.toString()).map((e) => [e.kind, e.key, e.range.start.line, e.range.start.character, e.range.end.character]));
      const before = answers();
      assert.ok(before.every((a) => a.length >= 2), 'each new file has its citation and more');
      const docs = uris.map((u) => api.index.get(u.toString()));
      // A change of the corpus settings re-indexes the workspace: the unchanged files stay as they are.
      await config.update('corpus.exclude', ['**/node_modules/**', '**/.git/**', '**/zz_nothing_here/**'], vscode.ConfigurationTarget.Workspace);
      await new Promise((r) => setTimeout(r, 300));
      await api.ready();
      assert.ok(uris.every((u, i) => api.index.get(u.toString()) === docs[i]), 'unchanged files are neither read nor decoded again');
      // Indexed again as at a start: from the cache file this time.
      await vscode.commands.executeCommand('vankien.reindex', { fromCache: true });
      await api.ready();
      assert.ok(uris.every((u, i) => api.index.get(u.toString()) !== docs[i]), 'the documents were loaded again');
      assert.deepStrictEqual(answers(), before, 'the documents loaded from the cache answer as the extracted ones did');
      await new Promise((r) => setTimeout(r, 1500));
      const after = fs.statSync(file);
      assert.strictEqual(after.mtimeMs, written.mtimeMs, 'everything came from the cache: nothing new to write');
      // The write at shutdown leaves the postings out. A start from such a file puts the documents in one
      // by one, and then writes the file again with the postings, for the next start.
      const { cache, fingerprint } = readCacheFile(file);
      assert.ok(cache.hasPostings, 'the cache written after an index holds the postings');
      const cachedDocs: CachedDocument[] = [];
      for (const batch of cache.batches()) cachedDocs.push(...batch);
      writeIndexCacheSync(file, fingerprint, cachedDocs);
      const stripped = fs.statSync(file);
      assert.ok(!readCacheFile(file).cache.hasPostings, 'written as at shutdown: no postings');
      await vscode.commands.executeCommand('vankien.reindex', { fromCache: true });
      await api.ready();
      assert.ok(uris.every((u, i) => api.index.get(u.toString()) !== docs[i]), 'the documents were loaded again');
      assert.deepStrictEqual(answers(), before, 'the documents loaded one by one answer as the extracted ones did');
      await waitForIndex(() => {
        const s = fs.statSync(file, { throwIfNoEntry: false });
        return s && s.mtimeMs > stripped.mtimeMs && readCacheFile(file).cache.hasPostings;
      }, 'the cache to be written again with the postings');
      assert.strictEqual(readCacheFile(file).cache.documents, cachedDocs.length, 'the same documents');
    } finally {
      await config.update('corpus.exclude', undefined, vscode.ConfigurationTarget.Workspace);
      await vscode.workspace.fs.delete(dir, { recursive: true });
      await waitForIndex(() => uris.every((u) => !api.index.has(u.toString())), 'the test files to leave the index');
      await api.ready();
    }
  });
});
