import { existsSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { type Corpus, loadCorpus } from '../../src/cli/corpus';
import { type CorpusServer, startCorpusServer } from '../../src/cli/corpus-server';

/*
 * The Firefox build in a real Firefox (Debian's firefox-esr, or HANGUP_FIREFOX), driven over
 * WebDriver BiDi with puppeteer-core: Playwright drives only its own patched Firefox, which cannot
 * be downloaded here. Firefox reaches the fixture pages through the corpus server as its HTTP
 * proxy, so every page keeps its own host name. These are the paths that differ from Chromium:
 * the background is an event page, the sign-in watch is webRequest, and the warning page is a
 * moz-extension: page.
 */

const FIREFOX_BUILD = path.resolve(process.env.HANGUP_OUT_DIR ?? '.output', 'firefox-mv3');
const GECKO_ID = 'hang-up@hangup.invalid';
const UUID = '4a1f6c2e-5b7d-4e8a-9c3f-2d6b8e0a1c57';
const WARNING = `moz-extension://${UUID}/warning.html`;
const REALM = 'Windows Defender: your computer has been blocked. Call Microsoft Support +1 (888) 555-0173';

/**
 * Locker pages (tests/fixtures/pages/lockers, also in lockers.spec.ts) that loop dialogs through
 * the alert() of a frame of their own origin, each frame made another way. In Firefox too, the
 * browser runs the lockwatch in each of them before the page reaches it.
 */
const FRAME_LOCKERS = [
  'fresh-frame-dialogs',
  'indexed-frame-dialogs',
  'srcdoc-frame-dialogs',
  'blob-frame-dialogs',
  'javascript-frame-dialogs',
  'reused-frame-dialogs',
  'sandboxed-frame-dialogs',
  'nested-frame-dialogs',
  'reopened-frame-dialogs',
] as const;

function firefoxPath(): string {
  const candidates = [process.env.HANGUP_FIREFOX, '/usr/bin/firefox-esr', '/usr/bin/firefox'].filter((p): p is string => Boolean(p));
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`Firefox was not found (looked at ${candidates.join(', ')}). On Debian: sudo apt-get install firefox-esr. Or set HANGUP_FIREFOX.`);
  return found;
}

test.describe.configure({ mode: 'serial' });

let corpus: Corpus;
let server: CorpusServer;
let browser: Browser;

test.beforeAll(async () => {
  test.setTimeout(90_000);
  const fixtures = await loadCorpus(path.resolve('tests/fixtures/corpus'));
  const anyFile = fixtures.pages[0]?.file ?? '';
  // Two sign-in challenges beside the fixture pages (a challenge answers without a file).
  corpus = {
    ...fixtures,
    pages: [
      ...fixtures.pages,
      { id: 'sign-in-scam', file: anyFile, label: 'scam', url: 'http://defender-alert-0x80070424.test/', serve401Realm: REALM },
      // Each on a host of its own; the files beside it (plain-frame.html) are served too.
      ...FRAME_LOCKERS.map((name) => ({ id: name, file: path.resolve('tests/fixtures/pages/lockers', `${name}.html`), label: 'scam' as const, url: `http://${name}.frame-locker.test/lockers/${name}.html` })),
    ],
  };
  server = await startCorpusServer(corpus);
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    extraPrefsFirefox: {
      // Every http request goes to the corpus server, which answers by the request's host.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': server.port,
      'network.proxy.allow_hijacking_localhost': true,
      'network.proxy.no_proxies_on': '',
      // What a person grants on Firefox's install prompt: access to every site.
      'extensions.originControls.grantByDefault': true,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
    },
  });
  expect(await browser.installExtension(FIREFOX_BUILD)).toBe(GECKO_ID);
});

test.afterAll(async () => {
  await browser?.close();
  await server?.close();
});

function urlOf(id: string): string {
  const page = corpus.pages.find((p) => p.id === id);
  if (!page) throw new Error(`no fixture ${id}`);
  return page.url;
}

