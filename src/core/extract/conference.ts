// Conference references: documents named by the meeting that adopted them instead of a code.
//   "Nghị quyết Trung ương 4 khóa XII", "Nghị quyết Trung ương 4 (khóa XI, XII)", "Nghị quyết TW4 khóa XII",
//   "Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII",
//   "Nghị quyết Đại hội XIII", "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII",
//   "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX", "Nghị quyết Đảng bộ tỉnh khóa XIX",
//   "Nghị quyết Hội nghị lần thứ 5 Ban Chấp hành Đảng bộ tỉnh khóa XX", "Nghị quyết Hội nghị Tỉnh ủy lần thứ 7".
// Keys (documented for the index and the export):
//   Central Committee plenum n of term T: "<TC>:TW<n>:<T>" (e.g. "NQ:TW4:XIII"), or the catalogue's
//     document key when the catalogue knows the pair (NQ:TW4:XII → "04-NQ/TW"); "<TC>:TW<n>" without a term.
//   National congress T: "<TC>:ĐH:<T>". A Party organisation's congress or term T: "<TC>:ĐB:<scope>:<T>"
//     with scope the lower-case words after "Đảng bộ" ("tỉnh"); such keys do not tell provinces apart
//     unless the text names the province ("Đảng bộ tỉnh Quảng Ninh": "tỉnh quảng ninh").
//   A Party organisation's plenum n of term T: "<TC>:HN<n>:ĐB:<scope>:<T>" ("NQ:HN5:ĐB:tỉnh:XX"), or
//     "<TC>:HN<n>:ĐB:<scope>" without a term; its committee gives the scope ("Tỉnh ủy", "Ban Chấp hành
//     Đảng bộ tỉnh": "tỉnh"; "Thành ủy Hà Nội": "thành phố hà nội").
// <TC> is the type code of the type word (NQ, KL, CT, QĐ).
import { Catalog } from '../catalog/catalog';
import { Context } from './context';
import { ordinalValue } from './keys';
import { dashesAsSpaces } from '../text/normalize';

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
const TERMS = `(?:,?\\s+|\\s*\\(\\s*|\\s*-\\s*)[Kk]hóa\\s+${ROMAN}(?:(?:\\s*,\\s*|\\s+và\\s+)(?:[Kk]hóa\\s+)?${ROMAN})*(?:\\s*\\))?`;

// Each pattern runs anchored (sticky) right after a type word found by the citation scanner.
// "Trung ương" is also abbreviated, run into the plenum's number or not ("Nghị quyết TW4 khóa XII", "TƯ 4").
const PLENUM_RE = new RegExp(
  `\\s+(?:(?:(?:của\\s+)?[Hh]ội\\s+nghị\\s+)?(?:[Bb]an\\s+[Cc]hấp\\s+hành\\s+)?[Tt]rung\\s+ương\\s+(?:[Đđ]ảng\\s+)?|T[WƯ]\\s?(?=\\d))(${NUM})(${TERMS})?`,
  'uy',
);
const PLENUM_LONG_RE = new RegExp(
  `\\s+(?:của\\s+)?[Hh]ội\\s+nghị\\s+(${NUM})\\s+(?:của\\s+)?(?:[Bb]an\\s+[Cc]hấp\\s+hành|BCH)\\s+[Tt]rung\\s+ương(?:\\s+[Đđ]ảng)?(?:\\s+[Cc]ộng\\s+sản\\s+[Vv]iệt\\s+[Nn]am)?(${TERMS})?`,
  'uy',
);
const CONGRESS_RE = new RegExp(
  `\\s+[Đđ]ại\\s+hội\\s+(?:[Đđ]ại\\s+biểu\\s+)?(?:[Đđ]ảng\\s+)?(?:[Tt]oàn\\s+quốc\\s+)?(?:lần\\s+thứ\\s+)?(${ROMAN}|\\d{1,2}(?![\\d\\p{L}]))`,
  'uy',
);
const ORGANISATION_RE = new RegExp(
  `\\s+(?:[Đđ]ại\\s+hội\\s+(?:[Đđ]ại\\s+biểu\\s+)?)?[Đđ]ảng\\s+bộ\\s+((?:(?:\\p{Lu}')?[\\p{L}]+(?:\\s*-\\s*(?=\\p{Lu})|\\s+)){1,6}?)(?:lần\\s+thứ|[Kk]hóa)\\s+(${ROMAN})`,
  'uy',
);
// A Party organisation's plenum, named by its executive committee before or after its number:
//   "Hội nghị lần thứ 5 Ban Chấp hành Đảng bộ tỉnh khóa XX", "Hội nghị Tỉnh ủy lần thứ 7 (khóa XX)",
//   "Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ mười", "Hội nghị lần thứ 9 Đảng ủy xã Tân Lập".
// A place's name after the committee is capitalised ("tỉnh Quảng Ninh", "Tỉnh ủy Khánh Hòa", "Thành ủy
// Thành phố Hồ Chí Minh", "Tỉnh ủy Bà Rịa - Vũng Tàu").
const PLACE_NAME =
  '(?:\\s+(?:Thành\\s+phố|TP\\.?)(?=\\s+\\p{Lu}))?' +
  '(?:(?:\\s*-\\s*|\\s+)(?!(?:Khóa|Lần|Nhiệm|Về|Của|Ngày|Năm|Tháng)(?![\\p{L}]))\\p{Lu}(?:\\x27\\p{L})?\\p{Ll}*(?![\\p{L}\\d])){0,4}';
