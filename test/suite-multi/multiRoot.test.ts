// In a workspace of several folders (test/e2e builds it): a/seeds and b/seeds, two folders of the
// same name; tinh, whose own settings take every .txt; tinh/sub2, a workspace folder nested in tinh
// whose settings exclude bo-*.txt. extra (a catalogue) is added and removed while the test runs.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { parseJson } from '../../src/core/export';
import type { VanKienApi } from '../../src/extension';
import { waitFor } from '../suite/wait';

let api: VanKienApi;


const folderNamed = (fsPathEnd: string) => vscode.workspace.workspaceFolders!.find((f) => f.uri.fsPath.endsWith(fsPathEnd))!;
interface ExportResult { files: number; tags: number; errors: number }

suite('a workspace of several folders', () => {
  suiteSetup(async () => {
    const ext = vscode.extensions.getExtension<VanKienApi>('vankien.vankien');
    assert.ok(ext);
    api = await ext.activate();
    // A workspace file's folders may reach the extension host after its tests start.
    await waitFor(() => vscode.workspace.workspaceFolders?.length === 4, 'the four folders: a/seeds, b/seeds, tinh, tinh/sub2', 30_000);
    // Open one file so that the corpus is read (the extension starts on its language).
    const first = (await vscode.workspace.findFiles(new vscode.RelativePattern(folderNamed(path.join('a', 'seeds')), '*.txt')))[0];
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(first));
    await api.ready();
    await waitFor(() => api.index.documentCount >= 13, 'the corpus of the four folders to be indexed', 30_000);
  });

  test('each folder is read by its own settings, a nested folder by its own', () => {
    const keys = [...api.index.documents()].map((d) => vscode.Uri.parse(d.uri).fsPath);
    assert.ok(keys.some((k) => k.endsWith(path.join('tinh', 'a.txt'))), 'tinh takes every .txt');
    assert.ok(keys.some((k) => k.endsWith(path.join('sub2', 'e.txt'))));
    assert.ok(!keys.some((k) => k.endsWith('bo-f.txt')), "sub2's exclude leaves bo-f.txt out");
  });

  test('the whole corpus exports every file once, the two folders named seeds told apart', async () => {
    const target = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'vankien-multi-')), 'all.json');
    const result = await vscode.commands.executeCommand<ExportResult | undefined>('vankien.exportTags', { scope: 'corpus', format: 'json', target, overwrite: true });
    assert.ok(result);
    const doc = parseJson(fs.readFileSync(target, 'utf8'));
    const paths = doc.files.map((f) => f.path);
    assert.strictEqual(new Set(paths).size, paths.length, 'no two files share a name');
    assert.strictEqual(paths.length, api.index.documentCount, `every indexed document is exported: ${paths.join(', ')}`);
    assert.ok(paths.some((p) => p.startsWith('a/seeds/')) && paths.some((p) => p.startsWith('b/seeds/')), paths.join(', '));
  });

  test('a folder export leaves out what a nested workspace folder excludes', async () => {
    const tinh = folderNamed('tinh');
    const target = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'vankien-multi-')), 'tinh.json');
    const result = await vscode.commands.executeCommand<ExportResult | undefined>('vankien.exportTags', { scope: 'folder', uri: tinh.uri.toString(), format: 'json', target, overwrite: true });
    assert.ok(result);
    const paths = parseJson(fs.readFileSync(target, 'utf8')).files.map((f) => f.path).sort();
    assert.deepStrictEqual(paths, ['tinh/a.txt', 'tinh/sub2/e.txt']);
  });

  test('a folder added to the workspace brings its catalogue; removed, takes it away', async function () {
    this.timeout(120_000);
    // A file of a seeds folder: of the language, so its definitions are asked for (tinh's .txt files are not).
    const tinhDoc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folderNamed(path.join('b', 'seeds')).uri, 'zz_other.txt'));
    const at = tinhDoc.positionAt(tinhDoc.getText().indexOf('66-KL/TU') + 2);
    const fromCatalogue = async () => (await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeDefinitionProvider', tinhDoc.uri, at))
      .some((d) => path.basename(d.uri.fsPath) === 'vankien.catalog.yaml');
    assert.ok(!(await fromCatalogue()), 'no catalogue knows 66-KL/TU yet');
    const extra = vscode.Uri.file(path.join(path.dirname(folderNamed('tinh').uri.fsPath), 'extra'));
    const n = vscode.workspace.workspaceFolders!.length;
    assert.ok(vscode.workspace.updateWorkspaceFolders(n, 0, { uri: extra }));
    await waitFor(() => vscode.workspace.workspaceFolders!.length === n + 1, 'the folder to be added', 50_000);
    await waitFor(fromCatalogue, 'the added folder\'s catalogue entry to be the definition', 50_000);
    assert.ok(vscode.workspace.updateWorkspaceFolders(n, 1));
    await waitFor(async () => !(await fromCatalogue()), 'the removed folder\'s catalogue entry to go', 50_000);
  });
});
