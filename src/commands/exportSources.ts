// What an export from the editor covers: the corpus index's documents (so unsaved edits count), and
// any corpus file on disk the index has not reached yet (indexing runs in the background), read
// under the same policy as the index.
import * as path from 'path';
import * as vscode from 'vscode';
import { CorpusIndex } from '../core/corpus/corpusIndex';
import { decodeForIndex } from '../core/corpus/readPolicy';
import type { WalkError } from '../core/corpus/walk';
import { ExportError, ExportInput, toPosixPath } from '../core/export';
import { commonAncestor, isCorpusFileName } from '../core/export/collect';
import { extract } from '../core/extract/onDemand';

export type ExportScope = 'corpus' | 'file' | 'folder';

export interface ExportSources {
  inputs: ExportInput[];
  errors: ExportError[];
}

/**
 * How files are named in the export, "/"-separated: relative to their workspace folder, prefixed by
 * the folder's name in a multi-root workspace. Where two folders share a name (two "seeds"), every
 * file is named from the folders' common ancestor instead, as the command-line tool names them, so
 * that no file of one hides a file of the other. The folders are looked at once, not once per file.
 */
function workspaceNamer(): (uri: vscode.Uri) => string {
  const folders = vscode.workspace.workspaceFolders ?? [];
  const sameNames = folders.some((f, i) => folders.findIndex((g) => g.name === f.name) !== i);
  const base = sameNames && folders.every((f) => f.uri.scheme === 'file') ? commonAncestor(folders.map((f) => path.dirname(f.uri.fsPath))) : null;
  return (uri) =>
    base !== null && uri.scheme === 'file' && vscode.workspace.getWorkspaceFolder(uri)
      ? toPosixPath(path.relative(base, uri.fsPath))
      : toPosixPath(vscode.workspace.asRelativePath(uri, folders.length > 1));
}

function maxBytes(): number {
  return Math.max(1, vscode.workspace.getConfiguration('vankien').get<number>('maxFileSizeKB', 5120)) * 1024;
}

/** What the workspace sync knows: the corpus files on disk by its rules, and pending edits to index now. */
export interface CorpusFiles {
  corpusFiles(within?: vscode.Uri, token?: vscode.CancellationToken, problems?: WalkError[]): Promise<vscode.Uri[]>;
  /** The text files of a folder chosen for export, whatever the corpus's include patterns (see CorpusSync.folderFiles). */
  folderFiles(within: vscode.Uri, token?: vscode.CancellationToken, problems?: WalkError[]): Promise<vscode.Uri[]>;
  flush(uri: vscode.Uri): void;
  /** Whether the file stopped an extraction worker and is left out (its text is never extracted on this thread). */
  isLeftOut(uri: vscode.Uri): boolean;
}

/** Why a left-out file is not in an export. */
export const LEFT_OUT_MESSAGE = 'left out: reading it stopped the extractor';

async function readAndExtract(uri: vscode.Uri, name: string, sources: ExportSources, corpus: CorpusFiles): Promise<void> {
  // The index has not got it (its worker stopped, or has not answered yet): it is not read here either.
  if (corpus.isLeftOut(uri)) {
    sources.errors.push({ path: name, message: LEFT_OUT_MESSAGE });
    return;
  }
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) {
    const result = extract(open.getText());
    sources.inputs.push({ path: name, entities: result.entities, warnings: result.warnings });
    return;
  }
  try {
    const bytes = await vscode.workspace.fs.readFile(uri);
    const outcome = decodeForIndex(bytes, maxBytes());
    if (outcome.text === null) {
      sources.errors.push({ path: name, message: outcome.warnings.join('; ') || 'skipped' });
      return;
    }
    const result = extract(outcome.text);
    sources.inputs.push({ path: name, entities: result.entities, warnings: [...outcome.warnings, ...result.warnings] });
  } catch (e) {
    sources.errors.push({ path: name, message: (e as Error).message });
  }
}

function isInside(uri: vscode.Uri, folder: vscode.Uri): boolean {
  const rel = path.relative(folder.fsPath, uri.fsPath);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

export async function gatherSources(
  index: CorpusIndex,
  corpus: CorpusFiles,
  scope: ExportScope,
  uri: vscode.Uri | undefined,
  token: vscode.CancellationToken,
  progress: (done: number, total: number) => void,
  /** Documents not to read: the file the export replaces, found among those of a folder or the corpus. */
  skip: (uri: vscode.Uri) => boolean = () => false,
): Promise<ExportSources> {
  const sources: ExportSources = { inputs: [], errors: [] };
  if (scope === 'file') {
    if (!uri) throw new Error('no file to export');
    corpus.flush(uri);
    const doc = index.get(uri.toString());
    const name = workspaceNamer()(uri);
    if (doc) sources.inputs.push({ path: name, entities: index.entitiesWithRanges(doc.uri), warnings: doc.warnings });
    else await readAndExtract(uri, name, sources, corpus);
    return sources;
  }
  // Folder scope names files relative to the folder's parent, as the command-line tool does.
  const nameOf = scope === 'folder' && uri ? (u: vscode.Uri) => toPosixPath(path.relative(path.dirname(uri.fsPath), u.fsPath)) : workspaceNamer();
  const inScope = (u: vscode.Uri): boolean => scope === 'corpus' || (uri !== undefined && isInside(u, uri));
  // The corpus: the same rules as the index (include, exclude, files.exclude). They decide for the files
  // on disk even when the index has not caught up with a change of the rules yet (a re-index runs in
  // the background). A folder: its text files, as the command-line tool takes them (choosing the folder
  // includes them), less the excluded. What an editor holds counts as the index has it (a vankien file
  // opened from elsewhere, a deleted file with unsaved edits).
  // Folders that could not be read and links that could not be followed are named in the export's errors, as the command-line tool names them.
  const problems: WalkError[] = [];
  const onDisk = scope === 'folder' && uri ? await corpus.folderFiles(uri, token, problems) : await corpus.corpusFiles(undefined, token, problems);
  for (const p of problems) sources.errors.push({ path: nameOf(vscode.Uri.file(p.path)), message: p.message });
  const allowed = new Set(onDisk.map((u) => u.toString()));
  for (const d of vscode.workspace.textDocuments) if (!d.isClosed) allowed.add(d.uri.toString());
  const seen = new Set<string>();
  for (const doc of index.documents()) {
    const docUri = vscode.Uri.parse(doc.uri);
    if (!inScope(docUri) || (docUri.scheme === 'file' && !allowed.has(docUri.toString())) || skip(docUri)) continue;
    seen.add(docUri.toString());
    sources.inputs.push({ path: nameOf(docUri), entities: index.entitiesWithRanges(doc.uri), warnings: doc.warnings });
  }
  const missing = onDisk.filter((u) => !seen.has(u.toString()) && isCorpusFileName(u.path) && !skip(u));
  let done = 0;
  for (const u of missing) {
    if (token.isCancellationRequested) break;
    await readAndExtract(u, nameOf(u), sources, corpus);
    progress(++done, missing.length);
  }
  return sources;
}
