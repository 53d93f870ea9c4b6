// Conference references: documents named by the meeting that adopted them instead of a code.
//   "Nghị quyết Trung ương 4 khóa XII", "Nghị quyết Trung ương 4 (khóa XI, XII)",
//   "Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII",
//   "Nghị quyết Đại hội XIII", "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII",
//   "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX", "Nghị quyết Đảng bộ tỉnh khóa XIX".
// Keys (documented for the index and the export):
//   Central Committee plenum n of term T: "<TC>:TW<n>:<T>" (e.g. "NQ:TW4:XIII"), or the catalogue's
//     document key when the catalogue knows the pair (NQ:TW4:XII → "04-NQ/TW"); "<TC>:TW<n>" without a term.
//   National congress T: "<TC>:ĐH:<T>". A Party organisation's congress or term T: "<TC>:ĐB:<scope>:<T>"
//     with scope the lower-case words after "Đảng bộ" ("tỉnh"); such keys do not tell provinces apart.
// <TC> is the type code of the type word (NQ, KL, CT, QĐ).
import { CitationEntity } from '../types';
import { Catalog } from '../catalog/catalog';
import { Context } from './context';
import { ordinalValue } from './keys';

const TYPE = '[Nn]ghị\\s+[Qq]uyết|[Kk]ết\\s+[Ll]uận|[Cc]hỉ\\s+[Tt]hị|[Qq]uy\\s+[Đđ]ịnh';
const TYPE_CODES: Record<string, string> = { 'nghị quyết': 'NQ', 'kết luận': 'KL', 'chỉ thị': 'CT', 'quy định': 'QĐ' };
const ROMAN = '[IVXLC]+(?![\\p{L}\\d])';
const ORDINAL_WORD = '(?:nhất|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười(?:\\s+(?:một|hai|ba|bốn|lăm|sáu|bảy|tám|chín))?)(?![\\p{L}])';
const NUM = `(?:lần\\s+thứ\\s+)?(?:\\d{1,2}(?![\\d\\p{L}])|${ROMAN})|lần\\s+thứ\\s+${ORDINAL_WORD}`;
const TERMS = `(?:,?\\s+|\\s*\\(\\s*)[Kk]hóa\\s+${ROMAN}(?:(?:\\s*,\\s*|\\s+và\\s+)(?:[Kk]hóa\\s+)?${ROMAN})*(?:\\s*\\))?`;

const PLENUM_RE = new RegExp(
  `(?<![\\p{L}])(${TYPE})\\s+(?:[Hh]ội\\s+nghị\\s+)?(?:[Bb]an\\s+[Cc]hấp\\s+hành\\s+)?[Tt]rung\\s+ương\\s+(?:[Đđ]ảng\\s+)?(${NUM})(${TERMS})?`,
  'gu',
);
const PLENUM_LONG_RE = new RegExp(
  `(?<![\\p{L}])(${TYPE})\\s+[Hh]ội\\s+nghị\\s+(${NUM})\\s+(?:của\\s+)?(?:[Bb]an\\s+[Cc]hấp\\s+hành|BCH)\\s+[Tt]rung\\s+ương(?:\\s+[Đđ]ảng)?(?:\\s+[Cc]ộng\\s+sản\\s+[Vv]iệt\\s+[Nn]am)?(${TERMS})?`,
  'gu',
);
const CONGRESS_RE = new RegExp(
  `(?<![\\p{L}])(${TYPE})\\s+[Đđ]ại\\s+hội\\s+(?:[Đđ]ại\\s+biểu\\s+)?(?:[Đđ]ảng\\s+)?(?:[Tt]oàn\\s+quốc\\s+)?(?:lần\\s+thứ\\s+)?(${ROMAN}|\\d{1,2}(?![\\d\\p{L}]))`,
  'gu',
);
const ORGANISATION_RE = new RegExp(
  `(?<![\\p{L}])(${TYPE})\\s+(?:[Đđ]ại\\s+hội\\s+(?:[Đđ]ại\\s+biểu\\s+)?)?[Đđ]ảng\\s+bộ\\s+((?:[\\p{L}]+\\s+){1,5}?)(?:lần\\s+thứ|[Kk]hóa)\\s+(${ROMAN})`,
  'gu',
);
const ROMAN_IN_TERMS = /[IVXLC]+(?![\p{L}\d])/gu;

