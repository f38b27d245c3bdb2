/// <reference types="chrome" />
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page } from '@playwright/test';
import { chromiumPath, extensionArgs } from './chromium';

/*
 * Chromium for the evaluation and the benchmarks: headless, a fresh profile, every host mapped to
 * the corpus server, a copy of the built extension loaded (or none, for a baseline). Corpus pages are hostile:
 * they loop dialogs, trap `beforeunload`, open windows and play audio, so every dialog is
 * dismissed, every window they open is closed, and nothing here waits on a page without a bound.
 */

export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = path.resolve(REPO_ROOT, process.env.HANGUP_OUT_DIR ?? '.output', 'chrome-mv3');

/** Throws a message that says what to do when the extension has not been built. */
export function requireBuiltExtension(dir = EXTENSION_DIR): string {
  if (!existsSync(path.join(dir, 'manifest.json'))) {
    throw new Error(`The built extension was not found at ${path.relative(process.cwd(), dir) || dir}. Run \`npm run build\` first (this command does not build).`);
  }
  return dir;
}

/** Flags on top of extensionArgs: what a real, attended browser would do with these pages. */
const EVALUATION_FLAGS = [
  // The corpus server's certificate is self-signed; real scam hosts are HTTPS (and HSTS-preloaded).
  '--ignore-certificate-errors',
  // Pages in background tabs must run their timers as a foreground tab would.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
  // Kits start their alarm audio without a gesture; let them, but keep the machine quiet.
  '--autoplay-policy=no-user-gesture-required',
  '--mute-audio',
];

export interface CorpusBrowser {
  context: BrowserContext;
  /** Null when launched without the extension. */
  extensionId: string | null;
  /** Counts of what the pages tried, by page. */
  hostileEvents: WeakMap<Page, { dialogs: number; beforeunload: number; popups: number }>;
  /** Chromium went away (crashed or was killed) before close() was called. */
  readonly crashed: boolean;
  close(): Promise<void>;
}

export interface LaunchOptions {
  serverPort: number;
  /** The built extension (loaded from a copy), or null for a browser without it (a baseline). */
  extensionDir: string | null;
}

/** A browser's own profile folder, with the Chromium flags to start it on the corpus server. */
export interface CorpusProfile {
  /** The folder; the browser's user data goes in `user-data` below it. */
  folder: string;
  /** extensionArgs (loading the copy of the build, or no extension) and EVALUATION_FLAGS. */
  args: string[];
  /** Remove the folder (never throws). */
  remove(): Promise<void>;
}

/**
 * A fresh profile folder with a copy of the build in it (or none), for launchCorpusBrowser and
 * the bench's unattended browser. The browser loads a copy: a `wxt build` during a run (tests,
 * another shell) empties .output/chrome-mv3 and would take the extension's pages away mid-run.
 */
export async function makeCorpusProfile(serverPort: number, extensionDir: string | null): Promise<CorpusProfile> {
  const folder = await mkdtemp(path.join(tmpdir(), 'hangup-corpus-'));
  const remove = () => rm(folder, { recursive: true, force: true }).catch(() => undefined);
  const snapshot = extensionDir ? path.join(folder, 'extension') : null;
  try {
    if (extensionDir && snapshot) {
      await cp(extensionDir, snapshot, { recursive: true });
      requireBuiltExtension(snapshot);
    }
  } catch (error) {
    await remove();
    throw error;
  }
  let args = extensionArgs(snapshot ?? '/nonexistent', serverPort);
  if (!snapshot) args = args.filter((arg) => !arg.startsWith('--load-extension=') && !arg.startsWith('--disable-extensions-except='));
  return { folder, args: [...args, ...EVALUATION_FLAGS], remove };
}

