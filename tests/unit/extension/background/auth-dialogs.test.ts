import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { judgeAuthDialog, judgeFailedNavigation, realmsOf, registerAuthWatch } from '../../../../src/extension/background/auth-dialogs';
import { reportPage } from '../../../../src/extension/background/tab-verdicts';
import { prefilter } from '../../../../src/core/detect/prefilter';
import { getFrameReports, getTabState } from '../../../../src/extension/storage';

const NOW = 1_700_000_000_000;

beforeEach(() => {
  // A tab sent to the warning page is checked again after a while (ensureLeft); those checks must
  // not reach into the next test, whose tabs get the same ids. Time still runs.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldAdvanceTime: true });
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((name: string) => `msg:${name}`);
  fakeBrowser.tabs.sendMessage = vi.fn(async () => ({ ok: true })) as unknown as typeof fakeBrowser.tabs.sendMessage;
});

afterEach(() => {
  vi.useRealTimers();
});

const unauthorisedPage = () => prefilter({ title: '401 Unauthorized', lang: 'en', text: 'Unauthorized', textChars: 12, telLinks: [], attrTexts: [], dialogTexts: [], behaviours: [] });

async function tabAt(url: string): Promise<number> {
  const tab = await fakeBrowser.tabs.create({ url });
  return tab.id as number;
}

