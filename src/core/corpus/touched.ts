// What the watchers or the editors changed since a full index began, document by document and folder by
// folder: a result the full index read or loaded earlier (a worker's, the cache's) must not replace what
// they put in, nor bring back a document they took out. A folder deleted or renamed comes as one event,
// which covers documents the index may not hold yet (a start puts them in from what it listed, read or
// loaded before the event), so the folder itself is remembered, not only the documents it held then.

/** The prefix every key under a folder's key starts with. */
export const folderPrefix = (key: string): string => key.replace(/\/+$/, '') + '/';

export class Touched {
  private readonly keys = new Set<string>();
  private readonly folders = new Set<string>();

  add(key: string): this {
    this.keys.add(key);
    return this;
  }

  /** A folder (its key) and everything under it. */
  addFolder(key: string): this {
    this.folders.add(folderPrefix(key));
    return this;
  }

  has(key: string): boolean {
    if (this.keys.has(key)) return true;
    for (const prefix of this.folders) if (key.startsWith(prefix)) return true;
    return false;
  }

  /**
   * No document was touched one by one. What a folder event took along is not counted: a cached
   * document under it that the index then refused is missing from what was loaded, which the caller
   * counts, and the folder may have held nothing of the corpus (a build's output deleted).
   */
  get noDocuments(): boolean {
    return this.keys.size === 0;
  }

  /** The documents touched one by one (not those under a folder). */
  documents(): IterableIterator<string> {
    return this.keys.values();
  }
}