const LOCAL_COMMITTEE =
  `(?:(?:[Bb]an\\s+[Cc]hấp\\s+hành|BCH)\\s+[Đđ]ảng\\s+bộ\\s+(?:tỉnh|thành\\s+phố|huyện|quận|thị\\s+xã|thị\\s+trấn|xã|phường)` +
  `|(?:Tỉnh|Thành|Huyện|Quận|Thị)\\s+ủy|[Đđ]ảng\\s+ủy\\s+(?:xã|phường|thị\\s+trấn))${PLACE_NAME}`;
const LOCAL_NUM = `lần\\s+thứ\\s+(\\d{1,2}(?![\\d\\p{L}])|${ROMAN}|${ORDINAL_WORD})`;
const LOCAL_PLENUM_RE = new RegExp(
  `\\s+(?:của\\s+)?[Hh]ội\\s+nghị\\s+(?:${LOCAL_NUM}\\s+(?:của\\s+)?(${LOCAL_COMMITTEE})|(?:của\\s+)?(${LOCAL_COMMITTEE})\\s+${LOCAL_NUM})(${TERMS})?`,
  'uy',
);
/**
 * The organisation an executive committee heads, its place's name as written: "Tỉnh ủy Quảng Ninh" →
 * "tỉnh Quảng Ninh", "Ban Chấp hành Đảng bộ huyện" → "huyện"; keys take it in lower case, as congress keys.
 */
const COMMITTEE_SCOPES = new Map([['tỉnh', 'tỉnh'], ['thành', 'thành phố'], ['huyện', 'huyện'], ['quận', 'quận'], ['thị', 'thị xã']]);
function committeeScope(committee: string): string {
  const words = committee.split(/\s+/u);
  const head = words[0].toLowerCase();
  if (head === 'ban' || head === 'bch') return words.slice(words.indexOf('bộ') + 1).join(' ');
  if (head === 'đảng') return words.slice(2).join(' ');
  // "Thành ủy Thành phố Hồ Chí Minh": the committee says "thành phố" already.
  let place = words.slice(2);
  if (place[0] === 'Thành' && place[1] === 'phố') place = place.slice(2);
  else if (place[0] === 'TP' || place[0] === 'TP.') place = place.slice(1);
  return [COMMITTEE_SCOPES.get(head)!, ...place].join(' ');
}
const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);
const DESIGNATION_FIRST = new Set(Array.from('TtHhBbĐđc', (c) => c.charCodeAt(0)));
/** Their second letters (Trung, TW, TƯ, Hội, Ban, Đại, Đảng, "của Hội nghị"): "Tỉnh ủy", "Thủ tướng", "Bộ" need no pattern run. */
const DESIGNATION_SECOND = new Set(Array.from('rWƯộaạảủ', (c) => c.charCodeAt(0)));
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

