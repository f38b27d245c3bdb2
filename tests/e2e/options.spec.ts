/// <reference types="chrome" />
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { axeViolations } from './a11y';
import { expect, launch, type Launched, test } from './fixtures';

/* The options page, in one browser for the file: each test leaves the settings as it found them. */

test.describe.configure({ mode: 'serial' });

let launched: Launched;
let profileDir: string;

test.beforeAll(async ({ server }) => {
  profileDir = await mkdtemp(path.join(tmpdir(), 'hangup-options-'));
  launched = await launch(profileDir, server.port);
});

test.afterAll(async () => {
  await launched?.context.close();
  await rm(profileDir, { recursive: true, force: true });
});

async function openOptions(): Promise<Page> {
  const page = await launched.context.newPage();
  await page.goto(`chrome-extension://${launched.extensionId}/options.html`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  return page;
}

function settingsFile(content: object): { name: string; mimeType: string; buffer: Buffer } {
  return { name: 'settings.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(content)) };
}

test('the options page has labelled controls and passes axe', async () => {
  const page = await openOptions();
  await expect(page.getByTestId('list-status')).toBeVisible();
  for (const label of ['When a page is a scam (recommended)', "Language of Hang Up's pages", 'Address of list updates']) {
    await expect(page.getByLabel(label)).toBeVisible();
  }
  expect(await axeViolations(page)).toEqual([]);
  await page.close();
});

test('the language can be chosen, takes effect at once and is kept', async () => {
  const page = await openOptions();
  await page.getByLabel("Language of Hang Up's pages").selectOption('ja');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hang Up の設定');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hang Up の設定');
  expect(await page.title()).toBe('Hang Up の設定');
  expect(await axeViolations(page)).toEqual([]);
  await page.getByLabel('Hang Up の画面の言語').selectOption('auto');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hang Up settings');
  await page.close();
});

test('settings are saved to a file and loaded back; a broken file changes nothing; loading merges the allowed sites', async () => {
  const page = await openOptions();
  await page.getByLabel('When a page is a scam or looks suspicious').check();
  await expect(page.getByTestId('options-status')).toHaveText('Saved.');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save to a file' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^hang-up-settings-\d{4}-\d{2}-\d{2}\.json$/);
  const saved = JSON.parse(await readFile(await download.path(), 'utf8')) as Record<string, unknown>;
  expect(saved).toMatchObject({ format: 'hang-up-settings', version: 1, settings: { interruptOn: 'suspicious', language: 'auto' }, allowlist: { entries: [] } });

  await page.getByLabel('When a page is a scam (recommended)').check();
  const input = page.getByTestId('import-file');

  await input.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "hang-up-settings", ') });
  await expect(page.getByTestId('options-status')).toHaveText('Nothing was changed: this is not a Hang Up settings file (it is not a JSON file).');
  await input.setInputFiles(settingsFile({ ...saved, allowlist: 'intranet.example' }));
  await expect(page.getByTestId('options-status')).toHaveText('Nothing was changed: the file is damaged and cannot be read.');
  await input.setInputFiles(settingsFile({ ...saved, version: 99 }));
  await expect(page.getByTestId('options-status')).toContainText('newer version of Hang Up');
  await expect(page.getByLabel('When a page is a scam (recommended)')).toBeChecked();

  await input.setInputFiles(
    settingsFile({
      ...saved,
      allowlist: { entries: [{ host: 'intranet.example', addedAt: Date.UTC(2026, 10, 1) }, { host: 'Not a host!', addedAt: 1 }, { host: 'wiki.example', addedAt: 0 }] },
    }),
  );
  await expect(page.getByTestId('options-status')).toHaveText(
    'Settings loaded. Sites added to the ones you allowed: 2. Lists added: 0. Entries of the file that could not be read were left out: 1.',
  );
  await expect(page.getByLabel('When a page is a scam or looks suspicious')).toBeChecked();
  const allowed = page.getByRole('list', { name: 'Sites you allowed' });
  await expect(allowed.getByRole('listitem')).toHaveCount(2);

  // Loading again adds nothing twice.
  await input.setInputFiles(settingsFile({ ...saved, allowlist: { entries: [{ host: 'wiki.example', addedAt: 5 }] } }));
  await expect(page.getByTestId('options-status')).toContainText('Sites added to the ones you allowed: 0.');
  await expect(allowed.getByRole('listitem')).toHaveCount(2);

  await page.getByRole('button', { name: 'Remove intranet.example' }).click();
  await expect(allowed.getByRole('listitem')).toHaveCount(1);
  await page.reload();
  await expect(page.getByRole('list', { name: 'Sites you allowed' }).getByRole('listitem')).toHaveText([/wiki\.example/]);
  await expect(page.getByLabel('When a page is a scam or looks suspicious')).toBeChecked();
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Remove wiki.example' }).click();
  await page.getByLabel('When a page is a scam (recommended)').check();
  await page.close();
});
