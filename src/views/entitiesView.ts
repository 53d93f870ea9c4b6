// The "Entities" view in the explorer: the corpus's cited documents, people and dates; each entity
// lists its mentions, and a mention opens its place.
import * as path from 'path';
import * as vscode from 'vscode';
import { CorpusIndex, Mention } from '../core/corpus/corpusIndex';
import { EntityKind } from '../core/types';
import { toRange, toUri } from '../providers/convert';
import { SHOW_REFERENCES } from '../providers/codeLens';
import { mentionsCount } from '../providers/counts';

export type Node =
  | { type: 'group'; kind: EntityKind; label: string }
  | { type: 'entity'; key: string }
  | { type: 'mention'; mention: Mention }
  /** What a list leaves out past its limit: `count` more entities of a group, or mentions of `key` (the first at `first`). */
  | { type: 'more'; count: number; kind?: EntityKind; key?: string; first?: Mention };

const MAX_CHILDREN = 500;
/** A person's positions in its tooltip (a leader's across years of articles run to dozens). */
const MAX_TOOLTIP_POSITIONS = 10;

/** A node's children: at most `limit`, then one node that says how many more there are. */
export function childrenOf(index: CorpusIndex, node: Node, limit = MAX_CHILDREN): Node[] {
  if (node.type === 'group') {
    const keys = index.keysOfKind(node.kind);
    const shown: Node[] = keys.slice(0, limit).map((key) => ({ type: 'entity', key }));
    return keys.length > limit ? [...shown, { type: 'more', count: keys.length - limit, kind: node.kind }] : shown;
  }
  if (node.type === 'entity') {
    const shown = index.firstMentions(node.key, limit);
    const rest = index.mentionCount(node.key) - shown.length;
    const nodes: Node[] = shown.map((mention) => ({ type: 'mention', mention }));
    return rest > 0 && shown.length > 0 ? [...nodes, { type: 'more', count: rest, key: node.key, first: shown[0] }] : nodes;
  }
  return [];
}

/** How a node shows in the view. */
export function treeItemOf(index: CorpusIndex, node: Node): vscode.TreeItem {
  if (node.type === 'group') return new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Collapsed);
  if (node.type === 'entity') {
    const first = index.firstEntityOf(node.key);
    const label = first?.kind === 'date' ? first.iso : index.labelOf(node.key);
    const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.Collapsed);
    item.description = mentionsCount(index.mentionCount(node.key));
    if (first?.kind === 'person') {
      const positions = index.positionsOf(node.key);
      if (positions.length) {
        const more = positions.length - MAX_TOOLTIP_POSITIONS;
        item.tooltip = [...positions.slice(0, MAX_TOOLTIP_POSITIONS), ...(more > 0 ? [vscode.l10n.t('… and {0} more positions', more)] : [])].join('\n');
      }
    }
    return item;
  }
  if (node.type === 'more') {
    const item = new vscode.TreeItem(vscode.l10n.t('… and {0} more', node.count), vscode.TreeItemCollapsibleState.None);
    if (node.key !== undefined && node.first) {
      // The whole list is in Find All References' peek, opened at the first mention.
      const at = toRange(index.rangeOf(node.first.uri, node.first.entity)).start;
      item.tooltip = vscode.l10n.t('Show all the mentions');
      item.command = { command: SHOW_REFERENCES, title: vscode.l10n.t('Show all the mentions'), arguments: [toUri(node.first.uri), at, node.key] };
    } else if (node.kind !== 'date') item.tooltip = vscode.l10n.t('Go to Symbol in Workspace finds any of them by name');
    else item.tooltip = vscode.l10n.t('Export Tags lists every date of the corpus');
    return item;
  }
  const m = node.mention;
  const file = path.posix.basename(toUri(m.uri).path);
  const item = new vscode.TreeItem(`${file}:${index.rangeOf(m.uri, m.entity).start.line + 1}`, vscode.TreeItemCollapsibleState.None);
  item.description = m.entity.text.replace(/\s+/g, ' ');
  item.command = { command: 'vscode.open', title: vscode.l10n.t('Open'), arguments: [toUri(m.uri), { selection: toRange(index.rangeOf(m.uri, m.entity)) }] };
  return item;
}

export function registerEntitiesView(_context: vscode.ExtensionContext, index: CorpusIndex): vscode.Disposable {
  const changed = new vscode.EventEmitter<Node | undefined>();
  const groups: Node[] = [
    { type: 'group', kind: 'citation', label: vscode.l10n.t('Cited documents') },
    { type: 'group', kind: 'person', label: vscode.l10n.t('People') },
    { type: 'group', kind: 'date', label: vscode.l10n.t('Dates') },
  ];
  const provider: vscode.TreeDataProvider<Node> = {
    onDidChangeTreeData: changed.event,
    getChildren: (node) => (node ? childrenOf(index, node) : groups),
    getTreeItem: (node) => treeItemOf(index, node),
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
