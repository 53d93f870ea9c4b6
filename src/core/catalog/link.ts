// A catalogue entry's link as a hover can open it. Pure: no `vscode`.

/**
 * The web address of `link` as a Markdown link's target, or null when it is not an http(s) address.
 * The address is parsed, not encoded again: a link copied from a browser ("…/Ngh%E1%BB%8B-quy%E1%BA%BFt…")
 * stays as it is, one written with Vietnamese letters or spaces is encoded once, and the scheme may
 * be in capitals. Brackets are encoded: a ")" would end the Markdown link early; and so is a backslash,
 * which the URL parser keeps in a query or a fragment and Markdown reads as escaping the ")" after it.
 */
export function webLinkTarget(link: string): string | null {
  let url: URL;
  try {
    url = new URL(link.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  return url.href.replace(/[()\\]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}