/** Where the tab is: the page's own view of its address (BiDi does not report moves to extension pages). */
async function whereIs(tab: Page): Promise<string> {
  return (await tab.evaluate('location.href').catch(() => '')) as string;
}

async function open(id: string): Promise<Page> {
  const tab = await browser.newPage();
  // A page that is taken away while loading ends the navigation with an error; that is the point.
  await tab.goto(urlOf(id), { waitUntil: 'load', timeout: 20_000 }).catch(() => undefined);
  return tab;
}

/** The tab ends on the warning page, and the page shows `number` as the one not to call. */
async function expectWarning(tab: Page, number: string): Promise<void> {
  await expect.poll(() => whereIs(tab), { timeout: 15_000 }).toContain(WARNING);
  await expect.poll(() => tab.evaluate('document.querySelector("s.number")?.textContent ?? ""'), { timeout: 10_000 }).toContain(number);
}

test('a fake Windows alert ends on the warning page, which shows its number', async () => {
  const tab = await open('win-defender-text');
  await expectWarning(tab, '555-0142');
  await tab.close();
});

test('an alert that a click brings is caught after the click, not before', async () => {
  const tab = await open('win-click-gate');
  await tab.waitForNetworkIdle({ idleTime: 500, timeout: 10_000 }).catch(() => undefined);
  expect(await whereIs(tab)).toBe(urlOf('win-click-gate'));
  await tab.mouse.click(200, 200);
  await expect.poll(() => whereIs(tab), { timeout: 15_000 }).toContain(WARNING);
  await tab.close();
});

// The content scripts run in the frames a page makes without an address of their own in Firefox
// too (match_about_blank, match_origin_as_fallback in the manifest, wxt.config.ts).
test('a fake alert written into an empty frame over an empty page ends on the warning page', async () => {
  const tab = await open('win-written-frame');
  await expectWarning(tab, '555-0172');
  await tab.close();
});

test('a sign-in challenge with a support number in its realm ends on the warning page', async () => {
  const tab = await open('sign-in-scam');
  await expectWarning(tab, '555-0173');
  await tab.close();
});

test('a small business page with a free-phone number stays where it is', async () => {
  const tab = await open('biz-plumber');
  await tab.waitForNetworkIdle({ idleTime: 500, timeout: 10_000 }).catch(() => undefined);
  await tab.mouse.click(200, 200);
  await new Promise((resolve) => setTimeout(resolve, 2000));
  expect(await whereIs(tab)).toBe(urlOf('biz-plumber'));
  await tab.close();
});

/** Where the tab is, or '' if it does not answer within a second (a tab a dialog holds may not answer at all). */
function whereIsNow(tab: Page): Promise<string> {
  return Promise.race([whereIs(tab), new Promise<string>((resolve) => setTimeout(() => resolve(''), 1000))]);
}

/** The tab that shows the warning page, if any: a tab a dialog loop holds may have been replaced by a new one. */
async function warningTab(): Promise<Page | undefined> {
  for (const tab of await browser.pages()) if ((await whereIsNow(tab)).startsWith(WARNING)) return tab;
  return undefined;
}

for (const name of FRAME_LOCKERS) {
  test(`a dialog loop through a frame of the page's own origin (${name}) ends on the warning page`, async () => {
    // The dialogs stay unanswered, as a person who does not know what to do with them leaves them.
    const tab = await open(name);
    await expect.poll(async () => Boolean(await warningTab()), { timeout: 15_000 }).toBe(true);
    const warning = (await warningTab()) as Page;
    await expectWarning(warning, '555-0193');
    // No tab shows the locker any more.
    const left = await Promise.all((await browser.pages()).map(whereIsNow));
    expect(left.filter((where) => where.includes(`${name}.html`) && !where.startsWith(WARNING))).toEqual([]);
    await warning.close();
    if (!tab.isClosed()) await tab.close();
  });
}
