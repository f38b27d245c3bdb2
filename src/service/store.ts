import { getDomain } from 'tldts';
import type { Report } from '../core/report';
import type { Aggregate, GroupBy, ReportState, ReportSummary, StoredReport } from './api';
import type { Database } from './db';

/*
 * Reports in the database: stored once per client id, listed and grouped for triage, decided.
 * All SQL of the service is here, and it is the same for PGlite and PostgreSQL.
 */

/**
 * PostgreSQL text cannot hold NUL, and UTF-8 cannot hold half a surrogate pair: both are
 * replaced by U+FFFD instead of refusing a report a person chose to send.
 */
export function storableText(text: string): string {
  return text.replace(/\0|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

function storable<T>(value: T): T {
  if (typeof value === 'string') return storableText(value) as T;
  if (Array.isArray(value)) return value.map(storable) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [storableText(k), storable(v)])) as T;
  return value;
}

/** The registrable domain triage groups by; the host itself for IP addresses and odd hosts. */
export function siteOf(host: string): string {
  return getDomain(host, { allowPrivateDomains: true }) ?? host;
}

interface ReportRow {
  id: string;
  kind: string;
  url: string;
  host: string;
  site: string;
  numbers: string[];
  report: Report;
  received_at: Date | string;
  state: ReportState;
  decided_at: Date | string | null;
  decision_note: string | null;
  expires: string | null;
}

const iso = (value: Date | string) => new Date(value).toISOString();
/** `expires` as text: the drivers turn a `date` into a Date in different time zones. */
const COLUMNS = 'id, kind, url, host, site, numbers, report, received_at, state, decided_at, decision_note, expires::text AS expires';

function summary(row: ReportRow): ReportSummary {
  return { id: row.id, kind: row.kind, url: row.url, site: row.site, numbers: row.numbers, state: row.state, receivedAt: iso(row.received_at) };
}

function stored(row: ReportRow): StoredReport {
  return {
    ...summary(row),
    host: row.host,
    report: row.report,
    decidedAt: row.decided_at === null ? null : iso(row.decided_at),
    decisionNote: row.decision_note,
    expires: row.expires,
  };
}

export interface ListQuery {
  state?: ReportState | undefined;
  limit?: number | undefined;
}

export const MAX_PAGE = 500;

/** Reports written in one statement at most (group commit: those that arrive while one is written). */
const MAX_BATCH = 200;
const INSERT_COLUMNS = 9;

interface PendingInsert {
  id: string;
  values: unknown[];
  resolve(inserted: boolean): void;
  reject(error: unknown): void;
}

export class ReportStore {
  private pending: PendingInsert[] = [];
  private flushing = false;

  constructor(readonly db: Database) {}

  /**
   * Stores a report unless one with its id is there; true when it was new. Resolves only once
   * the row is committed. Reports that arrive while others are being written go together in
   * the next statement, so that a burst costs a few commits instead of one each.
   */
  add(report: Report, receivedAt: Date): Promise<boolean> {
    const clean = storable(report);
    const host = new URL(clean.url).hostname.replace(/^\[|\]$/g, '');
    const values = [clean.id, clean.kind, clean.url, host, siteOf(host), clean.numbers, JSON.stringify(clean), clean.createdAt, receivedAt.toISOString()];
    return new Promise((resolve, reject) => {
      this.pending.push({ id: clean.id, values, resolve, reject });
      if (!this.flushing) void this.flush();
    });
  }

  private async insert(batch: readonly PendingInsert[]): Promise<Set<string>> {
    const rows = batch.map((_, i) => `(${Array.from({ length: INSERT_COLUMNS }, (_, j) => `$${i * INSERT_COLUMNS + j + 1}`).join(', ')})`);
    const inserted = await this.db.query<{ id: string }>(
      `INSERT INTO reports (id, kind, url, host, site, numbers, report, created_at, received_at)
       VALUES ${rows.join(', ')}
       ON CONFLICT (id) DO NOTHING
       RETURNING id`,
      batch.flatMap((p) => p.values),
    );
    return new Set(inserted.map((row) => row.id));
  }

