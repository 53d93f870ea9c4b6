// Child process of `npm run bench`: loads the production bundle in plain Node with a stand-in `vscode`
// module (for this measurement only) and times require + activate() until it resolves. The stand-in
// answers every API with inert values and disposables and finds no files, so nothing is indexed.
import * as path from 'path';
import { nowMs, writeResult } from './stats';

type AnyRecord = Record<string | symbol, unknown>;

const calls: string[] = [];

/** Any unknown member: callable, constructible, disposable, iterable as empty, never thenable. */
function inert(name: string): unknown {
  const target = function () {} as unknown as AnyRecord;
  return new Proxy(target, {
    get(_t, prop) {
      if (prop === 'then') return undefined;
      if (prop === Symbol.iterator) return function* () {};
      if (prop === Symbol.toPrimitive) return () => 0;
      if (prop === 'dispose') return () => undefined;
      if (prop === 'toString') return () => name;
      return inert(`${name}.${String(prop)}`);
    },
    apply() {
      calls.push(name);
      return inert(`${name}()`);
    },
    construct() {
      calls.push(`new ${name}`);
      return inert(`new ${name}`) as object;
    },
  });
}

function withFallback<T extends object>(name: string, known: T): T {
  return new Proxy(known, {
    get(t, prop) {
      if (prop in t) return (t as AnyRecord)[prop];
      if (prop === 'then') return undefined;
      return inert(`${name}.${String(prop)}`);
    },
  });
}

const disposable = () => ({ dispose() {} });

class Emitter<T> {
  private listeners: Array<(e: T) => void> = [];
  event = (l: (e: T) => void) => {
    this.listeners.push(l);
    return disposable();
  };
  fire(e: T) {
    for (const l of this.listeners) l(e);
  }
  dispose() {
    this.listeners = [];
  }
}

