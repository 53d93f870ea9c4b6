// The catalogue of known documents: codes with their type, date, issuer and title, and the aliases
// by which code-less references name them ("NQ:TW4:XII" for "Nghị quyết Trung ương 4 khóa XII").
// The built-in facts live in builtin.json; a workspace's vankien.catalog.yaml (entries
// {code, type, title, date, issuer, link, aliases}) extends them through `extendCatalog`.
import builtin from './builtin.json';
import { keyOfCode, termOfDate } from '../extract/keys';
import { normalizeForMatch } from '../text/normalize';
import { memoSet } from '../memo';

/** One catalogue entry as written in a catalogue file. */
export interface CatalogEntryInput {
  code?: string | null;
  type?: string | null;
  title?: string | null;
  date?: string | null;
  issuer?: string | null;
  link?: string | null;
  aliases?: string[] | null;
  terms?: string[] | null;
}

export interface CatalogEntry {
  /** Identity key, as citations of this document carry it. */
  key: string;
  code: string | null;
  type: string | null;
  title: string | null;
  date: string | null;
  issuer: string | null;
  link: string | null;
  aliases: string[];
  /** Central Committee term(s) of the document (from the entry, else from its date). */
  terms: string[];
}

export interface Catalog {
  readonly entries: readonly CatalogEntry[];
  /** The entry with this key, code (any spelling) or alias; the latest added wins. */
  lookup(keyOrAlias: string): CatalogEntry | undefined;
}

/** The text fields of an entry; a catalogue file may hold anything there, and only text is kept. */
export const CATALOG_TEXT_FIELDS = ['code', 'type', 'title', 'date', 'issuer', 'link'] as const;

function text(v: unknown): string | null {
  return typeof v === 'string' ? v : null;
}

function texts(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((a): a is string => typeof a === 'string' && a.trim() !== '') : [];
}

function toEntry(input: CatalogEntryInput): CatalogEntry | null {
  const code = typeof input.code === 'string' && input.code.trim() ? input.code.trim() : null;
  const aliases = texts(input.aliases);
  const key = (code && keyOfCode(code)) ?? aliases[0] ?? null;
  if (!key) return null;
  const date = text(input.date);
  const given = texts(input.terms);
  const terms = given.length ? given : date && termOfDate(date) ? [termOfDate(date)!] : [];
  return {
    key, code, aliases, terms, date,
    type: text(input.type), title: text(input.title), issuer: text(input.issuer), link: text(input.link),
  };
}

/** Builds a catalogue from entries; later entries override earlier ones with the same key or alias. */
export function createCatalog(inputs: readonly CatalogEntryInput[]): Catalog {
  const entries: CatalogEntry[] = [];
  const index = new Map<string, CatalogEntry>();
  for (const input of inputs) {
    const e = toEntry(input);
    if (!e) continue;
    entries.push(e);
    index.set(normalizeForMatch(e.key), e);
    if (e.code) index.set(normalizeForMatch(e.code), e);
    for (const a of e.aliases) index.set(normalizeForMatch(a), e);
  }
  // Answers by the exact string first: extraction asks with canonical keys, thousands of times.
  const answers = new Map<string, CatalogEntry | null>();
  return {
    entries,
    lookup(keyOrAlias: string): CatalogEntry | undefined {
      const known = answers.get(keyOrAlias);
      if (known !== undefined) return known ?? undefined;
      let found = index.get(normalizeForMatch(keyOrAlias));
      if (!found) {
        const asCode = keyOfCode(keyOrAlias);
        found = asCode ? index.get(normalizeForMatch(asCode)) : undefined;
      }
      return memoSet(answers, keyOrAlias, found ?? null, 50000) ?? undefined;
    },
  };
}

/** The built-in catalogue (PRODUCT facts: known codes and conference ↔ code pairs). */
export const builtinCatalog: Catalog = createCatalog(builtin.documents);

/** A catalogue made of the built-in one plus a workspace's entries (which win on conflicts). */
export function extendCatalog(extra: readonly CatalogEntryInput[], base: Catalog = builtinCatalog): Catalog {
  return createCatalog([...base.entries, ...extra]);
}

/** Looks a key, code or alias up in the built-in catalogue (or the given one). */
export function lookupDocument(keyOrAlias: string, catalog: Catalog = builtinCatalog): CatalogEntry | undefined {
  return catalog.lookup(keyOrAlias);
}