describe('judgeAuthDialog (Firefox, webRequest)', () => {
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

  it('judges the page the browser shows once the dialog is cancelled with the dialog: its plain text cannot clear the verdict', async () => {
    const url = 'https://alert.example/locked';
    const tabId = await tabAt(url);
    await judgeAuthDialog({ realm: REALM, isProxy: false, tabId, url, type: 'main_frame' }, NOW).judgement;
    // The 401 answer's own page, whose navigation started just before the dialog, reports "Unauthorized".
    const level = (await reportPage({ tabId, url, documentId: 'body-of-401', startedAt: NOW - 40, scanMs: 1, candidates: unauthorisedPage() }, NOW + 300)).level;
    expect(level).toBe('scam');
    const state = await getTabState(tabId);
    expect(state?.documentId).toBe('body-of-401');
    expect(state?.verdict.signals.map((s) => s.id)).toEqual(expect.arrayContaining(['behaviour.auth-dialog', 'number.call-to-action']));
    // The same holds when the browser starts that page anew after the dialog.
    expect((await reportPage({ tabId, url, documentId: 'reloaded-body', startedAt: NOW + 200, scanMs: 1, candidates: unauthorisedPage() }, NOW + 400)).level).toBe('scam');
  });

  it('raises the verdict of a page that already reported when one of its frames asks with such a dialog', async () => {
    const url = 'https://quiet.example/start';
    const tabId = await tabAt(url);
    expect((await reportPage({ tabId, url, documentId: 'page', startedAt: NOW - 5000, scanMs: 1, candidates: unauthorisedPage() }, NOW - 4000)).level).toBe('clean');
    await judgeAuthDialog({ realm: REALM, isProxy: false, tabId, url: 'https://quiet.example/frame/locked', type: 'sub_frame' }, NOW).judgement;
    const state = await getTabState(tabId);
    expect(state?.documentId).toBe('page');
    expect(state?.verdict.level).toBe('scam');
  });

  it('does not hold the dialog against another page of the site, or against the same address loaded again later', async () => {
    const url = 'https://alert.example/locked';
    const tabId = await tabAt(url);
    await judgeAuthDialog({ realm: REALM, isProxy: false, tabId, url, type: 'main_frame' }, NOW).judgement;
    expect((await reportPage({ tabId, url: 'https://alert.example/help', documentId: 'other-page', startedAt: NOW + 1000, scanMs: 1, candidates: unauthorisedPage() }, NOW + 1500)).level).toBe('clean');
    expect((await reportPage({ tabId, url, documentId: 'much-later', startedAt: NOW + 60_000, scanMs: 1, candidates: unauthorisedPage() }, NOW + 60_500)).level).toBe('clean');
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

describe('sign-in challenges in Chrome and Edge (a navigation that failed, its realm read again)', () => {
  const REALM = 'Windows Security: your computer has been blocked. Call Microsoft Support +1 (888) 555-0198';
  let server: Server;
  let answer: { status: number; challenge?: string };
  let requests: IncomingHttpHeaders[];
  let base: string;

  beforeEach(async () => {
    answer = { status: 401, challenge: `Basic realm="${REALM}"` };
    requests = [];
    server = createServer((request, response) => {
      requests.push(request.headers);
      response.writeHead(answer.status, { 'content-type': 'text/html', ...(answer.challenge ? { 'www-authenticate': answer.challenge } : {}) }).end('<p>Unauthorized</p>');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterEach(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  const failed = (tabId: number, url: string, error = 'net::ERR_INVALID_AUTH_CREDENTIALS', frameId = 0) => ({ tabId, frameId, url, error });

  it('sends the tab to the warning page when the challenge it met shows a support number', async () => {
    const url = `${base}/locked`;
    const tabId = await tabAt(url);
    await judgeFailedNavigation(failed(tabId, url));
    const state = await getTabState(tabId);
    expect(state?.verdict.level).toBe('scam');
    expect(state?.verdict.signals.map((s) => s.id)).toEqual(expect.arrayContaining(['behaviour.auth-dialog', 'number.call-to-action', 'brand.impersonation']));
    expect((await fakeBrowser.tabs.get(tabId)).url).toContain('warning.html');
    // Asked once, as a page would be, but with nothing of the person's: no cookies, no password, no referrer.
    expect(requests).toHaveLength(1);
    expect(requests[0]).not.toHaveProperty('cookie');
    expect(requests[0]).not.toHaveProperty('authorization');
    expect(requests[0]).not.toHaveProperty('referer');
    expect(requests[0]?.accept).toContain('text/html');
  });

  it('holds the verdict against the plain page shown once the box is closed', async () => {
    const url = `${base}/locked`;
    const tabId = await tabAt(url);
    const before = Date.now();
    await judgeFailedNavigation(failed(tabId, url));
    const level = (await reportPage({ tabId, url, documentId: 'body-of-401', startedAt: before + 500, scanMs: 1, candidates: unauthorisedPage() }, before + 900)).level;
    expect(level).toBe('scam');
  });

  it('raises the verdict of the page when one of its frames meets such a challenge', async () => {
    const url = `${base}/start`;
    const tabId = await tabAt(url);
    expect((await reportPage({ tabId, url, documentId: 'page', startedAt: Date.now() - 5000, scanMs: 1, candidates: unauthorisedPage() }, Date.now() - 4000)).level).toBe('clean');
    await judgeFailedNavigation(failed(tabId, `${base}/frame/locked`, 'net::ERR_INVALID_AUTH_CREDENTIALS', 3));
    expect((await getTabState(tabId))?.verdict.level).toBe('scam');
  });

  it('sends no request for a navigation that failed for any other reason', async () => {
    const url = `${base}/locked`;
    const tabId = await tabAt(url);
    for (const error of ['net::ERR_NAME_NOT_RESOLVED', 'net::ERR_ABORTED', 'net::ERR_INTERNET_DISCONNECTED', 'net::ERR_CERT_DATE_INVALID']) await judgeFailedNavigation(failed(tabId, url, error));
    await judgeFailedNavigation(failed(-1, url));
    expect(requests).toHaveLength(0);
    expect(await getTabState(tabId)).toBeNull();
  });

  it('leaves ordinary sign-in boxes alone, and a site that no longer asks or cannot be reached', async () => {
    const tabId = await tabAt(`${base}/members`);
    answer = { status: 401, challenge: 'Basic realm="Members area", charset="UTF-8"' };
    await judgeFailedNavigation(failed(tabId, `${base}/members`));
    answer = { status: 200 };
    await judgeFailedNavigation(failed(tabId, `${base}/members`));
    answer = { status: 401 };
    await judgeFailedNavigation(failed(tabId, `${base}/members`));
    await judgeFailedNavigation(failed(tabId, 'http://127.0.0.1:9/closed'));
    expect(requests).toHaveLength(3);
    expect(await getTabState(tabId)).toBeNull();
    expect((await fakeBrowser.tabs.get(tabId)).url).toBe(`${base}/members`);
  });

  it('is what the worker does when the browser reports a failed navigation', async () => {
    const url = `${base}/locked`;
    const tabId = await tabAt(url);
    registerAuthWatch();
    await fakeBrowser.webNavigation.onErrorOccurred.trigger({ tabId, frameId: 0, parentFrameId: -1, url, error: 'net::ERR_INVALID_AUTH_CREDENTIALS', timeStamp: Date.now(), processId: 1 } as never);
    await vi.waitFor(async () => expect((await getTabState(tabId))?.verdict.level).toBe('scam'));
  });
});

describe('realmsOf', () => {
  it('reads quoted realms with their escapes, token realms, and every challenge once', () => {
    expect(realmsOf('Basic realm="Call \\"Support\\" +1 888 555 0198"')).toBe('Call "Support" +1 888 555 0198');
    expect(realmsOf('Basic realm=Members')).toBe('Members');
    expect(realmsOf('Digest realm="call 0800 157 0123", nonce="abc", qop="auth", Basic realm="call 0800 157 0123"')).toBe('call 0800 157 0123');
    expect(realmsOf('Basic realm="one", Basic realm="two"')).toBe('one | two');
    expect(realmsOf('Bearer error="invalid_token"')).toBeNull();
    expect(realmsOf('Basic realm=""')).toBeNull();
    expect(realmsOf('')).toBeNull();
  });

  it('does not take a parameter that merely ends in "realm"', () => {
    expect(realmsOf('Custom xrealm="call 1-888-555-0198"')).toBeNull();
  });

  it('decodes a realm sent in UTF-8, which arrives as Latin-1 bytes', () => {
    const bytes = (text: string) => String.fromCharCode(...new TextEncoder().encode(text));
    expect(realmsOf(`Basic realm="${bytes('Sécurité Windows : appelez le 0800 157 0123')}"`)).toBe('Sécurité Windows : appelez le 0800 157 0123');
    expect(realmsOf('Basic realm="caf\xe9"'.replace('\\xe9', '\xe9'))).toBe('caf\xe9'.replace('\\xe9', '\xe9'));
  });
});
