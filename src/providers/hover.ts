// Hover: what the mention under the cursor is, as the whole corpus knows it. Markdown is untrusted and
// every piece of document text goes through escapeMarkdown, so a file cannot inject links or HTML.
import * as path from 'path';
import * as vscode from 'vscode';
import { webLinkTarget } from '../core/catalog/link';
import { conferenceName } from '../core/corpus/conferenceName';
import { CorpusIndex, splitKey } from '../core/corpus/corpusIndex';
import { termOfDate, yearsOfTerm } from '../core/corpus/terms';
import { weekdayLabel } from './weekday';
import { CitationEntity, Entity } from '../core/types';
import { CorpusSync } from './corpusSync';
import { inCorpus } from './counts';
import { escapeMarkdown as esc, keyOfUri, toUri, VANKIEN_SELECTOR } from './convert';

const MAX_LINKS = 10;
/** A person's positions listed in a hover (a leader's across years of articles run to dozens). */
const MAX_POSITIONS = 10;
export function registerHover(_context: vscode.ExtensionContext, index: CorpusIndex, sync: CorpusSync): vscode.Disposable {
  return vscode.languages.registerHoverProvider(VANKIEN_SELECTOR, {
    provideHover(document, position) {
      sync.flush(document.uri);
      const uri = keyOfUri(document.uri);
      const entity = index.entityAt(uri, document.offsetAt(position));
      if (!entity) return undefined;
      const md = new vscode.MarkdownString('', false);
      md.isTrusted = false;
      md.supportHtml = false;
      md.supportThemeIcons = false;
      describe(md, index, uri, entity);
      const { start, end } = index.rangeOf(uri, entity);
      return new vscode.Hover(md, new vscode.Range(start.line, start.character, end.line, end.character));
    },
  });
}

function line(md: vscode.MarkdownString, label: string, value: string): void {
  md.appendMarkdown(`${esc(label)}: ${value}  \n`);
}

function describe(md: vscode.MarkdownString, index: CorpusIndex, uri: string, e: Entity): void {
  switch (e.kind) {
    case 'citation':
      return describeCitation(md, index, uri, e);
    case 'person': {
      const key = index.keyAt(uri, e);
      md.appendMarkdown(`**${esc(e.name)}** — ${esc(vscode.l10n.t('person'))}\n\n`);
      const positions = index.positionsOf(key);
      if (positions.length) {
        md.appendMarkdown(`${esc(vscode.l10n.t('Positions in the corpus'))}:\n\n`);
        for (const p of positions.slice(0, MAX_POSITIONS)) md.appendMarkdown(`- ${esc(p)}\n`);
        if (positions.length > MAX_POSITIONS) md.appendMarkdown(`- ${esc(vscode.l10n.t('and {0} more positions', positions.length - MAX_POSITIONS))}\n`);
        md.appendMarkdown('\n');
      }
      mentionsLine(md, index, key);
      return;
    }
    case 'date': {
      md.appendMarkdown(`**${esc(e.iso)}** — ${esc(vscode.l10n.t('date'))}\n\n`);
      const wd = weekdayLabel(e.iso);
      if (wd) line(md, vscode.l10n.t('Weekday'), esc(wd));
      if (e.weekday && e.weekdayMatches === false) line(md, vscode.l10n.t('Written weekday (does not match)'), esc(e.weekday));
      if (e.inferred) md.appendMarkdown(esc(vscode.l10n.t('The year is not written; it comes from the document’s dateline or body.')) + '  \n');
      if (e.dateline) md.appendMarkdown(esc(vscode.l10n.t('This is the document’s dateline.')) + '  \n');
      const term = termOfDate(e.iso);
      if (term) line(md, vscode.l10n.t('Central Committee term'), esc(term));
      return;
    }
    case 'abbreviation':
      md.appendMarkdown(`**${esc(e.abbreviation)}** — ${esc(e.expansion)}\n\n`);
      return;
    case 'term': {
      // "khóa XIII" is a term (of a Party committee, the National Assembly, a council), "nhiệm kỳ 2020-2025"
      // a term of office, "lần thứ XX" a congress's number.
      const what = e.form === 'khóa' ? vscode.l10n.t('term (khóa)') : e.form === 'nhiệm kỳ' ? vscode.l10n.t('term of office') : vscode.l10n.t('congress or conference number');
      md.appendMarkdown(`**${esc(e.text)}** — ${esc(what)}\n\n`);
      const years = e.fromYear !== null ? [e.fromYear, e.toYear] : e.form === 'khóa' && e.roman ? yearsOfTerm(e.roman) : null;
      if (years) line(md, vscode.l10n.t('Years'), esc(`${years[0]}–${years[1] ?? ''}`));
      return;
    }
    case 'organization':
      md.appendMarkdown(`**${esc(e.name)}** — ${esc(vscode.l10n.t('organisation'))}\n\n`);
      mentionsLine(md, index, index.keyAt(uri, e));
      return;
  }
}

