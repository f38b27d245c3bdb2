import { pathToFileURL } from 'node:url';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { PageCandidates } from '../core/detect/index';
import { detect } from '../core/detect/index';
import { type PageText, prefilter } from '../core/detect/prefilter';
import { benchBlocklist, type Metrics, round } from './bench-blocklist';
import { benchCalls } from './bench-calls';
import { benchStarts, startLines } from './bench-starts';
import { addLoad, benchCompare, compareScans, FLOOR_SCRIPT, loadPage, makeFloorBuild, rotation, unattendedLoads, pageMedians, pairedAddedMs, pairedRatio, pairedRatioInterval, parseLoads, parseVariants, type Interval, type ScanFigures, type Variant, type VariantFigures } from './bench-compare';
import { benchService } from './bench-service';
import { benchSubscriptions } from './bench-subscriptions';
import { type Corpus, type CorpusPage, loadCorpus } from './corpus';
import { type CorpusBrowser, EXTENSION_DIR, ExtensionProbe, launchCorpusBrowser, REPO_ROOT, requireBuiltExtension } from './corpus-browser';
import { type CorpusServer, defaultCdnFolders, defaultLibraryStandIns, startCorpusServer } from './corpus-server';
import { percentile } from './eval-summary';
import { decodeHtml, htmlToText } from './html-text';
import { REPORT_WAIT_MS } from './unattended-browser';

/*
 * `npm run bench -- [--out FILE] [--corpus DIR] [--loads N] [--no-browser] [--no-blocklist] [--no-service]`
 * `npm run bench -- --compare NAME=DIR [--compare NAME=DIR …] [--loads N] [--out FILE] [--corpus DIR]`
 *
 * Performance figures of the detector and the built extension, on a real page corpus
 * (../shared/corpus/dev-real by default): how fast the scorer reads page text in Node, how long
 * the content script holds the main thread per scan in Chromium, what the extension adds to page
 * load, and how big the bundles are. Never part of `npm test`: the figures depend on the machine.
 * The pages are loaded twice over: driven by Playwright (loadPage), which gives the load ratio,
 * the content script's scans and the renderer's main-thread time, and then unattended, in a
 * Chromium with no automation (unattended-browser.ts), which gives the load ratio another way.
 * With --compare it measures page load and the content script's scans only, for other builds
 * beside this one in the same run (bench-compare.ts); both modes load a page the same way
 * (loadPage), so their figures mean the same.
 */

const DEFAULT_CORPUS = path.resolve(REPO_ROOT, '../shared/corpus/dev-real');
/** The scorer is timed for at least this long (and at least MIN_REPS passes over the corpus). */
const MIN_DETECT_MS = 3000;
const MIN_REPS = 5;

// --- the scorer in Node -------------------------------------------------------------------

interface TextPage {
  page: CorpusPage;
  input: PageText;
  bytes: number;
}

async function readTextPage(corpus: Corpus, page: CorpusPage): Promise<TextPage> {
  const html = decodeHtml(await readFile(path.join(corpus.root, page.file)));
  const extracted = htmlToText(html);
  const input: PageText = {
    title: extracted.title,
    lang: page.lang ?? extracted.lang,
    text: extracted.text,
    textChars: extracted.text.length,
    telLinks: extracted.telLinks,
    attrTexts: extracted.attrTexts,
    dialogTexts: [],
    behaviours: [],
  };
  const bytes = Buffer.byteLength(input.text) + Buffer.byteLength(input.title) + input.attrTexts.reduce((sum, t) => sum + Buffer.byteLength(t), 0);
  return { page, input, bytes };
}

/** One page through the content script's pre-filter and the background's scorer, timed apart. */
function score(page: TextPage): { prefilterMs: number; detectMs: number } {
  const started = performance.now();
  const candidates: PageCandidates = prefilter(page.input);
  const filtered = performance.now();
  detect({ candidates, url: page.page.url });
  return { prefilterMs: filtered - started, detectMs: performance.now() - filtered };
}

