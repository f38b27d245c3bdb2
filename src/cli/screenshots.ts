/// <reference types="chrome" />
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page } from '@playwright/test';
import { chromiumPath, extensionArgs } from './chromium';
import { startStaticServer } from './static-server';

/*
 * `npm run screenshots`: the README's pictures of popup, warning page and options, taken from the
 * real build in Chromium on the test pages (tests/fixtures/pages), so they show what a person
 * sees today. Writes docs/screenshots/{popup-scam,popup-clean,warning,options}.png and the
 * warning page and scam popup in each language given with --languages (default: de; ja needs a
 * CJK font such as Debian's fonts-noto-cjk). --no-build uses the build already there.
 */

const root = path.resolve(import.meta.dirname, '../..');
// HANGUP_OUT_DIR: the same build folder variable as wxt.config.ts and the tests.
const extensionDir = path.resolve(root, process.env.HANGUP_OUT_DIR ?? '.output', 'chrome-mv3');
const outDir = path.join(root, 'docs/screenshots');
const SCAM = 'http://windows-defender-alert.example-scam.test/fake-ms-alert.html';
const CLEAN = 'http://riverside-plumbing.test/plumber.html';
const POPUP_SIZE = { width: 372, height: 560 };
const PAGE_SIZE = { width: 1000, height: 800 };

function build(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['wxt', 'build'], { cwd: root, stdio: 'inherit' });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`wxt build exited with ${code}`))));
    child.on('error', reject);
  });
}

function option(name: string): string | undefined {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  return arg?.slice(name.length + 3);
}

async function extensionIdOf(context: BrowserContext): Promise<string> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return new URL(worker.url()).host;
}

/** The id of the tab whose address starts with `prefix`, asked of the extension from one of its pages. */
async function tabIdOf(helper: Page, prefix: string): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const id = await helper.evaluate(async (p) => (await chrome.tabs.query({})).find((t) => (t.url ?? '').startsWith(p))?.id, prefix);
    if (id !== undefined) return id;
    await helper.waitForTimeout(100);
  }
  throw new Error(`no tab at ${prefix}`);
}

/** Wait until the background has a verdict for the tab (or the tab shows the warning page). */
async function verdictOf(helper: Page, tabId: number): Promise<string> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const level = await helper.evaluate(async (id) => ((await chrome.storage.session.get(`tab-${id}`))[`tab-${id}`] as { verdict?: { level: string } } | undefined)?.verdict?.level, tabId);
    if (level) return level;
    await helper.waitForTimeout(100);
  }
  throw new Error(`no verdict for tab ${tabId}`);
}

async function setLanguage(helper: Page, language: string): Promise<void> {
  await helper.reload();
  await helper.locator('#language').selectOption(language);
  await helper.waitForFunction((lang) => document.documentElement.lang === (lang === 'auto' ? 'en' : lang), language);
}

/** Screenshot a page: a new tab at `target`, or (for the warning page, whose verdict belongs to its tab) that tab reloaded. */
async function shoot(context: BrowserContext, target: string | Page, size: { width: number; height: number }, file: string): Promise<void> {
  const page = typeof target === 'string' ? await context.newPage() : target;
  await page.setViewportSize(size);
  if (typeof target === 'string') await page.goto(target);
  else await page.reload();
  await page.locator('main:not([aria-busy])').waitFor();
  // The report panel and the lists load after the first render.
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(outDir, file), fullPage: true });
  if (typeof target === 'string') await page.close();
  console.log(`  docs/screenshots/${file}`);
}

async function main(): Promise<void> {
  if (!process.argv.includes('--no-build')) await build();
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) throw new Error(`No build at ${extensionDir}: run without --no-build.`);
  const languages = (option('languages') ?? 'de').split(',').filter(Boolean);
  await mkdir(outDir, { recursive: true });

  const server = await startStaticServer(path.join(root, 'tests/fixtures/pages'));
  const profile = await mkdtemp(path.join(tmpdir(), 'hangup-shots-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    locale: 'en-US',
    args: extensionArgs(extensionDir, server.port),
  });
  try {
    const id = await extensionIdOf(context);
    const base = `chrome-extension://${id}`;
    const helper = await context.newPage();
    await helper.goto(`${base}/options.html`);

    const scam = await context.newPage();
    await scam.setViewportSize(PAGE_SIZE);
    await scam.goto(SCAM);
    await scam.waitForURL(`${base}/warning.html**`);
    const scamTab = await tabIdOf(helper, `${base}/warning.html`);
    await verdictOf(helper, scamTab);

    const clean = await context.newPage();
    await clean.goto(CLEAN);
    const cleanTab = await tabIdOf(helper, CLEAN);
    await verdictOf(helper, cleanTab);

    console.log('Screenshots:');
    await shoot(context, `${base}/popup.html?tabId=${scamTab}`, POPUP_SIZE, 'popup-scam.png');
    await shoot(context, `${base}/popup.html?tabId=${cleanTab}`, POPUP_SIZE, 'popup-clean.png');
    await shoot(context, scam, PAGE_SIZE, 'warning.png');
    await shoot(context, `${base}/options.html`, PAGE_SIZE, 'options.png');
    for (const language of languages) {
      await setLanguage(helper, language);
      await shoot(context, scam, PAGE_SIZE, `warning-${language}.png`);
      await shoot(context, `${base}/popup.html?tabId=${scamTab}`, POPUP_SIZE, `popup-scam-${language}.png`);
    }
    await setLanguage(helper, 'auto');
  } finally {
    await context.close();
    await server.close();
    await rm(profile, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
