import path from 'node:path';
import type { Page } from '@playwright/test';
import type { Corpus, CorpusPage } from './corpus';
import { type CorpusBrowser, launchCorpusBrowser, requireBuiltExtension, sleep, withTimeout } from './corpus-browser';
import { type CorpusServer, defaultCdnFolders, defaultLibraryStandIns, startCorpusServer } from './corpus-server';
import { percentile } from './eval-summary';
import { prng } from './prng';

/*
 * `npm run bench -- --compare NAME=DIR [--compare NAME=DIR …]`: what page load costs with other
 * builds of the extension beside this one. Questions like "is it the worker, the isolated world or
 * our script?" are answered by building variants (a manifest without one content script, a script
 * that returns at once, …) and loading the same pages in all of them. Every page is loaded once in
 * each browser, one load at a time, the order rotating from page to page, so slow drifts of the
 * machine fall on all variants alike; with --loads N that is done N times over all the pages, and
 * each page counts with the median of its N loads. Two figures per variant, both against no
 * extension:
 * - the median of the per-page ratios (what `pageLoad.overheadRatio` reports for this build),
 *   with its 90 % bootstrap interval over pages;
 * - the ratio of the median load times, which moves by several hundredths with which pages happen
 *   to sit near the median (neighbouring pages' load times are 5-10 ms apart).
 * Compare variants within one run, with several loads per page.
 */

export interface Variant {
  name: string;
  /** A built extension folder (with manifest.json); null for the browser without an extension. */
  dir: string | null;
}

export class VariantError extends Error {}

const NAME_RE = /^[a-z0-9][a-z0-9_-]{0,31}$/i;
const RESERVED = new Set(['none', 'this']);

/** `NAME=DIR` arguments as variants, after no extension ("none") and this build ("this"). */
export function parseVariants(args: readonly string[], thisBuild: string, check: (dir: string) => string = requireBuiltExtension): Variant[] {
  const variants: Variant[] = [
    { name: 'none', dir: null },
    { name: 'this', dir: thisBuild },
  ];
  for (const arg of args) {
    const at = arg.indexOf('=');
    const name = at > 0 ? arg.slice(0, at) : '';
    const dir = at > 0 ? arg.slice(at + 1) : '';
    if (!NAME_RE.test(name) || !dir) throw new VariantError(`--compare takes NAME=DIR (a short name, then a built extension folder), not "${arg}"`);
    if (RESERVED.has(name.toLowerCase())) throw new VariantError(`"${name}" is taken: "none" is the browser without an extension and "this" is this build`);
    if (variants.some((v) => v.name.toLowerCase() === name.toLowerCase())) throw new VariantError(`"${name}" is named twice`);
    try {
      variants.push({ name, dir: check(path.resolve(dir)) });
    } catch {
      throw new VariantError(`"${dir}" (for ${name}) is not a built extension: it has no manifest.json`);
    }
  }
  if (variants.length < 3) throw new VariantError('name at least one build to compare: --compare NAME=DIR');
  return variants;
}

export interface VariantLoads {
  variant: Variant;
  /** loadEventEnd per page id, where the page loaded: the median of its loads (see pageMedians). */
  loads: Map<string, number>;
}

/** How many times each page is loaded in each browser by default (`--loads`). */
export const DEFAULT_LOADS = 3;

/** Parse `--loads`: whole loads per page, 1 to 20. */
export function parseLoads(value: string | undefined): number {
  if (value === undefined) return DEFAULT_LOADS;
  const loads = Number(value);
  if (!Number.isInteger(loads) || loads < 1 || loads > 20) throw new Error(`--loads takes a whole number of loads per page from 1 to 20, not "${value}"`);
  return loads;
}

/**
 * Each page's load times reduced to their median: one slow load (a garbage collection, the
 * machine's other work) then does not decide what the page counts with. Pages that never loaded
 * are left out.
 */
export function pageMedians(loads: ReadonlyMap<string, readonly number[]>): Map<string, number> {
  const medians = new Map<string, number>();
  for (const [id, times] of loads) {
    const median = percentile(times, 50);
    if (median !== null) medians.set(id, median);
  }
  return medians;
}

