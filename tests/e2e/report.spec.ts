/// <reference types="chrome" />
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, expect, type Page, test } from '@playwright/test';
import { chromiumPath, extensionArgs } from '../../src/cli/chromium';
import { contentTypeOf, resolveInside } from '../../src/cli/static-server';
import type { Report } from '../../src/core/report';
import { axeViolations } from './a11y';
import { EXTENSION_DIR, tabIdOf } from './fixtures';

/*
 * Reporting end to end: a fixture scam page lands on the warning page; the person reports it,
 * sees exactly what will be sent, sends it; a local server standing in for the report service
 * receives exactly that. Then a report from the popup meets a failing service: it waits in the
 * outbox, and once its retry is due the alarm delivers it with the same id, once.
 */

const SCAM = 'http://windows-defender-alert.example-scam.test/fake-ms-alert.html';
const REPORT_HOST = 'reports.hangup-test.com';
const REPORT_ADDRESS = `http://${REPORT_HOST}/`;
const ENDPOINT = `http://${REPORT_HOST}/v1/reports`;
const PAGES = path.resolve('tests/fixtures/pages');

interface Received {
  path: string;
  method: string;
  cookie: string | undefined;
  body: Report;
  status: number;
}
let server: Server;
const received: Received[] = [];
/** Statuses the fake service answers next; 202 once they are used up. */
let failNext: number[] = [];

