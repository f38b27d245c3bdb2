import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type Report, ReportSchema } from '../../../../src/core/report';
import { deleteReport, flushOutbox, getOutbox, OUTBOX_ALARM, OutboxFull, queueReport, registerOutbox, resetOutboxWorker } from '../../../../src/extension/background/outbox';
import { previewReport } from '../../../../src/extension/background/report-preview';
import { warningPageUrl } from '../../../../src/extension/background/tab-verdicts';
import { OUTBOX_LIMIT, type OutboxEntry } from '../../../../src/extension/outbox-schema';
import { setSettings, setTabState } from '../../../../src/extension/storage';
import { DEFAULT_SETTINGS, type TabState } from '../../../../src/extension/storage-schema';

const REPORT = ReportSchema.parse(JSON.parse(readFileSync(new URL('../../../fixtures/report.json', import.meta.url), 'utf8')));
const ADDRESS = 'https://reports.example/';
const ENDPOINT = 'https://reports.example/v1/reports';
const NOW = Date.parse('2026-12-05T10:00:00Z');
const MINUTE = 60_000;

interface Call {
  url: string;
  init: RequestInit;
}
let calls: Call[];
/** What the fake report service answers, one per request (the last one repeats). */
let answers: Array<() => Response | Promise<Response>>;

