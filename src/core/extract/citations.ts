// Citations of documents: Party codes ("Chỉ thị số 05-CT/TW"), State codes ("Nghị định số
// 15/2020/NĐ-CP"), conference references ("Nghị quyết Trung ương 4 khóa XII") and short forms
// ("Chỉ thị 05") resolved to a fuller citation of the same text. Each carries the optional parts that
// follow it: "ngày …" (date), "của …" (issuer), "về …" or a quoted title (subject).
import { CitationEntity } from '../types';
import { Catalog } from '../catalog/catalog';
import { Claims, Context } from './context';
import { extendBody } from './phrase';
import { Shape } from './tokens';
import { canonicalNumber, partyKey, stateKey, termOfDate } from './keys';
import { validIso } from './dates';
import { findConferenceReferences } from './conference';

/** Canonical type words and the type code each usually carries. */
export const TYPE_WORDS: Record<string, string | null> = {
  'nghị quyết liên tịch': 'NQLT', 'thông tư liên tịch': 'TTLT', 'nghị quyết': 'NQ', 'chỉ thị': 'CT', 'quy định': 'QĐ',
  'quyết định': 'QĐ', 'kết luận': 'KL', 'hướng dẫn': 'HD', 'thông báo': 'TB', 'báo cáo': 'BC', 'kế hoạch': 'KH',
  'chương trình': 'CTr', 'tờ trình': 'TTr', 'quy chế': 'QC', 'thông tri': 'TT', 'đề án': 'ĐA', 'công văn': 'CV',
  'nghị định': 'NĐ', 'thông tư': 'TT', 'luật': null, 'pháp lệnh': null, 'chỉ thị liên tịch': null,
};

const CANONICAL_TYPE: Record<string, string> = {};
for (const k of Object.keys(TYPE_WORDS)) CANONICAL_TYPE[k] = k[0].toUpperCase() + k.slice(1);

/** Regex source of a type word, first letters of each word in either case. */
export const TYPE_SOURCE = Object.keys(TYPE_WORDS)
  .sort((a, b) => b.length - a.length)
  .map((w) => w.split(' ').map((p) => `[${p[0].toUpperCase()}${p[0]}]${p.slice(1)}`).join('\\s+'))
  .join('|');

export function canonicalType(written: string): string {
  const k = written.toLowerCase().replace(/\s+/g, ' ');
  return CANONICAL_TYPE[k] ?? written;
}

const TYPE_BEFORE_RE = new RegExp(`(?:^|[^\\p{L}])(${TYPE_SOURCE})\\s*(?:(?:số|Số|SỐ)\\s*:?\\s*)?$`, 'u');
const LIST_GAP_RE = /^\s*(?:,|;|và)\s*(?:(?:số)\s*)?$/u;
const PARTY_CODE_RE = /(\d{1,5}) ?- ?(QĐi|QyĐ|CTr|TTr|[A-ZĐ]{1,4})\/([A-ZĐ][A-ZĐ0-9]{0,11})/gu;
const STATE_CODE_RE = /(\d{1,6})\/(?:(\d{4})\/)?(?:(QH\d{1,2})|([A-ZĐ][A-ZĐa-zđ]{0,6})-([A-ZĐ][A-ZĐ0-9]{0,11}))/gu;
const SHORT_FORM_RE = new RegExp(`(?<![\\p{L}])(${TYPE_SOURCE})\\s+(?:số\\s+)?(\\d{1,5})(?![\\d\\p{L}]|\\s?[-/]\\s?[\\p{L}\\d])`, 'gu');

const isWordCode = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127;

/** The parts after a citation, in the loose order the genre uses. */
export interface Tail {
  date: string | null;
  issuer: string | null;
  subject: string | null;
}

const TAIL_DATE_RE = /^ngày\s+(?:(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})|(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4}))/iu;

