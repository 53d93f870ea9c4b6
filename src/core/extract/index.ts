// The extraction engine: a document's text in, every entity out with exact ranges in the original
// text and normalised fields. Pure TypeScript; linear in the length of the text; never throws.
//
// Choices the other layers rely on:
// - Patterns run on a normalised copy (NFC, modern tone marks, look-alike Đ/Cyrillic, one dash, plain
//   spaces); every offset is mapped back, so entity.text === text.slice(start, end) always.
// - Keys: Party code "05-CT/TW" (number at least two digits: "5-CT/TW" groups with it; QĐi/QyĐ → QĐ),
//   State code "15/2020/NĐ-CP", conference references through the catalogue or "NQ:TW4:XIII",
//   "NQ:ĐH:XIII", "NQ:ĐB:tỉnh:XX" (see keys.ts, conference.ts); person and body: normalizeForMatch(name);
//   date: the ISO value; term: "khóa:XIII", "lần thứ:XX", "nhiệm kỳ:2020-2025"; abbreviation: itself.
// - A code with no type word before it is still a citation; its type comes from an unambiguous type
//   code (KL → Kết luận, CTr → Chương trình, TTr → Tờ trình; a State QĐ → Quyết định), else null
//   (a Party QĐ cannot tell Quy định from Quyết định on its own). A fixed qualifier between the type
//   word and the code ("Chương trình hành động số 08-CTr/TU") is in the text, not in the type.
// - A formal document's header number ("Số 27-NQ/TU", "Số: 2157/QĐ-UBND") is a citation of the
//   document itself, typed by the upper-case title line below it ("NGHỊ QUYẾT"); info.title is that
//   title line with its continuation and subject line, not the issuing body's line.
// - Without a header number, a first line that is the title of the document it cites ("Chỉ thị số
//   05-CT/TW ngày 15/5/2016 của Bộ Chính trị về …") names the document; a headline about it ("Chỉ thị
//   05-CT/TW: Lan tỏa …") or an article with a news dateline does not (see lineIsCitation).
// - An issuer is copied as written and includes a meeting before the body and the body's term after
//   it ("Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII", "Ban Chấp hành Trung ương khóa XI").
// - A short form ("Chỉ thị 05") has code null, shortForm true and the key/refs of the full citation of
//   the same text it refers to (of the issuer it names, "Chỉ thị 05 của Tỉnh ủy", else the nearest);
//   an unresolved one is not reported.
// - Person mentions all carry the positions merged over the document (fullest form of each).
import { CitationEntity, DocumentInfo, Entity, ExtractResult } from '../types';
import { Catalog, builtinCatalog } from '../catalog/catalog';
import { Claims, Context, createContext } from './context';
import { TYPE_WORDS, canonicalType, datesOfTails, findCitations, tailEnd } from './citations';
import { findDates } from './dates';
import { findPeople } from './people';
import { findAbbreviations, findOrganizations, findTerms } from './bodies';
import { releaseWords } from './tokens';
import { normalizeForMatch } from '../text/normalize';
import { readingsOfCapitals } from './capitals';

export interface ExtractOptions {
  /** Year to give day-month dates when the text itself has no dateline. */
  yearHint?: number;
  /** Catalogue of known documents (built-in by default; a workspace may extend it). */
  catalog?: Catalog;
  /**
   * False: entities get the shared placeholder UNPLACED instead of a range of their own (three objects
   * fewer per entity); for the corpus index, which computes ranges from offsets when asked. Default true.
   */
  ranges?: boolean;
}

export { normalizeForMatch, foldDiacritics, modernToneSpelling } from '../text/normalize';
export { keyOfCode, termOfDate } from './keys';
export { UNPLACED } from './context';

/** A header's number label: "Số" or "SỐ" opening the line (a wrapped sentence's "số" is no header). */
const OWN_LABEL_RE = /^\s*(?:Số|SỐ)/u;
/** A header's "Số 05-CT/TW" or "Số: 15/2020/NĐ-CP", read in matching form (NFD, other dashes, look-alikes as any). */
const OWN_CODE_RE = /^\s*số\s*:?\s*(\d{1,5}\s?-\s?[\p{L}]{1,4}\/[\p{L}\d]{1,12}|\d{1,6}\/(?:\d{4}\/)?[\p{L}]{1,6}\s?-\s?[\p{L}\d]{1,12})\b/u;