function benchDetect(pages: readonly TextPage[]): Metrics {
  const totalBytes = pages.reduce((sum, p) => sum + p.bytes, 0);
  for (const page of pages) score(page); // warm-up: lazy tables and the JIT settle before timing
  const passes: Array<{ prefilterMs: number; detectMs: number }> = [];
  const perPage = pages.map(() => [] as number[]);
  let elapsed = 0;
  while (elapsed < MIN_DETECT_MS || passes.length < MIN_REPS) {
    const pass = { prefilterMs: 0, detectMs: 0 };
    pages.forEach((page, i) => {
      const { prefilterMs, detectMs } = score(page);
      pass.prefilterMs += prefilterMs;
      pass.detectMs += detectMs;
      perPage[i]?.push(prefilterMs + detectMs);
    });
    passes.push(pass);
    elapsed += pass.prefilterMs + pass.detectMs;
  }
  const mbps = (ms: number | null) => (ms ? round(totalBytes / 1e6 / (ms / 1000)) : null);
  const pageMedians = perPage.map((times) => percentile(times, 50) ?? 0);
  return {
    'detect.throughputMBps': { value: mbps(percentile(passes.map((p) => p.prefilterMs + p.detectMs), 50)), unit: 'MB/s of page text (1 MB = 10^6 bytes of UTF-8), prefilter + detect, median of passes' },
    'detect.prefilterMBps': { value: mbps(percentile(passes.map((p) => p.prefilterMs), 50)), unit: 'MB/s of page text, prefilter alone' },
    'detect.scorerMBps': { value: mbps(percentile(passes.map((p) => p.detectMs), 50)), unit: 'MB/s of page text, detect() alone on the pre-filtered candidates' },
    'detect.corpusTextMB': { value: round(totalBytes / 1e6, 3), unit: `MB of visible text in ${pages.length} pages (Node HTML-to-text)` },
    'detect.pageMsMedian': { value: round(percentile(pageMedians, 50), 3), unit: 'ms per page, prefilter + detect' },
    'detect.pageMsMax': { value: round(Math.max(...pageMedians), 3), unit: 'ms for the slowest page, prefilter + detect' },
    'detect.passes': { value: passes.length, unit: 'passes over the corpus timed' },
  };
}

// --- the extension in Chromium ------------------------------------------------------------

interface BrowserRun {
  /** loadEventEnd per page id, one per load. */
  loadMs: Map<string, number[]>;
  /**
   * The renderer's script and task time until just after the load event, per page id, one per
   * load. It is read once the load is seen from outside (a few round trips to the browser), and
   * by then the content script has read the page and reported on most pages (it reads at the
   * first frame after the load): tried on 12 pages, a second count 2.5 s later added 0.02 ms on
   * those with one scan. So it holds the first scan and report, with what they cost besides the
   * scan (reaching the extension's API, sending).
   */
  scriptMs: Map<string, number[]>;
  taskMs: Map<string, number[]>;
  /**
   * Per page id, the scans the content script recorded in the first round, in order (the first
   * runs cold, with nothing compiled yet in the page's world). The figures come from it as in
   * --compare (compareScans).
   */
  scans: Map<string, number[]>;
  failures: string[];
}

/**
 * One page in one browser (loadPage, shared with --compare): its load time, the renderer's
 * main-thread time until the load ended and, with the extension's probe, the scans it caused.
 * Without a run it is an unmeasured load.
 */
async function measurePage(browser: CorpusBrowser, probe: ExtensionProbe | null, page: CorpusPage, key: string, run: BrowserRun | null): Promise<void> {
  const result = await loadPage(browser, page.url, key, { meter: run !== null, probe: run ? probe : null });
  if (!run) return;
  for (const failure of result.failures) run.failures.push(`${page.id}: ${failure}`);
  if (result.loadMs !== null) addLoad(run.loadMs, page.id, result.loadMs);
  if (result.work) {
    addLoad(run.scriptMs, page.id, result.work.script);
    addLoad(run.taskMs, page.id, result.work.task);
  }
  if (result.scans) run.scans.set(page.id, result.scans);
}

/**
 * Every page loaded in both browsers, one load at a time, back to back, the order alternating
 * from page to page and shifted each round (rotation, as for the unattended loads): slow drifts
 * of the machine (other work, caches warming) then fall on both sides alike, which two runs one
 * after the other do not give. The first round also records the scans; later rounds load the
 * pages again for their load times only (each page counts with the median of its loads).
 */
