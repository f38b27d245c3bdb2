import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { Corpus, CorpusPage } from './corpus';
import { type CorpusBrowser, ExtensionProbe, launchCorpusBrowser, type ObservedTabState, requireBuiltExtension, sleep, withTimeout } from './corpus-browser';
import { type CorpusServer, defaultCdnFolders, defaultLibraryStandIns, startCorpusServer } from './corpus-server';
import { percentile } from './eval-summary';
import { prng } from './prng';
import { LoadReports, launchUnattendedBrowser, type UnattendedBrowser } from './unattended-browser';

/*
 * `npm run bench -- --compare NAME=DIR [--compare NAME=DIR …]`: what page load and the content
 * script's scans cost with other builds of the extension beside this one. Questions like "is it
 * the worker, the isolated world or our script?" or "did this change make scans cheaper?" are
 * answered by building variants (a manifest without one content script, a script that returns at
 * once, the code before a change, …) and loading the same pages in all of them. Every page is
 * loaded once in each browser, one load at a time, the order rotating from page to page, so slow
 * drifts of the machine fall on all variants alike; with --loads N that is done N times over all
 * the pages, and each page counts with the median of its N loads. Two load figures per variant,
 * both against no extension:
 * - the median of the per-page ratios (what `pageLoad.overheadRatio` reports for this build),
 *   with its 90 % bootstrap interval over pages;
 * - the ratio of the median load times, which moves by several hundredths with which pages happen
 *   to sit near the median (neighbouring pages' load times are 5-10 ms apart).
 * In the first round every build also waits for each page's verdict and reads the scans it
 * recorded, as the plain bench does (compareScans): the scan times of each build, and the median
 * over pages of (its first scan − this build's first scan) with its 90 % bootstrap interval.
 * Separate bench runs of one build differ in scan time by about as much as a change saves; here
 * the builds scan each page within the same minute and each page is compared with itself, so
 * drifts of the machine and the mix of pages do not count.
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
  pairedInterval: Interval | null;
  /**
   * For a build other than this one: the median over the pages both loaded of (this build's load
   * / this variant's), with its interval. Against a floor build (see makeFloorBuild) it is what
   * this build's own scripts add to what any extension with content scripts there would cost.
   */
  thisOverIt: { ratio: number | null; interval: Interval | null } | null;
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

/** A range of values; for a bootstrap interval, the middle `level` of the resampled medians. */
export interface Interval {
  low: number;
  high: number;
}

/**
 * How far the median of `values` (one per page) could be moved by which pages the corpus happens
 * to hold: a bootstrap interval (the pages drawn again with replacement, `resamples` times; the
 * middle `level` of the medians). A fixed seed gives the same interval for the same values, so
 * two runs differ only where their pages did.
 */
export function medianInterval(values: readonly number[], { resamples = 1000, level = 0.9, seed = 1 } = {}): Interval | null {
  if (values.length === 0) return null;
  const random = prng(seed);
  const medians: number[] = [];
  for (let r = 0; r < resamples; r++) {
    const sample = Array.from({ length: values.length }, () => values[Math.floor(random() * values.length)] as number);
    medians.push(percentile(sample, 50) as number);
  }
  const tail = ((1 - level) / 2) * 100;
  return { low: percentile(medians, tail) as number, high: percentile(medians, 100 - tail) as number };
}

/**
 * How far `pairedRatio` could be moved by which pages the corpus happens to hold (medianInterval
 * of the per-page ratios). Whether a target is met shows only when the whole interval is below it.
 */
export function pairedRatioInterval(loads: ReadonlyMap<string, number>, without: ReadonlyMap<string, number>, options: { resamples?: number; level?: number; seed?: number } = {}): Interval | null {
  return medianInterval(pageRatios(loads, without), options);
}

/** Per page present in both, `values` − `base`; pages missing from either are left out. */
function pageDifferences(values: ReadonlyMap<string, number>, base: ReadonlyMap<string, number>): number[] {
  return [...values].flatMap(([id, value]) => {
    const b = base.get(id);
    return b === undefined ? [] : [value - b];
  });
}

