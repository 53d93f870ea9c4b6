// What the editor writes beside a tag, where the text leaves out what the engine read: the year of a
// day-month written without one ("Sáng 14-1" → "-2022", "ngày 15 tháng 5" → "năm 2016"), and the code
// the catalogue knows a document by when the text names it by its conference ("Nghị quyết Trung ương
// 4 khóa XII" → "04-NQ/TW"). Someone checking a document sees at a glance which year the engine took,
// and can correct the text where it is wrong.
import type { Entity } from './types';

export interface InlineHint {
  /** Offset in the text the hint stands at: the end of its tag. */
  offset: number;
  kind: 'year' | 'code';
  /** What is written: "-2022", "/2022", "năm 2016", "04-NQ/TW" ("12-NQ/TW, 04-NQ/TW" for two terms). */
  label: string;
  /** What the hint completes: the date's ISO form, or the codes as in the label. */
  value: string;
  /** Whether the label needs a space before it ("ngày 15 tháng 5 năm 2016"); a separator and year do not. */
  spaced: boolean;
}

/** A day-month written with digits: its separator is the year's. */
const NUMERIC_DAY_MONTH = /^\d{1,2}([/.\-–])\d{1,2}$/u;
/** A day-month spelled out, "ngày 15 tháng 5": the year follows as "năm 2016". */
const SPELLED_DAY_MONTH = /(?:tháng|(THÁNG))\s+\d{1,2}$/u;

/**
 * `codeOf`: the code a catalogue gives a designation's key ("NQ:HN7:ĐB:tỉnh:XX" by a workspace
 * catalogue's alias), or null; the built-in catalogue's codes are the keys themselves already.
 */
export function inlineHints(entities: readonly Entity[], kinds: { years: boolean; codes: boolean }, codeOf: (key: string) => string | null = () => null): InlineHint[] {
  const out: InlineHint[] = [];
  for (const e of entities) {
    if (kinds.years && e.kind === 'date' && e.inferred && !e.dateline && e.iso.length === 10) {
      const year = e.iso.slice(0, 4);
      const numeric = NUMERIC_DAY_MONTH.exec(e.text);
      // The first day of a range ("27" of "27-28/12") has its year where its month is, on the last.
      if (numeric) out.push({ offset: e.end, kind: 'year', label: numeric[1] + year, value: e.iso, spaced: false });
      else {
        // In a heading in capitals the year is written so too ("NGÀY 15 THÁNG 12 NĂM 2023").
        const spelled = SPELLED_DAY_MONTH.exec(e.text.normalize('NFC'));
        if (spelled) out.push({ offset: e.end, kind: 'year', label: `${spelled[1] ? 'NĂM' : 'năm'} ${year}`, value: e.iso, spaced: true });
      }
    } else if (kinds.codes && e.kind === 'citation' && e.system === 'conference' && e.code === null && e.refs.length > 0) {
      // Keys the built-in catalogue gave are codes; a designation's own key ("NQ:TW6:XIII") names one only
      // through a catalogue entry.
      const codes = e.refs.map((k) => (k.includes(':') ? codeOf(k) : k));
      if (codes.some((c) => c === null)) continue;
      const label = codes.join(', ');
      out.push({ offset: e.end, kind: 'code', label, value: label, spaced: true });
    }
  }
  return out;
}
