import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { judgeAuthDialog } from '../../../../src/extension/background/auth-dialogs';
import { reportPage } from '../../../../src/extension/background/tab-verdicts';
import { prefilter } from '../../../../src/core/detect/prefilter';
import { getFrameReports, getTabState } from '../../../../src/extension/storage';

const NOW = 1_700_000_000_000;

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((name: string) => `msg:${name}`);
  fakeBrowser.tabs.sendMessage = vi.fn(async () => ({ ok: true })) as unknown as typeof fakeBrowser.tabs.sendMessage;
});

async function tabAt(url: string): Promise<number> {
  const tab = await fakeBrowser.tabs.create({ url });
  return tab.id as number;
}

describe('judgeAuthDialog', () => {
  it('cancels a sign-in dialog whose realm shows a support number, and judges it like a dialog of the page', async () => {
    const url = 'https://alert.example/locked';
    const tabId = await tabAt(url);
    const { response, judgement } = judgeAuthDialog(
      { realm: 'Windows Security: your computer has been blocked. Call Microsoft Support +1 (888) 555-0198', isProxy: false, tabId, url, type: 'main_frame' },
      NOW,
    );
    expect(response).toEqual({ cancel: true });
    await judgement;
    const state = await getTabState(tabId);
    expect(state?.verdict.level).toBe('scam');
    expect(state?.verdict.signals.map((s) => s.id)).toEqual(expect.arrayContaining(['behaviour.auth-dialog', 'number.call-to-action', 'brand.impersonation']));
    expect((await fakeBrowser.tabs.get(tabId)).url).toContain('warning.html');
  });

  const REALM = 'Windows Security: your computer has been blocked. Call Microsoft Support +1 (888) 555-0198';
  const unauthorisedPage = () => prefilter({ title: '401 Unauthorized', lang: 'en', text: 'Unauthorized', textChars: 12, telLinks: [], attrTexts: [], dialogTexts: [], behaviours: [] });

  it('judges the page the browser shows once the dialog is cancelled with the dialog: its plain text cannot clear the verdict', async () => {
    const url = 'https://alert.example/locked';
    const tabId = await tabAt(url);
    await judgeAuthDialog({ realm: REALM, isProxy: false, tabId, url, type: 'main_frame' }, NOW).judgement;
    // The 401 answer's own page, whose navigation started just before the dialog, reports "Unauthorized".
    const level = await reportPage({ tabId, url, documentId: 'body-of-401', startedAt: NOW - 40, scanMs: 1, candidates: unauthorisedPage() }, NOW + 300);
    expect(level).toBe('scam');
    const state = await getTabState(tabId);
    expect(state?.documentId).toBe('body-of-401');
    expect(state?.verdict.signals.map((s) => s.id)).toEqual(expect.arrayContaining(['behaviour.auth-dialog', 'number.call-to-action']));
    // The same holds when the browser starts that page anew after the dialog.
    expect(await reportPage({ tabId, url, documentId: 'reloaded-body', startedAt: NOW + 200, scanMs: 1, candidates: unauthorisedPage() }, NOW + 400)).toBe('scam');
  });

  it('raises the verdict of a page that already reported when one of its frames asks with such a dialog', async () => {
    const url = 'https://quiet.example/start';
    const tabId = await tabAt(url);
    expect(await reportPage({ tabId, url, documentId: 'page', startedAt: NOW - 5000, scanMs: 1, candidates: unauthorisedPage() }, NOW - 4000)).toBe('clean');
    await judgeAuthDialog({ realm: REALM, isProxy: false, tabId, url: 'https://quiet.example/frame/locked', type: 'sub_frame' }, NOW).judgement;
    const state = await getTabState(tabId);
    expect(state?.documentId).toBe('page');
    expect(state?.verdict.level).toBe('scam');
  });

  it('does not hold the dialog against another page of the site, or against the same address loaded again later', async () => {
    const url = 'https://alert.example/locked';
    const tabId = await tabAt(url);
    await judgeAuthDialog({ realm: REALM, isProxy: false, tabId, url, type: 'main_frame' }, NOW).judgement;
    expect(await reportPage({ tabId, url: 'https://alert.example/help', documentId: 'other-page', startedAt: NOW + 1000, scanMs: 1, candidates: unauthorisedPage() }, NOW + 1500)).toBe('clean');
    expect(await reportPage({ tabId, url, documentId: 'much-later', startedAt: NOW + 60_000, scanMs: 1, candidates: unauthorisedPage() }, NOW + 60_500)).toBe('clean');
  });

  it('counts a dialog the page loops instead of filling the record of the tab with copies of it', async () => {
    const url = 'https://alert.example/locked';
    const tabId = await tabAt(url);
    // The page asks again as soon as the last one is cancelled: forty dialogs in a row.
    await Promise.all(Array.from({ length: 40 }, (_, i) => judgeAuthDialog({ realm: REALM, isProxy: false, tabId, url, type: 'main_frame' }, NOW + i * 100).judgement));
    const reports = await getFrameReports(tabId);
    expect(reports).toHaveLength(1);
    expect(reports[0]?.behaviours).toEqual([expect.objectContaining({ kind: 'auth-dialog', count: 40 })]);
    expect((await getTabState(tabId))?.verdict.level).toBe('scam');
  });

  it('leaves ordinary password prompts and proxy logins to the browser', async () => {
    const tabId = await tabAt('https://intranet.example/');
    for (const details of [
      { realm: 'Members area', isProxy: false, tabId, url: 'https://intranet.example/', type: 'main_frame' as const },
      { realm: 'Call 1-888-555-0198', isProxy: true, tabId, url: 'https://intranet.example/', type: 'main_frame' as const },
    ]) {
      const { response, judgement } = judgeAuthDialog(details, NOW);
      expect(response).toEqual({});
      await judgement;
    }
    expect(await getTabState(tabId)).toBeNull();
  });
});
