// Which documents' diagnostics a change of the index can alter. A document's own diagnostics change
// with it; other documents' only through the citations they share with it: a code cited with different
// dates or issuers, or in different terms, is reported in every document citing it. Other keys (dates,
// bodies, people cited everywhere) raise no cross-document diagnostic, and re-diagnosing every document
// that shares one with an edited file would redo the whole corpus on every keystroke.
import { mentionsByDocument } from './corpusIndex';
import { Slice } from '../slices';
import type { CodeConflict, CorpusIndex, IndexChange, Mention } from './corpusIndex';
import { conflictingIssuers, particularIssuer, sameIssuer } from './postings';
import type { CitationEntity, DateEntity, Entity, Range } from '../types';
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

/** Other mentions a conflict's report names (as related information), at most. */
export const MAX_RELATED = 20;

/** One mention of a document in a conflict, as its diagnostic reports it. */
export interface ConflictFinding {
  mention: Mention;
  /** Its value: a date, an issuer as written, or a term. */
  value: string;
  /** The first MAX_RELATED mentions of the corpus whose value differs from it, with theirs. */
  others: { mention: Mention; value: string }[];
  /** For an issuers conflict, the issuers the message names. */
  issuers: readonly string[];
}

function valueOf(index: CorpusIndex, c: CodeConflict, m: Mention): string {
  const e = m.entity as CitationEntity;
  if (c.kind === 'dates') return e.date ?? '';
  if (c.kind === 'issuers') return particularIssuer(e) ?? '';
  return index.keysOf(m)[0].split('@')[1] ?? '';
}

/**
 * What the reports of one conflict share in every document citing its code, worked out once per
 * conflict (it lives until the code's postings change) rather than once per document: each mention's
 * value, and for each value the mentions that differ from it. A document's report then costs what its
 * own mentions do; looking through all the code's mentions for each of them made the diagnostics of a
 * code cited by 6,000 documents take seconds.
 */
interface ConflictView {
  value: Map<Mention, string>;
  differing(value: string): ConflictFinding['others'];
  issuers: readonly string[];
}

const views = new WeakMap<CodeConflict, ConflictView>();

function viewOf(index: CorpusIndex, c: CodeConflict): ConflictView {
  let view = views.get(c);
  if (view) return view;
  const value = new Map<Mention, string>();
  for (const m of c.mentions) value.set(m, valueOf(index, c, m));
  // Issuers agree as the conflict counts them (spellings, one within the other), not only when written alike.
  const differs = (a: string, b: string) => (c.kind === 'issuers' ? !sameIssuer(a, b) : a !== b);
  const byValue = new Map<string, ConflictFinding['others']>();
  view = {
    value,
    differing(v) {
      let list = byValue.get(v);
      if (!list) {
        list = [];
        for (const o of c.mentions) {
          const w = value.get(o)!;
          if (differs(w, v) && list.push({ mention: o, value: w }) === MAX_RELATED) break;
        }
        byValue.set(v, list);
      }
      return list;
    },
    issuers: c.kind === 'issuers' ? conflictingIssuers([...value.values()].filter(Boolean)) : [],
  };
  views.set(c, view);
  return view;
}

/**
 * A document's mentions in a conflict, each with the mentions elsewhere that disagree with it. A
 * mention that agrees with every other one is not reported, except in a 'terms' conflict (the code
 * names several documents, which every mention is told).
 */
export function conflictReport(index: CorpusIndex, c: CodeConflict, uri: string): ConflictFinding[] {
  const mine = mentionsByDocument(c).get(uri);
  if (!mine) return [];
  const view = viewOf(index, c);
  const out: ConflictFinding[] = [];
  for (const m of mine) {
    const value = view.value.get(m)!;
    const others = view.differing(value);
    if (c.kind !== 'terms' && others.length === 0) continue;
    out.push({ mention: m, value, others, issuers: view.issuers });
  }
  return out;
}

/**
 * What another document's diagnostics of a code depend on: the kinds of its conflicts, their values
 * as the messages write them, and the places of the mentions each value's reports name as related
 * information ('' for no conflict). A document reports a mention only when another one differs from
 * it, which cannot change while the values stay.
 */
function conflictState(index: CorpusIndex, conflicts: readonly CodeConflict[]): string {
  const parts: string[] = [];
  for (const c of conflicts) {
    const view = viewOf(index, c);
    parts.push(`${c.kind}\u0001${c.scope}\u0001${c.values.join('\u0001')}\u0001${view.issuers.join('\u0001')}`);
    for (const v of new Set(view.value.values())) {
      parts.push(`${v}\u0003${view.differing(v).map((o) => `${o.mention.uri}#${o.mention.entity.start}`).join('\u0003')}`);
    }
  }
  return parts.join('\u0002');
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
      // The other documents citing a code are diagnosed again only when what their reports say of it
      // changes: typing in one of 6,000 documents citing a code cited with two dates re-diagnosed all
      // 6,000 at every pause. Typing before a mention that others name (one of at most 20 a value)
      // still sends them all, each then diagnosed at the cost of its own mentions.
      const now = conflictState(index, index.conflictsOf(k));
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

/**
 * Works through what a queue holds a slice of time at a time, as the editor's diagnostics do after a
 * change: `each` is called for every document to diagnose (indexed or no longer), `onAll` when the
 * queue asks for all of them (before their turns: every indexed document then comes), and what does
 * not fit in `sliceMs` waits for the next turn of the event loop. A bulk index announces thousands of
 * documents at once: diagnosing the 8,000 of a start's first second in one go held the extension
 * host's thread for some 60 ms.
 */
export class SlicedDiagnosis {
  private readonly todo = new Set<string>();
  private next: ReturnType<typeof setImmediate> | undefined;

  constructor(
    private readonly queue: DiagnosticQueue,
    private readonly each: (uri: string) => void,
    private readonly onAll: () => void = () => undefined,
    private readonly sliceMs?: number,
  ) {}

  /** How many documents wait for their turn. */
  get pending(): number {
    return this.todo.size;
  }

  /** Takes what the queue holds, and diagnoses a first slice of what waits now. */
  run(): void {
    const { all, uris } = this.queue.take();
    if (all) {
      this.todo.clear();
      this.onAll();
    }
    for (const u of uris) this.todo.add(u);
    this.work();
  }

  dispose(): void {
    if (this.next) clearImmediate(this.next);
    this.next = undefined;
    this.todo.clear();
  }

  private readonly work = (): void => {
    if (this.next) clearImmediate(this.next);
    this.next = undefined;
    const slice = new Slice(this.sliceMs);
    try {
      for (const uri of this.todo) {
        this.todo.delete(uri);
        this.each(uri);
        if (slice.over) break;
      }
    } finally {
      // A document whose diagnosis throws leaves the others their turn.
      if (this.todo.size > 0) this.next = setImmediate(this.work);
    }
  };
}
