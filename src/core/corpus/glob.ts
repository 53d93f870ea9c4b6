// Glob patterns as VS Code's settings write them (`**/seeds/**/*.txt`, `{a,b}`, `[abc]`), matched
// against "/"-separated paths relative to a workspace folder. Used to decide whether a changed file
// belongs to the corpus without asking the file system again.

const cache = new Map<string, RegExp>();

export function globToRegExp(raw: string): RegExp {
  let re = cache.get(raw);
  if (re) return re;
  // Vietnamese names are matched alike in NFC and NFD (a folder written by an older macOS is NFD; the
  // setting typed, NFC): both the pattern and the path are compared composed.
  const glob = raw.normalize('NFC');
  let out = '';
  let inGroup = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        // "**/" matches any number of folders, including none; a trailing "**" matches everything.
        if (glob[i + 2] === '/') {
          out += '(?:.*/)?';
          i += 2;
        } else {
          out += '.*';
          i += 1;
        }
      } else out += '[^/]*';
    } else if (c === '?') out += '[^/]';
    else if (c === '{') {
      inGroup++;
      out += '(?:';
    } else if (c === '}' && inGroup) {
      inGroup--;
      out += ')';
    } else if (c === ',' && inGroup) out += '|';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close < 0) out += '\\[';
      else {
        out += '[' + glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\') + ']';
        i = close;
      }
    } else out += c.replace(/[.+^$()|\\]/g, '\\$&');
  }
  re = new RegExp('^' + out + '$');
  cache.set(raw, re);
  return re;
}

/** A path as the patterns of globToRegExp are matched against it: "/"-separated, in NFC. */
export function pathForGlob(p: string): string {
  return p.replace(/\\/g, '/').normalize('NFC');
}

/** matchesAnyGlob of a path already made by pathForGlob. */
function matchesPrepared(p: string, globs: readonly string[]): boolean {
  return globs.some((g) => globToRegExp(g).test(p));
}

export function matchesAnyGlob(relativePath: string, globs: readonly string[]): boolean {
  return matchesPrepared(pathForGlob(relativePath), globs);
}

// Whether a folder-relative path is excluded: the path itself or any folder above it matches one of
// the patterns, so a folder-style entry (`**/archive`, `**/.git`) excludes everything under it.
export function isExcludedPath(relativePath: string, excludes: readonly string[]): boolean {
  if (excludes.length === 0) return false;
  const parts = pathForGlob(relativePath).split('/');
  for (let i = parts.length; i >= 1; i--) {
    if (matchesPrepared(parts.slice(0, i).join('/'), excludes)) return true;
  }
  return false;
}

// Whether a file is in the corpus: an include pattern matches its path inside the workspace folder
// or its whole path (`**/seeds/**/*.txt` holds when the folder is itself `seeds`), and no exclude
// pattern matches its folder-relative path or a folder above it. Excludes never see the path above
// the workspace folder (a `**/tmp/**` must not drop a workspace that lives under /tmp).
export function isCorpusPath(relativePath: string, absolutePath: string, include: readonly string[], exclude: readonly string[]): boolean {
  const rel = pathForGlob(relativePath);
  if (rel === '' || rel.startsWith('../')) return false;
  return (matchesPrepared(rel, include) || matchesPrepared(pathForGlob(absolutePath), include)) && !isExcludedPath(rel, exclude);
}

// Splits a glob at the "/" that are outside brace groups.
function segmentsOf(glob: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '{') depth++;
    else if (c === '}' && depth) depth--;
    else if (c === '/' && depth === 0) {
      out.push(glob.slice(start, i));
      start = i + 1;
    }
  }
  out.push(glob.slice(start));
  return out;
}

// The folder-relative patterns to search a workspace folder with for one include pattern: the
// pattern as written, and, when its leading segments match the folder's own path (the folder is
// `…/seeds` and the pattern `**/seeds/**/*.txt`), the rest of the pattern below that point. Nothing
// is widened beyond what the pattern can match.
export function folderSearchGlobs(glob: string, folderPath: string): string[] {
  const out = new Set<string>([glob]);
  const folder = folderPath.replace(/\\/g, '/').replace(/\/+$/, '');
  const segs = segmentsOf(glob);
  for (let k = 1; k < segs.length; k++) {
    // A head of "**" alone adds nothing: the pattern as written covers it.
    if (segs.slice(0, k).every((x) => x === '**')) continue;
    const prefix = segs.slice(0, k).join('/');
    if (!globToRegExp(prefix).test(folder)) continue;
    const rest = segs.slice(k).join('/');
    out.add(rest);
    // A "**" just above the cut may also reach below the folder.
    if (segs[k - 1] === '**' && segs[k] !== '**') out.add('**/' + rest);
  }
  return [...out];
}
