/// <reference types="chrome" />
import { expect, launch, stopServiceWorker, storedAllowlist, tabIdOf, tabState, test } from './fixtures';

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
