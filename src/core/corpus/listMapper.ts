// Answers that turn a key's mention list into another list (editor locations, export rows) are asked
// again and again, and between two asks one or more documents changed: the mentions outside their runs
// are the same objects. A ListMapper keeps its last output per key and maps only what differs, so a key
// with tens of thousands of mentions costs a pass of pointer comparisons, not a rebuild. It maps either
// a list of records (map) or a posting's columns read in place (mapColumns), without a record each.

/**
 * How many mapped items a ListMapper keeps by default, over all its keys. An editor Location with its
 * range and two positions takes about 170 bytes of heap: 100,000 are some 17 MB, room for the answers
 * of the two or three most mentioned names of a 10,000-document corpus (the largest has 36,459 mentions).
 * Building such an answer again from the index's columns costs about 0.5 ms when no collection comes
 * and up to some 10 ms when one does, against the near second the editor takes to show it; keeping
 * 500,000 (an earlier budget) could hold 85 MB after a few such requests.
 */
export const KEPT_ITEMS = 100_000;

/** One change of a posting's columns: `removed` mentions from `at` replaced by `added` new ones. */
export interface Splice {
  at: number;
  removed: number;
  added: number;
}

/**
 * A posting's columns as a ListMapper's caller reads them (see CorpusIndex.mentionColumns): the first
 * `length` of each, the mention's item (its entity), its document and its packed span (-1: not packed).
 * They belong to the index and change with it. `source` and `version` name them (the same source at the
 * same version has the same columns), and `log` holds how they changed from version `logFrom` to
 * `version`, one splice a version, in order.
 */
export interface Columns<E> {
  length: number;
  items: readonly E[];
  owners: readonly string[];
  spans: Int32Array;
  source: object;
  version: number;
  log: readonly Splice[];
  logFrom: number;
}

/** What a ListMapper keeps for a key: the input it mapped (a list, or the columns' name) and the output. */
type Kept<I, O> = { input: readonly I[]; columns?: undefined; output: O[] } | { input?: undefined; columns: { source: object; version: number }; output: O[] };

export class ListMapper<I, O> {
  private readonly last = new Map<string, Kept<I, O>>();
  private held = 0;

  /**
   * @param minLength lists shorter than this are mapped afresh each time (cheap), not kept
   * @param budget how many output items are kept in all; past it the least recently asked are dropped
   */
  constructor(private readonly fn: (item: I) => O, private readonly minLength = 64, private readonly budget = KEPT_ITEMS) {}

  /** `fn` over `input`, reusing the items of the previous answer for `key` whose inputs are unchanged. */
  map(key: string, input: readonly I[]): O[] {
    const kept = this.last.get(key);
    const prev = kept?.input ? kept : undefined;
    if (!prev && input.length < this.minLength) return input.map(this.fn);
    if (kept) this.last.delete(key); // re-inserted below: the map's order is the order of last use
    if (prev && prev.input === input) {
      this.last.set(key, prev);
      return prev.output;
    }
    let output: O[];
    if (!prev) output = input.map(this.fn);
    else {
      const a = prev.input;
      const n = Math.min(a.length, input.length);
      let pre = 0;
      while (pre < n && a[pre] === input[pre]) pre++;
      let suf = 0;
      while (suf < n - pre && a[a.length - 1 - suf] === input[input.length - 1 - suf]) suf++;
      const old = prev.output;
      if (input.length - suf - pre <= 256) {
        // One short run changed: whole-array copies (slice, concat) move memory in blocks.
        const mid: O[] = [];
        for (let i = pre; i < input.length - suf; i++) mid.push(this.fn(input[i]));
        if (old.length === input.length) {
          output = old.slice();
          for (let i = 0; i < mid.length; i++) output[pre + i] = mid[i];
        } else output = old.slice(0, pre).concat(mid, old.slice(old.length - suf));
      } else output = this.patch(a, old, input, pre, suf);
    }
    this.keep(key, kept, { input, output });
    return output;
  }

