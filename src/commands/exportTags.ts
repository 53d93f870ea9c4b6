// "Văn Kiện: Export Tags": writes the tags of the corpus, a file or a folder as YAML, JSON or CSV.
// Arguments make every choice optional, so tests and other extensions need no clicks:
//   executeCommand('vankien.exportTags', { scope: 'corpus', format: 'json', target: '/tmp/t.json', overwrite: true })
// From the explorer or the editor title it receives the clicked resource's URI instead.
import * as path from 'path';
import * as vscode from 'vscode';
import { CorpusIndex } from '../core/corpus/corpusIndex';
import {
  ENTITY_KINDS, EXPORT_FORMATS, ExportFormat, TargetExistsError, buildExport, countByKind, inBatches, isExportFormat,
  isCsvDelimiter, nothingRead, serializeExportChunks, writeFileAtomic,
} from '../core/export';
import { identityOf, sameFile } from '../core/export/exportFiles';
import { nextTurn } from '../core/slices';
import { inertIcons, inertInNotification } from '../core/text/untrusted';
import { filesCount, tagsCount } from '../providers/counts';
import { kindLabel } from '../providers/documentSymbols';
import { CorpusFiles, ExportScope, gatherSources } from './exportSources';

export interface ExportTagsArgs {
  scope?: ExportScope;
  format?: ExportFormat;
  /** Output file: a path or a URI (string or vscode.Uri). */
  target?: string | vscode.Uri;
  /** The file or folder to export for the 'file' and 'folder' scopes. */
  uri?: string | vscode.Uri;
  /** Replace an existing target without asking (true), or refuse (false); ask when undefined. */
  overwrite?: boolean;
  /** Only these kinds (default: the `vankien.export.kinds` setting). */
  kinds?: string[];
}

export interface ExportTagsResult {
  target: string;
  format: ExportFormat;
  files: number;
  tags: number;
  errors: number;
  counts: Record<string, number>;
}

const EXTENSIONS: Record<ExportFormat, string> = { yaml: 'yaml', json: 'json', csv: 'csv' };

/** Every file of the export failed to read: nothing is written. `first` says why the first did. */
class NothingRead extends Error {
  constructor(readonly first: string) {
    super(first);
  }
}

function toUri(value: string | vscode.Uri): vscode.Uri {
  if (typeof value !== 'string') return value;
  return /^[a-z][a-z0-9+.-]+:/i.test(value) && !/^[a-z]:[\\/]/i.test(value) ? vscode.Uri.parse(value) : vscode.Uri.file(value);
}

function exportConfig() {
  const config = vscode.workspace.getConfiguration('vankien.export');
  const format = config.get<string>('defaultFormat', 'yaml');
  const kinds = config.get<string[]>('kinds', [...ENTITY_KINDS]);
  const csvDelimiter = config.get<string>('csvDelimiter', ',');
  return {
    format: (isExportFormat(format) ? format : 'yaml') as ExportFormat,
    fileName: config.get<string>('defaultFileName', 'vankien-tags').trim() || 'vankien-tags',
    kinds: kinds.length > 0 ? kinds : [...ENTITY_KINDS],
    csvDelimiter: isCsvDelimiter(csvDelimiter) ? csvDelimiter : ',',
  };
}

