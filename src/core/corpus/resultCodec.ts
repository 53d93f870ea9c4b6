// A compact form of extraction results for crossing threads: one table of distinct strings (JSON of a
// string array; a key or name repeated across a batch is sent, parsed and kept once) and one Int32Array
// of numbers (offsets, ranges, string indices, flags) that is transferred, not copied. Rebuilding
// objects from it is several times faster than JSON.parse of the objects themselves, whose field names
// and nested ranges made the JSON five times the size of the text.
import type { DocumentInfo, Entity, ExtractResult, Position, Range } from '../types';
import type { FileOutcome } from './extractWorker';

export interface EncodedBatch {
  /** JSON of the string table. */
  strings: string;
  /** The numbers; its buffer is transferable. */
  ints: Int32Array;
}

const NULL = -2147483648;
const KINDS = ['citation', 'person', 'date', 'organization', 'term', 'abbreviation'] as const;
const SYSTEMS = ['party', 'state', 'conference'] as const;
const FORMS = ['khóa', 'lần thứ', 'nhiệm kỳ'] as const;

class Writer {
  private readonly table: string[] = [];
  private readonly ids = new Map<string, number>();
  private buf = new Int32Array(1 << 16);
  private n = 0;

  int(v: number): void {
    if (this.n === this.buf.length) {
      const next = new Int32Array(this.buf.length * 2);
      next.set(this.buf);
      this.buf = next;
    }
    this.buf[this.n++] = v;
  }
  num(v: number | null): void {
    if (v !== null && (!Number.isInteger(v) || v === NULL || v > 2147483647 || v < NULL)) throw new Error(`not an int32: ${v}`);
    this.int(v === null ? NULL : v);
  }
  str(s: string | null): void {
    if (s === null) return this.int(NULL);
    let id = this.ids.get(s);
    if (id === undefined) {
      id = this.table.length;
      this.table.push(s);
      this.ids.set(s, id);
    }
    this.int(id);
  }
  bool(b: boolean | null): void {
    this.int(b === null ? 2 : b ? 1 : 0);
  }
  strs(a: readonly string[]): void {
    this.int(a.length);
    for (const s of a) this.str(s);
  }
  done(): EncodedBatch {
    return { strings: JSON.stringify(this.table), ints: this.buf.slice(0, this.n) };
  }
}

/**
 * What decoded batches of one index run share, frozen so that nobody can change one entity through
 * another (one-item lists excepted, see single()): the empty list, one-item lists, and the positions (the same line and character in many files is one object;
 * a position is a third of an entity's memory). Bounded: past the limit, positions are new objects.
 */
