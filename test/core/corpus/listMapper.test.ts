import * as assert from 'assert';
import fc from 'fast-check';
import { Columns, KEPT_ITEMS, ListMapper, Splice } from '../../../src/core/corpus/listMapper';
import { LOG_LENGTH } from '../../../src/core/corpus/postings';

describe('ListMapper', () => {
  it('always answers what mapping the whole list would, whatever changed since the last ask', () => {
    const pool = Array.from({ length: 12 }, (_, i) => ({ id: i }));
    const lists = fc.array(fc.array(fc.nat(pool.length - 1), { maxLength: 30 }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(lists, fc.nat(2), (seq, keyCount) => {
        // Every list kept, and a budget small enough that kept answers are sometimes dropped.
        const mapper = new ListMapper((o: { id: number }) => ({ of: o.id }), 0, 60);
        seq.forEach((ids, n) => {
          const input = ids.map((i) => pool[i]);
          const key = String(n % (keyCount + 1));
          assert.deepStrictEqual(mapper.map(key, input), input.map((o) => ({ of: o.id })));
        });
      }),
      { numRuns: 300 },
    );
  });

  it('maps only the items between the unchanged start and end', () => {
    const items = Array.from({ length: 1000 }, (_, i) => ({ i }));
    let calls = 0;
    const mapper = new ListMapper((o: { i: number }) => {
      calls++;
      return o.i * 2;
    });
    mapper.map('k', items);
    assert.strictEqual(calls, 1000);
    const edited = [...items.slice(0, 400), { i: -1 }, { i: -2 }, ...items.slice(401)];
    calls = 0;
    const out = mapper.map('k', edited);
    assert.strictEqual(calls, 2);
    assert.deepStrictEqual(out, edited.map((o) => o.i * 2));
    calls = 0;
    assert.strictEqual(mapper.map('k', edited), out);
    assert.strictEqual(calls, 0);
  });

  it('after changes in several places of a long list, maps only the new items and answers as mapping it whole would', () => {
    // Runs replaced, dropped or inserted at random places (several documents edited between two asks).
    const edit = fc.record({ at: fc.nat(999), drop: fc.nat(40), add: fc.nat(40) });
    fc.assert(
      fc.property(fc.array(fc.array(edit, { maxLength: 12 }), { minLength: 1, maxLength: 4 }), (rounds) => {
        let calls = 0;
        const mapper = new ListMapper((o: { i: number }) => {
          calls++;
          return o.i * 2;
        });
        let list = Array.from({ length: 1000 }, (_, i) => ({ i }));
        mapper.map('k', list);
        let next = 1000;
        for (const edits of rounds) {
          const before = new Set(list);
          let fresh = 0;
          for (const e of edits) {
            const at = Math.min(e.at, list.length);
            const added = Array.from({ length: e.add }, () => ({ i: next++ }));
            fresh += added.length;
            list = [...list.slice(0, at), ...added, ...list.slice(at + e.drop)];
          }
          calls = 0;
          assert.deepStrictEqual(mapper.map('k', list), list.map((o) => o.i * 2));
          assert.ok(calls <= Math.max(fresh, 256) || calls <= list.filter((o) => !before.has(o)).length, `${calls} calls for ${fresh} new items`);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('keeps at most KEPT_ITEMS mapped items by default: the answers asked for least recently go first', () => {
    let calls = 0;
    const mapper = new ListMapper((o: { i: number }) => {
      calls++;
      return o.i;
    });
    // Answers the size of the largest key of the 10,000-document bench corpus.
    const size = 36_459;
    const lists = Array.from({ length: Math.ceil(KEPT_ITEMS / size) + 1 }, (_, k) => Array.from({ length: size }, (_, i) => ({ i: k * size + i })));
    lists.forEach((list, k) => mapper.map(String(k), list));
    const last = String(lists.length - 1);
    calls = 0;
    mapper.map(last, lists[lists.length - 1]);
    assert.strictEqual(calls, 0, 'the answer asked for last is kept');
    mapper.map('0', lists[0]);
    assert.strictEqual(calls, size, 'the first answer was dropped to stay within the budget, and is mapped again');
  });

  it('answers right when every other item of a long list changed', () => {
    const mapper = new ListMapper((o: { i: number }) => o.i + 1);
    const items = Array.from({ length: 5000 }, (_, i) => ({ i }));
    mapper.map('k', items);
    const edited = items.map((o, n) => (n % 2 ? { i: -n } : o));
    assert.deepStrictEqual(mapper.map('k', edited), edited.map((o) => o.i + 1));
  });
});

describe('ListMapper.mapColumns', () => {
  type Item = { id: number };
  type Out = { id: number; uri: string };
  let nextId = 0;
  const item = (): Item => ({ id: nextId++ });
  /** Columns as a posting keeps them: changed by splices, each logged (the last LOG_LENGTH), or put in another order. */
  class Fake {
    items: Item[] = [];
    owners: string[] = [];
    version = 0;
    log: Splice[] = [];
    logFrom = 0;
    splice(at: number, removed: number, added: number, uri = 'a'): void {
      this.items.splice(at, removed, ...Array.from({ length: added }, item));
      this.owners.splice(at, removed, ...Array.from({ length: added }, () => uri));
      this.version++;
      if (this.log.length === LOG_LENGTH) {
        this.log.shift();
        this.logFrom++;
      }
      this.log.push({ at, removed, added });
    }
    reverse(): void {
      this.items.reverse();
      this.owners.reverse();
      this.version++;
      this.log = [];
      this.logFrom = this.version;
    }
    columns(): Columns<Item> {
      // One more of each than its length, as a posting keeps room for more.
      return { length: this.items.length, items: [...this.items, item()], owners: [...this.owners, 'z'], spans: new Int32Array(this.items.length + 1), source: this, version: this.version, log: [...this.log], logFrom: this.logFrom };
    }
  }
  const out = (c: Columns<Item>, i: number): Out => ({ id: c.items[i].id, uri: c.owners[i] });
  const newMapper = (minLength?: number, budget?: number) => new ListMapper((o: Item): Out => ({ id: o.id, uri: '' }), minLength, budget);

  it('always answers what mapping the columns afresh would, whatever changed since the last ask', () => {
    const op = fc.oneof(
      fc.record({ at: fc.nat(40), removed: fc.nat(6), added: fc.nat(6), uri: fc.constantFrom('a', 'b', 'c') }),
      fc.constant('reverse' as const),
      fc.constant('ask' as const),
    );
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 60 }), fc.nat(2), (ops, keyCount) => {
        // Two sources asked under a few keys, and a budget small enough that kept answers are sometimes dropped.
        const mapper = newMapper(0, 60);
        const fakes = [new Fake(), new Fake()];
        ops.forEach((o, n) => {
          const f = fakes[n % 2];
          if (o === 'reverse') f.reverse();
          else if (o !== 'ask') f.splice(Math.min(o.at, f.items.length), Math.min(o.removed, f.items.length - Math.min(o.at, f.items.length)), o.added, o.uri);
          const c = f.columns();
          const key = String(n % (keyCount + 1));
          assert.deepStrictEqual(mapper.mapColumns(key, c, (i) => out(c, i)), Array.from({ length: c.length }, (_, i) => out(c, i)));
        });
      }),
      { numRuns: 300 },
    );
  });

  it('makes only the mentions the splices since its last answer put in, unless the log does not reach back to it', () => {
    const mapper = newMapper();
    const f = new Fake();
    f.splice(0, 0, 3000);
    let calls = 0;
    const ask = () => {
      const c = f.columns();
      calls = 0;
      return mapper.mapColumns('k', c, (i) => (calls++, out(c, i)));
    };
    const first = ask();
    const firstIds = first.map((o) => o.id);
    assert.strictEqual(calls, 3000);
    assert.strictEqual(ask(), first, 'the same version: the same answer');
    assert.strictEqual(calls, 0);
    // A document's run replaced by a longer one, another's by as many, and a new one at the end.
    f.splice(100, 5, 7);
    f.splice(2000, 4, 4, 'b');
    f.splice(f.items.length, 0, 10, 'c');
    const second = ask();
    assert.strictEqual(calls, 7 + 4 + 10);
    assert.deepStrictEqual(second, f.items.map((o, i) => ({ id: o.id, uri: f.owners[i] })));
    assert.deepStrictEqual(first.map((o) => o.id), firstIds, 'the answer handed out is as it was');
    // The others are the same outputs (the second splice was at 2,000 once the first had added two).
    for (let i = 0; i < 100; i++) assert.strictEqual(second[i], first[i]);
    for (let i = 105; i < 1998; i++) assert.strictEqual(second[i + 2], first[i]);
    for (let i = 2002; i < 3000; i++) assert.strictEqual(second[i + 2], first[i]);
    // More changes than the log holds: every mention made again.
    for (let k = 0; k <= LOG_LENGTH; k++) f.splice(0, 1, 1);
    ask();
    assert.strictEqual(calls, f.items.length);
    // Put in another order: every one made again.
    f.reverse();
    ask();
    assert.strictEqual(calls, f.items.length);
  });

  it('counts its answers in the same budget as lists: a large answer of either kind drops the least recently asked', () => {
    let calls = 0;
    const mapper = new ListMapper((o: Item): Out => (calls++, { id: o.id, uri: '' }), 64, 1000);
    const list = Array.from({ length: 600 }, item);
    mapper.map('list', list);
    const f = new Fake();
    f.splice(0, 0, 600);
    const c = f.columns();
    mapper.mapColumns('columns', c, (i) => (calls++, out(c, i)));
    calls = 0;
    mapper.map('list', list);
    assert.strictEqual(calls, 600, 'the list was dropped when the columns came in over the budget');
  });
});
