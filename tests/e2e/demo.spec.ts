import path from 'node:path';
import { startStaticServer } from '../../src/cli/static-server';
import { expect, launch, test } from './fixtures';

// `npm start` opens this page; a newcomer must see the warning, so the demo is tested like a scam page.
test('the sample scam page of `npm start` ends on the warning page', async ({ profileDir }) => {
  const demo = await startStaticServer(path.resolve('assets/demo'));
  const { context, extensionId } = await launch(profileDir, demo.port);
  try {
    const page = await context.newPage();
    await page.goto('http://windows-defender-alert.hangup-demo.test/');
    await page.waitForURL(`chrome-extension://${extensionId}/warning.html**`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page pretends to be Microsoft support. Do not call the number.');
  } finally {
    await context.close();
    await demo.close();
  }
});
