// Files that stopped an extraction worker (it stayed silent on them, or ran out of memory: see
// parallelIndex.ts). Such a file is not read again while it stays as it was: at the next start it is
// left out at once, with a line in the log, instead of stopping a worker again, or freezing the
// editor's thread when few files are to read and they are read there. Once it changes (or the
// extension, or its read limit, does), it is read again, on a worker only, and forgotten when that
// goes well. Kept beside the index cache, as a small JSON file; pure core, no `vscode`.
import * as fs from 'fs';
import * as path from 'path';
import { writeFileAtomic, writeFileAtomicSync } from '../export/atomicWrite';
import { DiskStamp } from './indexCache';

export const LEFT_OUT_FILE_NAME = 'left-out.json';

interface Stored {
  version: 1;
  /** What read the files: another extension version or read limit tries them again. */
  fingerprint: string;
  /** Key (uri) → the stamp of the file when it was left out ('' once it is to be tried again). */
  files: Record<string, string>;
}

const signature = (s: DiskStamp): string => `${s.size}:${s.mtimeMs}:${s.ctimeMs}:${s.ino}`;

/** What reads the files: the extension's version and the read limit. */
export const leftOutFingerprint = (version: string, maxBytes: number): string => `${version}|${maxBytes}`;

export class LeftOut {
  private files = new Map<string, string>();
  private fingerprint = '';
  /** The last write; the next one follows it, with the list as it is then. */
  private writing: Promise<void> = Promise.resolve();
  /** Aborted by a synchronous write, which replaces the writes queued or under way before it. */
  private superseded = new AbortController();
  /** Changed since it was loaded or last written. */
  dirty = false;
  /** Writes queued or under way. */
  private pending = 0;

  /** Whether the file on disk may lack changes: not yet written, or a write not yet landed. */
  get unwritten(): boolean {
    return this.dirty || this.pending > 0;
  }

  /**
   * `file`: where the list is kept (none: in memory only). It is read at once, so that the events
   * before the first index (a file renamed in the editor as the window opens) find it.
   */
  constructor(private readonly file?: string) {
    this.problem = this.reload();
  }

  /** Why the list kept on disk could not be read when it was last read, if so. */
  private problem: string | undefined;

  get size(): number {
    return this.files.size;
  }

  /**
   * The list for files read under `fingerprint`, as kept on disk (none there: an empty list) once the
   * writes under way are done; a list with changes not yet written (a write that failed) stays as it
   * is. A file left out under another fingerprint is to be tried again. Returns why the file kept on
   * disk could not be read, if so (the list then starts empty).
   */
  async load(fingerprint: string): Promise<string | undefined> {
    // Every write made meanwhile too: one queued while this waited holds what is newest.
    for (let w = this.writing; ; w = this.writing) {
      await w;
      if (w === this.writing) break;
    }
    if (!this.dirty) this.problem = this.reload();
    const problem = this.problem;
    this.problem = undefined;
    if (fingerprint !== this.fingerprint) {
      this.fingerprint = fingerprint;
      if (this.files.size) this.retryAll();
    }
    return problem;
  }

  /** The list as kept on disk (none there: empty); returns why it could not be read, if so. */
  private reload(): string | undefined {
    if (!this.file) return undefined;
    const stored = this.read();
    this.files = new Map();
    this.fingerprint = '';
    if (typeof stored === 'string') return stored;
    if (stored) {
      this.fingerprint = stored.fingerprint;
      for (const [key, stamp] of Object.entries(stored.files)) if (typeof stamp === 'string') this.files.set(key, stamp);
    }
    return undefined;
  }

  private read(): Stored | string | undefined {
    if (!this.file) return undefined;
    let text: string;
    try {
      text = fs.readFileSync(this.file, 'utf8');
    } catch (err) {
      return (err as NodeJS.ErrnoException).code === 'ENOENT' ? undefined : (err as Error).message;
    }
    try {
      const stored = JSON.parse(text) as Stored;
      if (stored?.version !== 1 || typeof stored.files !== 'object' || stored.files === null) return 'not a list of left-out files';
      return { version: 1, fingerprint: typeof stored.fingerprint === 'string' ? stored.fingerprint : '', files: stored.files };
    } catch (err) {
      return (err as Error).message;
    }
  }

  /**
   * Writes the list as it is when its turn comes (after any write under way), making its folder if
   * need be. A write that fails leaves the list to be written again.
   */
  save(): Promise<void> {
    this.dirty = false;
    const file = this.file;
    if (!file) return Promise.resolve();
    this.pending++;
    const signal = this.superseded.signal;
    const write = this.writing
      .then(async () => {
        if (signal.aborted) return;
        await fs.promises.mkdir(path.dirname(file), { recursive: true });
        await writeFileAtomic(file, this.serialized(), { overwrite: true, signal });
      })
      .finally(() => this.pending--);
    this.writing = write.catch(() => undefined);
    // A failed write marks the list dirty before a load() waiting on `writing` resumes (this reaction is
    // queued with the one that settles `writing`, the load's after it), so that load keeps the list.
    // One stopped by a synchronous write (saveSync) was replaced by it, which holds the newer list.
    return write.catch((err: unknown) => {
      if (signal.aborted) return;
      this.dirty = true;
      throw err;
    });
  }

  /**
   * Writes the list now, synchronously (as the window closes), making its folder if need be. The
   * writes under way or queued stop before they take the file's name: an older list written from
   * them must not land over this one while the window closes.
   */
  saveSync(): void {
    if (!this.file) return;
    this.superseded.abort();
    this.superseded = new AbortController();
    writeFileAtomicSync(this.file, [this.serialized()]);
    this.dirty = false;
  }

  private serialized(): string {
    const stored: Stored = { version: 1, fingerprint: this.fingerprint, files: Object.fromEntries(this.files) };
    return JSON.stringify(stored, null, 1) + '\n';
  }

  /** Remembers a file as it stood when it was read (`stamp`). */
  add(key: string, stamp: DiskStamp): void {
    this.files.set(key, signature(stamp));
    this.dirty = true;
  }

  /** Whether the file was left out, as it was then or not: changed since, it is read on a worker only. */
  has(key: string): boolean {
    return this.files.has(key);
  }

  /** Whether the file was left out and stands as it did (`stamp`, null for a file gone): it stays out. */
  holds(key: string, stamp: DiskStamp | null): boolean {
    const kept = this.files.get(key);
    return kept !== undefined && kept !== '' && stamp !== null && signature(stamp) === kept;
  }

  /** Every file is to be tried again (on a worker), as if each had changed: a rebuild of the index. */
  retryAll(): void {
    for (const key of this.files.keys()) this.files.set(key, '');
    this.dirty = true;
  }

  /** Forgets a file (read well since, or gone); true when it was in the list. */
  delete(key: string): boolean {
    if (!this.files.delete(key)) return false;
    this.dirty = true;
    return true;
  }

  /** Files renamed or moved: each key `to` gives a new name for goes under it. True when one did. */
  rename(to: (key: string) => string | undefined): boolean {
    let moved = false;
    for (const [key, stamp] of [...this.files]) {
      const next = to(key);
      if (next === undefined || next === key) continue;
      this.files.delete(key);
      this.files.set(next, stamp);
      moved = true;
    }
    if (moved) this.dirty = true;
    return moved;
  }

  keys(): string[] {
    return [...this.files.keys()];
  }
}
