import { packageList } from '../../helpers/packaged-list';
import { pageText } from '../../helpers/page-text';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { prefilter } from '../../../../src/core/detect/prefilter';
import type { PageCandidates } from '../../../../src/core/detect/types';
import {
  allowSite,
  blockedUrlOfWarningPage,
  leaveWarning,
  reportFrame,
  reportPage,
  currentTabState,
  recordScanTimes,
  warningPageUrl,
} from '../../../../src/extension/background/tab-verdicts';
import { addToAllowlist, getAllowlist, getSafePages, getTabState, setSettings } from '../../../../src/extension/storage';
import { DEFAULT_SETTINGS } from '../../../../src/extension/storage-schema';
import { resetLoadedList } from '../../../../src/extension/background/blocklist';

const SCAM_URL = 'https://win-alert-fix.example/alert.html?phone=18885550147';
const SCAM_PAGE: PageCandidates = prefilter(pageText({
  title: 'Microsoft Windows Security Alert',
  text: [
    'Windows Defender Security Center',
    'Your computer has been blocked. Trojan spyware detected.',
    'Do not restart your computer.',
    'Call Microsoft Support now: +1 (888) 555-0147 (Toll Free)',
  ].join('\n'),
  telLinks: [],
}));
/** Brand and scare words, no number: suspicious, not a scam. */
const SUSPICIOUS_PAGE: PageCandidates = prefilter(pageText({
  title: 'Windows Security Alert',
  text: 'Microsoft Windows Defender\nYour computer has been blocked. Trojan spyware detected.',
  telLinks: [],
}));
const CLEAN_PAGE: PageCandidates = prefilter(pageText({ title: 'Local news', text: 'The library opens on Sunday.\nWeather: sunny.', telLinks: [] }));
const EMPTY_PAGE: PageCandidates = { title: '', lang: 'en', phones: [], snippets: [], textChars: 0, behaviours: [] };
const WARNING_PAGE_PREFIX = 'chrome-extension://test-extension-id/warning.html';
const NOW = 1_700_000_000_000;
/** Reports of one address come from one document here; tests that need otherwise say so. */
const documentOf = (url: string) => `doc:${url.split('#')[0]}`;
/** The level a page's report leaves its tab at. */
const levelOf = async (...args: Parameters<typeof reportPage>) => (await reportPage(...args)).level;

async function openTab(url: string): Promise<number> {
  const tab = await fakeBrowser.tabs.create({ url });
  if (tab.id === undefined) throw new Error('fake tab without id');
  return tab.id;
}

async function tabUrl(tabId: number): Promise<string | undefined> {
  return (await fakeBrowser.tabs.get(tabId)).url;
}

beforeEach(async () => {
  fakeBrowser.reset();
  await packageList('listed-scam-host.com | 2026-11-01 | | report:r-42\n', '+18885550199 | 2026-11-01 | | seen on a live scam page\n');
  // fakeBrowser does not implement i18n; the badge title only needs some text.
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((name: string) => `msg:${name}`);
  // fakeBrowser has no tabs.sendMessage: the page's content script answers the disarm request.
  fakeBrowser.tabs.sendMessage = vi.fn(async () => ({ ok: true })) as unknown as typeof fakeBrowser.tabs.sendMessage;
  // Nor webNavigation.getAllFrames: each tab has its page alone, unless a test says otherwise.
  fakeBrowser.webNavigation.getAllFrames = vi.fn(async () => [{ frameId: 0 }]) as unknown as typeof fakeBrowser.webNavigation.getAllFrames;
});

describe('the maintained list', () => {
  it('sends a page on a listed host to the warning page with no text signals at all', async () => {
    const url = 'https://www.listed-scam-host.com/';
    const tabId = await openTab(url);
    const level = await levelOf({ tabId, url, documentId: documentOf(url), scanMs: 1, candidates: CLEAN_PAGE }, NOW);
    expect(level).toBe('scam');
    expect((await fakeBrowser.tabs.get(tabId)).url).toMatch(/^chrome-extension:\/\/test-extension-id\/warning\.html/);
    const state = await getTabState(tabId);
    expect(state?.verdict.signals.map((s) => s.id)).toEqual(['list.address']);
    expect(state?.verdict.signals[0]?.evidence).toContain('report:r-42');
  });

  it('counts a listed number against the page that shows it', async () => {
    const url = 'https://some-page.example.net/';
    const candidates = prefilter(pageText({ title: 'Support', text: 'Questions? Call +1 888 555 0199' }));
    await reportPage({ tabId: 12, url, documentId: documentOf(url), scanMs: 1, candidates }, NOW);
    const state = await getTabState(12);
    expect(state?.verdict.signals.find((s) => s.id === 'list.number')?.evidence).toContain('seen on a live scam page');
  });

  it('still judges pages when the packaged list cannot be read', async () => {
    vi.stubGlobal('fetch', async () => new Response('gone', { status: 404 }));
    resetLoadedList();
    const url = 'https://www.listed-scam-host.com/';
    const tabId = await openTab(url);
    expect(await levelOf({ tabId, url, documentId: documentOf(url), scanMs: 1, candidates: SCAM_PAGE }, NOW)).toBe('scam');
  });
});

