// Which files an export of some paths covers, and the names they get in it. A folder is walked
// recursively for *.txt and *.vankien (node_modules and .git skipped); a file named explicitly is
// taken whatever its extension. Names are relative to the deepest folder that contains every
// input's parent: exporting `corpus/` names its files "corpus/…", exporting `corpus/a.txt` names it
// "a.txt", exporting `a/x.txt b/` gives "a/x.txt" and "b/…". A path named explicitly may be a pipe
// (`/dev/stdin`, `<(iconv …)`); in a folder, pipes, sockets and devices are left out and named in the errors.
// Links are followed, but a folder or a file reached both through a link and without one is exported
// once, under the name without the link.
import * as fs from 'fs';
import * as path from 'path';
import { ExportError } from './schema';
import { toPosixPath } from './build';
import { describeFileError, notRegularFile, specialFileKind } from '../corpus/readPolicy';
import { oncePerRealFile } from '../corpus/walk';

export const CORPUS_EXTENSIONS = ['.txt', '.vankien'];
const SKIPPED_DIRS = new Set(['node_modules', '.git']);

export interface CollectedFile {
  /** Absolute path on disk. */
  absolute: string;
  /** Name in the export ("/"-separated, relative to `base`). */
  path: string;
  /** Named as an input rather than found in a folder: read even when it is not a regular file. */
  named: boolean;
}

export interface Collected {
  base: string;
  files: CollectedFile[];
  errors: ExportError[];
}

/** The deepest folder holding all of `dirs` (the current one for none). */
export function commonAncestor(dirs: string[]): string {
  if (dirs.length === 0) return process.cwd();
  let parts = dirs[0].split(path.sep);
  for (const dir of dirs.slice(1)) {
    const other = dir.split(path.sep);
    let i = 0;
    while (i < parts.length && i < other.length && parts[i] === other[i]) i++;
    parts = parts.slice(0, i);
  }
  const joined = parts.join(path.sep);
  return joined === '' ? path.parse(dirs[0]).root : joined;
}


export function isCorpusFileName(name: string): boolean {
  const lower = name.toLowerCase();
  return CORPUS_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/** The real path of `file`, or `file` itself when it has none (a pipe, a file gone meanwhile). */
function realPathOf(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    return file;
  }
}

export function collectFiles(inputs: readonly string[], cwd = process.cwd()): Collected {
  /** `linked`: reached through a symbolic link; `real`: the path without any. */
  const found: Array<{ absolute: string; real: string; named: boolean; linked: boolean }> = [];
  const bases: string[] = [];
  const failures: Array<{ absolute: string; given: string; message: string }> = [];
  const visitedDirs = new Set<string>();
  // Folders reached through a link are walked after all the others, so that a folder reached both
  // ways is walked (and named) as itself, wherever the link sorts.
  const linkedDirs: string[] = [];

  const walk = (dir: string, linked: boolean): void => {
    let real: string;
    try {
      real = fs.realpathSync(dir);
    } catch (e) {
      failures.push({ absolute: dir, given: dir, message: describeFileError(e) });
      return;
    }
    if (visitedDirs.has(real)) return;
    visitedDirs.add(real);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      failures.push({ absolute: dir, given: dir, message: describeFileError(e) });
      return;
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      let target: fs.Stats | fs.Dirent = entry;
      if (entry.isSymbolicLink()) {
        try {
          target = fs.statSync(full);
        } catch (e) {
          // A link to nothing that looks like a corpus file is an input that cannot be read.
          if (isCorpusFileName(entry.name)) failures.push({ absolute: full, given: full, message: describeFileError(e) });
          continue;
        }
      }
      if (target.isDirectory()) {
        if (SKIPPED_DIRS.has(entry.name)) continue;
        if (entry.isSymbolicLink()) linkedDirs.push(full);
        else walk(full, linked);
      } else if (isCorpusFileName(entry.name)) {
        // A FIFO would hold the export until something writes to it; a device may never end.
        const special = specialFileKind(target);
        if (special !== null) failures.push({ absolute: full, given: full, message: notRegularFile(special) });
        else if (entry.isSymbolicLink()) found.push({ absolute: full, real: realPathOf(full), named: false, linked: true });
        else found.push({ absolute: full, real: path.join(real, entry.name), named: false, linked });
      }
    }
  };

  for (const given of inputs) {
    const absolute = path.resolve(cwd, given);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(absolute);
    } catch (e) {
      failures.push({ absolute, given, message: describeFileError(e) });
      bases.push(path.dirname(absolute));
      continue;
    }
    bases.push(path.dirname(absolute));
    // A path as named counts as without a link: it is the name asked for.
    if (stat.isDirectory()) walk(absolute, false);
    else found.push({ absolute, real: realPathOf(absolute), named: true, linked: false });
  }
  for (let i = 0; i < linkedDirs.length; i++) walk(linkedDirs[i], true);

  const base = commonAncestor(bases);
  const name = (absolute: string): string => toPosixPath(path.relative(base, absolute));
  // The same file by several names (a linked file or folder) is exported once, preferably by a name without a link.
  const files: CollectedFile[] = oncePerRealFile(found).map(({ absolute, named }) => ({ absolute, path: name(absolute), named }));
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const errors = failures.map((f) => ({ path: f.given === f.absolute ? name(f.absolute) : f.given, message: f.message }));
  return { base, files, errors };
}
