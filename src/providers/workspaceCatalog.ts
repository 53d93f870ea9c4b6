// The catalogue the index consults for definitions: entries of the workspace's vankien.catalog.yaml
// files (with their place, so Go to Definition lands on them) before the built-in catalogue.
import * as vscode from 'vscode';
import { builtinCatalog } from '../core/catalog/catalog';
import { CatalogFileEntry, CatalogProblem, describeProblem, parseCatalogFile } from '../core/corpus/catalogFile';
import { CatalogEntry, CorpusIndex } from '../core/corpus/corpusIndex';
import { keyOfUri } from './convert';
import { SOURCE } from './diagnostics';

const GLOB = '**/vankien.catalog.yaml';

export function builtinLookup(key: string): CatalogEntry[] {
  const e = builtinCatalog.lookup(key);
  return e ? [{ key: e.key, code: e.code, type: e.type, title: e.title, date: e.date, issuer: e.issuer, link: e.link }] : [];
}

/** A catalogue file's problem as the editor shows it on the file, in the interface language. */
function problemDiagnostic(p: CatalogProblem): vscode.Diagnostic {
  const message =
    p.kind === 'syntax' ? vscode.l10n.t('YAML error: {0}', p.detail) :
    p.kind === 'not-a-list' ? vscode.l10n.t('Expected a list of documents, or “documents:” with a list.') :
    p.kind === 'not-an-entry' ? vscode.l10n.t('Not an entry: an entry has a code, and may have a type, title, date, issuer and link.') :
    p.kind === 'not-text' ? vscode.l10n.t('{0} is not text; it is ignored.', p.detail) :
    p.kind === 'not-a-date' ? vscode.l10n.t('{0} is not a date written YYYY-MM-DD (or YYYY-MM); it is ignored.', p.detail) :
    p.kind === 'alias-is-a-code' ? vscode.l10n.t('The alias “{0}” names a document by its code, a document of its own; it is ignored.', p.detail) :
    p.kind === 'not-a-name' ? vscode.l10n.t('The alias “{0}” is not a document’s name as texts cite it (such as “Nghị quyết Hội nghị lần thứ 7 Ban Chấp hành Đảng bộ tỉnh khóa XX”); it is ignored.', p.detail) :
    vscode.l10n.t('An entry without a recognisable code or alias is skipped.');
  const d = new vscode.Diagnostic(new vscode.Range(p.line, 0, p.line, Number.MAX_SAFE_INTEGER), message, vscode.DiagnosticSeverity.Warning);
  d.source = SOURCE;
  return d;
}

export function registerWorkspaceCatalog(_context: vscode.ExtensionContext, index: CorpusIndex, log: vscode.LogOutputChannel): vscode.Disposable {
  const files = new Map<string, CatalogFileEntry[]>();
  // What each catalogue file gets wrong, shown on the file itself (the Problems panel lists it too).
  const problems = vscode.languages.createDiagnosticCollection('vankien.catalog');
  let byKey = new Map<string, CatalogEntry[]>();
  const apply = () => {
    byKey = new Map();
    for (const uri of [...files.keys()].sort()) {
      // An entry answers for its code and for the names it gives (a plenum's resolution by its name).
      for (const e of files.get(uri)!) for (const k of [e.key, ...e.aliases]) byKey.set(k, [...(byKey.get(k) ?? []), e]);
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
    let entries: CatalogFileEntry[] | null = null;
    let warnings: CatalogProblem[] = [];
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
      for (const w of warnings) log.warn(`${uri.fsPath}: ${describeProblem(w)}`);
      problems.set(uri, warnings.map(problemDiagnostic));
      files.set(key, entries);
      log.info(`${uri.fsPath}: ${entries.length} catalogue entries`);
    } else {
      log.warn(`${uri.fsPath}: catalogue not read (${failure})`);
      problems.set(uri, [new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), vscode.l10n.t('The catalogue could not be read: {0}', failure ?? ''), vscode.DiagnosticSeverity.Error)]);
      files.delete(key);
    }
    apply();
  };
  index.setCatalog(builtinLookup);
  // No explicit exclude: files.exclude applies; dependencies' folders are left out here.
  const search = (where: vscode.GlobPattern) => void vscode.workspace.findFiles(where).then(
    (uris) => Promise.all(uris.map(load)),
    (err: unknown) => log.error(`catalogue files not searched (${err instanceof Error ? err.message : String(err)})`),
  ).then(undefined, (err: unknown) => log.error(`catalogue files not loaded (${err instanceof Error ? err.message : String(err)})`));
  search(GLOB);
  // A folder added to the workspace brings its catalogues; one removed takes its own away (those of a
  // folder still in the workspace, nested in it or holding it, stay).
  const folders = vscode.workspace.onDidChangeWorkspaceFolders((e) => {
    for (const f of e.added) {
      log.info(`${f.uri.fsPath || f.uri.toString()}: folder added, looking for its catalogue`);
      search(new vscode.RelativePattern(f, GLOB));
    }
    if (e.removed.length === 0) return;
    let dropped = false;
    for (const key of [...files.keys()]) {
      const uri = vscode.Uri.parse(key);
      if (vscode.workspace.getWorkspaceFolder(uri)) continue;
      bump(key);
      files.delete(key);
      problems.delete(uri);
      dropped = true;
    }
    if (dropped) apply();
  });
  const watcher = vscode.workspace.createFileSystemWatcher(GLOB);
  watcher.onDidCreate(load);
  watcher.onDidChange(load);
  watcher.onDidDelete((uri) => {
    const key = keyOfUri(uri);
    bump(key);
    problems.delete(uri);
    if (files.delete(key)) apply();
  });
  return vscode.Disposable.from(watcher, problems, folders);
}

function isUnderNodeModules(uri: vscode.Uri): boolean {
  return uri.path.split('/').includes('node_modules');
}
