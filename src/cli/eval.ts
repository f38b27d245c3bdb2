import { pathToFileURL } from 'node:url';
import { writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from '@playwright/test';
import { type Corpus, type CorpusPage, loadCorpus, ManifestError } from './corpus';
import { clickPoint, type CorpusBrowser, mainButtonPoint, ExtensionProbe, launchCorpusBrowser, mapPool, type ObservedTabState, requireBuiltExtension, sleep, withTimeout } from './corpus-browser';
import { type CorpusServer, defaultCdnFolders, defaultLibraryStandIns, startCorpusServer } from './corpus-server';
import { type EvalReport, type EvalVerdict, formatMisses, formatSummary, type PageResult, summarize } from './eval-summary';

/*
 * `npm run eval -- <corpus> [--out FILE] [--concurrency N] [--timeout-ms N] [--cdn DIR]`
 *
 * Measures the built extension on a page corpus (../shared/corpus/FORMAT.md): every page is
 * opened in headless Chromium with the extension, at its own URL (served locally), clicked the
 * way a person would (once on the page, then, 1.5 s later, on its most prominent button if it has
 * one), and watched until the extension sends it to the warning page or the time is up. What the
 * extension concluded is read back from its own storage. Missing a target is a result, not a
 * failure: the exit code is non-zero only when the harness itself breaks.
 *
 * --concurrency (default: one page per processor core, at most 4) is how many pages are open at
 * once. More pages than cores make the run shorter but the times longer: the pages then wait for
 * each other (scam kits keep a core busy with their animations and loops), and time to verdict
 * measures the machine's crowding instead of what a person with one page open would see.
 *
 * --timeout-ms (default 8000) bounds each page from the start of its navigation: the click comes
 * after the load event or after half of it, whichever is first, the button 1.5 s later, and the
 * tab is watched until the bound. A page that hangs its renderer is cut off 20 s after that and recorded as far as known.
 * msToVerdict is the tab state's levelSince minus that start: when the document first reached the
 * level it ended with (for a clean page, its first report).
 */

/** How long the first click is given to end the page before its main button is pressed. */
const SECOND_CLICK_AFTER_MS = 1500;

const USAGE = 'Usage: npm run eval -- <corpus folder> [--out FILE] [--concurrency N] [--timeout-ms N] [--cdn DIR]';

interface EvalOptions {
  corpus: string;
  out: string | null;
  concurrency: number;
  timeoutMs: number;
  cdn: string[];
}

class UsageError extends Error {}

/** One page per core (see the top of this file), at most 4. */
export const DEFAULT_CONCURRENCY = Math.max(1, Math.min(4, availableParallelism()));

function positiveInt(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`${name} must be a positive whole number, not "${value}"`);
  return n;
}

export function parseEvalArgs(argv: readonly string[]): EvalOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        concurrency: { type: 'string' },
        'timeout-ms': { type: 'string' },
        cdn: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (parsed.values.help) throw new UsageError('');
  const [corpus, ...extra] = parsed.positionals;
  if (!corpus) throw new UsageError('name the corpus folder');
  if (extra.length > 0) throw new UsageError(`unexpected arguments: ${extra.join(' ')}`);
  return {
    corpus,
    out: parsed.values.out ?? null,
    concurrency: positiveInt(parsed.values.concurrency, '--concurrency', DEFAULT_CONCURRENCY),
    timeoutMs: positiveInt(parsed.values['timeout-ms'], '--timeout-ms', 8000),
    cdn: parsed.values.cdn ?? [],
  };
}

interface Run {
  browser: CorpusBrowser;
  probe: ExtensionProbe;
  timeoutMs: number;
}

interface Visit {
  tabId: number | null;
  t0: number;
  /** When the click was sent; null when the page was already gone to the warning page. */
  clickedAt: number | null;
  /** When the page's main button was pressed after it (mainButtonPoint); null if it was not. */
  buttonClickedAt: number | null;
  /** When the page's DOMContentLoaded ended (its clock turned into this one's); null if unknown. */
  parsedAt: number | null;
  tab: Page | null;
  problems: string[];
}

