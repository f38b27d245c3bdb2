import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type ServerResponse, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { launch, type Launched, tabIdOf, tabState } from './fixtures';

/*
 * A fake alert is on screen long before its page has finished parsing when a script at the end of
 * the body is slow to come (a stalled ad or analytics script, or one the kit holds on purpose). Pages
 * are first read once loaded; a page whose parser stalls is read a second after it started,
 * so the person is taken to the warning page while the parser is still waiting: here the script
 * never comes until the test has its answer. A page parsed but never loaded is read half a second
 * after it was parsed.
 *
 * What such an early read finds is only the top of the page, so a `suspicious` verdict from it is
 * provisional: a forum thread that quotes a fake alert in its first post says it is a scam only
 * further down, and must end clean. (Its first post quotes the alert and copies its error code: the
 * quoted fright is the poster's report, the code alarms a little, and the brand and the number
 * beside it make the top `suspicious`.)
 */

const FORUM = `<!doctype html><html lang="en"><head><title>Help! Windows says my PC is blocked and to call 1-877-555-0163 - PC Helpers Board</title></head><body>
<h1>Help! Windows says my PC is blocked and to call 1-877-555-0163</h1>
<div class="post"><p>posted by margot_k</p>
<p>A full screen message came up: "Windows Defender Alert: your computer has been blocked, Trojan virus detected. Do not restart. Call Microsoft Support now at 1-877-555-0163". Below it: Error code 0x80070005. Should I call Microsoft?</p></div>
<script src="/stalled.js"></script>
<div class="post"><p>posted by volunteer_ray</p>
<p>Don't call. That is a tech support scam: Microsoft does not put phone numbers in warnings. Close the browser from the Task Manager and do not restore the tabs.</p></div>
<div class="post"><p>posted by margot_k</p><p>Thank you, it is gone now.</p></div>
</body></html>`;

const ALERT = `<!doctype html><html lang="en"><head><title>Windows Defender - Security Warning</title></head><body>
<h1>Windows Defender Security Center</h1>
<p>Your computer has been blocked. Trojan spyware detected.</p>
<p>Do not restart your computer. Call Microsoft Support now: +1 (888) 555-0142 (toll free)</p>
<script src="/stalled.js"></script>
<p>More of the page.</p>
</body></html>`;

/** A shell whose own script writes the alert while the parser waits for the next one. */
const LATE_ALERT = `<!doctype html><html lang="en"><head><title>Please wait</title></head><body>
<div id="box">Checking your browser…</div>
<script>setTimeout(function () { document.getElementById('box').innerHTML = '<h1>Windows Defender Security Center</h1><p>Your computer has been blocked. Trojan spyware detected.</p><p>Do not restart your computer. Call Microsoft Support now: +1 (888) 555-0142 (toll free)</p>'; }, 400);</script>
<script src="/stalled.js"></script>
</body></html>`;

/** A whole alert, parsed at once, whose load event never comes: an image is still on its way. */
const UNLOADED_ALERT = `<!doctype html><html lang="en"><head><title>Windows Defender - Security Warning</title></head><body>
<h1>Windows Defender Security Center</h1>
<p>Your computer has been blocked. Trojan spyware detected.</p>
<p>Do not restart your computer. Call Microsoft Support now: +1 (888) 555-0142 (toll free)</p>
<img src="/stalled.png" alt="">
</body></html>`;

let server: Server;
let held: ServerResponse[];
let profile: string;
let launched: Launched;

test.beforeEach(async () => {
  held = [];
  server = createServer((request, response) => {
    if (request.url === '/stalled.js' || request.url === '/stalled.png') {
      held.push(response);
      return;
    }
    const html = request.url === '/forum' ? FORUM : request.url === '/late' ? LATE_ALERT : request.url === '/unloaded' ? UNLOADED_ALERT : ALERT;
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  profile = await mkdtemp(path.join(tmpdir(), 'hangup-stalled-e2e-'));
  launched = await launch(profile, (server.address() as AddressInfo).port);
});

test.afterEach(async () => {
  for (const response of held) response.destroy();
  await launched.context.close();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await rm(profile, { recursive: true, force: true });
});

for (const [name, url, waitUntil] of [
  ['a fake alert whose page is still parsing (a script that never comes)', 'http://defender-alert.example-scam.test/', 'commit'],
  ['an alert written by script while the parser waits, read before the page is parsed,', 'http://security-check.example-scam.test/late', 'commit'],
  // Pages are first read once loaded; this one never is, and is read a moment after it was parsed.
  ['a fake alert whose page is parsed but never loads (an image that never comes)', 'http://defender-unloaded.example-scam.test/unloaded', 'domcontentloaded'],
] as const) {
  test(`${name} ends on the warning page`, async () => {
    const { context, extensionId } = launched;
    const page = await context.newPage();
    await page.goto(url, { waitUntil });
    await expect.poll(() => page.url(), { timeout: 15_000 }).toContain(`chrome-extension://${extensionId}/warning.html`);
    // What the page waits for was asked for and is still held: the page never got past it.
    expect(held).toHaveLength(1);
    expect(held[0]?.writableEnded).toBe(false);
    await expect(page.locator('s.number').first()).toContainText('555-0142');
  });
}

test('a forum thread read before its replies is only provisionally suspicious, and clean once parsed', async () => {
  const { context, extensionId } = launched;
  const page = await context.newPage();
  const url = 'http://forum.pchelpers.test/forum';
  await page.goto(url, { waitUntil: 'commit' });
  // The tab shows the address once the navigation has committed.
  let tabId = -1;
  await expect.poll(async () => (tabId = await tabIdOf(context, url).catch(() => -1)), { timeout: 10_000 }).toBeGreaterThan(-1);
  // The question was read while the parser waited for the script. (The first read may come
  // before the question is parsed, and find the page clean for now.)
  await expect
    .poll(async () => {
      const state = await tabState(context, tabId);
      return state ? { provisional: state.provisional ?? false, level: state.verdict.level } : null;
    }, { timeout: 15_000 })
    .toEqual({ provisional: true, level: 'suspicious' });
  expect(await page.evaluate(() => document.readyState)).toBe('loading');
  // The popup says that this may change.
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  await expect(popup.locator('main')).toHaveAttribute('data-verdict', 'suspicious');
  await expect(popup.locator('p.provisional')).toContainText('still loading');
  await popup.close();

  const script = held[0];
  if (!script) throw new Error('the page never asked for its script');
  script.writeHead(200, { 'content-type': 'text/javascript' }).end('void 0;');
  await expect.poll(async () => (await tabState(context, tabId))?.verdict.level, { timeout: 15_000 }).toBe('clean');
  expect((await tabState(context, tabId))?.provisional).toBeUndefined();
  expect(page.url()).toBe(url);
  expect(page.url()).not.toContain(extensionId);
});
