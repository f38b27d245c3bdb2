import { badgeText, expect, tabIdOf, tabState, test } from './fixtures';

const SCAM = 'http://windows-defender-alert.example-scam.test/fake-ms-alert.html';
const DELAYED = 'http://mac-security-check.example-scam.test/fake-apple-alert-delayed.html?phone=18445550177';
const PLUMBER = 'http://riverside-plumbing.test/plumber.html';
const SUSPICIOUS = 'http://security-scan.example-scam.test/suspicious-no-number.html';

test('a fake Microsoft alert ends on the warning page, which names the page and strikes out the number', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(SCAM);
  await page.waitForURL(`chrome-extension://${extensionId}/warning.html**`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page pretends to be Microsoft support. Do not call the number.');
  await expect(page.getByTestId('blocked-url')).toHaveText(SCAM);
  await expect(page.locator('s.number').first()).toContainText('555-0199');
  await expect(page.getByRole('button', { name: 'Back to safety' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Continue anyway' })).toBeVisible();

  const tabId = await tabIdOf(context, `chrome-extension://${extensionId}/warning.html`);
  expect(await badgeText(context, tabId)).toBe('!');
});

test('a number the page writes by script after load is still caught', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(DELAYED);
  await page.waitForURL(`chrome-extension://${extensionId}/warning.html**`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page pretends to be Apple support. Do not call the number.');
  await expect(page.locator('s.number').first()).toContainText('555-0177');
});

test('a business page that lists its phone numbers stays clean with an empty badge', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(PLUMBER);
  const tabId = await tabIdOf(context, PLUMBER);
  await expect.poll(async () => (await tabState(context, tabId))?.verdict.level).toBe('clean');
  expect(await badgeText(context, tabId)).toBe('');
  expect(page.url()).toBe(PLUMBER);
});

test('the popup explains a suspicious verdict in plain words', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(SUSPICIOUS);
  const tabId = await tabIdOf(context, SUSPICIOUS);
  await expect.poll(async () => (await tabState(context, tabId))?.verdict.level).toBe('suspicious');
  expect(await badgeText(context, tabId)).toBe('?');
  expect(page.url()).toBe(SUSPICIOUS);

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  await expect(popup.getByRole('heading', { level: 1 })).toHaveText('This page looks suspicious');
  const reasons = popup.getByRole('list', { name: 'Why' });
  await expect(reasons).toContainText('Pretends to be Microsoft, but this site does not belong to Microsoft');
  await expect(reasons).toContainText('Uses the scare words of fake alerts');
});

test('the popup explains why a blocked page is a scam', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(SCAM);
  await page.waitForURL(`chrome-extension://${extensionId}/warning.html**`);
  const tabId = await tabIdOf(context, `chrome-extension://${extensionId}/warning.html`);

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  await expect(popup.getByRole('heading', { level: 1 })).toHaveText('This page is a tech-support scam');
  const reasons = popup.getByRole('list', { name: 'Why' });
  await expect(reasons).toContainText('Asks you to call +1 (888) 555-0199');
  await expect(reasons).toContainText('Pretends to be Microsoft');
});

test('the popup says when a page has not been checked', async ({ context, extensionId }) => {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=999999`);
  await expect(popup.getByRole('heading', { level: 1 })).toHaveText('This page has not been checked');
});
