// Core positions, ranges and uri strings → VS Code types, and Markdown escaping for document text.
import * as vscode from 'vscode';
import type { CorpusIndex, Mention } from '../core/corpus/corpusIndex';
import { Range } from '../core/types';

export const toRange = (r: Range): vscode.Range => new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);

export const toUri = (uri: string): vscode.Uri => vscode.Uri.parse(uri, true);

/** Where a mention is (the index computes its range: it keeps line starts, not a range per entity). */
export const toLocation = (index: CorpusIndex, m: Mention): vscode.Location => new vscode.Location(toUri(m.uri), index.mentionRange(m, newRange));

const newRange = (sl: number, sc: number, el: number, ec: number): vscode.Range => new vscode.Range(sl, sc, el, ec);

/** The index's identifier of a document. */
export const keyOfUri = (uri: vscode.Uri): string => uri.toString();

/**
 * Text from a document, made inert for Markdown: every ASCII punctuation character that Markdown or
 * HTML could read as syntax is backslash-escaped (CommonMark allows that for all of them), and line
 * breaks become spaces, so a link, an image, a command URI or a tag in a file shows as its letters.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>&~"'=:;]/g, '\\$&').replace(/[\r\n]+/g, ' ');
}

export const VANKIEN_SELECTOR: vscode.DocumentSelector = [
  { language: 'vankien' },
];