export async function launchCorpusBrowser({ serverPort, extensionDir }: LaunchOptions): Promise<CorpusBrowser> {
  const { folder, args, remove: removeProfile } = await makeCorpusProfile(serverPort, extensionDir);
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(path.join(folder, 'user-data'), {
      executablePath: chromiumPath(),
      headless: true,
      ignoreHTTPSErrors: true,
      viewport: { width: 1280, height: 800 },
      args,
    });
  } catch (error) {
    await removeProfile();
    throw error;
  }

  const hostileEvents = new WeakMap<Page, { dialogs: number; beforeunload: number; popups: number }>();
  const countFor = (page: Page | null) => {
    if (!page) return undefined;
    let counts = hostileEvents.get(page);
    if (!counts) hostileEvents.set(page, (counts = { dialogs: 0, beforeunload: 0, popups: 0 }));
    return counts;
  };
  context.on('dialog', (dialog) => {
    const counts = countFor(dialog.page());
    if (counts) {
      counts.dialogs++;
      if (dialog.type() === 'beforeunload') counts.beforeunload++;
    }
    dialog.dismiss().catch(() => undefined);
  });
  // Windows a page opens (window.open floods) are closed at once; the page's own tab stays.
  context.on('page', (page) => {
    void page
      .opener()
      .then((opener) => {
        if (!opener) return;
        const counts = countFor(opener);
        if (counts) counts.popups++;
        return page.close({ runBeforeUnload: false });
      })
      .catch(() => undefined);
  });

  let closing = false;
  let crashed = false;
  context.on('close', () => {
    if (!closing) crashed = true;
  });

  let extensionId: string | null = null;
  if (extensionDir) {
    try {
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
      extensionId = new URL(worker.url()).host;
    } catch (error) {
      await context.close().catch(() => undefined);
      await removeProfile();
      throw new Error(`The extension's service worker did not start: ${String(error)}`);
    }
  }

  return {
    context,
    extensionId,
    hostileEvents,
    get crashed() {
      return crashed;
    },
    close: async () => {
      closing = true;
      await withTimeout(context.close(), 30_000).catch(() => undefined);
      await removeProfile();
    },
  };
}

export class TimeoutError extends Error {}

/** `promise`, or a TimeoutError after `ms`. The promise itself keeps running; its failure is ignored. */
export function withTimeout<T>(promise: Promise<T>, ms: number, what = 'operation'): Promise<T> {
  promise.catch(() => undefined);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(`${what} took longer than ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** What the background stored for a tab, read loosely: the evaluation must survive schema changes. */
export interface ObservedTabState {
  url: string;
  level: string;
  signals: Array<{ id: string; weight: number; evidence: string }>;
  levelSince: number | null;
  scanMs: number[];
  blocked: boolean;
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

export function observeTabState(raw: unknown): ObservedTabState | null {
  const state = asRecord(raw);
  const verdict = asRecord(state['verdict']);
  if (typeof verdict['level'] !== 'string') return null;
  const signals = Array.isArray(verdict['signals']) ? verdict['signals'].map(asRecord) : [];
  return {
    url: typeof state['url'] === 'string' ? state['url'] : '',
    level: verdict['level'],
    signals: signals.map((s) => ({ id: String(s['id'] ?? ''), weight: typeof s['weight'] === 'number' ? s['weight'] : 0, evidence: String(s['evidence'] ?? '') })),
    levelSince: typeof state['levelSince'] === 'number' ? state['levelSince'] : null,
    scanMs: Array.isArray(state['scanMs']) ? state['scanMs'].filter((n): n is number => typeof n === 'number') : [],
    blocked: state['blocked'] === true,
  };
}

/**
 * An extension page that reads what the extension knows (tab ids, session storage). A page, not
 * the service worker: a worker handle goes stale when Chromium stops and restarts the worker.
 */
export class ExtensionProbe {
  private constructor(
    private readonly page: Page,
    readonly extensionId: string,
  ) {}

  static async open(browser: CorpusBrowser): Promise<ExtensionProbe> {
    if (!browser.extensionId) throw new Error('no extension loaded');
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    return new ExtensionProbe(page, browser.extensionId);
  }

  get origin(): string {
    return `chrome-extension://${this.extensionId}`;
  }

  isWarningPage(url: string): boolean {
    return url.startsWith(`${this.origin}/warning.html`);
  }

  /**
   * Put `page` on a marker address of the extension and ask the extension for its tab id. The id
   * stays with the tab through every later navigation, including the one to the warning page.
   */
  async tabIdOf(page: Page, marker: string): Promise<number> {
    const url = `${this.origin}/options.html#hangup-eval-${marker}`;
    await page.goto(url, { waitUntil: 'commit', timeout: 10_000 });
    return this.tabIdAt(url);
  }

  /** The id of the tab that shows (or is loading) `url`. */
  async tabIdAt(url: string): Promise<number> {
    return this.page.evaluate(async (wanted) => {
      for (let attempt = 0; attempt < 50; attempt++) {
        const tabs = await chrome.tabs.query({});
        const tab = tabs.find((t) => (t.url ?? t.pendingUrl) === wanted);
        if (tab?.id !== undefined) return tab.id;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`no tab at ${wanted}`);
    }, url);
  }

  async tabState(tabId: number): Promise<ObservedTabState | null> {
    const raw = await this.page.evaluate(async (id) => {
      const key = `tab-${id}`;
      return (await chrome.storage.session.get(key))[key] ?? null;
    }, tabId);
    return observeTabState(raw);
  }
}

