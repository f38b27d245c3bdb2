/// <reference types="chrome" />
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { launch, type Launched, stopServiceWorker, tabIdOf, tabState } from './fixtures';

/*
 * Scam pages that loop the browser's own sign-in dialog (HTTP Basic auth) with "call +1 …" in its
 * prompt: no page script can see that box, only the webRequest API. Here a local server answers
 * with such a challenge, and the tab must end on the warning page, with the number from the
 * prompt, even though the answer's own page then reports nothing but "Unauthorized".
 */

const REALM = 'Windows Defender: your computer has been blocked. Call Microsoft Support +1 (888) 555-0142';
const LOCKED = 'http://defender-alert.example-scam.test/locked';

let server: Server;
let profile: string;
let launched: Launched;

test.beforeEach(async () => {
  server = createServer((request, response) => {
    if (request.url === '/locked') {
      response.writeHead(401, { 'www-authenticate': `Basic realm="${REALM}"`, 'content-type': 'text/html' }).end('<!doctype html><title>401</title><p>Unauthorized</p>');
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Start</title><p>Nothing to see.</p>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  profile = await mkdtemp(path.join(tmpdir(), 'hangup-auth-e2e-'));
  launched = await launch(profile, (server.address() as AddressInfo).port);
});

test.afterEach(async () => {
  await launched.context.close();
  await new Promise((resolve) => server.close(resolve));
  await rm(profile, { recursive: true, force: true });
});

for (const asleep of [false, true]) {
  test(`a sign-in dialog with a support number in its prompt ends on the warning page, with that number${asleep ? ', also when the idle worker was stopped' : ''}`, async () => {
    const { context, extensionId } = launched;
    const page = await context.newPage();
    await page.goto('http://start.example-scam.test/');
    // The browser learns of the worker's listeners a moment after a fresh install: ask the extension
    // something first, as a person's browser has long been running by the time a scam page comes.
    await tabIdOf(context, 'http://start.example-scam.test/');
    // Usually the worker is asleep when the scam page comes: the challenge must wake it.
    if (asleep) await stopServiceWorker(context);
    // The dialog is cancelled by the extension, so the navigation may end in the browser's error page.
    await page.goto(LOCKED).catch(() => undefined);
    const warningPrefix = `chrome-extension://${extensionId}/warning.html`;
    await expect.poll(() => context.pages().some((p) => p.url().startsWith(warningPrefix)), { timeout: 15_000 }).toBe(true);
    const warning = context.pages().find((p) => p.url().startsWith(warningPrefix));
    await expect(warning!.locator('s.number').first()).toContainText('555-0142');
    // The page shown after the dialog said only "Unauthorized": the verdict stays the dialog's.
    const state = await tabState(context, await tabIdOf(context, warningPrefix));
    expect(state?.verdict.level).toBe('scam');
    expect(state?.verdict.signals.map((s) => s.id)).toContain('behaviour.auth-dialog');
  });
}
