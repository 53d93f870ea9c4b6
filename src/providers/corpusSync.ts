// Keeps the corpus index equal to the workspace: a background scan on activation (with a progress
// notification when it takes a while), then file-system events (create, change, delete, rename) and
// editor events (unsaved text counts: an open document is indexed from its buffer, not the disk).
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { Config } from '../config';
import { CorpusIndex } from '../core/corpus/corpusIndex';
import { folderSearchGlobs, isCorpusPath } from '../core/corpus/glob';
import { CorpusFile, indexFilesParallel, ParallelIndexRun, workersPay } from '../core/corpus/parallelIndex';
import { decodeForIndex, readFileForIndex, ReadOutcome } from '../core/corpus/readPolicy';
import { keyOfUri } from './convert';

const NOTIFY_AFTER_MS = 1500;
const EDIT_DEBOUNCE_MS = 200;
const BUFFER_SCHEMES = new Set(['file', 'untitled', 'vscode-remote', 'vscode-vfs']);

export class CorpusSync implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private watchers: vscode.Disposable[] = [];
  private generation = 0;
  private readonly pendingEdits = new Map<string, NodeJS.Timeout>();
  /** The worker threads of the current full index, if it uses them. */
  private parallelRun: ParallelIndexRun | undefined;
  private readonly stateEmitter = new vscode.EventEmitter<void>();
  /** Fires when a full (re)index starts or ends. */
  readonly onDidChangeState = this.stateEmitter.event;
  indexing = false;
  /** Resolves when the current full index is done. */
  ready: Promise<void> = Promise.resolve();

  constructor(
    private readonly index: CorpusIndex,
    private readonly config: Config,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((d) => this.fromEditor(d)),
      vscode.workspace.onDidChangeTextDocument((e) => this.scheduleEdit(e.document)),
      vscode.workspace.onDidCloseTextDocument((d) => this.closed(d)),
      vscode.workspace.onDidRenameFiles((e) => e.files.forEach((f) => void this.renamed(f.oldUri, f.newUri))),
      vscode.workspace.onDidDeleteFiles((e) => e.files.forEach((uri) => this.deletedTree(uri))),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.reindex()),
      config.onDidChange((e) => {
        if (e.affectsConfiguration('vankien.corpus') || e.affectsConfiguration('vankien.maxFileSizeKB') || e.affectsConfiguration('files.exclude')) this.reindex();
      }),
    );
  }

  /** Whether a file belongs to the corpus by the include/exclude settings and files.exclude. */
  inCorpus(uri: vscode.Uri): boolean {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return false;
    // Like files.associations, an include may match the path inside the folder or the whole path
    // (`**/seeds/**/*.txt` must hold when the workspace folder is itself `seeds`); excludes match the
    // path inside the folder and each folder above the file.
    return isCorpusPath(path.posix.relative(folder.uri.path, uri.path), uri.path, this.config.include(folder), this.config.exclude(folder));
  }

  /** Folder-relative patterns to search and watch: each include as written (see folderSearchGlobs). */
  private candidateGlobs(folder: vscode.WorkspaceFolder): string[] {
    return [...new Set(this.config.include(folder).flatMap((g) => folderSearchGlobs(g, folder.uri.path)))];
  }

  /** The corpus files on disk, in every workspace folder or only under `within` (a folder). */
  async corpusFiles(within?: vscode.Uri, token?: vscode.CancellationToken): Promise<vscode.Uri[]> {
    const uris = new Map<string, vscode.Uri>();
    const prefix = within ? keyOfUri(within).replace(/\/+$/, '') + '/' : undefined;
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const folderKey = keyOfUri(folder.uri).replace(/\/+$/, '') + '/';
      // Only the folders that hold `within` or lie inside it.
      if (prefix && !prefix.startsWith(folderKey) && !folderKey.startsWith(prefix)) continue;
      const exclude = this.config.exclude(folder);
      const excludeGlob = exclude.length ? `{${exclude.join(',')}}` : null;
      for (const glob of this.candidateGlobs(folder)) {
        if (token?.isCancellationRequested) return [...uris.values()];
        for (const uri of await vscode.workspace.findFiles(new vscode.RelativePattern(folder, glob), excludeGlob, undefined, token)) {
          const key = keyOfUri(uri);
          if (prefix && !key.startsWith(prefix)) continue;
          if (this.inCorpus(uri)) uris.set(key, uri);
        }
      }
    }
    return [...uris.values()];
  }

  /**
   * Indexes the workspace again in the background. Documents are replaced in place and the ones that
   * left the corpus are dropped at the end, so hovers, references and symbols keep answering meanwhile.
   */
  reindex(): Promise<void> {
    const generation = ++this.generation;
    this.parallelRun?.cancel();
    this.parallelRun = undefined;
    this.watch();
    this.indexing = true;
    this.stateEmitter.fire();
    const started = Date.now();
    let report: ((done: number, total: number) => void) | undefined;
    let finish: () => void = () => undefined;
    const finished = new Promise<void>((resolve) => (finish = resolve));
    const timer = setTimeout(() => {
      void vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Văn Kiện: indexing the corpus'), cancellable: false },
        (progress) => {
          let last = 0;
          report = (done, total) => {
            const pct = (done / Math.max(1, total)) * 100;
            progress.report({ increment: pct - last, message: vscode.l10n.t('{0} of {1} files', done, total) });
            last = pct;
          };
          return finished;
        },
      );
    }, NOTIFY_AFTER_MS);
    this.ready = this.scan(generation, (d, t) => report?.(d, t))
      .catch((err) => this.log.error(`indexing failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`))
      .finally(() => {
        clearTimeout(timer);
        finish();
        if (generation === this.generation) {
          this.indexing = false;
          this.stateEmitter.fire();
          this.log.info(`indexed ${this.index.documentCount} documents, ${this.index.entityCount} entities in ${Date.now() - started} ms`);
        }
      });
    return this.ready;
  }

  private async scan(generation: number, progress: (done: number, total: number) => void): Promise<void> {
    const list = await this.corpusFiles();
    if (generation !== this.generation) return;
    this.log.info(`indexing ${list.length} files`);
    let done = 0;
    // Files on disk that no editor holds go to worker threads when there are enough of them to pay
    // for starting the workers; the rest (open buffers, remote files) is indexed here as before.
    const openKeys = new Set(vscode.workspace.textDocuments.map((d) => keyOfUri(d.uri)));
    const onDisk: vscode.Uri[] = [];
    let here: vscode.Uri[] = [];
    for (const uri of list) (uri.scheme === 'file' && !openKeys.has(keyOfUri(uri)) ? onDisk : here).push(uri);
    const workerScript = path.join(__dirname, 'extractWorker.js');
    if (onDisk.length) {
      const files: CorpusFile[] = onDisk.map((uri) => ({ key: keyOfUri(uri), path: uri.fsPath }));
      if (workersPay(files) && fs.existsSync(workerScript)) {
        const run = indexFilesParallel(this.index, files, {
          workerScript,
          maxBytes: this.config.maxFileSizeBytes,
          log: this.log,
          onProgress: (d) => progress(d, list.length),
          // An editor opened meanwhile holds the text that counts (fromEditor indexed it).
          accept: (key) => generation === this.generation && !vscode.workspace.textDocuments.some((d) => !d.isClosed && keyOfUri(d.uri) === key),
        });
        this.parallelRun = run;
        const stats = await run.done;
        if (this.parallelRun === run) this.parallelRun = undefined;
        if (generation !== this.generation) return;
        this.log.info(`indexed ${stats.files} files with ${stats.workers} worker thread(s) (${stats.byWorkers} by the workers` +
          (stats.workerFailures ? `, ${stats.workerFailures} worker failure(s), their files indexed here` : '') + ')');
        done = files.length;
      } else here = onDisk.concat(here);
    }
    for (const uri of here) {
      if (generation !== this.generation) return;
      const open = vscode.workspace.textDocuments.find((d) => keyOfUri(d.uri) === keyOfUri(uri));
      if (open) this.index.set(keyOfUri(uri), open.getText());
      else await this.fromDisk(uri);
      done++;
      if (done % 25 === 0) {
        progress(done, list.length);
        await new Promise((r) => setImmediate(r)); // let the extension host breathe
      }
    }
    progress(done, list.length);
    // Open documents of the language that lie outside the corpus globs are indexed too.
    for (const d of vscode.workspace.textDocuments) this.fromEditor(d);
    // What is indexed but no longer in the corpus (settings changed, a folder removed) leaves now.
    const keep = new Set(list.map(keyOfUri));
    for (const d of vscode.workspace.textDocuments) if (this.belongs(d)) keep.add(keyOfUri(d.uri));
    const gone = [...this.index.documents()].map((d) => d.uri).filter((key) => !keep.has(key));
    for (const key of gone) this.index.delete(key);
  }

  private watch(): void {
    this.watchers.forEach((w) => w.dispose());
    this.watchers = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      for (const glob of this.candidateGlobs(folder)) {
        const w = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, glob));
        const changed = (uri: vscode.Uri) => {
          if (this.isOpen(uri) || !this.inCorpus(uri)) return;
          void this.fromDisk(uri);
        };
        w.onDidCreate(changed);
        w.onDidChange(changed);
        // A deleted file leaves the corpus even when an editor still shows it, unless it holds unsaved edits.
        w.onDidDelete((uri) => {
          if (!this.isDirty(uri)) this.index.delete(keyOfUri(uri));
        });
        this.watchers.push(w);
      }
      // A folder deleted, moved or renamed outside the editor is one event for the folder: its
      // documents leave the index, and a folder that appears brings its corpus files in.
      const tree = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, '**'), false, true, false);
      tree.onDidCreate((uri) => void this.createdTree(uri));
      tree.onDidDelete((uri) => this.deletedTree(uri));
      this.watchers.push(tree);
    }
  }

  /** Keys of the indexed documents under a folder. */
  private keysUnder(uri: vscode.Uri): string[] {
    const prefix = keyOfUri(uri).replace(/\/+$/, '') + '/';
    const out: string[] = [];
    for (const doc of this.index.documents()) if (doc.uri.startsWith(prefix)) out.push(doc.uri);
    return out;
  }

  /** A file or folder is gone: it and everything under it leave the index, except unsaved buffers. */
  private deletedTree(uri: vscode.Uri): void {
    for (const key of [keyOfUri(uri), ...this.keysUnder(uri)]) {
      if (!this.isDirty(vscode.Uri.parse(key))) this.index.delete(key);
    }
  }

  private async isDirectory(uri: vscode.Uri): Promise<boolean> {
    try {
      return ((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.Directory) !== 0;
    } catch {
      return false;
    }
  }

  /** A folder appeared (created, moved or renamed into place): its corpus files come in. */
  private async createdTree(uri: vscode.Uri): Promise<void> {
    if (!(await this.isDirectory(uri))) return;
    for (const file of await this.corpusFiles(uri)) {
      if (!this.isOpen(file) && !this.index.has(keyOfUri(file))) await this.fromDisk(file);
    }
  }

  private isOpen(uri: vscode.Uri): boolean {
    const key = keyOfUri(uri);
    return vscode.workspace.textDocuments.some((d) => keyOfUri(d.uri) === key && !d.isClosed);
  }

  private isDirty(uri: vscode.Uri): boolean {
    const key = keyOfUri(uri);
    return vscode.workspace.textDocuments.some((d) => keyOfUri(d.uri) === key && !d.isClosed && d.isDirty);
  }

  /** Editor buffers that count: the corpus's files and other documents of the language, but not the
   *  copies VS Code opens for diffs and history (git:, …), which would double every reference. */
  private belongs(d: vscode.TextDocument): boolean {
    if (!BUFFER_SCHEMES.has(d.uri.scheme)) return false;
    return d.languageId === 'vankien' || (d.uri.scheme === 'file' && this.inCorpus(d.uri));
  }

  private fromEditor(d: vscode.TextDocument): void {
    if (!this.belongs(d)) return;
    const max = this.config.maxFileSizeBytes;
    let text = d.getText();
    if (text.length > max) {
      this.log.warn(`${d.uri.fsPath || d.uri.toString()}: truncated at ${Math.floor(max / 1024)} KB`);
      text = text.slice(0, max);
    }
    this.index.set(keyOfUri(d.uri), text);
  }

  private scheduleEdit(d: vscode.TextDocument): void {
    if (!this.belongs(d)) return;
    const key = keyOfUri(d.uri);
    clearTimeout(this.pendingEdits.get(key));
    this.pendingEdits.set(key, setTimeout(() => {
      this.pendingEdits.delete(key);
      if (!d.isClosed) this.fromEditor(d);
    }, EDIT_DEBOUNCE_MS));
  }

  /** Indexes pending edits of a document now (providers call it so that they answer on fresh text). */
  flush(uri: vscode.Uri): void {
    const key = keyOfUri(uri);
    const pending = this.pendingEdits.get(key);
    if (!pending) return;
    clearTimeout(pending);
    this.pendingEdits.delete(key);
    const d = vscode.workspace.textDocuments.find((x) => keyOfUri(x.uri) === key);
    if (d) this.fromEditor(d);
  }

  private closed(d: vscode.TextDocument): void {
    const key = keyOfUri(d.uri);
    clearTimeout(this.pendingEdits.get(key));
    this.pendingEdits.delete(key);
    // Unsaved edits are gone with the editor: the disk version counts again, or nothing.
    if (d.uri.scheme === 'file' && this.inCorpus(d.uri)) void this.fromDisk(d.uri);
    else this.index.delete(key);
  }

  /** A file or folder renamed in the editor: one event for a folder, which moves every document under it. */
  private async renamed(oldUri: vscode.Uri, newUri: vscode.Uri): Promise<void> {
    this.renamedFile(oldUri, newUri);
    const oldPrefix = keyOfUri(oldUri).replace(/\/+$/, '') + '/';
    const newPrefix = keyOfUri(newUri).replace(/\/+$/, '') + '/';
    for (const key of this.keysUnder(oldUri)) this.renamedFile(vscode.Uri.parse(key), vscode.Uri.parse(newPrefix + key.slice(oldPrefix.length)));
    await this.createdTree(newUri);
  }

  private renamedFile(oldUri: vscode.Uri, newUri: vscode.Uri): void {
    const oldKey = keyOfUri(oldUri);
    if (this.index.has(oldKey) && this.inCorpus(newUri)) this.index.rename(oldKey, keyOfUri(newUri));
    else {
      this.index.delete(oldKey);
      if (!this.inCorpus(newUri)) return;
      // Unsaved edits moved with the file: the buffer counts, not the disk.
      const open = vscode.workspace.textDocuments.find((d) => !d.isClosed && keyOfUri(d.uri) === keyOfUri(newUri));
      if (open) this.fromEditor(open);
      else void this.fromDisk(newUri);
    }
  }

  private async fromDisk(uri: vscode.Uri): Promise<void> {
    const key = keyOfUri(uri);
    const max = this.config.maxFileSizeBytes;
    let outcome: ReadOutcome;
    try {
      if (uri.scheme === 'file') outcome = readFileForIndex(uri.fsPath, max);
      else outcome = decodeForIndex(await vscode.workspace.fs.readFile(uri), max);
    } catch (err) {
      // A file that vanished or cannot be read is left out; the rest of the corpus goes on.
      this.log.warn(`${uri.fsPath || key}: skipped (${err instanceof Error ? err.message : String(err)})`);
      this.index.delete(key);
      return;
    }
    for (const w of outcome.warnings) this.log.warn(`${uri.fsPath || key}: ${w}`);
    if (outcome.text === null) {
      this.index.delete(key);
      return;
    }
    try {
      this.index.set(key, outcome.text);
    } catch (err) {
      this.log.error(`${uri.fsPath || key}: extraction failed (${err instanceof Error ? err.message : String(err)})`);
      this.index.delete(key);
    }
  }

  dispose(): void {
    this.generation++;
    this.parallelRun?.cancel();
    this.parallelRun = undefined;
    this.pendingEdits.forEach((t) => clearTimeout(t));
    this.watchers.forEach((w) => w.dispose());
    this.disposables.forEach((d) => d.dispose());
    this.stateEmitter.dispose();
  }
}