async function measurePages(browsers: Record<'without' | 'with', CorpusBrowser>, pages: readonly CorpusPage[], rounds: number, log: (line: string) => void): Promise<Record<'without' | 'with', BrowserRun>> {
  const probe = browsers.with.extensionId ? await ExtensionProbe.open(browsers.with) : null;
  const emptyRun = (): BrowserRun => ({ loadMs: new Map(), scriptMs: new Map(), taskMs: new Map(), scans: new Map(), failures: [] });
  const runs: Record<'without' | 'with', BrowserRun> = { without: emptyRun(), with: emptyRun() };
  // One unmeasured load in each first: the renderers and the extension's worker start on it.
  const warmUp = pages[0];
  if (warmUp) for (const variant of ['without', 'with'] as const) await measurePage(browsers[variant], variant === 'with' ? probe : null, warmUp, 'bench-warm-up', null);
  for (let round = 0; round < rounds; round++) {
    for (const [index, page] of pages.entries()) {
      for (const variant of rotation(2, index, round).map((k) => (k === 0 ? 'without' : 'with'))) await measurePage(browsers[variant], variant === 'with' && round === 0 ? probe : null, page, `bench-${round}-${index}`, runs[variant]);
      if ((index + 1) % 25 === 0) log(`  round ${round + 1}/${rounds}: ${index + 1}/${pages.length} pages`);
    }
  }
  return runs;
}

