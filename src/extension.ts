import * as vscode from 'vscode';

export function activate(context: vscode.ExtensionContext): void {
  const log = vscode.window.createOutputChannel('Văn Kiện', { log: true });
  context.subscriptions.push(log);
  log.info('Văn Kiện activated');
}

export function deactivate(): void {}
