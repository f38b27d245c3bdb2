import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { packageList } from '../../helpers/packaged-list';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import { prefilter } from '../../../../src/core/detect/prefilter';
import type { PageCandidates } from '../../../../src/core/detect/types';
import { pageText } from '../../helpers/page-text';
import {
  addSubscription,
  MAX_SUBSCRIPTION_BYTES,
  onSubscriptionsAlarm,
  removeSubscription,
  resetLoadedSubscriptions,
  setSubscriptionEnabled,
  SUBSCRIPTION_FETCH_MINUTES,
  SUBSCRIPTIONS_ALARM,
  subscribedLookup,
  subscriptionViews,
  updateSubscriptionsNow,
} from '../../../../src/extension/background/subscriptions';
import { reportPage } from '../../../../src/extension/background/tab-verdicts';
import { getSubscriptions, getTabState } from '../../../../src/extension/storage';
import { SUBSCRIPTION_PRESETS } from '../../../../src/extension/subscription-presets';

/*
 * Third-party lists in the worker, against a stubbed network: what a person notices is whether a
 * page on a listed host is flagged, whether a broken download costs them the list they had, and
 * what the options page says about it.
 */

const NOW = 1_800_000_000_000;
const OWN_URL = 'https://lists.example.org/scam-hosts.txt';
const JARELLLAMA = SUBSCRIPTION_PRESETS.find((p) => p.id === 'jarelllama-scams-light');
if (!JARELLLAMA) throw new Error('the jarelllama preset is missing');

interface Served {
  status?: number;
  body?: string;
  headers?: Record<string, string>;
  /** Thrown by fetch instead of answering. */
  error?: unknown;
}

/** What the list addresses answer, changed by each test; every request is recorded. */
let served: Map<string, Served>;
let requests: Array<{ url: string; ifNoneMatch: string | null }>;

function serve(url: string, answer: Served): void {
  served.set(url, answer);
}

function hostsFile(hosts: readonly string[]): string {
  return `# Test list\n127.0.0.1 localhost\n${hosts.map((h) => `0.0.0.0 ${h}`).join('\n')}\n`;
}

const manyHosts = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `${prefix}-${i}.com`);

async function lookup(url: string) {
  return (await subscribedLookup())(url);
}

async function ownSubscription() {
  const found = (await getSubscriptions()).subscriptions.find((s) => s.url === OWN_URL);
  if (!found) throw new Error('no own subscription stored');
  return found;
}

// The first page report loads the scorer's lexicons and the phone library; on a busy machine that
// alone can take seconds.
vi.setConfig({ testTimeout: 20_000 });

const QUIET_PAGE: PageCandidates = prefilter(pageText({ title: 'Opening hours', text: 'We open at nine and close at five.', telLinks: [] }));

beforeEach(async () => {
  fakeBrowser.reset();
  resetLoadedSubscriptions();
  await packageList('', '');
  const packaged = globalThis.fetch;
  served = new Map();
  requests = [];
  vi.stubGlobal('fetch', async (input: string | URL, init?: RequestInit) => {
    const url = String(input);
    const answer = served.get(url);
    if (!answer) return packaged(input);
    requests.push({ url, ifNoneMatch: new Headers(init?.headers).get('if-none-match') });
    if (answer.error) throw answer.error;
    const status = answer.status ?? 200;
    return new Response(status === 304 ? null : (answer.body ?? ''), { status, headers: answer.headers ?? { 'content-type': 'text/plain; charset=utf-8' } });
  });
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((name: string) => `msg:${name}`);
  fakeBrowser.tabs.sendMessage = vi.fn(async () => ({ ok: true })) as unknown as typeof fakeBrowser.tabs.sendMessage;
});

