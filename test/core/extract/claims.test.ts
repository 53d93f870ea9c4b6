// Claimed spans: look-ups answer as over the spans stably sorted by start, however they were added;
// and the lists of the extractors, put in order as a stable sort does.
import * as assert from 'assert';
import { Claims, sortIfNeeded } from '../../../src/core/extract/context';

/** The plain definition: the spans stably sorted by start; the eight nearest starting before e. */
function referenceOverlaps(spans: Array<[number, number]>, s: number, e: number): boolean {
  const sorted = spans.slice().sort((a, b) => a[0] - b[0]);
  const before = sorted.filter((x) => x[0] < e);
  return before.slice(-8).some((x) => x[1] > s);
}

/** A deterministic random integer below n (a linear congruential generator). */
function seeded(seed: number): (n: number) => number {
  return (n) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
}

describe('claims', () => {
  it('answer as the stably sorted spans do, in order or not, with few or many runs', () => {
    const random = seeded(7);
    for (let round = 0; round < 300; round++) {
      const claims = new Claims();
      const spans: Array<[number, number]> = [];
      const runs = 1 + random(round % 2 ? 3 : 20);
      for (let r = 0; r < runs; r++) {
        let s = random(200);
        for (let k = random(12); k > 0; k--) {
          const span: [number, number] = [s, s + 1 + random(30)];
          claims.add(span[0], span[1]);
          spans.push(span);
          s += random(15);
        }
        for (let q = 0; q < 5; q++) {
          const a = random(260);
          const b = a + 1 + random(20);
          assert.strictEqual(claims.overlaps(a, b), referenceOverlaps(spans, a, b), `round ${round}: ${JSON.stringify(spans)} ${a}-${b}`);
        }
      }
    }
  });
});

describe('ordering a list', () => {
  it('gives what a stable sort gives, for lists of one, two, three or many runs', () => {
    const random = seeded(11);
    const byKey = (a: { key: number }, b: { key: number }) => a.key - b.key;
    for (let round = 0; round < 500; round++) {
      const list: Array<{ key: number; id: number }> = [];
      for (let r = 0, runs = 1 + random(5); r < runs; r++) {
        let key = random(20);
        for (let k = random(8); k > 0; k--) list.push({ key: (key += random(4)), id: list.length });
      }
      const expected = list.slice().sort(byKey).map((x) => x.id);
      assert.deepStrictEqual(sortIfNeeded(list, byKey).map((x) => x.id), expected);
    }
  });
});