/** The figures of every variant against the first one (no extension). */
export function compareLoads(runs: readonly VariantLoads[]): VariantFigures[] {
  const base = runs[0];
  if (!base) return [];
  const baseMedian = percentile([...base.loads.values()], 50);
  const thisBuild = runs[1];
  return runs.map(({ variant, loads }, i) => {
    const median = percentile([...loads.values()], 50);
    return {
      name: variant.name,
      loads: loads.size,
      medianMs: median,
      ratio: median !== null && baseMedian ? median / baseMedian : null,
      pairedRatio: pairedRatio(loads, base.loads),
      pairedInterval: pairedRatioInterval(loads, base.loads),
      thisOverIt: i >= 2 && thisBuild ? { ratio: pairedRatio(thisBuild.loads, loads), interval: pairedRatioInterval(thisBuild.loads, loads) } : null,
    };
  });
}

/** What every content script of a floor build is. */
export const FLOOR_SCRIPT = 'void 0;\n';

/** A content script as the manifest declares it: its file, and the world it runs in. */
export interface DeclaredScript {
  file: string;
  world: 'MAIN' | 'ISOLATED';
}

/**
 * A copy of the build in `extensionDir`, at `outDir`, with each content script (every file the
 * manifest's `content_scripts` name, once, in the manifest's order) replaced by what `rewrite`
 * makes of it. Everything else stays the build's: the manifest, the background, the pages.
 */
export async function rewriteContentScripts(extensionDir: string, outDir: string, rewrite: (script: DeclaredScript, code: string) => string): Promise<DeclaredScript[]> {
  const manifest = JSON.parse(await readFile(path.join(extensionDir, 'manifest.json'), 'utf8')) as { content_scripts?: { js?: string[]; world?: string }[] };
  const scripts: DeclaredScript[] = [];
  for (const entry of manifest.content_scripts ?? [])
    for (const file of entry.js ?? []) if (!scripts.some((script) => script.file === file)) scripts.push({ file, world: entry.world === 'MAIN' ? 'MAIN' : 'ISOLATED' });
  if (scripts.length === 0) throw new VariantError(`${extensionDir} declares no content scripts: it has none to measure`);
  for (const { file } of scripts) {
    const target = path.resolve(outDir, file);
    if (!target.startsWith(`${path.resolve(outDir)}${path.sep}`)) throw new VariantError(`the manifest names a content script outside the build: ${file}`);
  }
  await cp(extensionDir, outDir, { recursive: true });
  for (const script of scripts) {
    const target = path.resolve(outDir, script.file);
    await writeFile(target, rewrite(script, await readFile(target, 'utf8')));
  }
  return scripts;
}

/**
 * A copy of the build in `extensionDir`, at `outDir`, whose content scripts do nothing. The
 * browser still injects them where the build's would go, in the same worlds and frames at the
 * same moment, and the background is the same: what is left is the floor of an extension made
 * this way, against which --compare can measure what this build's own scripts add.
 */
export async function makeFloorBuild(extensionDir: string, outDir: string): Promise<string[]> {
  const scripts = await rewriteContentScripts(extensionDir, outDir, () => FLOOR_SCRIPT);
  return scripts.map((script) => script.file);
}

export interface VariantScans {
  variant: Variant;
  /**
   * Per page whose verdict came: the main-thread ms of each scan the content script recorded for
   * it, in order (the first is the cold one); an empty list where the verdict came without one.
   */
  scans: ReadonlyMap<string, readonly number[]>;
}

export interface ScanFigures {
  name: string;
  /** Pages whose verdict came. */
  pages: number;
  /** All scans of all pages. */
  scans: number;
  scanMsMedian: number | null;
  scanMsP95: number | null;
  /** The first scan of each page alone: it runs cold, with nothing compiled yet in the page's world. */
  firstScanMsMedian: number | null;
  firstScanMsP95: number | null;
  /** Against the first variant's first scans; null for the first variant itself. */
  paired: {
    /** Pages with a first scan in both. */
    pages: number;
    /** Median over those pages of (this variant's first scan − the first variant's), in ms. */
    diffMs: number | null;
    /** Its 90 % bootstrap interval over pages (medianInterval). */
    interval: Interval | null;
  } | null;
}

/** Each page's first scan, for the pages that had one. */
export function firstScans(scans: ReadonlyMap<string, readonly number[]>): Map<string, number> {
  const first = new Map<string, number>();
  for (const [id, times] of scans) if (times[0] !== undefined) first.set(id, times[0]);
  return first;
}

