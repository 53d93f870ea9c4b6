// Conference references: documents named by the meeting that adopted them instead of a code.
//   "Nghị quyết Trung ương 4 khóa XII", "Nghị quyết Trung ương 4 (khóa XI, XII)", "Nghị quyết TW4 khóa XII",
//   "Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII",
//   "Nghị quyết Đại hội XIII", "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII",
//   "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX", "Nghị quyết Đảng bộ tỉnh khóa XIX".
// Keys (documented for the index and the export):
//   Central Committee plenum n of term T: "<TC>:TW<n>:<T>" (e.g. "NQ:TW4:XIII"), or the catalogue's
//     document key when the catalogue knows the pair (NQ:TW4:XII → "04-NQ/TW"); "<TC>:TW<n>" without a term.
//   National congress T: "<TC>:ĐH:<T>". A Party organisation's congress or term T: "<TC>:ĐB:<scope>:<T>"
//     with scope the lower-case words after "Đảng bộ" ("tỉnh"); such keys do not tell provinces apart.
// <TC> is the type code of the type word (NQ, KL, CT, QĐ).
import { Catalog } from '../catalog/catalog';
import { Context } from './context';
import { ordinalValue } from './keys';

/** A Map, not an object: a word such as "constructor" must not find Object.prototype's members. */
const TYPE_CODES = new Map<string, string>([['nghị quyết', 'NQ'], ['kết luận', 'KL'], ['chỉ thị', 'CT'], ['quy định', 'QĐ']]);
/** Type code of a type as the scanner wrote it, remembered: the same few types recur in every text. */
const typeCodeCache = new Map<string, string | null>();
function typeCodeOf(type: string): string | null {
  let tc = typeCodeCache.get(type);
  if (tc === undefined) {
    tc = TYPE_CODES.get(type.toLowerCase()) ?? null;
    if (typeCodeCache.size < 1000) typeCodeCache.set(type, tc);
  }
  return tc;
}
const ROMAN = '[IVXLC]+(?![\\p{L}\\d])';
/** An ordinal in words ("tư", "mười hai"): the numbers of plenums and meetings. */
export const ORDINAL_WORD = '(?:nhất|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười(?:\\s+(?:một|hai|ba|bốn|lăm|sáu|bảy|tám|chín))?)(?![\\p{L}])';
const NUM = `(?:lần\\s+thứ\\s+)?(?:\\d{1,2}(?![\\d\\p{L}])|${ROMAN})|lần\\s+thứ\\s+${ORDINAL_WORD}`;
const TERMS = `(?:,?\\s+|\\s*\\(\\s*)[Kk]hóa\\s+${ROMAN}(?:(?:\\s*,\\s*|\\s+và\\s+)(?:[Kk]hóa\\s+)?${ROMAN})*(?:\\s*\\))?`;

// Each pattern runs anchored (sticky) right after a type word found by the citation scanner.
// "Trung ương" is also abbreviated, run into the plenum's number or not ("Nghị quyết TW4 khóa XII", "TƯ 4").
const PLENUM_RE = new RegExp(
  `\\s+(?:(?:[Hh]ội\\s+nghị\\s+)?(?:[Bb]an\\s+[Cc]hấp\\s+hành\\s+)?[Tt]rung\\s+ương\\s+(?:[Đđ]ảng\\s+)?|T[WƯ]\\s?(?=\\d))(${NUM})(${TERMS})?`,
  'uy',
);
const PLENUM_LONG_RE = new RegExp(
  `\\s+[Hh]ội\\s+nghị\\s+(${NUM})\\s+(?:của\\s+)?(?:[Bb]an\\s+[Cc]hấp\\s+hành|BCH)\\s+[Tt]rung\\s+ương(?:\\s+[Đđ]ảng)?(?:\\s+[Cc]ộng\\s+sản\\s+[Vv]iệt\\s+[Nn]am)?(${TERMS})?`,
  'uy',
);
const CONGRESS_RE = new RegExp(
  `\\s+[Đđ]ại\\s+hội\\s+(?:[Đđ]ại\\s+biểu\\s+)?(?:[Đđ]ảng\\s+)?(?:[Tt]oàn\\s+quốc\\s+)?(?:lần\\s+thứ\\s+)?(${ROMAN}|\\d{1,2}(?![\\d\\p{L}]))`,
  'uy',
);
const ORGANISATION_RE = new RegExp(
  `\\s+(?:[Đđ]ại\\s+hội\\s+(?:[Đđ]ại\\s+biểu\\s+)?)?[Đđ]ảng\\s+bộ\\s+((?:[\\p{L}]+\\s+){1,5}?)(?:lần\\s+thứ|[Kk]hóa)\\s+(${ROMAN})`,
  'uy',
);
const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);
const DESIGNATION_FIRST = new Set(Array.from('TtHhBbĐđ', (c) => c.charCodeAt(0)));
/** Their second letters (Trung, TW, TƯ, Hội, Ban, Đại, Đảng): "Tỉnh ủy", "Thủ tướng", "Bộ" need no pattern run. */
const DESIGNATION_SECOND = new Set(Array.from('rWƯộaạả', (c) => c.charCodeAt(0)));
const GENERIC_TERMS_RE = /^\s+(?:các|những|mọi|nhiều)\s+(?:khóa|nhiệm\s+kỳ|kỳ)(?![\p{L}])/u;
const CONGRESS_OWNER_RE = /^\s+(?:của\s+)?[Đđ]ảng\s+bộ\s+(\p{L}+)/u;
const ROMAN_IN_TERMS = /[IVXLC]+(?![\p{L}\d])/gu;

