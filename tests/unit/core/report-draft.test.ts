import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Verdict } from '../../../src/core/detect/types';
import { cleanComment, cut, draftReport, type DraftInput, newReportId, ReportNotPossible, reportableUrl, reportNumbers } from '../../../src/core/report-draft';
import { REPORT_LIMITS, ReportIdSchema, ReportSchema } from '../../../src/core/report';

const FIXTURE = JSON.parse(readFileSync(new URL('../../fixtures/report.json', import.meta.url), 'utf8')) as unknown;

const SCAM_VERDICT: Verdict = {
  level: 'scam',
  score: 142,
  signals: [
    { id: 'brand.impersonation', weight: 40, evidence: 'microsoft: Windows Defender Security Center' },
    { id: 'scare.locked', weight: 35, evidence: 'Your computer has been blocked' },
    { id: 'number.shown', weight: 10, evidence: '+1 (888) 555-0142' },
    { id: 'number.freephone', weight: 30, evidence: '+1 (888) 555-0142' },
    { id: 'number.call-to-action', weight: 20, evidence: '+1 (888) 555-0142' },
    { id: 'behaviour.fullscreen', weight: 17, evidence: 'fullscreen x3' },
  ],
};

const BASE: DraftInput = {
  kind: 'scam',
  url: 'http://windows-defender-alert.hangup-demo.test/?pn=ODAwNTU1MDE0Mg',
  verdict: SCAM_VERDICT,
  lang: 'en',
  comment: '  It made my screen go full and played a loud alarm.  ',
  client: { version: '0.1.0', browser: 'chrome' },
  id: 'f3b6c1e0a9d24b7e8c5a1f2e3d4c5b6a',
  now: Date.parse('2026-12-05T09:30:00.000Z'),
};

describe('draftReport', () => {
  it('builds the report the service expects from a tab verdict', () => {
    const report = draftReport(BASE);
    expect(ReportSchema.parse(report)).toEqual(report);
    expect(report).toMatchObject({
      schema: 1,
      id: BASE.id,
      kind: 'scam',
      createdAt: '2026-12-05T09:30:00.000Z',
      url: BASE.url,
      verdict: { level: 'scam', score: 142 },
      numbers: ['+18885550142'],
      comment: 'It made my screen go full and played a loud alarm.',
      client: { version: '0.1.0', browser: 'chrome' },
    });
    expect(report.verdict.signals).toEqual(SCAM_VERDICT.signals);
    // Same shape as the example the service is tested with.
    expect(Object.keys(report).sort()).toEqual(Object.keys(FIXTURE as object).sort());
  });

  it('reports a page that was never judged, with an empty clean verdict and no comment', () => {
    const report = draftReport({ ...BASE, kind: 'false-positive', verdict: undefined, comment: '   ', url: 'http://intranet.example/page' });
    expect(report.verdict).toEqual({ level: 'clean', score: 0, signals: [] });
    expect(report.numbers).toEqual([]);
    expect(report).not.toHaveProperty('comment');
    expect(ReportSchema.safeParse(report).success).toBe(true);
  });

  it('sends the address without a user name, password or #fragment', () => {
    const report = draftReport({ ...BASE, url: 'https://me:secret@bank.example/account?x=1#access_token=abc' });
    expect(report.url).toBe('https://bank.example/account?x=1');
  });

  it.each(['chrome://settings', 'file:///home/me/a.html', 'about:blank', 'chrome-extension://abc/warning.html', 'not a url', ''])('refuses to report %s', (url) => {
    expect(() => draftReport({ ...BASE, url })).toThrow(ReportNotPossible);
  });

  it('cuts what is too long to the limits the service accepts', () => {
    const many = Array.from({ length: 100 }, (_, i) => ({ id: `scare.${'x'.repeat(80)}${i}`, weight: 5000 * (i % 2 ? 1 : -1), evidence: 'é'.repeat(500) }));
    const report = draftReport({
      ...BASE,
      url: `https://scam.example/${'a'.repeat(1000)}?q=${'%41'.repeat(700)}#frag`,
      verdict: { level: 'scam', score: 10_000_000, signals: many },
      comment: `${'😀'.repeat(600)}`,
    });
    expect(ReportSchema.safeParse(report).success).toBe(true);
    expect(report.verdict.signals).toHaveLength(REPORT_LIMITS.signals);
    expect(report.verdict.signals[0]?.id).toHaveLength(REPORT_LIMITS.signalIdChars);
    expect(report.verdict.signals[0]?.weight).toBe(-1000);
    expect(report.verdict.score).toBe(100_000);
    expect(report.url.length).toBeLessThanOrEqual(REPORT_LIMITS.urlChars);
    expect(report.url.startsWith(`https://scam.example/${'a'.repeat(1000)}`)).toBe(true);
    // 500 emoji are 1000 UTF-16 units; no half emoji at the end.
    expect(report.comment).toBe('😀'.repeat(500));
  });

  it('keeps line breaks in a comment and drops control characters', () => {
    expect(cleanComment('first line\r\nsecond\u0007 line\u0000')).toBe('first line\nsecond line');
    expect(cleanComment(undefined)).toBeUndefined();
    expect(cleanComment('\n \t ')).toBeUndefined();
  });

  it('every draft parses with the shared schema, whatever the verdict and comment (property)', () => {
    const signal = fc.record({ id: fc.string({ maxLength: 100 }), weight: fc.double(), evidence: fc.string({ maxLength: 600 }) });
    const verdict = fc.record({ level: fc.constantFrom('clean', 'suspicious', 'scam'), score: fc.double(), signals: fc.array(signal, { maxLength: 80 }) });
    const numberSignal = fc.record({
      id: fc.constantFrom('number.shown', 'number.freephone', 'list.number', 'url.number'),
      weight: fc.integer({ min: -100, max: 100 }),
      evidence: fc.oneof(fc.string({ maxLength: 40 }), fc.stringMatching(/^\+?[0-9 ()-]{6,20}$/)),
    });
    fc.assert(
      fc.property(
        verdict,
        fc.array(numberSignal, { maxLength: 8 }),
        fc.option(fc.string({ maxLength: 3000 }), { nil: undefined }),
        fc.webUrl({ withQueryParameters: true, withFragments: true }),
        fc.constantFrom('scam', 'false-positive'),
        fc.string({ maxLength: 40 }),
        (v, numbers, comment, url, kind, lang) => {
          const report = draftReport({ ...BASE, kind, url, lang, comment, verdict: { ...v, signals: [...numbers, ...v.signals] } });
          const parsed = ReportSchema.safeParse(report);
          expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
          expect(JSON.stringify(report).length).toBeLessThan(REPORT_LIMITS.bodyBytes);
        },
      ),
      { numRuns: 150 },
    );
  }, 60_000);
});

