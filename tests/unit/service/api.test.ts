import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { rm } from 'node:fs/promises';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { REPORT_LIMITS, ReportAcceptedSchema } from '../../../src/core/report';
import { AggregateListSchema, DecisionResultSchema, ReportListSchema, StoredReportSchema } from '../../../src/service/api';
import { createApp } from '../../../src/service/app';
import { type RunningService, startService } from '../../../src/service/server';
import { FIXTURE, freshDataDir, reportWith, TOKEN } from './helpers';

/*
 * The HTTP API of the report service against a real server on loopback and a real PGlite
 * folder: what an extension and a maintainer see, and what hostile input gets.
 */

// Real sockets and a real database: a busy machine (CI beside other suites) needs more than 5 s.
vi.setConfig({ testTimeout: 30_000 });

let dataDir: string;
let service: RunningService;
const EXTENSION = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
const UNLIMITED = { perClient: { perSecond: 1e6, burst: 1e6 }, reports: { perSecond: 1e6, burst: 1e6 } };

beforeAll(async () => {
  dataDir = await freshDataDir();
  service = await startService({ port: 0, dataDir, token: TOKEN, limits: UNLIMITED });
}, 60_000);

afterAll(async () => {
  await service?.close();
  await rm(dataDir, { recursive: true, force: true });
});

function post(body: string | object, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${service.url}/v1/reports`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: EXTENSION, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

const admin = (route: string, init: RequestInit = {}) => fetch(`${service.url}/v1/admin${route}`, { ...init, headers: { authorization: `Bearer ${TOKEN}`, ...init.headers } });

async function errorOf(response: Response): Promise<string> {
  return ((await response.json()) as { error: string }).error;
}

describe('POST /v1/reports', () => {
  it('stores a valid report and answers 202 with its id', async () => {
    const report = reportWith();
    const response = await post(report);
    expect(response.status).toBe(202);
    expect(ReportAcceptedSchema.parse(await response.json())).toEqual({ id: report.id, status: 'accepted' });
    const stored = StoredReportSchema.parse(await (await admin(`/reports/${report.id}`)).json());
    expect(stored.report).toEqual(report);
    expect(stored).toMatchObject({ state: 'new', site: 'hangup-demo.test', host: 'windows-defender-alert.hangup-demo.test', numbers: ['+18885550142'] });
  });

  it('answers a retry with the same 202 and stores nothing new, even when the retry differs', async () => {
    const report = reportWith({ comment: 'first' });
    const before = await service.store.count();
    for (const body of [report, report, { ...report, comment: 'changed on the way' }]) {
      const response = await post(body);
      expect(response.status).toBe(202);
      expect(await response.json()).toEqual({ id: report.id, status: 'accepted' });
    }
    expect(await service.store.count()).toBe(before + 1);
    expect((await service.store.get(report.id))?.report.comment).toBe('first');
  });

  it('never fetches the reported address', async () => {
    let hits = 0;
    const page: Server = createServer((_request, response) => {
      hits++;
      response.end('scam');
    });
    await new Promise<void>((resolve) => page.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(page.address() as AddressInfo).port}/alert.html`;
      const report = reportWith({ url });
      expect((await post(report)).status).toBe(202);
      expect((await admin(`/reports/${report.id}`)).status).toBe(200);
      expect((await admin('/aggregates?by=host')).status).toBe(200);
      expect(hits).toBe(0);
    } finally {
      await new Promise((resolve) => page.close(resolve));
    }
  });

  it('refuses malformed JSON with 400, a wrong type with 415 and a schema mismatch with 422, saying what is wrong', async () => {
    const malformed = await post('{"schema": 1, "id": ');
    expect(malformed.status).toBe(400);
    expect(await errorOf(malformed)).toMatch(/not valid JSON/);

    const text = await post(JSON.stringify(FIXTURE), { 'content-type': 'text/plain' });
    expect(text.status).toBe(415);

    const wrong = await post({ ...reportWith(), numbers: ['0800 555 0142'], verdict: { ...FIXTURE.verdict, score: 'high' } });
    expect(wrong.status).toBe(422);
    const message = await errorOf(wrong);
    expect(message).toMatch(/numbers\.0: not in the expected form/);
    expect(message).toMatch(/verdict\.score: expected number/);

    const javascriptUrl = await post(reportWith({ url: 'javascript:alert(1)' }));
    expect(javascriptUrl.status).toBe(422);
    expect(await errorOf(javascriptUrl)).toMatch(/url: an http or https address/);
  });

  it('refuses bodies over 32 KB with 413, with or without a Content-Length', async () => {
    const big = JSON.stringify({ ...reportWith(), comment: 'x'.repeat(REPORT_LIMITS.bodyBytes) });
    const declared = await post(big);
    expect(declared.status).toBe(413);
    expect(await errorOf(declared)).toMatch(/larger than 32768 bytes/);

    const chunks = [big.slice(0, 20_000), big.slice(20_000)];
    const streamed = await fetch(`${service.url}/v1/reports`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: new ReadableStream({
        pull(controller) {
          const next = chunks.shift();
          if (next === undefined) controller.close();
          else controller.enqueue(new TextEncoder().encode(next));
        },
      }),
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
  });

  it('stores odd Unicode and SQL-looking text as text, and keeps NUL and lone surrogates out of the database', async () => {
    const comment = "'); DROP TABLE reports; -- \u202e\u0000 \ud800 👩‍👩‍👧 ﷽ \\x00 $1";
    const report = reportWith({ comment, numbers: [] });
    expect((await post(report)).status).toBe(202);
    const stored = await service.store.get(report.id);
    expect(stored?.report.comment).toBe("'); DROP TABLE reports; -- \u202e\ufffd \ufffd 👩‍👩‍👧 ﷽ \\x00 $1");
    expect(await service.store.count()).toBeGreaterThan(0);
  });

  it('answers hostile and random bodies with a 4xx (or 202 when still valid) and stays up', async () => {
    const hostileText = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 200 }),
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.constantFrom("' OR 1=1 --", "'); DELETE FROM reports; --", '$$; SELECT pg_sleep(10); $$', '\u0000', '\ud83d', '\u202e', 'null', '{}', '[]'),
    );
    const mutatedReport = fc.record({ field: fc.constantFrom('id', 'kind', 'url', 'comment', 'createdAt', 'numbers', 'verdict', 'client', 'schema'), value: fc.oneof(hostileText, fc.anything()) }).map(({ field, value }) => JSON.stringify({ ...reportWith(), [field]: value }));
    const body = fc.oneof(
      hostileText,
      fc.json(),
      mutatedReport,
      fc.string({ maxLength: 20 }).map((junk) => `${JSON.stringify(reportWith())}${junk}`),
      fc.integer({ min: 1, max: 40 }).map((n) => JSON.stringify({ ...reportWith(), comment: '\u00e9'.repeat(n * 1000) })),
    );
    await fc.assert(
      fc.asyncProperty(body, async (text) => {
        const response = await post(text);
        const status = response.status;
        await response.arrayBuffer();
        return status === 202 || (status >= 400 && status < 500);
      }),
      { numRuns: 150 },
    );
    expect((await fetch(`${service.url}/v1/health`)).status).toBe(200);
    const after = reportWith();
    expect((await post(after)).status).toBe(202);
  }, 60_000);
});

