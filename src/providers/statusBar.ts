// The status bar item: documents and entities in the corpus index, a spinner while indexing.
import * as vscode from 'vscode';
import { CorpusIndex } from '../core/corpus/corpusIndex';
import { CorpusSync } from './corpusSync';
import { documentsCount, entitiesCount } from './counts';

export function registerStatusBar(_context: vscode.ExtensionContext, index: CorpusIndex, sync: CorpusSync): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('vankien.corpus', vscode.StatusBarAlignment.Right, 100);
  item.name = vscode.l10n.t('Văn Kiện corpus');
  item.command = 'vankien.showLog';
  let timer: NodeJS.Timeout | undefined;
  const update = () => {
    const counts = `${documentsCount(index.documentCount)}, ${entitiesCount(index.entityCount)}`;
    item.text = sync.indexing ? `$(sync~spin) ${counts}` : `$(book) ${counts}`;
    item.tooltip = sync.indexing ? vscode.l10n.t('Văn Kiện: indexing the corpus') : vscode.l10n.t('Văn Kiện corpus index — click for the log');
    item.show();
  };
  const sub = index.onDidChange(() => {
    if (!timer) timer = setTimeout(() => { timer = undefined; update(); }, 200);
  });
  update();
  return vscode.Disposable.from(item, sync.onDidChangeState(update), { dispose: () => { clearTimeout(timer); sub.dispose(); } });
}