describe('warning page address', () => {
  it('carries the blocked address and gives it back', () => {
    const warning = warningPageUrl(SCAM_URL);
    expect(warning.startsWith(`${WARNING_PAGE_PREFIX}?url=`)).toBe(true);
    expect(blockedUrlOfWarningPage(warning)).toBe(SCAM_URL);
  });

  it('reads no blocked address from a page that is not our warning page', () => {
    expect(blockedUrlOfWarningPage(`https://evil.example/warning.html?url=${encodeURIComponent(SCAM_URL)}`)).toBeNull();
    expect(blockedUrlOfWarningPage('chrome-extension://test-extension-id/popup.html?url=x')).toBeNull();
  });
});

describe('reportPage', () => {
  it('asks for the labels and tel: links of a page whose text shows something a scam shows, and of no other', async () => {
    const ask = async (url: string, candidates: PageCandidates) => (await reportPage({ tabId: await openTab(url), url, documentId: documentOf(url), scanMs: 1, candidates }, NOW)).readLabels;
    // Brand and fright but no number yet: the number may be in a picture's label or a tel: link.
    expect(await ask('https://alert.example/', SUSPICIOUS_PAGE)).toBe(true);
    expect(await ask('https://local-news.example/', CLEAN_PAGE)).toBe(false);
    // A plumber's free-phone number and "call us": numbers alone never make a scam, so neither would more of them.
    const plumber = prefilter(pageText({ title: 'Plumbing', text: 'Blocked drain? Call us free on 0800 123 4567, open every day.', telLinks: [] }));
    expect(await ask('https://plumber.example/', plumber)).toBe(false);
    // An address that names a brand it does not belong to.
    expect(await ask('https://microsoft-help-desk.example/', CLEAN_PAGE)).toBe(true);
  });

  it('takes a tab showing a scam to the warning page, and remembers why', async () => {
    const tabId = await openTab(SCAM_URL);
    const update = vi.spyOn(fakeBrowser.tabs, 'update');

    expect(await levelOf({ tabId: tabId, url: SCAM_URL, documentId: documentOf(SCAM_URL), scanMs: 1, candidates: SCAM_PAGE }, NOW)).toBe('scam');

    expect(update).toHaveBeenCalledTimes(1);
    const url = await tabUrl(tabId);
    expect(url?.startsWith(WARNING_PAGE_PREFIX)).toBe(true);
    expect(new URL(url ?? '').searchParams.get('url')).toBe(SCAM_URL);

    const state = await getTabState(tabId);
    expect(state).toMatchObject({ url: SCAM_URL, allowed: false, blocked: true, updatedAt: NOW, verdict: { level: 'scam' } });
    expect(state?.verdict.signals.map((s) => s.id)).toContain('brand.impersonation');
    expect(await fakeBrowser.action.getBadgeText({ tabId })).toBe('!');
  });

  it('sends a page to the warning page once, however often it reports on the way there', async () => {
    const tabId = await openTab(SCAM_URL);
    const update = vi.spyOn(fakeBrowser.tabs, 'update');
    // Read early, then once parsed, then once more after a dialog: the navigation is not restarted.
    for (let i = 0; i < 3; i++) expect(await levelOf({ tabId, url: SCAM_URL, documentId: 'doc-scam', scanMs: 1, partial: i === 0, candidates: SCAM_PAGE }, NOW + i)).toBe('scam');
    expect(update).toHaveBeenCalledTimes(1);
    // The next document in the tab is judged, and sent, afresh.
    await reportPage({ tabId, url: SCAM_URL, documentId: 'doc-scam-again', scanMs: 1, candidates: SCAM_PAGE }, NOW + 10);
    expect(update).toHaveBeenCalledTimes(2);
  });

  it('disarms the page before it takes the tab away, and mutes the tab', async () => {
    const tabId = await openTab(SCAM_URL);
    const order: string[] = [];
    fakeBrowser.tabs.sendMessage = vi.fn(async (_id: number, message: unknown) => {
      order.push((message as { type: string }).type);
      return { ok: true };
    }) as unknown as typeof fakeBrowser.tabs.sendMessage;
    const update = vi.spyOn(fakeBrowser.tabs, 'update').mockImplementation((async (_id: number, props: { muted?: boolean }) => {
      order.push(`update muted=${String(props.muted)}`);
      return {};
    }) as never);
    await reportPage({ tabId, url: SCAM_URL, documentId: 'doc-1', scanMs: 1, candidates: SCAM_PAGE }, NOW);
    expect(order).toEqual(['neutralisePage', 'update muted=true']);
    expect(update).toHaveBeenCalledTimes(1);
  });

  it('still takes the tab away when the page cannot answer (stuck in a dialog)', async () => {
    const tabId = await openTab(SCAM_URL);
    fakeBrowser.tabs.sendMessage = vi.fn(() => new Promise(() => undefined)) as unknown as typeof fakeBrowser.tabs.sendMessage;
    await reportPage({ tabId, url: SCAM_URL, documentId: 'doc-1', scanMs: 1, candidates: SCAM_PAGE }, NOW);
    expect((await tabUrl(tabId))?.startsWith(WARNING_PAGE_PREFIX)).toBe(true);
  });

  it('replaces the tab when the browser refuses to take it to the warning page', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      const tabId = await openTab(SCAM_URL);
      vi.spyOn(fakeBrowser.tabs, 'update').mockRejectedValue(new Error('Tabs cannot be edited right now'));
      await reportPage({ tabId, url: SCAM_URL, documentId: 'doc-1', scanMs: 1, candidates: SCAM_PAGE }, NOW).catch(() => undefined);
      await vi.runAllTimersAsync();
      const tabs = await fakeBrowser.tabs.query({});
      expect(tabs.map((tab) => tab.id)).not.toContain(tabId);
      expect(tabs.some((tab) => tab.url?.startsWith(WARNING_PAGE_PREFIX))).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  // It happened in an end-to-end run: the person pressed "Back to safety" within the wait, and the
  // check that follows a refused navigation closed their tab and opened another warning.
  it('leaves the tab to a person who has already left the warning page, either way', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      const back = await openTab(SCAM_URL);
      await reportPage({ tabId: back, url: SCAM_URL, documentId: 'doc-back', scanMs: 1, candidates: SCAM_PAGE }, NOW);
      await fakeBrowser.tabs.update(back, { url: 'https://news.example/today' });
      const onward = await openTab(SCAM_URL);
      await reportPage({ tabId: onward, url: SCAM_URL, documentId: 'doc-onward', scanMs: 1, candidates: SCAM_PAGE }, NOW);
      await allowSite(onward, SCAM_URL, warningPageUrl(SCAM_URL), NOW + 10);
      await vi.runAllTimersAsync();
      const tabs = await fakeBrowser.tabs.query({});
      expect(tabs.map((tab) => [tab.id, tab.url])).toEqual(
        expect.arrayContaining([
          [back, 'https://news.example/today'],
          [onward, SCAM_URL],
        ]),
      );
      expect(tabs.some((tab) => tab.url?.startsWith(WARNING_PAGE_PREFIX))).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });

  it('leaves a clean page alone and remembers it as the way back', async () => {
    const url = 'https://news.example/today';
    const tabId = await openTab(url);
    const update = vi.spyOn(fakeBrowser.tabs, 'update');

    expect(await levelOf({ tabId: tabId, url: url, documentId: documentOf(url), scanMs: 1, candidates: CLEAN_PAGE }, NOW)).toBe('clean');

    expect(update).not.toHaveBeenCalled();
    expect(await tabUrl(tabId)).toBe(url);
    expect(await getTabState(tabId)).toMatchObject({ url, blocked: false, verdict: { level: 'clean', signals: [] } });
    expect((await getSafePages(tabId))[0]?.url).toBe(url);
    expect(await fakeBrowser.action.getBadgeText({ tabId })).toBe('');
  });

  it('only badges a suspicious page by default', async () => {
    const url = 'https://odd.example/';
    const tabId = await openTab(url);
    const update = vi.spyOn(fakeBrowser.tabs, 'update');

    expect(await levelOf({ tabId: tabId, url: url, documentId: documentOf(url), scanMs: 1, candidates: SUSPICIOUS_PAGE }, NOW)).toBe('suspicious');

    expect(update).not.toHaveBeenCalled();
    expect(await getTabState(tabId)).toMatchObject({ blocked: false, verdict: { level: 'suspicious' } });
    expect(await fakeBrowser.action.getBadgeText({ tabId })).toBe('?');
    expect(await getSafePages(tabId)).toEqual([]);
  });

  it('interrupts a suspicious page when the person asked for that', async () => {
    await setSettings({ ...DEFAULT_SETTINGS, interruptOn: 'suspicious' });
    const url = 'https://odd.example/';
    const tabId = await openTab(url);

    await reportPage({ tabId: tabId, url: url, documentId: documentOf(url), scanMs: 1, candidates: SUSPICIOUS_PAGE }, NOW);

    expect((await tabUrl(tabId))?.startsWith(WARNING_PAGE_PREFIX)).toBe(true);
    expect((await getTabState(tabId))?.blocked).toBe(true);
  });

  it('never interrupts when the person turned the warning page off, but still badges', async () => {
    await setSettings({ ...DEFAULT_SETTINGS, interruptOn: 'off' });
    const tabId = await openTab(SCAM_URL);
    const update = vi.spyOn(fakeBrowser.tabs, 'update');

    expect(await levelOf({ tabId: tabId, url: SCAM_URL, documentId: documentOf(SCAM_URL), scanMs: 1, candidates: SCAM_PAGE }, NOW)).toBe('scam');

    expect(update).not.toHaveBeenCalled();
    expect((await getTabState(tabId))?.blocked).toBe(false);
    expect(await fakeBrowser.action.getBadgeText({ tabId })).toBe('!');
  });

  it('does not interrupt a site the person allowed, and says so', async () => {
    await addToAllowlist('win-alert-fix.example', NOW - 1000);
    const tabId = await openTab(SCAM_URL);
    const update = vi.spyOn(fakeBrowser.tabs, 'update');

    expect(await levelOf({ tabId: tabId, url: SCAM_URL, documentId: documentOf(SCAM_URL), scanMs: 1, candidates: SCAM_PAGE }, NOW)).toBe('scam');

    expect(update).not.toHaveBeenCalled();
    expect(await tabUrl(tabId)).toBe(SCAM_URL);
    expect(await getTabState(tabId)).toMatchObject({ allowed: true, blocked: false, verdict: { level: 'scam' } });
  });

  it('keeps a scam verdict when the same page later hides its scam text', async () => {
    await setSettings({ ...DEFAULT_SETTINGS, interruptOn: 'off' });
    const tabId = await openTab(SCAM_URL);
    await reportPage({ tabId: tabId, url: SCAM_URL, documentId: documentOf(SCAM_URL), scanMs: 1, candidates: SCAM_PAGE }, NOW);

    expect(await levelOf({ tabId: tabId, url: SCAM_URL, documentId: documentOf(SCAM_URL), scanMs: 1, candidates: EMPTY_PAGE }, NOW + 1)).toBe('scam');
    expect(await levelOf({ tabId: tabId, url: `${SCAM_URL}#cleared`, documentId: documentOf(`${SCAM_URL}#cleared`), scanMs: 1, candidates: CLEAN_PAGE }, NOW + 2)).toBe('scam');
    expect(await levelOf({ tabId: tabId, url: SCAM_URL, documentId: documentOf(SCAM_URL), scanMs: 1, candidates: SUSPICIOUS_PAGE }, NOW + 3)).toBe('scam');

    const state = await getTabState(tabId);
    expect(state?.verdict.level).toBe('scam');
    expect(state?.verdict.signals.length).toBeGreaterThan(0);
    expect(await getSafePages(tabId)).toEqual([]);
  });

  it('keeps a scam verdict when the page changes its address with the History API', async () => {
    await setSettings({ ...DEFAULT_SETTINGS, interruptOn: 'off' });
    const tabId = await openTab(SCAM_URL);
    await reportPage({ tabId, url: SCAM_URL, documentId: 'doc-scam-1', scanMs: 1, candidates: SCAM_PAGE }, NOW);
    const pushed = 'https://win-alert-fix.example/clean-looking-page.html';
    expect(await levelOf({ tabId, url: pushed, documentId: 'doc-scam-1', scanMs: 1, candidates: CLEAN_PAGE }, NOW + 1)).toBe('scam');
    expect(await fakeBrowser.action.getBadgeText({ tabId })).toBe('!');
  });

  it('never lets an earlier report of a page overwrite a later, higher verdict', async () => {
    await setSettings({ ...DEFAULT_SETTINGS, interruptOn: 'off' });
    const tabId = await openTab(SCAM_URL);
    // Sent without waiting, as the worker receives a burst of rescans.
    const levels = await Promise.all([
      levelOf({ tabId, url: SCAM_URL, documentId: 'doc-1', scanMs: 1, candidates: SCAM_PAGE }, NOW),
      levelOf({ tabId, url: SCAM_URL, documentId: 'doc-1', scanMs: 1, candidates: EMPTY_PAGE }, NOW + 1),
    ]);
    expect(levels).toEqual(['scam', 'scam']);
    expect((await getTabState(tabId))?.verdict.level).toBe('scam');
  });

  it('asks the browser for nothing more when a page reports again with the same verdict, but does after an address change', async () => {
    const url = 'https://odd.example/';
    const tabId = await openTab(url);
    await reportPage({ tabId, url, documentId: 'doc-odd', scanMs: 1, candidates: SUSPICIOUS_PAGE }, NOW);
    const badge = vi.spyOn(fakeBrowser.action, 'setBadgeText');
    await reportPage({ tabId, url, documentId: 'doc-odd', scanMs: 1, candidates: SUSPICIOUS_PAGE }, NOW + 100);
    expect(badge).not.toHaveBeenCalled();
    await reportPage({ tabId, url: 'https://odd.example/step-2', documentId: 'doc-odd', scanMs: 1, candidates: SUSPICIOUS_PAGE }, NOW + 200);
    expect(badge).toHaveBeenCalledWith({ tabId, text: '?' });
  });

  it('judges another document in the same tab afresh', async () => {
    await setSettings({ ...DEFAULT_SETTINGS, interruptOn: 'off' });
    const tabId = await openTab(SCAM_URL);
    await reportPage({ tabId: tabId, url: SCAM_URL, documentId: documentOf(SCAM_URL), scanMs: 1, candidates: SCAM_PAGE }, NOW);

    expect(await levelOf({ tabId: tabId, url: 'https://news.example/', documentId: documentOf('https://news.example/'), scanMs: 1, candidates: CLEAN_PAGE }, NOW + 1)).toBe('clean');
    expect(await levelOf({ tabId: tabId, url: 'https://win-alert-fix.example/other.html', documentId: documentOf('https://win-alert-fix.example/other.html'), scanMs: 1, candidates: EMPTY_PAGE }, NOW + 2)).toBe('clean');
  });
});

