import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addLoad, compareLoads, compareScans, DEFAULT_LOADS, firstScans, FLOOR_SCRIPT, makeFloorBuild, medianInterval, pageMedians, pairedAddedMs, pairedRatio, pairedRatioInterval, parseLoads, parseVariants, rotation, type Variant, VariantError, verdictWatch } from '../../../src/cli/bench-compare';

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

  it('puts this build against each other build page by page, and only other builds', () => {
    const figures = compareLoads([
      { variant: variant('none'), loads: new Map([['a', 100], ['b', 200], ['c', 400]]) },
      { variant: variant('this'), loads: new Map([['a', 110], ['b', 210], ['c', 440]]) },
      // The floor: this build is 10 %, 5 % and 0 % slower on a, b and c.
      { variant: variant('floor'), loads: new Map([['a', 100], ['b', 200], ['c', 440], ['d', 90]]) },
    ]);
    expect(figures[0]?.thisOverIt).toBeNull();
    expect(figures[1]?.thisOverIt).toBeNull();
    expect(figures[2]?.thisOverIt?.ratio).toBeCloseTo(1.05, 6);
    expect(figures[2]?.thisOverIt?.interval?.low).toBeGreaterThanOrEqual(1);
    expect(figures[2]?.thisOverIt?.interval?.high).toBeLessThanOrEqual(1.1 + 1e-9);
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

describe('medianInterval', () => {
  it('brackets the median of the values, the same way for the same values and seed', () => {
    const values = Array.from({ length: 50 }, (_, i) => i);
    const interval = medianInterval(values) as { low: number; high: number };
    expect(interval.low).toBeLessThan(24.5);
    expect(interval.high).toBeGreaterThan(24.5);
    // The median of 50 pages drawn again cannot stray far from the middle ones.
    expect(interval.low).toBeGreaterThan(15);
    expect(interval.high).toBeLessThan(34);
    expect(medianInterval(values)).toEqual(interval);
    expect(medianInterval(values, { seed: 2 })).not.toEqual(interval);
    expect(medianInterval([])).toBeNull();
  });

  it('is what pairedRatioInterval gives for the per-page ratios', () => {
    const without = new Map(Array.from({ length: 30 }, (_, i) => [`p${i}`, 100] as const));
    const withExtension = new Map(Array.from({ length: 30 }, (_, i) => [`p${i}`, 100 + i] as const));
    expect(pairedRatioInterval(withExtension, without)).toEqual(medianInterval(Array.from({ length: 30 }, (_, i) => (100 + i) / 100)));
  });
});

describe('compareScans', () => {
  const variant = (name: string): Variant => ({ name, dir: `/b/${name}` });

  it('gives each build its scan times, pooled and first scans alone', () => {
    const [base, old] = compareScans([
      // e's verdict came without a scan: it counts as a page, not as a scan.
      { variant: variant('this'), scans: new Map([['a', [2, 0.5]], ['b', [4]], ['c', [1, 1, 1]], ['d', [3]], ['e', []]]) },
      { variant: variant('old'), scans: new Map([['a', [1]], ['b', [3.5, 0.2]], ['c', [0.75]], ['e', [2]], ['f', [10]]]) },
    ]);
    // this: scans 0.5 1 1 1 2 3 4; first scans 1 2 3 4.
    expect(base).toMatchObject({ name: 'this', pages: 5, scans: 7, scanMsMedian: 1, firstScanMsMedian: 2.5, paired: null });
    expect(base?.scanMsP95).toBeCloseTo(3.7, 9);
    expect(base?.firstScanMsP95).toBeCloseTo(3.85, 9);
    // old: scans 0.2 0.75 1 2 3.5 10; first scans 0.75 1 2 3.5 10.
    expect(old).toMatchObject({ name: 'old', pages: 5, scans: 6, scanMsMedian: 1.5, firstScanMsMedian: 2 });
  });

  it('pairs first scans page by page, old minus this, only on pages both builds scanned', () => {
    const [, old] = compareScans([
      { variant: variant('this'), scans: new Map([['a', [2, 0.5]], ['b', [4]], ['c', [1, 1, 1]], ['d', [3]], ['e', []]]) },
      { variant: variant('old'), scans: new Map([['a', [1]], ['b', [3.5, 0.2]], ['c', [0.75]], ['e', [2]], ['f', [10]]]) },
    ]);
    // a −1, b −0.5, c −0.25; d (not scanned by old), e (no scan with this) and f (no verdict
    // with this) are left out: with e counted against 0 the median would be −0.375.
    expect(old?.paired?.pages).toBe(3);
    expect(old?.paired?.diffMs).toBe(-0.5);
    const interval = old?.paired?.interval as { low: number; high: number };
    expect(interval.low).toBeGreaterThanOrEqual(-1);
    expect(interval.high).toBeLessThanOrEqual(-0.25);
  });

  it('pairs against the first build for every other one, and says when no page was scanned by both', () => {
    const pages = (ms: (i: number) => number) => new Map(Array.from({ length: 40 }, (_, i) => [`p${i}`, [ms(i), 0.1]] as const));
    const figures = compareScans([
      { variant: variant('this'), scans: pages((i) => 2 + i / 10) },
      // Every page's first scan 0.8 ms cheaper, however dear the page: the interval is that exactly.
      { variant: variant('cheaper'), scans: pages((i) => 1.2 + i / 10) },
      { variant: variant('dearer'), scans: pages((i) => 2 + i / 10 + (i % 2 ? 0.1 : 3)) },
      { variant: variant('elsewhere'), scans: new Map([['z', [1]]]) },
    ]);
    expect(figures.map((f) => f.name)).toEqual(['this', 'cheaper', 'dearer', 'elsewhere']);
    expect(figures[1]?.paired?.diffMs).toBeCloseTo(-0.8, 9);
    expect(figures[1]?.paired?.interval?.low).toBeCloseTo(-0.8, 9);
    expect(figures[1]?.paired?.interval?.high).toBeCloseTo(-0.8, 9);
    // Half the pages 0.1 ms dearer, half 3 ms: the median could be either, and the interval says so.
    expect(figures[2]?.paired?.diffMs).toBeGreaterThan(0);
    expect(figures[2]?.paired?.interval?.low).toBeLessThan(0.2);
    expect(figures[2]?.paired?.interval?.high).toBeGreaterThan(2.9);
    expect(figures[3]?.paired).toEqual({ pages: 0, diffMs: null, interval: null });
    expect(compareScans([])).toEqual([]);
  });
});

describe('firstScans', () => {
  it('takes the first scan of each page that had one', () => {
    expect(firstScans(new Map([['a', [3, 1]], ['b', []], ['c', [0.5]]]))).toEqual(new Map([['a', 3], ['c', 0.5]]));
  });
});

describe('rotation', () => {
  it('loads each page once in every browser, each browser first as often as any other', () => {
    const firsts = [0, 0, 0, 0];
    for (let round = 0; round < 3; round++) {
      for (let page = 0; page < 8; page++) {
        const order = rotation(4, page, round);
        expect([...order].sort()).toEqual([0, 1, 2, 3]);
        firsts[order[0] as number] = (firsts[order[0] as number] ?? 0) + 1;
      }
    }
    expect(firsts).toEqual([6, 6, 6, 6]);
  });

  it('alternates two browsers from page to page, and swaps them from round to round', () => {
    expect([0, 1, 2].map((page) => rotation(2, page, 0))).toEqual([[0, 1], [1, 0], [0, 1]]);
    expect([0, 1, 2].map((page) => rotation(2, page, 1))).toEqual([[1, 0], [0, 1], [1, 0]]);
  });
});

describe('verdictWatch', () => {
  it('stops waiting for a build that gives no verdict on several pages in a row', () => {
    const watch = verdictWatch(3);
    watch.record(false);
    watch.record(false);
    expect(watch.watching).toBe(true);
    watch.record(false);
    expect(watch.watching).toBe(false);
  });

  it('keeps waiting for a build that misses a page now and then', () => {
    const watch = verdictWatch(3);
    for (const hadVerdict of [false, false, true, false, false, true, true, false, false]) watch.record(hadVerdict);
    expect(watch.watching).toBe(true);
  });
});

describe('makeFloorBuild', () => {
  it('copies the build with every content script the manifest names made empty, and nothing else changed', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'hangup-floor-test-'));
    try {
      const build = path.join(root, 'build');
      await mkdir(path.join(build, 'chunks'), { recursive: true });
      const manifest = { manifest_version: 3, background: { service_worker: 'background.js' }, content_scripts: [{ matches: ['<all_urls>'], js: ['lockwatch.js'], world: 'MAIN' }, { matches: ['<all_urls>'], js: ['reader.js', 'chunks/extra.js'] }, { matches: ['https://x.test/*'], js: ['reader.js'] }] };
      await writeFile(path.join(build, 'manifest.json'), JSON.stringify(manifest));
      for (const file of ['lockwatch.js', 'reader.js', 'chunks/extra.js', 'background.js', 'chunks/popup.js']) await writeFile(path.join(build, file), `console.log(${JSON.stringify(file)});`);
      const floor = path.join(root, 'floor');
      expect(await makeFloorBuild(build, floor)).toEqual(['lockwatch.js', 'reader.js', 'chunks/extra.js']);
      for (const file of ['lockwatch.js', 'reader.js', 'chunks/extra.js']) expect(await readFile(path.join(floor, file), 'utf8')).toBe(FLOOR_SCRIPT);
      // The background and the pages stay this build's, and the build itself is untouched.
      expect(await readFile(path.join(floor, 'background.js'), 'utf8')).toBe('console.log("background.js");');
      expect(await readFile(path.join(floor, 'chunks/popup.js'), 'utf8')).toBe('console.log("chunks/popup.js");');
      expect(JSON.parse(await readFile(path.join(floor, 'manifest.json'), 'utf8'))).toEqual(manifest);
      expect(await readFile(path.join(build, 'reader.js'), 'utf8')).toBe('console.log("reader.js");');
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('refuses a build with no content scripts, or one that names a file outside itself', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'hangup-floor-test-'));
    try {
      const build = path.join(root, 'build');
      await mkdir(build);
      await writeFile(path.join(build, 'manifest.json'), JSON.stringify({ manifest_version: 3 }));
      await expect(makeFloorBuild(build, path.join(root, 'floor'))).rejects.toThrow(/no content scripts/);
      await writeFile(path.join(build, 'manifest.json'), JSON.stringify({ manifest_version: 3, content_scripts: [{ js: ['../outside.js'] }] }));
      await expect(makeFloorBuild(build, path.join(root, 'floor2'))).rejects.toThrow(/outside the build/);
      await expect(readFile(path.join(root, 'outside.js'), 'utf8')).rejects.toThrow();
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
