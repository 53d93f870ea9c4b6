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
  // Each read of a file gets a number; a read that finishes after a newer one started (two quick saves,
  // a save then a delete) is dropped, so older content never replaces newer.
  const versions = new Map<string, number>();
  const bump = (key: string) => {
    const v = (versions.get(key) ?? 0) + 1;
    versions.set(key, v);
    return v;
  };
  const load = async (uri: vscode.Uri) => {
    if (isUnderNodeModules(uri)) return;
    const key = keyOfUri(uri);
    const version = bump(key);
    let entries: CatalogEntry[] | null = null;
    let warnings: string[] = [];
    let failure: string | null = null;
    try {
      const text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
      const r = parseCatalogFile(key, text);
      entries = r.entries;
      warnings = r.warnings;
    } catch (err) {
      failure = err instanceof Error ? err.message : String(err);
    }
    if (versions.get(key) !== version) return;
    if (entries) {
      for (const w of warnings) log.warn(`${uri.fsPath}: ${w}`);
      files.set(key, entries);
      log.info(`${uri.fsPath}: ${entries.length} catalogue entries`);
    } else {
      log.warn(`${uri.fsPath}: catalogue not read (${failure})`);
      files.delete(key);
    }
    apply();
  };
  index.setCatalog(builtinLookup);
  // No explicit exclude: files.exclude applies; dependencies' folders are left out here.
  void vscode.workspace.findFiles(GLOB).then(
    (uris) => Promise.all(uris.map(load)),
    (err: unknown) => log.error(`catalogue files not searched (${err instanceof Error ? err.message : String(err)})`),
  ).then(undefined, (err: unknown) => log.error(`catalogue files not loaded (${err instanceof Error ? err.message : String(err)})`));
  const watcher = vscode.workspace.createFileSystemWatcher(GLOB);
  watcher.onDidCreate(load);
  watcher.onDidChange(load);
  watcher.onDidDelete((uri) => {
    const key = keyOfUri(uri);
    bump(key);
    if (files.delete(key)) apply();
  });
  return watcher;
}

function isUnderNodeModules(uri: vscode.Uri): boolean {
  return uri.path.split('/').includes('node_modules');
}