  /**
   * What `fn` gives for each mention of a posting's columns, `fn(i)` for the `i`th. When the previous
   * answer for `key` was for an earlier version of the same columns and their log reaches back to it,
   * only the mentions the splices since put in are made; the others keep their outputs. Otherwise (the
   * columns put in order, or more changes than their log holds) every one is made. Without a record per
   * mention, an answer allocates only its outputs.
   */
  mapColumns<E>(key: string, c: Columns<E>, fn: (i: number) => O): O[] {
    const n = c.length;
    const kept = this.last.get(key);
    const was = kept?.columns;
    if (!was && n < this.minLength) return fresh(n, fn);
    if (kept) this.last.delete(key); // re-inserted below: the map's order is the order of last use
    if (was && was.source === c.source && was.version === c.version) {
      this.last.set(key, kept!);
      return kept!.output;
    }
    const output = was && was.source === c.source && was.version >= c.logFrom && was.version < c.version ? spliced(kept!.output, c, was.version, fn) : fresh(n, fn);
    this.keep(key, kept, { columns: { source: c.source, version: c.version }, output });
    return output;
  }

  /** Keeps an answer for `key` in place of `replaced`, dropping the answers least recently asked for past the budget. */
  private keep(key: string, replaced: Kept<I, O> | undefined, next: Kept<I, O>): void {
    if (replaced) this.held -= replaced.output.length;
    for (const [k, v] of this.last) {
      if (this.held + next.output.length <= this.budget) break;
      this.last.delete(k);
      this.held -= v.output.length;
    }
    this.last.set(key, next);
    this.held += next.output.length;
  }

  /**
   * The output for `input` from the previous input `a` and its output `old`, when they differ in more
   * than one place (several documents changed since the last ask): items are reused wherever the two
   * lists hold the same object, and only the runs that are new get mapped. After a difference it looks
   * a little way ahead in both lists for the next item they share, further each time it finds none.
   */
  private patch(a: readonly I[], old: readonly O[], input: readonly I[], pre: number, suf: number): O[] {
    const endA = a.length - suf;
    const endB = input.length - suf;
    // The answer in pieces: runs of the old output (copied in blocks) and the newly mapped runs.
    const parts: O[][] = [old.slice(0, pre)];
    let i = pre;
    let j = pre;
    while (j < endB) {
      const from = i;
      while (i < endA && j < endB && a[i] === input[j]) {
        i++;
        j++;
      }
      if (i > from) parts.push(old.slice(from, i));
      if (j === endB) break;
      for (let window = 32; ; window *= 4) {
        const limA = Math.min(endA, i + window);
        const limB = Math.min(endB, j + window);
        const at = new Map<I, number>();
        for (let k = limA - 1; k >= i; k--) at.set(a[k], k);
        let k = j;
        while (k < limB && !at.has(input[k])) k++;
        if (k < limB || (limA === endA && limB === endB)) {
          const mapped: O[] = [];
          for (; j < k; j++) mapped.push(this.fn(input[j]));
          parts.push(mapped);
          if (k < limB) i = at.get(input[k])!;
          break;
        }
      }
    }
    parts.push(old.slice(old.length - suf));
    if (parts.length <= 1024) return ([] as O[]).concat(...parts);
    const output: O[] = [];
    for (const part of parts) for (const o of part) output.push(o);
    return output;
  }

  clear(): void {
    this.last.clear();
    this.held = 0;
  }
}

/** Stands in an answer, while it is patched, for an output still to be made. */
const HOLE: unknown = Symbol('hole');

/**
 * The answer for columns `c` from `old`, the answer for their version `from`: the splices of their log
 * since then applied to a copy (the answer handed out never changes), and the mentions they put in made.
 * Every mention of a document put in again goes through a splice (CorpusIndex.remove), an unpacked
 * one too, whose place is read from its document: the others' outputs stand.
 */
function spliced<E, O>(old: readonly O[], c: Columns<E>, from: number, fn: (i: number) => O): O[] {
  const output = old.slice() as unknown[];
  for (let v = from; v < c.version; v++) {
    const s = c.log[v - c.logFrom];
    if (s.removed === s.added) for (let k = 0; k < s.added; k++) output[s.at + k] = HOLE;
    else if (s.added <= 1024) output.splice(s.at, s.removed, ...new Array<unknown>(s.added).fill(HOLE));
    else {
      // Never as the arguments of one call: a document may have 100,000 mentions.
      const tail = output.splice(s.at + s.removed);
      output.length = s.at;
      for (let k = 0; k < s.added; k++) output.push(HOLE);
      for (const x of tail) output.push(x);
    }
  }
  // A log that does not add up (never expected): every output made again.
  if (output.length !== c.length) return fresh(c.length, fn);
  for (let j = 0; j < output.length; j++) if (output[j] === HOLE) output[j] = fn(j);
  return output as O[];
}

function fresh<O>(n: number, fn: (i: number) => O): O[] {
  const out = new Array<O>(n);
  for (let i = 0; i < n; i++) out[i] = fn(i);
  return out;
}
