// The extension is installed, opens the seeds as Văn kiện Đảng and activates on them.
import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';

const EXTENSION_ID = 'vankien.vankien';

async function waitFor(condition: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function seedUris(): Promise<vscode.Uri[]> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the suite runs with a workspace folder (a copy of seeds/)');
  const uris = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, '**/*.txt'));
  return uris.sort((a, b) => a.fsPath.localeCompare(b.fsPath));
}

suite('smoke: the extension in the editor', () => {
  test('the extension is installed, with its language and commands in the manifest', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is present`);
    const contributes = ext.packageJSON.contributes as { languages: { id: string }[]; commands: { command: string }[] };
    assert.ok(contributes.languages.some((l) => l.id === 'vankien'));
    assert.ok(contributes.commands.some((c) => c.command === 'vankien.exportTags'));
  });

  test('every seed in the workspace opens with language vankien', async () => {
    const uris = await seedUris();
    assert.ok(uris.length >= 2, `the workspace holds the seeds (found ${uris.length})`);
    for (const uri of uris) {
      const doc = await vscode.workspace.openTextDocument(uri);
      assert.strictEqual(doc.languageId, 'vankien', `${path.basename(uri.fsPath)} languageId`);
    }
  });

  test('"Use for the .txt Files of a Folder" writes the folder\'s patterns into the workspace settings, once', async () => {
    const root = vscode.workspace.workspaceFolders![0].uri;
    const dir = vscode.Uri.joinPath(root, 'zz_van_ban');
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(dir, 'a.txt'), Buffer.from('Chỉ thị số 05-CT/TW.\n', 'utf8'));
    const files = vscode.workspace.getConfiguration('files');
    const corpus = vscode.workspace.getConfiguration('vankien', root);
    const before = { associations: files.inspect('associations')?.workspaceValue, include: corpus.inspect('corpus.include')?.workspaceValue };
    try {
      const result = await vscode.commands.executeCommand<{ association: string; include: string; changed: boolean }>('vankien.useForFolder', dir);
      assert.deepStrictEqual(result, { association: '**/zz_van_ban/**/*.txt', include: 'zz_van_ban/**/*.txt', changed: true });
      assert.strictEqual(vscode.workspace.getConfiguration('files').inspect<Record<string, string>>('associations')?.workspaceValue?.['**/zz_van_ban/**/*.txt'], 'vankien');
      const include = vscode.workspace.getConfiguration('vankien', root).inspect<string[]>('corpus.include')?.workspaceValue ?? [];
      assert.deepStrictEqual(include, ['**/*.vankien', '**/seeds/**/*.txt', 'zz_van_ban/**/*.txt']);
      const again = await vscode.commands.executeCommand<{ changed: boolean }>('vankien.useForFolder', dir);
      assert.strictEqual(again.changed, false);
      // Written by hand as a string, the include is left as it is, not spread into its characters.
      await corpus.update('corpus.include', 'docs/**/*.txt', vscode.ConfigurationTarget.Workspace);
      const refused = await vscode.commands.executeCommand('vankien.useForFolder', dir);
      assert.strictEqual(refused, undefined);
      assert.strictEqual(vscode.workspace.getConfiguration('vankien', root).inspect('corpus.include')?.workspaceValue, 'docs/**/*.txt');
    } finally {
      await files.update('associations', before.associations, vscode.ConfigurationTarget.Workspace);
      await corpus.update('corpus.include', before.include, vscode.ConfigurationTarget.Workspace);
      await vscode.workspace.fs.delete(dir, { recursive: true });
      // The setting's change re-indexes the workspace: the suites after this one need it whole again.
      const api = vscode.extensions.getExtension<{ ready(): Promise<void> }>(EXTENSION_ID)!.exports;
      await api.ready();
    }
  });

  test('opening a seed in an editor activates the extension and registers its commands', async () => {
    const [first] = await seedUris();
    const doc = await vscode.workspace.openTextDocument(first);
    await vscode.window.showTextDocument(doc);
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    await waitFor(() => ext.isActive, 'the extension to activate on a vankien document');
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('vankien.exportTags'), 'vankien.exportTags is registered');
  });
});