export class SharedParts {
  readonly empty: string[] = Object.freeze([]) as unknown as string[];
  /** Positions by line, then character (arrays: a lookup is two index reads, no hashing). */
  private readonly rows: Position[][] = [];
  private count = 0;
  private readonly singles = new Map<string, string[]>();
  /** Ranges by their start (as positions are kept), then by line span and end character. */
  private readonly ranges: Map<number, Range>[][] = [];
  private rangeCount = 0;
  constructor(private readonly limit = 200_000) {}
  range(sl: number, sc: number, el: number, ec: number): Range {
    const start = this.position(sl, sc);
    const end = this.position(el, ec);
    const span = el - sl;
    if (sl >= 1_000_000 || sc >= 100_000 || ec >= 65_536 || span < 0 || span >= 16_384) return { start, end };
    const row = (this.ranges[sl] ??= []);
    const byEnd = (row[sc] ??= new Map());
    const k = span * 65_536 + ec;
    let r = byEnd.get(k);
    if (r === undefined) {
      r = { start, end };
      if (this.rangeCount < this.limit) {
        byEnd.set(k, Object.freeze(r));
        this.rangeCount++;
      }
    }
    return r;
  }
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
  position(line: number, character: number): Position {
    const row = this.rows[line] ?? (line < 1_000_000 ? (this.rows[line] = []) : undefined);
    let p = row?.[character];
    if (p === undefined) {
      p = { line, character };
      if (row && character < 100_000 && this.count < this.limit) {
        row[character] = Object.freeze(p);
        this.count++;
      }
    }
    return p;
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
  get atEnd(): boolean {
    return this.i >= this.ints.length;
  }
}

function writeEntity(w: Writer, e: Entity): void {
  w.int(KINDS.indexOf(e.kind));
  w.str(e.text);
  w.int(e.start);
  w.int(e.end);
  w.int(e.range.start.line);
  w.int(e.range.start.character);
  w.int(e.range.end.line);
  w.int(e.range.end.character);
  w.str(e.key);
  switch (e.kind) {
    case 'citation':
      w.int(SYSTEMS.indexOf(e.system));
      w.str(e.code); w.str(e.number); w.str(e.type); w.str(e.typeCode); w.str(e.issuerCode); w.str(e.issuer);
      w.str(e.date); w.str(e.subject); w.num(e.year); w.strs(e.terms); w.str(e.conference); w.bool(e.shortForm); w.strs(e.refs);
      break;
    case 'person':
      w.str(e.name); w.strs(e.positions);
      break;
    case 'date':
      w.str(e.iso); w.bool(e.inferred); w.bool(e.dateline); w.str(e.weekday); w.bool(e.weekdayMatches);
      break;
    case 'organization':
      w.str(e.name);
      break;
    case 'term':
      w.str(e.roman); w.num(e.ordinal); w.int(FORMS.indexOf(e.form)); w.num(e.fromYear); w.num(e.toYear);
      break;
    case 'abbreviation':
      w.str(e.abbreviation); w.str(e.expansion);
      break;
  }
}

function readEntity(r: Reader): Entity {
  const kind = KINDS[r.int()];
  const text = r.s();
  const start = r.int();
  const end = r.int();
  const sl = r.int(), sc = r.int(), el = r.int(), ec = r.int();
  const range = r.shared.range(sl, sc, el, ec);
  const key = r.s();
  switch (kind) {
    case 'citation': {
      const system = SYSTEMS[r.int()];
      const code = r.str(), number = r.str(), type = r.str(), typeCode = r.str(), issuerCode = r.str(), issuer = r.str();
      const date = r.str(), subject = r.str(), year = r.num(), terms = r.strs(), conference = r.str(), shortForm = r.bool()!, refs = r.strs();
      return { kind, text, start, end, range, key, system, code, number, type, typeCode, issuerCode, issuer, date, subject, year, terms, conference, shortForm, refs };
    }
    case 'person': {
      const name = r.s();
      return { kind, text, start, end, range, key, name, positions: r.strs() };
    }
    case 'date': {
      const iso = r.s(), inferred = r.bool()!, dateline = r.bool()!, weekday = r.str(), weekdayMatches = r.bool();
      return { kind, text, start, end, range, key, iso, inferred, dateline, weekday, weekdayMatches };
    }
    case 'organization':
      return { kind, text, start, end, range, key, name: r.s() };
    case 'term': {
      const roman = r.str(), ordinal = r.num(), form = FORMS[r.int()], fromYear = r.num(), toYear = r.num();
      return { kind, text, start, end, range, key, roman, ordinal, form, fromYear, toYear };
    }
    case 'abbreviation': {
      const abbreviation = r.s();
      return { kind, text, start, end, range, key, abbreviation, expansion: r.s() };
    }
    default:
      throw new Error('unknown entity kind in an encoded batch');
  }
}

/** Encodes file outcomes; throws when a result does not fit the entity model (the caller then sends JSON). */
export function encodeOutcomes(outcomes: readonly FileOutcome[]): EncodedBatch {
  const w = new Writer();
  w.int(outcomes.length);
  for (const o of outcomes) {
    w.str(o.key);
    w.strs(o.warnings);
    w.str(o.text);
    w.str(o.error);
    const r = o.result;
    if (r === null) {
      w.int(0);
      continue;
    }
    w.int(1);
    w.str(r.info.ownCode); w.str(r.info.ownKey); w.str(r.info.dateline); w.str(r.info.title);
    w.strs(r.warnings);
    w.int(r.entities.length);
    for (const e of r.entities) writeEntity(w, e);
  }
  return w.done();
}

/** Rebuilds the outcomes; pass one SharedParts to every batch of a run to share positions and empty lists. */
export function decodeOutcomes(batch: EncodedBatch, shared = new SharedParts()): FileOutcome[] {
  const r = new Reader(JSON.parse(batch.strings) as string[], batch.ints, shared);
  const n = r.int();
  const out: FileOutcome[] = new Array(n);
  for (let k = 0; k < n; k++) {
    const key = r.s();
    const warnings = r.strs();
    const text = r.str();
    const error = r.str();
    let result: ExtractResult | null = null;
    if (r.int() === 1) {
      const info: DocumentInfo = { ownCode: r.str(), ownKey: r.str(), dateline: r.str(), title: r.str() };
      const rw = r.strs();
      const count = r.int();
      const entities: Entity[] = new Array(count);
      for (let j = 0; j < count; j++) entities[j] = readEntity(r);
      result = { entities, info, warnings: rw };
    }
    out[k] = { key, warnings, result, text, error };
  }
  if (!r.atEnd) throw new Error('encoded batch longer than its documents');
  return out;
}
