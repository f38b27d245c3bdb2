/// <reference types="chrome" />
import type { BrowserContext, Dialog, Page } from '@playwright/test';
import { expect, tabIdOf, tabState, test } from './fixtures';

const HOST = 'http://locker.example-scam.test';

/** Watch dialogs without answering them: an open one would stay open unless the extension closes it. */
function recordDialogs(page: Page): Dialog[] {
  const dialogs: Dialog[] = [];
  page.on('dialog', (dialog) => dialogs.push(dialog));
  return dialogs;
}

for (const [name, file, click] of [
  ['fullscreen, keyboard lock and a hidden pointer', 'fullscreen-keyboard.html', true],
  ['a dialog loop that carries the number', 'dialog-loop.html', false],
  ['a "Leave site?" trap', 'leave-trap.html', true],
  ['a "Leave site?" trap set by a frame of its own origin', 'framed-leave-trap.html', true],
  ['a history flood', 'history-flood.html', false],
  ['several tactics at once', 'combined.html', true],
  ['a frame that loops dialogs with the number', 'framed.html', false],
  ['a dialog loop shown through the alert() of a frame the page made', 'fresh-frame-dialogs.html', false],
  ['a dialog loop shown through the alert() of a frame the page reaches only as window.frames[0]', 'indexed-frame-dialogs.html', false],
  ['a dialog loop run inside a srcdoc frame of an empty page', 'srcdoc-frame-dialogs.html', false],
  ['a dialog loop run inside a frame made from a Blob', 'blob-frame-dialogs.html', false],
  // Other frames of the page's own origin: each runs its own lockwatch, injected by the browser.
  ['a dialog loop shown through the alert() of a frame written by a javascript: address', 'javascript-frame-dialogs.html', false],
  ['a dialog loop shown through the alert() of a frame sent to another page of the site', 'reused-frame-dialogs.html', false],
  ['a dialog loop shown through the alert() of a sandboxed frame that keeps the origin', 'sandboxed-frame-dialogs.html', false],
  ['a dialog loop shown through the alert() of a frame written inside a frame', 'nested-frame-dialogs.html', false],
  ['a dialog loop shown through the alert() of a frame whose document was replaced', 'reopened-frame-dialogs.html', false],
] as const) {
  test(`a locker with ${name} ends on the warning page with no dialog left open`, async ({ context, extensionId }) => {
    const page = await context.newPage();
    const dialogs = recordDialogs(page);
    // A locker that needs no click can be judged, and its tab replaced, before its load event:
    // wait only for the navigation to commit.
    await page.goto(`${HOST}/lockers/${file}`, { waitUntil: click ? 'load' : 'commit' });
    if (click) await page.mouse.click(200, 200);
    // The tab goes to the warning page; a tab that a dialog loop holds is replaced by a new one.
    const warningPrefix = `chrome-extension://${extensionId}/warning.html`;
    await expect.poll(() => context.pages().some((p) => p.url().startsWith(warningPrefix)), { timeout: 15_000 }).toBe(true);
    const warning = context.pages().find((p) => p.url().startsWith(warningPrefix)) as Page;
    await expect(warning.getByRole('heading', { level: 1 })).toContainText('Do not call the number');
    // The scam page is gone: no tab shows it any more.
    expect(context.pages().filter((p) => p.url().includes(file) && !p.url().startsWith(warningPrefix)).map((p) => p.url())).toEqual([]);
    // The warning page works: nothing modal holds the tab.
    await expect(warning.getByRole('button', { name: 'Back to safety' })).toBeEnabled();
    expect(dialogs.filter((d) => d.type() === 'beforeunload')).toEqual([]);
    expect(await warning.evaluate(() => document.fullscreenElement !== null)).toBe(false);
  });
}

test('"back to safety" gets out of a history trap instead of going back into it', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`${HOST}/lockers/history-flood.html`);
  await page.waitForURL(`chrome-extension://${extensionId}/warning.html**`);
  await page.getByRole('button', { name: 'Back to safety' }).click();
  // Out to a new-tab page (this tab has no earlier safe page): neither the trap nor the warning.
  await expect.poll(() => page.url()).not.toContain('warning.html');
  expect(page.url()).not.toContain('example-scam');
});

