/// <reference types="chrome" />
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import puppeteer from 'puppeteer-core';
import { chromiumPath, extensionArgs } from '../../src/cli/chromium';
import { EXTENSION_DIR, launch, type Launched, tabIdOf, tabState } from './fixtures';

/*
 * Scam pages that loop the browser's own sign-in dialog (HTTP Basic auth) with "call +1 …" in its
 * realm: no page script can see that box. Chromium fails the navigation under it, and the worker
 * reads the realm by asking the address again (auth-dialogs.ts). Here a local server answers with
 * such a challenge, and the tab must end on the warning page, with the number from the realm,
 * even though the answer's own page reports nothing but "Unauthorized". A members-area challenge
 * is left to the browser.
 */

const REALM = 'Windows Defender: your computer has been blocked. Call Microsoft Support +1 (888) 555-0142';
const LOCKED = 'http://defender-alert.example-scam.test/locked';
const MEMBERS = 'http://club.example-members.test/members';

let server: Server;
let asked: string[];
let profile: string;
let launched: Launched;

test.beforeEach(async () => {
  asked = [];
  server = createServer((request, response) => {
    asked.push(`${request.headers.host}${request.url}`);
    if (request.url === '/locked' || request.url === '/members') {
      const realm = request.url === '/locked' ? REALM : 'Members area';
      response.writeHead(401, { 'www-authenticate': `Basic realm="${realm}"`, 'content-type': 'text/html' }).end('<!doctype html><title>401</title><p>Unauthorized</p>');
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Start</title><p>Nothing to see.</p>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});

test.afterEach(async () => {
  await new Promise((resolve) => server.close(resolve));
});

test.describe('driven by Playwright', () => {
  test.beforeEach(async () => {
    profile = await mkdtemp(path.join(tmpdir(), 'hangup-auth-e2e-'));
    launched = await launch(profile, (server.address() as AddressInfo).port);
  });

  test.afterEach(async () => {
    await launched.context.close();
    await rm(profile, { recursive: true, force: true });
  });

  test('a sign-in dialog with a support number in its prompt ends on the warning page, with that number', async () => {
    const { context, extensionId } = launched;
    const page = await context.newPage();
    await page.goto('http://start.example-scam.test/');
    // The browser learns of the worker's listeners a moment after a fresh install: ask the extension
    // something first, as a person's browser has long been running by the time a scam page comes.
    await tabIdOf(context, 'http://start.example-scam.test/');
    // The browser fails the navigation under its sign-in box. Kits loop the box; here the address
    // is tried again, up to three times, only if the worker never asked for the realm: under the
    // whole suite's load a worker installed a moment ago can miss the first failed navigation (see
    // the members-area test below).
    const warningPrefix = `chrome-extension://${extensionId}/warning.html`;
    const onWarning = () => context.pages().some((p) => p.url().startsWith(warningPrefix));
    const lockedAsked = () => asked.filter((a) => a === 'defender-alert.example-scam.test/locked').length;
    for (let attempt = 0; attempt < 3 && !onWarning(); attempt++) {
      const before = lockedAsked();
      await page.goto(LOCKED).catch(() => undefined);
      // Either the warning comes, or the worker did not ask again within 10 s.
      await expect
        .poll(() => onWarning() || lockedAsked() - before >= 2, { timeout: 10_000 })
        .toBe(true)
        .catch(() => undefined);
      if (lockedAsked() - before >= 2) break;
    }
    await expect
      .poll(onWarning, { timeout: 15_000 })
      .toBe(true)
      .catch((error: Error) => {
        // Did the worker ask for the realm (a second request for /locked)?
        throw new Error(`${error.message}\nThe server was asked for: ${asked.join(', ')}`);
      });
    const warning = context.pages().find((p) => p.url().startsWith(warningPrefix));
    await expect(warning!.locator('s.number').first()).toContainText('555-0142');
    // The page shown after the dialog said only "Unauthorized": the verdict stays the dialog's.
    const state = await tabState(context, await tabIdOf(context, warningPrefix));
    expect(state?.verdict.level).toBe('scam');
    expect(state?.verdict.signals.map((s) => s.id)).toContain('behaviour.auth-dialog');
  });

  test('a members-area sign-in dialog is left to the browser', async () => {
    const { context, extensionId } = launched;
    const page = await context.newPage();
    await page.goto('http://start.example-members.test/');
    const tabId = await tabIdOf(context, 'http://start.example-members.test/');
    // The worker reads the realm (a second request for the address), and finds no number in it.
    // Under the whole suite's load, a worker installed a moment ago has missed the first failed
    // navigation (the server was asked once, and never again within 20 s; never in a run of this
    // file alone): the address is tried again, up to three times, and a failure says what was asked.
    const membersAsked = () => asked.filter((a) => a === 'club.example-members.test/members').length;
    let realmRead = false;
    for (let attempt = 0; attempt < 3 && !realmRead; attempt++) {
      const before = membersAsked();
      await page.goto(MEMBERS).catch(() => undefined);
      realmRead = await expect
        .poll(() => membersAsked() - before, { timeout: 10_000 })
        .toBe(2)
        .then(
          () => true,
          () => false,
        );
    }
    expect(realmRead, `the worker never asked for the realm; the server was asked for: ${asked.join(', ')}`).toBe(true);
    await page.waitForTimeout(1000);
    expect(context.pages().some((p) => p.url().startsWith(`chrome-extension://${extensionId}/warning.html`))).toBe(false);
    expect((await tabState(context, tabId))?.verdict.level ?? 'clean').toBe('clean');
  });
});

/*
 * Usually the worker is asleep when the scam page comes: Chromium stops an extension's worker
 * after 30 s without events, and the failed navigation must wake it. Playwright attaches to the
 * worker, which keeps it from ever idling out (and stopping it through DevTools while attached
 * lost the event in 3 of 9 full runs, never in a browser without Playwright attached); so this
 * test drives Chromium with puppeteer-core, which is told not to attach to workers, and waits for
 * the real idle stop.
 */
test('a sign-in dialog wakes a worker that the browser stopped for being idle', async () => {
  test.setTimeout(120_000);
  const port = (server.address() as AddressInfo).port;
  const idleProfile = await mkdtemp(path.join(tmpdir(), 'hangup-auth-idle-'));
  const browser = await puppeteer.launch({
    executablePath: chromiumPath(),
    headless: true,
    userDataDir: idleProfile,
    args: extensionArgs(EXTENSION_DIR, port),
    targetFilter: (target) => target.type() !== 'service_worker',
  });
  try {
    const session = await browser.target().createCDPSession();
    const workersRunning = async () => (await session.send('Target.getTargets')).targetInfos.filter((t) => t.type === 'service_worker').length;
    const page = await browser.newPage();
    await page.goto('http://start.example-scam.test/');
    await expect.poll(workersRunning, { timeout: 90_000, intervals: [500] }).toBe(0);
    await page.goto(LOCKED).catch(() => undefined);
    const onWarning = async () => (await browser.pages()).find((p) => p.url().startsWith('chrome-extension://') && new URL(p.url()).pathname === '/warning.html');
    await expect
      .poll(async () => (await onWarning()) !== undefined, { timeout: 15_000 })
      .toBe(true)
      .catch((error: Error) => {
        throw new Error(`${error.message}\nThe server was asked for: ${asked.join(', ')}`);
      });
    const warning = (await onWarning())!;
    await warning.waitForSelector('s.number');
    expect(await warning.$eval('s.number', (el) => el.textContent)).toContain('555-0142');
  } finally {
    await browser.close();
    await rm(idleProfile, { recursive: true, force: true });
  }
});
