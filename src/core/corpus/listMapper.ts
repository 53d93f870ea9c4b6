// Answers that turn a key's mention list into another list (editor locations, export rows) are asked
// again and again, and between two asks usually one document changed: the mentions before and after
// its run are the same objects. A ListMapper keeps its last output per key and maps only what differs,
// so a key with tens of thousands of mentions costs a pass of pointer comparisons, not a rebuild.

export class ListMapper<I, O> {
  private readonly last = new Map<string, { input: readonly I[]; output: O[] }>();
  private held = 0;

  /**
   * @param minLength lists shorter than this are mapped afresh each time (cheap), not kept
   * @param budget how many output items are kept in all; past it the least recently asked are dropped
   */
  constructor(private readonly fn: (item: I) => O, private readonly minLength = 64, private readonly budget = 500_000) {}

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
      const mid: O[] = [];
      for (let i = pre; i < input.length - suf; i++) mid.push(this.fn(input[i]));
      // Whole-array copies (slice, concat) rather than item by item: they move memory in blocks.
      const old = prev.output;
      if (old.length === input.length) {
        output = old.slice();
        for (let i = 0; i < mid.length; i++) output[pre + i] = mid[i];
      } else output = old.slice(0, pre).concat(mid, old.slice(old.length - suf));
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

  clear(): void {
    this.last.clear();
    this.held = 0;
  }
}