/** The title line of a formal document ("NGHỊ QUYẾT", "QUYẾT ĐỊNH"): the type it states, or null. */
function titleType(line: string): string | null {
  if (line.length > 40 || line !== line.toUpperCase() || !/\p{Lu}/u.test(line)) return null;
  const lower = line.toLowerCase().replace(/\s+/g, ' ').trim();
  const type = canonicalType(lower);
  return type !== lower && TYPE_WORDS.has(lower) ? type : null;
}

const HEADER_LINES = 24;
const RULE_RE = /^[-–—_*=.\s]*$/u;

/** The first normalised offset that maps to the original offset `at` (toOriginal never decreases). */
function normalisedOffset(ctx: Context, at: number): number {
  let lo = 0;
  let hi = ctx.norm.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.toOriginal(mid) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const LINE_REST_RE = /^[\s.]*$/u;
/** A headline goes on after a colon or a spaced dash ("Chỉ thị 05-CT/TW: Lan tỏa …", "… 57-NQ/TW - động lực mới …"). */
const HEADLINE_REST_RE = /^\s*(?::|[-–—|]\s)/u;
/** Words that make a sentence of a line: "và …", ", …", or a verb ("đã đi vào cuộc sống", "mở ra kỷ nguyên"). */
const HEADLINE_VERB_RE = /^\s*(?:,|và\s)|\s(?:đã|đang|sẽ|được|mở ra|tạo|đi vào|góp phần|khẳng định|là)\s/u;
/** A headline's tail after a comma: "…, người dân cần biết", "…, cán bộ cần lưu ý". */
const HEADLINE_TAIL_RE = /,[^,]*\s(?:cần|nên)\s+(?:biết|lưu ý)/u;
/** What an official title says its document does, right after the citation. */
const TITLE_VERB_RE = /^\s*(?:quy định|phê duyệt|ban hành|hướng dẫn|sửa đổi|bổ sung|hội nghị|về)\s/u;
/** A note in brackets after a title: "(toàn văn)", "(sửa đổi, bổ sung)". */
const NOTE_REST_RE = /^\s*\([^()\n]*\)[\s.]*$/u;

/**
 * Is the first line the title of the document it cites ("Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ
 * Chính trị về …"), or a headline about it? The citation alone with its date, issuer and subject, or
 * followed by a note in brackets, is the title. A colon or a spaced dash after it makes a headline
 * ("Chỉ thị 05-CT/TW: Lan tỏa …"). Other words after it ("… ngày 25/10/2017 của Hội nghị lần thứ sáu
 * … một số vấn đề về …", an official title whose subject has no "về" or runs long) are a title's only
 * when the citation gives its date, as titles do, and its issuer or a capitalised issuer after it, with
 * no verb: headlines go on with one ("… của Bộ Chính trị đã đi vào cuộc sống", "Nghị quyết 57-NQ/TW
 * ngày 22/12/2024 mở ra …").
 */
function lineIsCitation(ctx: Context, c: CitationEntity): boolean {
  const e = tailEnd(ctx, normalisedOffset(ctx, c.end));
  const lineEnd = ctx.norm.indexOf('\n', e);
  const rest = ctx.norm.slice(e, lineEnd < 0 ? ctx.norm.length : lineEnd);
  if (LINE_REST_RE.test(rest) || NOTE_REST_RE.test(rest)) return true;
  if (HEADLINE_REST_RE.test(rest) || c.date === null || HEADLINE_VERB_RE.test(rest)) return false;
  // The rest of a title names its issuer (a meeting, without "của"), or says what the document does
  // ("Nghị định số 116/2020/NĐ-CP ngày 25/9/2020 quy định …", "… phê duyệt …").
  return c.issuer !== null || /^\s*\p{Lu}/u.test(rest) || (TITLE_VERB_RE.test(rest) && !HEADLINE_TAIL_RE.test(rest));
}

function documentInfo(ctx: Context, citations: CitationEntity[], dateline: string | null, newsDateline: boolean): DocumentInfo {
  const info: DocumentInfo = { ownCode: null, ownKey: null, dateline, title: null };
  const src = ctx.src;
  let lineStart = 0;
  let titleEnd = -1;
  let own: CitationEntity | null = null;
  let formalTitle: string | null = null;
  let formalType: string | null = null;
  for (let seen = 0; lineStart < src.length && seen < HEADER_LINES; ) {
    let lineEnd = src.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = src.length;
    const line = src.slice(lineStart, Math.min(lineEnd, lineStart + 2000)).trim();
    if (line) {
      seen++;
      if (info.title === null) {
        info.title = line;
        titleEnd = lineEnd;
      }
      // A formal header declares the document's own number ("Số 05-CT/TW", "Số: 15/2020/NĐ-CP").
      if (!own && seen <= 12 && OWN_LABEL_RE.test(line.normalize('NFC')) && OWN_CODE_RE.test(normalizeForMatch(line))) {
        own = citations.find((c) => c.code !== null && c.start >= lineStart && c.start < lineEnd) ?? null;
      } else if (formalType === null && line.length <= 40 && (formalType = titleType(line.normalize('NFC'))) !== null) {
        // The title line, the upper-case lines that go on with it and its subject line ("về …").
        formalTitle = line;
        let next = lineEnd + 1;
        for (let more = 0; more < 3 && next < src.length; more++) {
          let nextEnd = src.indexOf('\n', next);
          if (nextEnd < 0) nextEnd = src.length;
          const cont = src.slice(next, Math.min(nextEnd, next + 600)).trim();
          if (!cont || RULE_RE.test(cont)) break;
          const upper = cont === cont.toUpperCase();
          if (!upper && !/^\p{Ll}|^[Vv]ề\s/u.test(cont.normalize('NFC'))) break;
          formalTitle += ' ' + cont;
          next = nextEnd + 1;
          if (!upper) break;
        }
      }
    }
    lineStart = lineEnd + 1;
  }
  if (own) {
    info.ownCode = own.code;
    info.ownKey = own.key;
    // The header number has no type word before it: the title line states the type (QĐ: Quyết định or Quy định).
    if (formalType) own.type = formalType;
  }
  // A formal document (a header number, or an upper-case issuing body on its first line) is named by its title.
  if (formalTitle && (own || (info.title !== null && info.title === info.title.toUpperCase()))) info.title = formalTitle;
  // A title that is itself a citation ("Chỉ thị số 05-CT/TW ngày 15/5/2016 …") names the document;
  // a news article's stamp says the text reports on it.
  if (!info.ownKey && titleEnd >= 0 && !newsDateline) {
    const first = citations.find((c) => c.end <= titleEnd && c.code);
    if (first && src.slice(0, first.start).trim() === '' && lineIsCitation(ctx, first)) {
      info.ownCode = first.code;
      info.ownKey = first.key;
    }
  }
  return info;
}

const byPosition = (a: Entity, b: Entity) => a.start - b.start || b.end - a.end;

/** The list in order of position, stably: a list sorted by start only gets its ties ordered (rare). */
function inPositionOrder(list: Entity[]): Entity[] {
  for (let i = 1; i < list.length; i++) if (byPosition(list[i - 1], list[i]) > 0) return list.slice().sort(byPosition);
  return list;
}

/**
 * The entities of the lists in order of position (start, then the longer first); on a tie those of
 * an earlier list first, each list keeping its own order: the same order as a stable sort of their
 * concatenation, with far fewer comparisons and no array in between.
 */
function mergeByPosition(lists: Entity[][]): Entity[] {
  const k = lists.length;
  const next: number[] = [];
  // The start and end of each list's next entity, read once (entities of different kinds have
  // different shapes: reading their fields in every comparison is slow); start -1: the list is done.
  const heads: number[] = [];
  let total = 0;
  for (let l = 0; l < k; l++) {
    const list = (lists[l] = inPositionOrder(lists[l]));
    next.push(0);
    total += list.length;
    if (list.length) heads.push(list[0].start, list[0].end);
    else heads.push(-1, 0);
  }
  // Sized once: filled in order, never grown.
  const out: Entity[] = new Array(total);
  for (let o = 0; o < total; o++) {
    let best = -1;
    let bestStart = 0;
    let bestEnd = 0;
    for (let l = 0; l < k; l++) {
      const s = heads[2 * l];
      if (s < 0) continue;
      // Earlier start first, then the longer; on a tie the earlier list.
      if (best < 0 || s < bestStart || (s === bestStart && heads[2 * l + 1] > bestEnd)) {
        best = l;
        bestStart = s;
        bestEnd = heads[2 * l + 1];
      }
    }
    const list = lists[best];
    const i = next[best]++;
    out[o] = list[i];
    if (i + 1 < list.length) {
      heads[2 * best] = list[i + 1].start;
      heads[2 * best + 1] = list[i + 1].end;
    } else heads[2 * best] = -1;
  }
  return out;
}

const LONE_CR_RE = /\r(?!\n)/g;

/**
 * The text with a line feed for each carriage return that ends a line on its own (files from classic
 * Mac OS, which VS Code reads as lines too), or null when it has none. The extractors find lines by
 * their line feeds; the copy keeps every offset.
 */
function withLineFeeds(text: string): string | null {
  const first = text.indexOf('\r');
  if (first < 0) return null;
  LONE_CR_RE.lastIndex = first;
  if (!LONE_CR_RE.test(text)) return null;
  return text.replace(LONE_CR_RE, '\n');
}

export function extract(input: string, options: ExtractOptions = {}): ExtractResult {
  const text = typeof input === 'string' ? input : String(input ?? '');
  const warnings: string[] = [];
  let entities: Entity[] = [];
  let info: DocumentInfo = { ownCode: null, ownKey: null, dateline: null, title: null };
  let ctx: Context;
  const fed = withLineFeeds(text);
  try {
    ctx = createContext(fed ?? text, options.ranges !== false);
  } catch (err) {
    return { entities, info, warnings: [`text could not be read: ${(err as Error).message}`] };
  }
  try {
    const result = extractFrom(ctx, options, warnings);
    // An entity's text is the file's own, line ends included (its other fields may read a line feed there).
    if (fed !== null) for (const e of result.entities) if (e.text.includes('\n')) e.text = text.slice(e.start, e.end);
    return result;
  } finally {
    // The words' buffer serves the next text.
    releaseWords(ctx.words);
  }
}

function extractFrom(ctx: Context, options: ExtractOptions, warnings: string[]): ExtractResult {
  let entities: Entity[] = [];
  let info: DocumentInfo = { ownCode: null, ownKey: null, dateline: null, title: null };
  const claims = new Claims();
  const catalog = options.catalog ?? builtinCatalog;
  const step = <T>(what: string, run: () => T[]): T[] => {
    try {
      return run();
    } catch (err) {
      warnings.push(`${what} skipped: ${(err as Error).message}`);
      return [];
    }
  };
  // Citations, dates, terms and bodies read runs of words in capitals as sentence case writes them (capitals.ts).
  let read = ctx;
  let bodies = ctx;
  try {
    ({ patterns: read, bodies } = readingsOfCapitals(ctx));
  } catch (err) {
    warnings.push(`capitals read as written: ${(err as Error).message}`);
  }
  const tailDates = new Claims();
  const tailDays = new Map<CitationEntity, number>();
  const citations = step('citations', () => findCitations(read, claims, catalog, tailDates, tailDays));
  let dateline: string | null = null;
  let newsDateline = false;
  const dates = step('dates', () => {
    const r = findDates(read, claims, options.yearHint, tailDates);
    dateline = r.dateline;
    newsDateline = r.news;
    return r.dates;
  });
  // A cited document's day-month without its year dates it where the catalogue gives that day.
  step('citations\' dates', () => {
    datesOfTails(read, tailDays, dates, catalog);
    return [];
  });
  const personStarts = new Set<number>();
  const people = step('people', () => findPeople(ctx, claims, personStarts));
  const organizations = step('organizations', () => findOrganizations(bodies, claims, personStarts));
  const terms = step('terms', () => findTerms(read, claims));
  const abbreviations = step('abbreviations', () => findAbbreviations(ctx, claims));
  // Each list is (nearly always) in text order already: merging them gives what a stable sort of their
  // concatenation gives.
  entities = mergeByPosition([citations, people, dates, organizations, terms, abbreviations]);
  try {
    info = documentInfo(read, citations, dateline, newsDateline);
  } catch (err) {
    warnings.push(`document info skipped: ${(err as Error).message}`);
  }
  return { entities, info, warnings };
}
