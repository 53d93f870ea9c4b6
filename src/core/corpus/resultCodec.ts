// A compact form of extraction results for crossing threads: one table of distinct strings (JSON of a
// string array; a key or name repeated across a batch is sent, parsed and kept once) and one Int32Array
// of numbers (offsets, line starts, string indices, flags) that is transferred, not copied. Rebuilding
// objects from it is several times faster than JSON.parse of the objects themselves, whose field names
// and nested ranges made the JSON five times the size of the text.
//
// The batches of one run (a worker's answers, the frames of a cache file) can share one string table:
// the sender keeps what it sent (SentStrings), the receiver what it received (a string array, in the
// order the batches were encoded), and a batch carries only the strings no earlier batch of its run did.
// At 10,000 documents the batches' own tables held 946,000 strings (16 million characters), of which
// 54,000 (2.6 million characters) were distinct.
import type { DocumentInfo, Entity, ExtractResult } from '../types';
import { UNPLACED } from '../extract/unplaced';
import type { FileOutcome } from './extractWorker';
import { keepShape } from '../keptShapes';

export interface EncodedBatch {
  /** JSON of the string table: with a run's table, only the strings this batch adds to it. */
  strings: string;
  /** With a run's table: the index there of the first of `strings` (what the receiver must hold already). */
  base?: number;
  /** With a run's table: the table starts again with this batch (the receiver empties its own first; base is 0). */
  restart?: boolean;
  /** The numbers; its buffer is transferable. */
  ints: Int32Array;
}

/**
 * The sender's half of a run's string table: each string sent so far, by its index in the table. The
 * strings are kept as copies of their own, never as the extractor's slices of a file's text, which
 * would keep every such file alive as long as the run.
 */
export class SentStrings {
  readonly ids = new Map<string, number>();
  /** Slots of the table so far: the strings in `ids`, and the ones sent once and not kept (a document's text). */
  size = 0;
  /**
   * `limit`: once the table has this many slots, the next batch starts it again (EncodedBatch.restart), so
   * that a run over a very large corpus keeps at most about so many strings on either side. 10,000
   * documents need some 54,000.
   */
  constructor(readonly limit = 200_000) {}
}

/** Both halves of a run's table for batches encoded and decoded in one thread (see compactOutcomes). */
export interface RunStrings {
  sent: SentStrings;
  received: string[];
}

/** Empties both halves of a run's table: the run starts again from an empty table (or ends). */
export function resetRun(run: RunStrings): void {
  run.sent.ids.clear();
  run.sent.size = 0;
  run.received.length = 0;
}

const NULL = -2147483648;
/** In place of a string: the entity's text, or its key (a name is mostly its text; an ISO date, an abbreviation, a citation's only ref its key). */
const SAME_TEXT = -1;
const SAME_KEY = -2;
const KINDS = ['citation', 'person', 'date', 'organization', 'term', 'abbreviation'] as const;
const SYSTEMS = ['party', 'state', 'conference'] as const;
const FORMS = ['khóa', 'lần thứ', 'nhiệm kỳ'] as const;

/** A growing column of 32-bit numbers (the compact form's numbers, the index cache's postings). */
export class Ints {
  private buf: Int32Array;
  length = 0;
  /** `size`: numbers to make room for at first (it doubles as needed). */
  constructor(size = 1 << 16) {
    this.buf = new Int32Array(size);
  }
  push(v: number): void {
    if (this.length === this.buf.length) {
      const next = new Int32Array(this.buf.length * 2);
      next.set(this.buf);
      this.buf = next;
    }
    this.buf[this.length++] = v;
  }
  pushAll(vs: ArrayLike<number>): void {
    for (let i = 0; i < vs.length; i++) this.push(vs[i]);
  }
  /** The numbers so far (a view: it changes as they do). */
  get view(): Int32Array {
    return this.buf.subarray(0, this.length);
  }
}

class Writer extends Ints {
  /** The strings this batch adds to the table. */
  private readonly table: string[] = [];
  private readonly ids: Map<string, number>;
  /** Where this batch's strings start in its run's table (0: a table of its own). */
  private readonly base: number;
  /** The run's table is full: this batch starts it again (with a map of its own until it is sent). */
  private readonly restart: boolean;
  /** Places in `table` of the strings written with once(). */
  private onceSlots: Set<number> | undefined;
  /**
   * `size`: numbers to make room for at first (it grows); a batch of files needs some 100,000, one document 3,000.
   * `sent`: the run's table, when the batch is one of a run.
   */
  constructor(size = 1 << 16, private readonly sent?: SentStrings) {
    super(size);
    this.restart = sent !== undefined && sent.size >= sent.limit;
    this.ids = sent && !this.restart ? sent.ids : new Map();
    this.base = sent && !this.restart ? sent.size : 0;
  }

