// Text from the user's files (names, paths, error messages naming them) shown in a notification.
// VS Code draws "[label](command:…)", "[label](https://…)" and "[label](file:…)" in a notification as
// a link, and a command link runs the command when clicked: a file named
// "[Open](command:workbench.action.terminal.sendSequence?…).txt" would put one beside the real Open
// button. A zero-width space between "]" and "(" leaves the name readable and no longer a link.
// Pure: no `vscode`.

const LINK_JOIN_RE = /\]\(/g;

/** The text as it reads, but with nothing a notification turns into a link. */
export function inertInNotification(text: string): string {
  return text.replace(LINK_JOIN_RE, ']\u200b(');
}
