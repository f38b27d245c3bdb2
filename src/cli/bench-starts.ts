import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Corpus, CorpusPage } from './corpus';
import { type CorpusBrowser, launchCorpusBrowser, sleep } from './corpus-browser';
import { defaultCdnFolders, defaultLibraryStandIns, startCorpusServer } from './corpus-server';
import { type Metrics, round } from './bench-blocklist';
import { type DeclaredScript, LOAD_TIMEOUT_MS, rewriteContentScripts, START_SETTLE_MS, startUrl } from './bench-compare';
import { percentile } from './eval-summary';

/*
 * `npm run bench -- --starts`: where a page's time goes at document_start, before the browser
 * parses anything of the page, script by script. Two copies of this build are loaded on every
 * page, one after the other:
 * - "marked": each content script between two performance marks, its code unchanged;
 * - "bare": each content script only the two marks.
 * In the top document of each page that gives, per script in the manifest's order:
 * - `runMs`: from its first statement to its last (its main function, what its bundle does at the
 *   top level), in the marked copy;
 * - `beforeMs`: from the end of the script before it to its own first statement: for a script in
 *   a world of its own, the browser making that world (an isolated world and the extension's
 *   bindings in it), then compiling the script. `bareBeforeMs` is the same gap in the bare copy,
 *   with next to nothing to compile: the world alone.
 * The first script has no `beforeMs`: nothing of ours comes before it to measure from.
 */

/** The name of the mark at the start or the end of a content script. */
export function startMarkName(file: string, edge: 'begin' | 'end'): string {
  return `hangup-start:${file}:${edge}`;
}

const markStatement = (file: string, edge: 'begin' | 'end') => `performance.mark(${JSON.stringify(startMarkName(file, edge))});`;

/** The script between its two marks, unchanged (its last line may be a comment, hence the new lines). */
export function markedScript(file: string, code: string): string {
  return `${markStatement(file, 'begin')}\n${code}\n;${markStatement(file, 'end')}\n`;
}

/** The two marks alone. */
export function bareScript(file: string): string {
  return `${markStatement(file, 'begin')}\n${markStatement(file, 'end')}\n`;
}

/** The marks' times in one page's top document, by mark name. */
export type PageMarks = Readonly<Record<string, number>>;

/** The median and 90th percentile of one figure over pages. */
interface Spread {
  median: number | null;
  p90: number | null;
}

export interface ScriptStart {
  file: string;
  world: DeclaredScript['world'];
  /** Pages with both marks of this script (and of the one before it, for the gaps), in each copy. */
  pages: number;
  runMs: Spread;
  beforeMs: Spread | null;
  bareBeforeMs: Spread | null;
}

const spread = (values: readonly number[]): Spread => ({ median: percentile(values, 50), p90: percentile(values, 90) });

/** `end − begin` on each page that has both marks. */
function gaps(pages: readonly PageMarks[], begin: string, end: string): number[] {
  return pages.flatMap((marks) => {
    const from = marks[begin];
    const to = marks[end];
    return from === undefined || to === undefined ? [] : [to - from];
  });
}

/** The figures of each script, from the marks of the marked and the bare copies' page loads. */
export function startFigures(scripts: readonly DeclaredScript[], marked: readonly PageMarks[], bare: readonly PageMarks[]): ScriptStart[] {
  return scripts.map((script, index) => {
    const run = gaps(marked, startMarkName(script.file, 'begin'), startMarkName(script.file, 'end'));
    const previous = scripts[index - 1];
    const before = previous ? gaps(marked, startMarkName(previous.file, 'end'), startMarkName(script.file, 'begin')) : null;
    const bareBefore = previous ? gaps(bare, startMarkName(previous.file, 'end'), startMarkName(script.file, 'begin')) : null;
    return {
      file: script.file,
      world: script.world,
      pages: Math.min(run.length, before?.length ?? run.length),
      runMs: spread(run),
      beforeMs: before ? spread(before) : null,
      bareBeforeMs: bareBefore ? spread(bareBefore) : null,
    };
  });
}