  num(v: number | null): void {
    if (v !== null && (!Number.isInteger(v) || v === NULL || v > 2147483647 || v < NULL)) throw new Error(`not an int32: ${v}`);
    this.push(v === null ? NULL : v);
  }
  str(s: string | null): void {
    if (s === null) return this.push(NULL);
    let id = this.ids.get(s);
    if (id === undefined) {
      id = this.base + this.table.length;
      this.table.push(s);
      this.ids.set(s, id);
    }
    this.push(id);
  }
  /**
   * A string read once and not worth keeping (a document's whole text): a slot of its own that the run's
   * table does not remember, and that the receiver empties once read.
   */
  once(s: string | null): void {
    if (s === null) return this.push(NULL);
    (this.onceSlots ??= new Set()).add(this.table.length);
    this.push(this.base + this.table.length);
    this.table.push(s);
  }
  bool(b: boolean | null): void {
    this.push(b === null ? 2 : b ? 1 : 0);
  }
  strs(a: readonly string[]): void {
    this.push(a.length);
    for (const s of a) this.str(s);
  }
  /** A string that is often one already written for the entity: a marker instead of a table lookup. */
  strLike(s: string | null, text: string, key: string): void {
    if (s === text) this.push(SAME_TEXT);
    else if (s === key) this.push(SAME_KEY);
    else this.str(s);
  }
  strsLike(a: readonly string[], key: string): void {
    if (a.length === 1 && a[0] === key) return this.push(SAME_KEY);
    this.strs(a);
  }
  /**
   * The batch. With a run's table, `copies` are the strings it added, as the receiver will have them
   * (copies of their own, parsed from the batch); the run's table now holds those instead of the
   * strings written, which may be slices of a file's text.
   */
  done(): { batch: EncodedBatch; copies: string[] } {
    const strings = JSON.stringify(this.table);
    let copies: string[] = [];
    if (this.sent) {
      const ids = this.sent.ids;
      if (this.restart) ids.clear();
      copies = this.table.length > 0 ? (JSON.parse(strings) as string[]) : [];
      for (let i = 0; i < copies.length; i++) {
        if (this.onceSlots?.has(i)) continue;
        if (!this.restart) ids.delete(this.table[i]);
        ids.set(copies[i], this.base + i);
      }
      this.sent.size = this.base + this.table.length;
    }
    const batch: EncodedBatch = { strings, base: this.base, ints: this.view.slice() };
    if (this.restart) batch.restart = true;
    return { batch, copies };
  }

  /** Takes this batch's strings back out of the run's table: the batch is not sent. */
  abandon(): void {
    // A batch that was to start the table again wrote to a map of its own: the run's is as it was.
    if (this.sent && !this.restart) for (let i = 0; i < this.table.length; i++) if (!this.onceSlots?.has(i)) this.ids.delete(this.table[i]);
  }
}

keepShape(new Writer(4));

/**
 * What decoded batches of one index run share: the empty list, frozen so that nobody can change one
 * entity through another, and one-item lists (see single()). Bounded.
 */
export class SharedParts {
  readonly empty: string[] = Object.freeze([]) as unknown as string[];
  private readonly singles = new Map<string, string[]>();
  constructor(private readonly limit = 200_000) {}
  /** A one-item list (a citation's refs, a person's only position): one array per item. Not frozen: the
   *  index writes each item back as its interned copy, an equal string, which leaves every sharer right. */
  single(item: string): string[] {
    let a = this.singles.get(item);
    if (a === undefined) {
      a = [item];
      if (this.singles.size < this.limit) this.singles.set(item, a);
    }
    return a;
  }
}

class Reader {
  private i = 0;
  constructor(private readonly table: string[], private readonly ints: Int32Array, readonly shared: SharedParts) {}
  int(): number {
    return this.ints[this.i++];
  }
  num(): number | null {
    const v = this.ints[this.i++];
    return v === NULL ? null : v;
  }
  str(): string | null {
    const v = this.ints[this.i++];
    return v === NULL ? null : this.table[v];
  }
  /** A string written with once(): its slot is emptied, so that the run's table does not keep it. */
  once(): string | null {
    const v = this.ints[this.i++];
    if (v === NULL) return null;
    const s = this.table[v];
    this.table[v] = '';
    return s;
  }
  s(): string {
    return this.table[this.ints[this.i++]];
  }
  bool(): boolean | null {
    const v = this.ints[this.i++];
    return v === 2 ? null : v === 1;
  }
  strs(): string[] {
    const n = this.ints[this.i++];
    if (n === 0) return this.shared.empty;
    if (n === 1) return this.shared.single(this.table[this.ints[this.i++]]);
    const out = new Array<string>(n);
    for (let k = 0; k < n; k++) out[k] = this.table[this.ints[this.i++]];
    return out;
  }
  /** The next `n` numbers as a list of their own (not a view that would keep the whole batch alive). */
  uints(n: number): Uint32Array {
    const out = Uint32Array.from(this.ints.subarray(this.i, this.i + n));
    this.i += n;
    return out;
  }
  /** A string written with strLike. */
  like(text: string, key: string): string {
    const v = this.ints[this.i++];
    return v === SAME_TEXT ? text : v === SAME_KEY ? key : this.table[v];
  }
  likes(key: string): string[] {
    if (this.ints[this.i] === SAME_KEY) {
      this.i++;
      return this.shared.single(key);
    }
    return this.strs();
  }
  get atEnd(): boolean {
    return this.i >= this.ints.length;
  }
}