/** A conference reference: its span, refs and the citation fields it fills. */
export interface ConferenceMatch {
  s: number;
  e: number;
  refs: string[];
  type: string;
  typeCode: string;
  issuerCode: string | null;
  conference: string;
  terms: string[];
}

/** "Trung ương 1" … "Trung ương 20", by number: the name of a plenum. */
const PLENUM_NAMES = Array.from({ length: 21 }, (_, n) => `Trung ương ${n}`);

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

/** A type word found in the text: its span and canonical form ("Nghị quyết"). */
export interface TypeHit {
  s: number;
  e: number;
  type: string;
}

export function findConferenceReferences(ctx: Context, catalog: Catalog, hits: readonly TypeHit[]): ConferenceMatch[] {
  const norm = ctx.norm;
  const out: ConferenceMatch[] = [];
  const resolve = (alias: string) => catalog.lookup(alias)?.key ?? alias;
  const at = (re: RegExp, pos: number) => {
    re.lastIndex = pos;
    return re.exec(norm);
  };
  for (const hit of hits) {
    const tc = typeCodeOf(hit.type);
    if (!tc) continue;
    // Every designation starts with Trung ương (TW, TƯ), Hội nghị, Ban Chấp hành, Đại hội or Đảng bộ.
    let q = hit.e;
    while (q < norm.length && isSpace(norm.charCodeAt(q))) q++;
    if (q === hit.e || !DESIGNATION_FIRST.has(norm.charCodeAt(q)) || !DESIGNATION_SECOND.has(norm.charCodeAt(q + 1))) continue;
    const type = hit.type;
    const m = at(PLENUM_RE, hit.e) ?? at(PLENUM_LONG_RE, hit.e);
    if (m) {
      const n = ordinalValue(m[1].replace(/^lần\s+thứ\s+/u, ''));
      if (n <= 0 || n > 20) continue;
      let e = hit.e + m[0].length;
      // "Nghị quyết Trung ương 4 các khóa": the plenums of several terms in general, no one document.
      if (!m[2] && GENERIC_TERMS_RE.test(norm.slice(e, e + 24))) continue;
      let termsText = m[2] ?? '';
      if (termsText.endsWith(')') && !termsText.includes('(')) {
        termsText = termsText.replace(/\s*\)$/u, '');
        e -= m[2].length - termsText.length;
      }
      // The numerals of the terms, by exec (matchAll copies the pattern on every call).
      const terms: string[] = [];
      if (termsText) {
        ROMAN_IN_TERMS.lastIndex = 0;
        for (let r = ROMAN_IN_TERMS.exec(termsText); r; r = ROMAN_IN_TERMS.exec(termsText)) terms.push(r[0]);
      }
      const refs = terms.length ? terms.map((t) => resolve(`${tc}:TW${n}:${t}`)) : [resolve(`${tc}:TW${n}`)];
      out.push({ s: hit.s, e, refs, type, typeCode: tc, issuerCode: 'TW', conference: PLENUM_NAMES[n], terms });
      continue;
    }
    const c = at(CONGRESS_RE, hit.e);
    if (c) {
      const roman = romanOf(c[1]);
      // "Đại hội lần thứ XX Đảng bộ tỉnh": the congress of a Party organisation, not the national one.
      const own = CONGRESS_OWNER_RE.exec(norm.slice(hit.e + c[0].length, hit.e + c[0].length + 40));
      if (own) {
        const scope = own[1].toLowerCase();
        out.push({
          s: hit.s, e: hit.e + c[0].length + own[0].length, refs: [resolve(`${tc}:ĐB:${scope}:${roman}`)],
          type, typeCode: tc, issuerCode: null, conference: `Đảng bộ ${scope} ${roman}`, terms: [],
        });
        continue;
      }
      if (ordinalValue(roman) > 14) continue;
      out.push({
        s: hit.s, e: hit.e + c[0].length, refs: [resolve(`${tc}:ĐH:${roman}`)],
        type, typeCode: tc, issuerCode: 'TW', conference: `Đại hội ${roman}`, terms: [roman],
      });
      continue;
    }
    const o = at(ORGANISATION_RE, hit.e);
    if (o) {
      const scope = o[1].trim().toLowerCase().replace(/\s+/g, ' ');
      if (/[.,;:]/.test(scope) || /(?:^| )(?:về|của|và|theo|đã|được)(?: |$)/u.test(scope)) continue;
      out.push({
        s: hit.s, e: hit.e + o[0].length, refs: [resolve(`${tc}:ĐB:${scope}:${o[2]}`)],
        type, typeCode: tc, issuerCode: null, conference: `Đảng bộ ${scope} ${o[2]}`, terms: [],
      });
    }
  }
  return out;
}
