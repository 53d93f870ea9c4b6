// Splitting a reused code by Central Committee term (see corpusIndex.ts): the key syntax of a
// per-term key ("12-NQ/TW@XI") and the terms a file itself gives its citations.
import { CitationEntity, Entity } from '../types';
import { termOfDate } from './terms';

export const TERM_SEP = '@';

/** The keys a mention is grouped by, before any term split: a citation's refs, else its key. */
export function baseKeysOf(entity: Entity): string[] {
  if (entity.kind === 'citation' && entity.refs.length > 0) return entity.refs;
  return [entity.key];
}

export function splitKey(key: string): { base: string; term: string | null } {
  const i = key.lastIndexOf(TERM_SEP);
  if (i > 0 && /^[IVXLC]+$/.test(key.slice(i + 1))) return { base: key.slice(0, i), term: key.slice(i + 1) };
  return { base: key, term: null };
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
export function romanValue(r: string): number {
  let n = 0;
  for (let i = 0; i < r.length; i++) {
    const v = ROMAN[r[i]] ?? 0;
    n += i + 1 < r.length && v < (ROMAN[r[i + 1]] ?? 0) ? -v : v;
  }
  return n;
}

export function compareRoman(a: string, b: string): number {
  return romanValue(a) - romanValue(b);
}

/**
 * The term a mention naming documents of several terms ("Nghị quyết Trung ương 4 khóa XI và khóa XII":
 * refs 12-NQ/TW and 04-NQ/TW, terms XI and XII, in the same order) gives the document `key`; null for
 * any other mention.
 */
export function termOfRef(e: Entity, key: string): string | null {
  if (e.kind !== 'citation' || e.refs.length < 2 || e.terms.length !== e.refs.length) return null;
  const i = e.refs.indexOf(key);
  return i < 0 ? null : e.terms[i];
}

/** Terms a file itself gives its Party citations (own date, named term, or a dated mention of the same code in the file). */
export function ownTerms(entities: Entity[]): Map<Entity, string> {
  const out = new Map<Entity, string>();
  // The term each code is given in the file; null once two differ (most codes have one: no set each).
  const perKey = new Map<string, string | null>();
  const undated: CitationEntity[] = [];
  const termed = (k: string, t: string) => {
    const had = perKey.get(k);
    if (had === undefined) perKey.set(k, t);
    else if (had !== null && had !== t) perKey.set(k, null);
  };
  for (const e of entities) {
    if (e.kind !== 'citation') continue;
    // A mention of documents of several terms gives each of its codes the term it names (termOfRef).
    if (termOfRef(e, e.refs[0]) !== null) {
      for (let i = 0; i < e.refs.length; i++) termed(e.refs[i], e.terms[i]);
      continue;
    }
    // A coded Party citation, or a conference reference naming one document of one term.
    if (!(e.system === 'party' && e.code) && !(e.refs.length === 1 && e.terms.length === 1)) continue;
    const t = termOfDate(e.date) ?? (e.terms.length === 1 ? e.terms[0] : null);
    if (t) {
      out.set(e, t);
      termed(baseKeysOf(e)[0], t);
    } else undated.push(e);
  }
  for (const e of undated) {
    const t = perKey.get(baseKeysOf(e)[0]);
    if (t !== undefined && t !== null) out.set(e, t);
  }
  return out;
}
