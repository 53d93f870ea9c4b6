// The catalogue the index consults for definitions: entries of the workspace's vankien.catalog.yaml
// files (with their place, so Go to Definition lands on them) before the built-in catalogue.
import * as vscode from 'vscode';
import { builtinCatalog } from '../core/catalog/catalog';
import { parseCatalogFile } from '../core/corpus/catalogFile';
import { CatalogEntry, CorpusIndex } from '../core/corpus/corpusIndex';
import { keyOfUri } from './convert';

const GLOB = '**/vankien.catalog.yaml';

export function builtinLookup(key: string): CatalogEntry[] {
  const e = builtinCatalog.lookup(key);
  return e ? [{ key: e.key, code: e.code, type: e.type, title: e.title, date: e.date, issuer: e.issuer, link: e.link }] : [];
}

export function registerWorkspaceCatalog(_context: vscode.ExtensionContext, index: CorpusIndex, log: vscode.LogOutputChannel): vscode.Disposable {
  const files = new Map<string, CatalogEntry[]>();
  let byKey = new Map<string, CatalogEntry[]>();
  const apply = () => {
    byKey = new Map();
    for (const uri of [...files.keys()].sort()) {
      for (const e of files.get(uri)!) byKey.set(e.key, [...(byKey.get(e.key) ?? []), e]);
    }
    index.setCatalog((key) => [...(byKey.get(key) ?? []), ...builtinLookup(key)]);
  };
  const load = async (uri: vscode.Uri) => {
    try {
      const text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
      const r = parseCatalogFile(keyOfUri(uri), text);
      for (const w of r.warnings) log.warn(`${uri.fsPath}: ${w}`);
      files.set(keyOfUri(uri), r.entries);
      log.info(`${uri.fsPath}: ${r.entries.length} catalogue entries`);
    } catch (err) {
      log.warn(`${uri.fsPath}: catalogue not read (${err instanceof Error ? err.message : String(err)})`);
      files.delete(keyOfUri(uri));
    }
    apply();
  };
  index.setCatalog(builtinLookup);
  void vscode.workspace.findFiles(GLOB, '**/node_modules/**').then((uris) => Promise.all(uris.map(load)));
  const watcher = vscode.workspace.createFileSystemWatcher(GLOB);
  watcher.onDidCreate(load);
  watcher.onDidChange(load);
  watcher.onDidDelete((uri) => {
    files.delete(keyOfUri(uri));
    apply();
  });
  return watcher;
}
