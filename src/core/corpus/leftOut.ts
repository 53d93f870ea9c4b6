// Files that stopped an extraction worker (it stayed silent on them, or ran out of memory: see
// parallelIndex.ts). Such a file is not read again while it stays as it was, on any thread: at the
// next start it is left out at once, with a line in the log, instead of stopping a worker again, or
// freezing the editor's thread when few files are to read and they are read there. Once it changes it
// is read again, on a worker only, and forgotten when that goes well. Kept beside the index cache, as
// a small JSON file; pure core, no `vscode`.
import * as fs from 'fs';
import { writeFileAtomic } from '../export/atomicWrite';
import { DiskStamp, statStamp } from './indexCache';

export const LEFT_OUT_FILE_NAME = 'left-out.json';

interface Stored {
  version: 1;
  /** Key (uri) → the stamp of the file when it was left out. */
  files: Record<string, string>;
}

const signature = (s: DiskStamp): string => `${s.size}:${s.mtimeMs}:${s.ctimeMs}:${s.ino}`;

export class LeftOut {
  private files = new Map<string, string>();
  /** Changed since it was last loaded or saved. */
  dirty = false;

  /** `file`: where the list is kept (none: in memory only). */
  constructor(private readonly file?: string) {}

  get size(): number {
    return this.files.size;
  }

  /** Reads the list kept on disk (none there: an empty list). Returns why it could not be read, if so. */
  load(): string | undefined {
    this.files = new Map();
    this.dirty = false;
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
      for (const [key, stamp] of Object.entries(stored.files)) if (typeof stamp === 'string') this.files.set(key, stamp);
      return undefined;
    } catch (err) {
      return (err as Error).message;
    }
  }

  /** Writes the list (whole, in place of the last one). */
  async save(): Promise<void> {
    if (!this.file) return;
    const stored: Stored = { version: 1, files: Object.fromEntries(this.files) };
    this.dirty = false;
    await writeFileAtomic(this.file, JSON.stringify(stored, null, 1) + '\n', { overwrite: true });
  }

  /** Remembers a file as it stands on disk now; false when it cannot be stat'ed (gone). */
  add(key: string, path: string): boolean {
    const stamp = statStamp(path);
    if (!stamp) return false;
    this.files.set(key, signature(stamp));
    this.dirty = true;
    return true;
  }

  /** Whether the file was left out, as it was then or not: changed since, it is read on a worker only. */
  has(key: string): boolean {
    return this.files.has(key);
  }

  /** Whether the file was left out and has not changed since: it stays out. */
  holds(key: string, path: string): boolean {
    const kept = this.files.get(key);
    if (kept === undefined) return false;
    const stamp = statStamp(path);
    return stamp !== null && signature(stamp) === kept;
  }

  /** Forgets a file (read well since, or gone); true when it was in the list. */
  delete(key: string): boolean {
    if (!this.files.delete(key)) return false;
    this.dirty = true;
    return true;
  }

  keys(): string[] {
    return [...this.files.keys()];
  }
}
