import * as assert from 'assert';
import fc from 'fast-check';
import { KEPT_ITEMS, ListMapper } from '../../../src/core/corpus/listMapper';

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
