/// <reference types="chrome" />
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, expect, type Page, test } from '@playwright/test';
import { run } from '../../src/cli/hangup';
import type { Io } from '../../src/cli/list';
import { chromiumPath, extensionArgs } from '../../src/cli/chromium';
import type { Report } from '../../src/core/report';
import { MIGRATIONS } from '../../src/service/migrations';
import { type RunningService, startService } from '../../src/service/server';
import { EXTENSION_DIR } from './fixtures';
import { freshDataDir } from '../unit/service/helpers';
import { startTestPostgres, type TestPostgres } from './postgres-server';

/*
 * The report loop end to end, once on PGlite and once on a real PostgreSQL server: a person
 * reports a page that the extension let through → the report service stores it → a maintainer
 * accepts it with `hangup reports accept` → `list build` and `list sign` → the list is published
 * on a local server → the extension fetches it when its alarm fires → the same page, loaded
 * afresh, ends on the warning page. The extension is a copy of the build that trusts a key made
 * here; the service runs in this process on its own loopback port.
 */

const PAGE_HOST = 'support-desk.reported-by-a-person.com';
const PAGE = `http://${PAGE_HOST}/help.html`;
const LIST_URL = 'http://lists.hangup-loop-test.com/';
const TOKEN = 'report-loop-maintainer-token-0123456789';
// A page with nothing the detector calls a scam: only the person's judgement and the list catch it.
const PAGE_HTML = '<!doctype html><title>Help desk</title><h1>Computer help</h1><p>Questions about your computer? Our team answers every day.</p>';

