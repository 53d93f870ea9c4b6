// Central Committee terms (khóa) by date. A term starts when the National Congress that elects its
// Central Committee closes; numbering of Party documents restarts with each term, which is why one
// code ("12-NQ/TW") can name two different documents.

interface TermSpan {
  roman: string;
  /** ISO date the electing congress closed. */
  from: string;
}

const TERMS: TermSpan[] = [
  { roman: 'VI', from: '1986-12-18' },
  { roman: 'VII', from: '1991-06-27' },
  { roman: 'VIII', from: '1996-07-01' },
  { roman: 'IX', from: '2001-04-22' },
  { roman: 'X', from: '2006-04-25' },
  { roman: 'XI', from: '2011-01-19' },
  { roman: 'XII', from: '2016-01-28' },
  { roman: 'XIII', from: '2021-02-01' },
  { roman: 'XIV', from: '2026-01-23' },
];

/** The term in force on an ISO date ("2012-01-16" → "XI"); a "YYYY-MM" date counts from its first day. */
export function termOfDate(iso: string | null | undefined): string | null {
  if (!iso || !/^\d{4}-\d{2}(-\d{2})?$/.test(iso)) return null;
  const day = iso.length === 7 ? iso + '-01' : iso;
  if (day < TERMS[0].from) return null;
  let found: string | null = null;
  for (const t of TERMS) if (day >= t.from) found = t.roman;
  return found;
}

/** First and last year of a term ("XII" → [2016, 2021]); null when unknown. */
export function yearsOfTerm(roman: string): [number, number | null] | null {
  const i = TERMS.findIndex((t) => t.roman === roman);
  if (i < 0) return null;
  const next = TERMS[i + 1];
  return [Number(TERMS[i].from.slice(0, 4)), next ? Number(next.from.slice(0, 4)) : null];
}
