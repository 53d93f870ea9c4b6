// Every `vankien.*` setting read in one place, typed, with one event when any of them changes.
import * as vscode from 'vscode';

const SECTION = 'vankien';

export class Config implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<vscode.ConfigurationChangeEvent>();
  /** Fires when a `vankien.*` setting (or `files.exclude`) changes. */
  readonly onDidChange = this.emitter.event;
  private readonly subscription: vscode.Disposable;

  constructor() {
    this.subscription = vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(SECTION) || e.affectsConfiguration('files.exclude')) this.emitter.fire(e);
    });
  }

  private get<T>(key: string, fallback: T, scope?: vscode.ConfigurationScope): T {
    return vscode.workspace.getConfiguration(SECTION, scope).get<T>(key, fallback);
  }

  include(scope?: vscode.ConfigurationScope): string[] {
    return this.get<string[]>('corpus.include', ['**/*.vankien', '**/seeds/**/*.txt'], scope);
  }

  /** `vankien.corpus.exclude` together with the `files.exclude` patterns that are on. */
  exclude(scope?: vscode.ConfigurationScope): string[] {
    const own = this.get<string[]>('corpus.exclude', ['**/node_modules/**', '**/.git/**'], scope);
    const files = vscode.workspace.getConfiguration('files', scope).get<Record<string, unknown>>('exclude', {});
    return [...own, ...Object.entries(files).filter(([, on]) => on === true).map(([glob]) => glob)];
  }

  get maxFileSizeBytes(): number {
    return Math.max(1, this.get<number>('maxFileSizeKB', 5120)) * 1024;
  }

  get conflictDiagnostics(): boolean {
    return this.get('diagnostics.conflictingCitations', true);
  }

  get weekdayDiagnostics(): boolean {
    return this.get('diagnostics.datelineWeekday', true);
  }

  get lookalikeDiagnostics(): boolean {
    return this.get('diagnostics.lookalikeCharacters', true);
  }

  get codeLens(): boolean {
    return this.get('codeLens.enabled', true);
  }

  /** Which inlay hints to show: inferred years of day-months, catalogue codes of conference references. */
  get inlayHints(): { years: boolean; codes: boolean } {
    return { years: this.get('inlayHints.inferredYears', true), codes: this.get('inlayHints.conferenceCodes', true) };
  }

  get semanticHighlighting(): boolean {
    return this.get('semanticHighlighting.enabled', true);
  }

  dispose(): void {
    this.subscription.dispose();
    this.emitter.dispose();
  }
}