describe('opting in', () => {
  it('fetches nothing until the person turns a list on, and offers the presets switched off', async () => {
    serve(JARELLLAMA.url, { body: 'scam-one.com\n' });
    const views = await subscriptionViews();
    expect(views.map((v) => [v.id, v.enabled])).toEqual(SUBSCRIPTION_PRESETS.map((p) => [p.id, false]));
    await onSubscriptionsAlarm(NOW);
    expect(await lookup('https://scam-one.com/')).toBeUndefined();
    expect(requests).toEqual([]);
    expect(await fakeBrowser.alarms.get(SUBSCRIPTIONS_ALARM)).toBeUndefined();
  });

  it('fetches a preset when it is switched on, and flags its hosts as suspicious, naming the list', async () => {
    serve(JARELLLAMA.url, { body: '# Title: test\nscam-one.com\nfake-alert.top\n', headers: { 'content-type': 'text/plain', etag: '"v1"' } });
    const views = await setSubscriptionEnabled(JARELLLAMA.id, true, NOW);
    const shown = views.find((v) => v.id === JARELLLAMA.id);
    expect(shown?.enabled).toBe(true);
    expect(shown?.status).toMatchObject({ count: 2, failures: 0, lastSuccessAt: NOW, etag: '"v1"' });
    expect(requests.map((r) => r.url)).toEqual([JARELLLAMA.url]);

    const url = 'https://www.scam-one.com/';
    expect((await reportPage({ tabId: 5, url, documentId: 'doc-1', scanMs: 1, candidates: QUIET_PAGE }, NOW)).level).toBe('suspicious');
    const signal = (await getTabState(5))?.verdict.signals.find((s) => s.id === 'list.third-party');
    expect(signal?.evidence).toBe(`scam-one.com (${JARELLLAMA.name})`);
    // The next look is due in a few hours.
    expect((await fakeBrowser.alarms.get(SUBSCRIPTIONS_ALARM))?.scheduledTime).toBe(NOW + SUBSCRIPTION_FETCH_MINUTES * 60_000);
  });

  it('adds an address the person typed in the format they chose, and fetches it at once', async () => {
    serve(OWN_URL, { body: hostsFile(['scam-two.net', 'www.fake-support.org']) });
    const { subscriptions, error } = await addSubscription(`  ${OWN_URL} `, 'hosts', NOW);
    expect(error).toBeUndefined();
    const own = subscriptions.find((s) => s.url === OWN_URL);
    expect(own).toMatchObject({ preset: false, enabled: true, format: 'hosts', name: 'lists.example.org/scam-hosts.txt', addedAt: NOW });
    expect(own?.status.count).toBe(2);
    expect(await lookup('http://a.scam-two.net/x')).toEqual({ entry: 'scam-two.net', list: 'lists.example.org/scam-hosts.txt' });
    expect(await lookup('https://fake-support.org/')).toBeUndefined();
  });

  it('refuses addresses that are not web addresses, and the same address twice', async () => {
    for (const url of ['lists.example.org/x.txt', 'ftp://lists.example.org/x.txt', 'https://me:secret@lists.example.org/x.txt', 'javascript:alert(1)']) {
      expect((await addSubscription(url, 'plain', NOW)).error, url).toBe('address');
    }
    serve(OWN_URL, { body: 'scam-three.com\n' });
    expect((await addSubscription(OWN_URL, 'plain', NOW)).error).toBeUndefined();
    expect((await addSubscription(OWN_URL, 'plain', NOW)).error).toBe('duplicate');
    expect((await getSubscriptions()).subscriptions).toHaveLength(1);
    expect(requests).toHaveLength(1);
  });

  it('keeps an added list whose first fetch failed, with the reason in plain words', async () => {
    serve(OWN_URL, { status: 404, body: 'Not found' });
    const { subscriptions } = await addSubscription(OWN_URL, 'plain', NOW);
    const own = subscriptions.find((s) => s.url === OWN_URL);
    expect(own?.status).toMatchObject({ count: 0, failures: 1, lastError: 'The list address answered 404.', lastFailure: { kind: 'http', status: 404 } });
  });

  it('says which format a list looks like when the person picked the wrong one', async () => {
    serve(OWN_URL, { body: hostsFile(['scam-two.net', 'scam-four.net']) });
    const { subscriptions } = await addSubscription(OWN_URL, 'plain', NOW);
    const status = subscriptions.find((s) => s.url === OWN_URL)?.status;
    expect(status?.lastError).toMatch(/looks like a hosts list/);
    expect(status?.lastFailure).toEqual({ kind: 'not-a-list' });
  });

  it('says when the address cannot be reached, or does not answer in time', async () => {
    serve(OWN_URL, { error: new TypeError('Failed to fetch') });
    await addSubscription(OWN_URL, 'plain', NOW);
    expect((await ownSubscription()).status).toMatchObject({ failures: 1, lastFailure: { kind: 'unreachable' }, lastError: 'The list address could not be reached (Failed to fetch).' });
    serve(OWN_URL, { error: new DOMException('This operation was aborted', 'AbortError') });
    await updateSubscriptionsNow(NOW + 1000);
    expect((await ownSubscription()).status).toMatchObject({ failures: 2, lastFailure: { kind: 'timeout' }, lastError: 'The list address did not answer within 30 seconds.' });
  });

  it('says when the list names no usable domain', async () => {
    // Genuine brand domains only: Hang Up drops them, and nothing is left.
    serve(OWN_URL, { body: 'microsoft.com\nsupport.apple.com\n' });
    const { subscriptions } = await addSubscription(OWN_URL, 'plain', NOW);
    expect(subscriptions.find((s) => s.url === OWN_URL)?.status).toMatchObject({ lastFailure: { kind: 'not-a-list' }, lastError: expect.stringMatching(/empty/) });
  });
});

