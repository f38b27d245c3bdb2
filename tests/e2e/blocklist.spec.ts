/// <reference types="chrome" />
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, expect, type Page, test } from '@playwright/test';
import { run } from '../../src/cli/hangup';
import type { Io } from '../../src/cli/list';
import { chromiumPath, extensionArgs } from '../../src/cli/chromium';
import { EXTENSION_DIR } from './fixtures';

/*
 * The list update loop end to end: a local server publishes a newer signed list, the extension
 * fetches it when its alarm fires, and a page on a newly listed host, with no scam text at all,
 * ends on the warning page. The extension is a copy of the build that trusts a key made here.
 */

const PAGE_HOST = 'quiet-page.newly-listed.com';
const PAGE = `http://${PAGE_HOST}/index.html`;
const LIST_URL = 'http://lists.hangup-test.com/';

let work: string;
let server: Server;
const requests: Array<{ path: string; status: number }> = [];
// Versions are minutes since 1970: lists published here must be newer than the one bundled at build time.
let clock = Date.now() + 60 * 60_000;
const io: Io = { out: () => undefined, today: () => new Date(clock).toISOString().slice(0, 10), now: () => clock };

async function hangup(...args: string[]): Promise<void> {
  const code = await run(args, io);
  if (code !== 0) throw new Error(`hangup ${args.join(' ')} exited ${code}`);
}

test.beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'hangup-list-e2e-'));
  await mkdir(path.join(work, 'source'));
  await hangup('keygen', '--out', path.join(work, 'keys'));
  await hangup('list', 'add', 'older-scam.example.com', '--evidence', 'report:r-1', '--source', path.join(work, 'source'));
  await hangup('list', 'build', '--out', path.join(work, 'out'), '--source', path.join(work, 'source'));
  // Served for every host: the page, and the published lists with ETags as a CDN would.
  server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://x');
      if (request.headers.host === PAGE_HOST) {
        response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Opening hours</title><p>We open at nine and close at five.</p>');
        return;
      }
      const file = path.join(work, 'out', 'publish', path.basename(url.pathname));
      const body = await readFile(file).catch(() => null);
      if (!body) {
        requests.push({ path: url.pathname, status: 404 });
        response.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
        return;
      }
      const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;
      const status = request.headers['if-none-match'] === etag ? 304 : 200;
      requests.push({ path: url.pathname, status });
      response.writeHead(status, { 'content-type': 'application/json', etag }).end(status === 200 ? body : undefined);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(work, { recursive: true, force: true });
});