describe('CORS and origins', () => {
  it('answers the preflight of extension origins only', async () => {
    const preflight = (origin: string) => fetch(`${service.url}/v1/reports`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });
    for (const origin of [EXTENSION, 'moz-extension://0b8e4f8e-6f7d-4f5e-9c1a-2b3c4d5e6f70', 'extension://abcdefghijklmnop']) {
      const response = await preflight(origin);
      expect(response.headers.get('access-control-allow-origin')).toBe(origin);
      expect(response.headers.get('access-control-allow-methods')).toContain('POST');
    }
    for (const origin of ['https://evil.example', 'null', 'chrome-extension://abc/../x', 'http://localhost:8787']) {
      expect((await preflight(origin)).headers.get('access-control-allow-origin')).toBeNull();
    }
  });

  it('refuses reports posted by a web page', async () => {
    const report = reportWith();
    const response = await post(report, { origin: 'https://scam-page.example' });
    expect(response.status).toBe(403);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(await service.store.get(report.id)).toBeNull();
  });
});

describe('the maintainer API', () => {
  it('answers only with the token', async () => {
    for (const authorization of [undefined, 'Bearer wrong-token-wrong-token-wrong', `Basic ${TOKEN}`, `Bearer ${TOKEN}x`, `Bearer ${TOKEN.slice(0, -1)}`]) {
      const response = await fetch(`${service.url}/v1/admin/reports`, { headers: authorization ? { authorization } : {} });
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
    }
    const accept = await fetch(`${service.url}/v1/admin/reports/${FIXTURE.id}/accept`, { method: 'POST' });
    expect(accept.status).toBe(401);
    expect((await admin('/reports')).status).toBe(200);
  });

  it('is off (503) when the service has no token', async () => {
    const app = createApp({ store: service.store, token: undefined });
    const response = await app.request('/v1/admin/reports', { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(response.status).toBe(503);
    expect(await errorOf(response)).toMatch(/HANGUP_MAINTAINER_TOKEN/);
  });

  it('lists by state, groups by host and number, accepts and rejects', async () => {
    const number = '+441632960123';
    const a = reportWith({ url: 'https://pc-locked.scam-triage.example.org/a', numbers: [number] });
    const b = reportWith({ url: 'http://other.scam-triage.example.org/b', numbers: [number, '+18885550199'] });
    const c = reportWith({ kind: 'false-positive', url: 'https://bank.example.net/', numbers: [] });
    for (const report of [a, b, c]) expect((await post(report)).status).toBe(202);

    const byHost = AggregateListSchema.parse(await (await admin('/aggregates?by=host&state=new')).json());
    const group = byHost.groups.find((g) => g.key === 'example.org');
    expect(group).toMatchObject({ count: 2, scam: 2, falsePositive: 0 });
    expect(group?.reportIds).toEqual(expect.arrayContaining([a.id, b.id]));
    expect(Date.parse(group?.firstSeen ?? '')).toBeLessThanOrEqual(Date.parse(group?.lastSeen ?? ''));
    const byNumber = AggregateListSchema.parse(await (await admin('/aggregates?by=number')).json());
    expect(byNumber.groups.find((g) => g.key === number)).toMatchObject({ count: 2 });

    const accepted = DecisionResultSchema.parse(await (await admin(`/reports/${a.id}/accept`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ expires: '2030-01-31' }) })).json());
    expect(accepted).toMatchObject({ previousState: 'new', report: { state: 'accepted', expires: '2030-01-31' } });
    const rejected = DecisionResultSchema.parse(await (await admin(`/reports/${c.id}/reject`, { method: 'POST', body: JSON.stringify({ why: 'a real bank' }) })).json());
    expect(rejected.report).toMatchObject({ state: 'rejected', decisionNote: 'a real bank' });

    const newOnes = ReportListSchema.parse(await (await admin('/reports?state=new&limit=500')).json());
    expect(newOnes.reports.map((r) => r.id)).toContain(b.id);
    expect(newOnes.reports.map((r) => r.id)).not.toContain(a.id);
    const acceptedOnes = ReportListSchema.parse(await (await admin('/reports?state=accepted')).json());
    expect(acceptedOnes.reports.map((r) => r.id)).toEqual([a.id]);
  });

  it('says what is wrong with a bad maintainer request', async () => {
    expect((await admin('/reports?state=maybe')).status).toBe(400);
    expect((await admin('/aggregates?by=colour')).status).toBe(400);
    expect((await admin('/reports/no-such-report-0000')).status).toBe(404);
    expect((await admin("/reports/x'%20OR%201=1")).status).toBe(404);
    expect((await admin('/reports/no-such-report-0000/accept', { method: 'POST' })).status).toBe(404);
    const report = reportWith();
    await post(report);
    const badDate = await admin(`/reports/${report.id}/accept`, { method: 'POST', body: '{"expires":"next week"}' });
    expect(badDate.status).toBe(422);
    expect((await admin(`/reports/${report.id}/accept`, { method: 'POST', body: '{"expires":' })).status).toBe(400);
  });
});

