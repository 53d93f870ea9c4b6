// How a corpus file becomes text, shared by the editor and the command-line tool: UTF-16 with a
// byte-order mark is decoded as such, other binary files are skipped, files over the size limit are
// cut at the limit (on a character boundary), invalid UTF-8 is decoded with U+FFFD replacement
// characters. Every decision comes back as a warning for the log.
import * as fs from 'fs';

export interface ReadOutcome {
  /** The text to index; null when the file is skipped. */
  text: string | null;
  truncated: boolean;
  /** Human-readable notes ("binary file skipped", "truncated at 5120 KB", ...). */
  warnings: string[];
}

/**
 * Why a file or folder could not be read, in a few words and without its path (the caller names it):
 * the same words from the command-line tool and the editor's export.
 */
export function describeFileError(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err?.code === 'ENOENT') return 'no such file or directory';
  if (err?.code === 'EACCES' || err?.code === 'EPERM') return 'permission denied';
  if (err?.code === 'ELOOP') return 'too many levels of symbolic links';
  if (err?.code === 'EISDIR') return 'is a directory';
  if (err?.code === 'ENOSPC') return 'no space left on device';
  return err?.message ?? String(e);
}

/**
 * What a file is when it is neither a regular file, a folder nor a link ("a named pipe (FIFO)", ...);
 * null otherwise. Such a file has no size to trust, and opening a FIFO waits for a writer.
 */
export function specialFileKind(entry: fs.Stats | fs.Dirent): string | null {
  if (entry.isFIFO()) return 'a named pipe (FIFO)';
  if (entry.isSocket()) return 'a socket';
  if (entry.isCharacterDevice()) return 'a character device';
  if (entry.isBlockDevice()) return 'a block device';
  return null;
}

/** Why a file found in a folder is not read. */
export const notRegularFile = (kind: string): string => `not a regular file: ${kind}`;

function truncationWarning(totalSize: number, maxBytes: number): string {
  // A pipe's size is unknown: only that it goes on past the limit.
  const size = Number.isFinite(totalSize) ? `file of ${Math.ceil(totalSize / 1024)} KB` : `input of more than ${Math.floor(maxBytes / 1024)} KB`;
  return `${size} truncated at ${Math.floor(maxBytes / 1024)} KB`;
}

/** A NUL byte is never part of a text document; looking at the first 8 KB is what git and ripgrep do. */
export function looksBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 8192).indexOf(0) >= 0;
}

/**
 * Whether bytes with NULs look like UTF-16 text saved without its byte-order mark: in the first 8 KB,
 * a NUL in one byte of a pair out of four or more (the upper byte of a Latin letter, a digit, a space)
 * and seldom in the other. Such a file is not read (VS Code too takes it for binary unless its
 * first 256 characters are all Latin-1), but the user is told what it likely is.
 */
export function looksLikeUtf16WithoutBom(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192 & ~1);
  if (head.length < 16) return false;
  const zeros = [0, 0];
  for (let i = 0; i < head.length; i++) if (head[i] === 0) zeros[i & 1]++;
  const pairs = head.length / 2;
  const [more, fewer] = zeros[0] > zeros[1] ? [zeros[0], zeros[1]] : [zeros[1], zeros[0]];
  // Decomposed Vietnamese (combining marks U+0300–U+0323) puts a NUL in the other byte of some 1–2% of pairs.
  return more >= pairs / 4 && fewer <= pairs / 20;
}

/** What a file with NULs is told as: binary, or UTF-16 without its mark. */
export const BINARY_SKIPPED = 'binary file (NUL bytes) skipped';
export const UTF16_WITHOUT_BOM_SKIPPED = 'looks like UTF-16 text without a byte-order mark: skipped (save it as UTF-8)';
/** Told of a file that is not valid UTF-8, with the likely cause. */
export const INVALID_UTF8_REPLACED = 'invalid UTF-8 replaced with U+FFFD (a file in another encoding, such as Windows-1258 or TCVN3, reads right once saved as UTF-8)';

/**
 * Decodes file bytes under the policy. `totalSize` is the file's real size when only a prefix was read
 * (Infinity when it is not known, as for a pipe that goes on past the limit).
 */
export function decodeForIndex(bytes: Uint8Array, maxBytes: number, totalSize = bytes.length): ReadOutcome {
  const utf16 = utf16Of(bytes);
  if (utf16) return decodeUtf16(bytes, utf16, maxBytes, totalSize);
  const warnings: string[] = [];
  if (looksBinary(bytes)) return { text: null, truncated: false, warnings: [looksLikeUtf16WithoutBom(bytes) ? UTF16_WITHOUT_BOM_SKIPPED : BINARY_SKIPPED] };
  let body = bytes;
  let truncated = false;
  if (totalSize > maxBytes || bytes.length > maxBytes) {
    let cut = Math.min(maxBytes, bytes.length);
    // Back off to the start of a UTF-8 sequence so the last character is not mangled.
    while (cut > 0 && cut < bytes.length && (bytes[cut] & 0xc0) === 0x80) cut--;
    body = bytes.subarray(0, cut);
    truncated = true;
    warnings.push(truncationWarning(totalSize, maxBytes));
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    text = new TextDecoder('utf-8', { fatal: false }).decode(body);
    warnings.push(INVALID_UTF8_REPLACED);
  }
  // The decoder has dropped the byte-order mark. A second one stays a character, as in VS Code, whose
  // text the ranges must match.
  return { text, truncated, warnings };
}