describe('updates', () => {
  beforeEach(async () => {
    serve(OWN_URL, { body: manyHosts(200, 'listed').join('\n'), headers: { 'content-type': 'text/plain', etag: '"v1"' } });
    await addSubscription(OWN_URL, 'plain', NOW);
  });

  it('refuses a web page in place of the list and keeps the last good copy', async () => {
    serve(OWN_URL, { body: '<!doctype html><html><body>Rate limited</body></html>', headers: { 'content-type': 'text/html' } });
    await updateSubscriptionsNow(NOW + 1000);
    const own = await ownSubscription();
    expect(own.status).toMatchObject({ count: 200, failures: 1, lastSuccessAt: NOW, lastCheckAt: NOW + 1000 });
    expect(own.status.lastError).toMatch(/web page/);
    expect(own.status.lastFailure).toEqual({ kind: 'web-page' });
    expect(await lookup('https://listed-7.com/')).toEqual({ entry: 'listed-7.com', list: 'lists.example.org/scam-hosts.txt' });
    // The next attempt comes in an hour, and each failure in a row doubles the wait.
    expect(own.status.nextCheckAt).toBe(NOW + 1000 + 60 * 60_000);
    await onSubscriptionsAlarm(NOW + 1000 + 60 * 60_000);
    expect((await ownSubscription()).status).toMatchObject({ failures: 2, nextCheckAt: NOW + 1000 + 60 * 60_000 + 120 * 60_000 });
  });

  it('refuses a sharp drop in size and keeps the last good copy', async () => {
    serve(OWN_URL, { body: manyHosts(40, 'listed').join('\n') });
    await updateSubscriptionsNow(NOW + 1000);
    const own = await ownSubscription();
    expect(own.status.count).toBe(200);
    expect(own.status.lastError).toMatch(/40 domains where the copy in use has 200/);
    expect(own.status.lastFailure).toEqual({ kind: 'drop' });
    expect(await lookup('https://listed-150.com/')).toBeDefined();
  });

  it('replaces the copy with a good new one: new hosts count, dropped ones no longer do', async () => {
    serve(OWN_URL, { body: [...manyHosts(150, 'listed'), 'brand-new-scam.com'].join('\n') });
    await updateSubscriptionsNow(NOW + 1000);
    expect((await ownSubscription()).status).toMatchObject({ count: 151, failures: 0 });
    expect((await ownSubscription()).status.lastFailure).toBeUndefined();
    expect(await lookup('https://brand-new-scam.com/')).toBeDefined();
    expect(await lookup('https://listed-170.com/')).toBeUndefined();
  });

  it('asks with If-None-Match and keeps the copy on 304 Not Modified', async () => {
    serve(OWN_URL, { status: 304 });
    await updateSubscriptionsNow(NOW + 1000);
    expect(requests.at(-1)).toEqual({ url: OWN_URL, ifNoneMatch: '"v1"' });
    expect((await ownSubscription()).status).toMatchObject({ count: 200, failures: 0, lastSuccessAt: NOW + 1000 });
    expect(await lookup('https://listed-1.com/')).toBeDefined();
  });

  it('refuses a list larger than the cap without reading it all', async () => {
    serve(OWN_URL, { body: 'x', headers: { 'content-type': 'text/plain', 'content-length': String(MAX_SUBSCRIPTION_BYTES + 1) } });
    await updateSubscriptionsNow(NOW + 1000);
    expect((await ownSubscription()).status.lastError).toMatch(/larger than the 32 MB/);
    expect((await ownSubscription()).status.lastFailure).toEqual({ kind: 'too-large' });
    expect((await ownSubscription()).status.count).toBe(200);
  });

  it('says in plain words when the browser has no room left for a list, and keeps the copy', async () => {
    const store = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items: Record<string, unknown>) => {
      if (Object.keys(items).some((key) => key.startsWith('subscription-hosts-'))) throw new Error('Resource::kQuotaBytes quota exceeded');
      return store(items);
    });
    serve(OWN_URL, { body: manyHosts(300, 'listed').join('\n') });
    await updateSubscriptionsNow(NOW + 1000);
    const own = await ownSubscription();
    expect(own.status.lastError).toMatch(/storage for Hang Up is full/);
    expect(own.status.lastFailure).toEqual({ kind: 'storage-full' });
    expect(own.status.count).toBe(200);
    expect(await lookup('https://listed-7.com/')).toBeDefined();
    expect(await lookup('https://listed-250.com/')).toBeUndefined();
  });

  it('fetches on the alarm only the lists that are due', async () => {
    await onSubscriptionsAlarm(NOW + 60_000);
    expect(requests).toHaveLength(1);
    await onSubscriptionsAlarm(NOW + SUBSCRIPTION_FETCH_MINUTES * 60_000);
    expect(requests).toHaveLength(2);
  });

  it('stops counting a removed list at once, and forgets its copy', async () => {
    expect(await lookup('https://listed-3.com/')).toBeDefined();
    const own = await ownSubscription();
    const views = await removeSubscription(own.id);
    expect(views.some((v) => v.url === OWN_URL)).toBe(false);
    expect(await lookup('https://listed-3.com/')).toBeUndefined();
    expect(await storage.getItem(`local:subscription-hosts-${own.id}`)).toBeNull();
    expect((await reportPage({ tabId: 6, url: 'https://listed-3.com/', documentId: 'doc-2', scanMs: 1, candidates: QUIET_PAGE }, NOW)).level).toBe('clean');
    expect(await fakeBrowser.alarms.get(SUBSCRIPTIONS_ALARM)).toBeUndefined();
  });

  it('stops counting a list that is switched off, and uses its copy again when switched on', async () => {
    const own = await ownSubscription();
    await setSubscriptionEnabled(own.id, false, NOW);
    expect(await lookup('https://listed-3.com/')).toBeUndefined();
    await onSubscriptionsAlarm(NOW + SUBSCRIPTION_FETCH_MINUTES * 60_000);
    expect(requests).toHaveLength(1);
    await setSubscriptionEnabled(own.id, true, NOW + 1000);
    expect(await lookup('https://listed-3.com/')).toBeDefined();
    // Its copy was fresh: switching it on again fetched nothing.
    expect(requests).toHaveLength(1);
  });

  it('loads the copies again after the worker restarted', async () => {
    resetLoadedSubscriptions();
    expect(await lookup('https://listed-3.com/')).toBeDefined();
  });
});