for (const [name, file] of [
  ['a game that takes fullscreen, the pointer and some keys', 'game.html'],
  ['an editor that asks before leaving', 'editor.html'],
] as const) {
  test(`${name} is left alone`, async ({ context }) => {
    const page = await context.newPage();
    const url = `http://play.example.test/lockers/${file}`;
    await page.goto(url);
    await page.mouse.click(150, 200);
    const tabId = await tabIdOf(context, url);
    // Judged after the click, still clean.
    await expect.poll(async () => (await tabState(context, tabId))?.verdict.level).toBe('clean');
    await page.mouse.click(150, 200);
    await page.waitForTimeout(500);
    expect((await tabState(context, tabId))?.verdict.level).toBe('clean');
    expect(page.url()).toBe(url);
  });
}

/** The types of the window's own event listeners, of every world, with whether each captures. */
async function windowListeners(context: BrowserContext, page: Page): Promise<string[]> {
  const cdp = await context.newCDPSession(page);
  try {
    const { result } = await cdp.send('Runtime.evaluate', { expression: 'window' });
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId as string });
    return listeners.map((listener) => `${listener.type}${listener.useCapture ? ' (capture)' : ''}`);
  } finally {
    await cdp.detach();
  }
}

test('a page with no dialog and no "Leave site?" prompt gets no beforeunload listener, so leaving it is not held up', async ({ context }) => {
  // A window with a beforeunload listener makes the browser ask its page, through the page's
  // main thread, before every navigation away from it.
  const page = await context.newPage();
  const url = 'http://riverside-plumbing.test/plumber.html';
  await page.goto(url);
  const tabId = await tabIdOf(context, url);
  await expect.poll(async () => (await tabState(context, tabId))?.verdict.level).toBe('clean');
  expect(await windowListeners(context, page)).not.toContainEqual(expect.stringContaining('beforeunload'));
  // A page that asks before leaving gets our guard too: capturing, it runs ahead of the page's own.
  const editor = await context.newPage();
  await editor.goto('http://play.example.test/lockers/editor.html');
  await expect.poll(() => windowListeners(context, editor)).toEqual(expect.arrayContaining(['beforeunload (capture)', 'beforeunload']));
});

test('a key or right-click that the page swallows is seen as blocked, and keys it lets through are not', async ({ context }) => {
  const page = await context.newPage();
  const url = `${HOST}/lockers/keys-trap.html`;
  await page.goto(url);
  const tabId = await tabIdOf(context, url);
  await expect.poll(async () => (await tabState(context, tabId))?.verdict.level).toBe('clean');
  const behaviours = async () => (await tabState(context, tabId))?.candidates?.behaviours ?? [];
  await page.keyboard.press('ArrowRight');
  await page.waitForTimeout(700);
  expect(await behaviours()).toEqual([]);
  await page.keyboard.press('Escape');
  await page.mouse.click(200, 100, { button: 'right' });
  await expect.poll(async () => (await behaviours()).map((b) => b.kind).sort(), { timeout: 10_000 }).toEqual(['context-menu-blocked', 'keys-blocked']);
  expect((await behaviours()).find((b) => b.kind === 'keys-blocked')).toMatchObject({ detail: 'blocked Escape', userActivated: true });
});

test('a fake alert written into an empty window that the page opens ends on the warning page', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`${HOST}/lockers/blank-popup.html`);
  const opened = context.waitForEvent('page');
  await page.mouse.click(200, 200);
  const popup = await opened;
  const warningPrefix = `chrome-extension://${extensionId}/warning.html`;
  await expect.poll(() => popup.url(), { timeout: 15_000 }).toContain(warningPrefix);
  await expect(popup.getByRole('heading', { level: 1 })).toContainText('Do not call the number');
  await expect(popup.locator('s.number').first()).toContainText('555-0193');
});

