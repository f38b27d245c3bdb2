import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { chromiumPath } from './chromium';
import { makeCorpusProfile, sleep } from './corpus-browser';
import { type LoadReport, START_PAGE_PATH } from './corpus-server';

/*
 * Chromium for the bench's second measure of load time, with no automation: Playwright starts
 * Chromium with switches of its own (PaintHolding, the back-forward cache and
 * AvoidUnnecessaryBeforeUnloadCheckSync among others turned off), drives every navigation from the
 * browser side and keeps a DevTools session with a utility world of its own on every page and
 * frame, none of which a person's browser has. What it gives (scratch runs, 2026-12-07, 80-130
 * benign pages, two loads each, every way in the same run): the extension's load ratio was 1.035
 * unattended against 1.073 driven by Playwright with a start page where no content script runs;
 * a bare DevTools session on the page did not raise it (1.032 against 1.051); and unattended, the
 * start page mattered: 1.041 from a `data:` page, 1.065 from an ordinary web page left 300 ms after
 * its load, 1.043 from one left after 1 s. So something the extension does for a page still runs
 * 300 ms after its load, and costs the page opened next.
 *
 * The browser is started directly and driven over `--remote-debugging-pipe` at the browser level
 * only: `Target.createTarget` opens a tab on a start page of the corpus server that navigates to
 * the page after a pause, as a link would; the page reports its own `loadEventEnd` to the corpus
 * server (`onLoadReport`, LOAD_REPORTER); `Target.closeTarget` closes the tab. A page whose report does
 * not come (a Content-Security-Policy that forbids inline scripts, markup that swallows the
 * reporter) is read through a DevTools session attached only after REPORT_WAIT_MS, when most
 * pages have long loaded; such loads are marked `attended`.
 */

/** How long to wait for a page's own report before reading its load time through a session. */
export const REPORT_WAIT_MS = 4000;
/** A page not loaded by then counts as failed. */
export const UNATTENDED_LOAD_TIMEOUT_MS = 20_000;
/** A DevTools command that takes longer than this fails (a hung page, a browser gone). */
const COMMAND_TIMEOUT_MS = 10_000;
/** How long the browser gets to start and show the extension's worker. */
const START_TIMEOUT_MS = 20_000;

/** DevTools messages on the pipe end with a NUL byte. */
export function splitMessages(buffered: string): { messages: string[]; rest: string } {
  const parts = buffered.split('\0');
  return { messages: parts.slice(0, -1).filter((part) => part.length > 0), rest: parts.at(-1) ?? '' };
}

interface Pending {
  resolve(result: Record<string, unknown>): void;
  reject(error: Error): void;
  timer: ReturnType<typeof setTimeout>;
}

/** A DevTools protocol client over the two pipes Chromium opens as its file descriptors 3 and 4. */
export class PipeClient {
  private next = 0;
  private buffered = '';
  private readonly pending = new Map<number, Pending>();
  private closedWith: Error | null = null;

  constructor(
    private readonly output: Writable,
    input: Readable,
  ) {
    input.setEncoding('utf8');
    input.on('data', (chunk: string) => this.receive(chunk));
    input.on('close', () => this.fail(new Error('the browser closed its DevTools pipe')));
    input.on('error', (error: Error) => this.fail(error));
    output.on('error', (error: Error) => this.fail(error));
  }

  send(method: string, params: Record<string, unknown> = {}, sessionId?: string, timeoutMs = COMMAND_TIMEOUT_MS): Promise<Record<string, unknown>> {
    if (this.closedWith) return Promise.reject(this.closedWith);
    const id = ++this.next;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${method} got no answer within ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, { resolve, reject, timer });
      this.output.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    });
  }

  private receive(chunk: string): void {
    const { messages, rest } = splitMessages(this.buffered + chunk);
    this.buffered = rest;
    for (const text of messages) {
      let message: { id?: number; result?: Record<string, unknown>; error?: { message?: string } };
      try {
        message = JSON.parse(text) as typeof message;
      } catch {
        continue;
      }
      const pending = message.id === undefined ? undefined : this.pending.get(message.id);
      if (!pending || message.id === undefined) continue; // An event: nothing here listens to any.
      this.pending.delete(message.id);
      clearTimeout(pending.timer);
      if (message.error) pending.reject(new Error(message.error.message ?? 'DevTools error'));
      else pending.resolve(message.result ?? {});
    }
  }

  private fail(error: Error): void {
    this.closedWith ??= error;
    for (const [id, pending] of this.pending) {
      clearTimeout(pending.timer);
      pending.reject(this.closedWith);
      this.pending.delete(id);
    }
  }
}

/** What one unattended load gave. */
export interface UnattendedLoad {
  /** `loadEventEnd` in ms; null if the page did not load in time. */
  loadMs: number | null;
  /** The time was read through a DevTools session attached after REPORT_WAIT_MS (no report came). */
  attended: boolean;
  failure: string | null;
}

/**
 * Load reports as the corpus server hands them over, to be waited for by address. One browser
 * loads one page at a time, and the bench loads one page at a time in all, so a report for the
 * address is the one being waited for; reports nobody waits for (a page the bench gave up on)
 * are dropped.
 */
export class LoadReports {
  private readonly waiting = new Map<string, (loadMs: number) => void>();

  /** For the corpus server's `onLoadReport`. */
  readonly receive = (report: LoadReport): void => {
    const key = addressKey(report.url);
    const resolve = key === null ? undefined : this.waiting.get(key);
    if (!resolve) return;
    this.waiting.delete(key as string);
    resolve(report.loadMs);
  };