export interface ConferenceMatch {
  s: number;
  e: number;
  refs: string[];
  fields: Partial<CitationEntity>;
}

const romanOf = (s: string) => {
  const n = ordinalValue(s);
  return n > 0 ? toRoman(n) : s;
};
function toRoman(n: number): string {
  const parts: Array<[number, string]> = [[50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, r] of parts) while (n >= v) { out += r; n -= v; }
  return out;
}

export function findConferenceReferences(ctx: Context, catalog: Catalog): ConferenceMatch[] {
  const norm = ctx.norm;
  const out: ConferenceMatch[] = [];
  const typeCode = (t: string) => TYPE_CODES[t.toLowerCase().replace(/\s+/g, ' ')] ?? 'NQ';
  const type = (t: string) => {
    const k = t.toLowerCase().replace(/\s+/g, ' ');
    return k[0].toUpperCase() + k.slice(1);
  };
  const resolve = (alias: string) => catalog.lookup(alias)?.key ?? alias;

  const plenum = (re: RegExp) => {
    re.lastIndex = 0;
    for (let m = re.exec(norm); m; m = re.exec(norm)) {
      const n = ordinalValue(m[2].replace(/^lần\s+thứ\s+/u, ''));
      if (n <= 0 || n > 20) continue;
      let e = m.index + m[0].length;
      let termsText = m[3] ?? '';
      if (termsText.endsWith(')') && !termsText.includes('(')) {
        termsText = termsText.replace(/\s*\)$/u, '');
        e = m.index + m[0].length - (m[3].length - termsText.length);
      }
      const terms = termsText ? Array.from(termsText.matchAll(ROMAN_IN_TERMS), (x) => x[0]) : [];
      const tc = typeCode(m[1]);
      const refs = terms.length ? terms.map((t) => resolve(`${tc}:TW${n}:${t}`)) : [resolve(`${tc}:TW${n}`)];
      out.push({
        s: m.index, e, refs,
        fields: { system: 'conference', type: type(m[1]), typeCode: tc, issuerCode: 'TW', conference: `Trung ương ${n}`, terms },
      });
    }
  };
  if (norm.includes('rung ương')) {
    plenum(PLENUM_RE);
    plenum(PLENUM_LONG_RE);
  }
  if (norm.includes('ại hội')) {
    CONGRESS_RE.lastIndex = 0;
    for (let m = CONGRESS_RE.exec(norm); m; m = CONGRESS_RE.exec(norm)) {
      const roman = romanOf(m[2]);
      const tc = typeCode(m[1]);
      out.push({
        s: m.index, e: m.index + m[0].length, refs: [resolve(`${tc}:ĐH:${roman}`)],
        fields: { system: 'conference', type: type(m[1]), typeCode: tc, issuerCode: 'TW', conference: `Đại hội ${roman}`, terms: [roman] },
      });
    }
  }
  if (norm.includes('ảng bộ')) {
    ORGANISATION_RE.lastIndex = 0;
    for (let m = ORGANISATION_RE.exec(norm); m; m = ORGANISATION_RE.exec(norm)) {
      const scope = m[2].trim().toLowerCase().replace(/\s+/g, ' ');
      if (/[.,;:]/.test(scope) || /(?:^| )(?:về|của|và|theo|đã|được)(?: |$)/u.test(scope)) continue;
      const tc = typeCode(m[1]);
      out.push({
        s: m.index, e: m.index + m[0].length, refs: [resolve(`${tc}:ĐB:${scope}:${m[3]}`)],
        fields: { system: 'conference', type: type(m[1]), typeCode: tc, issuerCode: null, conference: `Đảng bộ ${scope} ${m[3]}`, terms: [] },
      });
    }
  }
  out.sort((a, b) => a.s - b.s || b.e - a.e);
  const kept: ConferenceMatch[] = [];
  for (const c of out) if (!kept.length || c.s >= kept[kept.length - 1].e) kept.push(c);
  return kept;
}
