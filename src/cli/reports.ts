import { existsSync } from 'node:fs';
import path from 'node:path';
import type * as z from 'zod/mini';
import { hostEntryKey, hostProblem, isDate, parseHostEntry } from '../core/blocklist/source';
import { brandsOwning } from '../core/support/brands';
import { ADMIN_PATH, type AggregateList, AggregateListSchema, DecisionResultSchema, type GroupBy, GroupBySchema, type ReportList, ReportListSchema, type ReportState, ReportStateSchema, type StoredReport, StoredReportSchema } from '../service/api';
import { DEFAULT_DATA_DIR, DEFAULT_HOST, DEFAULT_PORT } from '../service/server';
import { siteOf } from '../service/store';
import { readTokenFile, TOKEN_ENV, TOKEN_FILE_NAME, tokenFrom, TokenError } from '../service/token';
import { CliError, type Io, listAdd, listRemove, readSource, type Source } from './list';

/*
 * `npx hangup reports list|show|accept|reject`: triage against a running report service. Accepting
 * a scam report records the decision in the service, then adds the page's registrable domain and
 * its numbers to the list source with the report as evidence, ready for `list build` and `list
 * sign`. Everything the service returns came from strangers: it is parsed before use and printed
 * with control characters made visible, so a report cannot rewrite the maintainer's terminal.
 */

export const DEFAULT_SERVICE_URL = `http://${DEFAULT_HOST}:${DEFAULT_PORT}`;
const REQUEST_TIMEOUT_MS = 15_000;

export interface ServiceTarget {
  service?: string | undefined;
  tokenFile?: string | undefined;
}

/** Text from a report, safe to print: control, bidi and other invisible format characters shown as \u{…}. */
export function printable(text: string): string {
  // Control characters are exactly what this looks for.
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g, (ch) => `\\u{${ch.charCodeAt(0).toString(16)}}`);
}

async function tokenFor(target: ServiceTarget, serviceUrl: string): Promise<string> {
  try {
    const given = await tokenFrom({ tokenFile: target.tokenFile });
    if (given) return given;
    // A local service made its token in its data folder on the first start.
    const local = path.join(DEFAULT_DATA_DIR, TOKEN_FILE_NAME);
    if (serviceUrl === DEFAULT_SERVICE_URL && existsSync(local)) return await readTokenFile(local);
  } catch (error) {
    if (error instanceof TokenError) throw new CliError(error.message, 2);
    throw error;
  }
  throw new CliError(`A maintainer token is needed: set ${TOKEN_ENV} or pass --token-file FILE (a local \`hangup serve\` writes one to ${path.join(DEFAULT_DATA_DIR, TOKEN_FILE_NAME)}).`, 2);
}

function serviceUrlOf(target: ServiceTarget): string {
  const raw = (target.service ?? DEFAULT_SERVICE_URL).replace(/\/+$/, '');
  try {
    const url = new URL(raw);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('not http');
  } catch {
    throw new CliError(`--service ${raw} is not an http(s) address.`, 2);
  }
  return raw;
}

