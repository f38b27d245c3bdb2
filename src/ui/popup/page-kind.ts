/*
 * Which pages Hang Up can check. Its content scripts run on http(s) pages only, and browsers keep
 * extensions out of their own pages and their extension stores. Without the `tabs` permission a
 * tab's address is only known for pages we have host permission for (http and https), so an
 * address we are not told is itself one that cannot be checked.
 */

export type PageKind = 'web' | 'browser' | 'store' | 'file' | 'extension' | 'hidden';

/** Extension stores, where no extension's content script runs: host, and path prefix if any. */
const STORES: ReadonlyArray<readonly [string, string]> = [
  ['chromewebstore.google.com', '/'],
  ['chrome.google.com', '/webstore'],
  ['microsoftedge.microsoft.com', '/addons'],
  ['addons.mozilla.org', '/'],
];

/** What kind of page `url` is; `ownOrigin` is our extension's origin ("chrome-extension://<id>/"). */
export function pageKind(url: string | undefined, ownOrigin: string): PageKind {
  if (!url) return 'hidden';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'hidden';
  }
  if (url.startsWith(ownOrigin) || parsed.protocol === 'chrome-extension:' || parsed.protocol === 'moz-extension:') return 'extension';
  if (parsed.protocol === 'file:') return 'file';
  if (parsed.protocol === 'http:' || parsed.protocol === 'https:') {
    const host = parsed.hostname.toLowerCase();
    const path = parsed.pathname;
    const inStore = STORES.some(([storeHost, prefix]) => host === storeHost && (prefix === '/' || path === prefix || path.startsWith(`${prefix}/`)));
    return inStore ? 'store' : 'web';
  }
  // chrome:, edge:, about:, view-source:, data: and the like: the browser's own, or not a site.
  return 'browser';
}