  private async flush(): Promise<void> {
    this.flushing = true;
    try {
      while (this.pending.length > 0) {
        const batch = this.pending.splice(0, MAX_BATCH);
        try {
          const inserted = await this.insert(batch);
          // The same id twice in one batch: the first is the new one, the second a retry.
          for (const p of batch) p.resolve(inserted.delete(p.id));
        } catch {
          // One row the database refuses must not fail the others: each alone, each with its own answer.
          for (const p of batch) await this.insert([p]).then((inserted) => p.resolve(inserted.has(p.id)), p.reject);
        }
      }
    } finally {
      this.flushing = false;
    }
  }

  async get(id: string): Promise<StoredReport | null> {
    const [row] = await this.db.query<ReportRow>(`SELECT ${COLUMNS} FROM reports WHERE id = $1`, [id]);
    return row ? stored(row) : null;
  }

  /** Newest first. */
  async list(query: ListQuery = {}): Promise<{ reports: ReportSummary[]; more: boolean }> {
    const limit = Math.min(query.limit ?? 100, MAX_PAGE);
    const rows = await this.db.query<ReportRow>(
      `SELECT id, kind, url, site, numbers, state, received_at FROM reports
       WHERE ($1::text IS NULL OR state = $1)
       ORDER BY received_at DESC, id
       LIMIT $2`,
      [query.state ?? null, limit + 1],
    );
    return { reports: rows.slice(0, limit).map(summary), more: rows.length > limit };
  }

  /** Reports grouped by registrable domain or by phone number: how many, first and last seen. */
  async aggregate(by: GroupBy, query: ListQuery = {}): Promise<Aggregate[]> {
    const limit = Math.min(query.limit ?? 100, MAX_PAGE);
    const key = by === 'host' ? 'site' : 'number';
    const from = by === 'host' ? 'reports' : 'reports, unnest(numbers) AS number';
    const rows = await this.db.query<{ key: string; count: number; scam: number; false_positive: number; first_seen: Date | string; last_seen: Date | string; report_ids: string[] }>(
      `SELECT ${key} AS key,
              count(*)::int AS count,
              (count(*) FILTER (WHERE kind = 'scam'))::int AS scam,
              (count(*) FILTER (WHERE kind = 'false-positive'))::int AS false_positive,
              min(received_at) AS first_seen,
              max(received_at) AS last_seen,
              (array_agg(id ORDER BY received_at DESC))[1:5] AS report_ids
       FROM ${from}
       WHERE ($1::text IS NULL OR state = $1)
       GROUP BY ${key}
       ORDER BY count(*) DESC, max(received_at) DESC, ${key}
       LIMIT $2`,
      [query.state ?? null, limit],
    );
    return rows.map((row) => ({
      key: row.key,
      count: row.count,
      scam: row.scam,
      falsePositive: row.false_positive,
      firstSeen: iso(row.first_seen),
      lastSeen: iso(row.last_seen),
      reportIds: row.report_ids,
    }));
  }

  /** Accept or reject; null when there is no such report. */
  async decide(id: string, decision: { state: 'accepted' | 'rejected'; note?: string | undefined; expires?: string | undefined }, at: Date): Promise<{ report: StoredReport; previousState: ReportState } | null> {
    return this.db.transaction(async (tx) => {
      const [before] = await tx.query<{ state: ReportState }>('SELECT state FROM reports WHERE id = $1 FOR UPDATE', [id]);
      if (!before) return null;
      const [row] = await tx.query<ReportRow>(
        `UPDATE reports SET state = $2, decided_at = $3, decision_note = $4, expires = $5::date
         WHERE id = $1 RETURNING ${COLUMNS}`,
        [id, decision.state, at.toISOString(), decision.note === undefined ? null : storableText(decision.note), decision.expires ?? null],
      );
      return row ? { report: stored(row), previousState: before.state } : null;
    });
  }

  async count(): Promise<number> {
    const [row] = await this.db.query<{ n: number }>('SELECT count(*)::int AS n FROM reports');
    return row?.n ?? 0;
  }

  /** Which of these ids are stored (the load test's loss check). */
  async existing(ids: readonly string[]): Promise<Set<string>> {
    const rows = await this.db.query<{ id: string }>('SELECT id FROM reports WHERE id = ANY($1::text[])', [ids]);
    return new Set(rows.map((row) => row.id));
  }
}