function describeCitation(md: vscode.MarkdownString, index: CorpusIndex, uri: string, e: CitationEntity): void {
  const mention = index.mentionOf(uri, e) ?? { uri, entity: e, term: null };
  const keys = [...new Set(index.keysOf(mention))];
  if (keys.length > 1) {
    // One mention naming several documents: each gets its own identity and counts.
    md.appendMarkdown(`**${esc(e.text)}**\n\n${esc(vscode.l10n.t('Refers to'))}:\n\n`);
    for (const k of keys) {
      const def = index.definitionOf(k);
      const date = def?.kind === 'catalog' ? def.entry.date : def?.kind === 'citation' ? def.entity.date : null;
      const same = index.keysOfSameDocument(k);
      const facts = [date, inCorpus(index.citingDocumentsOfAny(same).length, index.mentionCountOfAny(same))].filter(Boolean);
      md.appendMarkdown(`- **${esc(index.labelOf(k))}** — ${esc(facts.join('; '))}\n`);
    }
    return;
  }
  const key = keys[0];
  const base = splitKey(key).base;
  // What the corpus and the catalogue know of the document: the mention's own fields first, then the
  // catalogue entry, then the fullest citation (the corpus document itself gives its code).
  const defs = index.definitionsOf(key);
  const def = defs[0];
  const entry = defs.find((d) => d.kind === 'catalog')?.entry;
  const fullest = defs.find((d) => d.kind === 'citation')?.entity;
  const held = defs.find((d) => d.kind === 'document')?.document;
  // A conference reference ("Nghị quyết Trung ương 4 khóa XII") is named as the genre names it, and shows
  // the code the corpus or the catalogue knows it by (04-NQ/TW).
  const type = e.type ?? entry?.type ?? fullest?.type ?? null;
  const title = e.code ? [type, e.code].filter(Boolean).join(' ') : conferenceName(e, base) ?? e.text;
  md.appendMarkdown(`**${esc(title)}**\n\n`);
  if (entry?.title) md.appendMarkdown(`${esc(entry.title)}\n\n`);
  const code = e.code ?? entry?.code ?? fullest?.code ?? held?.info.ownCode ?? null;
  if (code && !e.code) line(md, vscode.l10n.t('Code'), esc(code));
  const number = e.number ?? (code ? /^\d+/.exec(code)?.[0] ?? null : fullest?.number ?? null);
  if (number) line(md, vscode.l10n.t('Number'), esc(number));
  const issuer = e.issuer ?? entry?.issuer ?? fullest?.issuer ?? null;
  if (issuer || e.issuerCode) line(md, vscode.l10n.t('Issuer'), esc(issuer ? [issuer, e.issuerCode && `(${e.issuerCode})`].filter(Boolean).join(' ') : e.issuerCode!));
  const date = e.date ?? entry?.date ?? fullest?.date ?? null;
  if (date) line(md, vscode.l10n.t('Date'), esc([date, weekdayLabel(date)].filter(Boolean).join(', ')));
  const subject = e.subject ?? fullest?.subject ?? null;
  if (subject) line(md, vscode.l10n.t('Subject'), esc(subject));
  const terms = e.terms.length ? e.terms : termOfDate(date) ? [termOfDate(date)!] : [];
  if (terms.length) line(md, vscode.l10n.t('Term'), esc(terms.join(', ')));
  if (index.isSplit(base)) {
    md.appendMarkdown('\n' + esc(vscode.l10n.t('This code names different documents in different terms: {0}. They are kept apart.', index.termsOf(base).map((t) => 'khóa ' + t).join(', '))) + '\n\n');
  }
  if (def?.kind === 'document') md.appendMarkdown('\n' + esc(vscode.l10n.t('The corpus holds this document: {0}', path.posix.basename(toUri(def.uri).path))) + '\n\n');
  const target = entry?.link ? webLinkTarget(entry.link) : null;
  if (target) md.appendMarkdown(`[${esc(vscode.l10n.t('Open link'))}](${target})\n\n`);
  mentionsLine(md, index, key);
}

/** "Cited/mentioned in D documents (M mentions)" and links to those documents: the same figures as Find All References. */
function mentionsLine(md: vscode.MarkdownString, index: CorpusIndex, key: string): void {
  // A document's mentions under every name a catalogue ties to it, as Find All References lists them.
  const keys = index.keysOfSameDocument(key);
  const docs = index.citingDocumentsOfAny(keys);
  md.appendMarkdown('\n' + esc(inCorpus(docs.length, index.mentionCountOfAny(keys))) + '\n\n');
  for (const first of index.firstMentionsByDocumentOfAny(keys, MAX_LINKS)) {
    const d = first.uri;
    const target = toUri(d).with({ fragment: `L${index.rangeOf(first.uri, first.entity).start.line + 1}` });
    md.appendMarkdown(`- [${esc(path.posix.basename(toUri(d).path))}](${target.toString().replace(/[()]/g, (c) => '%' + c.charCodeAt(0).toString(16))})\n`);
  }
  if (docs.length > MAX_LINKS) md.appendMarkdown(`- ${esc(vscode.l10n.t('and {0} more', docs.length - MAX_LINKS))}\n`);
}
