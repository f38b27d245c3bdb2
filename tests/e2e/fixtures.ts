/// <reference types="chrome" />
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page, test as base, type Worker } from '@playwright/test';
import { chromiumPath, extensionArgs } from '../../src/cli/chromium';
import { type StaticServer, startStaticServer } from '../../src/cli/static-server';

export const EXTENSION_DIR = path.resolve(process.env.HANGUP_OUT_DIR ?? '.output', 'chrome-mv3');
const PAGES_DIR = path.resolve('tests/fixtures/pages');

export interface Launched {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
}

/** Start Chromium with the built extension on a profile folder; the same folder again is a restart. */
export async function launch(profileDir: string, serverPort: number): Promise<Launched> {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath(),
    headless: true,
    args: extensionArgs(EXTENSION_DIR, serverPort),
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return { context, extensionId, worker };
}

/**
 * An extension page used to ask the extension what it knows (tabs, badge, storage). A page, not
 * the service worker: Playwright keeps a stale handle when the worker is stopped and restarted.
 */
const probes = new WeakMap<BrowserContext, Promise<Page>>();
function probe(context: BrowserContext): Promise<Page> {
  let page = probes.get(context);
  if (!page) {
    page = (async () => {
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      const p = await context.newPage();
      await p.goto(`chrome-extension://${new URL(worker.url()).host}/options.html`);
      return p;
    })();
    probes.set(context, page);
  }
  return page;
}

/** Stop the extension's service worker, as Chromium does after 30 s idle; resolves once stopped. */
export async function stopServiceWorker(context: BrowserContext): Promise<void> {
  const page = await probe(context);
  const cdp = await context.newCDPSession(page);
  const stopped = new Promise<void>((resolve) => {
    cdp.on('ServiceWorker.workerVersionUpdated', (event) => {
      if (event.versions.some((v) => v.runningStatus === 'stopped')) resolve();
    });
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
  await cdp.detach();
}

export const test = base.extend<
  { profileDir: string; launched: Launched; context: BrowserContext; extensionId: string },
  { server: StaticServer }
>({
  server: [
    async ({}, use) => {
      const server = await startStaticServer(PAGES_DIR);
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  profileDir: async ({}, use) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'hangup-e2e-'));
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },
  launched: async ({ profileDir, server }, use) => {
    const launched = await launch(profileDir, server.port);
    await use(launched);
    await launched.context.close();
  },
  context: async ({ launched }, use) => use(launched.context),
  extensionId: async ({ launched }, use) => use(launched.extensionId),
});

export const expect = test.expect;

/** Id of the tab whose address starts with `prefix`, asked of the extension itself. */
export async function tabIdOf(context: BrowserContext, prefix: string): Promise<number> {
  const page = await probe(context);
  return page.evaluate(async (p) => {
    const tabs = await chrome.tabs.query({});
    const tab = tabs.find((t) => (t.url ?? t.pendingUrl ?? '').startsWith(p));
    if (tab?.id === undefined) throw new Error(`no tab at ${p}`);
    return tab.id;
  }, prefix);
}

export interface StoredTabState {
  url: string;
  allowed: boolean;
  blocked: boolean;
  updatedAt: number;
  /** Only reports of the page while it was being parsed are in. */
  provisional?: boolean;
  verdict: { level: string; signals: Array<{ id: string; evidence: string }> };
  /** What the page was found to show and do (see PageCandidates). */
  candidates?: { behaviours: Array<{ kind: string; count: number; userActivated: boolean; detail: string }> };
}

/** What the background has recorded for a tab (null until the content script has reported). */
export async function tabState(context: BrowserContext, tabId: number): Promise<StoredTabState | null> {
  const page = await probe(context);
  return page.evaluate(async (id) => {
    const key = `tab-${id}`;
    const stored = await chrome.storage.session.get(key);
    return (stored[key] as StoredTabState | undefined) ?? null;
  }, tabId);
}

export async function badgeText(context: BrowserContext, tabId: number): Promise<string> {
  const page = await probe(context);
  return page.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** The stored allowlist, read from the extension's own storage. */
export async function storedAllowlist(context: BrowserContext): Promise<unknown> {
  const page = await probe(context);
  return page.evaluate(async () => (await chrome.storage.local.get('allowlist'))['allowlist']);
}