function resultOf(page: CorpusPage, visit: Visit, state: ObservedTabState | null, interstitial: boolean): PageResult {
  const level = state?.level;
  const verdict: EvalVerdict = level === 'clean' || level === 'suspicious' || level === 'scam' ? level : 'none';
  /** Time from `start` to when the page first reached its final level; null if either is unknown. */
  const since = (start: number | null) => (state && state.levelSince !== null && start !== null ? state.levelSince - start : null);
  // From the click that brought the verdict: the button's, if the verdict came after it.
  const afterButton = since(visit.buttonClickedAt);
  const afterClick = afterButton !== null && afterButton >= 0 ? afterButton : since(visit.clickedAt);
  return {
    id: page.id,
    label: page.label,
    verdict,
    signals: state?.signals ?? [],
    msToVerdict: since(visit.t0),
    msAfterParsed: since(visit.parsedAt),
    // Only for a verdict the click brought: one reached before it owes nothing to the click.
    msClickToVerdict: afterClick !== null && afterClick >= 0 ? afterClick : null,
    interstitial,
  };
}

/**
 * The end of the page's DOMContentLoaded as a time of this process's clock (the page's time origin
 * plus its navigation entry; both clocks are the machine's), or null before it or if the page
 * does not answer.
 */
async function domContentLoadedAt(tab: Page): Promise<number | null> {
  const at = await withTimeout(
    tab.evaluate(() => {
      const entry = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      return entry && entry.domContentLoadedEventEnd > 0 ? performance.timeOrigin + entry.domContentLoadedEventEnd : null;
    }),
    2000,
    'DOMContentLoaded time',
  ).catch(() => null);
  return typeof at === 'number' && Number.isFinite(at) ? Math.round(at) : null;
}

/** Load, click, watch: the steps of one page, each bounded. Fills `visit` as it goes. */
async function visitPage(run: Run, page: CorpusPage, index: number, visit: Visit): Promise<void> {
  const { context } = run.browser;
  const tab = await context.newPage();
  visit.tab = tab;
  visit.tabId = await run.probe.tabIdOf(tab, String(index));

  visit.t0 = Date.now();
  const deadline = visit.t0 + run.timeoutMs;
  /** The tab is still the page's own: not closed, not gone to the warning page. */
  const open = () => !tab.isClosed() && !run.probe.isWarningPage(tab.url());
  const watchUntil = async (until: number) => {
    while (Date.now() < until && open()) await sleep(150);
  };
  // Load at most half the time, then click anyway: a person does not wait for a load event.
  await tab.goto(page.url, { waitUntil: 'load', timeout: Math.max(1000, run.timeoutMs / 2) }).catch((error: Error) => {
    // The extension may take the tab to the warning page before the load event; that is a result.
    if (!run.probe.isWarningPage(tab.url())) visit.problems.push(`load: ${error.message.split('\n')[0]}`);
  });

  // Many kits show their alert only after the first click (and go fullscreen on it).
  if (open()) {
    visit.parsedAt = await domContentLoadedAt(tab);
    const point = (await clickPoint(tab, 2000)) ?? { x: 640, y: 400 };
    visit.clickedAt = Date.now();
    await withTimeout(tab.mouse.click(point.x, point.y), 3000, 'click').catch((error: Error) => visit.problems.push(`click: ${error.message.split('\n')[0]}`));
    // Then the page's own button, if it has one and the first click did not end it: kits put their
    // alert behind "Scan Now" and "Continue", and a person presses them.
    await watchUntil(Math.min(deadline, Date.now() + SECOND_CLICK_AFTER_MS));
    if (Date.now() < deadline && open()) {
      const button = await mainButtonPoint(tab, 2000);
      if (button) {
        visit.buttonClickedAt = Date.now();
        await withTimeout(tab.mouse.click(button.x, button.y), 3000, 'button click').catch((error: Error) => visit.problems.push(`button click: ${error.message.split('\n')[0]}`));
      }
    }
  }

  await watchUntil(deadline);
}

interface PageOutcome {
  result: PageResult;
  /** What went wrong on the page (hostile pages time out; that is recorded, not fatal). */
  problems: string[];
  /** The harness could not watch the page at all: the result says nothing about the extension. */
  unobserved: boolean;
  dialogs: string;
}