describe('reports of a page still being parsed', () => {
  const url = 'https://forum.example/thread/42';
  const doc = 'doc-forum-42';

  it('lets the parsed page clear a suspicious verdict of its top alone', async () => {
    const tabId = await openTab(url);
    // The title and first post were there; the replies that call it a scam were not yet.
    expect(await levelOf({ tabId, url, documentId: doc, scanMs: 1, partial: true, candidates: SUSPICIOUS_PAGE }, NOW)).toBe('suspicious');
    expect(await fakeBrowser.action.getBadgeText({ tabId })).toBe('?');

    expect(await levelOf({ tabId, url, documentId: doc, scanMs: 1, partial: false, candidates: CLEAN_PAGE }, NOW + 300)).toBe('clean');
    const state = await getTabState(tabId);
    expect(state).toMatchObject({ verdict: { level: 'clean' }, levelSince: NOW + 300 });
    expect(state?.provisional).toBeUndefined();
    expect(await fakeBrowser.action.getBadgeText({ tabId })).toBe('');
  });

  it('acts on a scam verdict from a partial read at once, and keeps it', async () => {
    const tabId = await openTab(SCAM_URL);
    expect(await levelOf({ tabId, url: SCAM_URL, documentId: 'doc-kit', scanMs: 1, partial: true, candidates: SCAM_PAGE }, NOW)).toBe('scam');
    expect((await tabUrl(tabId))?.startsWith(WARNING_PAGE_PREFIX)).toBe(true);

    expect(await levelOf({ tabId, url: SCAM_URL, documentId: 'doc-kit', scanMs: 1, partial: false, candidates: CLEAN_PAGE }, NOW + 300)).toBe('scam');
    expect((await getTabState(tabId))?.verdict.level).toBe('scam');
  });

  it('does not interrupt for a provisional suspicious verdict, but does once the parsed page confirms it', async () => {
    await setSettings({ ...DEFAULT_SETTINGS, interruptOn: 'suspicious' });
    const tabId = await openTab(url);
    await reportPage({ tabId, url, documentId: doc, scanMs: 1, partial: true, candidates: SUSPICIOUS_PAGE }, NOW);
    expect(await tabUrl(tabId)).toBe(url);
    expect(await getTabState(tabId)).toMatchObject({ blocked: false, provisional: true });

    await reportPage({ tabId, url, documentId: doc, scanMs: 1, partial: false, candidates: SUSPICIOUS_PAGE }, NOW + 300);
    expect((await tabUrl(tabId))?.startsWith(WARNING_PAGE_PREFIX)).toBe(true);
    expect(await getTabState(tabId)).toMatchObject({ blocked: true, levelSince: NOW });
  });

  it('keeps rising while the page is parsed, and only the parsed read settles it', async () => {
    const tabId = await openTab(url);
    await reportPage({ tabId, url, documentId: doc, scanMs: 1, partial: true, candidates: SUSPICIOUS_PAGE }, NOW);
    expect(await levelOf({ tabId, url, documentId: doc, scanMs: 1, partial: true, candidates: CLEAN_PAGE }, NOW + 100)).toBe('suspicious');
    expect(await levelOf({ tabId, url, documentId: doc, scanMs: 1, partial: false, candidates: CLEAN_PAGE }, NOW + 200)).toBe('clean');
  });

  it('never lets a page make its verdict provisional again once it was read whole', async () => {
    const tabId = await openTab(url);
    await reportPage({ tabId, url, documentId: doc, scanMs: 1, partial: false, candidates: SUSPICIOUS_PAGE }, NOW);
    // document.open() and the like: reports marked partial after the parsed one.
    await reportPage({ tabId, url, documentId: doc, scanMs: 1, partial: true, candidates: SUSPICIOUS_PAGE }, NOW + 100);
    expect((await getTabState(tabId))?.provisional).toBeUndefined();
    expect(await levelOf({ tabId, url, documentId: doc, scanMs: 1, partial: false, candidates: CLEAN_PAGE }, NOW + 200)).toBe('suspicious');
  });

  it('keeps a frame report from settling a provisional verdict on its own', async () => {
    const tabId = await openTab(url);
    await reportPage({ tabId, url, documentId: doc, scanMs: 1, partial: true, startedAt: NOW - 50, candidates: SUSPICIOUS_PAGE }, NOW);
    await reportFrame(tabId, { behaviours: [], dialogTexts: [] }, { frameId: 3, tabUrl: url, startedAt: NOW }, NOW + 50);
    expect((await getTabState(tabId))?.provisional).toBe(true);
    expect(await levelOf({ tabId, url, documentId: doc, scanMs: 1, partial: false, startedAt: NOW - 50, candidates: CLEAN_PAGE }, NOW + 200)).toBe('clean');
  });
});

