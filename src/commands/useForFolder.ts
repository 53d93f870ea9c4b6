// "Văn Kiện: Use for the .txt Files of a Folder": a folder of plain-text documents becomes part of the
// corpus in one step. It adds a `files.associations` entry (the files open as Văn kiện documents) and a
// `vankien.corpus.include` pattern (the index reads them even when they are not open), next to what the
// settings already hold; the index reads the folder again on the settings' change.
//   executeCommand('vankien.useForFolder', folderUri)
// From the explorer it receives the clicked folder; from the palette it asks for one.
import * as path from 'path';
import * as vscode from 'vscode';
import { Config } from '../config';
import { isPatternList, MalformedSetting, txtPatternsFor, withAssociation, withInclude } from '../core/corpus/folderPatterns';
import { inertInNotification } from '../core/text/untrusted';

export interface UseForFolderResult {
  association: string;
  include: string;
  /** Whether a setting was added (false: the folder was read already). */
  changed: boolean;
}

async function chooseFolder(arg: unknown): Promise<vscode.Uri | undefined> {
  if (arg instanceof vscode.Uri) return arg;
  if (typeof arg === 'string') return vscode.Uri.parse(arg);
  const chosen = await vscode.window.showOpenDialog({
    canSelectFolders: true, canSelectFiles: false, canSelectMany: false,
    defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
    openLabel: vscode.l10n.t('Use this folder'),
  });
  return chosen?.[0];
}

export async function useForFolder(arg: unknown, config: Config, log: vscode.LogOutputChannel): Promise<UseForFolderResult | undefined> {
  let folder = await chooseFolder(arg);
  if (!folder) return undefined;
  try {
    if ((await vscode.workspace.fs.stat(folder)).type & vscode.FileType.File) folder = vscode.Uri.joinPath(folder, '..');
  } catch {
    // Not there (a stale explorer entry): the workspace check below speaks for it.
  }
  const workspaceFolder = vscode.workspace.getWorkspaceFolder(folder);
  const shown = inertInNotification(path.posix.basename(folder.path) || folder.path);
  if (!workspaceFolder) {
    void vscode.window.showWarningMessage(vscode.l10n.t('{0} is not in the workspace: add it to the workspace first.', shown));
    return undefined;
  }
  const rel = path.posix.relative(workspaceFolder.uri.path, folder.path);
  const several = (vscode.workspace.workspaceFolders?.length ?? 1) > 1;
  // The directory's own name: a workspace file may show the folder under another.
  const { association, include } = txtPatternsFor(rel, path.posix.basename(workspaceFolder.uri.path), several);

  // files.associations is one for the window: the workspace's settings hold it.
  const files = vscode.workspace.getConfiguration('files');
  const corpus = vscode.workspace.getConfiguration('vankien', workspaceFolder.uri);
  // A single folder's own settings are the workspace's.
  const target = vscode.workspace.workspaceFile ? vscode.ConfigurationTarget.WorkspaceFolder : vscode.ConfigurationTarget.Workspace;
  let associations: Record<string, unknown> | null;
  let includes: string[] | null;
  try {
    associations = withAssociation(files.inspect<unknown>('associations')?.workspaceValue, association);
    // The include is the workspace folder's own: what it holds now (from wherever it comes), and the
    // folder. Only a value at the level written must be well formed (it is what is added to); one
    // malformed at another level (the user's) is overridden, from the defaults.
    const inspected = corpus.inspect<unknown>('corpus.include');
    const here = target === vscode.ConfigurationTarget.WorkspaceFolder ? inspected?.workspaceFolderValue : inspected?.workspaceValue;
    const effective: unknown = config.include(workspaceFolder.uri);
    includes = withInclude(here !== undefined ? here : isPatternList(effective) ? effective : inspected?.defaultValue, include);
  } catch (e) {
    if (!(e instanceof MalformedSetting)) throw e;
    log.error(`the settings were left as they are: ${e.message}`);
    void vscode.window.showErrorMessage(e.expected === 'map'
      ? vscode.l10n.t('Văn Kiện left the settings as they are: “{0}” is not a map of patterns to languages.', e.setting)
      : vscode.l10n.t('Văn Kiện left the settings as they are: “{0}” is not a list of patterns.', e.setting));
    return undefined;
  }
  try {
    if (associations) await files.update('associations', associations, vscode.ConfigurationTarget.Workspace);
    if (includes) await corpus.update('corpus.include', includes, target);
  } catch (e) {
    // A settings file open with unsaved changes, or one that cannot be written: VS Code says which.
    const message = e instanceof Error ? e.message : String(e);
    log.error(`the settings for ${folder.toString()} could not be written: ${message}`);
    void vscode.window.showErrorMessage(vscode.l10n.t('Văn Kiện could not change the settings: {0}', inertInNotification(message)));
    return undefined;
  }

  // Documents of the folder open already as plain text become Văn kiện documents now.
  const under = folder.path.endsWith('/') ? folder.path : folder.path + '/';
  for (const doc of vscode.workspace.textDocuments) {
    if (doc.languageId === 'plaintext' && doc.uri.scheme === folder.scheme && doc.uri.path.startsWith(under) && doc.uri.path.toLowerCase().endsWith('.txt')) {
      await vscode.languages.setTextDocumentLanguage(doc, 'vankien');
    }
  }

  const changed = associations !== null || includes !== null;
  log.info(changed ? `the .txt files of ${folder.toString()} are now read (files.associations "${association}", vankien.corpus.include "${include}")` : `the .txt files of ${folder.toString()} were read already`);
  void vscode.window.showInformationMessage(changed
    ? vscode.l10n.t('The .txt files of {0} now open as Văn kiện documents and are part of the corpus.', shown)
    : vscode.l10n.t('The .txt files of {0} are already part of the corpus.', shown));
  return { association, include, changed };
}

export function registerUseForFolderCommand(config: Config, log: vscode.LogOutputChannel): vscode.Disposable {
  return vscode.commands.registerCommand('vankien.useForFolder', (arg?: unknown) => useForFolder(arg, config, log));
}
