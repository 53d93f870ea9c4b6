// Answers that turn a key's mention list into another list (editor locations, export rows) are asked
// again and again, and between two asks one or more documents changed: the mentions outside their runs
// are the same objects. A ListMapper keeps its last output per key and maps only what differs, so a key
// with tens of thousands of mentions costs a pass of pointer comparisons, not a rebuild.

/**
 * How many mapped items a ListMapper keeps by default, over all its keys. An editor Location with its
 * range and two positions takes about 170 bytes of heap: 100,000 are some 17 MB, room for the answers
 * of the two or three most mentioned names of a 10,000-document corpus (the largest has 36,459 mentions).
 * Building an answer again costs 10-17 ms at that size, against the near second the editor takes to
 * show it; keeping 500,000 (the earlier budget) could hold 85 MB after a few such requests.
 */
export const KEPT_ITEMS = 100_000;

export class ListMapper<I, O> {
  private readonly last = new Map<string, { input: readonly I[]; output: O[] }>();
  private held = 0;

  /**
   * @param minLength lists shorter than this are mapped afresh each time (cheap), not kept
   * @param budget how many output items are kept in all; past it the least recently asked are dropped
   */
  constructor(private readonly fn: (item: I) => O, private readonly minLength = 64, private readonly budget = KEPT_ITEMS) {}

  /** `fn` over `input`, reusing the items of the previous answer for `key` whose inputs are unchanged. */
  map(key: string, input: readonly I[]): O[] {
    const prev = this.last.get(key);
    if (!prev && input.length < this.minLength) return input.map(this.fn);
    if (prev) this.last.delete(key); // re-inserted below: the map's order is the order of last use
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
    if (prev) this.held -= prev.output.length;
    // Over budget: drop the answers least recently asked for.
    for (const [k, v] of this.last) {
      if (this.held + output.length <= this.budget) break;
      this.last.delete(k);
      this.held -= v.output.length;
    }
    this.last.set(key, { input, output });
    this.held += output.length;
    return output;
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