describe('broken storage', () => {
  it('keeps the good subscriptions, drops the broken ones, and reads a broken switch as off', async () => {
    await fakeBrowser.storage.local.set({
      subscriptions: {
        subscriptions: [
          { id: 'own-good', url: OWN_URL, format: 'hosts', enabled: true, addedAt: NOW, status: { count: 'many', failures: -1, lastError: 42 } },
          { id: 'own-bad-url', url: 'file:///etc/hosts', format: 'hosts', enabled: true, addedAt: NOW, status: {} },
          { id: 'own-bad-format', url: 'https://x.example/list', format: 'json', enabled: true, addedAt: NOW, status: {} },
          { id: 'own-dup', url: OWN_URL, format: 'plain', enabled: true, addedAt: NOW, status: {} },
          { id: 'own-maybe', url: 'https://y.example/list', format: 'plain', enabled: 'yes', addedAt: 'today', status: null },
          'garbage',
        ],
      },
      subscriptions$: { v: 1 },
    });
    const { subscriptions } = await getSubscriptions();
    expect(subscriptions).toEqual([
      { id: 'own-good', url: OWN_URL, format: 'hosts', enabled: true, addedAt: NOW, status: { count: 0, failures: 0, refused: 0 } },
      { id: 'own-maybe', url: 'https://y.example/list', format: 'plain', enabled: false, addedAt: 0, status: { count: 0, failures: 0, refused: 0 } },
    ]);
  });

  it('drops a damaged copy, says so, and fetches the list again on the next alarm', async () => {
    serve(OWN_URL, { body: 'scam-five.com\nscam-six.com\n' });
    await addSubscription(OWN_URL, 'plain', NOW);
    const own = await ownSubscription();
    await storage.setItem(`local:subscription-hosts-${own.id}`, { count: 2, hashes: 'AAAA' });
    resetLoadedSubscriptions();
    expect(await lookup('https://scam-five.com/')).toBeUndefined();
    await vi.waitFor(async () => expect((await ownSubscription()).status.lastError).toMatch(/damaged/));
    expect((await ownSubscription()).status.lastFailure).toEqual({ kind: 'damaged-copy' });
    expect((await ownSubscription()).status.count).toBe(0);
    await onSubscriptionsAlarm(NOW + 2000);
    expect(await lookup('https://scam-five.com/')).toBeDefined();
    expect((await ownSubscription()).status).toMatchObject({ count: 2, failures: 0 });
    expect((await ownSubscription()).status.lastFailure).toBeUndefined();
  });

  it('loads a status stored before failure kinds with its English reason, and keeps using its copy', async () => {
    serve(OWN_URL, { body: 'scam-five.com\nscam-six.com\n', headers: { 'content-type': 'text/plain', etag: '"v1"' } });
    await addSubscription(OWN_URL, 'plain', NOW);
    const own = await ownSubscription();
    const { lastFailure: _, ...before } = { ...own.status, failures: 2, lastError: 'The list address answered 503 Service Unavailable.' };
    await fakeBrowser.storage.local.set({ subscriptions: { subscriptions: [{ ...own, status: before }] }, subscriptions$: { v: 1 } });
    resetLoadedSubscriptions();
    const stored = await ownSubscription();
    expect(stored).toEqual({ ...own, status: before });
    expect(stored.status.lastFailure).toBeUndefined();
    expect(await lookup('https://scam-six.com/')).toBeDefined();
    // The next failure stores its kind; a kind this version cannot read is dropped, the rest kept.
    serve(OWN_URL, { status: 500 });
    await updateSubscriptionsNow(NOW + 1000);
    expect((await ownSubscription()).status).toMatchObject({ failures: 3, count: 2, lastFailure: { kind: 'http', status: 500 } });
    await fakeBrowser.storage.local.set({ subscriptions: { subscriptions: [{ ...own, status: { ...before, lastFailure: { kind: 'gremlins' } } }] } });
    expect((await ownSubscription()).status).toEqual(before);
  });
});