/**
 * The numerals of the terms a designation ends with ("khóa XI, XII", "(khóa XX)"), and how many of its
 * last characters are a closing parenthesis it did not open, which is not the reference's.
 */
function termsOf(text: string | undefined): [string[], number] {
  if (!text) return [[], 0];
  let own = text;
  if (own.endsWith(')') && !own.includes('(')) own = own.replace(/\s*\)$/u, '');
  // By exec: matchAll copies the pattern on every call.
  const terms: string[] = [];
  ROMAN_IN_TERMS.lastIndex = 0;
  for (let r = ROMAN_IN_TERMS.exec(own); r; r = ROMAN_IN_TERMS.exec(own)) terms.push(r[0]);
  return [terms, text.length - own.length];
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
    // Every designation starts with Trung ương (TW, TƯ), (của) Hội nghị, Ban Chấp hành, Đại hội or Đảng bộ.
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
      const [terms, unopened] = termsOf(m[2]);
      e -= unopened;
      const refs = terms.length ? terms.map((t) => resolve(`${tc}:TW${n}:${t}`)) : [resolve(`${tc}:TW${n}`)];
      out.push({ s: hit.s, e, refs, type, typeCode: tc, issuerCode: 'TW', conference: PLENUM_NAMES[n], terms });
      continue;
    }
    const l = at(LOCAL_PLENUM_RE, hit.e);
    if (l) {
      const n = ordinalValue(l[1] ?? l[4]);
      if (n <= 0 || n > 40) continue;
      const written = committeeScope(l[2] ?? l[3]);
      const [terms, unopened] = termsOf(l[5]);
      out.push({ s: hit.s, e: hit.e + l[0].length - unopened, type, typeCode: tc, issuerCode: null, terms: [], ...namePlenum(tc, n, written, terms, resolve) });
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
      // A dash in the place's name reads as a space, as in a plenum's key ("Bà Rịa - Vũng Tàu", "Thừa Thiên-Huế").
      const scope = dashesAsSpaces(o[1].trim().toLowerCase().replace(/\s+/g, ' '));
      if (/[.,;:]/.test(scope) || /(?:^| )(?:về|của|và|theo|đã|được)(?: |$)/u.test(scope)) continue;
      out.push({
        s: hit.s, e: hit.e + o[0].length, refs: [resolve(`${tc}:ĐB:${scope}:${o[2]}`)],
        type, typeCode: tc, issuerCode: null, conference: `Đảng bộ ${scope} ${o[2]}`, terms: [],
      });
    }
  }
  return out;
}

/**
 * A plenum's keys (one per term) and its name in full, from its type code, number, organisation and
 * terms. A committee's terms are its organisation's, not the Central Committee's: they name the
 * document, and a match's `terms` (the Central Committee's) stay empty.
 */
function namePlenum(tc: string, n: number, written: string, terms: readonly string[], resolve: (alias: string) => string): { refs: string[]; conference: string } {
  // A dash in the place's name reads as a space, as in a body's key ("Bà Rịa-Vũng Tàu", "Thừa Thiên - Huế").
  const scope = dashesAsSpaces(written.toLowerCase());
  const name = `Hội nghị lần thứ ${n} Ban Chấp hành Đảng bộ ${written}`;
  return {
    refs: terms.length ? terms.map((t) => resolve(`${tc}:HN${n}:ĐB:${scope}:${t}`)) : [resolve(`${tc}:HN${n}:ĐB:${scope}`)],
    conference: terms.length ? `${name} khóa ${terms.join(', ')}` : name,
  };
}