/** Add one load time of a page to its list. */
export function addLoad(loads: Map<string, number[]>, id: string, ms: number): void {
  const times = loads.get(id);
  if (times) times.push(ms);
  else loads.set(id, [ms]);
}

export interface VariantFigures {
  name: string;
  loads: number;
  medianMs: number | null;
  /** Median load time over that of no extension. */
  ratio: number | null;
  /** Median over the pages loaded in both of (this variant's load / no extension's load). */
  pairedRatio: number | null;
  /** Its 90 % bootstrap interval over pages (see pairedRatioInterval). */
  pairedInterval: { low: number; high: number } | null;
}

/** The per-page ratios (load time / load time without the extension) of the pages loaded both ways. */
function pageRatios(loads: ReadonlyMap<string, number>, without: ReadonlyMap<string, number>): number[] {
  return [...loads].flatMap(([id, ms]) => {
    const base = without.get(id);
    return base ? [ms / base] : [];
  });
}

/**
 * The median over the pages loaded both ways of (load time / load time without the extension).
 * It holds still from run to run where the ratio of the two medians moves by several per cent:
 * each page is compared with itself, so how fast the machine was for one page does not count.
 */
export function pairedRatio(loads: ReadonlyMap<string, number>, without: ReadonlyMap<string, number>): number | null {
  return percentile(pageRatios(loads, without), 50);
}

/**
 * How far `pairedRatio` could be moved by which pages the corpus happens to hold: a bootstrap
 * interval (the pages drawn again with replacement, `resamples` times; the middle `level` of the
 * medians). Whether a target is met shows only when the whole interval is below it.
 */
export function pairedRatioInterval(loads: ReadonlyMap<string, number>, without: ReadonlyMap<string, number>, { resamples = 1000, level = 0.9, seed = 1 } = {}): { low: number; high: number } | null {
  const ratios = pageRatios(loads, without);
  if (ratios.length === 0) return null;
  const random = prng(seed);
  const medians: number[] = [];
  for (let r = 0; r < resamples; r++) {
    const sample = Array.from({ length: ratios.length }, () => ratios[Math.floor(random() * ratios.length)] as number);
    medians.push(percentile(sample, 50) as number);
  }
  const tail = ((1 - level) / 2) * 100;
  return { low: percentile(medians, tail) as number, high: percentile(medians, 100 - tail) as number };
}

/** The figures of every variant against the first one (no extension). */
export function compareLoads(runs: readonly VariantLoads[]): VariantFigures[] {
  const base = runs[0];
  if (!base) return [];
  const baseMedian = percentile([...base.loads.values()], 50);
  return runs.map(({ variant, loads }) => {
    const median = percentile([...loads.values()], 50);
    return {
      name: variant.name,
      loads: loads.size,
      medianMs: median,
      ratio: median !== null && baseMedian ? median / baseMedian : null,
      pairedRatio: pairedRatio(loads, base.loads),
      pairedInterval: pairedRatioInterval(loads, base.loads),
    };
  });
}

const LOAD_TIMEOUT_MS = 20_000;

/** A web address the corpus server answers with a small "not found" page, on a host of its own. */
export const startUrl = (key: string) => `http://hangup-bench-start.test/${key}`;
/** After the start page, before the measured load: the extension's work on the start page settles. */
export const START_SETTLE_MS = 300;

/** loadEventEnd of the page's navigation entry: ms from navigation start to the end of onload. */
export async function loadEventEnd(tab: Page): Promise<number | null> {
  const value = await withTimeout(
    tab.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.loadEventEnd ?? 0),
    5000,
    'reading navigation timing',
  ).catch(() => 0);
  return value > 0 ? value : null;
}

/** Main-thread time of a tab's renderer, as the renderer itself counts it. */
export interface MainThreadMs {
  /** Running JavaScript (the page's, and the extension's in the page). */
  script: number;
  /** All tasks: script, style, layout, parsing, painting. */
  task: number;
}

/**
 * Start counting the main-thread time of the renderer that `tab` shows (Chrome DevTools Protocol,
 * `Performance` domain); the returned function reads it. The renderer counts from its start, and a
 * page on a new site gets a new renderer, so read after such a navigation it is that page's time.
 * Null where the browser gives no such session.
 */