  /** The next report for `url`, or null after `timeoutMs`. */
  next(url: string, timeoutMs: number): Promise<number | null> {
    const key = addressKey(url);
    if (key === null) return Promise.resolve(null);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        if (this.waiting.get(key) === done) this.waiting.delete(key);
        resolve(null);
      }, timeoutMs);
      const done = (loadMs: number) => {
        clearTimeout(timer);
        resolve(loadMs);
      };
      this.waiting.set(key, done);
    });
  }
}

/** An address as the browser writes it, without its fragment; null if it is not one. */
function addressKey(url: string): string | null {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    return parsed.href;
  } catch {
    return null;
  }
}

/**
 * The start page (the corpus server's START_PAGE_PATH, on the bench's start host) that opens `url`
 * after `pauseMs`: an ordinary web page, where the extension's scripts run as they do in the page
 * a person leaves.
 */
export function startPageFor(url: string, pauseMs: number, key: string): string {
  return `http://hangup-bench-start.test${START_PAGE_PATH}?${new URLSearchParams({ to: url, after: String(pauseMs), key })}`;
}

/** Read through a session: the load time of the page at `url`, once its load event has ended. */
const LOAD_TIME_EXPRESSION = `(() => {
  const entry = performance.getEntriesByType('navigation')[0];
  return location.pathname === '${START_PAGE_PATH}' || document.readyState !== 'complete' || !entry || !(entry.loadEventEnd > 0) ? null : entry.loadEventEnd;
})()`;

export interface UnattendedBrowser {
  /** The id of the extension whose worker was seen at start; null for the browser without it. */
  readonly extensionId: string | null;
  /**
   * Open a tab on a start page, go to `url` after `pauseMs`, wait for its load (at most
   * `timeoutMs` from the start), close the tab. `key` tells the start pages of loads apart.
   */
  load(url: string, pauseMs: number, key: string, timeoutMs?: number): Promise<UnattendedLoad>;
  close(): Promise<void>;
}

export interface UnattendedLaunchOptions {
  serverPort: number;
  /** The built extension (loaded from a copy), or null for a browser without it. */
  extensionDir: string | null;
  /** Where the corpus server's load reports arrive (see `onLoadReport`). */
  reports: LoadReports;
}

/**
 * Start Chromium with the same flags as the evaluation's (makeCorpusProfile, as
 * launchCorpusBrowser does), headless, in a fresh profile, the extension loaded from a copy.
 */
export async function launchUnattendedBrowser({ serverPort, extensionDir, reports }: UnattendedLaunchOptions): Promise<UnattendedBrowser> {
  const profile = await makeCorpusProfile(serverPort, extensionDir);
  let child: ChildProcess | undefined;
  const stop = async () => {
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((resolve) => child?.once('exit', () => resolve()));
      child.kill('SIGTERM');
      await Promise.race([exited, sleep(5000)]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
    await profile.remove();
  };
  try {
    child = spawn(chromiumPath(), ['--headless', `--user-data-dir=${path.join(profile.folder, 'user-data')}`, '--remote-debugging-pipe', '--window-size=1280,800', ...profile.args, 'about:blank'], {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'],
    });
    // A browser that cannot start or dies closes its pipe: every command then fails with that.
    child.on('error', () => undefined);
    const client = new PipeClient(child.stdio[3] as Writable, child.stdio[4] as Readable);
    const extensionId = extensionDir ? await extensionWorker(client) : null;

    const load = async (url: string, pauseMs: number, key: string, timeoutMs = UNATTENDED_LOAD_TIMEOUT_MS): Promise<UnattendedLoad> => {
      let targetId: string | undefined;
      try {
        const reported = reports.next(url, REPORT_WAIT_MS + pauseMs);
        targetId = (await client.send('Target.createTarget', { url: startPageFor(url, pauseMs, key) })).targetId as string;
        const loadMs = await reported;
        if (loadMs !== null) return { loadMs, attended: false, failure: null };
        return await readThroughSession(client, targetId, timeoutMs);
      } catch (error) {
        return { loadMs: null, attended: false, failure: error instanceof Error ? error.message : String(error) };
      } finally {
        if (targetId) await client.send('Target.closeTarget', { targetId }).catch(() => undefined);
      }
    };
    return { extensionId, load, close: stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The id of the extension whose service worker the browser runs; throws if none starts in time. */
async function extensionWorker(client: PipeClient): Promise<string> {
  const until = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < until) {
    const { targetInfos } = (await client.send('Target.getTargets')) as { targetInfos?: Array<{ type: string; url: string }> };
    const worker = targetInfos?.find((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'));
    if (worker) return new URL(worker.url).host;
    await sleep(100);
  }
  throw new Error(`the extension's service worker did not start within ${START_TIMEOUT_MS / 1000} s`);
}

/** A page that sent no report: its load time through a session attached now. */
async function readThroughSession(client: PipeClient, targetId: string, timeoutMs: number): Promise<UnattendedLoad> {
  const until = Date.now() + Math.max(0, timeoutMs - REPORT_WAIT_MS);
  const { sessionId } = (await client.send('Target.attachToTarget', { targetId, flatten: true })) as { sessionId: string };
  while (Date.now() < until) {
    const { result } = (await client.send('Runtime.evaluate', { expression: LOAD_TIME_EXPRESSION, returnByValue: true }, sessionId)) as { result?: { value?: unknown } };
    if (typeof result?.value === 'number') return { loadMs: result.value, attended: true, failure: null };
    await sleep(100);
  }
  return { loadMs: null, attended: true, failure: `not loaded within ${timeoutMs / 1000} s` };
}
