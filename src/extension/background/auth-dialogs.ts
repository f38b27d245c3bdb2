import { type Browser, browser } from 'wxt/browser';
import { findPhoneNumbers } from '../../core/detect/prefilter';
import { reportAuthDialog } from './tab-verdicts';

/*
 * Scam pages answer with an HTTP sign-in challenge (Basic auth) whose realm says "call +1 ...",
 * and loop it. Current browsers no longer print the realm in their sign-in box (Chromium since
 * 2016, Firefox since version 93), but the kits still carry the number there, and no honest site
 * asks for a password with a phone number in its realm: such a challenge is judged like a dialog
 * the page opened. The box is the browser's own, out of reach of any page script, so the realm
 * is read in the worker:
 *
 * - Chrome and Edge: from `webNavigation.onErrorOccurred`. The browser answers a challenge to a
 *   page by committing an empty error page (net::ERR_INVALID_AUTH_CREDENTIALS) and drawing the box
 *   over it; the worker then asks the same address once more, without cookies or credentials, and
 *   reads the realm from the answer. The webRequest API would hand over the realm directly, but
 *   while any extension holds that permission Chromium passes every request of every page through
 *   its extension layer, which cost 3.5-6 % of page-load time on this project's benchmark. This
 *   listener wakes the worker only when a navigation fails. A challenge to a picture or a script
 *   of a page that did load is not seen this way; that page itself is read as usual.
 * - Firefox: `webRequest.onAuthRequired`, which gives the realm and lets the worker cancel the
 *   box; Firefox keeps the page loading under its box instead of committing an error page.
 */

/** The errors with which Chromium ends a navigation that met a sign-in challenge. */
const AUTH_ERRORS: ReadonlySet<string> = new Set(['net::ERR_INVALID_AUTH_CREDENTIALS', 'net::ERR_MISSING_AUTH_CREDENTIALS']);
/** How long the second request may take: a scam host that stalls it is not judged this way. */
const REALM_TIMEOUT_MS = 5000;
/** Sent as the browser sends it for a page, so that a host cannot tell the second request apart by it. */
const PAGE_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';
const MAX_REALM_CHARS = 500;

type AuthDetails = Browser.webRequest.OnAuthRequiredDetails;
type AuthResponse = Browser.webRequest.BlockingResponse;
type NavigationError = Pick<Browser.webNavigation.WebNavigationFramedErrorCallbackDetails, 'tabId' | 'frameId' | 'url' | 'error'>;

export function registerAuthWatch(): void {
  if (import.meta.env.FIREFOX) {
    const event = browser.webRequest?.onAuthRequired;
    if (!event) return;
    // Firefox MV3: a blocking listener may answer with a promise.
    (event.addListener as (listener: (details: AuthDetails) => AuthResponse, filter: object, extra: string[]) => void)(
      (details) => judgeAuthDialog(details, Date.now()).response,
      { urls: ['http://*/*', 'https://*/*'] },
      ['blocking'],
    );
    return;
  }
  browser.webNavigation?.onErrorOccurred.addListener((details) => void judgeFailedNavigation(details), { url: [{ schemes: ['http', 'https'] }] });
}

/** How long the cancelled request gets to settle (its error page) before the tab is judged. */
const SETTLE_MS = 150;

/**
 * Firefox: the answer to a sign-in request, at once, and the judgement of the page, which follows.
 * The request is cancelled first, so that its error page cannot cut across the way to the warning.
 */
export function judgeAuthDialog(details: Pick<AuthDetails, 'realm' | 'isProxy' | 'tabId' | 'url' | 'type'>, now: number): { response: AuthResponse; judgement: Promise<void> } {
  const realm = (details.realm ?? '').slice(0, MAX_REALM_CHARS);
  if (details.isProxy || details.tabId < 0 || findPhoneNumbers(realm).length === 0) return { response: {}, judgement: Promise.resolve() };
  const judgement = new Promise<void>((resolve) => setTimeout(resolve, SETTLE_MS)).then(() => judgeRealm(details.tabId, details.url, details.type === 'main_frame', realm, now));
  return { response: { cancel: true }, judgement: judgement.catch(() => undefined) };
}

/**
 * Chrome and Edge: a navigation ended. If it ended at a sign-in challenge, read the challenge's
 * realm and judge it; every other failure (no network, an unknown host, a stopped load) is left
 * alone without a request.
 */
export async function judgeFailedNavigation(details: NavigationError): Promise<void> {
  if (details.tabId < 0 || !AUTH_ERRORS.has(details.error)) return;
  const realm = await readRealm(details.url);
  if (realm === null || findPhoneNumbers(realm).length === 0) return;
  await judgeRealm(details.tabId, details.url, details.frameId === 0, realm, Date.now()).catch(() => undefined);
}

/**
 * Ask `url` again, as a page but without cookies, credentials or referrer, and return the realms
 * of its sign-in challenge; null when it no longer asks, cannot be reached in time, or names none.
 */
export async function readRealm(url: string): Promise<string | null> {
  let response: Response;
  try {
    response = await fetch(url, {
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'manual',
      referrerPolicy: 'no-referrer',
      headers: { accept: PAGE_ACCEPT },
      signal: AbortSignal.timeout(REALM_TIMEOUT_MS),
    });
  } catch {
    return null;
  }
  // Only the headers are wanted.
  void response.body?.cancel().catch(() => undefined);
  if (response.status !== 401) return null;
  return realmsOf(response.headers.get('www-authenticate') ?? '');
}

const REALM_RE = /(?:^|[\s,])realm\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,"]+))/gi;

/**
 * The realms of a WWW-Authenticate header (several challenges arrive joined by commas), each once,
 * joined by " | "; null when there is none. Header values arrive as Latin-1: a realm sent in
 * UTF-8 is decoded as such.
 */
export function realmsOf(header: string): string | null {
  const realms = new Set<string>();
  for (const match of header.matchAll(REALM_RE)) {
    const raw = match[1] !== undefined ? match[1].replace(/\\(.)/g, '$1') : (match[2] ?? '');
    const realm = fromUtf8Bytes(raw).trim();
    if (realm) realms.add(realm);
  }
  return realms.size === 0 ? null : [...realms].join(' | ').slice(0, MAX_REALM_CHARS);
}

function fromUtf8Bytes(text: string): string {
  // eslint-disable-next-line no-control-regex -- the bytes of a header value, by code
  if (!/[\x80-\xff]/.test(text) || /[^\x00-\xff]/.test(text)) return text;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(text, (c) => c.charCodeAt(0)));
  } catch {
    return text;
  }
}

async function judgeRealm(tabId: number, url: string, topFrame: boolean, realm: string, now: number): Promise<void> {
  let pageUrl = url;
  if (!topFrame) {
    // A frame of the page asked: the dialog counts for the page the tab shows.
    const tab = await browser.tabs.get(tabId).catch(() => undefined);
    pageUrl = tab?.url ?? pageUrl;
  }
  await reportAuthDialog(tabId, pageUrl, { behaviours: [{ kind: 'auth-dialog', count: 1, userActivated: false, detail: 'sign-in dialog with a phone number' }], dialogTexts: [realm] }, now);
}