function answer(status: number, body: unknown = {}, headers: Record<string, string> = {}) {
  return () => new Response(status === 204 ? null : JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}
const accepted = (id = REPORT.id) => answer(202, { id, status: 'accepted' });
const networkError = () => Promise.reject(new TypeError('Failed to fetch'));

function sentBodies(): Report[] {
  return calls.map((call) => JSON.parse(String(call.init.body)) as Report);
}

async function entryOf(id = REPORT.id): Promise<OutboxEntry | undefined> {
  return (await getOutbox()).find((entry) => entry.report.id === id);
}

async function alarmTime(): Promise<number | undefined> {
  return (await fakeBrowser.alarms.get(OUTBOX_ALARM))?.scheduledTime;
}

function reportWithId(n: number): Report {
  return { ...REPORT, id: `report-id-${String(n).padStart(8, '0')}` };
}

beforeEach(async () => {
  // The worker also reads the clock itself (an alarm is never set in the past): it must read NOW.
  vi.setSystemTime(NOW);
  fakeBrowser.reset();
  resetOutboxWorker();
  calls = [];
  answers = [accepted()];
  vi.stubGlobal('fetch', vi.fn(async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    const next = answers.length > 1 ? answers.shift() : answers[0];
    return (next ?? accepted())();
  }));
  await setSettings({ ...DEFAULT_SETTINGS, reportUrl: ADDRESS });
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('queueReport', () => {
  it('posts the report as JSON to <address>/v1/reports without cookies, and marks it sent on 202', async () => {
    const entry = await queueReport(REPORT, NOW);
    expect(entry).toMatchObject({ state: 'sent', attempts: 1, sentAt: NOW, sentTo: ENDPOINT });
    expect(entry.lastError).toBeUndefined();
    expect(calls).toHaveLength(1);
    expect(calls[0]?.url).toBe(ENDPOINT);
    expect(calls[0]?.init).toMatchObject({ method: 'POST', credentials: 'omit', referrerPolicy: 'no-referrer' });
    expect(new Headers(calls[0]?.init.headers).get('content-type')).toBe('application/json');
    expect(sentBodies()).toEqual([REPORT]);
    // Nothing left to send: no retry alarm.
    expect(await alarmTime()).toBeUndefined();
  });

  it('joins a trailing slash or none to the endpoint alike', async () => {
    await setSettings({ ...DEFAULT_SETTINGS, reportUrl: 'https://reports.example/hangup' });
    await queueReport(REPORT, NOW);
    expect(calls[0]?.url).toBe('https://reports.example/hangup/v1/reports');
  });

  it('keeps a report that fails with 503 waiting, and retries it later with a growing wait and the same id', async () => {
    answers = [answer(503, { error: 'database is down' }), networkError, answer(500), accepted()];
    const first = await queueReport(REPORT, NOW);
    expect(first).toMatchObject({ state: 'waiting', attempts: 1, problem: 'busy', nextAttemptAt: NOW + MINUTE });
    expect(first.lastError).toContain('503');
    expect(first.lastError).toContain('database is down');
    expect(await alarmTime()).toBe(NOW + MINUTE);

    // Not due yet: nothing is sent.
    await flushOutbox(NOW + 30_000);
    expect(calls).toHaveLength(1);

    await flushOutbox(NOW + MINUTE);
    expect(await entryOf()).toMatchObject({ state: 'waiting', attempts: 2, problem: 'unreachable', nextAttemptAt: NOW + MINUTE + 2 * MINUTE });
    await flushOutbox(NOW + 3 * MINUTE);
    expect(await entryOf()).toMatchObject({ state: 'waiting', attempts: 3, nextAttemptAt: NOW + 3 * MINUTE + 4 * MINUTE });
    await flushOutbox(NOW + 7 * MINUTE);
    expect(await entryOf()).toMatchObject({ state: 'sent', attempts: 4, sentAt: NOW + 7 * MINUTE });
    expect((await entryOf())?.lastError).toBeUndefined();

    // Four posts of one report, all with its one id: the service counts it once.
    expect(sentBodies()).toEqual([REPORT, REPORT, REPORT, REPORT]);
  });

  it('waits at most six hours between attempts, and longer when the service asks to (Retry-After)', async () => {
    answers = [answer(429, {}, { 'retry-after': '600' })];
    expect(await queueReport(REPORT, NOW)).toMatchObject({ state: 'waiting', nextAttemptAt: NOW + 10 * MINUTE });
    answers = [networkError];
    let now = NOW;
    for (let i = 0; i < 15; i++) {
      now = (await entryOf())?.nextAttemptAt ?? 0;
      await flushOutbox(now);
    }
    const entry = await entryOf();
    expect(entry?.attempts).toBe(16);
    expect((entry?.nextAttemptAt ?? 0) - now).toBe(6 * 60 * MINUTE);
  });

  it('takes 409 with the same id as already sent (the answer to an earlier try was lost)', async () => {
    answers = [answer(409, { id: REPORT.id, status: 'accepted' })];
    expect(await queueReport(REPORT, NOW)).toMatchObject({ state: 'sent' });
  });

  it('keeps a refused report with the reason, and does not send it again soon', async () => {
    answers = [answer(400, { error: 'numbers: not E.164' })];
    const entry = await queueReport(REPORT, NOW);
    expect(entry).toMatchObject({ state: 'refused', problem: 'refused', attempts: 1 });
    expect(entry.lastError).toContain('400');
    expect(entry.lastError).toContain('numbers: not E.164');
    await flushOutbox(NOW + 60 * MINUTE);
    expect(calls).toHaveLength(1);
    expect(await getOutbox()).toHaveLength(1);
    // The person asks to try again: it is sent.
    answers = [accepted()];
    await flushOutbox(NOW + 61 * MINUTE, { force: true });
    expect(await entryOf()).toMatchObject({ state: 'sent', attempts: 2 });
  });

  it('does not follow a redirect with the report', async () => {
    answers = [() => new Response(null, { status: 307, headers: { location: 'https://elsewhere.example/' } })];
    const entry = await queueReport(REPORT, NOW);
    expect(entry.state).toBe('refused');
    expect(calls[0]?.init.redirect).toBe('manual');
  });

  it('queues a report once however often it is sent', async () => {
    answers = [networkError];
    await queueReport(REPORT, NOW);
    await queueReport(REPORT, NOW);
    expect(await getOutbox()).toHaveLength(1);
  });

  it('refuses an invalid report and stores nothing', async () => {
    await expect(queueReport({ ...REPORT, numbers: ['call me'] } as Report, NOW)).rejects.toThrow();
    await expect(queueReport({ ...REPORT, id: 'short' } as Report, NOW)).rejects.toThrow();
    expect(await getOutbox()).toEqual([]);
    expect(calls).toHaveLength(0);
  });

  it('without an address keeps reports waiting and says why, then sends them once an address is set', async () => {
    await setSettings({ ...DEFAULT_SETTINGS, reportUrl: '' });
    await registerOutbox();
    const entry = await queueReport(REPORT, NOW);
    expect(entry).toMatchObject({ state: 'waiting', problem: 'no-address', attempts: 0 });
    expect(calls).toHaveLength(0);
    expect(await alarmTime()).toBeUndefined();

    await setSettings({ ...DEFAULT_SETTINGS, reportUrl: ADDRESS });
    await vi.waitFor(async () => expect((await entryOf())?.state).toBe('sent'));
    expect(sentBodies()).toEqual([REPORT]);
  });
});

describe('the outbox across restarts', () => {
  it('is in local storage, so a new worker (or browser) sends what the old one could not', async () => {
    answers = [networkError];
    await queueReport(REPORT, NOW);
    const stored = (await fakeBrowser.storage.local.get('outbox'))['outbox'] as { entries: OutboxEntry[] };
    expect(stored.entries.map((e) => e.report.id)).toEqual([REPORT.id]);

    // The worker stops; a new one starts, reads the stored outbox and sends what is due.
    resetOutboxWorker();
    answers = [accepted()];
    vi.setSystemTime(NOW + 2 * MINUTE);
    try {
      await registerOutbox();
      expect((await entryOf())?.state).toBe('sent');
    } finally {
      vi.useRealTimers();
    }
    expect(sentBodies().map((r) => r.id)).toEqual([REPORT.id, REPORT.id]);
  });

  it('sends a report when its alarm fires', async () => {
    answers = [networkError, accepted()];
    await registerOutbox();
    await queueReport(REPORT, Date.now() - 2 * MINUTE);
    expect((await entryOf())?.state).toBe('waiting');
    await fakeBrowser.alarms.onAlarm.trigger({ name: OUTBOX_ALARM, scheduledTime: Date.now() });
    await vi.waitFor(async () => expect((await entryOf())?.state).toBe('sent'));
  });

  it('repairs a damaged stored outbox without losing the reports in it', async () => {
    await fakeBrowser.storage.local.set({
      outbox: {
        entries: [
          { report: REPORT, state: 'lost', attempts: 'x', nextAttemptAt: null },
          { report: { ...REPORT, id: 'broken' }, state: 'waiting', attempts: 0, nextAttemptAt: 0 },
          'nonsense',
        ],
      },
      outbox$: { v: 1 },
    });
    const entries = await getOutbox();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ report: REPORT, state: 'waiting', attempts: 0, nextAttemptAt: 0 });
    await flushOutbox(NOW);
    expect(await entryOf()).toMatchObject({ state: 'sent' });
  });
});

