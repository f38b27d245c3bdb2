import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../../src/cli/hangup';
import type { Io } from '../../../src/cli/list';
import type { Report } from '../../../src/core/report';
import { type RunningService, startService } from '../../../src/service/server';
import { freshDataDir, reportWith, TOKEN } from '../service/helpers';

/*
 * `hangup reports …` against a running service: what a maintainer sees and what lands in the
 * list source when a report is accepted.
 */

// A real service on a real database: a busy machine needs more than 5 s.
vi.setConfig({ testTimeout: 30_000 });

let dataDir: string;
let service: RunningService;
let source: string;
let tokenFile: string;
let lines: string[];
const io: Io = { out: (line) => lines.push(line), today: () => '2026-12-05', now: () => Date.parse('2026-12-05T10:00:00Z') };

beforeAll(async () => {
  dataDir = await freshDataDir();
  service = await startService({ port: 0, dataDir, token: TOKEN, limits: { perClient: { perSecond: 1e6, burst: 1e6 } } });
  tokenFile = path.join(dataDir, 'cli.token');
  await writeFile(tokenFile, `${TOKEN}\n`);
}, 60_000);
afterAll(async () => {
  await service?.close();
  await rm(dataDir, { recursive: true, force: true });
});
beforeEach(async () => {
  source = path.join(dataDir, `source-${Math.random().toString(36).slice(2)}`);
  await mkdir(source);
});

async function hangup(...args: string[]): Promise<{ code: number; output: string }> {
  lines = [];
  const code = await run([...args, '--service', service.url, '--token-file', tokenFile, '--source', source], io);
  return { code, output: lines.join('\n') };
}

async function send(changes: Partial<Report>): Promise<Report> {
  const report = reportWith(changes);
  const response = await fetch(`${service.url}/v1/reports`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(report) });
  expect(response.status).toBe(202);
  return report;
}

const stateOf = async (id: string) => (await service.store.get(id))?.state;

describe('hangup serve', () => {
  it('refuses a wrong port, and a data folder another service holds', async () => {
    lines = [];
    expect(await run(['serve', '--port', 'abc'], io)).toBe(2);
    expect(lines.join('\n')).toMatch(/--port abc is not a port number/);
    lines = [];
    expect(await run(['serve', '--port', '0', '--data', dataDir, '--token-file', tokenFile], io)).toBe(1);
    expect(lines.join('\n')).toMatch(/The data folder .* is in use by this process/);
  });
});

