// Quick fix for codes written with look-alike characters: rewrite them with the intended letters.
import * as vscode from 'vscode';
import { findLookalikeCodes } from '../core/corpus/lookalikes';
import { VANKIEN_SELECTOR } from './convert';
import { LOOKALIKE_CODE, SOURCE } from './diagnostics';

export function registerCodeActions(_context: vscode.ExtensionContext): vscode.Disposable {
  return vscode.languages.registerCodeActionsProvider(VANKIEN_SELECTOR, {
    provideCodeActions(document, _range, context) {
      const actions: vscode.CodeAction[] = [];
      for (const d of context.diagnostics) {
        if (d.source !== SOURCE || d.code !== LOOKALIKE_CODE || !d.range.isSingleLine) continue;
        // The diagnostic may be older than the text (it follows an edit after a pause): the fix is
        // offered only where the line still holds a look-alike code at exactly its range.
        const line = document.lineAt(d.range.start.line).text;
        const code = findLookalikeCodes(line).find((c) => c.start === d.range.start.character && c.end === d.range.end.character);
        if (!code) continue;
        const fixed = code.fixed;
        const action = new vscode.CodeAction(vscode.l10n.t('Rewrite as {0}', fixed), vscode.CodeActionKind.QuickFix);
        action.edit = new vscode.WorkspaceEdit();
        action.edit.replace(document.uri, d.range, fixed);
        action.diagnostics = [d];
        action.isPreferred = true;
        actions.push(action);
      }
      return actions;
    },
  }, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] });
}