describe('recordScanTimes', () => {
  it('adds the times of rescans that sent no report to the page they were made on, and nowhere else', async () => {
    const url = 'https://news.example/today';
    const tabId = await openTab(url);
    await reportPage({ tabId, url, documentId: documentOf(url), scanMs: 2.5, candidates: CLEAN_PAGE }, NOW);
    await recordScanTimes(tabId, documentOf(url), [0.4, 0.3]);
    expect((await getTabState(tabId))?.scanMs).toEqual([2.5, 0.4, 0.3]);

    // Late times of the page before, once the next page has reported: not this page's.
    const next = 'https://shop.example/';
    await reportPage({ tabId, url: next, documentId: documentOf(next), scanMs: 1.5, candidates: CLEAN_PAGE }, NOW + 1);
    await recordScanTimes(tabId, documentOf(url), [0.2]);
    expect(await getTabState(tabId)).toMatchObject({ url: next, scanMs: [1.5], verdict: { level: 'clean' } });
  });

  it('keeps the verdict, and does nothing for a tab that has not reported', async () => {
    const tabId = await openTab(SCAM_URL);
    await setSettings({ ...DEFAULT_SETTINGS, interruptOn: 'off' });
    await reportPage({ tabId, url: SCAM_URL, documentId: documentOf(SCAM_URL), scanMs: 1, candidates: SCAM_PAGE }, NOW);
    await recordScanTimes(tabId, documentOf(SCAM_URL), [0.3]);
    expect(await getTabState(tabId)).toMatchObject({ verdict: { level: 'scam' }, scanMs: [1, 0.3] });

    const other = await openTab('https://news.example/');
    await recordScanTimes(other, documentOf('https://news.example/'), [0.3]);
    expect(await getTabState(other)).toBeNull();
  });
});

