import * as assert from 'assert';
import { positionCanon } from '../../../src/core/extract/people';
import { ExtractResult } from '../../../src/core/types';
import { run } from './helpers';

// Words that name members of every JavaScript object. Written in a text, in any place where the
// extractor looks a word up in one of its tables, they must be taken for the plain words they are.
const MEMBERS = ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', '__defineGetter__'];
const MEMBER_NAMES = new Set(Object.getOwnPropertyNames(Object.prototype).map((n) => n.toLowerCase()));

/** Every value of a result is data: no function, no Object.prototype, no object of another kind. */
function assertPlainData(value: unknown, path: string): void {
  assert.notStrictEqual(typeof value, 'function', `${path} is a function`);
  if (value === null || typeof value !== 'object') return;
  const proto = Object.getPrototypeOf(value);
  assert.ok(proto === Object.prototype || proto === Array.prototype, `${path} is not plain data`);
  for (const [k, v] of Object.entries(value)) assertPlainData(v, `${path}.${k}`);
}

function check(text: string): ExtractResult {
  let r: ExtractResult | undefined;
  assert.doesNotThrow(() => (r = run(text)), `extract threw on ${JSON.stringify(text)}`);
  const result = r!;
  assert.deepStrictEqual(result.warnings, [], `warnings on ${JSON.stringify(text)}`);
  assertPlainData(result, 'result');
  for (const e of result.entities) {
    // No entity is made of the member word alone (the word is no abbreviation, type, body or person).
    assert.ok(!MEMBER_NAMES.has(e.text.toLowerCase()), `${e.kind} "${e.text}" made from a member name`);
    assert.ok(!MEMBER_NAMES.has(String(e.key).toLowerCase()), `${e.kind} key "${e.key}"`);
  }
  return result;
}

describe('words that name members of every object', () => {
  it('compares positions that contain them without failing (position abbreviations)', () => {
    for (const w of MEMBERS) {
      assert.strictEqual(positionCanon(`Bí thư ${w}`), `bí thư ${w.toLowerCase()}`);
      assert.strictEqual(positionCanon(`PBT ${w}`), positionCanon(`Phó Bí thư ${w}`));
    }
    // Positions written after a name go through the same comparison.
    for (const w of MEMBERS) {
      const r = check(`Đồng chí Nguyễn Văn An, Bí thư ${w}, phát biểu. Ông Trần Văn Bình, Phó Bí thư ${w} Tỉnh ủy, dự họp; đồng chí Nguyễn Văn An, Bí thư ${w} Tỉnh ủy, kết luận.`);
      const names = r.entities.filter((e) => e.kind === 'person').map((e) => e.text);
      assert.ok(names.includes('Nguyễn Văn An') && names.includes('Trần Văn Bình'), names.join(', '));
    }
  });

  it('takes none of them for an abbreviation, in any case', () => {
    for (const w of MEMBERS) {
      const r = check(`Lỗi ${w}, ${w.toUpperCase()} và ${w[0].toUpperCase() + w.slice(1)}; UBND tỉnh họp.`);
      assert.deepStrictEqual(r.entities.filter((e) => e.kind === 'abbreviation').map((e) => e.text), ['UBND']);
    }
  });

  it('takes none of them for a document type, in the text or as the title line', () => {
    for (const w of MEMBERS) {
      const r = check(`Theo Nghị quyết ${w} số 12-NQ/TW và ${w} số 5-CT/TW, Nghị quyết ${w.toUpperCase()} số 7/2020/NĐ-CP.`);
      const types = r.entities.filter((e) => e.kind === 'citation').map((e) => (e as { type: string | null }).type);
      assert.ok(types.every((t) => t === null || /^[\p{Lu}][\p{Ll} ]+$/u.test(t)), types.join(', '));
      // A formal title line is compared with the type words ("NGHỊ QUYẾT"); the member's name is none.
      for (const title of [w.toUpperCase(), w]) {
        const doc = check(`${title}\nvề công tác cán bộ\n\nHà Nội, ngày 4 tháng 7 năm 2023\nTheo Chỉ thị số 24-CT/TW.`);
        assert.strictEqual(doc.info.title, title);
        assert.strictEqual(doc.info.ownKey, null);
      }
    }
  });

  it('reads codes, conference references, ordinals and weekdays around them as before', () => {
    for (const w of MEMBERS) {
      check(`Số 12-${w}/TW, số 15/2020/${w}-CP, số 15/2020/NĐ-${w}, số 3-NQ/${w}, ${w}-NQ/TW.`);
      check(`Hội nghị Trung ương lần thứ ${w} khóa XIII, Hội nghị Trung ương ${w}, Đại hội ${w} của Đảng, khóa ${w}.`);
      const r = check(`${w}, ngày 5 tháng 3 năm 2020, Hà Nội. Ngày ${w} 5/3/2020 và ${w} ngày 6/3/2020.`);
      const isos = r.entities.filter((e) => e.kind === 'date').map((e) => (e as { iso: string | null }).iso);
      assert.ok(isos.includes('2020-03-05') && isos.includes('2020-03-06'), isos.join(', '));
    }
  });
});
