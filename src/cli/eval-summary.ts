import type { PageLabel } from './corpus';

/*
 * The arithmetic of `npm run eval`: per-page results in, the summary and its readable form out.
 * Pure, so the figures the project quotes are unit-tested.
 */

/** `none`: the content script never reported (the page did not load, or the extension missed it). */
export type EvalVerdict = 'clean' | 'suspicious' | 'scam' | 'none';

export interface EvalSignal {
  id: string;
  weight: number;
  evidence: string;
}

export interface PageResult {
  id: string;
  label: PageLabel;
  verdict: EvalVerdict;
  signals: EvalSignal[];
  /** From navigation start to the moment the page first reached its final level; null without a verdict. */
  msToVerdict: number | null;
  /**
   * From the end of the page's DOMContentLoaded to that moment (negative when the verdict came
   * before it, as for a dialog during parsing); null when unknown. Leaves out the page's own load.
   */
  msAfterParsed?: number | null;
  /**
   * From the evaluation's click to that moment, for a page that reached its final level only
   * after the click (most kits show their alert then); null when it got there before, or no click.
   */
  msClickToVerdict?: number | null;
  /** The tab ended on the extension's warning page. */
  interstitial: boolean;
}

export interface EvalSummary {
  scam: { n: number; caught: number; recall: number | null };
  benign: { n: number; scam: number; suspicious: number; scamRate: number | null; suspiciousRate: number | null };
  boundary: { n: number; scam: number; suspicious: number };
  msToVerdict: { median: number | null; p95: number | null };
  /** Benign pages: from the end of DOMContentLoaded to the verdict, the part the extension adds. */
  benignAfterParsed: { n: number; median: number | null; p95: number | null };
  /** Scam pages caught only after the click: how many, and the time from the click to the verdict. */
  scamAfterClick: { n: number; median: number | null; p95: number | null };
}

export interface EvalReport {
  summary: EvalSummary;
  pages: PageResult[];
}

/** The p-th percentile (0–100) with linear interpolation between ranks; null for no values. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  const lowValue = sorted[low] as number;
  return lowValue + ((sorted[high] as number) - lowValue) * (rank - low);
}

function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000;
}

function rounded(value: number | null): number | null {
  return value === null ? null : Math.round(value);
}

/** Median and 95th percentile, in whole milliseconds. */
function spread(times: readonly number[]): { median: number | null; p95: number | null } {
  return { median: rounded(percentile(times, 50)), p95: rounded(percentile(times, 95)) };
}

export function summarize(pages: readonly PageResult[]): EvalSummary {
  const byLabel = (label: PageLabel) => pages.filter((page) => page.label === label);
  const count = (list: readonly PageResult[], verdict: EvalVerdict) => list.filter((page) => page.verdict === verdict).length;
  const scam = byLabel('scam');
  const benign = byLabel('benign');
  const boundary = byLabel('boundary');
  const times = pages.flatMap((page) => (page.msToVerdict === null ? [] : [page.msToVerdict]));
  const caught = count(scam, 'scam');
  const afterParsed = benign.flatMap((page) => (page.verdict !== 'none' && typeof page.msAfterParsed === 'number' ? [page.msAfterParsed] : []));
  const afterClick = scam.flatMap((page) => (page.verdict === 'scam' && typeof page.msClickToVerdict === 'number' ? [page.msClickToVerdict] : []));
  const benignScam = count(benign, 'scam');
  const benignSuspicious = count(benign, 'suspicious');
  return {
    scam: { n: scam.length, caught, recall: ratio(caught, scam.length) },
    benign: { n: benign.length, scam: benignScam, suspicious: benignSuspicious, scamRate: ratio(benignScam, benign.length), suspiciousRate: ratio(benignSuspicious, benign.length) },
    boundary: { n: boundary.length, scam: count(boundary, 'scam'), suspicious: count(boundary, 'suspicious') },
    msToVerdict: spread(times),
    benignAfterParsed: { n: afterParsed.length, ...spread(afterParsed) },
    scamAfterClick: { n: afterClick.length, ...spread(afterClick) },
  };
}

function percent(value: number | null): string {
  return value === null ? 'n/a' : `${(value * 100).toFixed(1)}%`;
}

function ms(value: number | null): string {
  return value === null ? 'n/a' : `${value} ms`;
}

export function formatSummary(summary: EvalSummary, corpusName: string): string {
  return [
    `Corpus ${corpusName}`,
    `  scam pages:     ${summary.scam.caught}/${summary.scam.n} caught (recall ${percent(summary.scam.recall)})`,
    `  benign pages:   ${summary.benign.scam}/${summary.benign.n} scam (${percent(summary.benign.scamRate)}), ${summary.benign.suspicious} suspicious (${percent(summary.benign.suspiciousRate)})`,
    `  boundary pages: ${summary.boundary.n} (${summary.boundary.scam} scam, ${summary.boundary.suspicious} suspicious)`,
    `  time to verdict: median ${ms(summary.msToVerdict.median)}, p95 ${ms(summary.msToVerdict.p95)}`,
    `  benign pages, from DOMContentLoaded to verdict: median ${ms(summary.benignAfterParsed.median)}, p95 ${ms(summary.benignAfterParsed.p95)}`,
    `  scam pages caught after the click: ${summary.scamAfterClick.n}, click to verdict median ${ms(summary.scamAfterClick.median)}, p95 ${ms(summary.scamAfterClick.p95)}`,
  ].join('\n');
}

function signalList(signals: readonly EvalSignal[]): string {
  if (signals.length === 0) return '(no signals)';
  return signals.map((s) => `${s.id}(${s.weight}) "${s.evidence.length > 60 ? `${s.evidence.slice(0, 57)}…` : s.evidence}"`).join(', ');
}

/** Scam pages not caught, benign pages flagged: what to look at next. */
export function formatMisses(pages: readonly PageResult[]): string {
  const missed = pages.filter((page) => page.label === 'scam' && page.verdict !== 'scam');
  const flagged = pages.filter((page) => page.label === 'benign' && (page.verdict === 'scam' || page.verdict === 'suspicious'));
  const lines: string[] = [];
  lines.push(missed.length === 0 ? 'No scam page missed.' : `Scam pages not caught (${missed.length}):`);
  for (const page of missed) lines.push(`  ${page.id}: ${page.verdict} — ${signalList(page.signals)}`);
  lines.push(flagged.length === 0 ? 'No benign page flagged.' : `Benign pages flagged (${flagged.length}):`);
  for (const page of flagged) lines.push(`  ${page.id}: ${page.verdict} — ${signalList(page.signals)}`);
  return lines.join('\n');
}
