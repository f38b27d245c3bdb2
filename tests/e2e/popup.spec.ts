/// <reference types="chrome" />
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { axeViolations } from './a11y';
import { expect, launch, type Launched, tabIdOf, tabState, test } from './fixtures';

/*
 * The popup, opened as a page with ?tabId=N for a tab in each state. One browser for the file:
 * each test opens its own tabs.
 */

const SCAM = 'http://windows-defender-alert.example-scam.test/fake-ms-alert.html';
const PLUMBER = 'http://riverside-plumbing.test/plumber.html';

test.describe.configure({ mode: 'serial' });

let launched: Launched;
let profileDir: string;

test.beforeAll(async ({ server }) => {
  profileDir = await mkdtemp(path.join(tmpdir(), 'hangup-popup-'));
  launched = await launch(profileDir, server.port);
});

test.afterAll(async () => {
  await launched?.context.close();
  await rm(profileDir, { recursive: true, force: true });
});

async function openPopup(tabId: number): Promise<Page> {
  const popup = await launched.context.newPage();
  await popup.goto(`chrome-extension://${launched.extensionId}/popup.html?tabId=${tabId}`);
  await expect(popup.locator('main[data-verdict]')).toBeVisible();
  return popup;
}

test('a scam page: the popup names the faked brand, strikes the number and says what to do', async () => {
  const { context, extensionId } = launched;
  const page = await context.newPage();
  await page.goto(SCAM);
  await page.waitForURL(`chrome-extension://${extensionId}/warning.html**`);
  const tabId = await tabIdOf(context, `chrome-extension://${extensionId}/warning.html`);

  const popup = await openPopup(tabId);
  await expect(popup.locator('main')).toHaveAttribute('data-verdict', 'scam');
  await expect(popup.getByRole('heading', { level: 1 })).toHaveText('This page is a tech-support scam');
  await expect(popup.getByText('It pretends to be Microsoft support.')).toBeVisible();
  await expect(popup.getByTestId('scam-number').first()).toContainText('555-0199');
  await expect(popup.getByText('Do not call the number')).toBeVisible();
  await expect(popup.getByRole('list', { name: 'Why' })).toContainText('Pretends to be Microsoft');
  expect(await axeViolations(popup)).toEqual([]);

  // "Close this page" closes the scam tab, not the popup's own.
  await popup.getByRole('button', { name: 'Close this page' }).click();
  await expect.poll(() => page.isClosed()).toBe(true);
  await popup.close().catch(() => undefined);
});

test('a clean page: the popup says nothing was found, and passes axe', async () => {
  const { context } = launched;
  const page = await context.newPage();
  await page.goto(PLUMBER);
  const tabId = await tabIdOf(context, PLUMBER);
  await expect.poll(async () => (await tabState(context, tabId))?.verdict.level).toBe('clean');

  const popup = await openPopup(tabId);
  await expect(popup.locator('main')).toHaveAttribute('data-verdict', 'clean');
  await expect(popup.getByRole('heading', { level: 1 })).toHaveText('Nothing suspicious found');
  await expect(popup.getByTestId('scam-number')).toHaveCount(0);
  expect(await axeViolations(popup)).toEqual([]);
  await Promise.all([popup.close(), page.close()]);
});

test('a suspicious page: the popup warns without alarm, and says not to call', async () => {
  const { context } = launched;
  const url = 'http://security-scan.example-scam.test/suspicious-no-number.html';
  const page = await context.newPage();
  await page.goto(url);
  const tabId = await tabIdOf(context, url);
  await expect.poll(async () => (await tabState(context, tabId))?.verdict.level).toBe('suspicious');

  const popup = await openPopup(tabId);
  await expect(popup.getByRole('heading', { level: 1 })).toHaveText('This page looks suspicious');
  await expect(popup.getByText('Do not call any number this page shows.')).toBeVisible();
  await expect(popup.getByRole('list', { name: 'Why' }).getByRole('listitem').first()).toBeVisible();
  expect(await axeViolations(popup)).toEqual([]);
  await Promise.all([popup.close(), page.close()]);
});

test('a scam page the person allowed: the popup still warns, and the site can be checked again', async () => {
  const { context, extensionId } = launched;
  const url = 'http://allowed-once.example-scam.test/fake-ms-alert.html';
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForURL(`chrome-extension://${extensionId}/warning.html**`);
  await page.getByRole('button', { name: 'Continue anyway' }).click();
  await page.getByRole('button', { name: 'Yes, continue to the site' }).click();
  await page.waitForURL(url);
  const tabId = await tabIdOf(context, url);
  await expect.poll(async () => (await tabState(context, tabId))?.allowed).toBe(true);

  const popup = await openPopup(tabId);
  await expect(popup.locator('main')).toHaveAttribute('data-verdict', 'allowed');
  await expect(popup.getByRole('heading', { level: 1 })).toHaveText('You allowed this site, but it looks like a scam');
  await expect(popup.getByTestId('scam-number').first()).toContainText('555-0199');
  // Taking the permission back: the site is judged again at once, and stopped.
  await popup.getByRole('button', { name: 'Stop allowing this site' }).click();
  await page.waitForURL(`chrome-extension://${extensionId}/warning.html**`);
  await popup.close().catch(() => undefined);
  await page.close();
});

test('a browser page cannot be checked, and the popup says so instead of "nothing found"', async () => {
  const { context } = launched;
  // The browser does not tell us the address of its own pages: the one tab without an address is it.
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto('chrome://version');
  const helper = await context.newPage();
  await helper.goto(`chrome-extension://${launched.extensionId}/options.html`);
  const hidden = await helper.evaluate(async () => (await chrome.tabs.query({})).filter((t) => !t.url).map((t) => t.id));
  await helper.close();
  expect(hidden).toHaveLength(1);

  const popup = await openPopup(hidden[0] as number);
  await expect(popup.locator('main')).toHaveAttribute('data-verdict', 'cannot-check');
  await expect(popup.getByRole('heading', { level: 1 })).toHaveText('Hang Up cannot check this page');
  await expect(popup.getByText('Browser pages, extension stores and files on your computer are not checked.')).toBeVisible();
  await popup.close();
});

test('the popup speaks the language chosen in the settings', async () => {
  const { context, extensionId } = launched;
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel("Language of Hang Up's pages").selectOption('de');
  await expect(options.getByRole('heading', { level: 1 })).toHaveText('Hang Up – Einstellungen');

  const page = await context.newPage();
  await page.goto(PLUMBER);
  const tabId = await tabIdOf(context, PLUMBER);
  await expect.poll(async () => (await tabState(context, tabId))?.verdict.level).toBe('clean');
  const popup = await openPopup(tabId);
  await expect(popup.getByRole('heading', { level: 1 })).toHaveText('Nichts Verdächtiges gefunden');
  await expect(popup.locator('html')).toHaveAttribute('lang', 'de');

  await options.getByLabel('Sprache der Seiten von Hang Up').selectOption('auto');
  await expect(options.getByRole('heading', { level: 1 })).toHaveText('Hang Up settings');
  await Promise.all([popup.close(), page.close(), options.close()]);
});
