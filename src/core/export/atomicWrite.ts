// Writes a file so that readers see either the old content or the complete new one: the data goes
// to a temporary file beside the target (same directory, so the same file system), is flushed to
// disk, then takes the target's name in one step. An existing target is kept unless `overwrite`; one
// replaced keeps its permissions, and a link to a file replaces the file it links to, not the link.
import * as fs from 'fs';
import * as path from 'path';
import { inBatches } from './serialize';

export class TargetExistsError extends Error {
  readonly code = 'EEXIST';
  constructor(readonly target: string) {
    super(`${target} already exists`);
    this.name = 'TargetExistsError';
  }
}

/** The content: whole, or as pieces of text written as they come (an export too large for one string). */
export type WriteData = string | Uint8Array | Iterable<string>;

export interface AtomicWriteOptions {
  /** Replace an existing file; without it an existing target raises TargetExistsError. */
  overwrite?: boolean;
  /**
   * Stops the write between pieces (the user cancelled a long export): it rejects with the signal's
   * reason, the temporary file is removed and the target is untouched. Checked again just before the
   * file takes the target's name.
   */
  signal?: AbortSignal;
}

/** How much of the target's name a temporary name keeps, in UTF-8 bytes: file systems allow 255 a name. */
const TEMP_NAME_KEEPS = 200;

/**
 * The temporary file beside `target` a write goes to first (`.<name>.<pid>.<random>.tmp`). A long name
 * (a Vietnamese title of some 80 letters is over 200 bytes) is cut, on a character's boundary, so that
 * the temporary name stays within what the file system allows where the target's own name is.
 */
export function tempNameFor(target: string): string {
  const rand = Math.random().toString(36).slice(2, 10);
  let name = path.basename(target);
  if (Buffer.byteLength(name) > TEMP_NAME_KEEPS) {
    let kept = '';
    for (const ch of name) {
      if (Buffer.byteLength(kept + ch) > TEMP_NAME_KEEPS) break;
      kept += ch;
    }
    name = kept;
  }
  return path.join(path.dirname(target), `.${name}.${process.pid}.${rand}.tmp`);
}

/** Why the temporary file could not be made, told of the target's folder: the temporary name means nothing to anyone. */
function folderError(e: unknown, dir: string): Error {
  const code = (e as NodeJS.ErrnoException).code;
  const why = code === 'ENOENT' ? 'does not exist' : code === 'ENOTDIR' ? 'is not a folder'
    : code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? 'cannot be written to' : `cannot be written to (${code ?? (e as Error).message})`;
  return Object.assign(new Error(`folder ${dir} ${why}`), { code });
}

async function syncDirectory(dir: string): Promise<void> {
  // Makes the rename itself durable; not possible on every platform (Windows), hence best effort.
  try {
    const handle = await fs.promises.open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    /* best effort */
  }
}

/** syncDirectory's synchronous form. */
export function syncDirectorySync(dir: string): void {
  try {
    const fd = fs.openSync(dir, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    /* best effort */
  }
}

/**
 * writeFileAtomic's synchronous form, for a write that cannot wait (as the window closes): it always
 * replaces the target and makes its folder if need be. `parts` are written as they come (undefined
 * ones skipped); returns the bytes written.
 */
export function writeFileAtomicSync(target: string, parts: Iterable<string | Uint8Array | undefined>): number {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const temp = tempNameFor(target);
  const fd = fs.openSync(temp, 'wx', 0o644);
  let bytes = 0;
  let closed = false;
  try {
    for (const part of parts) {
      if (part === undefined) continue;
      // Two calls, one per overload: fs.writeSync takes a string or a buffer, not a value that may be either.
      bytes += typeof part === 'string' ? fs.writeSync(fd, part) : fs.writeSync(fd, part);
    }
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    closed = true;
    fs.renameSync(temp, target);
  } catch (err) {
    if (!closed) fs.closeSync(fd);
    fs.rmSync(temp, { force: true });
    throw err;
  }
  syncDirectorySync(path.dirname(target));
  return bytes;
}

/**
 * The file a write with overwrite replaces, and its permissions: through a link, the file linked to
 * (a link to nothing, or no file yet: the name as given, with the default permissions).
 */
function replaced(given: string): { target: string; mode: number | undefined } {
  let target = given;
  try {
    target = fs.realpathSync(given);
  } catch {
    return { target, mode: undefined };
  }
  const s = fs.statSync(target, { throwIfNoEntry: false });
  return { target, mode: s?.isFile() ? s.mode & 0o7777 : undefined };
}

async function writeAll(handle: fs.promises.FileHandle, data: WriteData, signal?: AbortSignal): Promise<void> {
  if (typeof data === 'string' || data instanceof Uint8Array) {
    await handle.writeFile(data);
    return;
  }
  for (const batch of inBatches(data)) {
    signal?.throwIfAborted();
    const bytes = Buffer.from(batch, 'utf8');
    // write() may take less than it is given; the rest follows.
    for (let done = 0; done < bytes.length; ) done += (await handle.write(bytes, done)).bytesWritten;
  }
}

/**
 * Pieces that fail half-way (an error while serialising) leave nothing: the temporary file is removed
 * and the target is untouched.
 */
export async function writeFileAtomic(given: string, data: WriteData, options: AtomicWriteOptions = {}): Promise<void> {
  const overwrite = options.overwrite === true;
  const signal = options.signal;
  signal?.throwIfAborted();
  if (!overwrite && fs.existsSync(given)) throw new TargetExistsError(given);
  const { target, mode } = overwrite ? replaced(given) : { target: given, mode: undefined };
  const temp = tempNameFor(target);
  let tempExists = false;
  try {
    const handle = await fs.promises.open(temp, 'wx', mode ?? 0o644).catch((e: unknown) => {
      throw folderError(e, path.dirname(target));
    });
    tempExists = true;
    try {
      // The replaced file's permissions exactly (open's mode passes through the umask).
      if (mode !== undefined) await handle.chmod(mode);
      await writeAll(handle, data, signal);
      await handle.sync();
    } finally {
      await handle.close();
    }
    signal?.throwIfAborted();
    if (overwrite) {
      await fs.promises.rename(temp, target);
      tempExists = false;
    } else {
      // link() fails when the target appeared meanwhile, so a file created by someone else in the
      // meantime is never replaced; file systems without hard links fall back to a checked rename.
      try {
        await fs.promises.link(temp, target);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EEXIST') throw new TargetExistsError(target);
        if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'EXDEV') throw e;
        if (fs.existsSync(target)) throw new TargetExistsError(target);
        await fs.promises.rename(temp, target);
        tempExists = false;
      }
    }
    await syncDirectory(path.dirname(target));
  } finally {
    if (tempExists) await fs.promises.rm(temp, { force: true });
  }
}
