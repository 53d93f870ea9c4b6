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

// "$(name)" in a code lens title, a quick pick's label or description, or the status bar is drawn as
// that icon ("$(loading~spin)" spins): a file or a catalogue entry named so would show one. The
// editor's own escape (its escapeIcons): a backslash before each, which the label drops when drawn.
const ICON_RE = /(\\)?\$\([A-Za-z0-9-]+(?:~[A-Za-z]+)?\)/g;

/** The text as it reads, but with no "$(icon)" drawn as an icon where labels draw icons. */
export function inertIcons(text: string): string {
  return text.replace(ICON_RE, (m: string, escaped: string | undefined) => (escaped ? m : '\\' + m));
}