async function call<S extends z.ZodMiniType>(target: ServiceTarget, method: 'GET' | 'POST', route: string, schema: S, body?: unknown): Promise<z.infer<S>> {
  const base = serviceUrlOf(target);
  const token = await tokenFor(target, base);
  let response: Response;
  try {
    response = await fetch(`${base}${ADMIN_PATH}${route}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const why = cause?.code ?? cause?.message ?? (error as Error).message;
    throw new CliError(`Could not reach the report service at ${base} (${why}). Is it running (npx hangup serve)? Another address: --service URL.`);
  }
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new CliError(`The service at ${base} answered ${response.status} with something other than JSON: is that a Hang Up report service?`);
  }
  if (!response.ok) {
    const message = typeof (json as { error?: unknown })?.error === 'string' ? printable((json as { error: string }).error) : `status ${response.status}`;
    if (response.status === 401) throw new CliError(`The service refused the token: ${message}`);
    throw new CliError(message);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new CliError(`The service at ${base} answered in a form this CLI does not know (a different version?).`);
  return parsed.data;
}

const date = (iso: string | null) => (iso ? iso.replace('T', ' ').slice(0, 16) : '');

function checkState(state: string | undefined): ReportState | undefined {
  if (state === undefined) return undefined;
  const parsed = ReportStateSchema.safeParse(state);
  if (!parsed.success) throw new CliError(`--state must be new, accepted or rejected.`, 2);
  return parsed.data;
}

function checkLimit(limit: string | undefined): number | undefined {
  if (limit === undefined) return undefined;
  const n = Number(limit);
  if (!Number.isInteger(n) || n <= 0) throw new CliError('--limit must be a positive whole number.', 2);
  return n;
}

export async function reportsList(target: ServiceTarget, options: { state?: string | undefined; by?: string | undefined; limit?: string | undefined }, io: Io): Promise<void> {
  const state = checkState(options.state);
  const limit = checkLimit(options.limit);
  const query = new URLSearchParams();
  if (state) query.set('state', state);
  if (limit) query.set('limit', String(limit));
  if (options.by !== undefined) {
    const by = GroupBySchema.safeParse(options.by);
    if (!by.success) throw new CliError('--by must be host or number.', 2);
    query.set('by', by.data);
    const result: AggregateList = await call(target, 'GET', `/aggregates?${query}`, AggregateListSchema);
    printAggregates(result.groups, by.data, io);
    return;
  }
  const result: ReportList = await call(target, 'GET', `/reports${query.size ? `?${query}` : ''}`, ReportListSchema);
  if (result.reports.length === 0) {
    io.out(state ? `No ${state} reports.` : 'No reports.');
    return;
  }
  const idWidth = Math.max(...result.reports.map((r) => r.id.length));
  io.out(`${'ID'.padEnd(idWidth)}  STATE     KIND            RECEIVED (UTC)    SITE  NUMBERS`);
  for (const r of result.reports) {
    io.out(`${r.id.padEnd(idWidth)}  ${r.state.padEnd(8)}  ${printable(r.kind).padEnd(14)}  ${date(r.receivedAt)}  ${printable(r.site)}  ${r.numbers.join(' ')}`);
  }
  io.out(`${result.reports.length} reports${result.more ? ' (more: raise --limit, or narrow with --state)' : ''}. Details: npx hangup reports show ID`);
}

function printAggregates(groups: AggregateList['groups'], by: GroupBy, io: Io): void {
  if (groups.length === 0) {
    io.out('No reports.');
    return;
  }
  const keyWidth = Math.max(by === 'host' ? 4 : 6, ...groups.map((g) => g.key.length));
  io.out(`${(by === 'host' ? 'SITE' : 'NUMBER').padEnd(keyWidth)}  REPORTS  SCAM  NOT-SCAM  FIRST SEEN        LAST SEEN         NEWEST REPORTS`);
  for (const g of groups) {
    io.out(`${printable(g.key).padEnd(keyWidth)}  ${String(g.count).padStart(7)}  ${String(g.scam).padStart(4)}  ${String(g.falsePositive).padStart(8)}  ${date(g.firstSeen)}  ${date(g.lastSeen)}  ${g.reportIds.join(' ')}`);
  }
}

async function fetchReport(target: ServiceTarget, id: string): Promise<StoredReport> {
  return call(target, 'GET', `/reports/${encodeURIComponent(id)}`, StoredReportSchema);
}

async function sourceIfThere(dir: string): Promise<Source | null> {
  return existsSync(dir) ? readSource(dir) : null;
}

/** The source entry that covers a registrable domain (itself or a domain above it), if any. */
function listedHost(source: Source, site: string): Source['hosts'][number] | undefined {
  return source.hosts.find((h) => (h.kind === 'domain' && (site === h.host || site.endsWith(`.${h.host}`))) || hostEntryKey(h) === `=${site}`);
}

export async function reportsShow(target: ServiceTarget, id: string, sourceDir: string, io: Io): Promise<void> {
  const stored = await fetchReport(target, id);
  const r = stored.report;
  io.out(`Report ${stored.id}: ${stored.state}${stored.decidedAt ? ` on ${date(stored.decidedAt)}` : ''}, received ${date(stored.receivedAt)} UTC`);
  io.out(`Kind:     ${r.kind === 'scam' ? 'scam (the person says this page is a scam)' : 'false-positive (the person says this page is NOT a scam)'}`);
  io.out(`Address:  ${printable(r.url)}`);
  io.out(`Site:     ${printable(stored.site)}${stored.host !== stored.site ? ` (host ${printable(stored.host)})` : ''}`);
  io.out(`Verdict:  ${r.verdict.level}, score ${r.verdict.score}`);
  for (const s of r.verdict.signals) io.out(`  ${printable(s.id)} (${s.weight}): ${printable(s.evidence)}`);
  io.out(`Numbers:  ${r.numbers.length ? r.numbers.join(' ') : 'none'}`);
  if (r.comment !== undefined) io.out(`Comment:  ${printable(r.comment)}`);
  io.out(`Client:   ${r.client.browser} ${printable(r.client.version)}, sent ${date(r.createdAt)} UTC`);
  if (stored.decisionNote) io.out(`Why:      ${printable(stored.decisionNote)}`);
  if (stored.expires) io.out(`Expires:  ${stored.expires}`);
  const source = await sourceIfThere(sourceDir);
  if (source) {
    const host = listedHost(source, stored.site);
    io.out(`In ${sourceDir}: ${host ? `${hostEntryKey(host)} is listed (${printable(host.evidence)})` : `${printable(stored.site)} is not listed`}${r.numbers.map((n) => `; ${n} ${source.numbers.some((e) => e.number === n) ? 'is listed' : 'is not listed'}`).join('')}.`);
  }
  if (stored.state === 'new') io.out(`Decide: npx hangup reports accept ${stored.id} [--expires YYYY-MM-DD]  |  npx hangup reports reject ${stored.id} --why TEXT`);
}

export interface AcceptOptions {
  expires?: string | undefined;
  /** Only the host, or only the numbers (default both). */
  only?: string | undefined;
}

interface Plan {
  add: string[];
  remove: string[];
  notes: string[];
}

/** What accepting this report changes in the list source; throws before anything changes when it must not. */
function planAccept(stored: StoredReport, source: Source, only: 'host' | 'numbers' | undefined): Plan {
  const plan: Plan = { add: [], remove: [], notes: [] };
  const report = stored.report;
  const host = stored.host;
  const site = siteOf(host);
  const listed = listedHost(source, site);
  if (only !== 'numbers') {
    const problem = hostProblem(site);
    if (report.kind === 'false-positive') {
      if (listed && listed.kind === 'domain' && listed.host === site) plan.remove.push(site);
      else if (listed) plan.notes.push(`${hostEntryKey(listed)} covers ${site}: remove or narrow it by hand if it is wrong (npx hangup list remove ${hostEntryKey(listed)}).`);
    } else if (problem) {
      plan.notes.push(`${printable(host)} is not listed: ${problem}.`);
    } else {
      const owners = brandsOwning(site);
      if (owners.length > 0) {
        throw new CliError(
          `${site} belongs to ${owners.map((b) => b.name).join(', ')} (the genuine-support directory) and is never listed. Accept the numbers alone with --only numbers, list a folder on it by hand (npx hangup list add ${site}/folder/ --evidence report:${stored.id}), or reject the report.`,
        );
      }
      const parsed = parseHostEntry(site);
      if ('problem' in parsed) plan.notes.push(`${site} is not listed: ${parsed.problem}.`);
      else if (listed) plan.notes.push(`${site} is already listed by ${hostEntryKey(listed)} (${printable(listed.evidence)}).`);
      else plan.add.push(site);
    }
  }
  if (only !== 'host') {
    for (const number of report.numbers) {
      const entry = source.numbers.find((n) => n.number === number);
      if (report.kind === 'false-positive') {
        if (entry) plan.remove.push(number);
      } else if (entry) plan.notes.push(`${number} is already listed (${printable(entry.evidence)}).`);
      else plan.add.push(number);
    }
  }
  return plan;
}

export async function reportsAccept(target: ServiceTarget, id: string, sourceDir: string, options: AcceptOptions, io: Io): Promise<void> {
  if (options.only !== undefined && options.only !== 'host' && options.only !== 'numbers') throw new CliError('--only must be host or numbers.', 2);
  if (options.expires !== undefined) {
    if (!isDate(options.expires)) throw new CliError(`--expires ${options.expires} is not a date (YYYY-MM-DD).`, 2);
    if (options.expires <= io.today()) throw new CliError(`--expires ${options.expires} is not in the future.`, 2);
  }
  // Everything that could refuse is checked before the service records the decision.
  const source = await readSource(sourceDir);
  const stored = await fetchReport(target, id);
  const plan = planAccept(stored, source, options.only);
  const result = await call(target, 'POST', `/reports/${encodeURIComponent(stored.id)}/accept`, DecisionResultSchema, options.expires ? { expires: options.expires } : {});
  io.out(`Accepted report ${stored.id}${result.previousState !== 'new' ? ` (it was ${result.previousState})` : ''}.`);
  const evidence = `report:${stored.id}`;
  for (const entry of plan.add) await listAdd(sourceDir, entry, { evidence, expires: options.expires }, io);
  for (const entry of plan.remove) await listRemove(sourceDir, entry, io);
  for (const note of plan.notes) io.out(note);
  if (plan.add.length + plan.remove.length === 0) {
    io.out(stored.report.kind === 'false-positive' ? 'Nothing of this page is in the list: the false alarm came from the detector, not the list.' : `Nothing to add to ${sourceDir}.`);
    return;
  }
  io.out(`Next: npx hangup list build --out DIR${sourceDir === 'assets/blocklist' ? '' : ` --source ${sourceDir}`}, then npx hangup list sign DIR --key PATH/private.key, then publish DIR/publish/.`);
}

export async function reportsReject(target: ServiceTarget, id: string, why: string | undefined, io: Io): Promise<void> {
  if (why !== undefined && why.length > 1000) throw new CliError('--why is longer than 1000 characters.', 2);
  const result = await call(target, 'POST', `/reports/${encodeURIComponent(id)}/reject`, DecisionResultSchema, why === undefined ? {} : { why });
  io.out(`Rejected report ${result.report.id}${result.previousState !== 'new' ? ` (it was ${result.previousState})` : ''}${why ? `: ${printable(why)}` : ''}.`);
  if (result.previousState === 'accepted') io.out(`It had been accepted: its entries stay in the list source until removed (npx hangup list remove ENTRY).`);
}