/**
 * The scan figures of every variant, and its first scans page by page against those of the first
 * variant (this build). First scans are compared, not all scans, because how many scans a page
 * gets depends on when its DOM settles, which moves from load to load, while every page gets a
 * first scan. A page counts in the paired figure only when both variants scanned it: a page
 * one of them missed says nothing about what either costs.
 */
export function compareScans(runs: readonly VariantScans[]): ScanFigures[] {
  const base = runs[0];
  if (!base) return [];
  const baseFirst = firstScans(base.scans);
  return runs.map(({ variant, scans }, index) => {
    const all = [...scans.values()].flat();
    const first = firstScans(scans);
    const differences = pageDifferences(first, baseFirst);
    return {
      name: variant.name,
      pages: scans.size,
      scans: all.length,
      scanMsMedian: percentile(all, 50),
      scanMsP95: percentile(all, 95),
      firstScanMsMedian: percentile([...first.values()], 50),
      firstScanMsP95: percentile([...first.values()], 95),
      paired: index === 0 ? null : { pages: differences.length, diffMs: percentile(differences, 50), interval: medianInterval(differences) },
    };
  });
}

export const LOAD_TIMEOUT_MS = 20_000;

/** A web address the corpus server answers with a small "not found" page, on a host of its own. */
export const startUrl = (key: string) => `http://hangup-bench-start.test/${key}`;
/** After the start page, before the measured load: the extension's work on the start page settles. */
export const START_SETTLE_MS = 300;
/** After a page's first verdict, rescans caused by late DOM changes are collected for this long. */
export const SETTLE_MS = 1500;

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
  return percentile(pageDifferences(pageMedians(withExtension), pageMedians(without)), 50);
}

/** What one load of a page gave. */
export interface PageLoad {
  /** loadEventEnd in ms; null if the page did not load. */
  loadMs: number | null;
  /** The renderer's main-thread time until the load event ended, when metered and readable. */
  work: MainThreadMs | null;
  /**
   * The scans the content script recorded for the page, in ms, once its verdict came and late
   * rescans had SETTLE_MS to arrive; null when no probe watched or no verdict came.
   */
  scans: number[] | null;
  /** What went wrong, one line each, for the log. */
  failures: string[];
}

export interface LoadOptions {
  /** Count the renderer's main-thread time until the load ended (mainThreadMeter). */
  meter?: boolean;
  /** Watch the page's verdict in this browser's extension and read its scan times. */
  probe?: ExtensionProbe | null;
}

/**
 * One load of `url` in `browser`, after a small page on another host, so that each measured load
 * is the same kind of navigation (web page to web page, a new site) with and without an
 * extension. With a probe it then waits for the page's own verdict (the start page has one too)
 * and reads the scans the extension recorded, after SETTLE_MS for rescans caused by late DOM
 * changes. The plain bench and --compare both load pages through here, so their figures mean the
 * same.
 */
export async function loadPage(browser: CorpusBrowser, url: string, key: string, { meter = false, probe = null }: LoadOptions = {}): Promise<PageLoad> {
  const result: PageLoad = { loadMs: null, work: null, scans: null, failures: [] };
  const start = startUrl(key);
  const tab = await browser.context.newPage();
  try {
    await tab.goto(start, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS }).catch(() => undefined);
    const tabId = probe
      ? await probe.tabIdAt(start).catch(() => {
          result.failures.push('no tab id at the start page');
          return null;
        })
      : null;
    await sleep(START_SETTLE_MS);
    const read = meter ? await mainThreadMeter(tab) : null;
    const loaded = await tab.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS }).then(
      () => true,
      (error: Error) => {
        result.failures.push(error.message.split('\n')[0] ?? error.message);
        return false;
      },
    );
    result.loadMs = loaded ? await loadEventEnd(tab) : null;
    if (result.loadMs !== null && read) result.work = await read();
    if (probe && tabId !== null) {
      // A page that did not finish loading in time may still have been read and judged.
      const until = Date.now() + LOAD_TIMEOUT_MS;
      const own = (s: ObservedTabState | null): s is ObservedTabState => s !== null && !s.url.startsWith(start);
      let state = await probe.tabState(tabId);
      while (!own(state) && Date.now() < until) {
        await sleep(100);
        state = await probe.tabState(tabId);
      }
      if (own(state)) {
        await sleep(SETTLE_MS);
        const settled = await probe.tabState(tabId);
        result.scans = (own(settled) ? settled : state).scanMs;
      } else result.failures.push('no verdict');
    }
  } catch (error) {
    result.failures.push(error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error));
  } finally {
    await withTimeout(tab.close({ runBeforeUnload: false }), 5000).catch(() => undefined);
  }
  return result;
}

