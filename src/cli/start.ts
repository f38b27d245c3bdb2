import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumPath, extensionArgs } from './chromium';
import { startStaticServer } from './static-server';

/*
 * `npm start`: build the extension, serve our sample scam page on a local demo host, and open
 * Chromium with the extension loaded on that page, so a newcomer sees the warning within a minute.
 * `npm start -- --headless` does the same without a window and saves a screenshot instead.
 */

const DEMO_HOST = 'windows-defender-alert.hangup-demo.test';
const root = path.resolve(import.meta.dirname, '../..');

function hasDisplay(): boolean {
  if (process.platform !== 'linux') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

function fail(message: string): never {
  console.error(`\n${message}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  const headless = process.argv.includes('--headless');
  if (!headless && !hasDisplay()) {
    fail(
      [
        'npm start opens a Chromium window, but this machine has no display (DISPLAY and WAYLAND_DISPLAY are unset).',
        'Instead you can:',
        '  npm start -- --headless      run the demo without a window and save a screenshot of the warning page',
        '  xvfb-run -a npm start        run it in a virtual display (Debian: apt-get install xvfb)',
        '  npm run build                then load .output/chrome-mv3 by hand (see README, "Load the build by hand")',
      ].join('\n'),
    );
  }

  const executablePath = chromiumPath();
  console.log('Building the extension (npm run build)…');
  const build = spawnSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) fail('The build failed; see the messages above.');

  const server = await startStaticServer(path.join(root, 'assets/demo'));
  const demoUrl = `http://${DEMO_HOST}/`;
  const profile = await mkdtemp(path.join(tmpdir(), 'hangup-demo-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless,
    viewport: headless ? { width: 1100, height: 900 } : null,
    args: extensionArgs(path.join(root, '.output/chrome-mv3'), server.port, DEMO_HOST),
  });
  const cleanUp = async () => {
    await context.close().catch(() => undefined);
    await server.close();
    await rm(profile, { recursive: true, force: true });
  };

  const page = context.pages()[0] ?? (await context.newPage());
  console.log(`Opening the sample scam page ${demoUrl} (served from assets/demo on 127.0.0.1:${server.port}).`);
  await page.goto(demoUrl);

  if (headless) {
    try {
      await page.waitForURL(/^chrome-extension:\/\/[a-z]+\/warning\.html/, { timeout: 20_000 });
      await page.getByRole('heading', { level: 1 }).waitFor();
      const shot = path.join(root, '.output/demo-warning.png');
      await page.screenshot({ path: shot, fullPage: true });
      console.log(`Hang Up showed its warning page: "${await page.getByRole('heading', { level: 1 }).textContent()}"`);
      console.log(`Screenshot: ${shot}`);
    } catch (error) {
      await cleanUp();
      fail(`The warning page did not appear: ${String(error)}`);
    }
    await cleanUp();
    return;
  }

  console.log('Chromium is open with Hang Up loaded. Close the window (or press Ctrl+C) to stop.');
  process.on('SIGINT', () => void cleanUp().then(() => process.exit(0)));
  context.on('close', () => void server.close().then(() => rm(profile, { recursive: true, force: true })).then(() => process.exit(0)));
}

await main();
