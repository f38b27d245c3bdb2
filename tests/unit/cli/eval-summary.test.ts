import { describe, expect, it } from 'vitest';
import { formatMisses, formatSummary, type PageResult, percentile, summarize } from '../../../src/cli/eval-summary';

function result(id: string, label: PageResult['label'], verdict: PageResult['verdict'], msToVerdict: number | null = verdict === 'none' ? null : 100): PageResult {
  const signals = verdict === 'clean' || verdict === 'none' ? [] : [{ id: 'number.shown', weight: 5, evidence: '+1 800 555 0100' }];
  return { id, label, verdict, signals, msToVerdict, interstitial: verdict === 'scam' };
}

describe('percentile', () => {
  it('interpolates between ranks', () => {
    expect(percentile([4, 1, 3, 2], 50)).toBe(2.5);
    expect(percentile([10], 95)).toBe(10);
    expect(percentile([0, 100], 95)).toBe(95);
    expect(percentile(Array.from({ length: 21 }, (_, i) => i * 10), 95)).toBe(190);
    expect(percentile([], 50)).toBeNull();
  });
});

describe('summarize', () => {
  it('counts recall on scam pages and the flag rates on benign pages', () => {
    const pages = [
      result('s1', 'scam', 'scam', 800),
      result('s2', 'scam', 'scam', 1200),
      result('s3', 'scam', 'suspicious', 400),
      result('s4', 'scam', 'none'),
      result('b1', 'benign', 'clean', 50),
      result('b2', 'benign', 'clean', 70),
      result('b3', 'benign', 'suspicious', 90),
      result('b4', 'benign', 'scam', 2000),
      result('b5', 'benign', 'none'),
      result('x1', 'boundary', 'suspicious', 300),
    ];
    expect(summarize(pages)).toEqual({
      scam: { n: 4, caught: 2, recall: 0.5 },
      benign: { n: 5, scam: 1, suspicious: 1, scamRate: 0.2, suspiciousRate: 0.2 },
      boundary: { n: 1, scam: 0, suspicious: 1 },
      // Over the 8 pages with a verdict: 50 70 90 300 400 800 1200 2000.
      msToVerdict: { median: 350, p95: 1720 },
      benignAfterParsed: { n: 0, median: null, p95: null },
      scamAfterClick: { n: 0, median: null, p95: null },
    });
  });

  it("times benign pages from the end of their own DOMContentLoaded, which leaves out the page's own load", () => {
    const pages = [
      { ...result('b1', 'benign', 'clean', 900), msAfterParsed: 30 },
      { ...result('b2', 'benign', 'clean', 300), msAfterParsed: 40 },
      { ...result('b3', 'benign', 'suspicious', 2000), msAfterParsed: 60 },
      { ...result('b4', 'benign', 'none'), msAfterParsed: null },
      { ...result('s1', 'scam', 'scam', 500), msAfterParsed: 5 },
    ];
    expect(summarize(pages).benignAfterParsed).toEqual({ n: 3, median: 40, p95: 58 });
    expect(formatSummary(summarize(pages), 'tiny')).toContain('benign pages, from DOMContentLoaded to verdict: median 40 ms, p95 58 ms');
  });

  it('times scam pages caught after the click from the click, and leaves out those caught before it and those not caught', () => {
    const pages = [
      { ...result('s1', 'scam', 'scam', 900), msClickToVerdict: 120 },
      { ...result('s2', 'scam', 'scam', 1500), msClickToVerdict: 300 },
      { ...result('s3', 'scam', 'scam', 400), msClickToVerdict: null },
      { ...result('s4', 'scam', 'suspicious', 1000), msClickToVerdict: 50 },
      { ...result('b1', 'benign', 'clean', 300), msClickToVerdict: 5 },
    ];
    expect(summarize(pages).scamAfterClick).toEqual({ n: 2, median: 210, p95: 291 });
    expect(formatSummary(summarize(pages), 'tiny')).toContain('scam pages caught after the click: 2, click to verdict median 210 ms, p95 291 ms');
  });

  it('leaves rates and times empty when there is nothing to count', () => {
    expect(summarize([result('b1', 'benign', 'none')])).toEqual({
      scam: { n: 0, caught: 0, recall: null },
      benign: { n: 1, scam: 0, suspicious: 0, scamRate: 0, suspiciousRate: 0 },
      boundary: { n: 0, scam: 0, suspicious: 0 },
      msToVerdict: { median: null, p95: null },
      benignAfterParsed: { n: 0, median: null, p95: null },
      scamAfterClick: { n: 0, median: null, p95: null },
    });
  });

  it('rounds rates to four places', () => {
    const pages = [result('b1', 'benign', 'scam'), result('b2', 'benign', 'clean'), result('b3', 'benign', 'clean')];
    expect(summarize(pages).benign.scamRate).toBe(0.3333);
  });
});

describe('the readable report', () => {
  it('lists missed scam pages and flagged benign pages with their signals', () => {
    const pages = [result('s1', 'scam', 'scam'), result('s2', 'scam', 'clean'), result('b1', 'benign', 'suspicious'), result('b2', 'benign', 'clean')];
    const text = formatMisses(pages);
    expect(text).toContain('Scam pages not caught (1):\n  s2: clean — (no signals)');
    expect(text).toContain('Benign pages flagged (1):\n  b1: suspicious — number.shown(5) "+1 800 555 0100"');
    expect(text).not.toContain('s1');
    expect(formatSummary(summarize(pages), 'tiny')).toContain('1/2 caught (recall 50.0%)');
  });
});