describe('allowSite', () => {
  it('allows the blocked host and takes the tab back to the page', async () => {
    const tabId = await openTab(SCAM_URL);
    await reportPage({ tabId: tabId, url: SCAM_URL, documentId: documentOf(SCAM_URL), scanMs: 1, candidates: SCAM_PAGE }, NOW);
    const warningUrl = (await tabUrl(tabId)) ?? '';

    await allowSite(tabId, SCAM_URL, warningUrl, NOW + 10);

    expect(await getAllowlist()).toEqual({ entries: [{ host: 'win-alert-fix.example', addedAt: NOW + 10 }] });
    expect(await tabUrl(tabId)).toBe(SCAM_URL);
    expect(await getTabState(tabId)).toMatchObject({ allowed: true, blocked: false });

    // The page loads again and reports again: no second interruption.
    const update = vi.spyOn(fakeBrowser.tabs, 'update');
    expect(await levelOf({ tabId: tabId, url: SCAM_URL, documentId: documentOf(SCAM_URL), scanMs: 1, candidates: SCAM_PAGE }, NOW + 20)).toBe('scam');
    expect(update).not.toHaveBeenCalled();
  });

  it('works from the warning page alone, after the tab state was lost', async () => {
    const tabId = await openTab(warningPageUrl(SCAM_URL));

    await allowSite(tabId, SCAM_URL, warningPageUrl(SCAM_URL), NOW);

    expect((await getAllowlist()).entries.map((e) => e.host)).toEqual(['win-alert-fix.example']);
    expect(await tabUrl(tabId)).toBe(SCAM_URL);
  });

  it('refuses an address that is not the one this warning page blocked', async () => {
    const tabId = await openTab(SCAM_URL);
    await reportPage({ tabId: tabId, url: SCAM_URL, documentId: documentOf(SCAM_URL), scanMs: 1, candidates: SCAM_PAGE }, NOW);
    const warningUrl = (await tabUrl(tabId)) ?? '';
    const update = vi.spyOn(fakeBrowser.tabs, 'update');

    await expect(allowSite(tabId, 'https://bank.example/', warningUrl, NOW)).rejects.toThrow();
    await expect(allowSite(tabId, 'https://win-alert-fix.example/other.html', warningUrl, NOW)).rejects.toThrow();
    await expect(allowSite(tabId, SCAM_URL, `https://evil.example/warning.html?url=${encodeURIComponent(SCAM_URL)}`, NOW)).rejects.toThrow();
    await expect(allowSite(tabId, SCAM_URL, WARNING_PAGE_PREFIX, NOW)).rejects.toThrow();

    expect(await getAllowlist()).toEqual({ entries: [] });
    expect(update).not.toHaveBeenCalled();
    expect((await getTabState(tabId))?.allowed).toBe(false);
  });

  it('refuses to allow an address that is not a web page', async () => {
    const blocked = 'file:///home/me/alert.html';
    const tabId = await openTab(warningPageUrl(blocked));
    await expect(allowSite(tabId, blocked, warningPageUrl(blocked), NOW)).rejects.toThrow();
    expect(await getAllowlist()).toEqual({ entries: [] });
  });
});