/**
 * A text held in an editor cut as its file on disk is (decodeForIndex), given the file's first bytes
 * (`head`, null when unknown): UTF-16 behind its byte-order mark is cut by UTF-16 bytes, the mark
 * counted; UTF-8 by its bytes, a byte-order mark counted. The size limit counts bytes on disk;
 * counting characters here made a file give more tags open than closed.
 */
export function truncateAsOnDisk(text: string, maxBytes: number, head: Uint8Array | null): { text: string; truncated: boolean } {
  const utf16 = head ? utf16Of(head) : null;
  if (utf16) {
    // The mark's 2 bytes, then 2 a unit; never the first half of a pair.
    if (2 + 2 * text.length <= maxBytes) return { text, truncated: false };
    let units = Math.max(0, Math.floor(maxBytes / 2) - 1);
    const c = text.charCodeAt(units - 1);
    if (units > 0 && c >= 0xd800 && c <= 0xdbff) units--;
    return { text: text.slice(0, units), truncated: true };
  }
  const bom = head !== null && head.length >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  // A limit below the mark itself leaves nothing.
  if (bom > maxBytes) return { text: '', truncated: true };
  return truncateToBytes(text, maxBytes - bom);
}

/**
 * A text cut as the same text read from disk as UTF-8 without a byte-order mark would be: the longest
 * run of whole characters from its start whose UTF-8 encoding takes at most `maxBytes`.
 */
export function truncateToBytes(text: string, maxBytes: number): { text: string; truncated: boolean } {
  // No character takes more than 3 bytes per UTF-16 unit.
  if (text.length * 3 <= maxBytes) return { text, truncated: false };
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let size = c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    let units = 1;
    // A surrogate pair is one character of 4 bytes; a lone surrogate is written as U+FFFD (3 bytes).
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        size = 4;
        units = 2;
      }
    }
    if (bytes + size > maxBytes) return { text: text.slice(0, i), truncated: true };
    bytes += size;
    i += units - 1;
  }
  return { text, truncated: false };
}

/** "Unicode" text as Windows Notepad and Word save it: UTF-16 behind its byte-order mark (its NUL bytes are not binary). */
function utf16Of(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 2) return null;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', maxBytes: number, totalSize: number): ReadOutcome {
  const warnings: string[] = [];
  let end = bytes.length;
  let truncated = false;
  if (totalSize > maxBytes || bytes.length > maxBytes) {
    end = Math.min(maxBytes, bytes.length);
    end -= end % 2; // the mark is 2 bytes: code units start at even offsets
    // Never keep the first half of a surrogate pair whose second half was cut off.
    if (end >= 4) {
      const unit = encoding === 'utf-16le' ? bytes[end - 2] | (bytes[end - 1] << 8) : (bytes[end - 2] << 8) | bytes[end - 1];
      if (unit >= 0xd800 && unit <= 0xdbff) end -= 2;
    }
    truncated = true;
    warnings.push(truncationWarning(totalSize, maxBytes));
  }
  const body = bytes.subarray(2, Math.max(2, end));
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    text = new TextDecoder(encoding, { fatal: false, ignoreBOM: true }).decode(body);
    warnings.push(`invalid ${encoding.toUpperCase()} replaced with U+FFFD`);
  }
  return { text, truncated, warnings };
}

export interface ReadOptions {
  /**
   * Read a path that is not a regular file (standard input, a pipe from `<(…)`, a device) to its end,
   * as far as the limit: for a path a person named. Without it such a file is skipped, and never
   * waited on: opening a FIFO that has no writer blocks until one comes, and the editor's index must
   * not hang on a FIFO named like a document.
   */
  streams?: boolean;
}

/** Reads at most `maxBytes` of a file from disk under the policy. Throws only when the file cannot be read. */
export function readFileForIndex(path: string, maxBytes: number, options: ReadOptions = {}): ReadOutcome {
  // O_NONBLOCK makes opening a FIFO return at once; a regular file reads as without it.
  const fd = fs.openSync(path, options.streams ? 'r' : fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  try {
    const stat = fs.fstatSync(fd);
    const special = specialFileKind(stat);
    if (special !== null) return options.streams ? readStream(fd, maxBytes) : { text: null, truncated: false, warnings: [notRegularFile(special)] };
    const size = stat.size;
    const want = Math.min(size, maxBytes + 4);
    const buf = Buffer.allocUnsafe(want); // only the bytes read are used
    let got = 0;
    while (got < want) {
      const n = fs.readSync(fd, buf, got, want - got, got);
      if (n === 0) break;
      got += n;
    }
    return decodeForIndex(buf.subarray(0, got), maxBytes, size);
  } finally {
    fs.closeSync(fd);
  }
}

/** A pipe or a device has no size: it is read to its end, or up to the limit and a few bytes more (as a regular file is). */
function readStream(fd: number, maxBytes: number): ReadOutcome {
  const want = maxBytes + 4;
  const chunks: Buffer[] = [];
  let got = 0;
  while (got < want) {
    const chunk = Buffer.allocUnsafe(Math.min(want - got, 1 << 16));
    // No position: a pipe cannot seek.
    const n = fs.readSync(fd, chunk, 0, chunk.length, null);
    if (n === 0) break;
    chunks.push(chunk.subarray(0, n));
    got += n;
  }
  return decodeForIndex(Buffer.concat(chunks), maxBytes, got > maxBytes ? Infinity : got);
}
