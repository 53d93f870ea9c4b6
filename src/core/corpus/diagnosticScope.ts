// Which documents' diagnostics a change of the index can alter. A document's own diagnostics change
// with it; other documents' only through the citations they share with it: a code cited with different
// dates or issuers, or in different terms, is reported in every document citing it. Other keys (dates,
// bodies, people cited everywhere) raise no cross-document diagnostic, and re-diagnosing every document
// that shares one with an edited file would redo the whole corpus on every keystroke.
import type { CodeConflict, CorpusIndex, IndexChange } from './corpusIndex';
import type { DateEntity, Entity, Range } from '../types';
import type { LookalikeCode } from './lookalikes';

/** Which kinds of finding the diagnostics report (each behind its own setting). */
export interface FindingKinds {
  conflicts: boolean;
  weekdays: boolean;
  lookalikes: boolean;
}

/** What a document's diagnostics are made of. */
export interface DocumentFindings {
  /** Codes it cites that the corpus cites with different dates, issuers or terms. */
  conflicts: CodeConflict[];
  /** Datelines whose written weekday does not match their date. */
  weekdays: (DateEntity & { weekday: string })[];
  lookalikes: readonly (LookalikeCode & { range: Range })[];
}

const wrongWeekday = (e: Entity): e is DateEntity & { weekday: string } => e.kind === 'date' && e.dateline && e.weekday !== null && e.weekdayMatches === false;

/** The findings of one indexed document, of the kinds asked for. */
export function findingsIn(index: CorpusIndex, uri: string, kinds: FindingKinds): DocumentFindings {
  const weekdays: DocumentFindings['weekdays'] = [];
  if (kinds.weekdays) {
    for (const e of index.entitiesIn(uri)) {
      if (wrongWeekday(e)) weekdays.push(e);
    }
  }
  return {
    conflicts: kinds.conflicts ? index.conflictsIn(uri) : [],
    weekdays,
    lookalikes: kinds.lookalikes ? index.lookalikesIn(uri) : [],
  };
}

/**
 * What another document's diagnostics of a code depend on: the kinds of its conflicts and their values
 * ('' for none). The messages name the values, and a document reports a mention only when another one
 * differs from it, which cannot change while the values stay (see collect()).
 */
function conflictState(conflicts: readonly CodeConflict[]): string {
  return conflicts.map((c) => `${c.kind}\u0001${c.scope}\u0001${c.values.join('\u0001')}`).join('\u0002');
}

export class DiagnosticScope {
  /** Citation key → its conflicts' state at the last change that touched it (absent: unknown). */
  private readonly conflicted = new Map<string, string>();

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
      // The other documents citing a code are diagnosed again only when its conflicts' values change:
      // typing in one of 6,000 documents citing a code cited with two dates re-diagnosed all 6,000 at
      // every pause. (Their related information may then point a few characters off in the edited
      // document until its values change; its own diagnostics are always new.)
      const now = conflictState(index.conflictsOf(k));
      if (this.conflicted.get(k) !== now) for (const u of index.citingDocuments(k)) into.add(u);
      this.conflicted.set(k, now);
    }
    return change.uris.length === 0;
  }
}

/**
 * The documents waiting to be diagnosed again, as an editor's diagnostics keep them between an index
 * change and the moment they run: a change adds what it can alter (DiagnosticScope); a change naming no
 * document, or a change of settings, asks for all of them. A bulk index announcing thousands of new
 * documents sends those, not the whole corpus again.
 */
export class DiagnosticQueue {
  private readonly scope = new DiagnosticScope();
  private readonly pending = new Set<string>();
  /** Everything: at the start, after a new catalogue or new settings. */
  private all = true;

  constructor(private readonly index: CorpusIndex) {}

  /** Notes a change of the index. */
  add(change: IndexChange): void {
    if (this.scope.collect(this.index, change, this.pending)) this.all = true;
  }

  /** Asks for every document (the settings changed). */
  addAll(): void {
    this.all = true;
  }

  /**
   * What to diagnose now, and empties the queue. `all`: every indexed document is in `uris`, and
   * diagnostics held for documents no longer indexed are to be dropped too.
   */
  take(): { all: boolean; uris: string[] } {
    const all = this.all;
    const uris = all ? [...this.index.documents()].map((d) => d.uri) : [...this.pending];
    this.all = false;
    this.pending.clear();
    return { all, uris };
  }
}
