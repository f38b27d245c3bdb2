import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type Artifact, buildArtifact, contentFromSource } from '../../../../src/core/blocklist/artifact';
import { generateKeyPair, type KeyPairText, parsePublicKey, sign } from '../../../../src/core/blocklist/sign';
import { parseHostsSource, parseNumbersSource } from '../../../../src/core/blocklist/source';
import { listStatus, noListAddress, resetLoadedList, updateList } from '../../../../src/extension/background/blocklist';
import { resetLoadedSubscriptions } from '../../../../src/extension/background/subscriptions';

/*
 * The maintained list's updates in the worker, against a stubbed list address: whatever goes
 * wrong, the options page must be able to say why in the person's language (a failure kind next
 * to the English detail), and a status stored before kinds existed must still read.
 */

const NOW = Date.parse('2026-12-05T12:00:00Z');
const LIST_URL = 'https://lists.example.org/hangup/';
const TODAY = '2026-12-01';

interface Served {
  status?: number;
  body?: string;
  headers?: Record<string, string>;
  /** Thrown by fetch instead of answering. */
  error?: unknown;
}

let keys: KeyPairText;
let bundled: Artifact;
let served: Map<string, Served>;

const hostLines = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `${prefix}-${i}.example.com | ${TODAY} | | report:r-${i}`).join('\n');

async function artifactOf(hosts: string, version: number): Promise<Artifact> {
  return buildArtifact(contentFromSource(parseHostsSource(hosts), parseNumbersSource(''), TODAY), {
    version,
    generatedAt: `${TODAY}T00:00:00Z`,
    expiresAt: '2099-01-01T00:00:00Z',
    minFetchMinutes: 30,
  });
}

async function signed(artifact: Artifact, with_: KeyPairText = keys): Promise<string> {
  return JSON.stringify(await sign(JSON.stringify(artifact), with_.privateKey, parsePublicKey(with_.publicKey)));
}

/** The list address publishes `body` as version `version` (no diffs). */
function publish(version: number, body: string): void {
  served.set(`${LIST_URL}index.json`, { body: JSON.stringify({ version, full: `list-${version}.json`, diffs: {}, minFetchMinutes: 30 }), headers: { 'content-type': 'application/json' } });
  served.set(`${LIST_URL}list-${version}.json`, { body, headers: { 'content-type': 'application/json' } });
}

async function failureAfterUpdate() {
  await updateList(LIST_URL, NOW);
  const status = await listStatus(NOW);
  return { failure: status.lastFailure, detail: status.lastError, failures: status.failures, version: status.version };
}

beforeAll(async () => {
  keys = await generateKeyPair();
  // 120 hosts: enough for the drop check to apply.
  bundled = await artifactOf(hostLines(120, 'bundled'), 100);
});

beforeEach(() => {
  fakeBrowser.reset();
  resetLoadedList();
  resetLoadedSubscriptions();
  served = new Map();
  vi.stubGlobal('fetch', async (input: string | URL) => {
    const url = String(input);
    if (url.endsWith('/blocklist/bundled.json')) return new Response(JSON.stringify(bundled));
    if (url.endsWith('/blocklist/public.key')) return new Response(keys.publicKey);
    const answer = served.get(url);
    if (!answer) return new Response('<h1>Not found</h1>', { status: 404, statusText: 'Not Found', headers: { 'content-type': 'text/html' } });
    if (answer.error) throw answer.error;
    return new Response(answer.body ?? '', { status: answer.status ?? 200, headers: answer.headers ?? {} });
  });
});

