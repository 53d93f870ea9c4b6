// Counted nouns in the interface language: "1 document", "2 documents" (Vietnamese has one form for
// both). A message that holds a count takes one of these phrases rather than "{0} documents".
import * as vscode from 'vscode';

export const documentsCount = (n: number): string => (n === 1 ? vscode.l10n.t('1 document') : vscode.l10n.t('{0} documents', n));
export const mentionsCount = (n: number): string => (n === 1 ? vscode.l10n.t('1 mention') : vscode.l10n.t('{0} mentions', n));
export const entitiesCount = (n: number): string => (n === 1 ? vscode.l10n.t('1 entity') : vscode.l10n.t('{0} entities', n));
export const filesCount = (n: number): string => (n === 1 ? vscode.l10n.t('1 file') : vscode.l10n.t('{0} files', n));
export const tagsCount = (n: number): string => (n === 1 ? vscode.l10n.t('1 tag') : vscode.l10n.t('{0} tags', n));

/** "In 3 documents of the corpus (5 mentions)": the figures Find All References gives. */
export const inCorpus = (documents: number, mentions: number): string =>
  vscode.l10n.t('In {0} of the corpus ({1})', documentsCount(documents), mentionsCount(mentions));