async function benchBrowser(corpus: Corpus, pages: readonly CorpusPage[], rounds: number, log: (line: string) => void): Promise<Metrics> {
  const extensionDir = requireBuiltExtension();
  const server: CorpusServer = await startCorpusServer(corpus, { cdnFolders: await defaultCdnFolders(corpus.root), libraries: defaultLibraryStandIns() });
  try {
    log(`Loading ${pages.length} benign pages ${rounds} times in Chromium with and without the extension, alternately, driven by Playwright (scans, main-thread time)…`);
    const without = await launchCorpusBrowser({ serverPort: server.port, extensionDir: null });
    let runs: Record<'without' | 'with', BrowserRun>;
    try {
      const withExtension = await launchCorpusBrowser({ serverPort: server.port, extensionDir });
      try {
        runs = await measurePages({ without, with: withExtension }, pages, rounds, log);
      } finally {
        await withExtension.close();
      }
    } finally {
      await without.close();
    }
    for (const failure of [...runs.without.failures, ...runs.with.failures]) log(`  ${failure}`);
    const unattended = await unattendedLoads(corpus, pages, [{ name: 'none', dir: null }, { name: 'this', dir: extensionDir }], log, { rounds });
    for (const failure of unattended.failures) log(`  ${failure}`);
    const withLoads = pageMedians(runs.with.loadMs);
    const withoutLoads = pageMedians(runs.without.loadMs);
    const withMedian = percentile([...withLoads.values()], 50);
    const interval = pairedRatioInterval(withLoads, withoutLoads);
    const withoutMedian = percentile([...withoutLoads.values()], 50);
    // The same pages loaded by a browser with no automation (unattended-browser.ts): another way
    // to measure the same thing, with figures of its own (see the README on how they differ).
    const unattendedWithout = pageMedians(unattended.loads[0] ?? new Map());
    const unattendedWith = pageMedians(unattended.loads[1] ?? new Map());
    const unattendedInterval = pairedRatioInterval(unattendedWith, unattendedWithout);
    const [scanFigures] = compareScans([{ variant: { name: 'this', dir: extensionDir }, scans: runs.with.scans }]);
    /** The page of the longest scan, for whoever wants to look into it. */
    let slowest: { page: string; ms: number } | null = null;
    for (const [page, scans] of runs.with.scans) for (const ms of scans) if (!slowest || ms > slowest.ms) slowest = { page, ms };
    /** All scans of each page added up: what the page paid in all, however many scans it took. */
    const pageScanMs = [...runs.with.scans.values()].map((scans) => scans.reduce((total, ms) => total + ms, 0));
    return {
      'content.scanMsMedian': { value: round(scanFigures?.scanMsMedian ?? null, 3), unit: 'ms of main thread per content-script scan (benign pages, pooled)' },
      'content.scanMsP95': { value: round(scanFigures?.scanMsP95 ?? null, 3), unit: 'ms of main thread per content-script scan, 95th percentile' },
      'content.firstScanMsMedian': { value: round(scanFigures?.firstScanMsMedian ?? null, 3), unit: 'ms of main thread, the first scan of each page alone (cold: nothing compiled yet)' },
      'content.firstScanMsP95': { value: round(scanFigures?.firstScanMsP95 ?? null, 3), unit: 'ms, first scans, 95th percentile' },
      'content.scanMsMax': { value: round(slowest?.ms ?? null, 3), unit: `ms, the longest scan seen${slowest ? ` (${slowest.page})` : ''}` },
      'content.scans': { value: scanFigures?.scans ?? 0, unit: `scans recorded on ${pages.length} benign pages` },
      'content.pageScanMsMedian': { value: round(percentile(pageScanMs, 50), 3), unit: 'ms of main thread for all the scans of one page added up (benign pages, median)' },
      'pageLoad.overheadRatio': { value: round(pairedRatio(withLoads, withoutLoads), 3), unit: `median over pages of (load time with the extension / without); each page counts with the median of its ${rounds} loads from the same start page, loads alternating (benign pages), driven by Playwright` },
      'pageLoad.overheadRatio90Low': { value: round(interval?.low ?? null, 3), unit: 'overheadRatio, low end of its 90 % bootstrap interval over pages' },
      'pageLoad.overheadRatio90High': { value: round(interval?.high ?? null, 3), unit: 'overheadRatio, high end of its 90 % bootstrap interval over pages' },
      'pageLoad.ratioOfMedians': { value: round(withMedian !== null && withoutMedian ? withMedian / withoutMedian : null, 3), unit: 'median load time with the extension / median without: moves by several hundredths from run to run with which pages sit near the median' },
      'pageLoad.unattendedOverheadRatio': { value: round(pairedRatio(unattendedWith, unattendedWithout), 3), unit: `overheadRatio with the pages loaded ${rounds} times more in a Chromium with no automation (unattended-browser.ts: no Playwright switches, no DevTools session on the page; the page opened by a start page of the corpus server, as a link would, and reporting its own load time)` },
      'pageLoad.unattendedOverheadRatio90Low': { value: round(unattendedInterval?.low ?? null, 3), unit: 'unattendedOverheadRatio, low end of its 90 % bootstrap interval over pages' },
      'pageLoad.unattendedOverheadRatio90High': { value: round(unattendedInterval?.high ?? null, 3), unit: 'unattendedOverheadRatio, high end of its 90 % bootstrap interval over pages' },
      'pageLoad.unattendedPages': { value: [...unattendedWith.keys()].filter((id) => unattendedWithout.has(id)).length, unit: `benign pages with an unattended load time in both browsers (of ${pages.length})` },
      'pageLoad.unattendedReadThroughSession': { value: unattended.readThroughSession, unit: `unattended loads whose page sent no report of its own (an inline script forbidden or swallowed), read through a DevTools session attached ${REPORT_WAIT_MS / 1000} s after the start` },
      'pageLoad.scriptMsAdded': { value: round(pairedAddedMs(runs.with.scriptMs, runs.without.scriptMs), 2), unit: "ms of JavaScript the extension adds to a page's main thread until just after its load event (the renderer's own count, CDP Performance.getMetrics ScriptDuration, read once the load is seen from outside, by when the content script has mostly read the page and reported; median over pages of with − without, each page its median load): steady to about ±1.5 ms, where load times move by several per cent" },
      'pageLoad.taskMsAdded': { value: round(pairedAddedMs(runs.with.taskMs, runs.without.taskMs), 2), unit: "ms of main-thread tasks of any kind (script, style, layout, parsing) the extension adds, the same way (TaskDuration)" },
      'pageLoad.loadsPerPage': { value: rounds, unit: 'loads of each page in each browser' },
      'pageLoad.msMedianWith': { value: round(withMedian, 1), unit: 'ms, median loadEventEnd with the extension' },
      'pageLoad.msMedianWithout': { value: round(withoutMedian, 1), unit: 'ms, median loadEventEnd without the extension' },
      'pageLoad.unattendedMsMedianWith': { value: round(percentile([...unattendedWith.values()], 50), 1), unit: 'ms, median loadEventEnd with the extension, unattended' },
      'pageLoad.unattendedMsMedianWithout': { value: round(percentile([...unattendedWithout.values()], 50), 1), unit: 'ms, median loadEventEnd without the extension, unattended' },
    };
  } finally {
    await server.close();
  }
}