/**
 * Pages in a row without a verdict after which a build's verdicts are no longer waited for. A
 * build made to measure a floor (content scripts that do nothing) never reports, and each page
 * would otherwise wait LOAD_TIMEOUT_MS for it.
 */
export const VERDICTLESS_PAGES = 3;

/** Whether to keep waiting for a build's verdicts, given whether each page so far had one. */
export function verdictWatch(limit = VERDICTLESS_PAGES): { record(hadVerdict: boolean): void; readonly watching: boolean } {
  let missedInARow = 0;
  let watching = true;
  return {
    record(hadVerdict) {
      missedInARow = hadVerdict ? 0 : missedInARow + 1;
      if (missedInARow >= limit) watching = false;
    },
    get watching() {
      return watching;
    },
  };
}

/** Which browser loads a page at each step: rotating from page to page and from round to round. */
export function rotation(browsers: number, index: number, round: number): number[] {
  return Array.from({ length: browsers }, (_, step) => (index + round + step) % browsers);
}

/** What unattendedLoads gives. */
export interface UnattendedLoads {
  /** Per variant, in the order given: every load time per page id, in ms. */
  loads: Map<string, number[]>[];
  /** Loads whose time was read through a DevTools session: the page sent no report of its own. */
  readThroughSession: number;
  failures: string[];
}

/**
 * The pages loaded in one unattended browser per variant (unattended-browser.ts: no automation,
 * no DevTools session on the pages), `rounds` times, one load at a time in rotation, each from a
 * start page after START_SETTLE_MS, as loadPage does: the plain bench's second measure of load
 * time (`pageLoad.unattendedOverheadRatio`).
 */
export async function unattendedLoads(corpus: Corpus, pages: readonly CorpusPage[], variants: readonly Variant[], log: (line: string) => void, { latencyMs = 0, rounds = DEFAULT_LOADS } = {}): Promise<UnattendedLoads> {
  const reports = new LoadReports();
  const server = await startCorpusServer(corpus, { cdnFolders: await defaultCdnFolders(corpus.root), libraries: defaultLibraryStandIns(), latencyMs, onLoadReport: reports.receive });
  const result: UnattendedLoads = { loads: variants.map(() => new Map()), readThroughSession: 0, failures: [] };
  const browsers: UnattendedBrowser[] = [];
  try {
    log(`Loading them ${rounds} times unattended (no automation) in ${variants.length} browsers (${variants.map((v) => v.name).join(', ')}), in rotation…`);
    for (const variant of variants) browsers.push(await launchUnattendedBrowser({ serverPort: server.port, extensionDir: variant.dir, reports }));
    const warmUp = pages[0];
    if (warmUp) for (const [k, browser] of browsers.entries()) await browser.load(warmUp.url, START_SETTLE_MS, `unattended-warm-up-${k}`);
    for (let round = 0; round < rounds; round++) {
      for (const [i, page] of pages.entries()) {
        for (const k of rotation(browsers.length, i, round)) {
          const load = await browsers[k]?.load(page.url, START_SETTLE_MS, `unattended-${round}-${i}-${k}`);
          if (!load) continue;
          if (load.attended) result.readThroughSession++;
          if (load.loadMs !== null) addLoad(result.loads[k] as Map<string, number[]>, page.id, load.loadMs);
          else result.failures.push(`${variants[k]?.name ?? k}, ${page.id} (unattended): ${load.failure ?? 'no load time'}`);
        }
        if ((i + 1) % 25 === 0) log(`  unattended round ${round + 1}/${rounds}: ${i + 1}/${pages.length} pages`);
      }
    }
    return result;
  } finally {
    for (const browser of browsers) await browser.close();
    await server.close();
  }
}

