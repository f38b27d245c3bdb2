import { browser } from 'wxt/browser';
import type { TabState } from '../storage-schema';

/** Badge of a tab: empty when clean, "?" amber when suspicious, "!" red for a scam. */
export function badgeFor(state: TabState | null): { text: string; color: string; title: string } {
  if (!state || state.verdict.level === 'clean') return { text: '', color: '#5f6368', title: browser.i18n.getMessage('badgeClean') };
  if (state.allowed) return { text: '!', color: '#5f6368', title: browser.i18n.getMessage('badgeAllowed') };
  if (state.verdict.level === 'scam') return { text: '!', color: '#b3261e', title: browser.i18n.getMessage('badgeScam') };
  return { text: '?', color: '#8a5a00', title: browser.i18n.getMessage('badgeSuspicious') };
}

export async function showBadge(tabId: number, state: TabState | null): Promise<void> {
  const badge = badgeFor(state);
  // The tab may close while we work; a badge for a gone tab is not an error worth surfacing.
  await Promise.allSettled([
    browser.action.setBadgeText({ tabId, text: badge.text }),
    browser.action.setBadgeBackgroundColor({ tabId, color: badge.color }),
    browser.action.setTitle({ tabId, title: badge.title }),
  ]);
}