// --- sizes ----------------------------------------------------------------------------------

async function sizeOf(file: string): Promise<number | null> {
  return stat(file).then(
    (s) => s.size,
    () => null,
  );
}

async function folderSize(folder: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await sizeOf(path.join(entry.parentPath, entry.name))) ?? 0;
  }
  return total;
}

async function benchSizes(): Promise<Metrics> {
  const dir = requireBuiltExtension();
  const kb = (bytes: number | null) => (bytes === null ? null : round(bytes / 1000, 1));
  const metrics: Metrics = {
    'content.bundleKB': { value: kb(await sizeOf(path.join(dir, 'reader.js'))), unit: 'kB (1 kB = 1000 bytes), reader.js (the content script that reads pages)' },
    'background.bundleKB': { value: kb(await sizeOf(path.join(dir, 'background.js'))), unit: 'kB (1000 bytes), background.js' },
    'extension.totalKB': { value: kb(await folderSize(dir)), unit: 'kB (1000 bytes), everything in .output/chrome-mv3' },
  };
  const lockwatch = await sizeOf(path.join(dir, 'lockwatch.js'));
  if (lockwatch !== null) metrics['lockwatch.bundleKB'] = { value: kb(lockwatch), unit: 'kB (1000 bytes), lockwatch.js (the content script in the page\'s world)' };
  return metrics;
}

// --- main -----------------------------------------------------------------------------------

/** Where --floor's build goes until it is made: no folder has this name. */
const FLOOR_PENDING = '\0floor-not-made-yet';

/** " (90 %: low<sep>high)" for an interval, nothing without one. */
function ninety(interval: Interval | null, sep: '-' | ' to '): string {
  return interval ? ` (90 %: ${interval.low.toFixed(3)}${sep}${interval.high.toFixed(3)})` : '';
}

function compareMetrics(figures: readonly VariantFigures[], scanFigures: readonly ScanFigures[]): Metrics {
  const metrics: Metrics = {};
  for (const f of figures) {
    metrics[`pageLoad.compare.${f.name}.msMedian`] = { value: round(f.medianMs, 1), unit: `ms, median loadEventEnd (${f.loads} pages, each its median load)` };
    metrics[`pageLoad.compare.${f.name}.ratio`] = { value: round(f.ratio, 3), unit: 'median load time / that without an extension' };
    metrics[`pageLoad.compare.${f.name}.pairedRatio`] = { value: round(f.pairedRatio, 3), unit: 'median over pages of load time / that without an extension' };
    metrics[`pageLoad.compare.${f.name}.pairedRatio90`] = { value: f.pairedInterval ? round(f.pairedInterval.high - f.pairedInterval.low, 3) : null, unit: `width of pairedRatio's 90 % bootstrap interval over pages${f.pairedInterval ? ` (${f.pairedInterval.low.toFixed(3)}-${f.pairedInterval.high.toFixed(3)})` : ''}` };
    if (!f.thisOverIt) continue;
    metrics[`pageLoad.compare.${f.name}.thisOver`] = { value: round(f.thisOverIt.ratio, 3), unit: `median over pages of this build's load time / that with ${f.name}${ninety(f.thisOverIt.interval, '-')}` };
  }
  for (const f of scanFigures) {
    const name = `content.compare.${f.name}`;
    metrics[`${name}.scanMsMedian`] = { value: round(f.scanMsMedian, 3), unit: `ms of main thread per content-script scan, pooled (first round, ${f.pages} pages with a verdict)` };
    metrics[`${name}.scanMsP95`] = { value: round(f.scanMsP95, 3), unit: 'ms per scan, 95th percentile' };
    metrics[`${name}.firstScanMsMedian`] = { value: round(f.firstScanMsMedian, 3), unit: 'ms, the first scan of each page alone (cold: nothing compiled yet)' };
    metrics[`${name}.firstScanMsP95`] = { value: round(f.firstScanMsP95, 3), unit: 'ms, first scans, 95th percentile' };
    metrics[`${name}.scans`] = { value: f.scans, unit: `scans recorded on ${f.pages} pages` };
    if (!f.paired) continue;
    const interval = f.paired.interval;
    const range = ninety(interval, ' to ');
    metrics[`${name}.firstScanMsPairedDiff`] = { value: round(f.paired.diffMs, 3), unit: `ms, median over the ${f.paired.pages} pages scanned by both of (first scan here − first scan with this build); below 0 is cheaper${range}` };
    metrics[`${name}.firstScanMsPairedDiff90`] = { value: interval ? round(interval.high - interval.low, 3) : null, unit: `ms, width of firstScanMsPairedDiff's 90 % bootstrap interval over pages${range}` };
  }
  return metrics;
}

