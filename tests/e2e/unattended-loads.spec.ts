import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { Corpus } from '../../src/cli/corpus';
import { EXTENSION_DIR } from '../../src/cli/corpus-browser';
import { type CorpusServer, startCorpusServer } from '../../src/cli/corpus-server';
import { LoadReports, launchUnattendedBrowser, REPORT_WAIT_MS, type UnattendedBrowser } from '../../src/cli/unattended-browser';

/*
 * The bench's unattended loads (unattended-browser.ts) in a real Chromium: the load time the page
 * reports itself, with and without the extension, and a page that cannot report, read through a
 * late DevTools session. Pages written here, served by the corpus server at their own addresses.
 */

/** The parser is held this long by a script in the page's head, so the page loads no sooner. */
const HELD_MS = 250;

const PAGES: Record<string, string> = {
  held: `<!doctype html><title>held</title><script>var until = performance.now() + ${HELD_MS}; while (performance.now() < until) {}</script><p>A page that takes its time.</p>`,
  // No inline script may run here, so the reporter cannot either.
  strict: `<!doctype html><meta http-equiv="Content-Security-Policy" content="script-src 'none'"><title>strict</title><p>A page with a strict policy.</p>`,
  plain: '<!doctype html><title>plain</title><p>A plain page.</p>',
};

test.describe.configure({ mode: 'serial' });

let dir: string;
let server: CorpusServer;
const reports = new LoadReports();
const browsers: UnattendedBrowser[] = [];

test.beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'hangup-unattended-'));
  const corpus: Corpus = { name: 'unattended', root: dir, pages: [] };
  for (const [name, html] of Object.entries(PAGES)) {
    await writeFile(path.join(dir, `${name}.html`), html);
    corpus.pages.push({ id: name, file: `${name}.html`, label: 'benign', url: `https://${name}.unattended.test/${name}.html` });
  }
  server = await startCorpusServer(corpus, { onLoadReport: reports.receive });
});

test.afterAll(async () => {
  for (const browser of browsers) await browser.close();
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

test('a page reports its own load time, with the extension running and without it', async () => {
  for (const extensionDir of [null, EXTENSION_DIR]) {
    const browser = await launchUnattendedBrowser({ serverPort: server.port, extensionDir, reports });
    browsers.push(browser);
    expect(browser.extensionId === null, String(extensionDir)).toBe(extensionDir === null);
    if (extensionDir) expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
    const held = await browser.load('https://held.unattended.test/held.html', 100, 'load-1');
    expect(held.failure).toBeNull();
    expect(held.attended).toBe(false);
    expect(held.loadMs).toBeGreaterThanOrEqual(HELD_MS);
    expect(held.loadMs).toBeLessThan(REPORT_WAIT_MS);
    const plain = await browser.load('https://plain.unattended.test/plain.html', 100, 'load-2');
    expect([plain.attended, plain.failure]).toEqual([false, null]);
    expect(plain.loadMs).toBeGreaterThan(0);
    expect(plain.loadMs).toBeLessThan(HELD_MS);
  }
});

test('a page that cannot report is read through a session attached after the wait', async () => {
  const browser = browsers[0] ?? (await launchUnattendedBrowser({ serverPort: server.port, extensionDir: null, reports }));
  const strict = await browser.load('https://strict.unattended.test/strict.html', 100, 'load-3');
  expect([strict.attended, strict.failure]).toEqual([true, null]);
  expect(strict.loadMs).toBeGreaterThan(0);
  expect(strict.loadMs).toBeLessThan(REPORT_WAIT_MS);
});
