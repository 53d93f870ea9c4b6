// Dates: dd/mm/yyyy, d-m-yyyy, dd.mm.yyyy, "ngày 15 tháng 5 năm 2016", "tháng 10/2021" (YYYY-MM),
// day-month without a year after a cue ("Sáng 14-1", "ngày 20/1", "Thứ Hai, 3/1"), and the dateline
// near the top ("8:43, Thứ Hai, 18-10-2021", "03:01, 14/01/2022", "28/12/2021 18:12", "Cập nhật lúc 16:30
// ngày 29/12/2021", "Cập nhật: ngày 15 tháng 1 năm 2022").
// Not dates: ratios (22/28, 2/3), ranges (2020-2025), times, phone numbers, counts (4.028), impossible
// days (31/2/2021), and a day-month without a cue (it is far more often a ratio).
import { DateEntity } from '../types';
import { Claims, Context, sortIfNeeded } from './context';
import { isTrimmed, letterBefore } from './tokens';
import { digitRuns, scanAt } from './scan';
import { memoSet } from '../memo';

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Does the day exist (in a year from 1800 to 2100)? The genre dates history too: Hồ Chí Minh's birth
 * (19/5/1890), the Party's founding (3/2/1930).
 */
function dayExists(year: number, month: number, day: number): boolean {
  if (!(year >= 1800 && year <= 2100 && month >= 1 && month <= 12 && day >= 1)) return false;
  if (day > DAYS_IN_MONTH[month - 1]) return false;
  return !(month === 2 && day === 29 && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)));
}

/** ISO days by year * 10000 + month * 100 + day: the same few hundred recur in every text. */
const isoCache = new Map<number, string>();
const ISO_DATES = 20000;

/** "YYYY-MM" of a month (remembered with the days, as day 0). */
function monthIso(year: number, month: number): string {
  const n = year * 10000 + month * 100;
  return isoCache.get(n) ?? memoSet(isoCache, n, `${year}-${String(month).padStart(2, '0')}`, ISO_DATES);
}