const msText = (value: number | null) => (value === null ? 'n/a' : `${value.toFixed(2)} ms`);

/** One line of scan figures for the --compare output; this build's own line has no paired part. */
function scanLine(f: ScanFigures): string {
  const paired = f.paired ? `  first − this ${f.paired.diffMs === null ? 'n/a' : `${f.paired.diffMs >= 0 ? '+' : ''}${f.paired.diffMs.toFixed(3)} ms`}${ninety(f.paired.interval, ' to ')} over ${f.paired.pages} pages` : '';
  return `${f.name.padEnd(12)}  ${f.pages} pages  ${f.scans} scans  median ${msText(f.scanMsMedian)}  p95 ${msText(f.scanMsP95)}  first: median ${msText(f.firstScanMsMedian)}  p95 ${msText(f.firstScanMsP95)}${paired}`;
}

/** One line of load figures for the --compare output. */
function loadLine(f: VariantFigures): string {
  const thisOver = f.thisOverIt ? `  this / ${f.name} ${f.thisOverIt.ratio?.toFixed(3) ?? 'n/a'}${ninety(f.thisOverIt.interval, '-')}` : '';
  return `${f.name.padEnd(12)}  ${f.loads} loads  median ${f.medianMs?.toFixed(1) ?? 'n/a'} ms  ratio ${f.ratio?.toFixed(3) ?? 'n/a'}  paired ${f.pairedRatio?.toFixed(3) ?? 'n/a'}${ninety(f.pairedInterval, '-')}${thisOver}`;
}