class Uri {
  constructor(readonly scheme: string, readonly path: string) {}
  get fsPath() {
    return this.path;
  }
  static file(p: string) {
    return new Uri('file', p);
  }
  static parse(s: string) {
    return new Uri(s.split(':')[0], s.replace(/^[a-z]+:\/\//, ''));
  }
  static joinPath(base: Uri, ...parts: string[]) {
    return new Uri(base.scheme, path.posix.join(base.path, ...parts));
  }
  with() {
    return this;
  }
  toString() {
    return `${this.scheme}://${this.path}`;
  }
}

/** API names a bundle may read at load time; esbuild's import interop copies only the names present. */
const API_NAMES = [
  'FileType', 'SymbolKind', 'SymbolTag', 'ProgressLocation', 'StatusBarAlignment', 'DiagnosticSeverity', 'DiagnosticTag',
  'ConfigurationTarget', 'TextEditorRevealType', 'ViewColumn', 'CompletionItemKind', 'EndOfLine', 'ExtensionMode', 'UIKind',
  'OverviewRulerLane', 'DecorationRangeBehavior', 'TreeItemCollapsibleState', 'LogLevel', 'CodeActionKind', 'QuickPickItemKind',
  'FileChangeType', 'DocumentHighlightKind', 'FoldingRangeKind', 'IndentAction', 'TextDocumentSaveReason', 'ColorThemeKind',
  'CodeActionTriggerKind', 'InlayHintKind', 'LanguageStatusSeverity', 'TextDocumentChangeReason', 'NotebookCellKind',
  'CodeAction', 'WorkspaceEdit', 'TextEdit', 'DocumentHighlight', 'DocumentLink', 'FoldingRange', 'SnippetString', 'CompletionItem',
  'CompletionList', 'CallHierarchyItem', 'InlayHint', 'Color', 'ColorInformation', 'SelectionRange', 'TabInputText', 'Task',
  'ShellExecution', 'FileDecoration', 'DataTransfer', 'CancellationError', 'FileSystemError', 'SemanticTokensEdit', 'SemanticTokensEdits',
  'DiagnosticRelatedInformation', 'QuickInputButtons', 'TreeItemLabel', 'LinkedEditingRanges', 'Hover', 'MarkdownString',
];

/** A class whose unknown static members read as distinct numbers, so it serves as a class or an enum. */
function flexible(base: new (...args: unknown[]) => object): unknown {
  const numbers = new Map<string, number>();
  return new Proxy(class extends base {}, {
    get(t, prop, receiver) {
      if (prop in t || typeof prop === 'symbol') return Reflect.get(t, prop, receiver);
      if (!numbers.has(prop)) numbers.set(prop, numbers.size + 1);
      return numbers.get(prop);
    },
  });
}

function fakeVscode(root: string): unknown {
  const registration = (kind: string) => (..._args: unknown[]) => {
    calls.push(kind);
    return disposable();
  };
  const channel = withFallback('OutputChannel', {
    info() {}, warn() {}, error() {}, debug() {}, trace() {}, append() {}, appendLine() {}, show() {}, clear() {}, dispose() {},
    logLevel: 2, onDidChangeLogLevel: () => disposable(), name: 'Văn Kiện',
  });
  const configuration = withFallback('WorkspaceConfiguration', {
    get: (_k: string, d?: unknown) => d, has: () => false, inspect: () => undefined, update: async () => undefined,
  });
  const languages = withFallback('languages', {} as AnyRecord);
  const registered = new Proxy(languages, {
    get(t, prop) {
      if (typeof prop === 'string' && prop.startsWith('register')) return registration(`languages.${prop}`);
      if (prop === 'createDiagnosticCollection') return () => withFallback('DiagnosticCollection', { set() {}, delete() {}, clear() {}, dispose() {} });
      return (t as AnyRecord)[prop];
    },
  });
  const workspace = withFallback('workspace', {
    workspaceFolders: undefined, textDocuments: [], name: undefined, isTrusted: true,
    getConfiguration: () => configuration,
    findFiles: async () => [],
    createFileSystemWatcher: () => withFallback('FileSystemWatcher', { onDidCreate: () => disposable(), onDidChange: () => disposable(), onDidDelete: () => disposable(), dispose() {} }),
    onDidChangeConfiguration: () => disposable(), onDidOpenTextDocument: () => disposable(), onDidCloseTextDocument: () => disposable(),
    onDidChangeTextDocument: () => disposable(), onDidSaveTextDocument: () => disposable(), onDidRenameFiles: () => disposable(),
    onDidCreateFiles: () => disposable(), onDidDeleteFiles: () => disposable(), onDidChangeWorkspaceFolders: () => disposable(),
    registerTextDocumentContentProvider: registration('workspace.registerTextDocumentContentProvider'),
    fs: withFallback('fs', { readFile: async () => new Uint8Array(), stat: async () => ({ size: 0, type: 1 }) }),
    asRelativePath: (p: unknown) => String(p),
  });
  const window = withFallback('window', {
    activeTextEditor: undefined, visibleTextEditors: [],
    createOutputChannel: () => channel,
    createStatusBarItem: () => withFallback('StatusBarItem', { show() {}, hide() {}, dispose() {} }),
    onDidChangeActiveTextEditor: () => disposable(), onDidChangeVisibleTextEditors: () => disposable(), onDidChangeTextEditorSelection: () => disposable(),
    withProgress: async (_o: unknown, task: (p: unknown, t: unknown) => unknown) => task({ report() {} }, { isCancellationRequested: false, onCancellationRequested: () => disposable() }),
    showInformationMessage: async () => undefined, showWarningMessage: async () => undefined, showErrorMessage: async () => undefined,
    createTextEditorDecorationType: () => disposable(),
    registerTreeDataProvider: registration('window.registerTreeDataProvider'),
  });
  const commands = withFallback('commands', {
    registerCommand: registration('commands.registerCommand'),
    registerTextEditorCommand: registration('commands.registerTextEditorCommand'),
    executeCommand: async () => undefined,
  });
  const l10n = { t: (message: string | { message: string }, ...args: unknown[]) => {
    const m = typeof message === 'string' ? message : message.message;
    return m.replace(/\{(\d+)\}/g, (_s, i) => String(args[Number(i)]));
  } };
  class Generic {
    args: unknown[];
    constructor(...args: unknown[]) {
      this.args = args;
    }
    dispose() {}
    static from() {
      return disposable();
    }
  }
  const known: AnyRecord = {
    version: '1.100.0', workspace, window, commands, languages: registered, l10n,
    env: withFallback('env', { language: 'en', appName: 'bench', uiKind: 1 }),
    extensions: withFallback('extensions', { getExtension: () => undefined, all: [] }),
    Uri, EventEmitter: Emitter, Disposable: Generic, Position: Generic, Range: Generic, Selection: Generic, Location: Generic,
    Hover: Generic, MarkdownString: Generic, CodeLens: Generic, SymbolInformation: Generic, DocumentSymbol: Generic,
    SemanticTokensLegend: Generic, SemanticTokensBuilder: Generic, SemanticTokens: Generic, Diagnostic: Generic,
    ThemeColor: Generic, ThemeIcon: Generic, TreeItem: Generic, RelativePattern: Generic, CancellationTokenSource: Generic,
    root,
  };
  for (const name of API_NAMES) if (!(name in known)) known[name] = flexible(Generic);
  return withFallback('vscode', known);
}

function installFake(fake: unknown): void {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const Module = require('module') as { _resolveFilename: (request: string, ...rest: unknown[]) => string };
  const original = Module._resolveFilename;
  Module._resolveFilename = function (this: unknown, request: string, ...rest: unknown[]) {
    return request === 'vscode' ? 'vscode' : original.call(this, request, ...rest);
  };
  require.cache['vscode'] = { id: 'vscode', filename: 'vscode', loaded: true, exports: fake } as unknown as NodeJS.Module;
}

async function main(): Promise<void> {
  const bundle = path.resolve(process.argv[2]);
  const root = path.dirname(path.dirname(bundle));
  installFake(fakeVscode(root));
  const subscriptions: unknown[] = [];
  const context = withFallback('ExtensionContext', {
    subscriptions, extensionPath: root, extensionUri: Uri.file(root), extensionMode: 1,
    asAbsolutePath: (p: string) => path.join(root, p),
    globalState: withFallback('Memento', { get: (_k: string, d?: unknown) => d, update: async () => undefined, keys: () => [], setKeysForSync() {} }),
    workspaceState: withFallback('Memento', { get: (_k: string, d?: unknown) => d, update: async () => undefined, keys: () => [] }),
    storageUri: undefined, globalStorageUri: Uri.file(path.join(root, '.bench', 'storage')), logUri: Uri.file(path.join(root, '.bench', 'log')),
  });
  const t0 = nowMs();
  const ext = require(bundle) as { activate(ctx: unknown): unknown };
  const tRequire = nowMs();
  await ext.activate(context);
  const tActivate = nowMs();
  // Work queued by activate() (a deferred first index pass, say) runs before the next macrotask.
  await new Promise((r) => setImmediate(r));
  const tSettled = nowMs();
  writeResult({
    requireMs: tRequire - t0, activateMs: tActivate - tRequire, totalMs: tActivate - t0, settledMs: tSettled - t0,
    subscriptions: subscriptions.length, registrations: calls.filter((c) => /register/.test(c)).length,
  });
}

main().catch((e) => writeResult({ error: String(e && e.stack ? e.stack : e) }));
