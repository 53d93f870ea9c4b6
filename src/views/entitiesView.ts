// The "Entities" view in the explorer: the corpus's cited documents, people and dates; each entity
// lists its mentions, and a mention opens its place.
import * as path from 'path';
import * as vscode from 'vscode';
import { CorpusIndex, Mention } from '../core/corpus/corpusIndex';
import { EntityKind } from '../core/types';
import { toRange, toUri } from '../providers/convert';

type Node =
  | { type: 'group'; kind: EntityKind; label: string }
  | { type: 'entity'; key: string }
  | { type: 'mention'; mention: Mention };

const MAX_CHILDREN = 500;

export function registerEntitiesView(_context: vscode.ExtensionContext, index: CorpusIndex): vscode.Disposable {
  const changed = new vscode.EventEmitter<Node | undefined>();
  const groups: Node[] = [
    { type: 'group', kind: 'citation', label: vscode.l10n.t('Cited documents') },
    { type: 'group', kind: 'person', label: vscode.l10n.t('People') },
    { type: 'group', kind: 'date', label: vscode.l10n.t('Dates') },
  ];
  const provider: vscode.TreeDataProvider<Node> = {
    onDidChangeTreeData: changed.event,
    getChildren(node) {
      if (!node) return groups;
      if (node.type === 'group') return index.keysOfKind(node.kind).slice(0, MAX_CHILDREN).map((key) => ({ type: 'entity', key }) as Node);
      if (node.type === 'entity') return index.firstMentions(node.key, MAX_CHILDREN).map((mention) => ({ type: 'mention', mention }) as Node);
      return [];
    },
    getTreeItem(node) {
      if (node.type === 'group') return new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Collapsed);
      if (node.type === 'entity') {
        const first = index.firstEntityOf(node.key);
        const label = first?.kind === 'date' ? first.iso : index.labelOf(node.key);
        const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.Collapsed);
        item.description = vscode.l10n.t('{0} mentions', index.mentionCount(node.key));
        if (first?.kind === 'person') {
          const positions = index.positionsOf(node.key);
          if (positions.length) item.tooltip = positions.join('\n');
        }
        return item;
      }
      const m = node.mention;
      const file = path.posix.basename(toUri(m.uri).path);
      const item = new vscode.TreeItem(`${file}:${index.rangeOf(m.uri, m.entity).start.line + 1}`, vscode.TreeItemCollapsibleState.None);
      item.description = m.entity.text.replace(/\s+/g, ' ');
      item.command = { command: 'vscode.open', title: vscode.l10n.t('Open'), arguments: [toUri(m.uri), { selection: toRange(index.rangeOf(m.uri, m.entity)) }] };
      return item;
    },
  };
  let timer: NodeJS.Timeout | undefined;
  const sub = index.onDidChange(() => {
    clearTimeout(timer);
    timer = setTimeout(() => changed.fire(undefined), 1000);
  });
  return vscode.Disposable.from(
    vscode.window.createTreeView('vankien.entities', { treeDataProvider: provider, showCollapseAll: true }),
    changed,
    { dispose: () => { clearTimeout(timer); sub.dispose(); } },
  );
}
