import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { REPORT_LIMITS, type Report, ReportSchema } from '../../core/report';
import {
  EMPTY_OUTBOX,
  type OutboxEntry,
  type OutboxProblem,
  OUTBOX_MIGRATIONS,
  OUTBOX_VERSION,
  repairOutbox,
  REPORT_DATA_COLLECTION,
  reportEndpoint,
  RETRY,
  retryDelayMs,
  withRoomFor,
} from '../outbox-schema';
import { getSettings } from '../storage';

/*
 * The report outbox in the worker. A report the person chose to send is stored first and sent
 * after, so that neither a worker stopped mid-request nor a browser restart loses it. Unsent
 * reports are retried with a growing wait (an alarm, and whenever the worker starts) until the
 * report service acknowledges them; every retry carries the report's own id, so the service can
 * tell a retry from a new report. A report the service refuses is kept and shown, never dropped.
 */

export const OUTBOX_ALARM = 'hangup-report-outbox';
const SEND_TIMEOUT_MS = 30_000;

function createItem() {
  return storage.defineItem<unknown>('local:outbox', { fallback: EMPTY_OUTBOX, version: OUTBOX_VERSION, migrations: OUTBOX_MIGRATIONS });
}
// Defined lazily, as in storage.ts: defining an item starts its migration.
let item: ReturnType<typeof createItem> | undefined;
const outboxItem = () => (item ??= createItem());

/*
 * Changes of the stored outbox happen one after another, so that queuing a report while a retry
 * records its result never loses either. Requests run outside this queue; `inFlight` keeps one
 * report from being posted twice at once by two overlapping flushes of this worker.
 */
let queue: Promise<unknown> = Promise.resolve();
function inQueue<T>(task: () => Promise<T>): Promise<T> {
  const next = queue.catch(() => undefined).then(task);
  queue = next;
  return next;
}
const inFlight = new Set<string>();

async function readEntries(): Promise<OutboxEntry[]> {
  return repairOutbox(await outboxItem().getValue()).entries;
}

async function writeEntries(entries: OutboxEntry[]): Promise<void> {
  await outboxItem().setValue({ entries });
}

/** The address reports go to: the person's choice, else the one built in; '' when there is none. */
export async function reportAddress(): Promise<string> {
  const settings = await getSettings();
  return settings.reportUrl || ((import.meta.env.WXT_HANGUP_REPORT_URL as string | undefined) ?? '');
}

export async function getOutbox(): Promise<OutboxEntry[]> {
  return readEntries();
}

export class OutboxFull extends Error {}

/**
 * Store a report the person chose to send and try to send it at once. Sending the same report
 * again (same id) changes nothing and returns its entry.
 */
export async function queueReport(report: Report, now = Date.now()): Promise<OutboxEntry> {
  const parsed = ReportSchema.parse(report);
  if (new TextEncoder().encode(JSON.stringify(parsed)).length > REPORT_LIMITS.bodyBytes) throw new Error('The report is larger than the report service accepts.');
  await inQueue(async () => {
    const entries = await readEntries();
    if (entries.some((entry) => entry.report.id === parsed.id)) return;
    const room = withRoomFor(entries);
    if (!room) throw new OutboxFull('The outbox is full of reports that are still waiting to be sent; nothing was added.');
    room.push({ report: parsed, state: 'waiting', attempts: 0, nextAttemptAt: now, queuedAt: now });
    await writeEntries(room);
  });
  await flushOutbox(now);
  const entry = (await readEntries()).find((e) => e.report.id === parsed.id);
  if (!entry) throw new Error('The report was not kept in the outbox.');
  return entry;
}

/** The person removes a report from the outbox (sent or not). */
export async function deleteReport(id: string): Promise<OutboxEntry[]> {
  return inQueue(async () => {
    const entries = (await readEntries()).filter((entry) => entry.report.id !== id);
    await writeEntries(entries);
    return entries;
  });
}

