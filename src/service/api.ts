import * as z from 'zod/mini';
import { ReportSchema } from '../core/report';

/*
 * The maintainer API's answers, one schema each, shared by the service (which sends them) and
 * the CLI (which parses them before it prints or acts on anything).
 */

export const ReportStateSchema = z.enum(['new', 'accepted', 'rejected']);
export type ReportState = z.infer<typeof ReportStateSchema>;

export const GroupBySchema = z.enum(['host', 'number']);
export type GroupBy = z.infer<typeof GroupBySchema>;

/** One report as the list shows it. Dates are ISO 8601 strings. */
export const ReportSummarySchema = z.object({
  id: z.string(),
  kind: z.string(),
  url: z.string(),
  /** The registrable domain of the page (what a list entry would name). */
  site: z.string(),
  numbers: z.array(z.string()),
  state: ReportStateSchema,
  receivedAt: z.string(),
});
export type ReportSummary = z.infer<typeof ReportSummarySchema>;

export const StoredReportSchema = z.object({
  ...ReportSummarySchema.shape,
  host: z.string(),
  report: ReportSchema,
  decidedAt: z.nullable(z.string()),
  decisionNote: z.nullable(z.string()),
  /** For an accepted report: when its list entries should expire (YYYY-MM-DD). */
  expires: z.nullable(z.string()),
});
export type StoredReport = z.infer<typeof StoredReportSchema>;

export const ReportListSchema = z.object({ reports: z.array(ReportSummarySchema), more: z.boolean() });
export type ReportList = z.infer<typeof ReportListSchema>;

export const AggregateSchema = z.object({
  /** A registrable domain (by host) or an E.164 number (by number). */
  key: z.string(),
  count: z.number(),
  scam: z.number(),
  falsePositive: z.number(),
  firstSeen: z.string(),
  lastSeen: z.string(),
  /** The newest few reports of the group. */
  reportIds: z.array(z.string()),
});
export type Aggregate = z.infer<typeof AggregateSchema>;

export const AggregateListSchema = z.object({ by: GroupBySchema, groups: z.array(AggregateSchema) });
export type AggregateList = z.infer<typeof AggregateListSchema>;

export const DecisionResultSchema = z.object({ report: StoredReportSchema, previousState: ReportStateSchema });
export type DecisionResult = z.infer<typeof DecisionResultSchema>;

export const AcceptBodySchema = z.object({ expires: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))) });
export const RejectBodySchema = z.object({ why: z.optional(z.string().check(z.maxLength(1000))) });

export const ErrorBodySchema = z.object({ error: z.string() });

export const REPORTS_PATH = '/v1/reports';
export const HEALTH_PATH = '/v1/health';
export const ADMIN_PATH = '/v1/admin';
