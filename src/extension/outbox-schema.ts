import * as z from 'zod/mini';
import { ReportSchema } from '../core/report';

/*
 * The report outbox as stored (`local:outbox`): every report the person chose to send, until the
 * report service has acknowledged it, and for a while after as a record of what was sent. Kept in
 * its own module, like storage-schema.ts: pure, versioned, repaired on read.
 */

export const OUTBOX_STATES = ['waiting', 'sent', 'refused'] as const;

/**
 * Why a report is not sent yet, for the UI to say in plain words (`lastError` holds the detail):
 * no address is set; the service cannot be reached or timed out; it is busy (429, 5xx); it
 * refused the report (another 4xx), which is retried only rarely, or when the address changes.
 */
export const OutboxProblemSchema = z.enum(['no-address', 'unreachable', 'busy', 'refused', 'no-consent']);

/**
 * Firefox's data-collection types a report needs (a page address is "browsingActivity", the
 * signals' excerpts of page text "websiteContent"), exactly as the Firefox manifest declares them
 * optional (wxt.config.ts).
 */
export const REPORT_DATA_COLLECTION = ['browsingActivity', 'websiteContent'] as const;
export type OutboxProblem = z.infer<typeof OutboxProblemSchema>;

export const OutboxEntrySchema = z.object({
  report: ReportSchema,
  /** 'refused': the service answered the report itself is wrong; kept and shown, never dropped. */
  state: z.enum(OUTBOX_STATES),
  /** Attempts to send so far. */
  attempts: z.number().check(z.int(), z.nonnegative()),
  /** When the next attempt is due (epoch ms). */
  nextAttemptAt: z.number(),
  /** When the person queued it (epoch ms). */
  queuedAt: z.number(),
  lastError: z.optional(z.string().check(z.maxLength(500))),
  problem: z.optional(OutboxProblemSchema),
  /** When the service acknowledged it (epoch ms). */
  sentAt: z.optional(z.number()),
  /** Where it was sent. */
  sentTo: z.optional(z.string().check(z.maxLength(2048))),
});
export type OutboxEntry = z.infer<typeof OutboxEntrySchema>;
export type OutboxState = OutboxEntry['state'];

export const OutboxSchema = z.object({ entries: z.array(OutboxEntrySchema) });
export type Outbox = z.infer<typeof OutboxSchema>;
export const EMPTY_OUTBOX: Outbox = { entries: [] };

export const OUTBOX_VERSION = 1;
/** Migrations by target version, as in storage-schema.ts. Version 1 is the first. */
export const OUTBOX_MIGRATIONS: Record<number, (old: unknown) => unknown> = {};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const finite = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);

/**
 * A report the person chose to send is never lost to a damaged field: only an entry whose report
 * itself no longer parses is dropped (it could not be sent anyway). A broken state reads as
 * 'waiting' (sent once more; the service treats a repeated id as a retry), a broken time as "due
 * now". Repeated ids keep their first entry.
 */
export function repairOutbox(raw: unknown): Outbox {
  const entries = isRecord(raw) && Array.isArray(raw['entries']) ? raw['entries'] : [];
  const kept: OutboxEntry[] = [];
  const ids = new Set<string>();
  for (const entry of entries) {
    if (!isRecord(entry)) continue;
    const report = ReportSchema.safeParse(entry['report']);
    if (!report.success || ids.has(report.data.id)) continue;
    ids.add(report.data.id);
    const state = z.enum(OUTBOX_STATES).safeParse(entry['state']);
    const attempts = finite(entry['attempts']);
    const problem = OutboxProblemSchema.safeParse(entry['problem']);
    const lastError = typeof entry['lastError'] === 'string' ? entry['lastError'].slice(0, 500) : undefined;
    const sentAt = finite(entry['sentAt']);
    const sentTo = typeof entry['sentTo'] === 'string' && entry['sentTo'].length <= 2048 ? entry['sentTo'] : undefined;
    const isSent = state.success && state.data === 'sent';
    kept.push({
      report: report.data,
      state: state.success ? state.data : 'waiting',
      attempts: attempts !== undefined && attempts >= 0 ? Math.floor(attempts) : 0,
      nextAttemptAt: finite(entry['nextAttemptAt']) ?? 0,
      queuedAt: finite(entry['queuedAt']) ?? Date.parse(report.data.createdAt),
      ...(lastError !== undefined && !isSent ? { lastError } : {}),
      ...(problem.success && !isSent ? { problem: problem.data } : {}),
      ...(sentAt !== undefined && isSent ? { sentAt } : {}),
      ...(sentTo !== undefined ? { sentTo } : {}),
    });
  }
  return { entries: kept };
}

/** The service's endpoint for reports under a base address ("https://r.example/" → ".../v1/reports"). */
export function reportEndpoint(base: string): string {
  return `${base.replace(/\/+$/, '')}/v1/reports`;
}

export const OUTBOX_LIMIT = 200;

/**
 * Room for one more entry: the oldest sent entries go first; a report still to be sent is never
 * dropped, so a full outbox of unsent reports takes no more (null).
 */
export function withRoomFor(entries: readonly OutboxEntry[], limit = OUTBOX_LIMIT): OutboxEntry[] | null {
  if (entries.length < limit) return [...entries];
  const sent = entries
    .filter((entry) => entry.state === 'sent')
    .sort((a, b) => (a.sentAt ?? a.queuedAt) - (b.sentAt ?? b.queuedAt));
  const excess = entries.length - limit + 1;
  if (sent.length < excess) return null;
  const drop = new Set(sent.slice(0, excess).map((entry) => entry.report.id));
  return entries.filter((entry) => !drop.has(entry.report.id));
}

/** Wait before the next attempt after `attempts` failures: 1 minute, doubling, at most 6 hours. */
export const RETRY = { firstMs: 60_000, maxMs: 6 * 60 * 60_000 } as const;
export function retryDelayMs(attempts: number): number {
  return Math.min(RETRY.maxMs, RETRY.firstMs * 2 ** Math.max(0, Math.min(30, attempts - 1)));
}