export function parseTail(ctx: Context, end: number): Tail {
  const norm = ctx.norm;
  const tail: Tail = { date: null, issuer: null, subject: null };
  let p = end;
  for (let step = 0; step < 4; step++) {
    let q = p;
    while (q < norm.length && (norm[q] === ' ' || norm[q] === ',' || norm[q] === '\t') && q - p < 4) q++;
    const window = norm.slice(q, q + 40);
    const dm = tail.date === null && tail.issuer === null ? TAIL_DATE_RE.exec(window) : null;
    if (dm) {
      const iso = dm[1] ? validIso(+dm[4], +dm[3], +dm[1]) : validIso(+dm[7], +dm[6], +dm[5]);
      if (!iso) break;
      tail.date = iso;
      p = q + dm[0].length;
      continue;
    }
    if (tail.issuer === null && /^của\s/u.test(window)) {
      const w = ctx.words.indexAt(q + 4);
      if (w < ctx.words.count && ctx.words.starts[w] - q <= 6) {
        const shape = ctx.words.shapes[w];
        if (shape === Shape.Cap || shape === Shape.Upper) {
          const last = extendBody(norm, ctx.words, w);
          tail.issuer = ctx.original(ctx.words.starts[w], ctx.words.ends[last]);
          p = ctx.words.ends[last];
          continue;
        }
      }
      break;
    }
    const about = /^về\s*/u.exec(window);
    let r = about ? q + about[0].length : q;
    const open = norm[r];
    if (open === '“' || open === '"' || open === '«') {
      const close = open === '“' ? '”' : open === '«' ? '»' : '"';
      let k = r + 1;
      const limit = Math.min(norm.length, r + 400);
      while (k < limit && norm[k] !== close && norm[k] !== '\n') k++;
      if (k < limit && norm[k] === close) tail.subject = ctx.original(r + 1, k).trim() || null;
      break;
    }
    if (about) {
      let k = r;
      const limit = Math.min(norm.length, r + 200);
      while (k < limit && !';.\n()“”'.includes(norm[k])) k++;
      tail.subject = ctx.original(r, k).trim() || null;
    }
    break;
  }
  return tail;
}

function citation(ctx: Context, s: number, e: number, key: string, fields: Partial<CitationEntity>): CitationEntity {
  return {
    ...ctx.base('citation', s, e, key),
    system: 'party', code: null, number: null, type: null, typeCode: null, issuerCode: null, issuer: null,
    date: null, subject: null, year: null, terms: [], conference: null, shortForm: false, refs: [key],
    ...fields,
  };
}

function termsOf(key: string, issuerCode: string | null, date: string | null, catalog: Catalog): string[] {
  if (date && issuerCode && /TW$/.test(issuerCode)) {
    const t = termOfDate(date);
    return t ? [t] : [];
  }
  const known = catalog.lookup(key);
  if (known && (!date || !known.date || known.date === date)) return [...known.terms];
  return [];
}

