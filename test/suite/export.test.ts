// The Export Tags command inside the editor, driven through its arguments (no clicks): the file it
// writes holds exactly what the core extractor finds in the same files.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { buildExport, parseCsv, parseJson } from '../../src/core/export';
import { extract } from '../../src/core/extract';

interface ExportResult {
  target: string;
  format: string;
  files: number;
  tags: number;
  errors: number;
  counts: Record<string, number>;
}

async function seedUris(): Promise<vscode.Uri[]> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the suite runs with a workspace folder (a copy of seeds/)');
  const uris = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, '**/*.txt'));
  return uris.sort((a, b) => (a.fsPath < b.fsPath ? -1 : 1));
}

function expectedExport(uris: vscode.Uri[], folder: vscode.Uri) {
  return buildExport(uris.map((uri) => {
    const result = extract(fs.readFileSync(uri.fsPath, 'utf8'));
    return { path: path.relative(folder.fsPath, uri.fsPath).split(path.sep).join('/'), entities: result.entities, warnings: result.warnings };
  }));
}

suite('Export Tags command', () => {
  let tmp: string;
  setup(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vankien-export-suite-'));
  });
  teardown(() => fs.rmSync(tmp, { recursive: true, force: true }));

  test('exports the whole corpus as JSON to the given file, matching the extractor', async () => {
    const uris = await seedUris();
    assert.ok(uris.length >= 2, `the workspace holds the seeds (found ${uris.length})`);
    // Open documents of language vankien are always in the corpus index.
    for (const uri of uris) await vscode.workspace.openTextDocument(uri);
    const target = path.join(tmp, 'tags.json');
    let result: ExportResult | undefined;
    // The index fills in the background after activation: export again until it covers every seed.
    const deadline = Date.now() + 20_000;
    do {
      result = await vscode.commands.executeCommand<ExportResult | undefined>('vankien.exportTags', { scope: 'corpus', format: 'json', target, overwrite: true });
      if (result && result.files >= uris.length) break;
      await new Promise((r) => setTimeout(r, 250));
    } while (Date.now() < deadline);
    assert.ok(result, 'the command returns a summary');
    assert.strictEqual(result.files, uris.length);
    const written = parseJson(fs.readFileSync(target, 'utf8'));
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const expected = expectedExport(uris, folder);
    assert.deepStrictEqual(written.files.map((f) => f.path), expected.files.map((f) => f.path));
    assert.deepStrictEqual(written.tags, expected.tags);
    assert.strictEqual(result.tags, expected.tags.length);
    const byKind: Record<string, number> = {};
    for (const t of expected.tags) byKind[t.kind] = (byKind[t.kind] ?? 0) + 1;
    assert.deepStrictEqual(result.counts, byKind);
    assert.deepStrictEqual(fs.readdirSync(tmp), ['tags.json'], 'no temporary file is left beside the export');
  });

  test('exports one file as CSV, and an unsaved edit counts', async () => {
    const [first] = await seedUris();
    const doc = await vscode.workspace.openTextDocument(first);
    const editor = await vscode.window.showTextDocument(doc);
    const added = 'Chỉ thị số 99-CT/TW\n';
    await editor.edit((e) => e.insert(new vscode.Position(0, 0), added));
    try {
      const target = path.join(tmp, 'one.csv');
      const expected = buildExport([{ path: vscode.workspace.asRelativePath(first, false), entities: extract(doc.getText()).entities }]);
      let tags: ReturnType<typeof parseCsv>['tags'] = [];
      const deadline = Date.now() + 20_000;
      do {
        await vscode.commands.executeCommand('vankien.exportTags', { scope: 'file', uri: first.toString(), format: 'csv', target, overwrite: true });
        tags = parseCsv(fs.readFileSync(target, 'utf8')).tags;
        if (tags.some((t) => t.text.includes('99-CT/TW'))) break;
        await new Promise((r) => setTimeout(r, 250));
      } while (Date.now() < deadline);
      assert.deepStrictEqual(tags, expected.tags);
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });

  test('writes CSV with ";" between fields when vankien.export.csvDelimiter says so', async () => {
    const [first] = await seedUris();
    const config = vscode.workspace.getConfiguration('vankien.export');
    await config.update('csvDelimiter', ';', vscode.ConfigurationTarget.Workspace);
    try {
      const target = path.join(tmp, 'semi.csv');
      await vscode.commands.executeCommand('vankien.exportTags', { scope: 'file', uri: first.toString(), format: 'csv', target, overwrite: true });
      const text = fs.readFileSync(target, 'utf8');
      assert.ok(text.startsWith('\uFEFFkind;file;text;'), text.slice(0, 40));
      const expected = buildExport([{ path: vscode.workspace.asRelativePath(first, false), entities: extract(fs.readFileSync(first.fsPath, 'utf8')).entities }]);
      assert.deepStrictEqual(parseCsv(text).tags, expected.tags);
    } finally {
      await config.update('csvDelimiter', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  test('a folder export follows the corpus rules: a folder hidden by files.exclude stays out', async () => {
    const root = vscode.workspace.workspaceFolders![0].uri;
    const dir = vscode.Uri.joinPath(root, 'zz_export');
    const text = fs.readFileSync((await seedUris())[0].fsPath);
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(dir, 'kept.txt'), text);
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(dir, 'zz_hidden', 'dropped.txt'), text);
    const files = vscode.workspace.getConfiguration('files');
    await files.update('exclude', { '**/zz_hidden': true }, vscode.ConfigurationTarget.Workspace);
    try {
      const target = path.join(tmp, 'folder.json');
      const result = await vscode.commands.executeCommand<ExportResult | undefined>('vankien.exportTags', { scope: 'folder', uri: dir.toString(), format: 'json', target, overwrite: true });
      assert.ok(result);
      assert.strictEqual(result.files, 1);
      const written = fs.readFileSync(target, 'utf8');
      assert.ok(written.includes('kept.txt'));
      assert.ok(!written.includes('dropped.txt'));
    } finally {
      await files.update('exclude', undefined, vscode.ConfigurationTarget.Workspace);
      await vscode.workspace.fs.delete(dir, { recursive: true });
      // The setting's change re-indexes the workspace: the suites after this one need it whole again.
      const api = vscode.extensions.getExtension<{ index: { has(uri: string): boolean }; ready(): Promise<void> }>('vankien.vankien')!.exports;
      const seedsNow = await seedUris();
      for (const deadline = Date.now() + 20_000; Date.now() < deadline && !seedsNow.every((u) => api.index.has(u.toString())); ) {
        await new Promise((r) => setTimeout(r, 100));
      }
      await api.ready();
    }
  });

  test('a folder chosen for export gives its text files, as the command-line tool does, outside the corpus too', async () => {
    // A folder outside the workspace: none of its files is in the corpus.
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'vankien-notes-'));
    const text = fs.readFileSync((await seedUris())[0].fsPath);
    fs.writeFileSync(path.join(outside, 'n1.txt'), text);
    fs.mkdirSync(path.join(outside, 'sub'));
    fs.writeFileSync(path.join(outside, 'sub', 'n2.vankien'), text);
    fs.writeFileSync(path.join(outside, 'notes.md'), text);
    fs.writeFileSync(path.join(outside, 'N3.TXT'), text);
    try {
      const target = path.join(tmp, 'outside.json');
      const result = await vscode.commands.executeCommand<ExportResult | undefined>('vankien.exportTags', { scope: 'folder', uri: vscode.Uri.file(outside).toString(), format: 'json', target, overwrite: true });
      assert.ok(result);
      const doc = parseJson(fs.readFileSync(target, 'utf8'));
      const base = path.basename(outside);
      assert.deepStrictEqual(doc.files.map((f) => f.path), [`${base}/N3.TXT`, `${base}/n1.txt`, `${base}/sub/n2.vankien`]);
      assert.ok(doc.tags.length > 0 && doc.files.every((f) => f.tags === doc.files[0].tags), JSON.stringify(doc.files));
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });

  test('names in its errors the corpus files it cannot read: a link to nothing, a link to itself', async () => {
    const root = vscode.workspace.workspaceFolders![0].uri.fsPath;
    const dangling = path.join(root, 'zz_dangling.txt');
    const loop = path.join(root, 'zz_loop.txt');
    fs.symlinkSync(path.join(root, 'zz_nowhere.txt'), dangling);
    fs.symlinkSync(loop, loop);
    try {
      const target = path.join(tmp, 'links.json');
      const result = await vscode.commands.executeCommand<ExportResult | undefined>('vankien.exportTags', { scope: 'corpus', format: 'json', target, overwrite: true });
      assert.ok(result);
      const doc = parseJson(fs.readFileSync(target, 'utf8'));
      // Named as in the files list, with the words of the command-line tool.
      const errors = doc.errors.map((e) => [e.path, e.message]).sort();
      assert.deepStrictEqual(errors, [['zz_dangling.txt', 'no such file or directory'], ['zz_loop.txt', 'too many levels of symbolic links']]);
      assert.ok(doc.files.some((f) => !f.path.includes('/') && f.path.endsWith('.txt')), 'the files are named the same way, from the workspace folder');
      assert.ok(doc.files.length >= 5, 'the seeds are exported all the same');
    } finally {
      fs.rmSync(dangling, { force: true });
      fs.rmSync(loop, { force: true });
    }
  });

  test('does not replace an existing file when told not to', async () => {
    const target = path.join(tmp, 'keep.yaml');
    fs.writeFileSync(target, 'precious');
    const result = await vscode.commands.executeCommand('vankien.exportTags', { scope: 'corpus', format: 'yaml', target, overwrite: false });
    assert.strictEqual(result, undefined);
    assert.strictEqual(fs.readFileSync(target, 'utf8'), 'precious');
  });

  test('never writes over a document it exports, nor reads an earlier export found in the folder it exports', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'vankien-own-'));
    const text = fs.readFileSync((await seedUris())[0].fsPath);
    fs.writeFileSync(path.join(folder, 'a.txt'), text);
    try {
      // The current file as its own target: refused, the document kept.
      const doc = path.join(folder, 'a.txt');
      const refused = await vscode.commands.executeCommand('vankien.exportTags', { scope: 'file', uri: vscode.Uri.file(doc).toString(), format: 'yaml', target: doc, overwrite: true });
      assert.strictEqual(refused, undefined);
      assert.deepStrictEqual(fs.readFileSync(doc), text);
      // An earlier export of the folder saved as .txt inside it, replaced: not read as a document.
      const earlier = path.join(folder, 'tags.txt');
      fs.writeFileSync(earlier, 'Chỉ thị số 99-CT/TW của Bộ Chính trị.\n');
      const result = await vscode.commands.executeCommand<ExportResult | undefined>('vankien.exportTags', { scope: 'folder', uri: vscode.Uri.file(folder).toString(), format: 'json', target: earlier, overwrite: true });
      assert.ok(result);
      const base = path.basename(folder);
      assert.deepStrictEqual(parseJson(fs.readFileSync(earlier, 'utf8')).files.map((f) => f.path), [`${base}/a.txt`]);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });

  test('writes nothing when none of the files could be read: a good export stays', async () => {
    const target = path.join(tmp, 'good.json');
    fs.writeFileSync(target, 'the export before');
    const gone = vscode.Uri.file(path.join(tmp, 'a-folder-gone-since'));
    const result = await vscode.commands.executeCommand('vankien.exportTags', { scope: 'folder', uri: gone.toString(), format: 'json', target, overwrite: true });
    assert.strictEqual(result, undefined);
    assert.strictEqual(fs.readFileSync(target, 'utf8'), 'the export before');
  });
});