async function evaluatePage(run: Run, page: CorpusPage, index: number): Promise<PageOutcome> {
  const visit: Visit = { tabId: null, t0: Date.now(), clickedAt: null, buttonClickedAt: null, parsedAt: null, tab: null, problems: [] };
  // A hostile page can hang its renderer; the hard limit makes sure it cannot hang the run.
  const hardLimitMs = run.timeoutMs + 20_000;
  await withTimeout(visitPage(run, page, index, visit), hardLimitMs, `page ${page.id}`).catch((error: Error) => {
    visit.problems.push(error.message.split('\n')[0] ?? String(error));
  });

  // Read before closing: the extension forgets a tab's state when the tab is closed.
  let state: ObservedTabState | null = null;
  if (visit.tabId !== null) {
    state = await withTimeout(run.probe.tabState(visit.tabId), 5000, 'reading the tab state').catch((error: Error) => {
      visit.problems.push(error.message);
      return null;
    });
  }
  const tab = visit.tab;
  const interstitial = tab !== null && !tab.isClosed() && run.probe.isWarningPage(tab.url());
  if (state && !interstitial && state.url && new URL(state.url).hostname !== new URL(page.url).hostname) {
    visit.problems.push(`the tab ended on another site (${state.url}); its verdict is that page's`);
  }
  const counts = tab ? run.browser.hostileEvents.get(tab) : undefined;
  const dialogs = counts && counts.dialogs + counts.popups > 0 ? `dialogs ${counts.dialogs} (beforeunload ${counts.beforeunload}), windows opened ${counts.popups}` : '';
  if (tab) await withTimeout(tab.close({ runBeforeUnload: false }), 5000, 'closing the tab').catch(() => undefined);
  return { result: resultOf(page, visit, state, interstitial), problems: visit.problems, unobserved: visit.tabId === null, dialogs };
}

export interface EvalRun {
  report: EvalReport;
  /** Pages the harness could not observe (no tab id): a harness error, not a detection result. */
  unobserved: string[];
}

export async function evaluateCorpus(corpus: Corpus, options: Pick<EvalOptions, 'concurrency' | 'timeoutMs' | 'cdn'>, log: (line: string) => void): Promise<EvalRun> {
  const extensionDir = requireBuiltExtension();
  const cdnFolders = [...options.cdn.map((dir) => path.resolve(dir)), ...(await defaultCdnFolders(corpus.root))];
  const server: CorpusServer = await startCorpusServer(corpus, { cdnFolders, libraries: defaultLibraryStandIns() });
  if (cdnFolders.length > 0) log(`Serving CDN stand-ins from ${cdnFolders.join(', ')}`);
  let browser: CorpusBrowser | null = null;
  try {
    browser = await launchCorpusBrowser({ serverPort: server.port, extensionDir });
    const run: Run = { browser, probe: await ExtensionProbe.open(browser), timeoutMs: options.timeoutMs };
    let done = 0;
    const unobserved: string[] = [];
    const results = await mapPool(corpus.pages, options.concurrency, async (page, index) => {
      const { result, problems, dialogs, unobserved: lost } = await evaluatePage(run, page, index);
      if (lost) unobserved.push(page.id);
      done++;
      const time = result.msToVerdict === null ? '' : ` in ${result.msToVerdict} ms`;
      const notes = [result.interstitial ? 'warning page' : '', dialogs, ...problems].filter(Boolean).join('; ');
      log(`[${done}/${corpus.pages.length}] ${page.id} (${page.label}): ${result.verdict}${time}${notes ? ` — ${notes}` : ''}`);
      return result;
    });
    if (browser.crashed) throw new Error('Chromium exited during the run; the results are incomplete.');
    log(`Corpus server: ${server.stats.served} files served, ${server.stats.realm} 401 realm answers, ${server.stats.notFound} not found (requests outside the corpus)`);
    return { report: { summary: summarize(results), pages: results }, unobserved };
  } finally {
    await browser?.close();
    await server.close();
  }
}

async function main(): Promise<void> {
  let options: EvalOptions;
  try {
    options = parseEvalArgs(process.argv.slice(2));
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(error.message ? `${error.message}\n${USAGE}` : USAGE);
      process.exit(error.message ? 2 : 0);
    }
    throw error;
  }

  const started = Date.now();
  try {
    const corpus = await loadCorpus(options.corpus);
    console.log(`Evaluating ${corpus.pages.length} pages of ${corpus.name} (concurrency ${options.concurrency}, ${options.timeoutMs} ms per page)…`);
    const { report, unobserved } = await evaluateCorpus(corpus, options, (line) => console.log(line));
    if (options.out) {
      await writeFile(options.out, `${JSON.stringify(report, null, 2)}\n`);
    }
    console.log('');
    console.log(formatSummary(report.summary, corpus.name));
    console.log('');
    console.log(formatMisses(report.pages));
    console.log('');
    console.log(`Took ${((Date.now() - started) / 1000).toFixed(0)} s.${options.out ? ` Results: ${options.out}` : ''}`);
    if (unobserved.length > 0) {
      console.error(`\nHarness error: ${unobserved.length} pages could not be observed (no tab id from the extension), so the figures above are incomplete: ${unobserved.join(', ')}`);
      process.exit(1);
    }
  } catch (error) {
    console.error(error instanceof ManifestError || error instanceof Error ? `\n${error.message}\n` : error);
    process.exit(1);
  }
}

// Run as a command (npm run …), not when a test imports the functions above.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