describe('a subscription at real size', () => {
  const file = path.resolve(import.meta.dirname, '../../../../../shared/lists/jarelllama-scam-blocklist/scams_light.txt');

  it.skipIf(!existsSync(file))('takes jarelllama\'s light list (18,000 domains) and matches its hosts, never a brand', async () => {
    const text = readFileSync(file, 'utf8');
    serve(JARELLLAMA.url, { body: text });
    const views = await setSubscriptionEnabled(JARELLLAMA.id, true, NOW);
    const status = views.find((v) => v.id === JARELLLAMA.id)?.status;
    expect(status?.lastError).toBeUndefined();
    expect(status?.count).toBeGreaterThan(18_000);
    expect(status?.refused).toBeGreaterThanOrEqual(1);
    const listed = text.split('\n').filter((line) => line !== '' && !line.startsWith('#'));
    resetLoadedSubscriptions();
    for (const host of [listed[0], listed[9000], listed.at(-1)]) expect(await lookup(`https://${host}/`), host).toBeDefined();
    expect(await lookup('https://infomail.microsoft.com/')).toBeUndefined();
    // Stored compactly: 8 bytes a host in base64, not the host names.
    const stored = await storage.getItem<{ hashes: string }>(`local:subscription-hosts-${JARELLLAMA.id}`);
    expect(stored?.hashes.length).toBeLessThan((status?.count ?? 0) * 11);
  });
});
