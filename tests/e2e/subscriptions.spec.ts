/// <reference types="chrome" />
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, expect, type Page, test } from '@playwright/test';
import { chromiumPath, extensionArgs } from '../../src/cli/chromium';
import { axeViolations } from './a11y';
import { EXTENSION_DIR } from './fixtures';

/*
 * A third-party list end to end: a local server publishes a hosts file, the person adds its
 * address in the options page, and pages on a listed host are judged with it: suspicious with no
 * scam text at all (badge, no interruption), a scam with the page's own scam text (the warning
 * page). Removing the list takes its hosts out of the verdicts at once.
 */

const LIST_URL = 'http://lists.hangup-subs-test.org/scam-hosts.txt';
const LISTED = 'third-party-listed.com';
const QUIET_PAGE = `http://quiet.${LISTED}/index.html`;
const ALERT_PAGE = `http://alert.${LISTED}/index.html`;
const HOSTS_FILE = ['# Test scam list', '127.0.0.1 localhost', `0.0.0.0 ${LISTED}`, '0.0.0.0 another-listed-scam.net', ''].join('\n');

const PAGES: Record<string, string> = {
  [`quiet.${LISTED}`]: '<!doctype html><title>Opening hours</title><p>We open at nine and close at five.</p>',
  // One line of fright and nothing else: not enough on its own to interrupt anyone.
  [`alert.${LISTED}`]: '<!doctype html><title>Notice</title><p>Your computer has been blocked.</p>',
};

let server: Server;
const listRequests: string[] = [];

test.beforeAll(async () => {
  server = createServer((request, response) => {
    const host = request.headers.host ?? '';
    const page = PAGES[host];
    if (page) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
      return;
    }
    if (`http://${host}${request.url ?? ''}` === LIST_URL) {
      listRequests.push(String(request.headers['if-none-match'] ?? ''));
      const etag = `"${createHash('sha256').update(HOSTS_FILE).digest('hex').slice(0, 16)}"`;
      if (request.headers['if-none-match'] === etag) {
        response.writeHead(304, { etag }).end();
        return;
      }
      response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', etag }).end(HOSTS_FILE);
      return;
    }
    response.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

interface Verdict {
  level: string;
  signals: Array<{ id: string; evidence: string }>;
}

/** The verdict the popup would show for the tab at `url`, asked of the extension like the popup does. */
async function verdictOf(options: Page, url: string): Promise<Verdict | null> {
  return options.evaluate(async (prefix) => {
    const tab = (await chrome.tabs.query({})).find((t) => (t.url ?? '').startsWith(prefix));
    if (tab?.id === undefined) return null;
    const { state } = (await chrome.runtime.sendMessage({ type: 'getTabVerdict', tabId: tab.id })) as { state: { url: string; verdict: Verdict } | null };
    return state && state.url.startsWith(prefix) ? state.verdict : null;
  }, url);
}

async function badgeOf(options: Page, url: string): Promise<string> {
  return options.evaluate(async (prefix) => {
    const tab = (await chrome.tabs.query({})).find((t) => (t.url ?? '').startsWith(prefix));
    return tab?.id === undefined ? 'no tab' : chrome.action.getBadgeText({ tabId: tab.id });
  }, url);
}

test('a hosts file the person adds in the options makes its hosts suspicious, and scam with scam text', async () => {
  test.setTimeout(90_000);
  const profile = await mkdtemp(path.join(tmpdir(), 'hangup-subs-profile-'));
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath(), headless: true, args: extensionArgs(EXTENSION_DIR, (server.address() as AddressInfo).port) });
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(worker.url()).host;
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);

    // Before the person opts in, nothing is fetched and the quiet page is just a page.
    const page = await context.newPage();
    await page.goto(QUIET_PAGE);
    await expect.poll(async () => (await verdictOf(options, QUIET_PAGE))?.level).toBe('clean');
    expect(listRequests).toEqual([]);

    // The person adds the list by its address, as a hosts file.
    const section = options.getByTestId('subscriptions');
    await section.getByLabel('Address of the list').fill('not an address');
    await section.getByRole('button', { name: 'Add list' }).click();
    await expect(section.getByText('Enter a web address that starts with https:// or http://')).toBeVisible();
    await section.getByLabel('Address of the list').fill(LIST_URL);
    await section.getByLabel('Hosts file (0.0.0.0 example.com)').check();
    await section.getByRole('button', { name: 'Add list' }).click();
    const added = section.getByTestId('subscription').filter({ hasText: 'lists.hangup-subs-test.org/scam-hosts.txt' });
    await expect(added.getByTestId('subscription-status')).toHaveText(/^2 sites, updated /);
    await expect(section.getByRole('status')).toHaveText('Added lists.hangup-subs-test.org/scam-hosts.txt.');
    await expect(added.getByRole('switch')).toBeChecked();
    expect(listRequests).toEqual(['']);
    // With a list in use, the section still passes the accessibility rules.
    expect(await axeViolations(options)).toEqual([]);

    // A listed host with no scam text: suspicious, explained, and not interrupted.
    await page.goto(QUIET_PAGE);
    await expect.poll(async () => (await verdictOf(options, QUIET_PAGE))?.level).toBe('suspicious');
    const quiet = await verdictOf(options, QUIET_PAGE);
    expect(quiet?.signals).toEqual([expect.objectContaining({ id: 'list.third-party', evidence: `${LISTED} (lists.hangup-subs-test.org/scam-hosts.txt)` })]);
    expect(await badgeOf(options, QUIET_PAGE)).toBe('?');
    expect(page.url()).toBe(QUIET_PAGE);

    // The same host with scam text: a scam, and the tab goes to the warning page.
    const alert = await context.newPage();
    await alert.goto(ALERT_PAGE).catch(() => undefined);
    await alert.waitForURL(`chrome-extension://${extensionId}/warning.html**`);

    // "Check now" asks with the ETag and keeps the list on 304.
    await section.getByRole('button', { name: 'Check lists now' }).click();
    await expect(section.getByRole('status')).toHaveText('Lists checked.');
    expect(listRequests).toHaveLength(2);
    expect(listRequests[1]).toMatch(/^"[0-9a-f]{16}"$/);
    await expect(added.getByTestId('subscription-status')).toHaveText(/^2 sites, /);

    // Removed: its hosts no longer count.
    await added.getByRole('button', { name: 'Remove lists.hangup-subs-test.org/scam-hosts.txt' }).click();
    await expect(section.getByTestId('subscription').filter({ hasText: 'lists.hangup-subs-test.org' })).toHaveCount(0);
    await page.reload();
    await expect.poll(async () => (await verdictOf(options, QUIET_PAGE))?.level).toBe('clean');

    // A settings file that names the list brings it back, shown at once with its state.
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Save to a file' }).click()]);
    const saved = JSON.parse(await readFile(await download.path(), 'utf8')) as Record<string, unknown>;
    const file = { ...saved, subscriptions: [{ url: LIST_URL, format: 'hosts', enabled: true }] };
    await options.getByTestId('import-file').setInputFiles({ name: 'settings.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await expect(options.getByTestId('options-status')).toContainText('Lists added: 1.');
    const loaded = section.getByTestId('subscription').filter({ hasText: 'lists.hangup-subs-test.org/scam-hosts.txt' });
    await expect(loaded.getByTestId('subscription-status')).toHaveText(/^2 sites, updated /);
    await expect(loaded.getByRole('switch')).toBeChecked();
  } finally {
    await context?.close();
    await rm(profile, { recursive: true, force: true });
  }
});
