// Which documents' diagnostics a change of the index can alter. A document's own diagnostics change
// with it; other documents' only through the citations they share with it: a code cited with different
// dates or issuers, or in different terms, is reported in every document citing it. Other keys (dates,
// bodies, people cited everywhere) raise no cross-document diagnostic, and re-diagnosing every document
// that shares one with an edited file would redo the whole corpus on every keystroke.
import type { CorpusIndex, IndexChange } from './corpusIndex';

export class DiagnosticScope {
  /** Citation key → whether it had a conflict at the last change that touched it (unknown: assume so). */
  private readonly conflicted = new Map<string, boolean>();

  /**
   * Adds to `into` the documents to diagnose again after `change`. Returns true when every document
   * must be (a change that names no document: a new catalogue, a cleared index).
   */
  collect(index: CorpusIndex, change: IndexChange, into: Set<string>): boolean {
    for (const u of change.uris) into.add(u);
    for (const k of change.keys) {
      if (index.kindOf(k) !== 'citation') {
        this.conflicted.delete(k);
        continue;
      }
      // A code that had no conflict before the change and has none after it changes nothing elsewhere.
      const now = index.conflictsOf(k).length > 0;
      if (now || this.conflicted.get(k) !== false) for (const u of index.citingDocuments(k)) into.add(u);
      this.conflicted.set(k, now);
    }
    return change.uris.length === 0;
  }
}
