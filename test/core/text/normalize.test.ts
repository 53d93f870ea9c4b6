import * as assert from 'assert';
import { foldDiacritics, modernToneSpelling, normalizeForMatch, normalizeWithMap } from '../../../src/core/text/normalize';
import { lineIndex } from '../../../src/core/text/lines';
import { builtinCatalog, extendCatalog, lookupDocument } from '../../../src/core/catalog/catalog';
import { keyOfCode, termOfDate } from '../../../src/core/extract/keys';

describe('normalisation', () => {
  it('moves old-style tone marks to the modern place and keeps case', () => {
    assert.strictEqual(modernToneSpelling('khoá, Uỷ ban, hoá, thuỷ, Hoà Bình, THUỶ'), 'khóa, Ủy ban, hóa, thủy, Hòa Bình, THỦY');
    assert.strictEqual(modernToneSpelling('hoàn thành, toán, quý, Quỳnh, khuyến'), 'hoàn thành, toán, quý, Quỳnh, khuyến');
  });

  it('matches NFD, old tones, look-alike Đ, dashes and no-break spaces as one form', () => {
    const variants = ['Khóa XII – Đảng ủy', 'Khoá XII - Đảng uỷ'.normalize('NFD'), 'khóa\u00a0XII — \u00D0ảng ủy', 'KHÓA XII - ĐẢNG ỦY'];
    for (const v of variants) assert.strictEqual(normalizeForMatch(v), 'khóa xii - đảng ủy', v);
  });

  it('folds diacritics for searches without them', () => {
    assert.strictEqual(foldDiacritics('Nguyễn Mạnh Cường'), 'nguyen manh cuong');
    assert.strictEqual(foldDiacritics('ĐẢNG ỦY \u00D0UK'), 'dang uy duk');
  });

  it('maps every offset of the normalised text back to the original', () => {
    const original = 'Đồng chí Nguyễn'.normalize('NFD') + ' ở Khoá XII';
    const n = normalizeWithMap(original);
    assert.strictEqual(n.text, 'Đồng chí Nguyễn ở Khóa XII');
    const at = n.text.indexOf('Nguyễn');
    assert.strictEqual(original.slice(n.toOriginal(at), n.toOriginal(at + 'Nguyễn'.length)), 'Nguyễn'.normalize('NFD'));
    assert.strictEqual(n.toOriginal(n.text.length), original.length);
  });

  it('keeps the offset map whole where composing a cluster lengthens it, around astral characters', () => {
    // U+0344 composes to two marks; an emoji is two UTF-16 units; the rest is NFD Vietnamese.
    const original = 'Nghị quyết'.normalize('NFD') + ' a\u0344\u0344\u0344 😀 ' + 'Đảng bộ khoá XX'.normalize('NFD') + ' b\u0344';
    const n = normalizeWithMap(original);
    let last = 0;
    for (let i = 0; i <= n.text.length; i++) {
      const o = n.toOriginal(i);
      assert.ok(o >= last && o <= original.length, `offset ${i} maps to ${o}`);
      last = o;
    }
    assert.strictEqual(n.toOriginal(n.text.length), original.length);
    const at = n.text.indexOf('Đảng bộ khóa XX');
    assert.ok(at > 0);
    assert.strictEqual(original.slice(n.toOriginal(at), n.toOriginal(at + 'Đảng bộ khóa XX'.length)).normalize('NFC'), 'Đảng bộ khoá XX');
  });

  it('converts offsets to lines and characters across CRLF, CR and LF', () => {
    const li = lineIndex('a\r\nbc\rd\ne');
    assert.deepStrictEqual(li.position(3), { line: 1, character: 0 });
    assert.deepStrictEqual(li.position(6), { line: 2, character: 0 });
    assert.deepStrictEqual(li.position(8), { line: 3, character: 0 });
    assert.strictEqual(li.offsetAt({ line: 2, character: 0 }), 6);
  });
});

describe('keys and catalogue', () => {
  it('keys every spelling of a code alike', () => {
    for (const code of ['5-CT/TW', '05-CT/TW', '005 - CT/TW', '05-CT/ТW', '05-CT/TƯ', '05-ct/tư'.normalize('NFD')]) assert.strictEqual(keyOfCode(code), '05-CT/TW', code);
    assert.strictEqual(keyOfCode('09-QĐ/BTCTƯ'), '09-QĐ/BTCTW');
    assert.strictEqual(keyOfCode('3-NQ/\u00D0UK'), '03-NQ/ĐUK');
    assert.strictEqual(keyOfCode('15/2020/NĐ-CP'), '15/2020/NĐ-CP');
    assert.strictEqual(keyOfCode('1234/QĐ-UBND'), '1234/QĐ-UBND');
    assert.strictEqual(keyOfCode('tháng 5'), null);
  });

  it('names the Central Committee term of a date', () => {
    assert.strictEqual(termOfDate('2012-01-16'), 'XI');
    assert.strictEqual(termOfDate('2016-10-30'), 'XII');
    assert.strictEqual(termOfDate('2021-01-20'), 'XII');
    assert.strictEqual(termOfDate('2022-03-16'), 'XIII');
    assert.strictEqual(termOfDate('1990-01-01'), null);
  });

  it('finds catalogued documents by key, code spelling or alias', () => {
    assert.strictEqual(lookupDocument('NQ:TW4:XII')?.key, '04-NQ/TW');
    assert.strictEqual(lookupDocument('nq:tw4:xi')?.key, '12-NQ/TW');
    assert.strictEqual(lookupDocument('5-CT/TW')?.date, '2016-05-15');
    assert.strictEqual(builtinCatalog.lookup('126-QĐ/TW')?.issuer, 'Bộ Chính trị');
    assert.strictEqual(lookupDocument('99-NQ/TW'), undefined);
  });

  it('lets a workspace catalogue extend and override the built-in one', () => {
    const c = extendCatalog([
      { code: '21-KL/TW', type: 'Kết luận', date: '2021-10-25', aliases: ['KL:TW4:XIII'], title: 'Về đẩy mạnh xây dựng, chỉnh đốn Đảng' },
      { code: '05-CT/TW', type: 'Chỉ thị', date: '2016-05-15', link: 'https://example.org/05' },
    ]);
    assert.strictEqual(c.lookup('KL:TW4:XIII')?.key, '21-KL/TW');
    assert.deepStrictEqual(c.lookup('KL:TW4:XIII')?.terms, ['XIII']);
    assert.strictEqual(c.lookup('05-CT/TW')?.link, 'https://example.org/05');
    assert.strictEqual(c.lookup('04-NQ/TW')?.date, '2016-10-30');
  });
});
