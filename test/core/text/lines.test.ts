// Line starts, and a span packed in one number as the postings keep it for Find All References.
import * as assert from 'assert';
import { lineStarts, packSpan, rangeIn, unpackSpan } from '../../../src/core/text/lines';

const quad = (sl: number, sc: number, el: number, ec: number) => [sl, sc, el, ec];
const rangeQuad = (starts: ArrayLike<number>, start: number, end: number) => {
  const r = rangeIn(starts, start, end);
  return [r.start.line, r.start.character, r.end.line, r.end.character];
};

describe('packed spans', () => {
  it('give back the range of every span on one line, in LF, CRLF and CR texts, as small integers', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const text = ['Chỉ thị số 05-CT/TW ngày 15/5/2016', '', 'đồng chí Nguyễn Mạnh Cường, Tỉnh ủy viên', 'Kết luận 21-KL/TW'].join(eol);
      const starts = lineStarts(text);
      let spans = 0;
      for (let start = 0; start < text.length; start++) {
        for (let end = start; end <= text.length; end++) {
          const span = packSpan(starts, start, end);
          const r = rangeQuad(starts, start, end);
          const where = JSON.stringify([eol, start, end]);
          assert.strictEqual(span !== -1, r[0] === r[2], where);
          if (span === -1) continue;
          assert.ok(Number.isInteger(span) && span >= 0 && span < 2 ** 31, where);
          assert.deepStrictEqual(unpackSpan(span, quad), r, where);
          spans++;
        }
      }
      assert.ok(spans > 1000, `${spans} spans`);
    }
  });

  it('refuse spans past their limits, and are exact up to them', () => {
    // Line starts of a text whose lines are `width` characters long (the "\n" included).
    const lines = (count: number, width: number) => new Uint32Array(count).map((_, i) => i * width);
    const cases: [ArrayLike<number>, number, number, number[] | null][] = [
      [lines(5000, 10), 4095 * 10 + 2, 4095 * 10 + 9, [4095, 2, 4095, 9]],
      [lines(5000, 10), 4096 * 10 + 2, 4096 * 10 + 9, null],
      [lines(1, 0), 8191, 8191 + 63, [0, 8191, 0, 8191 + 63]],
      [lines(1, 0), 8192, 8194, null],
      [lines(1, 0), 10, 10 + 64, null],
      [lines(1, 0), 10, 10, [0, 10, 0, 10]],
      // All three at their largest: the largest number packed, a 32-bit integer still.
      [lines(4096, 10000), 4095 * 10000 + 8191, 4095 * 10000 + 8191 + 63, [4095, 8191, 4095, 8191 + 63]],
    ];
    for (const [starts, start, end, expected] of cases) {
      const span = packSpan(starts, start, end);
      const where = JSON.stringify([start, end, span]);
      if (expected === null) {
        assert.strictEqual(span, -1, where);
        continue;
      }
      assert.ok(Number.isInteger(span) && span >= 0 && span <= 2 ** 31 - 1, where);
      assert.deepStrictEqual(unpackSpan(span, quad), expected, where);
    }
    assert.strictEqual(packSpan(lines(4096, 10000), 4095 * 10000 + 8191, 4095 * 10000 + 8191 + 63), 2 ** 31 - 1);
  });
});
