// The settings that make the .txt files of a folder Văn kiện documents: a `files.associations` pattern,
// which VS Code matches against a file's whole path and keeps one for the whole window, and a
// `vankien.corpus.include` pattern, relative to the workspace folder. Both are kept portable (no absolute
// path), so that a workspace's settings work in another clone of it. Pure: no `vscode`.

export interface FolderPatterns {
  /** For `files.associations` (→ "vankien"). */
  association: string;
  /** For the workspace folder's `vankien.corpus.include`. */
  include: string;
}

/** A folder name as a glob matches it: the glob's own characters match any one character instead. */
function literalGlob(name: string): string {
  return name.replace(/[*?[\]{}!]/g, '?');
}

/**
 * `rel`: the folder inside its workspace folder, "/"-separated ("" for the workspace folder itself);
 * `rootDir`: the workspace folder's own directory name on disk (not the name a workspace file may give
 * it: the association is matched against the path); `severalFolders`: the workspace has other folders,
 * whose .txt files an association without the root's name would take too.
 */
export function txtPatternsFor(rel: string, rootDir: string, severalFolders: boolean): FolderPatterns {
  const inside = rel.split('/').filter((part) => part && part !== '.').map(literalGlob).join('/');
  const named = severalFolders ? [literalGlob(rootDir), inside].filter(Boolean).join('/') : inside;
  return {
    association: named ? `**/${named}/**/*.txt` : '**/*.txt',
    include: inside ? `${inside}/**/*.txt` : '**/*.txt',
  };
}

/**
 * A setting written by hand in a shape the command cannot add to (a string where a list is expected):
 * adding to it would spread it into characters, so nothing is written and the user is told which.
 */
export class MalformedSetting extends Error {
  constructor(readonly setting: string, readonly expected: 'map' | 'list') {
    super(`${setting} is not a ${expected === 'map' ? 'map of patterns to languages' : 'list of patterns'}`);
    this.name = 'MalformedSetting';
  }
}

/** The associations with `pattern` → "vankien" added; null when they have it already. */
export function withAssociation(current: unknown, pattern: string): Record<string, unknown> | null {
  if (current !== undefined && current !== null && (typeof current !== 'object' || Array.isArray(current))) throw new MalformedSetting('files.associations', 'map');
  const map = (current ?? {}) as Readonly<Record<string, unknown>>;
  if (map[pattern] === 'vankien') return null;
  return { ...map, [pattern]: 'vankien' };
}

/** Whether a setting's value is a list of patterns (a hand-written one may be anything). */
export function isPatternList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((p) => typeof p === 'string');
}

/** The include patterns with `pattern` added at the end; null when they have it already. */
export function withInclude(current: unknown, pattern: string): string[] | null {
  if (!isPatternList(current)) throw new MalformedSetting('vankien.corpus.include', 'list');
  return current.includes(pattern) ? null : [...current, pattern];
}