test.beforeAll(async () => {
  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    if (request.headers.host?.split(':')[0] === REPORT_HOST) {
      if (request.method === 'GET') {
        // The person once visited the service's site: the browser holds a cookie for it.
        response.writeHead(200, { 'content-type': 'text/html', 'set-cookie': 'visitor=someone; Path=/; Max-Age=3600' }).end('<!doctype html><title>Reports</title><p>Report service</p>');
        return;
      }
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const status = failNext.shift() ?? 202;
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Report;
        received.push({ path: url.pathname, method: request.method ?? '', cookie: request.headers.cookie, body, status });
        const answer = status === 202 ? { id: body.id, status: 'accepted' } : { error: 'the database is restarting' };
        response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
      });
      return;
    }
    void (async () => {
      const file = resolveInside(PAGES, url.pathname);
      if (!file || !(await stat(file).catch(() => null))?.isFile()) {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      // A cookie the report must not carry back.
      response.writeHead(200, { 'content-type': contentTypeOf(file), 'set-cookie': 'session=secret; Path=/' });
      createReadStream(file).pipe(response);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

async function launch(): Promise<{ context: BrowserContext; extensionId: string; profile: string }> {
  const profile = await mkdtemp(path.join(tmpdir(), 'hangup-report-e2e-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath(), headless: true, args: extensionArgs(EXTENSION_DIR, (server.address() as AddressInfo).port) });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, extensionId: new URL(worker.url()).host, profile };
}

/** Set the report address as a person does, in the options. */
async function setReportAddress(options: Page): Promise<void> {
  await options.getByLabel('Report service address').fill(REPORT_ADDRESS);
  await options.getByTestId('report-settings').getByRole('button', { name: 'Save report address' }).click();
  await expect.poll(() => options.evaluate(async () => ((await chrome.storage.local.get('settings'))['settings'] as { reportUrl?: string }).reportUrl)).toBe(REPORT_ADDRESS);
}

/** Open the report panel (closed at first) from the keyboard, as a person without a mouse does. */
async function openPanel(page: Page): Promise<void> {
  const panel = page.getByTestId('report-panel');
  if (await panel.evaluate((details) => (details as HTMLDetailsElement).open)) return;
  await panel.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('button', { name: 'Review what will be sent' })).toBeVisible();
}

/** Review a report in a panel and return the JSON it says it will send. */
async function review(page: Page, kind: 'Report as scam' | 'Not a scam (false alarm)', comment: string): Promise<Report> {
  const panel = page.getByTestId('report-panel');
  await openPanel(page);
  await panel.getByRole('radio', { name: kind }).check();
  await panel.getByLabel('Comment (optional)').fill(comment);
  await panel.getByRole('button', { name: 'Review what will be sent' }).click();
  await expect(panel.getByRole('heading', { name: 'This is exactly what will be sent' })).toBeFocused();
  return JSON.parse((await panel.getByTestId('report-json').textContent()) ?? '') as Report;
}

test('a report is shown before it is sent, and the service receives exactly that; a failed one is retried with the same id', async () => {
  test.setTimeout(60_000);
  const { context, extensionId, profile } = await launch();
  try {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await setReportAddress(options);
    await options.goto(`${REPORT_ADDRESS}welcome`);
    expect((await context.cookies(REPORT_ADDRESS)).map((c) => c.name)).toContain('visitor');
    await options.goto(`chrome-extension://${extensionId}/options.html`);

    // The scam page lands on the warning page, which offers to report it.
    const page = await context.newPage();
    await page.goto(SCAM);
    await page.waitForURL(`chrome-extension://${extensionId}/warning.html**`);
    const panel = page.getByTestId('report-panel');
    await openPanel(page);
    await expect(panel.getByRole('radio', { name: 'Report as scam' })).toBeChecked();

    const preview = await review(page, 'Report as scam', 'It played a loud alarm.');
    const summary = panel.getByTestId('report-summary');
    await expect(summary.getByTestId('report-destination')).toContainText(ENDPOINT);
    await expect(summary.getByTestId('report-numbers')).toHaveText('+18885550199');
    await expect(summary).toContainText(SCAM);
    await expect(summary).toContainText('no cookies');
    expect(preview).toMatchObject({ kind: 'scam', url: SCAM, numbers: ['+18885550199'], comment: 'It played a loud alarm.', verdict: { level: 'scam' } });
    expect(await axeViolations(page)).toEqual([]);

    await panel.getByRole('button', { name: 'Send' }).click();
    await expect(panel.getByTestId('report-status')).toContainText('Sent on');
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ path: '/v1/reports', method: 'POST', cookie: undefined, status: 202 });
    expect(received[0]?.body).toEqual(preview);

    // The service fails once: the report from the popup waits, and says so.
    failNext = [503];
    const warningTab = await tabIdOf(context, `chrome-extension://${extensionId}/warning.html`);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${warningTab}`);
    const second = await review(popup, 'Not a scam (false alarm)', 'I know this site.');
    expect(second.id).not.toBe(preview.id);
    await popup.getByTestId('report-panel').getByRole('button', { name: 'Send' }).click();
    const status = popup.getByTestId('report-status');
    await expect(status).toContainText('Waiting to send (will retry)');
    await expect(status).toContainText('The report service is busy');
    await expect(status).toContainText('503');
    expect(await axeViolations(popup)).toEqual([]);
    expect(received).toHaveLength(2);

    // The options list it as waiting.
    await options.reload();
    const listed = options.getByTestId('outbox').locator(`[data-report-id="${second.id}"]`);
    await expect(listed).toContainText('Waiting to send');

    // Time passes (its retry falls due) and the worker's alarm fires: it is delivered.
    await options.evaluate(async (id) => {
      const stored = (await chrome.storage.local.get('outbox'))['outbox'] as { entries: Array<{ report: { id: string }; nextAttemptAt: number }> };
      for (const entry of stored.entries) if (entry.report.id === id) entry.nextAttemptAt = Date.now() - 1;
      await chrome.storage.local.set({ outbox: stored });
      await chrome.alarms.create('hangup-report-outbox', { when: Date.now() + 10 });
    }, second.id);
    await expect(status).toContainText('Sent on', { timeout: 15_000 });
    await expect(listed).toContainText('Sent on', { timeout: 10_000 });

    // Two attempts of one report, both exactly as previewed: one report, not two.
    const attempts = received.filter((r) => r.body.id === second.id);
    expect(attempts.map((r) => r.status)).toEqual([503, 202]);
    for (const attempt of attempts) expect(attempt.body).toEqual(second);
    const outbox = await options.evaluate(async () => ((await chrome.runtime.sendMessage({ type: 'getOutbox' })) as { entries: Array<{ report: { id: string }; state: string }> }).entries);
    expect(outbox.map((e) => [e.report.id, e.state])).toEqual([
      [preview.id, 'sent'],
      [second.id, 'sent'],
    ]);
    expect(await axeViolations(options)).toEqual([]);
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
});