async function isDirectory(uri: vscode.Uri): Promise<boolean> {
  try {
    return ((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.Directory) !== 0;
  } catch {
    return false;
  }
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** Turns what the command was called with (args object, a clicked URI, nothing) into arguments. */
async function normaliseArgs(arg: unknown): Promise<{ args: ExportTagsArgs; interactive: boolean }> {
  if (arg instanceof vscode.Uri) {
    return { args: { scope: (await isDirectory(arg)) ? 'folder' : 'file', uri: arg }, interactive: true };
  }
  if (arg && typeof arg === 'object') return { args: arg as ExportTagsArgs, interactive: false };
  return { args: {}, interactive: true };
}

async function pickScope(): Promise<ExportScope | undefined> {
  const items: Array<vscode.QuickPickItem & { scope: ExportScope }> = [
    { label: vscode.l10n.t('Whole corpus'), description: vscode.l10n.t('every indexed document of the workspace'), scope: 'corpus' },
    { label: vscode.l10n.t('A folder…'), description: vscode.l10n.t('choose a folder'), scope: 'folder' },
  ];
  // The current file only when there is one to export.
  const active = vscode.window.activeTextEditor?.document.uri;
  if (active) items.splice(1, 0, { label: vscode.l10n.t('Current file'), description: inertIcons(vscode.workspace.asRelativePath(active)), scope: 'file' });
  const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Export tags of'), placeHolder: vscode.l10n.t('What to export') });
  return picked?.scope;
}

async function pickFormat(defaultFormat: ExportFormat): Promise<ExportFormat | undefined> {
  const labels: Record<ExportFormat, string> = { yaml: 'YAML', json: 'JSON', csv: 'CSV' };
  const details: Record<ExportFormat, string> = {
    yaml: vscode.l10n.t('readable, for people and scripts'),
    json: vscode.l10n.t('for programs'),
    csv: vscode.l10n.t('one row per tag, opens in spreadsheets'),
  };
  const order = [defaultFormat, ...EXPORT_FORMATS.filter((f) => f !== defaultFormat)];
  const picked = await vscode.window.showQuickPick(
    order.map((format) => ({ label: labels[format], description: details[format], format })),
    { title: vscode.l10n.t('Export format') },
  );
  return picked?.format;
}

function defaultTarget(scope: ExportScope, uri: vscode.Uri | undefined, fileName: string, format: ExportFormat): vscode.Uri | undefined {
  const ext = EXTENSIONS[format];
  // Beside the document or in the folder only on disk or in the workspace: an untitled buffer or a git:
  // copy has no folder to write to (a remote or virtual workspace's files do).
  if (uri && uri.scheme !== 'file' && !vscode.workspace.getWorkspaceFolder(uri)) uri = undefined;
  if (scope === 'file' && uri) {
    const base = path.basename(uri.path).replace(/\.[^.]*$/, '');
    return vscode.Uri.joinPath(uri, '..', `${base}.tags.${ext}`);
  }
  if (scope === 'folder' && uri) return vscode.Uri.joinPath(uri, `${fileName}.${ext}`);
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return folder ? vscode.Uri.joinPath(folder, `${fileName}.${ext}`) : undefined;
}

const rankOfKind = (kind: string): number => {
  const i = (ENTITY_KINDS as readonly string[]).indexOf(kind);
  return i < 0 ? ENTITY_KINDS.length : i;
};

export async function exportTags(index: CorpusIndex, log: vscode.LogOutputChannel, corpus: CorpusFiles, arg?: unknown): Promise<ExportTagsResult | undefined> {
  const { args, interactive } = await normaliseArgs(arg);
  const config = exportConfig();
  const scope = args.scope ?? (await pickScope());
  if (!scope) return undefined;
  let uri = args.uri !== undefined ? toUri(args.uri) : undefined;
  if (scope === 'file' && !uri) uri = vscode.window.activeTextEditor?.document.uri;
  if (scope === 'folder' && !uri) {
    const chosen = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, canSelectMany: false, openLabel: vscode.l10n.t('Export this folder') });
    uri = chosen?.[0];
  }
  if ((scope === 'file' || scope === 'folder') && !uri) {
    if (scope === 'file') void vscode.window.showWarningMessage(vscode.l10n.t('Open a file to export its tags.'));
    return undefined;
  }
  const format = args.format ?? (interactive ? await pickFormat(config.format) : config.format);
  if (!format || !isExportFormat(format)) return undefined;
  let target = args.target !== undefined ? toUri(args.target) : undefined;
  if (!target) {
    const ext = EXTENSIONS[format];
    target = await vscode.window.showSaveDialog({
      defaultUri: defaultTarget(scope, uri, config.fileName, format),
      filters: { [format.toUpperCase()]: [ext] },
      title: vscode.l10n.t('Export tags to'),
    });
    // The save dialog has already asked about replacing an existing file.
    if (target && args.overwrite === undefined) args.overwrite = true;
  }
  if (!target) return undefined;
  let overwrite = args.overwrite === true;
  if (!overwrite && (await exists(target))) {
    if (args.overwrite === false) {
      void vscode.window.showErrorMessage(vscode.l10n.t('{0} already exists; the export was not written.', inertInNotification(target.fsPath)));
      return undefined;
    }
    const replace = vscode.l10n.t('Replace');
    const answer = await vscode.window.showWarningMessage(vscode.l10n.t('{0} already exists. Replace it?', inertInNotification(path.basename(target.fsPath))), { modal: true }, replace);
    if (answer !== replace) return undefined;
    overwrite = true;
  }
  const kinds = args.kinds ?? config.kinds;
  const finalTarget = target;
  // The export never replaces a document it exports: the file itself is refused (as the command-line
  // tool refuses a PATH as --out); found in a folder or the corpus (an earlier export saved as .txt),
  // it is not read.
  const replaced = finalTarget.scheme === 'file' ? identityOf(finalTarget.fsPath) : undefined;
  // Looked at by name first, a stat only for a document of the target's name (a stat of every document
  // of a large corpus costs on a slow disk); the file then by its identity (a link, another case).
  const targetName = path.basename(finalTarget.fsPath).toLowerCase();
  const isReplaced = (u: vscode.Uri): boolean =>
    replaced !== undefined && u.scheme === 'file' && path.basename(u.fsPath).toLowerCase() === targetName && sameFile(identityOf(u.fsPath), replaced);
  if (scope === 'file' && uri && isReplaced(uri)) {
    void vscode.window.showErrorMessage(vscode.l10n.t('{0} is one of the documents exported; the export was not written.', inertInNotification(path.basename(finalTarget.fsPath))));
    return undefined;
  }

  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Exporting tags'), cancellable: true },
    async (progress, token) => {
      const sources = await gatherSources(index, corpus, scope, uri, token, (done, total) => {
        if (done % 50 === 0 || done === total) progress.report({ message: vscode.l10n.t('{0} of {1} files read', done, total) });
      }, (u) => {
        if (!isReplaced(u)) return false;
        log.warn(`${u.fsPath}: not read, as the export replaces it`);
        return true;
      });
      if (token.isCancellationRequested) return undefined;
      const doc = buildExport(sources.inputs, { kinds, errors: sources.errors });
      if (nothingRead(doc)) throw new NothingRead(`${doc.errors[0].path}: ${doc.errors[0].message}`);
      if (token.isCancellationRequested) return undefined;
      // In pieces: the text of a large corpus does not fit in one string.
      const data = serializeExportChunks(doc, format, { csvDelimiter: config.csvDelimiter });
      // Writing a large corpus takes a while: Cancel stops it between pieces, and the target stays as it was.
      const cancel = new AbortController();
      const listener = token.onCancellationRequested(() => cancel.abort());
      try {
        if (finalTarget.scheme === 'file') {
          await writeFileAtomic(finalTarget.fsPath, data, { overwrite, signal: cancel.signal });
        } else {
          // Another file system takes the content whole: as bytes, which may be longer than a string.
          const bytes: Buffer[] = [];
          for (const batch of inBatches(data)) {
            // A turn of the event loop between pieces, so that a Cancel can arrive.
            await nextTurn();
            cancel.signal.throwIfAborted();
            bytes.push(Buffer.from(batch, 'utf8'));
          }
          await vscode.workspace.fs.writeFile(finalTarget, Buffer.concat(bytes));
        }
      } catch (e) {
        if (cancel.signal.aborted) return undefined;
        throw e;
      } finally {
        listener.dispose();
      }
      const counts = Object.fromEntries(countByKind(doc));
      return { target: finalTarget.toString(), format, files: doc.files.length, tags: doc.tags.length, errors: doc.errors.length, counts };
    },
  ).then(
    (r) => r,
    (e: unknown) => {
      const message = e instanceof TargetExistsError ? vscode.l10n.t('{0} already exists; the export was not written.', finalTarget.fsPath)
        : e instanceof NothingRead ? vscode.l10n.t('None of the files could be read ({0}); the export was not written.', e.first) : String((e as Error).message ?? e);
      // File names and error messages naming them come from the user's folders: no link in them may run a command.
      log.error(`export to ${finalTarget.toString()} failed: ${message}`);
      void vscode.window.showErrorMessage(vscode.l10n.t('Export failed: {0}', inertInNotification(message)));
      return undefined;
    },
  );
  if (!result) {
    log.info('export cancelled or failed');
    return undefined;
  }
  // In the kinds' own order, whatever order the documents gave them.
  const counted = Object.entries(result.counts).sort(([a], [b]) => rankOfKind(a) - rankOfKind(b));
  const byKind = counted.map(([k, n]) => `${kindLabel(k)} ${n}`).join(', ') || vscode.l10n.t('no tags');
  log.info(`exported ${result.tags} tags from ${result.files} files to ${finalTarget.toString()} (${counted.map(([k, n]) => `${k} ${n}`).join(', ')}); ${result.errors} unreadable`);
  const summary = vscode.l10n.t('Exported {0} from {1} to {2} ({3}).', tagsCount(result.tags), filesCount(result.files), inertInNotification(path.basename(finalTarget.path)), byKind);
  const open = vscode.l10n.t('Open');
  const show = result.errors > 0
    ? vscode.window.showWarningMessage(`${summary} ${(result.errors === 1 ? vscode.l10n.t('1 file could not be read; see the errors list in the export.') : vscode.l10n.t('{0} files could not be read; see the errors list in the export.', result.errors))}`, open)
    : vscode.window.showInformationMessage(summary, open);
  // Do not wait for the notification: a caller (or a test) gets the result at once.
  void show.then((answer) => {
    if (answer === open) void vscode.window.showTextDocument(finalTarget);
  });
  return result;
}

export function registerExportTagsCommand(context: vscode.ExtensionContext, index: CorpusIndex, log: vscode.LogOutputChannel, corpus: CorpusFiles): vscode.Disposable {
  const disposable = vscode.commands.registerCommand('vankien.exportTags', (arg?: unknown) => exportTags(index, log, corpus, arg));
  context.subscriptions.push(disposable);
  return disposable;
}