describe('the outbox limit', () => {
  it('makes room by dropping the oldest sent reports, never one still waiting', async () => {
    const entries: OutboxEntry[] = Array.from({ length: OUTBOX_LIMIT }, (_, i) => ({
      report: reportWithId(i),
      state: i < 5 ? 'waiting' : 'sent',
      attempts: 1,
      nextAttemptAt: NOW + 60 * MINUTE,
      queuedAt: NOW - (OUTBOX_LIMIT - i) * MINUTE,
      ...(i < 5 ? {} : { sentAt: NOW - (OUTBOX_LIMIT - i) * MINUTE }),
    }));
    await fakeBrowser.storage.local.set({ outbox: { entries }, outbox$: { v: 1 } });
    await queueReport(reportWithId(999), NOW);
    const ids = (await getOutbox()).map((e) => e.report.id);
    expect(ids).toHaveLength(OUTBOX_LIMIT);
    expect(ids).toContain(reportWithId(999).id);
    for (let i = 0; i < 5; i++) expect(ids).toContain(reportWithId(i).id);
    expect(ids).not.toContain(reportWithId(5).id);
  });

  it('refuses a new report when every kept one is still to be sent', async () => {
    const entries: OutboxEntry[] = Array.from({ length: OUTBOX_LIMIT }, (_, i) => ({ report: reportWithId(i), state: 'waiting', attempts: 1, nextAttemptAt: NOW + 60 * MINUTE, queuedAt: NOW }));
    await fakeBrowser.storage.local.set({ outbox: { entries }, outbox$: { v: 1 } });
    await expect(queueReport(reportWithId(999), NOW)).rejects.toThrow(OutboxFull);
    expect(await getOutbox()).toHaveLength(OUTBOX_LIMIT);
  });

  it('lets the person delete a report', async () => {
    await queueReport(REPORT, NOW);
    expect(await deleteReport(REPORT.id)).toEqual([]);
    expect(await getOutbox()).toEqual([]);
  });
});

