// Keeps the corpus index equal to the workspace: a background scan on activation (with a progress
// notification when it takes a while), then file-system events (create, change, delete, rename) and
// editor events (unsaved text counts: an open document is indexed from its buffer, not the disk).
// With a workspace storage folder, the extraction results of the files on disk are kept in an index
// cache there (core/corpus/indexCache.ts): a start with unchanged files loads them from it and reads
// only what changed; the cache is written after a full index and, when files changed, every 30 s at
// most and on dispose.
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { Config } from '../config';
import { ANNOUNCE_MS, CorpusIndex } from '../core/corpus/corpusIndex';
import { nextTurn, Slice } from '../core/slices';
import { folderSearchGlobs, isCorpusPath, isExcludedPath } from '../core/corpus/glob';
import { describeWalkError, walkCorpusFolder, WalkError } from '../core/corpus/walk';
import { folderPrefix, Touched } from '../core/corpus/touched';
import { isCorpusFileName } from '../core/export/collect';
import {
  CACHE_FILE_NAME, CachedDocument, cacheFingerprint, DiskOutcomes, DiskStamp, keepUnchanged, loadFromCache, readIndexCache, stampFilesSliced, StampedFile, statStamp,
  writeIndexCache, writeIndexCacheSync,
} from '../core/corpus/indexCache';
import type { FileOutcome } from '../core/corpus/extractWorker';
import { CorpusFile, indexFilesParallel, ParallelIndexOptions, ParallelIndexRun, workersPay } from '../core/corpus/parallelIndex';
import { LEFT_OUT_FILE_NAME, LeftOut, leftOutFingerprint } from '../core/corpus/leftOut';
import { decodeForIndex, readFileForIndex, ReadOutcome, truncateAsOnDisk } from '../core/corpus/readPolicy';
import { lineStarts } from '../core/text/lines';
import { inertInNotification } from '../core/text/untrusted';
import { keyOfUri } from './convert';

const NOTIFY_AFTER_MS = 1500;
/** How often the indexing notification is updated. */
const PROGRESS_EVERY_MS = 250;
const EDIT_DEBOUNCE_MS = 200;
const BUFFER_SCHEMES = new Set(['file', 'untitled', 'vscode-remote', 'vscode-vfs']);
const CACHE_WRITE_DELAY_MS = 30_000;

/** Where the index cache lives and what made it. */
export interface IndexCacheLocation {
  /** The extension's workspace storage folder (created when needed). */
  dir: string;
  /** The extension's version (part of the cache's fingerprint). */
  version: string;
}

export type ReindexMode = 'reuse' | 'cache' | 'rebuild';