/** What a --compare run gives: the figures, and every load time and scan behind them. */
export interface CompareResult {
  figures: VariantFigures[];
  /** Per variant with an extension, this build first. */
  scanFigures: ScanFigures[];
  /** Per variant, per page id: every load time, in ms. */
  loads: Record<string, Record<string, number[]>>;
  /** Per variant with an extension, per page id: the page's scans in the first round, in ms, the first first. */
  scans: Record<string, Record<string, readonly number[]>>;
}

/**
 * `latencyMs` delays every answer of the corpus server, as a network would: what the browser and
 * the extensions add per request then weighs against real load times instead of a local server's.
 */
export async function benchCompare(corpus: Corpus, pages: readonly CorpusPage[], variants: readonly Variant[], log: (line: string) => void, { latencyMs = 0, rounds = DEFAULT_LOADS } = {}): Promise<CompareResult> {
  const server: CorpusServer = await startCorpusServer(corpus, { cdnFolders: await defaultCdnFolders(corpus.root), libraries: defaultLibraryStandIns(), latencyMs });
  const browsers: CorpusBrowser[] = [];
  try {
    for (const variant of variants) browsers.push(await launchCorpusBrowser({ serverPort: server.port, extensionDir: variant.dir }));
    // Opened before the warm-up, as the plain bench does: the probe's own page starts on nothing measured.
    const probes: Array<ExtensionProbe | null> = [];
    for (const browser of browsers) probes.push(browser.extensionId ? await ExtensionProbe.open(browser) : null);
    log(`Loading ${pages.length} benign pages ${rounds} times in ${variants.length} browsers (${variants.map((v) => v.name).join(', ')}), in rotation; scans are read in the first round…`);
    const all: Map<string, number[]>[] = variants.map(() => new Map());
    const scans: Map<string, number[]>[] = variants.map(() => new Map());
    const watches = probes.map(() => verdictWatch());
    // One unmeasured load in each first: renderers and workers start on it.
    const warmUp = pages[0];
    if (warmUp) for (const [k, browser] of browsers.entries()) await loadPage(browser, warmUp.url, `compare-warm-up-${k}`);
    for (let round = 0; round < rounds; round++) {
      for (const [i, page] of pages.entries()) {
        for (let step = 0; step < browsers.length; step++) {
          const k = (i + round + step) % browsers.length;
          const browser = browsers[k];
          const loads = all[k];
          if (!browser || !loads) continue;
          // Only the first round waits for verdicts: one scan reading per page and build is
          // enough to pair them, and later rounds then take no longer than before.
          const watch = watches[k];
          const probe = round === 0 && watch?.watching ? (probes[k] ?? null) : null;
          const result = await loadPage(browser, page.url, `compare-${round}-${i}-${k}`, { probe });
          if (result.loadMs !== null) addLoad(loads, page.id, result.loadMs);
          if (result.scans) scans[k]?.set(page.id, result.scans);
          for (const failure of result.failures) log(`  ${variants[k]?.name ?? k}, ${page.id}: ${failure}`);
          if (probe && watch) {
            watch.record(result.scans !== null);
            if (!watch.watching) log(`  ${variants[k]?.name ?? k} gave no verdict on ${VERDICTLESS_PAGES} pages in a row: its verdicts are no longer waited for, and its scans not read`);
          }
        }
        if ((i + 1) % 25 === 0) log(`  round ${round + 1}/${rounds}: ${i + 1}/${pages.length} pages`);
      }
    }
    const runs: VariantLoads[] = variants.map((variant, k) => ({ variant, loads: pageMedians(all[k] ?? new Map()) }));
    const scanRuns: VariantScans[] = variants.flatMap((variant, k) => (variant.dir === null ? [] : [{ variant, scans: scans[k] ?? new Map() }]));
    return {
      figures: compareLoads(runs),
      scanFigures: compareScans(scanRuns),
      loads: Object.fromEntries(variants.map((v, k) => [v.name, Object.fromEntries(all[k] ?? [])])),
      scans: Object.fromEntries(scanRuns.map(({ variant, scans: byPage }) => [variant.name, Object.fromEntries(byPage)])),
    };
  } finally {
    for (const browser of browsers) await browser.close().catch(() => undefined);
    await server.close();
  }
}
