// "Cited in N documents" above the first mention of each cited document in a file (named by its code
// when its line has several); clicking opens the references view with exactly the locations Find All
// References gives. The locations are made when the lens is clicked, not with the lens: a lens over a
// code the corpus cites 30,000 times would otherwise build (and the editor keep, as the command's
// arguments) 30,000 Locations at each refresh, which during an index comes once a second.
import * as vscode from 'vscode';
import { Config } from '../config';
import { CorpusIndex } from '../core/corpus/corpusIndex';
import { CorpusSync } from './corpusSync';
import { mentionsCount } from './counts';
import { keyOfUri, toRange, toUri, VANKIEN_SELECTOR } from './convert';
import { locationsOf } from './locations';
import { inertIcons } from '../core/text/untrusted';

/** The lens's command: the references peek at a place, for a key (not in the command palette). */
export const SHOW_REFERENCES = 'vankien.showReferences';

export function registerCodeLens(_context: vscode.ExtensionContext, index: CorpusIndex, sync: CorpusSync, config: Config): vscode.Disposable {
  const changed = new vscode.EventEmitter<void>();
  const provider: vscode.CodeLensProvider = {
    onDidChangeCodeLenses: changed.event,
    provideCodeLenses(document) {
      if (!config.codeLens) return [];
      sync.flush(document.uri);
      const uri = keyOfUri(document.uri);
      const citations = index.mentionsIn(uri).filter((m) => m.entity.kind === 'citation');
      const lenses: vscode.CodeLens[] = [];
      // Every document a citation names gets a lens at its first mention; a mention naming several
      // documents ("Trung ương 4 khóa XI và khóa XII") carries one per document, each with its name.
      const firsts = new Map<string, (typeof citations)[number]>();
      for (const m of citations) for (const k of index.keysOf(m)) if (!firsts.has(k)) firsts.set(k, m);
      const placed = [...firsts].map(([key, first]) => ({ key, first, range: toRange(index.rangeOf(uri, first.entity)) }));
      // A paragraph is one line: the lenses of its citations stand side by side above it, each then
      // named, or "cited in 1 document | cited in 4 documents" would not say which is which.
      const perLine = new Map<number, number>();
      for (const { range } of placed) perLine.set(range.start.line, (perLine.get(range.start.line) ?? 0) + 1);
      for (const { key, first, range } of placed) {
        // Counted as Find All References lists them: under every name a catalogue ties to the document.
        const same = index.keysOfSameDocument(key);
        const docs = index.citingDocumentsOfAny(same).length;
        let title = docs === 1 ? vscode.l10n.t('cited in 1 document') : vscode.l10n.t('cited in {0} documents', docs);
        if (perLine.get(range.start.line)! > 1 || index.keysOf(first).length > 1) title = `${inertIcons(index.labelOf(key))}: ${title}`;
        lenses.push(new vscode.CodeLens(range, {
          title,
          tooltip: vscode.l10n.t('{0} across the corpus', mentionsCount(index.mentionCountOfAny(same))),
          command: SHOW_REFERENCES,
          arguments: [toUri(uri), range.start, key],
        }));
      }
      return lenses;
    },
  };
  let timer: NodeJS.Timeout | undefined;
  const sub = index.onDidChange(() => {
    clearTimeout(timer);
    timer = setTimeout(() => changed.fire(), 300);
  });
  return vscode.Disposable.from(
    vscode.languages.registerCodeLensProvider(VANKIEN_SELECTOR, provider),
    // Returns how many locations it shows: a click's result goes back to the window, so not the list itself.
    vscode.commands.registerCommand(SHOW_REFERENCES, async (at: vscode.Uri, position: vscode.Position, key: string) => {
      // Run from anywhere but a lens (a keybinding, another extension) it has nothing to show.
      if (!(at instanceof vscode.Uri) || !(position instanceof vscode.Position) || typeof key !== 'string') return 0;
      const same = index.keysOfSameDocument(key);
      const locations = locationsOf(index, same);
      await vscode.commands.executeCommand('editor.action.showReferences', at, position, locations);
      return locations.length;
    }),
    config.onDidChange(() => changed.fire()),
    changed,
    { dispose: () => { clearTimeout(timer); sub.dispose(); } },
  );
}