describe('leaveWarning', () => {
  it('goes back to the last clean page of another host and forgets the scam', async () => {
    const tabId = await openTab('https://news.example/today');
    await reportPage({ tabId: tabId, url: 'https://news.example/today', documentId: documentOf('https://news.example/today'), scanMs: 1, candidates: CLEAN_PAGE }, NOW);
    await reportPage({ tabId: tabId, url: SCAM_URL, documentId: documentOf(SCAM_URL), scanMs: 1, candidates: SCAM_PAGE }, NOW + 1);
    const warningUrl = (await tabUrl(tabId)) ?? '';
    expect(warningUrl.startsWith(WARNING_PAGE_PREFIX)).toBe(true);

    await leaveWarning(tabId, warningUrl);

    expect(await tabUrl(tabId)).toBe('https://news.example/today');
    expect(await getTabState(tabId)).toBeNull();
    expect(await fakeBrowser.action.getBadgeText({ tabId })).toBe('');
  });

  it('never goes back to the blocked host, even to a page of it that looked clean', async () => {
    const tabId = await openTab('https://win-alert-fix.example/');
    await reportPage({ tabId: tabId, url: 'https://win-alert-fix.example/', documentId: documentOf('https://win-alert-fix.example/'), scanMs: 1, candidates: CLEAN_PAGE }, NOW);
    await reportPage({ tabId: tabId, url: SCAM_URL, documentId: documentOf(SCAM_URL), scanMs: 1, candidates: SCAM_PAGE }, NOW + 1);

    await leaveWarning(tabId, (await tabUrl(tabId)) ?? '');

    const url = (await tabUrl(tabId)) ?? '';
    expect(url).not.toContain('win-alert-fix.example');
    expect(url.startsWith(WARNING_PAGE_PREFIX)).toBe(false);
  });

  it('leaves to a neutral page when the tab has no clean page to go back to', async () => {
    const tabId = await openTab(SCAM_URL);
    await reportPage({ tabId: tabId, url: SCAM_URL, documentId: documentOf(SCAM_URL), scanMs: 1, candidates: SCAM_PAGE }, NOW);

    await leaveWarning(tabId, (await tabUrl(tabId)) ?? '');

    expect(['chrome://newtab/', 'about:home', 'about:blank']).toContain(await tabUrl(tabId));
  });

  // A scam page often looks clean for a moment before its script writes the alert.
  it('goes back to the page the person came from when the scam first looked clean', async () => {
    const tabId = await openTab('https://news.example/today');
    await reportPage({ tabId: tabId, url: 'https://news.example/today', documentId: documentOf('https://news.example/today'), scanMs: 1, candidates: CLEAN_PAGE }, NOW);
    await reportPage({ tabId: tabId, url: SCAM_URL, documentId: documentOf(SCAM_URL), scanMs: 1, candidates: EMPTY_PAGE }, NOW + 1);
    await reportPage({ tabId: tabId, url: SCAM_URL, documentId: documentOf(SCAM_URL), scanMs: 1, candidates: SCAM_PAGE }, NOW + 2);

    await leaveWarning(tabId, (await tabUrl(tabId)) ?? '');

    expect(await tabUrl(tabId)).toBe('https://news.example/today');
  });
});

