import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMessage, type SenderFacts } from '../../../src/extension/messages';
import { reportEndpoint, retryDelayMs } from '../../../src/extension/outbox-schema';

const OWN_ID = 'test-extension-id';
const OWN_ORIGIN = `chrome-extension://${OWN_ID}/`;
const REPORT = JSON.parse(readFileSync(new URL('../../fixtures/report.json', import.meta.url), 'utf8')) as Record<string, unknown>;

const WARNING_PAGE: SenderFacts = { id: OWN_ID, url: `${OWN_ORIGIN}warning.html?url=http%3A%2F%2Fscam.example%2F`, tab: { id: 7 }, frameId: 0 };
const POPUP: SenderFacts = { id: OWN_ID, url: `${OWN_ORIGIN}popup.html` };
const WEB_PAGE: SenderFacts = { id: OWN_ID, url: 'http://scam.example/', tab: { id: 7 }, frameId: 0 };

const parse = (raw: unknown, sender: SenderFacts) => parseMessage(raw, sender, OWN_ID, OWN_ORIGIN);

const MESSAGES = [
  { type: 'previewReport', tabId: 7, kind: 'scam' },
  { type: 'previewReport', tabId: 7, kind: 'false-positive', comment: 'My bank’s page.' },
  { type: 'sendReport', report: REPORT },
  { type: 'getOutbox' },
  { type: 'retryReports' },
  { type: 'deleteReport', id: REPORT['id'] },
];

describe('report messages', () => {
  it.each(MESSAGES.map((m) => [m.type, m] as const))('accepts %s from the popup and the warning page', (_type, message) => {
    expect(parse(message, POPUP)).toMatchObject({ ok: true, message });
    expect(parse(message, WARNING_PAGE)).toMatchObject({ ok: true, message });
  });

  it.each(MESSAGES.map((m) => [m.type, m] as const))('refuses %s from a web page: a page must not send reports or read the outbox', (_type, message) => {
    expect(parse(message, WEB_PAGE)).toMatchObject({ ok: false });
    expect(parse(message, { ...POPUP, id: 'another-extension' })).toMatchObject({ ok: false });
  });

  it.each([
    ['an unknown kind', { type: 'previewReport', tabId: 7, kind: 'spam' }],
    ['no tab', { type: 'previewReport', kind: 'scam' }],
    ['a negative tab id', { type: 'previewReport', tabId: -1, kind: 'scam' }],
    ['a huge comment', { type: 'previewReport', tabId: 7, kind: 'scam', comment: 'x'.repeat(5000) }],
    ['a report with a number not in E.164', { type: 'sendReport', report: { ...REPORT, numbers: ['0800 123'] } }],
    ['a report with a short id', { type: 'sendReport', report: { ...REPORT, id: 'abc' } }],
    ['a report of a non-web address', { type: 'sendReport', report: { ...REPORT, url: 'file:///etc/passwd' } }],
    ['a report with a comment over the limit', { type: 'sendReport', report: { ...REPORT, comment: 'x'.repeat(1001) } }],
    ['a report of another schema version', { type: 'sendReport', report: { ...REPORT, schema: 2 } }],
    ['no report', { type: 'sendReport' }],
    ['a delete without an id', { type: 'deleteReport' }],
  ])('refuses %s', (_label, raw) => {
    expect(parse(raw, POPUP)).toMatchObject({ ok: false, error: 'malformed message' });
  });
});

describe('outbox helpers', () => {
  it('posts to /v1/reports under the address, with or without its trailing slash', () => {
    expect(reportEndpoint('https://r.example')).toBe('https://r.example/v1/reports');
    expect(reportEndpoint('https://r.example/')).toBe('https://r.example/v1/reports');
    expect(reportEndpoint('https://r.example/hangup//')).toBe('https://r.example/hangup/v1/reports');
  });

  it('waits 1 minute after the first failure, doubling up to 6 hours', () => {
    expect([1, 2, 3, 4, 9, 10, 100].map(retryDelayMs)).toEqual([60_000, 120_000, 240_000, 480_000, 256 * 60_000, 6 * 3_600_000, 6 * 3_600_000]);
  });
});
