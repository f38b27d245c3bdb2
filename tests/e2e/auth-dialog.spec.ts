import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, launch, test } from './fixtures';

const SCAM_REALM = 'Microsoft Windows Security: your computer has been blocked. Call Microsoft Support +1 (888) 555-0198';

test('a sign-in dialog whose realm carries a support number is cancelled and the tab warned', async ({ profileDir }) => {
  const server = createServer((req, res) => {
    const realm = req.url?.startsWith('/members') ? 'Members area' : SCAM_REALM;
    res.writeHead(401, { 'www-authenticate': `Basic realm="${realm}"`, 'content-type': 'text/html' }).end('<h1>401</h1>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { context, extensionId } = await launch(profileDir, (server.address() as AddressInfo).port);
  try {
    const page = await context.newPage();
    await page.goto('http://windows-security-check.example-scam.test/locked').catch(() => undefined);
    await expect.poll(() => page.url(), { timeout: 10_000 }).toContain(`chrome-extension://${extensionId}/warning.html`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page pretends to be Microsoft support. Do not call the number.');

    // An ordinary password prompt is left to the browser.
    const honest = await context.newPage();
    await honest.goto('http://intranet.example.test/members').catch(() => undefined);
    await honest.waitForTimeout(1000);
    expect(honest.url()).not.toContain('warning.html');
  } finally {
    await context.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});