describe('rate limits', () => {
  it('answers 429 with Retry-After to a client over its share, and still serves the others', async () => {
    const app = createApp({ store: service.store, token: TOKEN, trustProxy: true, limits: { perClient: { perSecond: 0.01, burst: 3 }, reports: { perSecond: 1e6, burst: 1e6 } } });
    const health = (client: string) => app.request('/v1/health', { headers: { 'x-forwarded-for': client } });
    for (let i = 0; i < 3; i++) expect((await health('198.51.100.7')).status).toBe(200);
    const limited = await health('198.51.100.7');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await errorOf(limited)).toMatch(/Too many requests from this address/);
    expect((await health('198.51.100.8')).status).toBe(200);
  });

  it('answers 429 when all clients together send more reports than the service takes', async () => {
    const app = createApp({ store: service.store, token: TOKEN, trustProxy: true, limits: { perClient: { perSecond: 1e6, burst: 1e6 }, reports: { perSecond: 0.01, burst: 2 } } });
    const send = (client: string) => app.request('/v1/reports', { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': client }, body: JSON.stringify(reportWith()) });
    expect((await send('203.0.113.1')).status).toBe(202);
    expect((await send('203.0.113.2')).status).toBe(202);
    const limited = await send('203.0.113.3');
    expect(limited.status).toBe(429);
    expect(await errorOf(limited)).toMatch(/to this service/);
    // The maintainer API is not a report: it still answers.
    expect((await app.request('/v1/admin/reports', { headers: { authorization: `Bearer ${TOKEN}`, 'x-forwarded-for': '203.0.113.3' } })).status).toBe(200);
  });
});
