// TEMPORARY scaffold of the corpus index's public surface (documents → entities, key → mentions).
// The providers work replaces it with the full incremental index; these members stay.
import { extract } from '../extract';
import { Entity, ExtractResult } from '../types';

export interface IndexedDocument extends ExtractResult {
  /** The adapter's identifier of the document (a URI string in the editor, a path in the CLI). */
  uri: string;
}

export interface Mention {
  uri: string;
  entity: Entity;
}

export class CorpusIndex {
  private readonly docs = new Map<string, IndexedDocument>();

  set(uri: string, text: string): IndexedDocument {
    const doc: IndexedDocument = { uri, ...extract(text) };
    this.docs.set(uri, doc);
    return doc;
  }

  delete(uri: string): boolean {
    return this.docs.delete(uri);
  }

  get(uri: string): IndexedDocument | undefined {
    return this.docs.get(uri);
  }

  documents(): IterableIterator<IndexedDocument> {
    return this.docs.values();
  }

  referencesOf(key: string): Mention[] {
    const out: Mention[] = [];
    for (const doc of this.docs.values()) {
      for (const entity of doc.entities) if (entity.key === key) out.push({ uri: doc.uri, entity });
    }
    return out;
  }
}
