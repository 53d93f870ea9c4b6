// The usual name of a document cited as a conference's resolution, for titles and searches.
import type { CitationEntity } from '../types';
import { termOfRef } from './termSplit';

/**
 * The name the genre gives the document `key` that a conference reference cites: a Central Committee
 * plenum with its term ("Nghị quyết Trung ương 4 khóa XII"), a national congress ("Nghị quyết Đại hội
 * XIII"), a Party organisation's plenum ("Nghị quyết Hội nghị lần thứ 7 Ban Chấp hành Đảng bộ tỉnh khóa
 * XX" for "Nghị quyết Hội nghị Tỉnh ủy lần thứ 7 (khóa XX)"); null for any other citation (a Party
 * organisation's congress is written too many ways: its text as written names it best). A mention naming two terms names each of its documents with its own.
 */
export function conferenceName(e: CitationEntity, key: string): string | null {
  if (e.system !== 'conference' || !e.conference) return null;
  const type = e.type ?? 'Nghị quyết';
  if (/^Trung ương \d+$/.test(e.conference)) {
    const term = termOfRef(e, key) ?? (e.terms.length === 1 ? e.terms[0] : null);
    return term ? `${type} ${e.conference} khóa ${term}` : `${type} ${e.conference}`;
  }
  // A Party organisation's plenum: its name in full, however the text names its committee.
  return /^(?:Đại hội [IVXLC]+$|Hội nghị lần thứ )/.test(e.conference) ? `${type} ${e.conference}` : null;
}
