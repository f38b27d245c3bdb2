import { type Browser, browser } from 'wxt/browser';
import { findPhoneNumbers } from '../../core/detect/prefilter';
import { reportAuthDialog } from './tab-verdicts';

/*
 * Scam pages loop HTTP sign-in dialogs (Basic auth) whose realm text says "call +1 ...": the
 * browser draws that box itself, so no page script can see it. The webRequest API can: a realm
 * with a phone number in it is cancelled (no honest site asks for a password with a phone number
 * in the prompt) and judged like a dialog the page opened.
 */

type AuthDetails = Browser.webRequest.OnAuthRequiredDetails;
type AuthResponse = Browser.webRequest.BlockingResponse;

export function registerAuthWatch(): void {
  const event = browser.webRequest?.onAuthRequired;
  if (!event) return;
  const filter = { urls: ['http://*/*', 'https://*/*'] };
  if (import.meta.env.FIREFOX) {
    // Firefox MV3: a blocking listener may answer with a promise.
    (event.addListener as (listener: (details: AuthDetails) => AuthResponse, filter: object, extra: string[]) => void)(
      (details) => judgeAuthDialog(details, Date.now()).response,
      filter,
      ['blocking'],
    );
  } else {
    // Chrome MV3: answers go through the callback ("asyncBlocking", webRequestAuthProvider).
    (event.addListener as (listener: (details: AuthDetails, callback?: (response: AuthResponse) => void) => void, filter: object, extra: string[]) => void)(
      (details, callback) => {
        callback?.(judgeAuthDialog(details, Date.now()).response);
      },
      filter,
      ['asyncBlocking'],
    );
  }
}

/** How long the cancelled request gets to settle (its error page) before the tab is judged. */
const SETTLE_MS = 150;

/**
 * The answer to a sign-in request, at once, and the judgement of the page, which follows: the
 * request is cancelled first, so that its error page cannot cut across the way to the warning.
 */
export function judgeAuthDialog(details: Pick<AuthDetails, 'realm' | 'isProxy' | 'tabId' | 'url' | 'type'>, now: number): { response: AuthResponse; judgement: Promise<void> } {
  const realm = (details.realm ?? '').slice(0, 500);
  if (details.isProxy || details.tabId < 0 || findPhoneNumbers(realm).length === 0) return { response: {}, judgement: Promise.resolve() };
  const judgement = new Promise<void>((resolve) => setTimeout(resolve, SETTLE_MS)).then(() => judgeRealm(details, realm, now));
  return { response: { cancel: true }, judgement: judgement.catch(() => undefined) };
}

async function judgeRealm(details: Pick<AuthDetails, 'tabId' | 'url' | 'type'>, realm: string, now: number): Promise<void> {
  let pageUrl = details.url;
  if (details.type !== 'main_frame') {
    // A frame of the page asked: the dialog counts for the page the tab shows.
    const tab = await browser.tabs.get(details.tabId).catch(() => undefined);
    pageUrl = tab?.url ?? pageUrl;
  }
  await reportAuthDialog(details.tabId, pageUrl, { behaviours: [{ kind: 'auth-dialog', count: 1, userActivated: false, detail: 'sign-in dialog with a phone number' }], dialogTexts: [realm] }, now);
}