export async function mainThreadMeter(tab: Page): Promise<(() => Promise<MainThreadMs | null>) | null> {
  try {
    const session = await tab.context().newCDPSession(tab);
    await session.send('Performance.enable');
    return async () => {
      try {
        const { metrics } = await withTimeout(session.send('Performance.getMetrics'), 5000, 'reading renderer metrics');
        const value = (name: string) => metrics.find((m) => m.name === name)?.value;
        const script = value('ScriptDuration');
        const task = value('TaskDuration');
        return script === undefined || task === undefined ? null : { script: script * 1000, task: task * 1000 };
      } catch {
        return null;
      }
    };
  } catch {
    return null;
  }
}

/**
 * The median over pages loaded both ways of (time with the extension − time without), each page
 * with the median of its loads: what the extension adds to a page's main thread.
 */
export function pairedAddedMs(withExtension: ReadonlyMap<string, readonly number[]>, without: ReadonlyMap<string, readonly number[]>): number | null {
  const base = pageMedians(without);
  const added = [...pageMedians(withExtension)].flatMap(([id, ms]) => {
    const b = base.get(id);
    return b === undefined ? [] : [ms - b];
  });
  return percentile(added, 50);
}

/**
 * One load of `url` in `browser`, after a small page on another host, so that each measured load
 * is the same kind of navigation (web page to web page, a new site); null if it failed.
 */
async function loadOnce(browser: CorpusBrowser, url: string, key: string): Promise<number | null> {
  const tab = await browser.context.newPage();
  try {
    await tab.goto(startUrl(key), { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS }).catch(() => undefined);
    await sleep(START_SETTLE_MS);
    await tab.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
    return await loadEventEnd(tab);
  } catch {
    return null;
  } finally {
    await withTimeout(tab.close({ runBeforeUnload: false }), 5000).catch(() => undefined);
  }
}

/**
 * `latencyMs` delays every answer of the corpus server, as a network would: what the browser and
 * the extensions add per request then weighs against real load times instead of a local server's.
 */
export async function benchCompare(corpus: Corpus, pages: readonly CorpusPage[], variants: readonly Variant[], log: (line: string) => void, { latencyMs = 0, rounds = DEFAULT_LOADS } = {}): Promise<{ figures: VariantFigures[]; loads: Record<string, Record<string, number[]>> }> {
  const server: CorpusServer = await startCorpusServer(corpus, { cdnFolders: await defaultCdnFolders(corpus.root), libraries: defaultLibraryStandIns(), latencyMs });
  const browsers: CorpusBrowser[] = [];
  try {
    for (const variant of variants) browsers.push(await launchCorpusBrowser({ serverPort: server.port, extensionDir: variant.dir }));
    log(`Loading ${pages.length} benign pages ${rounds} times in ${variants.length} browsers (${variants.map((v) => v.name).join(', ')}), in rotation…`);
    const all: Map<string, number[]>[] = variants.map(() => new Map());
    // One unmeasured load in each first: renderers and workers start on it.
    const warmUp = pages[0];
    if (warmUp) for (const [k, browser] of browsers.entries()) await loadOnce(browser, warmUp.url, `compare-warm-up-${k}`);
    for (let round = 0; round < rounds; round++) {
      for (const [i, page] of pages.entries()) {
        for (let step = 0; step < browsers.length; step++) {
          const k = (i + round + step) % browsers.length;
          const browser = browsers[k];
          const loads = all[k];
          if (!browser || !loads) continue;
          const ms = await loadOnce(browser, page.url, `compare-${round}-${i}-${k}`);
          if (ms !== null) addLoad(loads, page.id, ms);
        }
        if ((i + 1) % 25 === 0) log(`  round ${round + 1}/${rounds}: ${i + 1}/${pages.length} pages`);
      }
    }
    const runs: VariantLoads[] = variants.map((variant, k) => ({ variant, loads: pageMedians(all[k] ?? new Map()) }));
    return { figures: compareLoads(runs), loads: Object.fromEntries(variants.map((v, k) => [v.name, Object.fromEntries(all[k] ?? [])])) };
  } finally {
    for (const browser of browsers) await browser.close().catch(() => undefined);
    await server.close();
  }
}
