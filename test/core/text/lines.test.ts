// Line starts, and a span's place packed in one number as the postings keep it for Find All References.
import * as assert from 'assert';
import { lineStarts, packSpan, rangeIn, unpackSpan } from '../../../src/core/text/lines';

const quad = (sl: number, sc: number, el: number, ec: number) => [sl, sc, el, ec];
const rangeQuad = (starts: ArrayLike<number>, start: number, end: number) => {
  const r = rangeIn(starts, start, end);
  return [r.start.line, r.start.character, r.end.line, r.end.character];
};

describe('packed places', () => {
  it('give back the range of every span on one line, in LF, CRLF and CR texts', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const text = ['Chỉ thị số 05-CT/TW ngày 15/5/2016', '', 'đồng chí Nguyễn Mạnh Cường, Tỉnh ủy viên', 'Kết luận 21-KL/TW'].join(eol);
      const starts = lineStarts(text);
      let spans = 0;
      for (let start = 0; start < text.length; start++) {
        for (let end = start; end <= text.length; end++) {
          const place = packSpan(starts, start, end);
          const r = rangeQuad(starts, start, end);
          const oneLine = r[0] === r[2];
          assert.strictEqual(place >= 0, oneLine, JSON.stringify([eol, start, end]));
          if (place < 0) continue;
          assert.deepStrictEqual(unpackSpan(place, quad), r, JSON.stringify([eol, start, end]));
          spans++;
        }
      }
      assert.ok(spans > 1000, `${spans} spans`);
    }
  });

  it('are exact up to their limits and refuse what goes past them', () => {
    const limit = 2 ** 21;
    // A text of 2^21 + 1 lines (one character each, then "\n"), and one line of 2^21 + 2,048 characters.
    const many = new Uint32Array(limit + 1).map((_, i) => i * 2);
    assert.deepStrictEqual(unpackSpan(packSpan(many, (limit - 1) * 2, (limit - 1) * 2 + 1), quad), [limit - 1, 0, limit - 1, 1]);
    assert.strictEqual(packSpan(many, limit * 2, limit * 2 + 1), -1);
    const long = Uint32Array.of(0);
    assert.deepStrictEqual(unpackSpan(packSpan(long, limit - 1, limit - 1 + 2047), quad), [0, limit - 1, 0, limit - 1 + 2047]);
    assert.strictEqual(packSpan(long, limit, limit + 1), -1);
    assert.strictEqual(packSpan(long, 5, 5 + 2048), -1);
    // All three at their largest: the largest number packed, still exact.
    const far = new Float64Array(limit).map((_, i) => i * limit * 2);
    const place = packSpan(far, (limit - 1) * limit * 2 + limit - 1, (limit - 1) * limit * 2 + limit - 1 + 2047);
    assert.ok(Number.isSafeInteger(place) && place === 2 ** 53 - 1, String(place));
    assert.deepStrictEqual(unpackSpan(place, quad), [limit - 1, limit - 1, limit - 1, limit - 1 + 2047]);
  });
});
