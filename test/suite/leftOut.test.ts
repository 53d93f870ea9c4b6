// Files that stopped an extraction worker, in the real editor: the list kept beside the index cache
// keeps such a file out of the index while it is as it was; once it changes, it is read again (on a
// worker of its own) and leaves the list.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type { VanKienApi } from '../../src/extension';
import { LEFT_OUT_FILE_NAME, leftOutFingerprint } from '../../src/core/corpus/leftOut';
import { waitForIndex } from './wait';
import type { ExportTagsResult } from '../../src/commands/exportTags';
import { LEFT_OUT_MESSAGE } from '../../src/commands/exportSources';
import { parseJson } from '../../src/core/export';

const EXTENSION_ID = 'vankien.vankien';

/** Lists `uri` in the left-out list as the extension writes it when the file stopped a worker: its stamp as it is now. */
function listAsLeftOut(list: string, uri: vscode.Uri, settings: vscode.WorkspaceConfiguration): void {
  const s = fs.statSync(uri.fsPath);
  fs.mkdirSync(path.dirname(list), { recursive: true });
  const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
  const fingerprint = leftOutFingerprint(ext.packageJSON.version as string, settings.get<number>('maxFileSizeKB', 5120) * 1024);
  fs.writeFileSync(list, JSON.stringify({ version: 1, fingerprint, files: { [uri.toString()]: `${s.size}:${s.mtimeMs}:${s.ctimeMs}:${s.ino}` } }));
}

const listed = (list: string, key: string) => key in (JSON.parse(fs.readFileSync(list, 'utf8')) as { files: Record<string, string> }).files;

/** A re-index, as a change of the corpus settings makes one: an exclude that matches nothing. */
const reindex = (settings: vscode.WorkspaceConfiguration) =>
  settings.update('corpus.exclude', ['**/node_modules/**', '**/.git/**', '**/no-such-folder/**'], vscode.ConfigurationTarget.Workspace);

/**
 * A new file of the workspace folder with `text`, indexed, then listed as left out and left out by a
 * re-index; `run` gets it, and the file, the setting and the editors are put back after.
 */
async function withListedFile(name: string, text: string, run: (f: { api: VanKienApi; list: string; uri: vscode.Uri; key: string }) => Promise<void>): Promise<void> {
  const api = await vscode.extensions.getExtension<VanKienApi>(EXTENSION_ID)!.activate();
  const list = path.join(path.dirname(api.indexCacheFile!), LEFT_OUT_FILE_NAME);
  const folder = vscode.workspace.workspaceFolders![0];
  const uri = vscode.Uri.joinPath(folder.uri, name);
  const settings = vscode.workspace.getConfiguration('vankien', folder.uri);
  const key = uri.toString();
  await vscode.workspace.fs.writeFile(uri, Buffer.from(text, 'utf8'));
  try {
    await waitForIndex(() => api.index.has(key), 'the new file to be indexed');
    // The editor's file events for the new file are over before the list is written: the full
    // index, not a late event, is what must leave the file out.
    await new Promise((r) => setTimeout(r, 2000));
    listAsLeftOut(list, uri, settings);
    // A re-index as a change of the corpus settings makes one (Rebuild Corpus Index tries every
    // left-out file again).
    await reindex(settings);
    await waitForIndex(() => !api.index.has(key), 'the listed file to be left out by the re-index');
    await api.ready();
    await run({ api, list, uri, key });
  } finally {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await settings.update('corpus.exclude', undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    await waitForIndex(() => !api.index.has(key), 'the test file to leave the index');
  }
}

suite('files left out for stopping an extraction worker', () => {
  test('a listed file stays out of the index while unchanged; changed, it is read again and leaves the list', async function () {
    this.timeout(90_000);
    await withListedFile('left-out-once.txt', 'Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị.\n', async ({ api, list, uri, key }) => {
      assert.strictEqual(api.index.has(key), false, 'still out once the re-index is done');
      assert.ok(api.index.documentCount > 0, 'the rest of the folder is indexed');
      // Nor does an export extract it on the extension host's thread: the corpus's names it among its
      // errors; the file's alone, with nothing else to read, writes nothing.
      const target = path.join(os.tmpdir(), `vankien-left-out-${process.pid}.json`);
      try {
        const corpus = await vscode.commands.executeCommand<ExportTagsResult>('vankien.exportTags', { scope: 'corpus', format: 'json', target, overwrite: true });
        assert.ok(corpus.files > 0);
        const doc = parseJson(fs.readFileSync(target, 'utf8'));
        assert.deepStrictEqual(doc.errors.filter((e) => e.path.endsWith('left-out-once.txt')).map((e) => e.message), [LEFT_OUT_MESSAGE]);
        assert.ok(!doc.files.some((f) => f.path.endsWith('left-out-once.txt')));
        fs.rmSync(target);
        const alone = await vscode.commands.executeCommand<ExportTagsResult | undefined>('vankien.exportTags', { scope: 'file', uri: key, format: 'json', target, overwrite: true });
        assert.strictEqual(alone, undefined);
        assert.strictEqual(fs.existsSync(target), false);
      } finally {
        fs.rmSync(target, { force: true });
      }

      await vscode.workspace.fs.writeFile(uri, Buffer.from('Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị; Kết luận số 01-KL/TW.\n', 'utf8'));
      await waitForIndex(() => api.index.has(key), 'the changed file to be read again');
      assert.ok(api.index.get(key)!.entities.some((e) => e.key.includes('01-KL/TW') || e.text.includes('01-KL/TW')), 'its new text is what is indexed');
      await waitForIndex(() => !listed(list, key), 'the file to leave the list');
    });
  });

  test('a listed file opened in an editor is read on a worker, not on the extension host; read cleanly, it leaves the list', async function () {
    this.timeout(90_000);
    await withListedFile('left-out-opened.txt', 'Quán triệt Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương.\n', async ({ api, list, uri, key }) => {
      // On the host, the buffer would go in at once and the list would keep the file.
      const doc = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(doc);
      await waitForIndex(() => api.index.has(key), 'the opened file to be indexed');
      assert.ok(api.index.get(key)!.entities.some((e) => e.kind === 'citation' && e.text.includes('18-NQ/TW')), 'its text is what is indexed');
      await waitForIndex(() => !listed(list, key), 'the file to leave the list once its buffer was read cleanly');
    });
  });
});