/** The first bytes of a file (its byte-order mark, if any), or null when it cannot be read. */
function headOf(file: string): Uint8Array | null {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    const buf = Buffer.alloc(3);
    return buf.subarray(0, fs.readSync(fd, buf, 0, 3, 0));
  } catch {
    return null;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** What an export of a chosen folder looks through: every file, kept when its name is a corpus file's (isCorpusFileName, any case), as the command-line tool does. */
const EXPORT_INCLUDE = ['**'];

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
  /** The outcomes extracted from (or loaded for) the files on disk: what the index cache may hold. */
  private readonly diskOutcomes = new DiskOutcomes();
  private cacheTimer: NodeJS.Timeout | undefined;
  private cacheWriting: Promise<void> | undefined;
  private disposed = false;
  /**
   * Documents and folders the watchers or the editors changed since the current full index began: a
   * result the full index read or loaded earlier (a worker's, the cache's) must not replace what they put in.
   */
  private touched = new Touched();
  /** diskOutcomes.version when a start found the cache without postings that fit, its documents all loaded (see loadCache). */
  private postingsOnlyAt = -1;
  /** The write under way only adds the postings to what the file holds. */
  private writingPostingsOnly = false;
  /** The synchronous write at shutdown replaced the file: a background write still under way is older. */
  private shutdownWritten = false;
  /** The read size limit of the last full index (its remembered outcomes were read under it). */
  private readLimit: number | undefined;
  /** Files that stopped an extraction worker: out while they do not change (core/corpus/leftOut.ts). */
  private readonly leftOut: LeftOut;
  /** The latest read of each left-out file that changed, under way on a worker (see leftOutFromDisk). */
  private readonly leftOutReads = new Map<string, number>();
  private leftOutReadCount = 0;
  /** The run under way for each left-out file (see onWorkerAlone): one at a time, the latest read's. */
  private readonly leftOutRuns = new Map<string, ParallelIndexRun>();
  /** The left-out documents the user was told of (tellLeftOut), once each. */
  private readonly toldLeftOut = new Set<string>();

  constructor(
    private readonly index: CorpusIndex,
    private readonly config: Config,
    private readonly log: vscode.LogOutputChannel,
    private readonly cache?: IndexCacheLocation,
  ) {
    this.leftOut = new LeftOut(cache ? path.join(cache.dir, LEFT_OUT_FILE_NAME) : undefined);
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
  inCorpus(uri: vscode.Uri, rules?: Map<string, { include: string[]; exclude: string[] }>): boolean {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return false;
    // Like files.associations, an include may match the path inside the folder or the whole path
    // (`**/seeds/**/*.txt` must hold when the workspace folder is itself `seeds`); excludes match the
    // path inside the folder and each folder above the file.
    const id = folder.uri.toString();
    let r = rules?.get(id);
    if (!r) {
      r = { include: this.config.include(folder), exclude: this.config.exclude(folder) };
      rules?.set(id, r);
    }
    return isCorpusPath(path.posix.relative(folder.uri.path, uri.path), uri.path, r.include, r.exclude);
  }

  /** Folder-relative patterns to search and watch: each include as written (see folderSearchGlobs). */
  private candidateGlobs(folder: vscode.WorkspaceFolder): string[] {
    return [...new Set(this.config.include(folder).flatMap((g) => folderSearchGlobs(g, folder.uri.path)))];
  }

  /**
   * The corpus files on disk, in every workspace folder or only under `within` (a folder). `problems`
   * gets the folders that could not be read and the links to corpus files that could not be followed.
   */
  async corpusFiles(within?: vscode.Uri, token?: vscode.CancellationToken, problems?: WalkError[]): Promise<vscode.Uri[]> {
    const uris = new Map<string, vscode.Uri>();
    const prefix = within ? keyOfUri(within).replace(/\/+$/, '') + '/' : undefined;
    // The settings read once per folder, not once per file (reading them costs more than the match).
    const rules = new Map<string, { include: string[]; exclude: string[] }>();
    const searches: Promise<{ uris: vscode.Uri[]; checked: boolean; errors: WalkError[] }>[] = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const folderKey = keyOfUri(folder.uri).replace(/\/+$/, '') + '/';
      // Only the folders that hold `within` or lie inside it.
      if (prefix && !prefix.startsWith(folderKey) && !folderKey.startsWith(prefix)) continue;
      searches.push(this.filesOf(folder, within, token));
    }
    const reported = new Set<string>();
    for (const found of await Promise.all(searches)) {
      if (token?.isCancellationRequested) break;
      // Each once (nested workspace folders are walked twice), a link only when its folder's rules take it.
      for (const e of found.errors) {
        if (reported.has(e.path) || (e.kind === 'link' && !found.checked && !this.inCorpus(vscode.Uri.file(e.path), rules))) continue;
        reported.add(e.path);
        problems?.push(e);
      }
      for (const uri of found.uris) {
        const key = keyOfUri(uri);
        if (prefix && !key.startsWith(prefix)) continue;
        if (found.checked || this.inCorpus(uri, rules)) uris.set(key, uri);
      }
    }
    return [...uris.values()];
  }

  /**
   * The text files of a folder a person chose to export (`*.txt`, `*.vankien`), as the command-line
   * tool finds them: choosing the folder includes them, whatever `vankien.corpus.include` says;
   * `vankien.corpus.exclude` and `files.exclude` still leave files out. A folder outside the workspace
   * is walked with the default excludes.
   */
  async folderFiles(within: vscode.Uri, token?: vscode.CancellationToken, problems?: WalkError[]): Promise<vscode.Uri[]> {
    const folder = vscode.workspace.getWorkspaceFolder(within);
    const exclude = this.config.exclude(folder);
    if (within.scheme === 'file') {
      const root = folder && folder.uri.scheme === 'file' ? folder.uri.fsPath : within.fsPath;
      const walked = await walkCorpusFolder(root, { include: EXPORT_INCLUDE, exclude, within: within.fsPath, cancelled: () => token?.isCancellationRequested === true });
      this.logWalkErrors(walked.errors);
      // A link that cannot be followed counts when its name is a corpus file's.
      problems?.push(...walked.errors.filter((e) => e.kind === 'folder' || isCorpusFileName(e.path)));
      // A file of a workspace folder nested in this one answers to that folder's excludes, as the index
      // has it (the settings read once per folder).
      const excludes = new Map<vscode.WorkspaceFolder, string[]>();
      const nestedExcluded = (f: string): boolean => {
        const owner = vscode.workspace.getWorkspaceFolder(vscode.Uri.file(f));
        if (!owner || owner === folder || owner.uri.scheme !== 'file') return false;
        let ex = excludes.get(owner);
        if (!ex) excludes.set(owner, (ex = this.config.exclude(owner)));
        return isExcludedPath(path.relative(owner.uri.fsPath, f).split(path.sep).join('/'), ex);
      };
      return walked.files.filter((f) => isCorpusFileName(f) && !nestedExcluded(f)).map((f) => vscode.Uri.file(f));
    }
    const excludeGlob = exclude.length ? `{${exclude.join(',')}}` : null;
    const found = await vscode.workspace.findFiles(new vscode.RelativePattern(within, EXPORT_INCLUDE[0]), excludeGlob, undefined, token);
    return found.filter((u) => isCorpusFileName(u.path));
  }

  private logWalkErrors(errors: readonly WalkError[]): void {
    for (const e of errors.slice(0, 20)) this.log.warn(`not read: ${describeWalkError(e)}`);
    if (errors.length > 20) this.log.warn(`and ${errors.length - 20} more not read`);
  }

  /**
   * The candidate corpus files of one workspace folder: a local folder is walked (core/corpus/walk.ts,
   * tens of milliseconds at 10,000 files); any other, or a walk that fails, is searched by the editor
   * (≈ 1 s at 10,000 files: a search process, then every result sent across processes).
   */
  private async filesOf(folder: vscode.WorkspaceFolder, within: vscode.Uri | undefined, token?: vscode.CancellationToken): Promise<{ uris: vscode.Uri[]; checked: boolean; errors: WalkError[] }> {
    const exclude = this.config.exclude(folder);
    if (folder.uri.scheme === 'file' && (!within || within.scheme === 'file')) {
      try {
        const walked = await walkCorpusFolder(folder.uri.fsPath, {
          include: this.config.include(folder), exclude, within: within?.fsPath, cancelled: () => token?.isCancellationRequested === true,
        });
        this.logWalkErrors(walked.errors);
        // The walk applied this folder's rules; a file of a workspace folder nested in it answers to that one's.
        const root = keyOfUri(folder.uri).replace(/\/+$/, '') + '/';
        const nested = (vscode.workspace.workspaceFolders ?? []).some((f) => f !== folder && keyOfUri(f.uri).startsWith(root));
        return { uris: walked.files.map((f) => vscode.Uri.file(f)), checked: !nested, errors: walked.errors };
      } catch (err) {
        this.log.warn(`${folder.uri.fsPath}: walking the folder failed (${err instanceof Error ? err.message : String(err)}); searching it instead`);
      }
    }
    const excludeGlob = exclude.length ? `{${exclude.join(',')}}` : null;
    // Patterns without braces of their own go in one group: one search of the folder instead of one each.
    const globs = this.candidateGlobs(folder);
    const plain = globs.filter((g) => !/[{}]/.test(g));
    const patterns = plain.length > 1 ? [`{${plain.join(',')}}`, ...globs.filter((g) => /[{}]/.test(g))] : globs;
    const found = await Promise.all(patterns.map((glob) => vscode.workspace.findFiles(new vscode.RelativePattern(folder, glob), excludeGlob, undefined, token)));
    return { uris: found.flat(), checked: false, errors: [] };
  }

  /**
   * Indexes the workspace again in the background. Documents are replaced in place and the ones that
   * left the corpus are dropped at the end, so hovers, references and symbols keep answering meanwhile.
   * How much is read again:
   * - 'reuse' (settings or folders changed): documents the index read from files unchanged since stay
   *   as they are; other files unchanged since the index cache was written are loaded from it;
   * - 'cache': every file unchanged since the cache was written is loaded from it (what a start does);
   * - 'rebuild': every file is read and extracted, and the cache written anew.
   */
  reindex(mode: ReindexMode = 'reuse'): Promise<void> {
    const generation = ++this.generation;
    this.parallelRun?.cancel();
    this.parallelRun = undefined;
    for (const run of this.leftOutRuns.values()) run.cancel();
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
          let lastAt = 0;
          report = (done, total) => {
            // A few times a second is enough to watch: a batch of files is done every few milliseconds,
            // and each report is a message to the window and a redraw of the notification.
            const now = Date.now();
            if (done < total && now - lastAt < PROGRESS_EVERY_MS) return;
            lastAt = now;
            const pct = (done / Math.max(1, total)) * 100;
            progress.report({ increment: pct - last, message: vscode.l10n.t('{0} of {1} files', done, total) });
            last = pct;
          };
          return finished;
        },
      );
    }, NOTIFY_AFTER_MS);
    this.ready = this.scan(generation, (d, t) => report?.(d, t), mode)
      .catch((err) => this.log.error(`indexing failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`))
      .finally(() => {
        clearTimeout(timer);
        finish();
        if (generation === this.generation) {
          this.indexing = false;
          this.stateEmitter.fire();
          this.log.info(`indexed ${this.index.documentCount} documents, ${this.index.entityCount} entities in ${Date.now() - started} ms ` +
            `(extension host heap ${Math.round(process.memoryUsage().heapUsed / 1048576)} MB)`);
        }
      });
    return this.ready;
  }

  private async scan(generation: number, progress: (done: number, total: number) => void, mode: ReindexMode): Promise<void> {
    // What the user is looking at comes first: the documents open in editors (those of the language
    // outside the corpus globs too) are indexed before the folder is even listed, so that their hovers
    // and highlights answer while the rest is read; their edits since go in as they come.
    for (const d of vscode.workspace.textDocuments) if (this.counts(d)) this.fromEditor(d);
    // From here on, what the watchers and the editors change is this index's to respect (see accept).
    const touched = (this.touched = new Touched());
    const listed = Date.now();
    const list = await this.corpusFiles();
    if (generation !== this.generation) return;
    this.log.info(`indexing ${list.length} files (listed in ${Date.now() - listed} ms)`);
    let done = 0;
    // Files on disk that no editor holds go to worker threads when there are enough of them to pay
    // for starting the workers; the rest (open buffers, remote files) is indexed here as before.
    const openKeys = new Set(vscode.workspace.textDocuments.map((d) => keyOfUri(d.uri)));
    let onDisk: vscode.Uri[] = [];
    let here: vscode.Uri[] = [];
    for (const uri of list) (uri.scheme === 'file' && !openKeys.has(keyOfUri(uri)) ? onDisk : here).push(uri);
    const workerScript = path.join(__dirname, 'extractWorker.js');
    const useCache = this.cacheEnabled;
    const unreadable = await this.leftOut.load(leftOutFingerprint(this.cache?.version ?? '', this.config.maxFileSizeBytes));
    if (generation !== this.generation) return;
    if (unreadable) this.log.warn(`the list of files left out could not be read (${unreadable}); it starts again`);
    // What the last index read from disk, for the files that did not change since (see loadCache).
    const wasChanged = this.diskOutcomes.changed;
    const previous = mode === 'reuse' && this.readLimit === this.config.maxFileSizeBytes ? this.diskOutcomes.take() : new Map<string, CachedDocument & { path: string }>();
    this.diskOutcomes.clear();
    this.diskOutcomes.changed = true;
    this.readLimit = this.config.maxFileSizeBytes;
    // Editors opened meanwhile hold the text that counts (fromEditor indexed it), a file changed on
    // disk meanwhile was read again by its watcher, and a folder deleted or renamed took its files along.
    const accept = (key: string) =>
      generation === this.generation && !touched.has(key) && !vscode.workspace.textDocuments.some((d) => !d.isClosed && keyOfUri(d.uri) === key);
    if (this.leftOut.size) {
      // Files gone are forgotten; a rebuild tries the others again (on a worker).
      for (const key of this.leftOut.keys()) {
        const uri = vscode.Uri.parse(key);
        if (uri.scheme !== 'file' || !statStamp(uri.fsPath)) this.leftOut.delete(key);
      }
      if (mode === 'rebuild') this.leftOut.retryAll();
    }
    if (onDisk.length && this.leftOut.size) {
      // A file that stopped an extraction worker stays out while it is as it was.
      const out = onDisk.filter((uri) => this.leftOut.has(keyOfUri(uri)) && this.leftOut.holds(keyOfUri(uri), statStamp(uri.fsPath)));
      for (const uri of out) {
        this.logHeld(uri);
        this.index.delete(keyOfUri(uri));
      }
      if (out.length) {
        const skip = new Set(out);
        onDisk = onDisk.filter((uri) => !skip.has(uri));
        done += out.length;
      }
    }
    if (onDisk.length) {
      let files: CorpusFile[] = onDisk.map((uri) => ({ key: keyOfUri(uri), path: uri.fsPath }));
      const stamps = new Map<string, StampedFile>();
      if (useCache) {
        const before = done;
        const rest = await this.loadCache(generation, files, stamps, accept, (d) => progress(before + d, list.length), mode !== 'rebuild', previous, wasChanged);
        if (rest === undefined) return;
        done += files.length - rest.length;
        const left = new Set(rest.map((f) => f.key));
        onDisk = onDisk.filter((uri) => left.has(keyOfUri(uri)));
        files = rest;
      }
      // With the cache on, every result extracted from disk is remembered with the stamp taken before.
      const remember = (o: FileOutcome) => {
        const stamp = stamps.get(o.key);
        if (stamp && generation === this.generation) this.diskOutcomes.recordOutcome(stamp, o);
      };
      // A file left out before that changed since is read on a worker, however few files there are.
      const afterLeftOut = files.some((f) => this.leftOut.has(f.key));
      if (files.length && (workersPay(files) || afterLeftOut) && fs.existsSync(workerScript)) {
        const before = done;
        const runStarted = Date.now();
        const run = indexFilesParallel(this.index, files, {
          workerScript,
          maxBytes: this.config.maxFileSizeBytes,
          suspects: afterLeftOut ? new Set(files.filter((f) => this.leftOut.has(f.key)).map((f) => f.key)) : undefined,
          log: this.log,
          onProgress: (d) => progress(before + d, list.length),
          accept,
          onApplied: (o) => {
            if (useCache) remember(o);
            if (o.error === null) this.leftOut.delete(o.key);
          },
          // Listed as it happens (the window may close before the run ends), with its stamp from before the read.
          onLeftOut: (key) => this.addLeftOut(key, stamps.get(key) ?? statStamp(vscode.Uri.parse(key).fsPath)),
        });
        this.parallelRun = run;
        const stats = await run.done;
        if (this.parallelRun === run) this.parallelRun = undefined;
        this.saveLeftOut();
        if (generation !== this.generation) return;
        this.log.info(`indexed ${stats.files} files in ${Date.now() - runStarted} ms with ${stats.workers} worker thread(s) (${stats.byWorkers} by the workers` +
          (stats.workerFailures ? `, ${stats.workerFailures} worker failure(s)` : '') +
          (stats.stalledFiles ? `, ${stats.stalledFiles} file(s) left out` : '') +
          `; busy: workers ${(stats.workerMs / 1000).toFixed(1)} s, this thread ${(stats.mainMs / 1000).toFixed(1)} s)`);
        done += files.length;
      } else here = onDisk.concat(here);
    }
    // As the parallel index does: the listeners hear of these documents once a second.
    const held = this.index.hold();
    try {
      let announced = Date.now();
      const slice = new Slice();
      for (const uri of here) {
        if (generation !== this.generation) return;
        const open = vscode.workspace.textDocuments.find((d) => keyOfUri(d.uri) === keyOfUri(uri));
        // An open file is cut at the size limit as it is when it opens (fromEditor).
        if (open) this.fromEditor(open);
        else await this.fromDisk(uri);
        done++;
        // A few milliseconds of files at a time, as the parallel index does: a request waits for no more.
        if (slice.over) {
          progress(done, list.length);
          if (Date.now() - announced >= ANNOUNCE_MS) {
            held.flush();
            announced = Date.now();
          }
          await slice.pause(); // let the extension host breathe
        }
      }
    } finally {
      held.release();
    }
    progress(done, list.length);
    // What is indexed but no longer in the corpus (settings changed, a folder removed) leaves now. The
    // files created, changed or renamed into the corpus since it was listed came in through the
    // watchers, after the listing: they stay.
    const keep = new Set(list.map(keyOfUri));
    for (const d of vscode.workspace.textDocuments) if (this.belongs(d) && this.counts(d)) keep.add(keyOfUri(d.uri));
    for (const key of touched.documents()) if (this.index.has(key) && this.inCorpus(vscode.Uri.parse(key))) keep.add(key);
    this.index.deleteAll([...this.index.documents()].map((d) => d.uri).filter((key) => !keep.has(key)));
    if (useCache && generation === this.generation) void this.saveCache();
    this.saveLeftOut();
  }

  private get cacheEnabled(): boolean {
    return this.cache !== undefined && vscode.workspace.getConfiguration('vankien').get<boolean>('index.cache', true);
  }

  private get cacheFile(): string {
    return path.join(this.cache!.dir, CACHE_FILE_NAME);
  }

  /** The extension's version, the read limit, and the size and date of this build's code. */
  private fingerprint(): string {
    const build = [__filename, path.join(__dirname, 'extractWorker.js')]
      .map((f) => statStamp(f))
      .map((s) => (s ? `${s.size}@${Math.floor(s.mtimeMs)}` : '-'))
      .join(',');
    return cacheFingerprint({ extensionVersion: this.cache!.version, maxBytes: this.config.maxFileSizeBytes, build });
  }

  /**
   * Puts in the index what the index cache holds for files whose size and mtime did not change, and
   * returns the files left to read (undefined when a newer index superseded this one). Every file is
   * stat'ed into `stamps` first: the stamp a result read later is remembered with.
   */
  private async loadCache(
    generation: number, files: readonly CorpusFile[], stamps: Map<string, StampedFile>, accept: (key: string) => boolean, progress: (done: number) => void,
    read: boolean, previous: ReadonlyMap<string, CachedDocument & { path: string }>, wasChanged: boolean,
  ): Promise<CorpusFile[] | undefined> {
    const t0 = Date.now();
    const all = await stampFilesSliced(files, nextTurn);
    if (generation !== this.generation) return undefined;
    let stamped = all.stamped;
    const unstamped = all.unstamped;
    for (const f of stamped) stamps.set(f.key, f);
    if (!read) {
      this.log.info(`rebuilding: the index cache is not read; ${files.length} files to read`);
      return [...files];
    }
    // A re-index (settings, folders changed) keeps the documents the index read from files that have
    // not changed since: no reading, no decoding.
    let kept = 0;
    if (previous.size) {
      ({ rest: stamped, kept } = keepUnchanged(stamped, previous, this.diskOutcomes, (key) => this.index.has(key) && accept(key)));
      if (kept) this.log.info(`${kept} unchanged documents kept from the index as they are`);
      if (stamped.length === 0 && unstamped.length === 0) {
        // Nothing else to read: the cache file is as up to date as before, less the files that left.
        if (kept === previous.size && this.touched.noDocuments) this.diskOutcomes.changed = wasChanged;
        progress(kept);
        return [];
      }
    }
    // A few small files are extracted sooner than the cache is read (their results are still cached).
    const left: CorpusFile[] = stamped.map((f) => ({ key: f.key, path: f.path })).concat(unstamped);
    if (!workersPay(left)) {
      this.log.info(`index cache not read for ${left.length} small files: extracting them is as quick`);
      return left;
    }
    const cached = await readIndexCache(this.cacheFile, this.fingerprint());
    if (generation !== this.generation) return undefined;
    let rest: StampedFile[] = stamped;
    let loaded = 0;
    let how = '';
    if (cached.status === 'invalid') this.log.warn(`index cache ignored: ${cached.reason}; every file is read`);
    else if (cached.status === 'ok') {
      const r = await loadFromCache(this.index, cached.cache, stamped, { accept, pause: nextTurn, cancelled: () => generation !== this.generation });
      if (r.cancelled || generation !== this.generation) return undefined;
      if (r.failure) this.log.warn(`index cache: loading stopped (${r.failure}); the rest is read from disk`);
      for (const e of r.loaded) {
        this.diskOutcomes.set(e);
        // The read policy's notes (a truncated file) as when the file was read.
        for (const w of e.outcome.warnings) this.log.warn(`${e.path}: ${w}`);
      }
      // The file holds just what was loaded: nothing to write unless something is read now (or a
      // watcher recorded a change meanwhile), or the file lacks postings that fit (written at shutdown,
      // which leaves them out): written again with them, the next start puts them in as they are.
      if (!r.failure && kept + r.loaded.length === cached.cache.documents && this.touched.noDocuments) {
        if (r.postingsFit) this.diskOutcomes.changed = false;
        else {
          this.postingsOnlyAt = this.diskOutcomes.version;
          this.log.info(`index cache: ${cached.cache.hasPostings ? 'its postings did not fit its documents' : 'written without the postings'}; it is written again with them`);
        }
      }
      loaded = r.loaded.length;
      how = r.viaPostings ? ` (${r.viaPostings} with the postings as the file holds them)` : ' (one by one)';
      rest = r.rest;
      progress(kept + loaded);
    }
    const toRead: CorpusFile[] = rest.map((f) => ({ key: f.key, path: f.path })).concat(unstamped);
    this.log.info(`loaded ${loaded} documents from the index cache${how} in ${Date.now() - t0} ms; ${toRead.length} to read`);
    return toRead;
  }

  /** The outcomes of files on disk changed: the cache is written again within CACHE_WRITE_DELAY_MS. */
  private scheduleCacheWrite(): void {
    if (this.cacheTimer || this.disposed || !this.cacheEnabled) return;
    this.cacheTimer = setTimeout(() => {
      this.cacheTimer = undefined;
      if (this.indexing) return; // the index in progress writes it when it is done
      void this.saveCache();
    }, CACHE_WRITE_DELAY_MS);
  }

  /** Writes the cache (in the background, frame by frame) when the remembered outcomes changed. */
  private saveCache(): Promise<void> {
    clearTimeout(this.cacheTimer);
    this.cacheTimer = undefined;
    if (this.disposed || !this.cacheEnabled) return Promise.resolve();
    if (this.cacheWriting) {
      // One write at a time; the next one follows.
      this.scheduleCacheWrite();
      return this.cacheWriting;
    }
    if (!this.diskOutcomes.changed) return Promise.resolve();
    const t0 = Date.now();
    this.writingPostingsOnly = this.diskOutcomes.version === this.postingsOnlyAt;
    const docs = this.diskOutcomes.snapshot();
    const file = this.cacheFile;
    const options = { pause: nextTurn, cancelled: () => this.disposed, superseded: () => this.shutdownWritten, index: this.index };
    this.cacheWriting = writeIndexCache(file, this.fingerprint(), docs, options)
      .then(
        (stats) => this.log.info(`index cache: wrote ${stats.documents} documents (${(stats.bytes / 1048576).toFixed(1)} MB) in ${Date.now() - t0} ms`),
        (err) => {
          this.diskOutcomes.changed = true;
          if (!this.disposed) this.log.warn(`index cache not written (${err instanceof Error ? err.message : String(err)})`);
        },
      )
      .finally(() => {
        this.cacheWriting = undefined;
        if (this.diskOutcomes.changed) this.scheduleCacheWrite();
      });
    return this.cacheWriting;
  }

  /** A file's disk content changed or is gone: its remembered outcome no longer counts. */
  private forgetDisk(key: string): void {
    this.touched.add(key);
    if (!this.diskOutcomes.has(key)) return;
    this.diskOutcomes.delete(key);
    this.scheduleCacheWrite();
  }

  private watch(): void {
    this.watchers.forEach((w) => w.dispose());
    this.watchers = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      for (const glob of this.candidateGlobs(folder)) {
        const w = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, glob));
        const changed = (uri: vscode.Uri) => {
          this.forgetDisk(keyOfUri(uri));
          if (this.isOpen(uri) || !this.inCorpus(uri)) return;
          void this.fromDisk(uri);
        };
        w.onDidCreate(changed);
        w.onDidChange(changed);
        // A deleted file leaves the corpus even when an editor still shows it, unless it holds unsaved edits.
        w.onDidDelete((uri) => {
          this.forgetDisk(keyOfUri(uri));
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
    const prefix = folderPrefix(keyOfUri(uri));
    const out: string[] = [];
    for (const doc of this.index.documents()) if (doc.uri.startsWith(prefix)) out.push(doc.uri);
    return out;
  }

  /** A file or folder is gone: it and everything under it leave the index, except unsaved buffers. */
  private deletedTree(uri: vscode.Uri): void {
    const prefix = folderPrefix(keyOfUri(uri));
    // Documents under it that a full index under way listed but has not put in yet stay out too.
    if (this.inCorpus(uri)) this.touched.add(keyOfUri(uri));
    if (this.indexing) this.touched.addFolder(keyOfUri(uri));
    for (const key of this.diskOutcomes.keys()) if (key === keyOfUri(uri) || key.startsWith(prefix)) this.forgetDisk(key);
    // All at once: a folder of thousands of documents leaves the index in one pass over each posting.
    this.index.deleteAll([keyOfUri(uri), ...this.keysUnder(uri)].filter((key) => !this.isDirty(vscode.Uri.parse(key))));
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

  /**
   * Whether an editor's buffer is what counts for its document: not when the editor is gone, nor when
   * its file was deleted and it holds no unsaved edits (VS Code keeps such a buffer a while after its
   * editor closes; the watcher took the file out, and a re-index must not put it back).
   */
  private counts(d: vscode.TextDocument): boolean {
    return !d.isClosed && (d.isDirty || d.uri.scheme !== 'file' || fs.existsSync(d.uri.fsPath));
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
    this.touched.add(keyOfUri(d.uri));
    const max = this.config.maxFileSizeBytes;
    // Cut where the file on disk is cut: the limit counts its bytes (in its encoding), not characters.
    const full = d.getText();
    const { text, truncated } = full.length * 3 > max ? truncateAsOnDisk(full, max, d.uri.scheme === 'file' ? headOf(d.uri.fsPath) : null) : { text: full, truncated: false };
    if (truncated) this.log.warn(`${d.uri.fsPath || d.uri.toString()}: truncated at ${Math.floor(max / 1024)} KB`);
    const key = keyOfUri(d.uri);
    if (d.uri.scheme === 'file' && this.leftOut.has(key)) return void this.leftOutFromEditor(d, text);
    this.index.set(key, text);
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

  /** Whether a file is on the list of files that stopped an extraction worker. */
  isLeftOut(uri: vscode.Uri): boolean {
    return this.leftOut.has(keyOfUri(uri));
  }

  /**
   * Indexes pending edits of a document now (providers call it so that they answer on fresh text). A
   * left-out file's buffer goes to a worker: until it answers, the index holds its last read.
   */
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
    const [oldKey, newKey] = [keyOfUri(oldUri), keyOfUri(newUri)];
    const [oldPrefix, newPrefix] = [folderPrefix(oldKey), folderPrefix(newKey)];
    // A left-out file renamed, or under a folder renamed, stays listed under its new name.
    this.leftOut.rename((k) => (k === oldKey ? newKey : k.startsWith(oldPrefix) ? newPrefix + k.slice(oldPrefix.length) : undefined));
    this.saveLeftOut();
    this.renamedFile(oldUri, newUri);
    // What a full index under way listed under either name is the watchers' and createdTree's now.
    if (this.indexing) this.touched.addFolder(oldKey).addFolder(newKey);
    // The documents of a folder move in the index at once (one pass over each posting, one announcement).
    const moves: [string, string][] = [];
    for (const key of this.keysUnder(oldUri)) this.renamedFile(vscode.Uri.parse(key), vscode.Uri.parse(newPrefix + key.slice(oldPrefix.length)), moves);
    this.index.renameAll(moves);
    await this.createdTree(newUri);
  }

  /** A file renamed: its document moves in the index (or, with `moves`, is added to them), or leaves it, or comes in. */
  private renamedFile(oldUri: vscode.Uri, newUri: vscode.Uri, moves?: [string, string][]): void {
    const oldKey = keyOfUri(oldUri);
    this.touched.add(oldKey).add(keyOfUri(newUri));
    if (this.index.has(oldKey) && this.inCorpus(newUri)) {
      if (moves) moves.push([oldKey, keyOfUri(newUri)]);
      else this.index.rename(oldKey, keyOfUri(newUri));
      // The same content under another name: its remembered outcome moves too (its stamp is checked when written).
      if (this.diskOutcomes.has(oldKey) && newUri.scheme === 'file') {
        this.diskOutcomes.rename(oldKey, keyOfUri(newUri), newUri.fsPath);
        this.scheduleCacheWrite();
      } else this.forgetDisk(oldKey);
    } else {
      this.forgetDisk(oldKey);
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
    this.touched.add(key);
    if (uri.scheme === 'file' && this.leftOut.has(key)) return this.leftOutFromDisk(uri);
    const max = this.config.maxFileSizeBytes;
    // Stat'ed before reading: a change while the file is read shows when the cache is written.
    const stamp = uri.scheme === 'file' && this.cacheEnabled ? statStamp(uri.fsPath) : null;
    let outcome: ReadOutcome;
    try {
      if (uri.scheme === 'file') outcome = readFileForIndex(uri.fsPath, max);
      else outcome = decodeForIndex(await vscode.workspace.fs.readFile(uri), max);
    } catch (err) {
      // A file that vanished or cannot be read is left out; the rest of the corpus goes on.
      this.log.warn(`${uri.fsPath || key}: skipped (${err instanceof Error ? err.message : String(err)})`);
      this.index.delete(key);
      this.forgetDisk(key);
      return;
    }
    for (const w of outcome.warnings) this.log.warn(`${uri.fsPath || key}: ${w}`);
    if (outcome.text === null) {
      this.index.delete(key);
      this.forgetDisk(key);
      return;
    }
    try {
      const doc = this.index.set(key, outcome.text);
      if (stamp) {
        // The text itself is kept only for the look-alike check, as a worker would send it.
        const text = this.index.lookalikesIn(key).length ? outcome.text : null;
        this.diskOutcomes.record(key, uri.fsPath, stamp, { entities: doc.entities, info: doc.info, warnings: doc.warnings }, text, lineStarts(outcome.text), outcome.warnings);
        if (!this.indexing) this.scheduleCacheWrite();
      }
    } catch (err) {
      this.log.error(`${uri.fsPath || key}: extraction failed (${err instanceof Error ? err.message : String(err)})`);
      this.index.delete(key);
      this.forgetDisk(key);
    }
  }

  /** Numbers a new read of a left-out file: the reads numbered before it put nothing in. */
  private newLeftOutRead(key: string): number {
    const read = ++this.leftOutReadCount;
    this.leftOutReads.set(key, read);
    return read;
  }

  private logHeld(uri: vscode.Uri): void {
    this.log.warn(`${uri.fsPath}: left out, as it stopped an extraction worker (it is read again once it changes)`);
  }

  /** Lists a file a run left out for stopping a worker, with its stamp from before it was read. */
  private addLeftOut(key: string, stamp: DiskStamp | null): void {
    if (stamp) this.leftOut.add(key, stamp);
  }

  /** Writes the list of left-out files when it changed. */
  private saveLeftOut(): void {
    if (!this.leftOut.dirty) return;
    this.leftOut.save().catch((err) => this.log.warn(`the list of files left out could not be written (${err instanceof Error ? err.message : String(err)})`));
  }

  /**
   * A file on disk that stopped an extraction worker before, changed or opened since: left out while it
   * is as it was, read on a worker of its own otherwise (never on this thread, which it could freeze).
   */
  private async leftOutFromDisk(uri: vscode.Uri): Promise<void> {
    const key = keyOfUri(uri);
    const stamp = statStamp(uri.fsPath);
    if (!stamp || this.leftOut.holds(key, stamp)) {
      // A read under way of an older content puts nothing in either, and stops.
      this.newLeftOutRead(key);
      this.leftOutRuns.get(key)?.cancel();
      if (stamp) this.logHeld(uri);
      this.index.delete(key);
      this.forgetDisk(key);
      return;
    }
    // The latest read of the file wins; one that a full index, a deletion or a newer read overtook puts nothing in.
    const read = this.newLeftOutRead(key);
    const generation = this.generation;
    await this.onWorkerAlone({ key, path: uri.fsPath }, read, {
      accept: (k) =>
        generation === this.generation && this.leftOutReads.get(k) === read && fs.existsSync(uri.fsPath) &&
        !vscode.workspace.textDocuments.some((d) => !d.isClosed && keyOfUri(d.uri) === k),
      onLeftOut: () => {
        if (generation === this.generation && this.leftOutReads.get(key) === read) this.addLeftOut(key, stamp);
      },
      onApplied: (o) => {
        if (o.error === null) this.leftOut.delete(key);
        if (o.result === null) return this.forgetDisk(key);
        if (stamp && this.cacheEnabled) {
          this.diskOutcomes.recordOutcome({ ...stamp, key, path: uri.fsPath }, o);
          if (!this.indexing) this.scheduleCacheWrite();
        }
      },
    });
  }

  /**
   * Reads and extracts one file (or its editor's buffer) on a worker of its own, never on this thread;
   * cancelled by a newer read of the same file (typing in its editor starts one after each pause: the
   * older's worker is stopped, not left to run out its allowance), a re-index or the window's close.
   * `read` is the read's number in leftOutReads.
   */
  private async onWorkerAlone(file: CorpusFile, read: number, hooks: Pick<ParallelIndexOptions, 'accept' | 'onLeftOut' | 'onApplied'>): Promise<void> {
    this.leftOutRuns.get(file.key)?.cancel();
    const run = indexFilesParallel(this.index, [file], {
      workerScript: path.join(__dirname, 'extractWorker.js'),
      maxBytes: this.config.maxFileSizeBytes,
      workers: 1,
      suspects: new Set([file.key]),
      log: this.log,
      ...hooks,
    });
    this.leftOutRuns.set(file.key, run);
    try {
      await run.done;
      this.saveLeftOut();
    } finally {
      if (this.leftOutRuns.get(file.key) === run) this.leftOutRuns.delete(file.key);
      if (this.leftOutReads.get(file.key) === read) this.leftOutReads.delete(file.key);
    }
  }

  /**
   * An editor's buffer of a file that stopped an extraction worker: extracted on a worker of its own,
   * never on this thread, which it could freeze. A buffer that stops the worker again leaves the
   * document out (what the index held of an earlier version of it too), and the user is told once.
   * The list is about the file on disk: a read of the buffer changes it only when the buffer holds
   * the text a read of the file gives (saved, and decoded alike: not a buffer reopened in another
   * encoding), the file then leaving the list if it went well, or listed as it was before the read.
   */
  private async leftOutFromEditor(d: vscode.TextDocument, text: string): Promise<void> {
    const key = keyOfUri(d.uri);
    // The latest read of the document wins, as for the disk's.
    const read = this.newLeftOutRead(key);
    const generation = this.generation;
    const version = d.version;
    const stamp = d.isDirty ? null : statStamp(d.uri.fsPath);
    let onDisk: string | null = null;
    if (stamp) {
      try {
        onDisk = readFileForIndex(d.uri.fsPath, this.config.maxFileSizeBytes).text;
      } catch {
        onDisk = null;
      }
    }
    const asOnDisk = () => stamp !== null && onDisk === text && !d.isDirty && d.version === version;
    // Not once the editor is gone, nor once its file is deleted (unless the buffer holds unsaved edits).
    const current = () => generation === this.generation && this.leftOutReads.get(key) === read && this.counts(d);
    await this.onWorkerAlone({ key, path: d.uri.fsPath, text }, read, {
      accept: current,
      onLeftOut: () => {
        if (!current()) return;
        this.index.delete(key);
        this.tellLeftOut(d.uri);
        if (asOnDisk()) this.addLeftOut(key, stamp);
      },
      onApplied: (o) => {
        if (o.error === null && asOnDisk()) this.leftOut.delete(key);
      },
    });
  }

  /** Tells the user, once a window, that an open document is left out of the index and why. */
  private tellLeftOut(uri: vscode.Uri): void {
    const key = keyOfUri(uri);
    if (this.toldLeftOut.has(key)) return;
    this.toldLeftOut.add(key);
    void vscode.window.showWarningMessage(
      vscode.l10n.t('Văn Kiện: {0} is left out of the index, as reading it stopped the extractor. It is read again once it changes.', inertInNotification(path.basename(uri.fsPath))),
    );
  }

  dispose(): void {
    // Unwritten changes of the disk outcomes go to the cache now (not while a full index is incomplete).
    clearTimeout(this.cacheTimer);
    // A write under way that only adds the postings to the file's documents needs no other.
    const unwritten = this.diskOutcomes.changed || (this.cacheWriting !== undefined && !this.writingPostingsOnly);
    if (!this.disposed && this.cacheEnabled && !this.indexing && unwritten) {
      try {
        const docs = this.diskOutcomes.snapshot();
        writeIndexCacheSync(this.cacheFile, this.fingerprint(), docs);
        this.shutdownWritten = true;
      } catch (err) {
        this.log.warn(`index cache not written (${err instanceof Error ? err.message : String(err)})`);
      }
    }
    if (!this.disposed && this.leftOut.unwritten) {
      try {
        this.leftOut.saveSync();
      } catch (err) {
        this.log.warn(`the list of files left out could not be written (${err instanceof Error ? err.message : String(err)})`);
      }
    }
    this.disposed = true;
    this.generation++;
    // A Rebuild waiting for the index to settle (extension.ts) stops waiting.
    this.indexing = false;
    this.parallelRun?.cancel();
    this.parallelRun = undefined;
    for (const run of this.leftOutRuns.values()) run.cancel();
    this.pendingEdits.forEach((t) => clearTimeout(t));
    this.watchers.forEach((w) => w.dispose());
    this.disposables.forEach((d) => d.dispose());
    this.stateEmitter.dispose();
  }
}
