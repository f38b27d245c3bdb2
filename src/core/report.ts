import * as z from 'zod/mini';
import { SignalSchema, VerdictLevelSchema } from './detect/types';

/*
 * The report a person sends about a page: "this is a scam" or "this is not a scam (false alarm)".
 * One schema for the extension (which builds it and shows it before sending), the report service
 * (which validates every body with it) and the maintainer CLI. It holds only the evidence of the
 * verdict: the address, the verdict and its signals, the numbers found, an optional comment. No
 * cookies, no page text beyond the signals' evidence, nothing that identifies the person.
 *
 * The version is part of the shape: a later schema adds `schema: 2` and the service accepts both.
 */

export const REPORT_SCHEMA_VERSION = 1;

/** Limits, shared so that the extension never builds a report the service would refuse. */
export const REPORT_LIMITS = {
  urlChars: 2048,
  commentChars: 1000,
  signals: 60,
  evidenceChars: 300,
  signalIdChars: 64,
  numbers: 20,
  /** Largest accepted request body, in bytes. */
  bodyBytes: 32 * 1024,
} as const;

export const ReportKindSchema = z.enum(['scam', 'false-positive']);
export type ReportKind = z.infer<typeof ReportKindSchema>;

/** Drawn by the client (random, 128 bits or more): retries of one report carry the same id. */
export const ReportIdSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{16,64}$/));

/** A phone number in E.164: "+" and 8 to 15 digits. */
export const E164Schema = z.string().check(z.regex(/^\+[1-9][0-9]{7,14}$/));

/** An http(s) address, as the page had it. */
export const ReportUrlSchema = z.string().check(
  z.maxLength(REPORT_LIMITS.urlChars),
  z.refine((text) => {
    try {
      const url = new URL(text);
      return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
    } catch {
      return false;
    }
  }, 'an http or https address'),
);

export const ReportSignalSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(REPORT_LIMITS.signalIdChars)),
  weight: z.number().check(z.minimum(-1000), z.maximum(1000)),
  evidence: z.string().check(z.maxLength(REPORT_LIMITS.evidenceChars)),
});

export const ReportSchema = z.object({
  schema: z.literal(REPORT_SCHEMA_VERSION),
  id: ReportIdSchema,
  kind: ReportKindSchema,
  /** When the person pressed "send" (ISO 8601, UTC). */
  createdAt: z.iso.datetime(),
  url: ReportUrlSchema,
  verdict: z.object({
    level: VerdictLevelSchema,
    score: z.number().check(z.minimum(-100_000), z.maximum(100_000)),
    signals: z.array(ReportSignalSchema).check(z.maxLength(REPORT_LIMITS.signals)),
  }),
  /** The phone numbers the page showed, normalised to E.164. */
  numbers: z.array(E164Schema).check(z.maxLength(REPORT_LIMITS.numbers)),
  comment: z.optional(z.string().check(z.maxLength(REPORT_LIMITS.commentChars))),
  /** Which extension sent it, to tell old detectors from new ones. */
  client: z.object({
    version: z.string().check(z.maxLength(32)),
    browser: z.enum(['chrome', 'edge', 'firefox', 'other']),
  }),
});
export type Report = z.infer<typeof ReportSchema>;

/** The service's answer to an accepted report (202), also to a retry of one it already holds. */
export const ReportAcceptedSchema = z.object({ id: ReportIdSchema, status: z.literal('accepted') });
export type ReportAccepted = z.infer<typeof ReportAcceptedSchema>;

// Keep the signal shape of reports in step with the detector's.
export type _SignalsMatch = z.infer<typeof SignalSchema> extends z.infer<typeof ReportSignalSchema> ? true : never;
