import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { DEFAULT_DATA_DIR, DEFAULT_HOST, DEFAULT_PORT, type RunningService, startService } from '../service/server';
import { chromiumPath, extensionArgs } from './chromium';
import { startStaticServer } from './static-server';

/*
 * `npm start`: build the extension, serve our sample scam page on a local demo host, and open
 * Chromium with the extension loaded on that page, so a newcomer sees the warning within a minute.
 * `npm start -- --headless` does the same without a window and saves a screenshot instead.
 * The report service runs beside it (PGlite in .hangup-data/), and the extension is built with it
 * as its report address, so a report sent from the demo lands there for `hangup reports`.
 */

const DEMO_HOST = 'windows-defender-alert.hangup-demo.test';
const root = path.resolve(import.meta.dirname, '../..');
// HANGUP_OUT_DIR: the same build folder variable as wxt.config.ts and the tests.
const outDir = path.resolve(root, process.env.HANGUP_OUT_DIR ?? '.output');
const SERVICE_URL = `http://${DEFAULT_HOST}:${DEFAULT_PORT}`;

function hasDisplay(): boolean {
  if (process.platform !== 'linux') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

function build(reportUrl: string): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn('npx', ['wxt', 'build'], { cwd: root, stdio: 'inherit', env: { ...process.env, WXT_HANGUP_REPORT_URL: reportUrl } });
    child.on('exit', (code) => resolve(code));
    child.on('error', () => resolve(null));
  });
}

/** A Hang Up report service already answering on the default port (e.g. `npx hangup serve`). */
async function runningService(): Promise<boolean> {
  try {
    const response = await fetch(`${SERVICE_URL}/v1/health`, { signal: AbortSignal.timeout(2000) });
    return response.ok && ((await response.json()) as { status?: unknown }).status === 'ok';
  } catch {
    return false;
  }
}

/** Our own report service, or null when one is already running there. */
async function startReportService(): Promise<RunningService | null> {
  if (await runningService()) {
    console.log(`A report service already answers on ${SERVICE_URL}: reports from the demo go there.`);
    return null;
  }
  const service = await startService({ port: DEFAULT_PORT, host: DEFAULT_HOST, dataDir: path.join(root, DEFAULT_DATA_DIR), log: (line) => console.log(`[report service] ${line}`) });
  console.log(`Report service on ${service.url} (PGlite in ${DEFAULT_DATA_DIR}/). Reports sent from the demo land there: npx hangup reports list`);
  return service;
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
  console.log(`Building the extension (npm run build), reporting to ${SERVICE_URL}, and starting the report service…`);
  // Built while the service opens its database: the first start of PGlite takes a while.
  const [status, started] = await Promise.all([build(SERVICE_URL), startReportService().then((service) => ({ service }), (error: Error) => ({ error }))]);
  if ('error' in started) fail(`The report service did not start: ${started.error.message}`);
  const service = started.service;
  if (status !== 0) {
    await service?.close();
    fail('The build failed; see the messages above.');
  }

  const server = await startStaticServer(path.join(root, 'assets/demo'));
  const demoUrl = `http://${DEMO_HOST}/`;
  const profile = await mkdtemp(path.join(tmpdir(), 'hangup-demo-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless,
    viewport: headless ? { width: 1100, height: 900 } : null,
    args: extensionArgs(path.join(outDir, 'chrome-mv3'), server.port, DEMO_HOST),
  });
  const cleanUp = async () => {
    await context.close().catch(() => undefined);
    await server.close();
    await service?.close();
    await rm(profile, { recursive: true, force: true });
  };

  const page = context.pages()[0] ?? (await context.newPage());
  console.log(`Opening the sample scam page ${demoUrl} (served from assets/demo on 127.0.0.1:${server.port}).`);
  await page.goto(demoUrl);

  if (headless) {
    try {
      await page.waitForURL(/^chrome-extension:\/\/[a-z]+\/warning\.html/, { timeout: 20_000 });
      await page.getByRole('heading', { level: 1 }).waitFor();
      const shot = path.join(outDir, 'demo-warning.png');
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
  context.on('close', () => void cleanUp().then(() => process.exit(0)));
}

await main();