type Outcome =
  | { kind: 'sent' }
  | { kind: 'retry'; problem: Exclude<OutboxProblem, 'no-address' | 'refused'>; error: string; retryAfterMs?: number }
  | { kind: 'refused'; error: string };

/** Seconds of a Retry-After header, when it is a number (the date form is rare for APIs). */
function retryAfterMs(response: Response): number | undefined {
  const seconds = Number(response.headers.get('retry-after'));
  return Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds * 1000, RETRY.maxMs) : undefined;
}

async function detailOf(response: Response): Promise<string> {
  const text = await response.text().catch(() => '');
  try {
    const body = JSON.parse(text) as { error?: unknown; message?: unknown };
    const message = typeof body.error === 'string' ? body.error : typeof body.message === 'string' ? body.message : '';
    if (message) return `: ${message.slice(0, 200)}`;
  } catch {
    // Not JSON: an HTML error page says nothing worth showing.
  }
  return '';
}

async function post(endpoint: string, report: Report): Promise<Outcome> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), SEND_TIMEOUT_MS);
  let response: Response;
  try {
    // No cookies, no referrer: the report is all that is sent. A redirect is not followed, as
    // it would turn the POST into a GET somewhere else.
    response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(report),
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
      redirect: 'manual',
      signal: controller.signal,
    });
  } catch (error) {
    const timedOut = controller.signal.aborted;
    return { kind: 'retry', problem: 'unreachable', error: timedOut ? 'The report service did not answer in time.' : `The report service could not be reached (${error instanceof Error ? error.message : String(error)}).` };
  } finally {
    clearTimeout(timer);
  }
  const status = response.status;
  if (status === 200 || status === 201 || status === 202) return { kind: 'sent' };
  if (status === 409) {
    // The service already holds a report with this id: ours, sent before its answer was lost.
    const body = (await response.json().catch(() => null)) as { id?: unknown } | null;
    if (body?.id === report.id) return { kind: 'sent' };
    return { kind: 'refused', error: 'The report service holds another report with this id.' };
  }
  const retryAfter = retryAfterMs(response);
  if (status === 408 || status === 429 || status >= 500) {
    return { kind: 'retry', problem: 'busy', error: `The report service answered ${status}${await detailOf(response)}.`, ...(retryAfter ? { retryAfterMs: retryAfter } : {}) };
  }
  if (response.type === 'opaqueredirect' || (status >= 300 && status < 400)) return { kind: 'refused', error: 'The report address redirects elsewhere; check the address in the options.' };
  return { kind: 'refused', error: `The report service refused the report (${status}${await detailOf(response)}).` };
}

function applyOutcome(entry: OutboxEntry, outcome: Outcome, now: number, endpoint: string): OutboxEntry {
  const attempts = entry.attempts + 1;
  const { lastError: _e, problem: _p, ...rest } = entry;
  if (outcome.kind === 'sent') return { ...rest, state: 'sent', attempts, sentAt: now, sentTo: endpoint, nextAttemptAt: now };
  if (outcome.kind === 'refused') {
    // Not retried soon: the same report would be refused again. Later, or when the address changes.
    return { ...rest, state: 'refused', attempts, nextAttemptAt: now + RETRY.maxMs, lastError: outcome.error, problem: 'refused' };
  }
  const wait = Math.max(retryDelayMs(attempts), outcome.retryAfterMs ?? 0);
  return { ...rest, state: 'waiting', attempts, nextAttemptAt: now + wait, lastError: outcome.error, problem: outcome.problem };
}

/**
 * Send every report that is due (all unsent ones with `force`: the person asked, or the address
 * changed), record each outcome and set the alarm for the next one due.
 */
