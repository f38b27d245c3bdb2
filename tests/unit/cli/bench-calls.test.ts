import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { CALL_CASES, callsPage, callTax } from '../../../src/cli/bench-calls';

/** The page's script, run with a stand-in document that counts what is called on it. */
function timeCallsWithCounts(): { perCall: Record<string, number>; counts: Record<string, number> } {
  const html = callsPage();
  const script = /<script>([\s\S]*)<\/script>/.exec(html)?.[1];
  if (!script) throw new Error('no script in the page');
  const counts: Record<string, number> = {};
  const count = (name: string) => {
    counts[name] = (counts[name] ?? 0) + 1;
  };
  const frame = (id: string) => ({
    get contentWindow() {
      count(`${id}.contentWindow`);
      return {};
    },
    get contentDocument() {
      count(`${id}.contentDocument`);
      return null;
    },
  });
  const frames: Record<string, unknown> = { same: frame('same'), cross: frame('cross') };
  const document = {
    createElement: () => ({ addEventListener: () => count('addEventListener'), attachShadow: () => count('attachShadow') }),
    getElementById: (id: string) => frames[id],
  };
  let clock = 0;
  const window: { timeCalls?: () => Record<string, number> } = {};
  runInNewContext(script, { window, document, performance: { now: () => (clock += 1) } });
  return { perCall: window.timeCalls?.() ?? {}, counts };
}

describe('the page that times calls to the wrapped natives', () => {
  it('times every case, calling its native as many times as it says (and a few more to warm up)', () => {
    const { perCall, counts } = timeCallsWithCounts();
    expect(Object.keys(perCall).sort()).toEqual(CALL_CASES.map((c) => c.name).sort());
    for (const value of Object.values(perCall)) expect(value).toBeGreaterThan(0);
    const calls = Object.fromEntries(CALL_CASES.map((c) => [c.name, c.calls + 50]));
    expect(counts['addEventListener']).toBe(calls['addEventListener']);
    expect(counts['same.contentWindow']).toBe(calls['contentWindowSameOrigin']);
    expect(counts['cross.contentWindow']).toBe(calls['contentWindowCrossOrigin']);
    expect(counts['cross.contentDocument']).toBe(calls['contentDocumentCrossOrigin']);
    expect(counts['attachShadow']).toBe(calls['attachShadow']);
  });
});

describe('callTax', () => {
  it('gives the median per call with the extension minus the median without, case by case', () => {
    const without = new Map([
      ['addEventListener', [0.7, 0.6, 0.8]],
      ['contentWindowCrossOrigin', [0.04, 0.05, 0.03]],
    ]);
    const withExtension = new Map([
      ['addEventListener', [1.1, 1.3, 1.2]],
      ['contentWindowCrossOrigin', [11.5, 12, 11]],
    ]);
    const metrics = callTax(without, withExtension);
    expect(metrics['lockwatch.callUs.addEventListener']?.value).toBe(0.5);
    expect(metrics['lockwatch.callUs.contentWindowCrossOrigin']?.value).toBe(11.46);
    expect(metrics['lockwatch.callUs.addEventListener']?.unit).toContain('without it 0.7 µs');
    // A case the page did not report has no figure rather than a made-up one.
    expect(metrics['lockwatch.callUs.attachShadow']?.value).toBeNull();
  });
});
