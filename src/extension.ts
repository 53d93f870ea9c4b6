// Wiring only: the corpus index, the workspace sync that feeds it, the providers and the commands.
// Activation stays cheap: indexing starts in the background and nothing here waits for it.
import * as path from 'path';
import * as vscode from 'vscode';
import { registerExportTagsCommand } from './commands/exportTags';
import { registerUseForFolderCommand } from './commands/useForFolder';
import { Config } from './config';
import { CorpusIndex } from './core/corpus/corpusIndex';
import { CACHE_FILE_NAME } from './core/corpus/indexCache';
import { registerCodeActions } from './providers/codeActions';
import { registerCodeLens } from './providers/codeLens';
import { registerInlayHints } from './providers/inlayHints';
import { documentsCount, entitiesCount } from './providers/counts';
import { CorpusSync } from './providers/corpusSync';
import { registerDefinition } from './providers/definition';
import { registerDiagnostics } from './providers/diagnostics';
import { registerDocumentSymbols } from './providers/documentSymbols';
import { registerHighlights } from './providers/highlights';
import { registerHover } from './providers/hover';
import { registerReferences } from './providers/references';
import { registerSemanticTokens } from './providers/semanticTokens';
import { registerStatusBar } from './providers/statusBar';
import { builtinLookup, registerWorkspaceCatalog } from './providers/workspaceCatalog';
import { registerWorkspaceSymbols } from './providers/workspaceSymbols';
import { registerEntitiesView } from './views/entitiesView';

/** What the extension exposes to its tests and to other extensions. */
export interface VanKienApi {
  index: CorpusIndex;
  /** Resolves when the current background indexing is done. */
  ready(): Promise<void>;
  /** The index cache's file in the workspace storage (undefined when no folder is open). */
  indexCacheFile?: string;
}

export function activate(context: vscode.ExtensionContext): VanKienApi {
  const log = vscode.window.createOutputChannel('Văn Kiện', { log: true });
  const config = new Config();
  const index = new CorpusIndex({ catalog: builtinLookup });
  // The index cache lives in the workspace storage; without a folder open there is none.
  const storage = context.storageUri?.scheme === 'file' ? context.storageUri.fsPath : undefined;
  const sync = new CorpusSync(index, config, log, storage ? { dir: storage, version: String(context.extension.packageJSON.version) } : undefined);
  context.subscriptions.push(log, config, sync);

  context.subscriptions.push(
    registerHover(context, index, sync),
    registerDefinition(context, index, sync),
    registerReferences(context, index, sync),
    registerHighlights(context, index, sync),
    registerDocumentSymbols(context, index, sync),
    registerWorkspaceSymbols(context, index),
    registerCodeLens(context, index, sync, config),
    registerSemanticTokens(context, index, sync, config),
    registerInlayHints(context, index, sync, config),
    registerDiagnostics(context, index, config),
    registerCodeActions(context),
    registerStatusBar(context, index, sync),
    registerEntitiesView(context, index),
    registerWorkspaceCatalog(context, index, log),
    registerExportTagsCommand(context, index, log, sync),
    registerUseForFolderCommand(config, log),
    // From the palette: every file read and extracted again. Called with { fromCache: true }: files
    // unchanged since the index cache was written are loaded from it, as at a start.
    vscode.commands.registerCommand('vankien.reindex', async (arg?: unknown) => {
      const fromCache = typeof arg === 'object' && arg !== null && (arg as { fromCache?: unknown }).fromCache === true;
      log.info(fromCache ? 'indexing the corpus again from the index cache' : 'rebuilding the corpus index');
      await sync.reindex(fromCache ? 'cache' : 'rebuild');
      // A settings or folder change meanwhile starts a newer pass: announce once the latest is over
      // (a pass that ends without a newer one, the window closing say, ends the wait too).
      for (let pass = sync.ready; sync.indexing; pass = sync.ready) {
        await pass;
        if (pass === sync.ready) break;
      }
      void vscode.window.showInformationMessage(vscode.l10n.t('Văn Kiện: indexed {0}, {1}.', documentsCount(index.documentCount), entitiesCount(index.entityCount)));
    }),
    vscode.commands.registerCommand('vankien.showLog', () => log.show()),
  );

  void vscode.commands.executeCommand('setContext', 'vankien.active', true);
  log.info('Văn Kiện activated');
  void sync.reindex('cache');
  return { index, ready: () => sync.ready, indexCacheFile: storage && path.join(storage, CACHE_FILE_NAME) };
}

export function deactivate(): void {}