for (const storage of ['PGlite', 'PostgreSQL'] as const) {
  test.describe(`the report loop on ${storage}`, () => {
    let work: string;
    let pages: Server;
    let service: RunningService;
    let postgres: TestPostgres | undefined;
    // List versions are minutes since 1970: this one must be newer than the list bundled at build time.
    let clock = Date.now() + 60 * 60_000;
    const output: string[] = [];
    const io: Io = { out: (line) => output.push(line), today: () => new Date(clock).toISOString().slice(0, 10), now: () => clock };

    async function hangup(...args: string[]): Promise<void> {
      const code = await run(args, io);
      if (code !== 0) throw new Error(`hangup ${args.join(' ')} exited ${code}:\n${output.slice(-5).join('\n')}`);
    }

    test.beforeAll(async () => {
      test.setTimeout(90_000);
      work = await mkdtemp(path.join(tmpdir(), `hangup-loop-${storage.toLowerCase()}-`));
      await mkdir(path.join(work, 'source'));
      await writeFile(path.join(work, 'token'), `${TOKEN}\n`);
      await hangup('keygen', '--out', path.join(work, 'keys'));
      if (storage === 'PostgreSQL') postgres = await startTestPostgres();
      // PGlite: a copy of a folder initialised once (the unit tests share it), so that initdb's
      // seconds are not paid again here; the migrations run on it as on a first start.
      const dataDir = storage === 'PGlite' ? await freshDataDir() : path.join(work, 'data');
      service = await startService({ port: 0, dataDir, databaseUrl: postgres?.url, token: TOKEN });
      expect(service.migrated).toEqual(MIGRATIONS.map((m) => m.version));
      expect(service.db.kind).toBe(storage === 'PGlite' ? 'pglite' : 'postgres');
      // Every other host name reaches this server: the reported page, and the published list.
      pages = createServer((request, response) => {
        void (async () => {
          if (request.headers.host === PAGE_HOST) {
            response.writeHead(200, { 'content-type': 'text/html' }).end(PAGE_HTML);
            return;
          }
          const body = await readFile(path.join(work, 'out', 'publish', path.basename(new URL(request.url ?? '/', 'http://x').pathname))).catch(() => null);
          if (!body) {
            response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
            return;
          }
          const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;
          response.writeHead(200, { 'content-type': 'application/json', etag }).end(body);
        })();
      });
      await new Promise<void>((resolve) => pages.listen(0, '127.0.0.1', resolve));
    });

    test.afterAll(async () => {
      await service?.close();
      await postgres?.stop();
      await new Promise((resolve) => pages?.close(resolve));
      if (service?.db.kind === 'pglite') await rm(service.db.where, { recursive: true, force: true });
      await rm(work, { recursive: true, force: true });
    });

    async function launchTrustingTestKey(): Promise<{ context: BrowserContext; extensionId: string; profile: string }> {
      const extension = path.join(work, 'extension');
      await cp(EXTENSION_DIR, extension, { recursive: true });
      await cp(path.join(work, 'keys', 'public.key'), path.join(extension, 'blocklist', 'public.key'));
      const profile = await mkdtemp(path.join(tmpdir(), 'hangup-loop-profile-'));
      const port = (pages.address() as AddressInfo).port;
      // The report service is reached at its own address; every host name goes to the page server.
      const args = extensionArgs(extension, port).map((arg) => (arg.startsWith('--host-resolver-rules=') ? `--host-resolver-rules=MAP * 127.0.0.1:${port}, EXCLUDE 127.0.0.1` : arg));
      const context = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath(), headless: true, args });
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      return { context, extensionId: new URL(worker.url()).host, profile };
    }

    /** The options page, with the report and list addresses set in the settings as a person would. */
    async function optionsPage(context: BrowserContext, extensionId: string): Promise<Page> {
      const options = await context.newPage();
      await options.goto(`chrome-extension://${extensionId}/options.html`);
      await options.evaluate(
        async ({ reportUrl, listUrl }) => {
          const { settings } = await chrome.storage.local.get('settings');
          await chrome.storage.local.set({ settings: { ...(settings as object), interruptOn: 'scam', reportUrl, listUrl } });
        },
        { reportUrl: service.url, listUrl: LIST_URL },
      );
      return options;
    }

    const send = <T,>(options: Page, message: object) => options.evaluate(async (m) => (await chrome.runtime.sendMessage(m)) as T, message);

    test('a reported page is accepted, listed, signed, fetched by the extension and then blocked', async () => {
      // About 15 s on a quiet machine; the margin is for a busy one.
      test.setTimeout(90_000);
      const { context, extensionId, profile } = await launchTrustingTestKey();
      try {
        const options = await optionsPage(context, extensionId);

        // The page passes: the detector finds nothing, and nothing lists it yet.
        const page = await context.newPage();
        await page.goto(PAGE);
        await page.waitForTimeout(1000);
        expect(page.url()).toBe(PAGE);

        // The person reports it from an extension page, after seeing what will be sent.
        const tabId = await options.evaluate(async (url) => (await chrome.tabs.query({ url })).at(0)?.id, PAGE);
        expect(tabId).toBeDefined();
        const { report } = await send<{ report: Report }>(options, { type: 'previewReport', tabId, kind: 'scam', comment: 'They asked me to call and pay for a repair.' });
        expect(report).toMatchObject({ kind: 'scam', url: PAGE, comment: 'They asked me to call and pay for a repair.' });
        await send(options, { type: 'sendReport', report });
        // Sent at once on a quiet machine. On a busy one the first try can fail; the outbox then
        // waits a minute, and a person would press "Try again now", as this does. Why it failed is
        // printed, so that a failure that repeats can be told from a one-off.
        await expect
          .poll(
            async () => {
              const { entries } = await send<{ entries: Array<{ report: { id: string }; state: string; attempts: number; lastError?: string }> }>(options, { type: 'getOutbox' });
              const entry = entries.find((e) => e.report.id === report.id);
              // Not even tried: the outbox says why (no report address, for one).
              if (entry?.state === 'waiting' && entry.attempts === 0 && entry.lastError) console.log(`report not tried: ${entry.lastError}`);
              if (entry?.state === 'waiting' && entry.attempts > 0) {
                console.log(`report not sent after ${entry.attempts} attempt(s): ${entry.lastError ?? 'no error recorded'}; trying again`);
                await send(options, { type: 'retryReports' });
              }
              return entry?.state;
            },
            { timeout: 45_000, intervals: [500, 1000, 2000] },
          )
          .toBe('sent');

        // The service holds exactly what the person saw.
        const stored = await service.store.get(report.id);
        expect(stored).toMatchObject({ state: 'new', site: 'reported-by-a-person.com' });
        expect(stored?.report).toEqual(report);

        // The maintainer sees it, accepts it, builds and signs the list.
        output.length = 0;
        const target = ['--service', service.url, '--token-file', path.join(work, 'token')];
        await hangup('reports', 'list', '--state', 'new', ...target);
        expect(output.join('\n')).toContain(report.id);
        await hangup('reports', 'accept', report.id, '--source', path.join(work, 'source'), ...target);
        expect(await readFile(path.join(work, 'source', 'hosts.txt'), 'utf8')).toContain(`reported-by-a-person.com | ${io.today()} |  | report:${report.id}`);
        expect((await service.store.get(report.id))?.state).toBe('accepted');
        clock += 60 * 60_000;
        await hangup('list', 'build', '--out', path.join(work, 'out'), '--source', path.join(work, 'source'));
        await hangup('list', 'sign', path.join(work, 'out'), '--key', path.join(work, 'keys', 'private.key'));

        // The extension's update alarm fires and it takes the newly signed list.
        const listStatus = () => send<{ status: { version?: number; lastError?: string; lastCheckAt?: number } }>(options, { type: 'getListStatus' }).then((r) => r.status);
        const before = (await listStatus()).lastCheckAt ?? 0;
        await options.evaluate(async () => {
          await chrome.alarms.create('hangup-list-update', { when: Date.now() + 10 });
        });
        await expect.poll(async () => (await listStatus()).lastCheckAt ?? 0, { timeout: 30_000 }).toBeGreaterThan(before);
        expect((await listStatus()).lastError).toBeUndefined();

        // A fresh load of the reported page now ends on the warning page.
        const fresh = await context.newPage();
        await fresh.goto(PAGE).catch(() => undefined);
        await fresh.waitForURL(`chrome-extension://${extensionId}/warning.html**`);
      } finally {
        await context.close();
        await rm(profile, { recursive: true, force: true });
      }
    });
  });
}