async function launchTrustingTestKey(): Promise<{ context: BrowserContext; extensionId: string; profile: string }> {
  const extension = path.join(work, 'extension');
  await rm(extension, { recursive: true, force: true });
  await cp(EXTENSION_DIR, extension, { recursive: true });
  await cp(path.join(work, 'keys', 'public.key'), path.join(extension, 'blocklist', 'public.key'));
  const profile = await mkdtemp(path.join(tmpdir(), 'hangup-list-profile-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath(), headless: true, args: extensionArgs(extension, (server.address() as AddressInfo).port) });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, extensionId: new URL(worker.url()).host, profile };
}

async function publish(...entries: Array<[string, string]>): Promise<void> {
  for (const [entry, evidence] of entries) await hangup('list', 'add', entry, '--evidence', evidence, '--source', path.join(work, 'source'));
  clock += 60 * 60_000;
  await hangup('list', 'build', '--out', path.join(work, 'out'), '--source', path.join(work, 'source'));
  await hangup('list', 'sign', path.join(work, 'out'), '--key', path.join(work, 'keys', 'private.key'));
}

async function listStatus(options: Page): Promise<{ version?: number; lastUpdateKind?: string; lastError?: string; lastFailure?: { kind: string; status?: number }; failures?: number; lastCheckAt?: number }> {
  return options.evaluate(async () => ((await chrome.runtime.sendMessage({ type: 'getListStatus' })) as { status: object }).status);
}

/** An extension page to drive the worker from, after the list address was set as a person would. */
async function optionsWithListUrl(context: BrowserContext, extensionId: string): Promise<Page> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.evaluate(async (listUrl) => {
    await chrome.storage.local.set({ settings: { interruptOn: 'scam', listUrl } });
  }, LIST_URL);
  return options;
}

/** Fire the update alarm now, and wait for the attempt it starts to be recorded. */
async function fireListAlarm(options: Page): Promise<void> {
  const before = (await listStatus(options)).lastCheckAt ?? 0;
  await options.evaluate(async () => {
    await chrome.alarms.create('hangup-list-update', { when: Date.now() + 10 });
  });
  await expect.poll(async () => (await listStatus(options)).lastCheckAt ?? 0, { timeout: 10_000 }).toBeGreaterThan(before);
}

test('a newly listed host is blocked after the extension fetches the signed list, and updates come as diffs', async () => {
  test.setTimeout(60_000);
  await publish(); // version 1 only (no diff yet): what the extension will fetch first
  const { context, extensionId, profile } = await launchTrustingTestKey();
  try {
    const options = await optionsWithListUrl(context, extensionId);

    // Before the list names it, the quiet page is just a page.
    const page = await context.newPage();
    await page.goto(PAGE);
    await page.waitForTimeout(1500);
    expect(page.url()).toBe(PAGE);

    await fireListAlarm(options);
    const first = await listStatus(options);
    expect(first.lastError).toBeUndefined();
    expect(first.lastUpdateKind).toBe('full');

    // The maintainers list the host; the next alarm brings it as a diff of a few hundred bytes.
    await publish([PAGE_HOST.split('.').slice(-2).join('.'), 'report:r-77']);
    await fireListAlarm(options);
    const second = await listStatus(options);
    expect(second.lastError).toBeUndefined();
    expect(second.lastUpdateKind).toBe('diff');
    expect(requests.filter((r) => r.path.startsWith('/diff-') && r.status === 200)).toHaveLength(1);

    // Nothing new: the index answers 304 and nothing else is fetched.
    const fetchedBefore = requests.length;
    await fireListAlarm(options);
    expect((await listStatus(options)).lastUpdateKind).toBe('unchanged');
    expect(requests.slice(fetchedBefore)).toEqual([{ path: '/index.json', status: 304 }]);

    await page.goto(PAGE);
    await page.waitForURL(`chrome-extension://${extensionId}/warning.html**`);

    // The options page tells the person which list is in use and that updates work.
    await options.reload();
    const shown = options.getByTestId('list-status');
    await expect(shown).toContainText(`Version ${second.version}`);
    await expect(shown).toContainText('Sites listed: 2. Phone numbers listed: 0.');
    await expect(shown).not.toContainText('failed');
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
});

test('a broken or forged list is refused and the last good list stays', async () => {
  test.setTimeout(60_000);
  await publish(['forged-check.example.org', 'report:r-90']);
  const { context, extensionId, profile } = await launchTrustingTestKey();
  try {
    const options = await optionsWithListUrl(context, extensionId);
    await fireListAlarm(options);
    const good = await listStatus(options);
    expect(good.lastError).toBeUndefined();

    // Someone changes the published list without the key.
    await publish(['another.example.org', 'report:r-91']);
    const publishDir = path.join(work, 'out', 'publish');
    const index = JSON.parse(await readFile(path.join(publishDir, 'index.json'), 'utf8')) as { full: string; diffs: Record<string, string> };
    for (const name of [index.full, ...Object.values(index.diffs)]) {
      const text = await readFile(path.join(publishDir, name), 'utf8');
      await writeFile(path.join(publishDir, name), text.replace('report:r-91', 'report:r-66'));
    }
    await fireListAlarm(options);
    const refused = await listStatus(options);
    expect(refused.lastError).toMatch(/signature/);
    expect(refused.lastFailure).toEqual({ kind: 'signature' });
    expect(refused.failures).toBe(1);
    // The person reads why in plain words; the maintainers' detail stays below it.
    await options.reload();
    const shown = options.getByTestId('list-status');
    await expect(shown).toContainText('The last update failed: The list that arrived does not carry a valid signature of the Hang Up maintainers, so it was not trusted. The list in use was kept.');
    await expect(shown.getByTestId('failure-detail')).toContainText('Technical detail: The signature does not match');

    // The last good list still blocks what it listed.
    const page = await context.newPage();
    await page.goto('http://forged-check.example.org/index.html');
    await page.waitForURL(`chrome-extension://${extensionId}/warning.html**`);
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
});