/** "YYYY-MM-DD" when the day exists, else null. */
export function validIso(year: number, month: number, day: number): string | null {
  if (!dayExists(year, month, day)) return null;
  const n = year * 10000 + month * 100 + day;
  return isoCache.get(n) ?? memoSet(isoCache, n, `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, ISO_DATES);
}

/** A Map, not an object: a word such as "constructor" must not find Object.prototype's members. */
const WEEKDAYS = new Map<string, number>(Object.entries({
  'chủ nhật': 0, cn: 0, 'thứ hai': 1, 'thứ 2': 1, t2: 1, 'thứ ba': 2, 'thứ 3': 2, t3: 2, 'thứ tư': 3, 'thứ 4': 3, t4: 3,
  'thứ năm': 4, 'thứ 5': 4, t5: 4, 'thứ sáu': 5, 'thứ 6': 5, t6: 5, 'thứ bảy': 6, 'thứ 7': 6, t7: 6,
}));

/** Day of the week (0 = Sunday) of an ISO date. */
export function weekdayOf(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/**
 * A weekday, in sentence case or capitals ("Thứ Hai", "THỨ HAI", "Chủ nhật", T2–T7, CN). "thứ" after a
 * noun it counts is an ordinal ("lần thứ năm", "kỳ họp thứ hai", "năm thứ ba"; see weekdayBefore):
 * "ngày thứ Ba, 25/12/2023" is the day Tuesday, a date right after it, not the third day.
 */
const ORDINAL_NOUN = '(?:[Ll]ần|[Kk]ỳ|[Kk]hóa|[Pp]hiên|[Đđ]ợt|[Nn]ăm|[Tt]uần|[Tt]háng|[Hh]ọp|[Vv]òng|[Ll]ớp|[Qq]uý|LẦN|KỲ|KHÓA|PHIÊN|ĐỢT|NĂM|TUẦN|THÁNG|HỌP|VÒNG|LỚP|QUÝ)';
/** A noun right before "thứ …" that makes it an ordinal (see weekdayBefore). */
const ORDINAL_BEFORE_RE = new RegExp(`(?:^|[^\\p{L}])${ORDINAL_NOUN}\\s+$`, 'u');
const WEEKDAY_SRC =
  `(?:[Tt]hứ\\s+(?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy|[2-7])|THỨ\\s+(?:HAI|BA|TƯ|NĂM|SÁU|BẢY|[2-7]))` +
  '|[Cc]hủ\\s+[Nn]hật|CHỦ\\s+NHẬT|T[2-7]|CN';
/** Groups: 1 weekday; 2–5 day, separator, month, year of a numeric date; 6 a spelled-out date, 7–9 its day, month, year. */
const DATELINE_RE = new RegExp(
  // A stamp may stand in brackets: "(Ngày đăng: 02/01/2024)".
  `^\\s*(?:\\(\\s*(?=[^)\\n]*\\)\\s*$))?(?:(?:[Cc]ập nhật|[Nn]gày đăng|[Đđ]ăng ngày|[Tt]hời gian|[Xx]uất bản)\\s*:?\\s*)?` +
    `(?:(?:lúc\\s+)?\\d{1,2}:\\d{2}(?::\\d{2})?\\s*(?:[AaPp][Mm])?\\s*[,|-]?\\s*)?(?:(${WEEKDAY_SRC})\\s*[,|-]?\\s*)?` +
    `(?:(?:[Nn]gày\\s+)?(\\d{1,2})([/.-])(\\d{1,2})\\3(\\d{4})|([Nn]gày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})))(?:\\s*[,|-]?\\s*\\d{1,2}:\\d{2}(?::\\d{2})?\\s*(?:[AaPp][Mm])?)?(?:\\s*\\(?GMT[+-]?\\d{0,2}\\)?)?\\s*\\)?\\s*$`,
  'u',
);
/**
 * A news lead that opens with its place and date: "Lâm Đồng, 20/12/2021 - Ngày 15/3, …", "Bà Rịa - Vũng
 * Tàu, ngày 2/1/2024 - …"; not a period ("Thời gian, 15/3/2023 - 20/3/2023: …").
 */
const LEAD_RE = /^\s*\p{Lu}[\p{L}\p{M}.' -]{1,40},\s*(?:[Nn]gày\s+)?(\d{1,2})([/.-])(\d{1,2})\2(\d{4})\s*[-–—]\s+(?=[^\s\d])/u;
/** The place and date of a formal document: "Hà Nội, ngày 12 tháng 6 năm 2023", "Đắk R'Lấp, ngày …". */
const PLACE_DATE_RE = /^\s*\p{Lu}[\p{L}.' ]{1,40},\s*([Nn]gày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4}))\s*$/u;
const SPELLED_RE = /([Nn]gày)\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s*(?:năm|,)\s*(\d{4}))?/uy;
const MONTH_YEAR_RE = /([Tt]háng)\s+(\d{1,2})\s*(?:[/-]\s*|\s+năm\s+)(\d{4})(?![\d/])/uy;
/** The words after a day-month that make it a fraction: "2/3 số", "3/4 tổng số", "2/3 đại biểu". */
const RATIO_AFTER_RE = /\s+(?:số|tổng\s+số|đại\s+biểu|thành\s+viên|cán\s+bộ|đảng\s+viên)(?![\p{L}\p{M}])/uy;
const CUE_BEFORE_RE = new RegExp(
  `(?:^|[^\\p{L}])(?:[Nn]gày|NGÀY|[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Đđ]êm|[Hh]ôm|[Rr]ạng\\s+sáng|${WEEKDAY_SRC})(?:\\s+nay|\\s+qua|\\s+mai)?\\s*,?\\s*\\(?\\s*(?:ngày\\s*)?$`,
  'u',
);
const YEAR_WORD_RE = /\snăm\s/u;
const YEAR_MENTION_RE = /(?:năm|Năm)\s+((?:19|20)\d{2})(?![\d/-]|\s*[-–]\s*\d)/gu;

const isDigit = (c: number) => c >= 48 && c <= 57;
/** The numbers of a match (digitRuns). */
const runs: number[] = [0, 0, 0, 0];

/** A match of the numeric date pattern (see nextNumeric); year -1 when it has none. */
export interface NumericMatch {
  s: number;
  e: number;
  day: number;
  month: number;
  /** The separator's char code: "/", "." or "-". */
  sep: number;
  year: number;
}

/** A separator between two digits: every numeric date has one. */
const DIGIT_SEP_RE = /\d[/.-]\d/g;

/**
 * The first match at or after `from` of /(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{4}))?/g, without a match
 * array: a native scan finds the first separator between two digits, the leftmost place a match can
 * take; the pattern's greedy choices are then made on the char codes. False when there is none.
 */
export function nextNumeric(text: string, from: number, out: NumericMatch): boolean {
  DIGIT_SEP_RE.lastIndex = from;
  if (!DIGIT_SEP_RE.test(text)) return false;
  const q = DIGIT_SEP_RE.lastIndex - 2;
  // Two digits before the separator when both are at or after `from`, else one.
  const s = q - 2 >= from && isDigit(text.charCodeAt(q - 2)) ? q - 2 : q - 1;
  const day = s === q - 2 ? (text.charCodeAt(s) - 48) * 10 + text.charCodeAt(s + 1) - 48 : text.charCodeAt(s) - 48;
  const sep = text.charCodeAt(q);
  let month = text.charCodeAt(q + 1) - 48;
  let e = q + 2;
  if (e < text.length && isDigit(text.charCodeAt(e))) month = month * 10 + text.charCodeAt(e++) - 48;
  let year = -1;
  if (e + 5 <= text.length && text.charCodeAt(e) === sep) {
    let y = 0;
    let k = e + 1;
    for (; k <= e + 4 && isDigit(text.charCodeAt(k)); k++) y = y * 10 + text.charCodeAt(k) - 48;
    if (k === e + 5) {
      year = y;
      e = k;
    }
  }
  out.s = s;
  out.e = e;
  out.day = day;
  out.month = month;
  out.sep = sep;
  out.year = year;
  return true;
}
const numeric: NumericMatch = { s: 0, e: 0, day: 0, month: 0, sep: 0, year: -1 };
const byStart = (a: DateEntity, b: DateEntity) => a.start - b.start;

interface Found {
  s: number;
  e: number;
  iso: string | null;
  /** For a day-month without year. */
  day?: number;
  month?: number;
  /** The year is not written at the day but at another: a range's last end's (see monthRangeFirsts). */
  yearElsewhere?: boolean;
}

/**
 * What a range's first day comes after: "ngày 27-28/12", "Sáng 13-14/6"; and "từ" or a bracket when
 * the last day writes the year ("từ 27-29/12/2023"), is 13 or more ("từ 27-29/12") or follows "đến" or
 * "và" ("từ 12 đến 13/6"): else they open fractions as often ("chiếm từ 1-2/3 diện tích", "(1-2/5)").
 */
const RANGE_CUE = '(?:(?:^|[^\\p{L}])(?:[Nn]gày|NGÀY|[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Đđ]êm)\\s+)';
const RANGE_CUE_DATED = '(?:(?:^|[^\\p{L}])(?:[Nn]gày|NGÀY|[Tt]ừ|TỪ|[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Đđ]êm)\\s+|\\(\\s*)';
const rangeStartRe = (cue: string) => new RegExp(`${cue}(\\d{1,2})\\s*(?:-|đến(?:\\s+ngày)?|và|,)\\s*(?:ngày\\s+)?$`, 'u');
const DAY_RANGE_START_RE = rangeStartRe(RANGE_CUE);
const DATED_RANGE_START_RE = rangeStartRe(RANGE_CUE_DATED);
const WORDED_RANGE_START_RE = new RegExp(`${RANGE_CUE_DATED}(\\d{1,2})\\s*(?:đến(?:\\s+ngày)?|và)\\s*(?:ngày\\s+)?$`, 'u');
/** The days of a list before its last, which writes the month: "ngày 10, 11 và 12/6" (the last is a date; the others stay numbers). */
const DAY_LIST_RE = new RegExp(`${RANGE_CUE}\\d{1,2}(?:\\s*,\\s*\\d{1,2})*\\s*,\\s*(\\d{1,2})\\s*(?:và|,)\\s*$`, 'u');
const MONTH_RANGE_START_RE = /[Tt]háng\s+(\d{1,2})\s*(?:-|đến(?:\s+tháng)?|và|,)\s*$/;

/**
 * Whether the number at s, day `day`, ends a range written with a dash after a cue and an earlier day
 * ("ngày 27-28/12"; with its year, "từ 27-29/12/2023").
 */
function dashRangeStart(norm: string, s: number, day: number, dated: boolean): boolean {
  // The caller has a dash right before s: the range patterns read the first day before it.
  const m = (dated || noFraction(day) ? DATED_RANGE_START_RE : DAY_RANGE_START_RE).exec(norm.slice(Math.max(0, s - 12), s));
  return m !== null && +m[1] >= 1 && +m[1] < day;
}

/** A last day of 13 or more is no fraction's numerator under a month's number: "từ 27-29/12", "(13-14/6)". */
const noFraction = (day: number) => day >= 13;

/**
 * Whether the text before s (spaces, then "ngày" or "tháng" maybe, then spaces) ends with a range's
 * or a list's separator: "-", ",", "và" or "đến" (its last letter "à" or "n").
 */
function separatorBefore(norm: string, s: number): boolean {
  let k = s;
  while (k > 0 && norm.charCodeAt(k - 1) === 32) k--;
  const word = k >= 4 && norm.startsWith('ngày', k - 4) ? 4 : k >= 5 && norm.startsWith('tháng', k - 5) ? 5 : 0;
  if (word > 0) {
    k -= word;
    while (k > 0 && norm.charCodeAt(k - 1) === 32) k--;
  }
  const c = k > 0 ? norm.charCodeAt(k - 1) : 0;
  return c === 45 || c === 44 || c === 0xe0 || c === 110;
}

/**
 * Whether the day-month at s (day `day`, `window` the text before it) ends a range or a list of days and
 * needs no cue of its own: "ngày 14 và 15/12", "ngày 26 đến 28/12", "ngày 10, 11 và 12/6", "ngày
 * 26/12/2023 đến 5/1" (a date just found, then the words between a range's days).
 */
function rangeEndCue(window: string, s: number, month: number, day: number, found: readonly Found[]): boolean {
  if (!separatorBefore(window, window.length)) return false;
  // After "từ" or a bracket, "đến" and "và" join no fraction's numbers ("từ 12 đến 13/6").
  const m = DAY_RANGE_START_RE.exec(window) ?? DAY_LIST_RE.exec(window) ?? (noFraction(day) ? DATED_RANGE_START_RE.exec(window) : WORDED_RANGE_START_RE.exec(window));
  if (m) return +m[1] >= 1 && +m[1] < day;
  const first = monthRangeFirst(window, month, day, '/');
  if (first && monthRangeCue(first, month, day, false)) return true;
  const gap = RANGE_GAP_RE.exec(window);
  if (!gap || gap[0].length === 0) return false;
  const last = found.length > 0 ? found[found.length - 1] : null;
  return last !== null && last.e === s - window.length + gap.index && (last.iso === null || last.iso.length === 10);
}

/**
 * The first end of a range across months, a day-month (maybe with its year) before the separator that
 * ends a window: "từ ngày 30/5-1/6/2023", "(30/5 - 1/6/2023)", "30/12/2023-2/1/2024", "từ 30-12 đến
 * 2-1-2024". Groups: 1 a cue word or "số", 2 a bracket, 3 the day-month's text, 4 its day, 5 its
 * separator, 6 its month, 7 its year, 8 the range's separator. Not inside a number or a code; at the end
 * of a range of days ("các ngày 30-31/5 và 1/6/2023").
 */
const MONTH_RANGE_FIRST_RE = new RegExp(
  '(?:^|[^\\p{L}\\d/.-]|\\d-)(?:([Nn]gày|NGÀY|[Tt]ừ|TỪ|[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Đđ]êm|[Ss]ố|SỐ)\\s+|(\\()\\s*)?' +
    '((\\d{1,2})([/.-])(\\d{1,2})(?:\\5(\\d{4}))?)\\s*(-|đến|và)\\s*(?:ngày\\s+)?$',
  'u',
);
/** The words that make a day of a range's first number on their own (the cues of RANGE_CUE). */
const DAY_WORD_RE = /^(?:[Nn]gày|NGÀY|[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Đđ]êm)$/u;
const NUMBER_WORD_RE = /^(?:[Ss]ố|SỐ)$/u;

/**
 * The first end of a range across months before a last day `day` of `month` (see MONTH_RANGE_FIRST_RE):
 * a day that exists, another month's or earlier in the same (a first day later in the year is the
 * year before's: "30/12 - 2/1/2024"), or null. It is written with a slash, or with the separator `sep`
 * of the last end ("từ ngày 30-12 đến ngày 2-1-2024"): a dash or a dot alone joins too many numbers.
 */
function monthRangeFirst(window: string, month: number, day: number, sep: string): RegExpExecArray | null {
  const m = MONTH_RANGE_FIRST_RE.exec(window);
  return m && (m[5] === '/' || m[5] === sep) && dayExists(2000, +m[6], +m[4]) && (+m[6] !== month || +m[4] < day) ? m : null;
}

/**
 * Whether the words before a range's first day-month (monthRangeFirst) make it a day, when the range's
 * last day is `day` of `month` and `dated` says whether it writes its year. "số" makes a document's
 * number ("Công văn số 30/5-1/6"). A year written makes a day-month before a dash and an earlier day of
 * the year a date without a cue ("Đợt 1: 30/5 - 1/6/2023"): fractions and scores carry none (but "hoàn
 * thành 2/3 đến ngày 30/6/2023" is a fraction and a deadline). Else the cues of a range of days (see
 * RANGE_CUE_DATED): "từ" and a bracket as often open fractions ("chiếm từ 1/3-1/2", "(1/3-1/2)").
 */
function monthRangeCue(m: RegExpExecArray, month: number, day: number, dated: boolean): boolean {
  const cue = m[1];
  if (cue !== undefined && NUMBER_WORD_RE.test(cue)) return false;
  if (m[7] !== undefined) return true;
  if (cue === undefined && m[2] === undefined) return dated && m[8] === '-' && +m[6] * 100 + +m[4] < month * 100 + day;
  return (cue !== undefined && DAY_WORD_RE.test(cue)) || dated || noFraction(day);
}

/** The separator of the numeric date at s ("2-1-2024": "-"), or "" (a spelled-out date). */
function separatorAt(norm: string, s: number): string {
  const c = isDigit(norm.charCodeAt(s + 1)) ? norm[s + 2] : norm[s + 1];
  return c === '/' || c === '-' || c === '.' ? c : '';
}

/** How far before a range's last day its first day-month is looked for ("từ ngày 30/12/2023 đến ngày "). */
const MONTH_RANGE_REACH = 40;

/** Whether the day-month at s, glued by a dash to a day-month before it, ends a range across months. */
function monthRangeEnd(norm: string, s: number, last: NumericMatch): boolean {
  const m = monthRangeFirst(norm.slice(Math.max(0, s - MONTH_RANGE_REACH), s), last.month, last.day, '/');
  return m !== null && monthRangeCue(m, last.month, last.day, last.year >= 0);
}

/**
 * The first ends of ranges across months: a day-month the scan passed over (a dash glued to it, or no
 * cue of its own) is added, and one without a year takes the year its last day writes, or the year
 * before ("từ ngày 30/12 - 2/1/2024"): the year is written once for the range, as in "27-28/12/2023".
 * A range without a year is read together later (see rangeYears).
 */
function monthRangeFirsts(norm: string, found: Found[], claims: Claims): void {
  let byStart: Map<number, Found> | null = null;
  const ends = found.length;
  for (let i = 0; i < ends; i++) {
    const f = found[i];
    if ((f.iso !== null && f.iso.length !== 10) || !separatorBefore(norm, f.s)) continue;
    const window = norm.slice(Math.max(0, f.s - MONTH_RANGE_REACH), f.s);
    const month = f.iso === null ? f.month! : +f.iso.slice(5, 7);
    const day = f.iso === null ? f.day! : +f.iso.slice(8, 10);
    const m = monthRangeFirst(window, month, day, separatorAt(norm, f.s));
    if (!m) continue;
    const s = f.s - window.length + m.index + m[0].indexOf(m[3]);
    const d = +m[4];
    const mo = +m[6];
    const year = m[7] !== undefined ? +m[7] : f.iso === null ? null : +f.iso.slice(0, 4) - (mo * 100 + d > month * 100 + day ? 1 : 0);
    const iso = year === null ? null : validIso(year, mo, d);
    if (year !== null && iso === null) continue;
    if (byStart === null) {
      byStart = new Map();
      for (const g of found) byStart.set(g.s, g);
    }
    // A first day read by its own cue ("ngày 30/5 - 1/6/2023", "các ngày 30-31/5 và 1/6/2023") takes the year.
    const known = byStart.get(s);
    const yearElsewhere = m[7] === undefined;
    if (known) {
      if (known.iso === null && iso !== null) {
        known.iso = iso;
        known.yearElsewhere = yearElsewhere;
      }
    } else if (monthRangeCue(m, month, day, f.iso !== null) && !claims.overlaps(s, s + m[3].length)) {
      found.push(iso === null ? { s, e: s + m[3].length, iso, day: d, month: mo } : { s, e: s + m[3].length, iso, yearElsewhere });
    }
  }
}

/**
 * The first day (or month) of a range that writes the month (or year) once: "từ ngày 22 đến ngày
 * 24/3/2023", "trong hai ngày 14 và 15/7/2023", "ngày 10 - 14/4/2023", "từ tháng 3 đến tháng 5/2023".
 * The day or month must come after "ngày" or "tháng" and before the end's.
 */
function rangeStarts(norm: string, found: Found[], claims: Claims): void {
  const ends = found.length;
  for (let i = 0; i < ends; i++) {
    const f = found[i];
    // A range's first day or month stands before a separator right before the date ("-", ",", "và",
    // "đến", then maybe "ngày"/"tháng"): most dates have none (a look at a few characters, no pattern).
    if (!separatorBefore(norm, f.s)) continue;
    const window = norm.slice(Math.max(0, f.s - 32), f.s);
    const month = f.iso === null ? f.month! : +f.iso.slice(5, 7);
    if (f.iso === null || f.iso.length === 10) {
      const m = (f.iso !== null || noFraction(f.day!) ? DATED_RANGE_START_RE : DAY_RANGE_START_RE).exec(window) ?? (f.iso === null ? WORDED_RANGE_START_RE.exec(window) : null);
      if (!m) continue;
      const day = +m[1];
      const endDay = f.iso === null ? f.day! : +f.iso.slice(8, 10);
      const s = f.s - window.length + m.index + m[0].indexOf(m[1]);
      if (day < 1 || day >= endDay || claims.overlaps(s, s + m[1].length)) continue;
      if (f.iso === null) found.push({ s, e: s + m[1].length, iso: null, day, month });
      else {
        const iso = validIso(+f.iso.slice(0, 4), month, day);
        // The year of a list's first days is as written as their last's ("các ngày 30-31/5 và 1/6/2024").
        if (iso) found.push({ s, e: s + m[1].length, iso, yearElsewhere: f.yearElsewhere });
      }
    } else {
      const m = MONTH_RANGE_START_RE.exec(window);
      if (!m) continue;
      const first = +m[1];
      const s = f.s - window.length + m.index;
      if (first < 1 || first >= month || claims.overlaps(s, f.s)) continue;
      found.push({ s, e: s + m[0].indexOf(m[1]) + m[1].length, iso: monthIso(+f.iso.slice(0, 4), first) });
    }
  }
}

/**
 * Finds every date. A day-month takes its year from the dateline (see yearsNear); without one,
 * `yearHint`'s; otherwise the body decides (see inferYear), leaving out the dates of cited documents
 * (`tailDates`, the spans of the dates in citations' tails).
 */
export function findDates(ctx: Context, claims: Claims, yearHint?: number, tailDates?: Claims): { dates: DateEntity[]; dateline: string | null; news: boolean } {
  const norm = ctx.norm;
  const found: Found[] = [];
  // Spans taken by spelled-out and month-year dates, each list filled in order (so never re-sorted).
  const spelled = new Claims();
  const months = new Claims();

  // The dateline: a line of its own among the first lines, a date with an optional time and weekday.
  let dateline: { s: number; e: number; iso: string; weekday: string | null; weekdayMatches: boolean | null } | null = null;
  /** Is the dateline a news article's stamp ("8:43, Thứ Hai, 18-10-2021"), not a formal document's place and date? */
  let news = false;
  {
    let lineStart = 0;
    let seen = 0;
    while (lineStart < norm.length && seen < 12 && lineStart < 3000) {
      let lineEnd = norm.indexOf('\n', lineStart);
      if (lineEnd < 0) lineEnd = norm.length;
      let blank = true;
      for (let q = lineStart; q < lineEnd && blank; q++) blank = isTrimmed(norm.charCodeAt(q));
      if (!blank) {
        seen++;
        // Only a short line can be a dateline.
        const line = lineEnd - lineStart < 120 ? norm.slice(lineStart, lineEnd) : '';
        const pd = line ? PLACE_DATE_RE.exec(line) : null;
        if (pd) {
          const iso = validIso(+pd[4], +pd[3], +pd[2]);
          if (iso) {
            const s = lineStart + pd.index + pd[0].indexOf(pd[1]);
            dateline = { s, e: s + pd[1].length, iso, weekday: null, weekdayMatches: null };
            break;
          }
        }
        const m = line ? DATELINE_RE.exec(line) : null;
        if (m) {
          const spelled = m[6] !== undefined;
          const iso = spelled ? validIso(+m[9], +m[8], +m[7]) : validIso(+m[5], +m[4], +m[2]);
          if (iso) {
            const date = spelled ? m[6] : `${m[2]}${m[3]}${m[4]}${m[3]}${m[5]}`;
            const s = lineStart + m.index + m[0].indexOf(date);
            const e = s + date.length;
            const wd = m[1] ? WEEKDAYS.get(m[1].toLowerCase().replace(/\s+/g, ' ')) : undefined;
            dateline = {
              s, e, iso,
              weekday: m[1] ? ctx.original(lineStart + m.index + m[0].indexOf(m[1]), lineStart + m.index + m[0].indexOf(m[1]) + m[1].length) : null,
              weekdayMatches: wd === undefined ? null : wd === weekdayOf(iso),
            };
            news = true;
            break;
          }
        }
      }
      lineStart = lineEnd + 1;
    }
  }

  // Without a dateline, a news lead's place and date ("Lâm Đồng, 20/12/2021 - …") date the report: its
  // day-months are read against it as against a stamp, though the date stays one of the text's.
  let lead: string | null = null;
  if (!dateline) {
    for (let lineStart = 0, seen = 0; lineStart < norm.length && seen < 12 && lineStart < 3000 && lead === null; seen++) {
      let lineEnd = norm.indexOf('\n', lineStart);
      if (lineEnd < 0) lineEnd = norm.length;
      const m = LEAD_RE.exec(norm.slice(lineStart, Math.min(lineEnd, lineStart + 80)));
      if (m) lead = validIso(+m[4], +m[3], +m[1]);
      lineStart = lineEnd + 1;
    }
  }
  const anchor = dateline ? dateline.iso : lead;
  const asNews = news || lead !== null;

  // Both patterns run only where their first word occurs (see scanAt).
  const anchors = ctx.anchors();
  scanAt(norm, SPELLED_RE, anchors.ngay, (s, e) => {
    if (claims.overlaps(s, e) || (dateline && s === dateline.s)) return e;
    // Day, month and the year if written.
    if (digitRuns(norm, s, e, runs) === 3) {
      const iso = validIso(runs[2], runs[1], runs[0]);
      if (iso) found.push({ s, e, iso });
    } else if (dayExists(2000, runs[1], runs[0])) found.push({ s, e, iso: null, day: runs[0], month: runs[1] });
    spelled.add(s, e);
    return e;
  });

  scanAt(norm, MONTH_YEAR_RE, anchors.thang, (s, e) => {
    // Month and year.
    digitRuns(norm, s, e, runs);
    const month = runs[0];
    // "3 tháng cuối năm 2021" is a duration, not a month.
    const p1 = s > 0 ? norm.charCodeAt(s - 1) : 32;
    if (letterBefore(norm, s) || isDigit(p1) || (p1 === 32 && s > 1 && isDigit(norm.charCodeAt(s - 2)))) return e;
    if (month < 1 || month > 12 || claims.overlaps(s, e) || spelled.overlaps(s, e)) return e;
    const year = runs[1];
    if (year < 1800 || year > 2100) return e;
    found.push({ s, e, iso: monthIso(year, month) });
    months.add(s, e);
    return e;
  });

  for (let from = 0; nextNumeric(norm, from, numeric); ) {
    const { s, e } = numeric;
    // As a global scan: on after the match, or one character later where the match is refused below.
    from = e;
    const before = s > 0 ? norm.charCodeAt(s - 1) : 32;
    const after = e < norm.length ? norm.charCodeAt(e) : 32;
    // Inside a longer number, code, range or time: not a date (and retry one character later).
    const prevSep = before === 47 || before === 45 || before === 46 || before === 44 || before === 58;
    // The last day of a range written with a dash ("ngày 27-28/12") is a date; the first is read with it (rangeStarts).
    // So is the last of a range across months glued to its first ("30/5-1/6/2023", see monthRangeFirst).
    const prevSepDigit = prevSep && s > 1 && isDigit(norm.charCodeAt(s - 2)) && !(before === 45 && (dashRangeStart(norm, s, numeric.day, numeric.year >= 0) || monthRangeEnd(norm, s, numeric)));
    if (isDigit(before) || prevSepDigit || (before >= 65 && before <= 90) || (before >= 97 && before <= 122)) {
      from = s + 1;
      continue;
    }
    if (isDigit(after) || ((after === 47 || after === 45 || after === 46 || after === 58 || after === 44) && e + 1 < norm.length && isDigit(norm.charCodeAt(e + 1)))) {
      from = s + 1;
      continue;
    }
    if (claims.overlaps(s, e) || spelled.overlaps(s, e) || months.overlaps(s, e)) continue;
    if (dateline && s === dateline.s) continue;
    const { day, month } = numeric;
    if (numeric.year >= 0) {
      const iso = validIso(numeric.year, month, day);
      if (iso) found.push({ s, e, iso });
      continue;
    }
    if (numeric.sep === 46) continue;
    if (!dayExists(2000, month, day)) continue;
    const window = norm.slice(Math.max(0, s - 24), s);
    if (!CUE_BEFORE_RE.test(window) && !rangeEndCue(window, s, month, day, found)) continue;
    // A fraction of something ("Sáng nay, 2/3 số xã …", "năm thứ 3, 2/3 đại biểu"), not a day.
    RATIO_AFTER_RE.lastIndex = e;
    if (RATIO_AFTER_RE.test(norm)) continue;
    found.push({ s, e, iso: null, day, month });
  }

  monthRangeFirsts(norm, found, claims);
  rangeStarts(norm, found, claims);

  const needYear = found.some((f) => f.iso === null);
  const direction = dateline && !news ? formalDirection(ctx.written) : 'back';
  const yearOf = !needYear ? null
    : anchor ? yearsNear(anchor, direction, asNews ? NEWS_NEXT_YEAR_DAYS : 0, direction === 'ahead' ? titleYear(ctx.written) : null, asNews)
      : yearHint ? () => yearHint : inferYear(norm, found, tailDates);

  const dates: DateEntity[] = [];
  if (dateline) {
    ctx.locate(dateline.s, dateline.e);
    dates.push({
      kind: 'date', text: ctx.text, start: ctx.start, end: ctx.end, range: ctx.range, key: dateline.iso,
      iso: dateline.iso, inferred: false, dateline: true, weekday: dateline.weekday, weekdayMatches: dateline.weekdayMatches,
    });
  }
  let sections: number[] | null = null;
  const headings = () => (sections ??= sectionHeadings(norm));
  // A day-month in a citation's tail (see tailDates) is the date of a document the text had to hand,
  // unless the words after it say the document is still to come ("Kế hoạch số 150-KH/TU ngày 20/3 sẽ
  // được ban hành …"); null for any other day.
  const citedCue = (s: number, e: number): Cue =>
    !tailDates?.overlaps(s, e) ? null : YET_TO_COME_RE.test(norm.slice(e, e + 60)) ? 'ahead' : 'cited';
  // The day's clause and a year its sentence names count only against a dateline or a lead's date (see
  // yearsNear): the other ways to a year take neither, so neither is read for them.
  const yearAt: YearAt | null = !yearOf ? null
    : anchor ? (month, day, s, e) => yearOf(month, day, citedCue(s, e) ?? clauseCue(norm, s, e, asNews), yearNamedBefore(norm, s, headings))
      : (month, day, s, e) => yearOf(month, day, citedCue(s, e), null);
  const rangeYear = yearAt ? rangeYears(norm, found, yearAt) : null;
  for (const f of found) {
    // A day of the lunar calendar ("ngày 10/3 âm lịch", "(âm lịch)") is no day of the Gregorian one.
    if (LUNAR_AFTER_RE.test(norm.slice(f.e, f.e + 12))) continue;
    let iso = f.iso;
    // A year read off another day is not written here either ("30/12" of "từ 30/12 - 2/1/2024").
    let inferred = f.yearElsewhere === true;
    if (iso === null) {
      const y = rangeYear?.get(f) ?? (yearAt ? yearAt(f.month!, f.day!, f.s, f.e) : null);
      iso = y ? validIso(y, f.month!, f.day!) : null;
      inferred = true;
      if (!iso) continue;
    }
    const { weekday, weekdayMatches } = weekdayBefore(ctx, f.s, iso);
    ctx.locate(f.s, f.e);
    dates.push({ kind: 'date', text: ctx.text, start: ctx.start, end: ctx.end, range: ctx.range, key: iso, iso, inferred, dateline: false, weekday, weekdayMatches });
  }
  sortIfNeeded(dates, byStart);
  return { dates, dateline: dateline ? dateline.iso : null, news };
}

/**
 * Which way the clause of a day-month (or of a range, from before its first day to after its last)
 * points. "tới" says it outright; then the past: "đã", "… đến nay", "… vừa qua", a cited document's
 * date ("Tờ trình số 45-TTr/BTCTU ngày 5/2": what is cited was written before), what a ground of a
 * decision names ("Căn cứ kết quả bầu cử tại Hội nghị … ngày 20/1": what a decision rests on has
 * happened); then the future cues; last an act told of (see TOLD_AFTER_RE), which only a forward
 * text's title yields to.
 */
function clauseCue(norm: string, s: number, e: number, news: boolean): Cue {
  const after = norm.slice(e, e + 40);
  const before = norm.slice(Math.max(0, s - 40), s);
  return TO_COME_RE.test(after) ? 'ahead'
    : PAST_AFTER_RE.test(after) || PAST_BEFORE_RE.test(before) || CITED_BEFORE_RE.test(before) || groundNamesDay(norm, s) ? 'back'
      : AHEAD_AFTER_RE.test(after) || AHEAD_BEFORE_RE.test(before) || (!news && DEADLINE_RE.test(before)) ? 'ahead'
        : SCHEDULE_BEFORE_RE.test(before) || (news && DEADLINE_RE.test(before)) || scheduleEntry(norm, s, e) ? 'scheduled'
          : TOLD_AFTER_RE.test(norm.slice(e, e + 100)) ? 'told' : null;
}

/**
 * Words that set a day as a time of its own without saying which way: "vào ngày 28/12", "đến (hết) ngày
 * 20/12", "từ ngày …", "làm việc ngày 18/12", "Hạn cuối … là ngày 30/9", "Theo kế hoạch, ngày 20/8". A
 * plan or a decision schedules its own year with them (its December, not the one just past); a news
 * report may set a deadline as well as recall a period, so for it the day is ahead only within a few
 * months (see NEWS_SCHEDULE_DAYS); a BÁO CÁO reports, and looks back whatever the words.
 */
const SCHEDULE_BEFORE_RE = /(?:(?:[Vv]ào|[Đđ]ến(?:\s+hết)?|[Tt]ới|[Tt]ừ|làm việc)\s+ngày|[Hh]ạn cuối[^.;,\n]{0,40}?\s(?:là\s+)?(?:ngày)?|[Tt]heo kế hoạch\s*,?\s*(?:ngày)?)\s+$/u;
/** A line of a schedule that opens with its day: "Ngày 30/12: Ban Thường vụ Tỉnh ủy nghe báo cáo …". */
const SCHEDULE_LINE_RE = /(?:^|\n)[ \t]*(?:[-+•][ \t]*)?[Nn]gày\s+$/u;
function scheduleEntry(norm: string, s: number, e: number): boolean {
  return /^\s*:/u.test(norm.slice(e, e + 3)) && SCHEDULE_LINE_RE.test(norm.slice(Math.max(0, s - 12), s));
}

/**
 * A document's number right before a day-month: "số 45-TTr/BTCTU ngày 5/2", "Công văn 1520-CV/TU ngày
 * 20/1", "Tờ trình số 45 ngày 5/2". A bare "số 1" is a count or a team's number ("Đoàn số 1 ngày 20/4
 * làm việc …"), not a document's: a number is a document's by its code's shape or its type's name.
 */
const CITED_BEFORE_RE = /(?:\d+[-/]\p{Lu}[^\s,;]*|(?:[Tt]ờ trình|[Cc]ông văn|[Tt]hông báo|[Qq]uyết định|[Kk]ế hoạch|[Bb]áo cáo|[Nn]ghị quyết|[Cc]hỉ thị|[Kk]ết luận|[Hh]ướng dẫn|[Qq]uy định|[Bb]iên bản)\s+số\s*\d+)\s+ngày\s+$/u;
const GROUND_LINE_RE = /^[ \t]*(?:[-+•][ \t]*)?(?:Căn cứ|Xét)\s/u;
/** How far back the start of a ground's line is looked for (a line of a decision's preamble is short). */
const GROUND_LINE_REACH = 300;
/**
 * What a ground says its day is not its own: the matter of the document it names ("… về lịch công tác
 * từ ngày 10/4", "đề nghị … về việc tổ chức Đại hội vào ngày 20/4") and a day it schedules ("vào
 * ngày", "từ ngày", "đến ngày", "trước ngày"): those may be ahead.
 */
const GROUND_MATTER_RE = /\svề\s|(?:vào|từ|đến|tới|trước)\s+ngày\s+$/u;

/**
 * Is the day at s one a ground of a decision names, on a line that opens with "Căn cứ" or "Xét"
 * ("Căn cứ kết quả kiểm phiếu tại Hội nghị ngày 30/12,")? A ground has happened; its matter need not.
 */
function groundNamesDay(norm: string, s: number): boolean {
  let i = s;
  const limit = Math.max(0, s - GROUND_LINE_REACH);
  while (i > limit && norm.charCodeAt(i - 1) !== 10) i--;
  if (!((i === 0 || norm.charCodeAt(i - 1) === 10) && GROUND_LINE_RE.test(norm.slice(i, Math.min(s, i + 12))))) return false;
  return !GROUND_MATTER_RE.test(norm.slice(i, s));
}

/**
 * An act told of after the day: "Ngày 20/1, Ban Thường vụ Tỉnh ủy họp nghe …", "Ngày 28/12, Ban Chấp
 * hành Đảng bộ tỉnh ban hành Nghị quyết …", "…, Hội nghị … đã ban hành". A body's meeting, hearing,
 * issuing or agreeing is what a plan, a programme or a notice recalls as what led to it; what it
 * schedules is written without a subject ("Ngày 20/10, tổ chức Hội nghị sơ kết") or with a verb of
 * doing ("…, Đảng ủy tổ chức hội nghị triển khai …").
 */
const TOLD_AFTER_RE = /^\s*,\s*\p{Lu}[^.;,:\n]{0,70}?\s(?:đã|họp|ban hành|làm việc|nghe|cho ý kiến|chủ trì|thống nhất|thông qua|kết luận)(?![\p{L}\p{M}])/u;

/**
 * The year named in the day's sentence before it ("Phương hướng nhiệm vụ năm 2023: ngày 15/1", "Tổ
 * chức Hội nghị tổng kết … năm 2023 vào ngày 26/12", "sơ kết 6 tháng đầu năm 2023 tổ chức ngày 20/7"),
 * or null. (A year named after the day is more often what the act is about: "Ngày 2/1, … tổng kết
 * công tác năm 2022".)
 */
function yearNamedBefore(norm: string, s: number, headings: () => readonly number[]): number | null {
  const m = YEAR_NAMED_BEFORE_RE.exec(norm.slice(Math.max(0, s - 100), s));
  return m ? +m[1] : sectionYear(norm, s, headings());
}

/** A section heading of a report or a plan, a line of its own: "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024", "Phần thứ hai. …". */
const SECTION_HEADING_RE = /^[ \t]*(?:[IVX]{1,5}\s*[.:/)-]|(?:Phần|PHẦN)\s+(?:thứ\s+|THỨ\s+)?[\p{L}\d]+\s*[.:/)-])/u;
/** The first letters a heading's line may start with (I, V, X, P), after its indent. */
const HEADING_FIRST = new Set([73, 86, 88, 80]);
const SECTION_YEAR_RE = /(?:^|[^\p{L}\p{M}])(?:[Nn]ăm|NĂM)\s+((?:19|20)\d{2})(?![\d/-]|\s*[-–]\s*\d)/u;
/** How far back a day-month looks for the heading of its section. */
const SECTION_LOOKBACK = 4000;

/** The section headings of a text, found once: each heading's start and the year it names (0: none). */
function sectionHeadings(norm: string): number[] {
  const out: number[] = [];
  for (let start = 0; start < norm.length; ) {
    let end = norm.indexOf('\n', start);
    if (end < 0) end = norm.length;
    let q = start;
    while (q < end && (norm.charCodeAt(q) === 32 || norm.charCodeAt(q) === 9)) q++;
    if (HEADING_FIRST.has(norm.charCodeAt(q))) {
      const line = norm.slice(start, end);
      if (SECTION_HEADING_RE.test(line)) {
        const y = SECTION_YEAR_RE.exec(line);
        out.push(start, y ? +y[1] : 0);
      }
    }
    start = end + 1;
  }
  return out;
}

/**
 * The one year the heading of the day's section names, the nearest heading before the day's line
 * deciding ("II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024" for its items "Tổ chức Hội nghị sơ kết vào ngày
 * 15/7"), or null. `headings`: sectionHeadings of the text.
 */
function sectionYear(norm: string, s: number, headings: readonly number[]): number | null {
  const lineStart = norm.lastIndexOf('\n', s - 1) + 1;
  // The last heading that starts before the day's line, by halving.
  let lo = 0;
  let hi = headings.length / 2;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (headings[2 * mid] < lineStart) lo = mid + 1;
    else hi = mid;
  }
  if (lo === 0 || headings[2 * (lo - 1)] < s - SECTION_LOOKBACK) return null;
  const year = headings[2 * (lo - 1) + 1];
  return year > 0 ? year : null;
}
const YEAR_NAMED_BEFORE_RE = /(?:^|[^\p{L}\p{M}])[Nn]ăm\s+((?:19|20)\d{2})(?![\d/-]|\s*[-–]\s*\d)[^.;!?\n]{0,80}$/u;

const LUNAR_AFTER_RE = /^\s*\(?\s*(?:âm lịch|ÂL|AL)(?![\p{L}\p{M}])/u;

/** The words between the two days of a range: "từ ngày 25/12 đến ngày 5/1", "ngày 1/4 - 30/4". */
const RANGE_GAP_RE = /\s*(?:đến|tới|-|–)\s*(?:ngày\s+)?$/u;

/**
 * The years of the days of ranges without a year ("từ ngày 25/12 đến ngày 5/1"): a range is one span
 * of time, so its days are read together, not each by its own cue (the words before the first day and
 * after the last are the range's clause). A written year of the first day is the range's; otherwise
 * the last day takes the range's year, for it is what a clause "sẽ diễn ra từ ngày 1/4 đến ngày 30/6"
 * looks ahead to, and the first is the same year, or the year before when it falls later in the year
 * ("từ ngày 25/12 đến ngày 5/1").
 */
function rangeYears(norm: string, found: readonly Found[], yearAt: YearAt): Map<Found, number> | null {
  let out: Map<Found, number> | null = null;
  let byEnd: Map<number, Found> | null = null;
  for (const f of found) {
    if (f.iso !== null && f.iso.length !== 10) continue;
    const window = norm.slice(Math.max(0, f.s - 16), f.s);
    const m = RANGE_GAP_RE.exec(window);
    if (!m) continue;
    if (byEnd === null) {
      byEnd = new Map();
      for (const g of found) byEnd.set(g.e, g);
    }
    const first = byEnd.get(f.s - window.length + m.index);
    if (!first || first === f) continue;
    // Days in the year as month * 100 + day: the first day falls later in the year than the last.
    const last = f.iso === null ? f.month! * 100 + f.day! : +f.iso.slice(5, 7) * 100 + +f.iso.slice(8, 10);
    if (f.iso !== null) {
      // A last day's written year is the range's, its first day's too when monthRangeFirsts could not
      // tell it (a spelled-out first day: "từ ngày 30 tháng 12 đến ngày 2-1-2024").
      const y = +f.iso.slice(0, 4);
      if (first.iso === null) (out ??= new Map()).set(first, first.month! * 100 + first.day! > last ? y - 1 : y);
      continue;
    }
    if (first.iso !== null) {
      if (first.iso.length !== 10) continue;
      const y = +first.iso.slice(0, 4);
      (out ??= new Map()).set(f, +first.iso.slice(5, 7) * 100 + +first.iso.slice(8, 10) > last ? y + 1 : y);
      continue;
    }
    const y = yearAt(f.month!, f.day!, first.s, f.e);
    if (y === null) continue;
    (out ??= new Map()).set(f, y);
    out.set(first, first.month! * 100 + first.day! > last ? y - 1 : y);
  }
  return out;
}

const WEEKDAY_BEFORE_RE = new RegExp(`(${WEEKDAY_SRC})\\s*[,(]?\\s*(?:ngày\\s+)?$`, 'u');

/** What weekdayBefore found: one object, read by the caller before the next call. */
const WEEKDAY = { weekday: null as string | null, weekdayMatches: null as boolean | null };

function weekdayBefore(ctx: Context, s: number, iso: string): typeof WEEKDAY {
  WEEKDAY.weekday = WEEKDAY.weekdayMatches = null;
  if (iso.length !== 10) return WEEKDAY;
  const window = ctx.norm.slice(Math.max(0, s - 20), s);
  const m = WEEKDAY_BEFORE_RE.exec(window);
  if (!m) return WEEKDAY;
  const ws = s - window.length + m.index;
  // "lần thứ năm, ngày 12/3/2023": an ordinal, no weekday.
  if (ORDINAL_BEFORE_RE.test(ctx.norm.slice(Math.max(0, ws - 8), ws))) return WEEKDAY;
  const wd = WEEKDAYS.get(m[1].toLowerCase().replace(/\s+/g, ' '));
  WEEKDAY.weekday = ctx.original(ws, ws + m[1].length);
  WEEKDAY.weekdayMatches = wd === undefined ? null : wd === weekdayOf(iso);
  return WEEKDAY;
}

/**
 * The year of a day-month in a text dated `iso`. A text that looks back (a news report, a BÁO CÁO)
 * means the latest such day not after its date, a few weeks ahead allowed within its year ("Từ ngày
 * 1/1 đến nay" in July is this 1 January, "Ngày 28/12, … đã họp" in March last December, "Sáng 4/1"
 * under 3 January), a news report's coming days across the turn of the year too (see
 * NEWS_NEXT_YEAR_DAYS); one that looks ahead (a KẾ HOẠCH, a CHƯƠNG TRÌNH, a THÔNG BÁO, a QUYẾT ĐỊNH …)
 * the first such day from a few months back on, save what it tells of as done (see TOLD_AFTER_RE); any
 * other formal document the nearest. Words of the day's own clause decide first (see clauseCue), and
 * more strictly than a title: "… tới", "dự kiến …", "sẽ …", a formal deadline ("trước ngày …") mean
 * the first such day from the text's date on, a few weeks back allowed ("trước ngày 30/11" in a
 * January plan); "đã …", "… đến nay", "… vừa qua", a cited document's date, what a ground of a
 * decision names the latest such day not after it, a few weeks ahead allowed; then a year the sentence
 * names before the day. A day the year lacks (29/2) gives no date.
 */
const AHEAD_DAYS = 31;
/**
 * How far back a formal document that looks ahead still reads a day-month in its own year when no word
 * of the clause says which way: its title is a weaker sign than a clause's "tới" or deadline, for a plan
 * or a decision also recalls what led to it ("Chiều 20/2, Đảng bộ … tổ chức Hội nghị sơ kết" in a June
 * CHƯƠNG TRÌNH): about five months, within its year.
 */
const TITLE_BACK_DAYS = 152;
/**
 * How many days ahead, across the turn of the year, a news report still reads a day-month it tells of
 * in the coming year ("Ngày 2/1, Tỉnh ủy tổ chức Hội nghị tổng kết …" under 30 December): the coming
 * days of the same week. A recap of the year under 29 December ("Ngày 15/1, … ban hành Kế hoạch …")
 * tells of its own January; a BÁO CÁO reports on what is done, never on next January.
 */
const NEWS_NEXT_YEAR_DAYS = 7;
/**
 * How many days after a text's date a document it cites may still be dated in the same year: a
 * dateline may be a day or two off the document it reports ("Huyện ủy ban hành Kế hoạch số 88-KH/HU
 * ngày 31/12" under 30 December), and a week's gap is far likelier than a year's.
 */
const CITED_AHEAD_DAYS = 7;
/** How far ahead a day a news report schedules or sets as a deadline may lie (see SCHEDULE_BEFORE_RE). */
const NEWS_SCHEDULE_DAYS = 120;
const DAY_MS = 86400000;
type Direction = 'back' | 'ahead' | 'near';
/**
 * A clause's word on its day: a direction, an act told of ('told', see TOLD_AFTER_RE), or a cited
 * document's date ('cited': issued by the text's date).
 */
type Cue = Direction | 'told' | 'scheduled' | 'cited' | null;
type YearOf = (month: number, day: number, cue: Cue, named: number | null) => number | null;
/** The year of a day-month whose clause runs from s to e (a range's from its first day to its last). */
type YearAt = (month: number, day: number, s: number, e: number) => number | null;
/**
 * `nextYearDays`: how many days past the turn of the year a text that looks back reads ahead (see
 * NEWS_NEXT_YEAR_DAYS); `titleYear`: the one year a forward document's title names ("KẾ HOẠCH thực
 * hiện Chương trình công tác năm 2023"), or null.
 */
function yearsNear(iso: string, direction: Direction, nextYearDays: number, titleYear: number | null, news: boolean): YearOf {
  const y = +iso.slice(0, 4);
  const t = Date.UTC(y, +iso.slice(5, 7) - 1, +iso.slice(8, 10));
  const ahead = AHEAD_DAYS * DAY_MS;
  /** A named year that is the text's or the next (a year before is what a text looks back on), or null. */
  const own = (named: number | null) => (named === y || named === y + 1 ? named : null);
  return (month, day, cue, named) => {
    const at = (year: number) => Date.UTC(year, month - 1, day);
    /** Does the year not put the day more than a few weeks before the text's date? */
    const fits = (year: number | null): year is number => year !== null && at(year) >= t - ahead;
    let c: number;
    /** The first such day from a few weeks before the text's date on. */
    const fromDate = () => (at(y) < t - ahead ? y + 1 : y);
    if (cue === 'ahead') c = fromDate();
    // A document the text cites was issued by the text's date, give or take the few days a dateline may
    // be off by (see CITED_AHEAD_DAYS): "Công văn số 99-CV/TU ngày 5/3" under 15 February is of last March.
    else if (cue === 'cited') c = at(y) > t + CITED_AHEAD_DAYS * DAY_MS ? y - 1 : y;
    else if (cue === 'back') c = at(y) > t + ahead ? y - 1 : y;
    // A year the sentence names for the day: a report's or a plan's programme for the coming year.
    else if (fits(own(named))) c = named!;
    // A day a plan schedules is ahead (see SCHEDULE_BEFORE_RE).
    else if (cue === 'scheduled' && direction === 'ahead') c = fromDate();
    // One a news report sets is ahead when it comes within a few months (a deadline, the coming days),
    // else the latest such day (a period or a deadline of what the report recalls).
    else if (cue === 'scheduled' && news) {
      const next = at(y) >= t ? y : y + 1;
      c = at(next) - t <= NEWS_SCHEDULE_DAYS * DAY_MS ? next : next - 1;
    }
    // What a plan or a notice tells of as done is the latest such day up to a few weeks ahead.
    else if (cue === 'told' && direction === 'ahead') c = at(y + 1) <= t + ahead ? y + 1 : at(y) <= t + ahead ? y : y - 1;
    // The title's direction: the first such day from a few months back on (see TITLE_BACK_DAYS); near
    // the turn of the year ("Ngày 28/12" in a plan of 5 January) the year before's last weeks, unless
    // the title names the year the plan is for ("KẾ HOẠCH công tác năm 2023": its "ngày 26/12", and a
    // December programme's "Ngày 27/7", are that year's).
    else if (direction === 'ahead') c = fits(own(titleYear)) ? titleYear! : at(y - 1) >= t - ahead ? y - 1 : at(y) >= t - TITLE_BACK_DAYS * DAY_MS ? y : y + 1;
    else if (direction === 'back') c = at(y + 1) <= t + nextYearDays * DAY_MS ? y + 1 : at(y) <= t + ahead ? y : y - 1;
    else c = at(y) - t > 183 * DAY_MS ? y - 1 : t - at(y) > 183 * DAY_MS ? y + 1 : y;
    return dayExists(c, month, day) ? c : null;
  };
}

/** The title line of a formal document that looks ahead, or one that looks back. */
const FORWARD_TITLES = '^[ \\t]*(?:KẾ HOẠCH|CHƯƠNG TRÌNH|THÔNG BÁO|GIẤY MỜI|QUYẾT ĐỊNH|CHỈ THỊ|NGHỊ QUYẾT|HƯỚNG DẪN|ĐỀ ÁN|CÔNG VĂN)[ \\t]*';
const FORWARD_TITLE_RE = new RegExp(`${FORWARD_TITLES}$`, 'mu');
const BACKWARD_TITLE_RE = /^[ \t]*(?:BÁO CÁO|BIÊN BẢN|TỔNG KẾT)[ \t]*$/mu;

/** Which way a formal document looks, from its title line among its first lines. */
function formalDirection(norm: string): Direction {
  const head = norm.slice(0, 1500);
  return BACKWARD_TITLE_RE.test(head) ? 'back' : FORWARD_TITLE_RE.test(head) ? 'ahead' : 'near';
}

/** The line after a forward document's title line: what the document is for ("công tác năm 2023"). */
const FORWARD_TITLE_NEXT_RE = new RegExp(`${FORWARD_TITLES}\\n[ \\t]*([^\\n]{1,200})`, 'mu');

/** The one year the line after a forward document's title names ("… công tác năm 2023"), or null (none, or two). */
function titleYear(norm: string): number | null {
  const m = FORWARD_TITLE_NEXT_RE.exec(norm.slice(0, 1500));
  if (!m) return null;
  let year: number | null = null;
  YEAR_MENTION_RE.lastIndex = 0;
  for (let y = YEAR_MENTION_RE.exec(m[1]); y; y = YEAR_MENTION_RE.exec(m[1])) {
    if (year !== null && year !== +y[1]) return null;
    year = +y[1];
  }
  return year;
}

/**
/**
 * "tới", "coming", after a day-month: not "tới nay" (until now), "tới ngày …" (until), "tới các …,
 * toàn …, từng …, mọi …" (sent to them).
 */
const COMING = 'tới(?![\\p{L}\\p{M}]|\\s+(?:nay|các|ngày|toàn|từng|mọi)(?![\\p{L}\\p{M}]))';
/**
 * Words right after a day-month that say it is to come: "… tới", "… sắp tới" (see COMING), or "sẽ"
 * after a short subject ("ngày 15/3, Tỉnh ủy sẽ kiểm tra"; not in reported speech: "…, đồng chí Bí thư
 * khẳng định Tỉnh ủy sẽ …").
 */
const TO_COME_RE = new RegExp(`^[\\s,)]*(?:sắp\\s+)?${COMING}`, 'u');
/** "sẽ" after a short subject (clauseCue has looked for "tới" already). */
const AHEAD_AFTER_RE = /^[\s,]*(?:[^\s.,;:]+\s+){1,3}sẽ\s/u;
/**
 * Words right after a cited document's day-month that say the document is still to come: "ngày 20/1
 * tới", "ngày 20/3 sẽ được (Tỉnh ủy) ban hành", "… dự kiến ban hành", "… sẽ được thông qua tại hội
 * nghị". Right after the day, with no comma: "Kế hoạch số 12-KH/HU ngày 5/10 sẽ được triển khai …" and
 * "Thông báo số 15-TB/TU ngày 20/12, dự kiến tháng 3 sẽ …" tell what is to be done with a document
 * issued already, as do "… thông qua hệ thống loa" and "… theo lộ trình".
 */
const YET_TO_COME_RE = new RegExp(
  `^\\s*(?:sắp\\s+)?${COMING}|^\\s+(?:sẽ|dự kiến)\\s+(?:[^\\s,.;:]+\\s+){0,4}?` +
    '(?:ban\\s+hành|ký(?!\\s+kết)|công\\s+bố|thông\\s+qua(?!\\s+(?:hệ|báo|sinh|các|việc|phong|hình|mạng|trang|hội\\s+thảo))|(?<!(?:lộ|quy|chương)\\s)trình(?!\\s+(?:bày|độ|diễn)))(?![\\p{L}\\p{M}])',
  'u',
);
/**
 * Words right before one that say so: "dự kiến kéo dài đến ngày 5/1", "Dự kiến ngày 5/1", "sẽ tổ chức
 * hội nghị vào ngày 5/1" (a news report reads next January only from such words, see NEWS_NEXT_YEAR_DAYS).
 */
const AHEAD_BEFORE_RE = /(?:[Dd]ự kiến|sẽ)\s[^.,;:()\n]{0,32}$/u;
/** A deadline or a time a formal document sets ("trước ngày 30/11", "chậm nhất ngày 30/10", "Thời gian: ngày 20/5"); a news report may tell of past ones. */
const DEADLINE_RE = /(?:(?:[Tt]rước|[Cc]hậm nhất(?:\s+là)?|[Hh]ạn(?:\s+chót)?)\s+(?:\d{1,2}\s+giờ\s+)?(?:ngày\s+)?|[Tt]hời (?:gian|điểm)\s*:?[^.;\n]{0,16})$/u;
/** Words of the day's own clause that put it in the past: "… đến nay", "… vừa qua", "… đã …" after it, "đã" before. */
const PAST_AFTER_RE = /^[^.;,\n]{0,30}\s(?:đến nay|vừa qua|đã)(?![\p{L}\p{M}])/u;
const PAST_BEFORE_RE = /\sđã\s[^.;,\n]*$/u;

/**
 * The year of a day-month date in a text without a dateline, from the body's own evidence (the dates
 * in citations' tails are the cited documents', not the text's: they are left out): take the latest
 * year among the text's full dates; if the day-month would fall before the latest full date of that
 * year and the text names the following year ("năm 2022", "tháng 3/2022"), the article looks back on
 * a finished year from the next one, so the day-month belongs to the following year; a cited
 * document's day-month (cue 'cited') well after the latest full date is the year before's. Without full
 * dates, the year named most often ("năm 2021", "tháng 10/2021") decides.
 */
function inferYear(norm: string, found: Found[], tailDates?: Claims): ((month: number, day: number, cue: Cue) => number | null) | null {
  const own = tailDates ? found.filter((f) => f.iso === null || !tailDates.overlaps(f.s, f.e)) : found;
  const full = own.filter((f) => f.iso && f.iso.length === 10).map((f) => f.iso!);
  const named = new Map<number, number>();
  const name = (year: number) => named.set(year, (named.get(year) ?? 0) + 1);
  YEAR_MENTION_RE.lastIndex = 0;
  for (let m = YEAR_MENTION_RE.exec(norm); m; m = YEAR_MENTION_RE.exec(norm)) {
    if (!letterBefore(norm, m.index) && !tailDates?.overlaps(m.index, m.index + m[0].length)) name(+m[1]);
  }
  // A month and year written as "tháng 3/2022" (the "năm" of "tháng 3 năm 2022" is counted above).
  for (const f of own) if (f.iso && f.iso.length === 7 && !YEAR_WORD_RE.test(norm.slice(f.s, f.e))) name(+f.iso.slice(0, 4));
  if (full.length) {
    const latest = full.reduce((a, b) => (a > b ? a : b));
    const ymax = +latest.slice(0, 4);
    const t = Date.UTC(ymax, +latest.slice(5, 7) - 1, +latest.slice(8, 10));
    return (month, day, cue) => {
      const candidate = `${ymax}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      if (candidate < latest) return named.has(ymax + 1) ? ymax + 1 : ymax;
      // The text is of its latest date or later: a document it cites well after that day is the year before's.
      return cue === 'cited' && Date.UTC(ymax, month - 1, day) > t + AHEAD_DAYS * DAY_MS ? ymax - 1 : ymax;
    };
  }
  if (!named.size) return null;
  let best = 0;
  let bestCount = 0;
  for (const [y, c] of named) if (c > bestCount || (c === bestCount && y > best)) { best = y; bestCount = c; }
  return () => best;
}
