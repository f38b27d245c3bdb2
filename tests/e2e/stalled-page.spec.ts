import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type ServerResponse, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { launch, type Launched } from './fixtures';

/*
 * A fake alert is on screen long before its page has finished parsing when a script at the end of
 * the body is slow to come (a stalled ad or analytics script, or one the kit holds on purpose). The
 * page is read from its first drawn frame, so the person is taken to the warning page while the
 * parser is still waiting: here the script never comes until the test has its answer.
 */

const ALERT = `<!doctype html><html lang="en"><head><title>Windows Defender - Security Warning</title></head><body>
<h1>Windows Defender Security Center</h1>
<p>Your computer has been blocked. Trojan spyware detected.</p>
<p>Do not restart your computer. Call Microsoft Support now: +1 (888) 555-0142 (toll free)</p>
<script src="/stalled.js"></script>
<p>More of the page.</p>
</body></html>`;

let server: Server;
let held: ServerResponse[];
let profile: string;
let launched: Launched;

test.beforeEach(async () => {
  held = [];
  server = createServer((request, response) => {
    if (request.url === '/stalled.js') {
      held.push(response);
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(ALERT);
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

test('a fake alert whose page is still parsing (a script that never comes) ends on the warning page', async () => {
  const { context, extensionId } = launched;
  const page = await context.newPage();
  await page.goto('http://defender-alert.example-scam.test/', { waitUntil: 'commit' });
  await expect.poll(() => page.url(), { timeout: 15_000 }).toContain(`chrome-extension://${extensionId}/warning.html`);
  // The script was asked for and is still held: the page never got past it.
  expect(held).toHaveLength(1);
  expect(held[0]?.writableEnded).toBe(false);
  await expect(page.locator('s.number').first()).toContainText('555-0142');
});
