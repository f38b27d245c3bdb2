import { browser } from 'wxt/browser';
import { detect } from '../../core/detect/score';
import type { PageCandidates, VerdictLevel } from '../../core/detect/types';
import { addToAllowlist, clearTabState, getAllowlist, getLastSafeUrl, getSettings, getTabState, setLastSafeUrl, setTabState } from '../storage';
import { allowlistHost, type InterruptOn, type TabState } from '../storage-schema';
import { showBadge } from './badge';

/*
 * Per-tab verdicts: score what the content script saw, remember it for the popup and the warning
 * page, set the badge, and take the tab to the warning page when the verdict calls for it.
 */

export function warningPageUrl(blockedUrl: string): string {
  return `${browser.runtime.getURL('/warning.html')}?url=${encodeURIComponent(blockedUrl)}`;
}

function interrupts(level: VerdictLevel, interruptOn: InterruptOn): boolean {
  if (interruptOn === 'off') return false;
  if (interruptOn === 'suspicious') return level !== 'clean';
  return level === 'scam';
}

function sameDocument(a: string, b: string): boolean {
  return a.split('#')[0] === b.split('#')[0];
}

export async function reportPage(tabId: number, url: string, candidates: PageCandidates, now: number): Promise<VerdictLevel> {
  const verdict = detect(candidates, url);
  const host = allowlistHost(url);
  const [allowlist, settings, previous] = await Promise.all([getAllowlist(), getSettings(), getTabState(tabId)]);
  const allowed = host !== null && allowlist.entries.some((entry) => entry.host === host);

  // A verdict only ever rises within one document: a page cannot clear itself by removing its
  // scam text after it was seen (it can still be scored again, higher).
  const rank = { clean: 0, suspicious: 1, scam: 2 } as const;
  const keepPrevious = previous && sameDocument(previous.url, url) && rank[previous.verdict.level] > rank[verdict.level];
  const state: TabState = {
    url,
    verdict: keepPrevious ? previous.verdict : verdict,
    allowed,
    blocked: false,
    updatedAt: now,
  };

  const block = !allowed && interrupts(state.verdict.level, settings.interruptOn);
  state.blocked = block;
  await setTabState(tabId, state);
  if (state.verdict.level === 'clean') await setLastSafeUrl(tabId, url);
  await showBadge(tabId, state);
  if (block) await browser.tabs.update(tabId, { url: warningPageUrl(url) });
  return state.verdict.level;
}

/** The blocked address a warning page stands for, read from that page's own address. */
export function blockedUrlOfWarningPage(warningUrl: string): string | null {
  if (!warningUrl.startsWith(browser.runtime.getURL('/warning.html'))) return null;
  return new URL(warningUrl).searchParams.get('url');
}

/**
 * "Continue anyway": remember the blocked host and take the tab back to the page. The address
 * comes from the warning page's own URL, which only this extension can open (warning.html is not
 * web-accessible), so it also works after a browser restart has dropped the tab's state.
 */
export async function allowSite(tabId: number, url: string, warningUrl: string, now: number): Promise<void> {
  const blockedUrl = blockedUrlOfWarningPage(warningUrl);
  if (!blockedUrl || !sameDocument(blockedUrl, url)) throw new Error('no blocked page in this tab');
  const host = allowlistHost(blockedUrl);
  if (!host) throw new Error('this address cannot be allowed');
  await addToAllowlist(host, now);
  const state = await getTabState(tabId);
  if (state) await setTabState(tabId, { ...state, allowed: true, blocked: false, updatedAt: now });
  await browser.tabs.update(tabId, { url: blockedUrl });
}

/** "Back to safety": the last clean page of this tab on another host, or a new-tab page. */
export async function leaveWarning(tabId: number, warningUrl: string): Promise<void> {
  const [state, lastSafe] = await Promise.all([getTabState(tabId), getLastSafeUrl(tabId)]);
  const blockedUrl = blockedUrlOfWarningPage(warningUrl) ?? state?.url;
  const blockedHost = blockedUrl ? allowlistHost(blockedUrl) : null;
  const target = lastSafe && allowlistHost(lastSafe) !== blockedHost ? lastSafe : null;
  await clearTabState(tabId);
  await showBadge(tabId, null);
  if (target) {
    await browser.tabs.update(tabId, { url: target });
    return;
  }
  try {
    await browser.tabs.update(tabId, { url: import.meta.env.FIREFOX ? 'about:home' : 'chrome://newtab/' });
  } catch {
    // Firefox refuses privileged addresses from extensions; an empty page is still out of the trap.
    await browser.tabs.update(tabId, { url: 'about:blank' });
  }
}

/** A tab started loading another document: what we knew about the old one no longer applies. */
export async function tabNavigated(tabId: number, url: string): Promise<void> {
  if (url.startsWith(browser.runtime.getURL('/'))) return;
  const state = await getTabState(tabId);
  if (state && !sameDocument(state.url, url)) {
    await clearTabState(tabId);
    await showBadge(tabId, null);
  }
}