describe('hangup reports', () => {
  it('lists new reports, groups them by host and number, and shows one in full', async () => {
    const a = await send({ url: 'https://win-alert.triage-list.com/?id=1', numbers: ['+18885550111'] });
    await send({ url: 'https://other.triage-list.com/', numbers: ['+18885550111'] });

    const list = await hangup('reports', 'list', '--state', 'new');
    expect(list.code).toBe(0);
    expect(list.output).toContain(a.id);
    expect(list.output).toMatch(/new\s+scam\s+.*triage-list\.com\s+\+18885550111/);

    const byHost = await hangup('reports', 'list', '--by', 'host');
    expect(byHost.output).toMatch(/triage-list\.com\s+2\s+2\s+0/);
    const byNumber = await hangup('reports', 'list', '--by', 'number');
    expect(byNumber.output).toMatch(/\+18885550111\s+2\s+2\s+0/);

    const show = await hangup('reports', 'show', a.id);
    expect(show.code).toBe(0);
    expect(show.output).toContain('Address:  https://win-alert.triage-list.com/?id=1');
    expect(show.output).toContain('Site:     triage-list.com (host win-alert.triage-list.com)');
    expect(show.output).toContain('brand.impersonation (40): microsoft: Windows Defender Security Center');
    expect(show.output).toContain('triage-list.com is not listed; +18885550111 is not listed');
  });

  it('accepts a scam report: the registrable domain and the numbers go into the source with the report as evidence', async () => {
    const report = await send({ url: 'http://support.pc-help-now.co.uk/locked', numbers: ['+448081570123', '+18885550142'] });
    const accepted = await hangup('reports', 'accept', report.id, '--expires', '2027-06-01');
    expect(accepted.code).toBe(0);
    expect(accepted.output).toContain(`Accepted report ${report.id}.`);
    expect(accepted.output).toMatch(/Next: npx hangup list build/);
    expect(await stateOf(report.id)).toBe('accepted');
    expect(await readFile(path.join(source, 'hosts.txt'), 'utf8')).toContain(`pc-help-now.co.uk | 2026-12-05 | 2027-06-01 | report:${report.id}`);
    const numbers = await readFile(path.join(source, 'numbers.txt'), 'utf8');
    expect(numbers).toContain(`+448081570123 | 2026-12-05 | 2027-06-01 | report:${report.id}`);
    expect(numbers).toContain(`+18885550142 | 2026-12-05 | 2027-06-01 | report:${report.id}`);

    // Listed now: the list checks agree, and a second report of the same site adds nothing.
    expect((await hangup('list', 'check', 'https://www.pc-help-now.co.uk/')).output).toMatch(/listed by the entry pc-help-now\.co\.uk: report:/);
    const again = await send({ url: 'https://pc-help-now.co.uk/', numbers: ['+18885550142'] });
    const second = await hangup('reports', 'accept', again.id);
    expect(second.code).toBe(0);
    expect(second.output).toMatch(/pc-help-now\.co\.uk is already listed/);
    expect(second.output).toMatch(/\+18885550142 is already listed/);
  });

  it('accepts only the numbers or only the host when asked', async () => {
    const report = await send({ url: 'https://only-numbers.example-scam.net/', numbers: ['+18885550177'] });
    expect((await hangup('reports', 'accept', report.id, '--only', 'numbers')).code).toBe(0);
    expect(await readFile(path.join(source, 'numbers.txt'), 'utf8')).toContain('+18885550177');
    expect(await readFile(path.join(source, 'hosts.txt'), 'utf8')).not.toContain('example-scam.net');
  });

  it('refuses to list a genuine brand domain, and does not record the decision', async () => {
    const report = await send({ url: 'https://answers.microsoft.com/thread/1', numbers: [] });
    const refused = await hangup('reports', 'accept', report.id);
    expect(refused.code).toBe(1);
    expect(refused.output).toMatch(/microsoft\.com belongs to Microsoft .* never listed.*--only numbers/);
    expect(await stateOf(report.id)).toBe('new');
  });

  it('accepts a false-alarm report by taking its site out of the list', async () => {
    const scam = await send({ url: 'https://www.wrongly-listed.org/', numbers: [] });
    await hangup('reports', 'accept', scam.id);
    expect(await readFile(path.join(source, 'hosts.txt'), 'utf8')).toContain('wrongly-listed.org');
    const falseAlarm = await send({ kind: 'false-positive', url: 'https://shop.wrongly-listed.org/', numbers: [] });
    const result = await hangup('reports', 'accept', falseAlarm.id);
    expect(result.code).toBe(0);
    expect(result.output).toContain('Removed wrongly-listed.org.');
    expect(await readFile(path.join(source, 'hosts.txt'), 'utf8')).not.toContain('wrongly-listed.org');
  });

  it('rejects with a reason', async () => {
    const report = await send({ url: 'https://a-real-shop.example.com/', numbers: [] });
    const rejected = await hangup('reports', 'reject', report.id, '--why', 'a real shop');
    expect(rejected).toEqual({ code: 0, output: `Rejected report ${report.id}: a real shop.` });
    expect((await service.store.get(report.id))?.decisionNote).toBe('a real shop');
    expect((await hangup('reports', 'list', '--state', 'rejected')).output).toContain(report.id);
  });

  it('prints text from reports with control characters made visible', async () => {
    const report = await send({ comment: 'ok\u001b[2J\u001b]0;pwned\u0007 \u202eevil', numbers: [] });
    const show = await hangup('reports', 'show', report.id);
    expect(show.output).toContain('Comment:  ok\\u{1b}[2J\\u{1b}]0;pwned\\u{7} \\u{202e}evil');
    expect(show.output).not.toContain('\u001b');
  });

  it('says clearly what is wrong, with a non-zero exit', async () => {
    expect(await hangup('reports', 'show', 'no-such-report-123')).toMatchObject({ code: 1, output: expect.stringMatching(/There is no report no-such-report-123/) });
    expect(await hangup('reports', 'list', '--state', 'maybe')).toMatchObject({ code: 2, output: expect.stringMatching(/--state must be new, accepted or rejected/) });
    expect(await hangup('reports', 'accept', 'x'.repeat(20), '--expires', '2020-01-01')).toMatchObject({ code: 2, output: expect.stringMatching(/not in the future/) });
    expect(await hangup('reports', 'frobnicate')).toMatchObject({ code: 2, output: expect.stringMatching(/Unknown reports command/) });

    await writeFile(path.join(dataDir, 'wrong.token'), 'a-wrong-token-of-enough-length\n');
    lines = [];
    expect(await run(['reports', 'list', '--service', service.url, '--token-file', path.join(dataDir, 'wrong.token')], io)).toBe(1);
    expect(lines.join('\n')).toMatch(/The service refused the token/);

    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    lines = [];
    expect(await run(['reports', 'list', '--service', `http://127.0.0.1:${port}`, '--token-file', tokenFile], io)).toBe(1);
    expect(lines.join('\n')).toMatch(new RegExp(`Could not reach the report service at http://127\\.0\\.0\\.1:${port} \\(ECONNREFUSED\\)\\. Is it running \\(npx hangup serve\\)`));
  });
});