describe('currentTabState', () => {
  it('forgets the verdict once the tab shows a page of another site that has not reported', async () => {
    await setSettings({ ...DEFAULT_SETTINGS, interruptOn: 'off' });
    const tabId = await openTab(SCAM_URL);
    await reportPage({ tabId: tabId, url: SCAM_URL, documentId: documentOf(SCAM_URL), scanMs: 1, candidates: SCAM_PAGE }, NOW);
    const state = await getTabState(tabId);

    expect(currentTabState(state, `${SCAM_URL}#more`)?.verdict.level).toBe('scam');
    expect(currentTabState(state, 'https://win-alert-fix.example/pushed-by-history-api')?.verdict.level).toBe('scam');
    expect(currentTabState(state, 'https://news.example/')).toBeNull();
    // A browser page or a store: the extension may not read its address, and knows nothing of it.
    expect(currentTabState(state, undefined)).toBeNull();
  });

  it('keeps the verdict while the tab shows our warning page', async () => {
    const tabId = await openTab(SCAM_URL);
    await reportPage({ tabId: tabId, url: SCAM_URL, documentId: documentOf(SCAM_URL), scanMs: 1, candidates: SCAM_PAGE }, NOW);

    expect(currentTabState(await getTabState(tabId), warningPageUrl(SCAM_URL))?.verdict.level).toBe('scam');
  });
});