async function main(): Promise<void> {
  const usage = 'Usage: npm run bench -- [--out FILE] [--corpus DIR] [--loads N] [--no-browser] [--no-blocklist] [--no-service]\n       npm run bench -- [--compare NAME=DIR …] [--floor] [--loads N] [--latency-ms N] [--out FILE] [--corpus DIR]\n       npm run bench -- --starts [--out FILE] [--corpus DIR]';
  let values;
  let variants: Variant[] | null = null;
  let latencyMs = 0;
  let rounds = 1;
  try {
    ({ values } = parseArgs({
      options: {
        out: { type: 'string' },
        corpus: { type: 'string' },
        'no-browser': { type: 'boolean' },
        'no-blocklist': { type: 'boolean' },
        'no-service': { type: 'boolean' },
        compare: { type: 'string', multiple: true },
        // Also compare with this build's floor: a copy whose content scripts do nothing (makeFloorBuild).
        floor: { type: 'boolean' },
        'latency-ms': { type: 'string' },
        loads: { type: 'string' },
        // Where the time goes at document_start, script by script (bench-starts.ts).
        starts: { type: 'boolean' },
      },
    }));
    if (values.starts && (values.compare || values.floor || values.loads || values['latency-ms'] || values['no-browser'] || values['no-blocklist'] || values['no-service'])) throw new Error('--starts goes alone (with --out and --corpus)');
    rounds = parseLoads(values.loads);
    // With --floor the floor build is named here and made once this build is known to be there.
    if (values.compare || values.floor) variants = parseVariants([...(values.compare ?? []), ...(values.floor ? [`floor=${FLOOR_PENDING}`] : [])], EXTENSION_DIR, (dir) => (dir === path.resolve(FLOOR_PENDING) ? dir : requireBuiltExtension(dir)));
    latencyMs = Number(values['latency-ms'] ?? 0);
    if (!Number.isInteger(latencyMs) || latencyMs < 0 || latencyMs > 5000) throw new Error(`--latency-ms takes whole milliseconds from 0 to 5000, not "${values['latency-ms']}"`);
    if (latencyMs > 0 && !variants) throw new Error('--latency-ms goes with --compare or --floor');
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    process.exit(2);
  }
  const log = (line: string) => console.log(line);
  const started = Date.now();
  let floorDir: string | undefined;
  let failed = false;
  try {
    requireBuiltExtension(EXTENSION_DIR);
    const corpus = await loadCorpus(values.corpus ? path.resolve(values.corpus) : DEFAULT_CORPUS);
    log(`Corpus ${corpus.name}: ${corpus.pages.length} pages`);

    if (values.starts) {
      const { figures, metrics } = await benchStarts(corpus, corpus.pages.filter((page) => page.label === 'benign'), EXTENSION_DIR, log);
      log('\nAt document_start, top document, script by script in the manifest\'s order:');
      for (const line of startLines(figures)) log(line);
      if (values.out) await writeFile(values.out, `${JSON.stringify({ metrics }, null, 2)}\n`);
      log(`\nTook ${((Date.now() - started) / 1000).toFixed(0)} s.${values.out ? ` Results: ${values.out}` : ''}`);
      return;
    }

    if (variants) {
      const floor = variants.find((variant) => variant.dir === path.resolve(FLOOR_PENDING));
      if (floor) {
        floorDir = await mkdtemp(path.join(tmpdir(), 'hangup-floor-'));
        const scripts = await makeFloorBuild(EXTENSION_DIR, floorDir);
        floor.dir = floorDir;
        log(`Floor: this build with each of its content scripts (${scripts.join(', ')}) made "${FLOOR_SCRIPT.trim()}", in ${floorDir}`);
      }
      if (latencyMs > 0) log(`Every answer of the corpus server waits ${latencyMs} ms.`);
      const { figures, scanFigures, loads, scans } = await benchCompare(corpus, corpus.pages.filter((page) => page.label === 'benign'), variants, log, { latencyMs, rounds });
      log('');
      for (const f of figures) log(loadLine(f));
      log('\nScans (first round, one load per page; "first − this" pairs each page\'s first scan with this build\'s):');
      for (const f of scanFigures) log(scanLine(f));
      if (values.out) await writeFile(values.out, `${JSON.stringify({ metrics: compareMetrics(figures, scanFigures), loads, scans }, null, 2)}\n`);
      log(`\nTook ${((Date.now() - started) / 1000).toFixed(0)} s.${values.out ? ` Results: ${values.out}` : ''}`);
      return;
    }

    const textPages = await Promise.all(corpus.pages.map((page) => readTextPage(corpus, page)));
    log('Timing prefilter + detect in Node…');
    const metrics: Metrics = { ...benchDetect(textPages), ...(await benchSizes()) };
    if (!values['no-blocklist']) Object.assign(metrics, await benchBlocklist(log), await benchSubscriptions(log));
    if (!values['no-service']) Object.assign(metrics, await benchService(log));

    const benign = corpus.pages.filter((page) => page.label === 'benign');
    if (!values['no-browser'] && benign.length > 0) Object.assign(metrics, await benchBrowser(corpus, benign, rounds, log));
    if (!values['no-browser']) Object.assign(metrics, await benchCalls(EXTENSION_DIR, log));

    const width = Math.max(...Object.keys(metrics).map((name) => name.length));
    log('');
    for (const [name, metric] of Object.entries(metrics)) log(`${name.padEnd(width)}  ${metric.value ?? 'n/a'}  ${metric.unit}`);
    if (values.out) await writeFile(values.out, `${JSON.stringify({ metrics }, null, 2)}\n`);
    log(`\nTook ${((Date.now() - started) / 1000).toFixed(0)} s.${values.out ? ` Results: ${values.out}` : ''}`);
  } catch (error) {
    console.error(`\n${error instanceof Error ? error.message : String(error)}\n`);
    failed = true;
  } finally {
    if (floorDir) await rm(floorDir, { recursive: true, force: true });
  }
  if (failed) process.exit(1);
}

// Run as a command (npm run …), not when a test imports the functions above.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