describe('previewReport', () => {
  const SCAM_STATE: TabState = {
    url: 'http://windows-defender-alert.example-scam.test/fake-ms-alert.html#x',
    documentId: 'doc-1',
    verdict: {
      level: 'scam',
      score: 120,
      signals: [
        { id: 'brand.impersonation', weight: 40, evidence: 'microsoft:Windows Defender' },
        { id: 'number.shown', weight: 10, evidence: '+1 (888) 555-0199' },
        { id: 'number.call-to-action', weight: 20, evidence: '+1 (888) 555-0199' },
      ],
    },
    allowed: false,
    blocked: true,
    updatedAt: NOW,
    levelSince: NOW,
    scanMs: [],
    candidates: { title: 'Windows Defender', lang: 'en', phones: [], snippets: ['secret page text'], textChars: 900, behaviours: [] },
  };

  it('drafts the report of a judged tab: its address, verdict and numbers, and nothing of the page text', async () => {
    await setTabState(7, SCAM_STATE);
    const report = await previewReport({ tabId: 7, kind: 'scam', comment: 'It beeped.' }, NOW);
    expect(ReportSchema.parse(report)).toEqual(report);
    expect(report).toMatchObject({ kind: 'scam', url: 'http://windows-defender-alert.example-scam.test/fake-ms-alert.html', numbers: ['+18885550199'], comment: 'It beeped.' });
    expect(report.verdict.signals).toEqual(SCAM_STATE.verdict.signals);
    expect(JSON.stringify(report)).not.toContain('secret page text');
    // A new id for every preview: two previews are two reports until one is sent.
    expect((await previewReport({ tabId: 7, kind: 'scam' }, NOW)).id).not.toBe(report.id);
  });

  it('reports an http page of a tab with no verdict, and it can be sent', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'http://never-checked.example/page' });
    const report = await previewReport({ tabId: tab.id ?? -1, kind: 'scam' }, NOW);
    expect(report).toMatchObject({ url: 'http://never-checked.example/page', verdict: { level: 'clean', score: 0, signals: [] }, numbers: [] });
    expect(await queueReport(report, NOW)).toMatchObject({ state: 'sent' });
    expect(sentBodies()).toEqual([report]);
  });

  it('reports the blocked page of a warning page whose tab state was lost', async () => {
    const tab = await fakeBrowser.tabs.create({ url: warningPageUrl('http://scam.example/alert') });
    const report = await previewReport({ tabId: tab.id ?? -1, kind: 'false-positive' }, NOW);
    expect(report).toMatchObject({ url: 'http://scam.example/alert', kind: 'false-positive' });
  });

  it('refuses to report a page that is not a web page', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'chrome://settings' });
    await expect(previewReport({ tabId: tab.id ?? -1, kind: 'scam' }, NOW)).rejects.toThrow(/web pages/);
    await expect(previewReport({ tabId: 999, kind: 'scam' }, NOW)).rejects.toThrow();
  });
});

describe('a worker start without a report address', () => {
  it('writes nothing when there is nothing to say', async () => {
    await setSettings({ ...DEFAULT_SETTINGS, reportUrl: '' });
    const changes: string[] = [];
    fakeBrowser.storage.onChanged.addListener((c) => changes.push(...Object.keys(c)));
    await registerOutbox();
    await registerOutbox();
    expect(changes).toEqual([]);
    expect(calls).toHaveLength(0);
  });
});

describe("Firefox's data-collection consent", () => {
  it('sends nothing while the consent is withdrawn, says so, and sends once it is given again', async () => {
    answers = [networkError, accepted()];
    await queueReport(REPORT, NOW);
    expect(calls).toHaveLength(1);

    await flushOutbox(NOW + 10 * MINUTE, { force: true, consentHeld: async () => false });
    expect(calls).toHaveLength(1);
    expect(await entryOf()).toMatchObject({ state: 'waiting', problem: 'no-consent' });

    await flushOutbox(NOW + 11 * MINUTE, { force: true, consentHeld: async () => true });
    expect(calls).toHaveLength(2);
    expect((await entryOf())?.state).toBe('sent');
  });

  it('reads the consent from the permissions API, and takes an error for no consent', async () => {
    const { reportConsentHeld } = await import('../../../../src/extension/background/outbox');
    const asked: unknown[] = [];
    expect(await reportConsentHeld({ contains: async (p) => (asked.push(p), true) })).toBe(true);
    expect(asked).toEqual([{ data_collection: ['browsingActivity', 'websiteContent'] }]);
    expect(await reportConsentHeld({ contains: async () => false })).toBe(false);
    expect(await reportConsentHeld({ contains: () => Promise.reject(new Error('unknown type')) })).toBe(false);
    // Chrome and Edge: no such consent, nothing to wait for.
    expect(await reportConsentHeld(null)).toBe(true);
  });
});
