// The hover as the suites read it, through VS Code's own command.
import * as vscode from 'vscode';

/** The hover's Markdown at a place, its parts joined; `unescaped` (the default) drops Markdown's backslash escapes. */
export async function hoverText(uri: vscode.Uri, at: vscode.Position, unescaped = true): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, at);
  const md = hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
  return unescaped ? md.replace(/\\(.)/g, '$1') : md;
}