/** Run `task` over `items` with at most `concurrency` at a time; results keep the items' order. */
export async function mapPool<T, R>(items: readonly T[], concurrency: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, worker));
  return results;
}

/**
 * A point near the middle of the page to click the way a person would, avoiding links and form
 * controls when it can (a click on a link would take a benign page elsewhere). Null if the page
 * does not answer in time.
 */
export async function clickPoint(page: Page, timeoutMs: number): Promise<{ x: number; y: number } | null> {
  return withTimeout(
    page.evaluate(() => {
      const w = window.innerWidth;
      const h = window.innerHeight;
      const spots = [
        [0.5, 0.5],
        [0.5, 0.4],
        [0.4, 0.5],
        [0.6, 0.6],
        [0.3, 0.3],
        [0.7, 0.3],
      ] as const;
      for (const [fx, fy] of spots) {
        const x = Math.round(w * fx);
        const y = Math.round(h * fy);
        const target = document.elementFromPoint(x, y);
        if (!target?.closest('a[href], button, input, select, textarea, label, summary, iframe, [contenteditable=""], [contenteditable="true"]')) return { x, y };
      }
      return { x: Math.round(w / 2), y: Math.round(h / 2) };
    }),
    timeoutMs,
    'finding a click point',
  ).catch(() => null);
}

/**
 * The middle of the page's most prominent button, as a person facing a "Scan Now" or "Continue"
 * card would press it: the largest visible button on screen that is not a link and sends no form
 * (neither takes a benign page elsewhere). Null if there is none, or the page does not answer.
 */
export async function mainButtonPoint(page: Page, timeoutMs: number): Promise<{ x: number; y: number } | null> {
  return withTimeout(
    page.evaluate(() => {
      let best: { x: number; y: number; area: number } | null = null;
      for (const element of document.querySelectorAll('button, input[type="button"], [role="button"]')) {
        if (element.closest('a[href], form') || (element as HTMLButtonElement).disabled) continue;
        const box = element.getBoundingClientRect();
        const area = box.width * box.height;
        const x = Math.round(box.left + box.width / 2);
        const y = Math.round(box.top + box.height / 2);
        if (area < 100 || x < 0 || y < 0 || x >= window.innerWidth || y >= window.innerHeight) continue;
        // Covered by something else (an overlay) is not what a person can press.
        if (document.elementFromPoint(x, y)?.closest('button, input, [role="button"]') !== element) continue;
        if (!best || area > best.area) best = { x, y, area };
      }
      return best && { x: best.x, y: best.y };
    }),
    timeoutMs,
    'finding a button',
  ).catch(() => null);
}
