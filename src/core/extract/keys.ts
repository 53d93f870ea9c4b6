// Identity keys of cited documents. One key for every spelling of the same code:
// - Party code: "<number>-<TYPE>/<ISSUER>", NFC, Đ fixed, type-code variants canonical (QĐi, QyĐ → QĐ;
//   CTR → CTr), "TƯ" in the issuer as "TW", and the number written with at least two digits ("5-CT/TW" and "005-CT/TW" → "05-CT/TW")
//   so that the usual written form is the key and leading-zero variants group with it.
// - State code: "<number>/<year>/<TYPE>-<ISSUER>" or "<number>/<TYPE>-<ISSUER>", same number rule.
// - Conference reference without a code: "<TYPE>:<designation>:<term>" (see conferenceKey), unless the
//   catalogue knows the document, in which case the document's own key.
import { normalizeWithMap } from '../text/normalize';
import { memoSet } from '../memo';

// The tables of words in this file are Maps, not objects: a word such as "constructor" must not find
// Object.prototype's members.
const TYPE_CODE_VARIANTS = new Map<string, string>([['QĐI', 'QĐ'], ['QYĐ', 'QĐ'], ['QĐY', 'QĐ'], ['CTR', 'CTr'], ['TTR', 'TTr']]);

export function canonicalTypeCode(typeCode: string): string {
  const up = typeCode.toUpperCase();
  return TYPE_CODE_VARIANTS.get(up) ?? up;
}

// The parts passed to the key builders come from normalised text (see normalizeWithMap); keyOfCode
// normalises a free-standing code first.
export function canonicalNumber(num: string): string {
  const digits = num.replace(/^0+/, '');
  return digits.length >= 2 ? digits : digits.padStart(2, '0');
}

/**
 * An issuer's code as the key writes it: in capitals, "Trung ương" as "TW" however written ("12-NQ/TƯ",
 * "09-QĐ/BTCTƯ" are "12-NQ/TW", "09-QĐ/BTCTW").
 */
export function canonicalIssuerCode(issuerCode: string): string {
  const up = issuerCode.toUpperCase();
  return up.endsWith('TƯ') ? up.slice(0, -2) + 'TW' : up;
}

export function partyKey(num: string, typeCode: string, issuerCode: string): string {
  return `${canonicalNumber(num)}-${canonicalTypeCode(typeCode)}/${canonicalIssuerCode(issuerCode)}`;
}

export function stateKey(num: string, year: string | null, typeCode: string, issuerCode: string): string {
  const tail = `${typeCode.toUpperCase()}-${issuerCode.toUpperCase()}`;
  return year ? `${canonicalNumber(num)}/${year}/${tail}` : `${canonicalNumber(num)}/${tail}`;
}

const PARTY_CODE_RE = /^\s*(\d{1,5})\s*-\s*([\p{L}]{1,4})\s*\/\s*([\p{L}\d]{1,12})\s*$/u;
const STATE_CODE_RE = /^\s*(\d{1,6})\s*\/\s*(?:(\d{4})\s*\/\s*)?([\p{L}]{1,6})\s*-\s*([\p{L}\d]{1,12}(?:-[\p{L}\d]{1,12}){0,3})\s*$/u;
const LAW_CODE_RE = /^\s*(\d{1,4})\s*\/\s*(\d{4})\s*\/\s*(QH\d{1,2})\s*$/iu;

/** The key of a code written in any form ("05-CT/TW", "5 - CT/TW", "15/2020/NĐ-CP"), or null. */
export function keyOfCode(code: string): string | null {
  const norm = normalizeWithMap(code).text.replace(/\s+/g, ' ');
  let m = PARTY_CODE_RE.exec(norm);
  if (m) return partyKey(m[1], m[2], m[3]);
  m = LAW_CODE_RE.exec(norm);
  if (m) return `${canonicalNumber(m[1])}/${m[2]}/${m[3].toUpperCase()}`;
  m = STATE_CODE_RE.exec(norm);
  if (m) return stateKey(m[1], m[2] ?? null, m[3], m[4]);
  return null;
}

/** Central Committee terms and the dates their congresses closed (a term runs to the next one). */
const CC_TERMS: Array<[string, string, number, number]> = [
  ['IX', '2001-04-22', 2001, 2006],
  ['X', '2006-04-25', 2006, 2011],
  ['XI', '2011-01-19', 2011, 2016],
  ['XII', '2016-01-28', 2016, 2021],
  ['XIII', '2021-02-01', 2021, 2026],
  ['XIV', '2026-01-23', 2026, 2031],
];

/** The Central Committee term in office on an ISO date, or null outside IX–XIV. */
export function termOfDate(iso: string): string | null {
  let found: string | null = null;
  for (const [roman, from] of CC_TERMS) if (iso >= from) found = roman;
  if (found === 'XIV' && iso >= '2031-02') return null;
  return iso >= CC_TERMS[0][1] ? found : null;
}

/** First and last year of a Central Committee term ("XII" → [2016, 2021]), or null. */
export function yearsOfTerm(roman: string): [number, number] | null {
  const t = CC_TERMS.find(([r]) => r === roman);
  return t ? [t[2], t[3]] : null;
}

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

export function romanToNumber(roman: string): number {
  let total = 0;
  const r = roman.toUpperCase();
  for (let i = 0; i < r.length; i++) {
    const v = ROMAN_VALUES[r[i]] ?? 0;
    const next = ROMAN_VALUES[r[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

export function numberToRoman(n: number): string {
  if (!(n > 0 && n < 400)) return String(n);
  const parts: Array<[number, string]> = [
    [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let out = '';
  for (const [v, s] of parts) while (n >= v) { out += s; n -= v; }
  return out;
}

const ORDINAL_WORDS = new Map<string, number>(Object.entries({
  nhất: 1, một: 1, hai: 2, ba: 3, tư: 4, bốn: 4, năm: 5, sáu: 6, bảy: 7, bẩy: 7, tám: 8, chín: 9, mười: 10,
  'mười một': 11, 'mười hai': 12, 'mười ba': 13, 'mười bốn': 14, 'mười lăm': 15, 'mười sáu': 16,
  'mười bảy': 17, 'mười tám': 18, 'mười chín': 19, 'hai mươi': 20,
}));

/** Values of the ordinals met, as written: the same few ("XIII", "4", "tư") recur in every text. */
const ordinalCache = new Map<string, number>();

/** "tư" → 4, "5" → 5, "XIII" → 13; 0 when not an ordinal. */
export function ordinalValue(s: string): number {
  return ordinalCache.get(s) ?? memoSet(ordinalCache, s, computeOrdinalValue(s), 1000);
}

function computeOrdinalValue(s: string): number {
  const w = s.trim().toLowerCase().replace(/\s+/g, ' ');
  if (/^\d{1,3}$/.test(w)) return Number(w);
  if (/^[ivxlc]+$/.test(w)) return romanToNumber(w);
  return ORDINAL_WORDS.get(w) ?? 0;
}