describe('reportNumbers', () => {
  it('reads the E.164 numbers from number, list and address evidence, each once', () => {
    const verdict: Verdict = {
      level: 'scam',
      score: 100,
      signals: [
        { id: 'number.shown', weight: 10, evidence: '1-888-555-0142' },
        { id: 'number.call-to-action', weight: 20, evidence: '+1 (888) 555-0142' },
        { id: 'list.number', weight: 60, evidence: '+44 808 157 0192 (report:r-12)' },
        { id: 'url.number', weight: 15, evidence: 'pn=ODAwNTU1MDE0Mw (8005550143)' },
        { id: 'scare.locked', weight: 30, evidence: 'Call 1-888-555-0199 now' },
      ],
    };
    expect(reportNumbers(verdict, 'https://alert.example/', 'en')).toEqual(['+18885550142', '+448081570192', '+18005550143']);
  });

  it('uses the page language to read a national number', () => {
    const verdict: Verdict = { level: 'scam', score: 90, signals: [{ id: 'number.shown', weight: 10, evidence: '0800 123 4567' }] };
    expect(reportNumbers(verdict, 'https://alarm.example/', 'de')).toEqual(['+498001234567']);
  });

  it('leaves out what is no valid number', () => {
    const verdict: Verdict = { level: 'suspicious', score: 40, signals: [{ id: 'number.shown', weight: 5, evidence: '12345' }] };
    expect(reportNumbers(verdict, 'https://alarm.example/')).toEqual([]);
  });
});

describe('newReportId', () => {
  it('draws 128 random bits as an id the service accepts, a new one each time', () => {
    const a = newReportId();
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(ReportIdSchema.safeParse(a).success).toBe(true);
    expect(new Set(Array.from({ length: 100 }, () => newReportId())).size).toBe(100);
    expect(newReportId((bytes) => bytes.fill(255))).toBe('f'.repeat(32));
  });
});

describe('reportableUrl and cut', () => {
  it('never leaves half an escape or half a character', () => {
    const long = `https://x.example/${'b'.repeat(10)}?q=${'%E2%9C%93'.repeat(400)}`;
    const url = reportableUrl(long);
    expect(url.length).toBeLessThanOrEqual(REPORT_LIMITS.urlChars);
    expect(url).not.toMatch(/%[0-9A-F]?$/);
    expect(cut('a😀', 2)).toBe('a');
  });
});