keepShape(new Reader([], new Int32Array(0), new SharedParts(0)));

function writeEntity(w: Writer, e: Entity): void {
  const kind = KINDS.indexOf(e.kind);
  if (kind < 0) throw new Error(`not an entity kind: ${String(e.kind)}`);
  w.push(kind);
  w.str(e.text);
  w.push(e.start);
  w.push(e.end);
  w.strLike(e.key, e.text, e.text);
  const text = e.text;
  const key = e.key;
  switch (e.kind) {
    case 'citation':
      w.push(SYSTEMS.indexOf(e.system));
      w.str(e.code); w.str(e.number); w.str(e.type); w.str(e.typeCode); w.str(e.issuerCode); w.str(e.issuer);
      w.str(e.date); w.str(e.subject); w.num(e.year); w.strs(e.terms); w.str(e.conference); w.bool(e.shortForm); w.strsLike(e.refs, key);
      break;
    case 'person':
      w.strLike(e.name, text, key); w.strs(e.positions);
      break;
    case 'date':
      w.strLike(e.iso, text, key); w.bool(e.inferred); w.bool(e.dateline); w.str(e.weekday); w.bool(e.weekdayMatches);
      break;
    case 'organization':
      w.strLike(e.name, text, key);
      break;
    case 'term':
      w.str(e.roman); w.num(e.ordinal); w.push(FORMS.indexOf(e.form)); w.num(e.fromYear); w.num(e.toYear);
      break;
    case 'abbreviation':
      w.strLike(e.abbreviation, text, key); w.str(e.expansion);
      break;
  }
}

function readEntity(r: Reader): Entity {
  const kind = KINDS[r.int()];
  const text = r.s();
  const start = r.int();
  const end = r.int();
  // Entities travel without ranges; the index computes them from the line starts sent with the file.
  const range = UNPLACED;
  const key = r.like(text, text);
  switch (kind) {
    case 'citation': {
      const system = SYSTEMS[r.int()];
      const code = r.str(), number = r.str(), type = r.str(), typeCode = r.str(), issuerCode = r.str(), issuer = r.str();
      const date = r.str(), subject = r.str(), year = r.num(), terms = r.strs(), conference = r.str(), shortForm = r.bool()!, refs = r.likes(key);
      return { kind, text, start, end, range, key, system, code, number, type, typeCode, issuerCode, issuer, date, subject, year, terms, conference, shortForm, refs };
    }
    case 'person': {
      const name = r.like(text, key);
      return { kind, text, start, end, range, key, name, positions: r.strs() };
    }
    case 'date': {
      const iso = r.like(text, key), inferred = r.bool()!, dateline = r.bool()!, weekday = r.str(), weekdayMatches = r.bool();
      return { kind, text, start, end, range, key, iso, inferred, dateline, weekday, weekdayMatches };
    }
    case 'organization':
      return { kind, text, start, end, range, key, name: r.like(text, key) };
    case 'term': {
      const roman = r.str(), ordinal = r.num(), form = FORMS[r.int()], fromYear = r.num(), toYear = r.num();
      return { kind, text, start, end, range, key, roman, ordinal, form, fromYear, toYear };
    }
    case 'abbreviation': {
      const abbreviation = r.like(text, key);
      return { kind, text, start, end, range, key, abbreviation, expansion: r.s() };
    }
    default:
      throw new Error('unknown entity kind in an encoded batch');
  }
}

/**
 * Encodes file outcomes; throws when a result does not fit the entity model (the caller then sends JSON).
 * `sent`: the run's table, when the batch is one of a run (a batch that throws adds nothing to it).
 */
export function encodeOutcomes(outcomes: readonly FileOutcome[], sent?: SentStrings): EncodedBatch {
  return encode(outcomes, sent).batch;
}

function encode(outcomes: readonly FileOutcome[], sent?: SentStrings): { batch: EncodedBatch; copies: string[] } {
  const w = new Writer(outcomes.length > 1 ? 1 << 16 : 1 << 12, sent);
  try {
    writeOutcomes(w, outcomes);
    return w.done();
  } catch (err) {
    // abandon() finds the strings by value: it also takes out the copies done() may have put in.
    w.abandon();
    throw err;
  }
}

