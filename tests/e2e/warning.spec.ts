/// <reference types="chrome" />
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { axeViolations } from './a11y';
import { expect, launch, type Launched, stopServiceWorker, storedAllowlist, tabIdOf, tabState, test } from './fixtures';

const SCAM = 'http://windows-defender-alert.example-scam.test/fake-ms-alert.html';
const PLUMBER = 'http://riverside-plumbing.test/plumber.html';

test('"back to safety" leaves the trap for the last safe page', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(PLUMBER);
  const tabId = await tabIdOf(context, PLUMBER);
  await expect.poll(async () => (await tabState(context, tabId))?.verdict.level).toBe('clean');

  await page.goto(SCAM);
  await page.waitForURL(`chrome-extension://${extensionId}/warning.html**`);
  await page.getByRole('button', { name: 'Back to safety' }).click();
  await page.waitForURL(PLUMBER);
});

test('"continue anyway" lets the person through, and still does after a worker and a browser restart', async ({ launched, profileDir, server, extensionId }) => {
  const { context } = launched;
  const page = await context.newPage();
  await page.goto(SCAM);
  await page.waitForURL(`chrome-extension://${extensionId}/warning.html**`);

  await page.getByRole('button', { name: 'Continue anyway' }).click();
  await expect(page.getByRole('alertdialog')).toContainText('will not be checked again');
  await page.getByRole('button', { name: 'Yes, continue to the site' }).click();
  await page.waitForURL(SCAM);
  const tabId = await tabIdOf(context, SCAM);
  // The page is scored again as it loads; it is still a scam, but the person allowed it.
  await expect.poll(async () => (await tabState(context, tabId))?.allowed).toBe(true);
  expect((await tabState(context, tabId))?.verdict.level).toBe('scam');
  expect(page.url()).toBe(SCAM);

  // Stop the service worker; the next page event must wake a fresh one that still knows.
  const before = (await tabState(context, tabId))?.updatedAt ?? 0;
  await stopServiceWorker(context);
  await page.reload();
  // Wait for the fresh worker to score the reloaded page, then check it let the person through.
  await expect.poll(async () => (await tabState(context, tabId))?.updatedAt ?? 0).toBeGreaterThan(before);
  expect((await tabState(context, tabId))?.allowed).toBe(true);
  expect(page.url()).toBe(SCAM);
  await context.close();

  // A browser restart on the same profile keeps the allowlist.
  const again = await launch(profileDir, server.port);
  try {
    const page2 = await again.context.newPage();
    await page2.goto(SCAM);
    const tabId2 = await tabIdOf(again.context, SCAM);
    await expect.poll(async () => (await tabState(again.context, tabId2))?.verdict.level).toBe('scam');
    expect((await tabState(again.context, tabId2))?.allowed).toBe(true);
    expect(page2.url()).toBe(SCAM);
    expect(JSON.stringify(await storedAllowlist(again.context))).toContain('"host":"windows-defender-alert.example-scam.test"');
  } finally {
    await again.context.close();
  }
});

test.describe('what the warning page says and how it is used', () => {
  test.describe.configure({ mode: 'serial' });
  let launched: Launched;
  let profile: string;

  test.beforeAll(async ({ server }) => {
    profile = await mkdtemp(path.join(tmpdir(), 'hangup-warning-'));
    launched = await launch(profile, server.port);
  });
  test.afterAll(async () => {
    await launched?.context.close();
    await rm(profile, { recursive: true, force: true });
  });

  async function warned(url: string): Promise<Page> {
    const page = await launched.context.newPage();
    await page.goto(url);
    await page.waitForURL(`chrome-extension://${launched.extensionId}/warning.html**`);
    await expect(page.getByTestId('scam-number').first()).toBeVisible();
    return page;
  }

  test('it says what is happening, what not to do and where genuine help is, and passes axe', async () => {
    const page = await warned(SCAM);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page pretends to be Microsoft support. Do not call the number.');
    await expect(page.locator('s.number').first()).toContainText('555-0199');
    await expect(page.getByText("Microsoft's error and warning messages never include a phone number.")).toBeVisible();
    await expect(page.getByTestId('blocked-url')).toHaveText(SCAM);

    const called = page.getByRole('region', { name: 'If you already called' });
    await expect(called.getByRole('listitem')).toHaveCount(5);
    for (const step of ['Hang up', 'uninstall it', 'call your bank on the number printed on your card', 'Change your passwords', 'Scan this computer']) {
      await expect(called).toContainText(step);
    }
    await expect(page.getByRole('link', { name: 'Genuine Microsoft help' })).toHaveAttribute('href', /^https:\/\/support\.microsoft\.com/);
    // Headless Chromium runs in en-US: the US agencies, and another country on request.
    const agencies = page.getByTestId('agencies');
    await expect(agencies.getByRole('link', { name: 'Federal Trade Commission (FTC)' })).toHaveAttribute('href', 'https://reportfraud.ftc.gov');
    await agencies.getByLabel('Country').selectOption('GB');
    await expect(agencies.getByRole('link', { name: 'Report Fraud' })).toBeVisible();
    await expect(agencies).toContainText('0300 123 2040');
    await expect(page.getByRole('region', { name: 'Why Hang Up stopped this page' })).toContainText('Pretends to be Microsoft');

    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Continue anyway' }).click();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  test('the keyboard reaches every button in order, Enter acts, Escape closes the confirm step', async () => {
    const url = 'http://keyboard-check.example-scam.test/fake-ms-alert.html';
    const page = await warned(url);
    const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    // The way out has the focus from the start.
    await expect.poll(focused).toBe('Close this page');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('Back to safety');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('Continue anyway');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('alertdialog')).toBeVisible();
    // The confirm step starts on the safe choice.
    expect(await focused()).toBe('Cancel');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('Yes, continue to the site');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('alertdialog')).toHaveCount(0);
    await expect.poll(focused).toBe('Continue anyway');

    // Every other control is reachable too: links and the country choice, with a visible focus ring.
    const stops: string[] = [];
    for (let i = 0; i < 12; i += 1) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return '';
        return `${el.tagName.toLowerCase()}:${getComputedStyle(el).outlineStyle}`;
      });
      if (stop) stops.push(stop);
    }
    expect(stops).toEqual(expect.arrayContaining(['a:solid', 'select:solid']));

    await page.getByRole('button', { name: 'Continue anyway' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Yes, continue to the site' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(url);
    await page.close();
  });

  test('"close this page" closes the tab', async () => {
    const page = await warned(SCAM);
    await page.getByRole('button', { name: 'Close this page' }).click();
    await expect.poll(() => page.isClosed()).toBe(true);
  });

  test('without its verdict (the browser restarted) the page still warns and helps', async () => {
    const page = await launched.context.newPage();
    const gone = 'http://gone.example-scam.test/alert.html';
    await page.goto(`chrome-extension://${launched.extensionId}/warning.html?url=${encodeURIComponent(gone)}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page is a fake alert. Do not call the number.');
    await expect(page.getByText('The details of this warning are no longer available')).toBeVisible();
    await expect(page.getByTestId('blocked-url')).toHaveText(gone);
    await expect(page.getByRole('region', { name: 'If you already called' }).getByRole('listitem')).toHaveCount(5);
    await expect(page.getByTestId('agencies').getByRole('link').first()).toBeVisible();
    for (const name of ['Close this page', 'Back to safety', 'Continue anyway']) await expect(page.getByRole('button', { name })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