describe('a failed update is stored with its kind, next to the English detail', () => {
  it('no answer from the address: unreachable', async () => {
    served.set(`${LIST_URL}index.json`, { error: new TypeError('Failed to fetch') });
    expect(await failureAfterUpdate()).toMatchObject({ failure: { kind: 'unreachable' }, detail: 'The list address could not be reached (Failed to fetch).', failures: 1 });
  });

  it('no answer in time: timeout', async () => {
    served.set(`${LIST_URL}index.json`, { error: new DOMException('This operation was aborted', 'AbortError') });
    expect(await failureAfterUpdate()).toMatchObject({ failure: { kind: 'timeout' }, detail: 'The list address did not answer within 30 seconds.' });
  });

  it('an address that stops sending in the middle of the list is cut off, and the list in use stays', async () => {
    const body = await signed(await artifactOf(hostLines(130, 'next'), 101));
    publish(101, body);
    const answer = globalThis.fetch;
    // The list's first half arrives, then nothing more: the connection stays open.
    vi.stubGlobal('fetch', async (input: string | URL, init?: RequestInit) => {
      if (!String(input).endsWith('list-101.json')) return answer(input, init);
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode(body.slice(0, body.length / 2)));
          init?.signal?.addEventListener('abort', () => controller.error(init.signal?.reason));
        },
      });
      return new Response(stream, { headers: { 'content-type': 'application/json' } });
    });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const update = failureAfterUpdate();
      await vi.advanceTimersByTimeAsync(31_000);
      expect(await update).toMatchObject({ failure: { kind: 'timeout' }, failures: 1, version: 100 });
    } finally {
      vi.useRealTimers();
    }
  });

  it('a build whose public key cannot be read says so in the status, and keeps the list in use', async () => {
    publish(101, await signed(await artifactOf(hostLines(130, 'next'), 101)));
    const answer = globalThis.fetch;
    vi.stubGlobal('fetch', async (input: string | URL, init?: RequestInit) => (String(input).endsWith('/blocklist/public.key') ? new Response('not a key') : answer(input, init)));
    expect(await failureAfterUpdate()).toMatchObject({ failure: { kind: 'signature' }, detail: expect.stringContaining('public key'), failures: 1, version: 100 });
  });

  it('an HTTP error status, for the index or for the list, with its number', async () => {
    served.set(`${LIST_URL}index.json`, { status: 503 });
    expect(await failureAfterUpdate()).toMatchObject({ failure: { kind: 'http', status: 503 }, detail: expect.stringContaining('503') });
    // The index names a list that is not there.
    served.set(`${LIST_URL}index.json`, { body: JSON.stringify({ version: 101, full: 'gone.json', diffs: {}, minFetchMinutes: 30 }) });
    expect(await failureAfterUpdate()).toMatchObject({ failure: { kind: 'http', status: 404 }, detail: 'The list address answered 404 Not Found for the list.', failures: 2 });
  });

  it('a web page instead of the index: web-page', async () => {
    served.set(`${LIST_URL}index.json`, { body: '<!doctype html><title>Sign in</title>', headers: { 'content-type': 'text/html' } });
    expect((await failureAfterUpdate()).failure).toEqual({ kind: 'web-page' });
  });

  it('a truncated list: malformed', async () => {
    publish(101, (await signed(await artifactOf(hostLines(120, 'next'), 101))).slice(0, 200));
    expect(await failureAfterUpdate()).toMatchObject({ failure: { kind: 'malformed' }, detail: expect.stringContaining('not complete JSON') });
  });

  it('a list signed with another key: signature, and the bundled list stays in use', async () => {
    publish(101, await signed(await artifactOf(hostLines(120, 'forged'), 101), await generateKeyPair()));
    expect(await failureAfterUpdate()).toMatchObject({ failure: { kind: 'signature' }, detail: expect.stringContaining('Signed with another key'), version: 100 });
  });

  it('an older version offered: not-newer', async () => {
    publish(99, await signed(await artifactOf(hostLines(120, 'old'), 99)));
    expect(await failureAfterUpdate()).toMatchObject({ failure: { kind: 'not-newer' }, detail: expect.stringContaining('offers version 99') });
  });

  it('an index that promises a newer list but serves the one in use: not-newer', async () => {
    publish(101, await signed(bundled));
    expect((await failureAfterUpdate()).failure).toEqual({ kind: 'not-newer' });
  });

  it('a sharp drop in size: drop', async () => {
    publish(101, await signed(await artifactOf(hostLines(10, 'few'), 101)));
    expect(await failureAfterUpdate()).toMatchObject({ failure: { kind: 'drop' }, detail: expect.stringContaining('too sharp a drop') });
  });

  it('a list larger than accepted: too-large', async () => {
    served.set(`${LIST_URL}index.json`, { body: '{}', headers: { 'content-length': String(65 * 1024 * 1024) } });
    expect((await failureAfterUpdate()).failure).toEqual({ kind: 'too-large' });
  });

  it('no room left to store the list: storage-full, and the list in use stays', async () => {
    const store = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items: Record<string, unknown>) => {
      if ('list' in items) throw new Error('Resource::kQuotaBytes quota exceeded');
      return store(items);
    });
    publish(101, await signed(await artifactOf(hostLines(130, 'next'), 101)));
    expect(await failureAfterUpdate()).toMatchObject({ failure: { kind: 'storage-full' }, detail: expect.stringContaining('quota'), version: 100 });
  });

  it('a good update clears the failure', async () => {
    served.set(`${LIST_URL}index.json`, { status: 500 });
    await updateList(LIST_URL, NOW);
    publish(101, await signed(await artifactOf(hostLines(130, 'next'), 101)));
    const status = await failureAfterUpdate();
    expect(status).toMatchObject({ failure: undefined, detail: undefined, failures: 0, version: 101 });
  });

  it('a published diff that cannot be used: the full list is fetched instead, and the status says why', async () => {
    const next = await signed(await artifactOf(hostLines(130, 'next'), 101));
    publish(101, next);
    const index = { version: 101, full: 'list-101.json', diffs: { '100': 'diff-100-101.json' }, minFetchMinutes: 30 };
    served.set(`${LIST_URL}index.json`, { body: JSON.stringify(index), headers: { 'content-type': 'application/json' } });
    // First the diff is missing, then it is there but damaged.
    await updateList(LIST_URL, NOW);
    let status = await listStatus(NOW);
    expect(status).toMatchObject({ version: 101, lastUpdateKind: 'full', failures: 0 });
    expect(status.lastDiffProblem).toContain('404');
    expect(status.lastDiffProblem).toContain('diff-100-101.json');

    resetLoadedList();
    fakeBrowser.reset();
    publish(102, await signed(await artifactOf(hostLines(131, 'next'), 102)));
    served.set(`${LIST_URL}index.json`, { body: JSON.stringify({ ...index, version: 102, full: 'list-102.json', diffs: { '100': 'diff-100-102.json' } }), headers: { 'content-type': 'application/json' } });
    served.set(`${LIST_URL}diff-100-102.json`, { body: '{"version": 102, "trunc', headers: { 'content-type': 'application/json' } });
    await updateList(LIST_URL, NOW);
    status = await listStatus(NOW);
    expect(status).toMatchObject({ version: 102, lastUpdateKind: 'full', failures: 0 });
    expect(status.lastDiffProblem).toBeTruthy();
  });

  it('no list address set: no-address, which is no failure in a row', async () => {
    await noListAddress(NOW);
    const status = await listStatus(NOW);
    expect(status).toMatchObject({ lastFailure: { kind: 'no-address' }, failures: 0 });
    expect(status.lastError).toMatch(/No list address/);
  });
});

