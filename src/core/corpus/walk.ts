// The corpus files of a folder on disk, found by walking it: the include and exclude patterns of the
// corpus (glob.ts) decide, as they do for a file the editor opens. The editor's file search does the same
// for any file system but costs ≈ 1 s at 10,000 files (a search process, then every result sent across
// processes); a walk of a local folder takes a few tens of milliseconds. Folders that are excluded are
// not entered; symbolic links are followed (as the editor's search does), each real folder and file
// once, by its name without a link when it has one (a folder reached through a link is entered after
// every folder reached without one, wherever the link sorts); a folder that cannot be read, a link to
// a corpus file that cannot be followed (dangling, a loop), and a corpus file that is a pipe, a socket
// or a device (reading a FIFO waits for a writer) are reported and skipped.
import * as fs from 'fs';
import * as path from 'path';
import { globToRegExp, isCorpusPath, isExcludedPath, pathForGlob } from './glob';
import { describeFileError, notRegularFile, specialFileKind } from './readPolicy';

/**
 * A folder that could not be read, a link to a corpus file that could not be followed, or a corpus
 * file that is not a regular file ('special'), with why.
 */
export interface WalkError {
  kind: 'folder' | 'link' | 'special';
  path: string;
  message: string;
}

export interface WalkResult {
  /** Absolute paths of the corpus files, in no particular order. */
  files: string[];
  errors: WalkError[];
}

/** A walk error as one line of a log. */
export const describeWalkError = (e: WalkError): string => `${e.path}: ${e.message}`;

export interface WalkOptions {
  include: readonly string[];
  exclude: readonly string[];
  /** Only this folder (absolute) or what is under it. */
  within?: string;
  cancelled?: () => boolean;
}

export async function walkCorpusFolder(folder: string, options: WalkOptions): Promise<WalkResult> {
  const root = path.resolve(folder);
  const errors: WalkError[] = [];
  const seen = new Set<string>();
  const within = options.within ? path.resolve(options.within) : undefined;
  // An exclude ending in "/**" excludes everything under a folder its stem matches: the folder need not be entered.
  const stems = options.exclude.filter((g) => g.endsWith('/**')).map((g) => globToRegExp(g.slice(0, -3)));
  const skipFolder = (rel: string) => rel !== '' && (isExcludedPath(rel, options.exclude) || stems.some((re) => re.test(pathForGlob(rel))));
  // A file whose name no include's last part can match ("*.txt", "*.vankien") is passed over without
  // matching its whole path; an include ending in "**" (or a brace group with a "/") takes any name.
  const lastParts = options.include.map((g) => {
    const last = g.slice(g.lastIndexOf('/') + 1);
    return last.includes('**') || /\{[^}]*\//.test(g) ? null : globToRegExp(last);
  });
  const nameMayMatch = lastParts.includes(null) ? () => true : (name: string) => lastParts.some((re) => re!.test(pathForGlob(name)));
  const toPosix = (p: string) => p.split(path.sep).join('/');
  /** Each file found: `real` is its path without links, `linked` says whether `file` goes through one. */
  const found: Array<{ file: string; real: string; linked: boolean }> = [];
  const viaLinks: Folder[] = [];

  const visit = async ({ dir, linked }: Folder): Promise<Folder[]> => {
    let real: string;
    try {
      real = await fs.promises.realpath(dir);
    } catch (e) {
      errors.push({ kind: 'folder', path: dir, message: describeFileError(e) });
      return [];
    }
    if (seen.has(real)) return [];
    seen.add(real);
    let entries: fs.Dirent[];
    try {
      entries = await fs.promises.readdir(dir, { withFileTypes: true });
    } catch (e) {
      errors.push({ kind: 'folder', path: dir, message: describeFileError(e) });
      return [];
    }
    const subdirs: Folder[] = [];
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      let special = specialFileKind(entry);
      if (entry.isSymbolicLink()) {
        try {
          const st = await fs.promises.stat(full);
          isDir = st.isDirectory();
          isFile = st.isFile();
          special = specialFileKind(st);
        } catch (e) {
          // A link to nothing, or in a loop: a corpus file that cannot be read, when its name is one's.
          const inScope = !within || full.startsWith(within + path.sep);
          if (inScope && nameMayMatch(entry.name) && isCorpusPath(toPosix(path.relative(root, full)), toPosix(full), options.include, options.exclude)) {
            errors.push({ kind: 'link', path: full, message: describeFileError(e) });
          }
          continue;
        }
      }
      if (isDir) {
        // Enter a folder on the way to `within`, or inside it.
        if (within && !(within === full || within.startsWith(full + path.sep) || full.startsWith(within + path.sep))) continue;
        if (skipFolder(toPosix(path.relative(root, full)))) continue;
        if (entry.isSymbolicLink()) viaLinks.push({ dir: full, linked: true });
        else subdirs.push({ dir: full, linked });
      } else if ((isFile || special !== null) && nameMayMatch(entry.name)) {
        if (within && !full.startsWith(within + path.sep)) continue;
        if (!isCorpusPath(toPosix(path.relative(root, full)), toPosix(full), options.include, options.exclude)) continue;
        if (special !== null) errors.push({ kind: 'special', path: full, message: notRegularFile(special) });
        else if (!entry.isSymbolicLink()) found.push({ file: full, real: path.join(real, entry.name), linked });
        else found.push({ file: full, real: await fs.promises.realpath(full).catch(() => full), linked: true });
      }
    }
    return subdirs;
  };

  // Several folders read at once (the file system answers in parallel), breadth first; the folders
  // reached through links once no other is left, so that a folder reached both ways is entered as itself.
  let level: Folder[] = [{ dir: root, linked: false }];
  while ((level.length || viaLinks.length) && !options.cancelled?.()) {
    if (level.length === 0) level = viaLinks.splice(0);
    const next: Folder[] = [];
    for (let i = 0; i < level.length && !options.cancelled?.(); i += PARALLEL_READS) {
      // One by one: a folder may hold more subfolders than a call takes arguments.
      for (const subdirs of await Promise.all(level.slice(i, i + PARALLEL_READS).map(visit))) for (const d of subdirs) next.push(d);
    }
    level = next;
  }
  return { files: oncePerRealFile(found).map((f) => f.file), errors };
}

/**
 * A file reached by several names (a linked file, or a folder linked from elsewhere) once, by a name
 * without a link if it has one; in the order first found.
 */
export function oncePerRealFile<T extends { real: string; linked: boolean }>(found: readonly T[]): T[] {
  const byReal = new Map<string, T>();
  for (const f of found) {
    const had = byReal.get(f.real);
    if (!had || (had.linked && !f.linked)) byReal.set(f.real, f);
  }
  return [...byReal.values()];
}

interface Folder {
  dir: string;
  /** Reached through a symbolic link. */
  linked: boolean;
}

const PARALLEL_READS = 16;