function writeOutcomes(w: Writer, outcomes: readonly FileOutcome[]): void {
  w.push(outcomes.length);
  for (const o of outcomes) {
    w.str(o.key);
    w.strs(o.warnings);
    w.once(o.text);
    w.str(o.error);
    const lines = o.lines;
    w.push(lines ? lines.length : -1);
    if (lines) for (let i = 0; i < lines.length; i++) w.push(lines[i]);
    const r = o.result;
    if (r === null) {
      w.push(0);
      continue;
    }
    w.push(1);
    w.str(r.info.ownCode); w.str(r.info.ownKey); w.str(r.info.dateline); w.str(r.info.title);
    w.strs(r.warnings);
    w.push(r.entities.length);
    for (const e of r.entities) writeEntity(w, e);
  }
}

/**
 * Rebuilds the outcomes; pass one SharedParts to every batch of a run to share positions and empty lists.
 * `received`: the run's table, for a batch of a run (its strings are added to it; batches must come in the
 * order they were encoded). A batch that fails to decode leaves the table unfit for the run's next ones.
 */
export function decodeOutcomes(batch: EncodedBatch, shared = new SharedParts(), received?: string[]): FileOutcome[] {
  const fresh = JSON.parse(batch.strings) as string[];
  const base = batch.base ?? 0;
  if (!received) {
    if (base !== 0) throw new Error(`a batch of a run (its strings from ${base}) decoded without the run's table`);
    return decodeWith(fresh, batch.ints, shared);
  }
  if (batch.restart) received.length = 0;
  if (base !== received.length) throw new Error(`a batch whose strings start at ${base} after ${received.length} received: batches out of order`);
  for (const s of fresh) received.push(s);
  return decodeWith(received, batch.ints, shared);
}

function decodeWith(table: string[], ints: Int32Array, shared: SharedParts): FileOutcome[] {
  const r = new Reader(table, ints, shared);
  const n = r.int();
  const out: FileOutcome[] = new Array(n);
  for (let k = 0; k < n; k++) {
    const key = r.s();
    const warnings = r.strs();
    const text = r.once();
    const error = r.str();
    const lineCount = r.int();
    const lines = lineCount < 0 ? null : r.uints(lineCount);
    let result: ExtractResult | null = null;
    if (r.int() === 1) {
      const info: DocumentInfo = { ownCode: r.str(), ownKey: r.str(), dateline: r.str(), title: r.str() };
      const rw = r.strs();
      const count = r.int();
      const entities: Entity[] = new Array(count);
      for (let j = 0; j < count; j++) entities[j] = readEntity(r);
      result = { entities, info, warnings: rw };
    }
    out[k] = { key, warnings, result, text, lines, error };
  }
  if (!r.atEnd) throw new Error('encoded batch longer than its documents');
  return out;
}

/**
 * Outcomes extracted in this thread, rebuilt through the compact form. An extracted entity's strings
 * are slices of its file's text (V8 keeps a long substring as a view of its whole parent), so a document
 * kept in the index kept its text alive too: 15 KB more per document than a worker's result, which the
 * collections then have to copy. Rebuilt, the strings are their own and the repeated ones shared within
 * the batch, or within the run with `run` (the table the run's batches share, see RunStrings). Outcomes
 * the compact form cannot hold (see encodeOutcomes) come back as they are.
 */
export function compactOutcomes(outcomes: FileOutcome[], shared: SharedParts, run?: RunStrings): FileOutcome[] {
  if (!run) {
    try {
      return decodeOutcomes(encodeOutcomes(outcomes), shared);
    } catch {
      return outcomes;
    }
  }
  let encoded: { batch: EncodedBatch; copies: string[] };
  try {
    encoded = encode(outcomes, run.sent);
  } catch {
    return outcomes;
  }
  if (encoded.batch.restart) run.received.length = 0;
  // The two halves must agree on where this batch's strings start (nothing else would tell if they did not).
  if (encoded.batch.base !== run.received.length) {
    resetRun(run);
    return outcomes;
  }
  // The receiving half takes the copies the sending half now holds: each string once in the thread.
  for (const s of encoded.copies) run.received.push(s);
  try {
    return decodeWith(run.received, encoded.batch.ints, shared);
  } catch {
    // Cannot happen for a batch just encoded; if it did, the run's table starts again.
    resetRun(run);
    return outcomes;
  }
}

/** One result rebuilt through the compact form (see compactOutcomes). */
export function compacted(result: ExtractResult, shared: SharedParts): ExtractResult {
  return compactOutcomes([{ key: '', warnings: [], result, text: null, lines: null, error: null }], shared)[0].result!;
}
