// The same seed in other spellings (NFD, old tone placement, look-alike Đ in codes) gives the same
// keys, and every range indexes the changed text.
import * as assert from 'assert';
import { extract } from '../../../src/core/extract';
import { Entity } from '../../../src/core/types';
import { readSeed, seedFiles } from '../../paths';
import { assertRange } from './helpers';

const OLD: Record<string, string> = { ó: 'oá', ò: 'oà', ỏ: 'oả', õ: 'oã', ọ: 'oạ', ú: 'uý', ù: 'uỳ', ủ: 'uỷ', ũ: 'uỹ', ụ: 'uỵ' };
const BASE: Record<string, string> = { ó: 'o', ò: 'o', ỏ: 'o', õ: 'o', ọ: 'o', ú: 'u', ù: 'u', ủ: 'u', ũ: 'u', ụ: 'u' };

/** khóa → khoá, ủy → uỷ, hóa → hoá, thủy → thuỷ: the tone moves to the second vowel. */
function oldToneSpelling(s: string): string {
  return s.replace(/(?<![qQ])([óòỏõọ])([ae])(?![\p{L}\p{M}])|(?<![qQ])([úùủũụ])(y)(?![\p{L}\p{M}])/gu, (_m, o, a, u, y) => {
    const v = o ?? u;
    const second = a ?? y;
    const toned = OLD[v].slice(1);
    const mark = toned.normalize('NFD').slice(1);
    return BASE[v] + (second + mark).normalize('NFC');
  });
}

const withLookalikeEth = (s: string) => s.replace(/\d{1,5}-[A-ZĐa-z]{1,4}\/[A-ZĐ0-9]{1,12}/g, (code) => code.replace(/Đ/g, '\u00D0'));

const signature = (entities: Entity[]) => entities.map((e) => `${e.kind}:${e.key}${e.kind === 'citation' ? ':' + e.refs.join(',') : ''}`);

describe('spelling variants of the seeds', () => {
  it('the old-tone rewriting used here does rewrite', () => {
    assert.strictEqual(oldToneSpelling('khóa, Đảng ủy, cụ thể hóa, Thủy, quý, hoàn'), 'khoá, Đảng uỷ, cụ thể hoá, Thuỷ, quý, hoàn');
  });

  for (const file of seedFiles()) {
    const text = readSeed(file);
    const original = extract(text);
    const variants: Array<[string, string]> = [
      ['NFD', text.normalize('NFD')],
      ['old tone marks', oldToneSpelling(text)],
      ['NFD with old tone marks', oldToneSpelling(text).normalize('NFD')],
    ];
    // Only seeds whose codes hold a Đ (QĐ, ĐUK) have a look-alike copy.
    if (withLookalikeEth(text) !== text) variants.push(['look-alike Đ in codes', withLookalikeEth(text)]);
    // Line ends of Windows and of classic Mac OS (a lone carriage return, which VS Code reads as a line end).
    variants.push(['CRLF line ends', text.replace(/\r?\n/g, '\r\n')], ['CR line ends', text.replace(/\r?\n/g, '\r')]);
    // Two spaces between words, as text copied from web pages often has.
    variants.push(['two spaces between words', text.replace(/(\p{L}) (?=\p{L})/gu, '$1  ')]);
    // A space missing after a cue word: "số05-CT/TW", "ngày15/5/2016", "củaBộ Chính trị", "đồng chíNguyễn".
    const glued = text.replace(/(?<![\p{L}\p{M}\d])([Ss]ố|[Nn]gày|[Tt]háng) (?=\d)|(?<![\p{L}\p{M}])(của|chí) (?=\p{Lu})/gu, '$1$2');
    if (glued !== text) variants.push(['cue words run into the next', glued]);
    for (const [name, variant] of variants) {
      it(`${file} in ${name} gives the same keys and exact ranges`, () => {
        assert.notStrictEqual(variant, text, 'the variant differs from the seed');
        const r = extract(variant);
        assert.deepStrictEqual(signature(r.entities), signature(original.entities));
        for (const e of r.entities) assertRange(variant, e);
        assert.deepStrictEqual(r.info.dateline, original.info.dateline);
        // The title is as written: only the line ends and the spaces leave it as the seed's.
        if (/line ends|spaces/.test(name)) assert.deepStrictEqual(r.info.title?.replace(/  /g, ' '), original.info.title);
      });
    }
  }
});
