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