const ms = (value: number | null) => (value === null ? 'n/a' : `${value.toFixed(2)} ms`);
const pair = (figure: Spread) => `${ms(figure.median)} (p90 ${ms(figure.p90)})`;

/** One line per script for the output. */
export function startLines(figures: readonly ScriptStart[]): string[] {
  return figures.map((f) => {
    const before = f.beforeMs && f.bareBeforeMs ? `  before it ${pair(f.beforeMs)}, with the scripts bare ${pair(f.bareBeforeMs)}` : '';
    return `${f.file.padEnd(14)} ${f.world.padEnd(8)}  ${f.pages} pages  runs ${pair(f.runMs)}${before}`;
  });
}

export function startMetrics(figures: readonly ScriptStart[]): Metrics {
  const metrics: Metrics = {};
  for (const f of figures) {
    const name = `start.${f.file.replace(/\.js$/, '')}`;
    metrics[`${name}.runMsMedian`] = { value: round(f.runMs.median), unit: `ms from its first statement to its last, top document at document_start, median over ${f.pages} pages (${f.world} world)` };
    metrics[`${name}.runMsP90`] = { value: round(f.runMs.p90), unit: 'ms, 90th percentile' };
    if (!f.beforeMs || !f.bareBeforeMs) continue;
    metrics[`${name}.beforeMsMedian`] = { value: round(f.beforeMs.median), unit: 'ms from the end of the script before it to its first statement (its world made, then it compiled), median' };
    metrics[`${name}.bareBeforeMsMedian`] = { value: round(f.bareBeforeMs.median), unit: 'ms, the same gap with every content script bare (two marks): the world alone, median' };
  }
  return metrics;
}

/** The marks of our content scripts in the top document of `url`, loaded after the start page as the bench loads pages. */
async function loadMarks(browser: CorpusBrowser, url: string, key: string): Promise<PageMarks | null> {
  const tab = await browser.context.newPage();
  try {
    await tab.goto(startUrl(key), { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS }).catch(() => undefined);
    await sleep(START_SETTLE_MS);
    await tab.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
    return await tab.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark').flatMap((mark) => (mark.name.startsWith('hangup-start:') ? [[mark.name, mark.startTime]] : []))));
  } catch {
    return null;
  } finally {
    await tab.close({ runBeforeUnload: false }).catch(() => undefined);
  }
}

/** Load every page once with each copy, alternating, and give each script's figures. */
export async function benchStarts(corpus: Corpus, pages: readonly CorpusPage[], extensionDir: string, log: (line: string) => void): Promise<{ figures: ScriptStart[]; metrics: Metrics }> {
  const root = await mkdtemp(path.join(tmpdir(), 'hangup-starts-'));
  const server = await startCorpusServer(corpus, { cdnFolders: await defaultCdnFolders(corpus.root), libraries: defaultLibraryStandIns() });
  const browsers: CorpusBrowser[] = [];
  try {
    const scripts = await rewriteContentScripts(extensionDir, path.join(root, 'marked'), (script, code) => markedScript(script.file, code));
    await rewriteContentScripts(extensionDir, path.join(root, 'bare'), (script) => bareScript(script.file));
    log(`Loading ${pages.length} benign pages with this build's content scripts (${scripts.map((s) => `${s.file} in the ${s.world} world`).join(', ')}) between marks, and with the marks alone…`);
    for (const copy of ['marked', 'bare']) browsers.push(await launchCorpusBrowser({ serverPort: server.port, extensionDir: path.join(root, copy) }));
    const marks: [PageMarks[], PageMarks[]] = [[], []];
    for (const [index, page] of pages.entries()) {
      for (const k of index % 2 === 0 ? [0, 1] : [1, 0]) {
        const found = await loadMarks(browsers[k]!, page.url, `starts-${index}-${k}`);
        if (found) marks[k]!.push(found);
      }
      if ((index + 1) % 25 === 0) log(`  ${index + 1}/${pages.length} pages`);
    }
    const figures = startFigures(scripts, marks[0], marks[1]);
    return { figures, metrics: startMetrics(figures) };
  } finally {
    for (const browser of browsers) await browser.close();
    await server.close();
    await rm(root, { recursive: true, force: true });
  }
}