describe('reportFrame', () => {
  /** A frame of the page at `tabUrl` whose document started at `startedAt`. */
  const frame = (tabUrl: string, startedAt: number, frameId = 3) => ({ frameId, tabUrl, startedAt });
  const KEYS_BLOCKED = { behaviours: [{ kind: 'keys-blocked' as const, count: 2, userActivated: true, detail: 'blocked F12' }], dialogTexts: [] };

  it('adds what a frame of the page saw, and judges the page again', async () => {
    await setSettings({ ...DEFAULT_SETTINGS, interruptOn: 'off' });
    const tabId = await openTab(SCAM_URL);
    expect(await levelOf({ tabId, url: SCAM_URL, documentId: 'doc-1', startedAt: NOW - 500, scanMs: 1, candidates: SUSPICIOUS_PAGE }, NOW)).toBe('suspicious');
    const level = await reportFrame(
      tabId,
      {
        behaviours: [{ kind: 'dialog-loop', count: 4, userActivated: false, detail: 'alert() dialog' }],
        dialogTexts: ['Call Microsoft Support now: +1 (888) 555-0147'],
      },
      frame(SCAM_URL, NOW - 300),
      NOW + 1,
    );
    expect(level).toBe('scam');
    const ids = (await getTabState(tabId))?.verdict.signals.map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining(['behaviour.dialog-loop', 'number.call-to-action']));
  });

  it('reads what a frame covering the page shows as the page: a shell page whose alert is all in its frame', async () => {
    const url = 'http://pc-security-frame.example/index.html';
    const tabId = await openTab(url);
    // The page itself shows nothing: its text is an empty shell.
    expect(await levelOf({ tabId, url, documentId: 'doc-shell', startedAt: NOW - 500, scanMs: 1, candidates: EMPTY_PAGE }, NOW)).toBe('clean');
    expect(await reportFrame(tabId, { behaviours: [], dialogTexts: [], shown: [SCAM_PAGE] }, frame(url, NOW - 300), NOW + 1)).toBe('scam');
    expect((await tabUrl(tabId))?.startsWith(WARNING_PAGE_PREFIX)).toBe(true);
    const state = await getTabState(tabId);
    expect(state?.verdict.signals.map((s) => s.id)).toEqual(expect.arrayContaining(['brand.impersonation', 'number.freephone']));
    // The page's own report stays what the page itself showed.
    expect(state?.candidates).toEqual(EMPTY_PAGE);
  });

  it('disarms each frame of the page that set a trap, besides the page, before it takes the tab away', async () => {
    const tabId = await openTab(SCAM_URL);
    const sent: string[] = [];
    fakeBrowser.tabs.sendMessage = vi.fn(async (_id: number, message: unknown, options?: { frameId?: number }) => {
      sent.push(`${(message as { type: string }).type} frame ${String(options?.frameId)}`);
      return { ok: true };
    }) as unknown as typeof fakeBrowser.tabs.sendMessage;
    const LEAVE_TRAP = { behaviours: [{ kind: 'beforeunload' as const, count: 1, userActivated: false, detail: 'beforeunload listener' }], dialogTexts: [] };
    // Frame 5 set a "Leave site?" trap, frame 6 looped a dialog, frame 7 (an ad) did nothing,
    // frame 8 set a trap in the tab's page before this one.
    await reportFrame(tabId, LEAVE_TRAP, frame(SCAM_URL, NOW - 300, 5), NOW);
    await reportFrame(tabId, { behaviours: [], dialogTexts: ['Your computer is blocked'] }, frame(SCAM_URL, NOW - 250, 6), NOW);
    await reportFrame(tabId, { behaviours: [], dialogTexts: [] }, frame(SCAM_URL, NOW - 200, 7), NOW);
    await reportFrame(tabId, LEAVE_TRAP, frame(SCAM_URL, NOW - 5000, 8), NOW);
    expect(sent).toEqual([]);
    await reportPage({ tabId, url: SCAM_URL, documentId: 'doc-1', startedAt: NOW - 500, scanMs: 1, candidates: SCAM_PAGE }, NOW + 1);
    expect(sent).toEqual(['neutralisePage frame 0', 'neutralisePage frame 5', 'neutralisePage frame 6']);
    expect((await tabUrl(tabId))?.startsWith(WARNING_PAGE_PREFIX)).toBe(true);
  });

  it('also disarms the frames whose reports have not come yet, listed by the browser or, where it cannot list them, all at once', async () => {
    for (const listing of ['listed', 'not listed'] as const) {
      fakeBrowser.reset();
      const tabId = await openTab(SCAM_URL);
      const sent: string[] = [];
      fakeBrowser.tabs.sendMessage = vi.fn(async (_id: number, message: unknown, options?: { frameId?: number }) => {
        sent.push(`${(message as { type: string }).type} ${options?.frameId === undefined ? 'every frame' : `frame ${options.frameId}`}`);
        return { ok: true };
      }) as unknown as typeof fakeBrowser.tabs.sendMessage;
      // Frame 4 set its trap a moment before the page's alert showed: its report is still on the way.
      fakeBrowser.webNavigation.getAllFrames = vi.fn(async () => {
        if (listing === 'not listed') throw new Error('webNavigation is not available');
        return [{ frameId: 0 }, { frameId: 4 }];
      }) as unknown as typeof fakeBrowser.webNavigation.getAllFrames;
      await reportPage({ tabId, url: SCAM_URL, documentId: 'doc-1', startedAt: NOW - 500, scanMs: 1, candidates: SCAM_PAGE }, NOW);
      expect(sent).toEqual(listing === 'listed' ? ['neutralisePage frame 0', 'neutralisePage frame 4'] : ['neutralisePage frame 0', 'neutralisePage every frame']);
      expect((await tabUrl(tabId))?.startsWith(WARNING_PAGE_PREFIX)).toBe(true);
    }
  });

  it('does not carry what an earlier page\'s frame showed into the next document', async () => {
    await setSettings({ ...DEFAULT_SETTINGS, interruptOn: 'off' });
    const url = 'http://pc-security-frame.example/index.html';
    const tabId = await openTab(url);
    await reportPage({ tabId, url, documentId: 'doc-1', startedAt: NOW - 500, scanMs: 1, candidates: EMPTY_PAGE }, NOW);
    await reportFrame(tabId, { behaviours: [], dialogTexts: [], shown: [SCAM_PAGE] }, frame(url, NOW - 300), NOW + 1);
    expect(await levelOf({ tabId, url, documentId: 'doc-2', startedAt: NOW + 1000, scanMs: 1, candidates: EMPTY_PAGE }, NOW + 1500)).toBe('clean');
  });

  it('keeps what frames saw for the page report that has not come yet', async () => {
    await setSettings({ ...DEFAULT_SETTINGS, interruptOn: 'off' });
    const tabId = await openTab(SCAM_URL);
    expect(await reportFrame(tabId, KEYS_BLOCKED, frame(SCAM_URL, NOW - 300), NOW)).toBeNull();
    await reportPage({ tabId, url: SCAM_URL, documentId: 'doc-1', startedAt: NOW - 500, scanMs: 1, candidates: SUSPICIOUS_PAGE }, NOW + 1);
    expect((await getTabState(tabId))?.verdict.signals.map((s) => s.id)).toContain('behaviour.keys-blocked');
  });

  it('does not carry what frames of an earlier page saw into the next page, of this site or another', async () => {
    await setSettings({ ...DEFAULT_SETTINGS, interruptOn: 'off' });
    const tabId = await openTab(SCAM_URL);
    await reportPage({ tabId, url: SCAM_URL, documentId: 'doc-1', startedAt: NOW - 500, scanMs: 1, candidates: SUSPICIOUS_PAGE }, NOW);
    await reportFrame(tabId, KEYS_BLOCKED, frame(SCAM_URL, NOW - 300), NOW + 1);

    // The same address loaded again: a new document that started after the old frame.
    await reportPage({ tabId, url: SCAM_URL, documentId: 'doc-2', startedAt: NOW + 1000, scanMs: 1, candidates: SUSPICIOUS_PAGE }, NOW + 1500);
    expect((await getTabState(tabId))?.verdict.signals.map((s) => s.id)).not.toContain('behaviour.keys-blocked');

    await reportPage({ tabId, url: 'https://news.example/', documentId: 'doc-3', startedAt: NOW + 2000, scanMs: 1, candidates: CLEAN_PAGE }, NOW + 2500);
    expect((await getTabState(tabId))?.verdict.level).toBe('clean');
  });

  it('does not judge the last page with what a frame of the next page saw before that page reported', async () => {
    await setSettings({ ...DEFAULT_SETTINGS, interruptOn: 'off' });
    const tabId = await openTab('https://news.example/');
    await reportPage({ tabId, url: 'https://news.example/', documentId: 'doc-1', startedAt: NOW - 500, scanMs: 1, candidates: SUSPICIOUS_PAGE }, NOW);
    // The tab has moved on to a game whose frame locks the keyboard; the game has not reported yet.
    expect(await reportFrame(tabId, KEYS_BLOCKED, frame('https://games.example/play', NOW + 800), NOW + 900)).toBe('suspicious');
    expect((await getTabState(tabId))?.verdict.signals.map((s) => s.id)).not.toContain('behaviour.keys-blocked');
  });
});