describe('a status stored before failure kinds', () => {
  it('still loads, with its English reason and its count of failures', async () => {
    await fakeBrowser.storage.local.set({ listStatus: { lastCheckAt: NOW - 60_000, failures: 3, lastError: 'The list address answered 500 Internal Server Error.', etag: '"v7"' } });
    const status = await listStatus(NOW);
    expect(status).toMatchObject({ failures: 3, lastCheckAt: NOW - 60_000, lastError: 'The list address answered 500 Internal Server Error.', etag: '"v7"', version: 100 });
    expect(status.lastFailure).toBeUndefined();
  });

  it('drops a kind it cannot read (from a newer version, or damaged) and keeps the rest', async () => {
    await fakeBrowser.storage.local.set({ listStatus: { failures: 1, lastError: 'Something new.', lastFailure: { kind: 'gremlins' } } });
    const status = await listStatus(NOW);
    expect(status).toMatchObject({ failures: 1, lastError: 'Something new.' });
    expect(status.lastFailure).toBeUndefined();
    // An HTTP failure without its status says nothing: the English text is shown instead.
    await fakeBrowser.storage.local.set({ listStatus: { failures: 1, lastError: 'The list address answered 418.', lastFailure: { kind: 'http' } } });
    expect((await listStatus(NOW)).lastFailure).toBeUndefined();
  });

  it('is updated in place by the next attempt, which adds the kind', async () => {
    await fakeBrowser.storage.local.set({ listStatus: { failures: 3, lastError: 'The list address answered 500 Internal Server Error.', etag: '"v7"' } });
    served.set(`${LIST_URL}index.json`, { status: 502 });
    expect(await failureAfterUpdate()).toMatchObject({ failure: { kind: 'http', status: 502 }, failures: 4 });
  });
});