export async function flushOutbox(now = Date.now(), { force = false, consentHeld = reportConsentHeld } = {}): Promise<void> {
  const address = await reportAddress();
  const consent = await consentHeld();
  const due = await inQueue(async () => {
    const entries = await readEntries();
    if (!consent) {
      // The person withdrew Firefox's consent after queueing: nothing is sent until they give it
      // again (pressing Send asks for it).
      if (entries.some((entry) => entry.state !== 'sent' && entry.problem !== 'no-consent')) {
        await writeEntries(entries.map((entry): OutboxEntry => (entry.state === 'sent' ? entry : { ...entry, problem: 'no-consent', lastError: "Firefox's consent to send reports is not given." })));
      }
      return [];
    }
    if (!address) {
      // Nothing can be sent; say why. Setting an address sends them (see registerOutbox).
      // Written only when that changes anything: this runs each time the worker starts.
      if (entries.some((entry) => entry.state !== 'sent' && entry.problem !== 'no-address')) {
        await writeEntries(entries.map((entry): OutboxEntry => (entry.state === 'sent' ? entry : { ...entry, problem: 'no-address', lastError: 'No report address is set.' })));
      }
      return [];
    }
    const pending = entries.filter((entry) => entry.state !== 'sent' && (force || entry.nextAttemptAt <= now) && !inFlight.has(entry.report.id));
    for (const entry of pending) inFlight.add(entry.report.id);
    return pending;
  });
  const endpoint = reportEndpoint(address);
  for (const entry of due) {
    try {
      const outcome = await post(endpoint, entry.report);
      await inQueue(async () => {
        const entries = await readEntries();
        await writeEntries(entries.map((e) => (e.report.id === entry.report.id ? applyOutcome(e, outcome, now, endpoint) : e)));
      });
    } finally {
      inFlight.delete(entry.report.id);
    }
  }
  await scheduleNext(address);
}

/** Firefox's permissions API (data collection) in the Firefox build; null in Chrome and Edge. */
function firefoxPermissions(): { contains(permissions: { data_collection: string[] }): Promise<boolean> } | null {
  return import.meta.env.FIREFOX ? (browser.permissions as unknown as { contains(permissions: { data_collection: string[] }): Promise<boolean> }) : null;
}

/** Whether reports may be sent: Firefox's data-collection consent is held (always, elsewhere). */
export async function reportConsentHeld(permissions = firefoxPermissions()): Promise<boolean> {
  if (!permissions) return true;
  try {
    return await permissions.contains({ data_collection: [...REPORT_DATA_COLLECTION] });
  } catch {
    return false;
  }
}

async function scheduleNext(address: string): Promise<void> {
  const entries = await readEntries();
  const next = Math.min(...entries.filter((entry) => entry.state !== 'sent').map((entry) => entry.nextAttemptAt));
  if (!address || !Number.isFinite(next)) {
    await browser.alarms.clear(OUTBOX_ALARM);
    return;
  }
  // Chromium fires alarms no sooner than 30 s after they are set; an earlier time is due anyway.
  await browser.alarms.create(OUTBOX_ALARM, { when: Math.max(next, Date.now() + 1000) });
}

/**
 * Listeners of the outbox, registered synchronously with the worker's others: the retry alarm,
 * and a change of the report address (which sends what waits, refused reports too). Reports
 * that fell due while the worker slept are sent now (the promise is that first attempt's).
 */
export function registerOutbox(): Promise<void> {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === OUTBOX_ALARM) void flushOutbox().catch(logFailure);
  });
  browser.storage.onChanged.addListener((changes, area) => {
    const change = changes['settings'];
    if (area !== 'local' || !change) return;
    const before = (change.oldValue as { reportUrl?: unknown } | undefined)?.reportUrl;
    const after = (change.newValue as { reportUrl?: unknown } | undefined)?.reportUrl;
    if (before !== after) void flushOutbox(Date.now(), { force: true }).catch(logFailure);
  });
  return flushOutbox().catch(logFailure);
}

function logFailure(error: unknown): void {
  console.warn(`Hang Up: the report outbox could not be processed: ${String(error)}`);
}

/** Forget this worker's in-memory state (tests: a worker restart does the same). */
export function resetOutboxWorker(): void {
  item = undefined;
  queue = Promise.resolve();
  inFlight.clear();
}
