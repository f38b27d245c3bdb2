import { describe, expect, it } from 'vitest';
import { addLoad, compareLoads, DEFAULT_LOADS, pageMedians, pairedAddedMs, pairedRatio, pairedRatioInterval, parseLoads, parseVariants, type Variant, VariantError } from '../../../src/cli/bench-compare';

/** Folders named "built-…" pass the manifest check here; anything else has no manifest. */
const check = (dir: string) => {
  if (!dir.includes('built-')) throw new Error('no manifest');
  return dir;
};

describe('parseVariants', () => {
  it('compares the named builds with no extension and with this build', () => {
    const variants = parseVariants(['empty=/tmp/built-empty', 'no-lockwatch=/tmp/built-nolw'], '/repo/.output/chrome-mv3', check);
    expect(variants).toEqual([
      { name: 'none', dir: null },
      { name: 'this', dir: '/repo/.output/chrome-mv3' },
      { name: 'empty', dir: '/tmp/built-empty' },
      { name: 'no-lockwatch', dir: '/tmp/built-nolw' },
    ]);
  });

  it('says what is wrong with a bad argument instead of measuring the wrong thing', () => {
    const parse = (args: string[]) => () => parseVariants(args, '/repo/.output/chrome-mv3', check);
    expect(parse([])).toThrow(VariantError);
    expect(parse(['/tmp/built-empty'])).toThrow(/NAME=DIR/);
    expect(parse(['empty='])).toThrow(/NAME=DIR/);
    expect(parse(['a b=/tmp/built-x'])).toThrow(/NAME=DIR/);
    expect(parse(['none=/tmp/built-x'])).toThrow(/taken/);
    expect(parse(['x=/tmp/built-x', 'X=/tmp/built-y'])).toThrow(/twice/);
    expect(parse(['x=/tmp/not-a-build'])).toThrow(/not a built extension/);
  });
});

describe('compareLoads', () => {
  const variant = (name: string): Variant => ({ name, dir: name === 'none' ? null : `/b/${name}` });

  it('gives each variant its median against no extension, and the median of its per-page ratios', () => {
    const figures = compareLoads([
      { variant: variant('none'), loads: new Map([['a', 100], ['b', 200], ['c', 400]]) },
      { variant: variant('this'), loads: new Map([['a', 110], ['b', 240], ['c', 400]]) },
      // Failed on page b: its ratios come from the pages it loaded.
      { variant: variant('slow'), loads: new Map([['a', 150], ['c', 800]]) },
    ]);
    expect(figures.map((f) => f.name)).toEqual(['none', 'this', 'slow']);
    expect(figures[0]).toMatchObject({ loads: 3, medianMs: 200, ratio: 1, pairedRatio: 1 });
    expect(figures[1]).toMatchObject({ loads: 3, medianMs: 240, ratio: 1.2, pairedRatio: 1.1 });
    expect(figures[2]).toMatchObject({ loads: 2, medianMs: 475, pairedRatio: 1.75 });
    expect(figures[2]?.ratio).toBeCloseTo(2.375);
  });

  it('has no ratios when the browser without an extension loaded nothing', () => {
    const figures = compareLoads([
      { variant: variant('none'), loads: new Map() },
      { variant: variant('this'), loads: new Map([['a', 110]]) },
    ]);
    expect(figures[1]).toMatchObject({ medianMs: 110, ratio: null, pairedRatio: null });
  });
});

describe('pairedRatio', () => {
  it('compares each page with itself, and only pages loaded both ways', () => {
    // One page slower with the extension by 10 %, one by 20 %, one by 50 %; a page that failed
    // without the extension is left out rather than compared with nothing.
    const without = new Map([['a', 100], ['b', 1000], ['c', 300]]);
    const withExtension = new Map([['a', 110], ['b', 1200], ['c', 450], ['d', 5000]]);
    expect(pairedRatio(withExtension, without)).toBeCloseTo(1.2, 6);
    expect(pairedRatio(new Map([['d', 5000]]), without)).toBeNull();
  });
});

describe('loads per page', () => {
  it('counts each page with the median of its loads, so one slow load does not decide it', () => {
    const loads = new Map<string, number[]>();
    for (const ms of [100, 900, 110]) addLoad(loads, 'a', ms);
    for (const ms of [300, 320]) addLoad(loads, 'b', ms);
    addLoad(loads, 'c', 50);
    expect(pageMedians(loads)).toEqual(new Map([['a', 110], ['b', 310], ['c', 50]]));
  });

  it('takes --loads as a whole number from 1 to 20, and says so otherwise', () => {
    expect(parseLoads(undefined)).toBe(DEFAULT_LOADS);
    expect(parseLoads('1')).toBe(1);
    expect(parseLoads('5')).toBe(5);
    for (const bad of ['0', '21', '2.5', 'three', '']) expect(() => parseLoads(bad)).toThrow(/--loads/);
  });
});

describe('pairedRatioInterval', () => {
  const pages = (ratios: number[]) => {
    const without = new Map(ratios.map((_, i) => [`p${i}`, 200]));
    const withExtension = new Map(ratios.map((r, i) => [`p${i}`, 200 * r]));
    return [withExtension, without] as const;
  };

  it('is narrow when every page costs the same and wide when pages disagree, around the median', () => {
    const same = pairedRatioInterval(...pages(Array.from({ length: 60 }, () => 1.04)));
    expect(same?.low).toBeCloseTo(1.04, 6);
    expect(same?.high).toBeCloseTo(1.04, 6);
    // Half the pages 2 % slower, half 12 %: the median could be either, and the interval says so.
    const split = pairedRatioInterval(...pages(Array.from({ length: 60 }, (_, i) => (i % 2 ? 1.02 : 1.12))));
    expect(split?.low).toBeLessThan(1.03);
    expect(split?.high).toBeGreaterThan(1.11);
  });

  it('gives the same interval for the same loads, and none without pages loaded both ways', () => {
    const spread = pages(Array.from({ length: 40 }, (_, i) => 0.95 + i * 0.005));
    expect(pairedRatioInterval(...spread)).toEqual(pairedRatioInterval(...spread));
    const interval = pairedRatioInterval(...spread) as { low: number; high: number };
    const median = pairedRatio(...spread) as number;
    expect(interval.low).toBeLessThan(median);
    expect(interval.high).toBeGreaterThan(median);
    expect(pairedRatioInterval(new Map([['x', 100]]), new Map())).toBeNull();
  });
});

describe('pairedAddedMs', () => {
  it('is the median over pages of what the extension adds to each page, each page its median load', () => {
    const without = new Map([['a', [10, 50, 12]], ['b', [100, 104]], ['c', [0]], ['gone', [5]]]);
    // a: 12 → 15 (+3); b: 102 → 110 (+8); c: 0 → 1 (+1); d was never loaded without.
    const withExtension = new Map([['a', [15, 14, 90]], ['b', [110]], ['c', [1, 1]], ['d', [400]]]);
    expect(pairedAddedMs(withExtension, without)).toBe(3);
    expect(pairedAddedMs(new Map([['d', [1]]]), without)).toBeNull();
  });
});
