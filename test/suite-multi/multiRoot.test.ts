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
import { hoverText } from '../suite/hover';
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

  test('"Use for the .txt Files of a Folder" makes a folder of plain .txt documents part of the corpus', async function () {
    this.timeout(120_000);
    // A folder outside the default patterns (no "seeds" in its path), added to the workspace as a person would.
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'vankien-vb-'));
    const docs = path.join(root, 'van-ban', 'nam 2023');
    fs.mkdirSync(docs, { recursive: true });
    const file = vscode.Uri.file(path.join(docs, 'kh-12.txt'));
    fs.writeFileSync(file.fsPath, 'Thực hiện Chỉ thị số 77-CT/TW ngày 15/5/2016 của Bộ Chính trị, Tỉnh ủy ban hành kế hoạch.\n', 'utf8');
    fs.writeFileSync(path.join(root, 'ghi-chu.txt'), 'Chỉ thị số 78-CT/TW của Bộ Chính trị.\n', 'utf8');
    const files = vscode.workspace.getConfiguration('files');
    const before = files.inspect<Record<string, unknown>>('associations')?.workspaceValue;
    const n = vscode.workspace.workspaceFolders!.length;
    assert.ok(vscode.workspace.updateWorkspaceFolders(n, 0, { uri: vscode.Uri.file(root) }));
    try {
      await waitFor(() => vscode.workspace.workspaceFolders!.length === n + 1, 'the folder to be added', 50_000);
      // The workspace file holds the settings this command writes: it must have been saved with the new folder first.
      const workspaceFile = vscode.workspace.workspaceFile!;
      await waitFor(() => fs.readFileSync(workspaceFile.fsPath, 'utf8').includes(path.basename(root)), 'the workspace file to name the folder', 50_000);
      await waitFor(() => !vscode.workspace.textDocuments.some((d) => d.uri.fsPath === workspaceFile.fsPath && d.isDirty), 'the workspace file to be saved', 50_000);
      await api.ready();
      const doc = await vscode.workspace.openTextDocument(file);
      assert.strictEqual(doc.languageId, 'plaintext');
      assert.ok(!api.index.has(file.toString()), 'not in the corpus yet');

      const result = await vscode.commands.executeCommand<{ association: string; include: string; changed: boolean }>('vankien.useForFolder', vscode.Uri.file(path.join(root, 'van-ban')));
      const association = `**/${path.basename(root)}/van-ban/**/*.txt`;
      assert.deepStrictEqual(result, { association, include: 'van-ban/**/*.txt', changed: true });
      await waitFor(() => doc.languageId === 'vankien', 'the open document to become a Văn kiện one');
      await waitFor(() => api.index.has(file.toString()), 'the folder\'s file to be indexed', 50_000);
      // The file beside the folder stays out; what the settings held is kept.
      assert.ok(!api.index.has(vscode.Uri.file(path.join(root, 'ghi-chu.txt')).toString()));
      const associations = files.inspect<Record<string, unknown>>('associations')?.workspaceValue ?? {};
      assert.strictEqual(associations[association], 'vankien');
      for (const [k, v] of Object.entries(before ?? {})) assert.strictEqual(associations[k], v, k);
      const folder = vscode.workspace.getWorkspaceFolder(file)!;
      assert.deepStrictEqual(vscode.workspace.getConfiguration('vankien', folder.uri).get('corpus.include'), ['**/*.vankien', '**/seeds/**/*.txt', 'van-ban/**/*.txt']);
      // The hover of the new document answers from the corpus.
      const at = doc.positionAt(doc.getText().indexOf('77-CT/TW') + 2);
      const hover = await waitFor(async () => {
        const md = await hoverText(file, at);
        return md.includes('77') ? md : undefined;
      }, 'a hover on the citation');
      assert.ok(hover.includes('Bộ Chính trị'), hover);
      // Asked again, it adds nothing.
      const again = await vscode.commands.executeCommand<{ changed: boolean }>('vankien.useForFolder', vscode.Uri.file(path.join(root, 'van-ban')));
      assert.strictEqual(again.changed, false);
    } finally {
      await files.update('associations', before, vscode.ConfigurationTarget.Workspace);
      const i = vscode.workspace.workspaceFolders!.findIndex((f) => f.uri.fsPath === vscode.Uri.file(root).fsPath);
      if (i >= 0) vscode.workspace.updateWorkspaceFolders(i, 1);
      await waitFor(() => vscode.workspace.workspaceFolders!.length === n, 'the folder to be removed', 50_000);
    }
  });
});
