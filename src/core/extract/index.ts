// TEMPORARY scaffold so that the other layers can be built against the real interface while the
// engine is written: finds Party document codes only. Replaced by the full engine.
import { CitationEntity, ExtractResult } from '../types';
import { lineIndex } from '../text/lines';

export interface ExtractOptions {
  /** Year to give day-month dates when the text itself has no dateline. */
  yearHint?: number;
}

export function extract(text: string, _options: ExtractOptions = {}): ExtractResult {
  const lines = lineIndex(text);
  const entities: CitationEntity[] = [];
  const re = /(\d{1,4})-([A-ZĐ][A-Za-zĐđ]{0,3})\/([A-ZĐ]{1,8})/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    entities.push({
      kind: 'citation', text: m[0], start, end, range: lines.range(start, end), key: m[0], system: 'party',
      code: m[0], number: m[1], type: null, typeCode: m[2], issuerCode: m[3], issuer: null, date: null,
      subject: null, year: null, terms: [], conference: null, shortForm: false, refs: [m[0]],
    });
  }
  return { entities, info: { ownCode: null, ownKey: null, dateline: null, title: null }, warnings: [] };
}
