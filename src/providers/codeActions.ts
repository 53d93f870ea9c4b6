// Quick fix for codes written with look-alike characters: rewrite them with the intended letters.
import * as vscode from 'vscode';
import { fixLookalikes } from '../core/corpus/lookalikes';
import { VANKIEN_SELECTOR } from './convert';
import { LOOKALIKE_CODE, SOURCE } from './diagnostics';

export function registerCodeActions(_context: vscode.ExtensionContext): vscode.Disposable {
  return vscode.languages.registerCodeActionsProvider(VANKIEN_SELECTOR, {
    provideCodeActions(document, _range, context) {
      const actions: vscode.CodeAction[] = [];
      for (const d of context.diagnostics) {
        if (d.source !== SOURCE || d.code !== LOOKALIKE_CODE) continue;
        const written = document.getText(d.range);
        const fixed = fixLookalikes(written);
        if (fixed === written) continue;
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