/** Every citation of the text, in order; claims the spans of the codes so dates skip them. */
export function findCitations(ctx: Context, claims: Claims, catalog: Catalog): CitationEntity[] {
  const norm = ctx.norm;
  const out: CitationEntity[] = [];
  const codeSpans: Array<[number, number]> = [];
  let prevEnd = -1;
  let prevType: string | null = null;

  const withType = (codeStart: number): { s: number; type: string | null } => {
    const window = norm.slice(Math.max(0, codeStart - 40), codeStart);
    const m = TYPE_BEFORE_RE.exec(window);
    if (m) return { s: codeStart - window.length + m.index + m[0].indexOf(m[1]), type: canonicalType(m[1]) };
    if (prevEnd >= 0 && codeStart - prevEnd < 12 && LIST_GAP_RE.test(norm.slice(prevEnd, codeStart))) return { s: codeStart, type: prevType };
    return { s: codeStart, type: null };
  };

  const bounded = (s: number, e: number) => (s === 0 || !isWordCode(norm.charCodeAt(s - 1)) && norm[s - 1] !== '/' && norm[s - 1] !== '-') && (e >= norm.length || !isWordCode(norm.charCodeAt(e)) && norm[e] !== '/');

  const found: Array<{ s: number; cs: number; e: number; build: (type: string | null, tail: Tail) => Partial<CitationEntity> & { key: string } }> = [];
  if (norm.indexOf('/') >= 0) {
    PARTY_CODE_RE.lastIndex = 0;
    for (let m = PARTY_CODE_RE.exec(norm); m; m = PARTY_CODE_RE.exec(norm)) {
      const cs = m.index;
      const e = cs + m[0].length;
      if (!bounded(cs, e)) {
        PARTY_CODE_RE.lastIndex = cs + 1;
        continue;
      }
      const [, num, typeCode, issuerCode] = m;
      found.push({
        s: cs, cs, e,
        build: () => ({
          key: partyKey(num, typeCode, issuerCode), system: 'party', code: ctx.original(cs, e), number: num,
          typeCode, issuerCode,
        }),
      });
    }
    STATE_CODE_RE.lastIndex = 0;
    for (let m = STATE_CODE_RE.exec(norm); m; m = STATE_CODE_RE.exec(norm)) {
      const cs = m.index;
      const e = cs + m[0].length;
      if (!bounded(cs, e) || (!m[2] && !m[4])) {
        STATE_CODE_RE.lastIndex = cs + 1;
        continue;
      }
      const [, num, year, law, typeCode, issuerCode] = m;
      if (year && (+year < 1945 || +year > 2100)) continue;
      found.push({
        s: cs, cs, e,
        build: () => ({
          key: law ? `${canonicalNumber(num)}/${year}/${law}` : stateKey(num, year ?? null, typeCode, issuerCode),
          system: 'state', code: ctx.original(cs, e), number: num, typeCode: law ? null : typeCode,
          issuerCode: law ? law : issuerCode, year: year ? +year : null,
        }),
      });
    }
    found.sort((a, b) => a.cs - b.cs);
  }

  for (const f of found) {
    const { s, type } = withType(f.cs);
    const tail = parseTail(ctx, f.e);
    const fields = f.build(type, tail);
    const terms = fields.system === 'party' ? termsOf(fields.key, fields.issuerCode ?? null, tail.date, catalog) : [];
    out.push(citation(ctx, s, f.e, fields.key, { ...fields, type, ...tail, terms, refs: [fields.key] }));
    codeSpans.push([f.cs, f.e]);
    claims.add(s, f.e);
    prevEnd = f.e;
    prevType = type;
  }

  for (const c of findConferenceReferences(ctx, catalog)) {
    if (claims.overlaps(c.s, c.e)) continue;
    const tail = parseTail(ctx, c.e);
    out.push(citation(ctx, c.s, c.e, c.refs[0], { ...c.fields, ...tail, refs: c.refs }));
    claims.add(c.s, c.e);
  }

  // Short forms refer to a coded citation of the same type family and number in the same text.
  const coded = out.filter((c) => c.code !== null);
  if (coded.length) {
    SHORT_FORM_RE.lastIndex = 0;
    for (let m = SHORT_FORM_RE.exec(norm); m; m = SHORT_FORM_RE.exec(norm)) {
      const s = m.index;
      const e = s + m[0].length;
      if (claims.overlaps(s, e)) continue;
      const type = canonicalType(m[1]);
      const family = TYPE_WORDS[type.toLowerCase()];
      const num = canonicalNumber(m[2]);
      const start = ctx.toOriginal(s);
      let best: CitationEntity | null = null;
      for (const c of coded) {
        if (canonicalNumber(c.number ?? '') !== num) continue;
        if (!(c.type === type || (c.typeCode && family && c.typeCode.toUpperCase().startsWith(family.slice(0, 2).toUpperCase())))) continue;
        if (!best || (c.start < start && (best.start > start || c.start > best.start))) best = c;
      }
      if (!best) continue;
      const tail = parseTail(ctx, e);
      out.push(citation(ctx, s, e, best.key, {
        system: best.system, number: m[2], type, typeCode: best.typeCode, issuerCode: best.issuerCode, year: best.year,
        terms: [...best.terms], shortForm: true, refs: [...best.refs], ...tail,
      }));
      claims.add(s, e);
    }
  }

  for (const [s, e] of codeSpans) claims.add(s, e);
  out.sort((a, b) => a.start - b.start);
  return out;
}
