import * as z from 'zod/mini';

/** What the content script saw on a page: only the parts that can matter, never the whole text. */
export const PhoneCandidateSchema = z.object({
  /** The number as the page shows it ("+1 (800) 555-0101"). */
  text: z.string().check(z.maxLength(64)),
  /** Where it was found: visible text, a tel: link, or the title. */
  source: z.enum(['text', 'tel', 'title']),
  /** Up to a line of text around the number, for calls to action ("call now"). */
  context: z.string().check(z.maxLength(400)),
});
export type PhoneCandidate = z.infer<typeof PhoneCandidateSchema>;

export const PageCandidatesSchema = z.object({
  title: z.string().check(z.maxLength(500)),
  phones: z.array(PhoneCandidateSchema).check(z.maxLength(50)),
  /** Lines of visible text that passed the cheap pre-filter. */
  snippets: z.array(z.string().check(z.maxLength(400))).check(z.maxLength(80)),
});
export type PageCandidates = z.infer<typeof PageCandidatesSchema>;

export const VerdictLevelSchema = z.enum(['clean', 'suspicious', 'scam']);
export type VerdictLevel = z.infer<typeof VerdictLevelSchema>;

/** One reason for a verdict. `id` is stable: the UI, reports and tests key on it. */
export const SignalSchema = z.object({
  id: z.string(),
  weight: z.number(),
  evidence: z.string(),
});
export type Signal = z.infer<typeof SignalSchema>;

export const VerdictSchema = z.object({
  level: VerdictLevelSchema,
  score: z.number(),
  signals: z.array(SignalSchema),
});
export type Verdict = z.infer<typeof VerdictSchema>;
