import * as z from 'zod/mini';
import { BEHAVIOUR_KINDS } from './behaviour-kinds';

export { BEHAVIOUR_KINDS, type BehaviourKind } from './behaviour-kinds';

/*
 * What the content script sends about a page (PageExtract): the top of its visible text (the whole
 * text of most pages) and the numbers of the rest with a little context each, the title, tel:
 * links, labels with numbers in them, dialog texts and behaviour. It goes from the page's renderer
 * to the extension's own worker on the same machine, and no further. The background turns it into
 * PageCandidates (prefilter.ts): the numbers and the text around trigger words, which is all the
 * scorer reads and all that is kept. The limits keep one message bounded whatever the page does.
 */

export const PHONE_SOURCES = ['text', 'tel', 'title', 'attr', 'dialog'] as const;

export const PhoneCandidateSchema = z.object({
  /** The number as the page shows it ("+1 (800) 555-0101"). */
  text: z.string().check(z.maxLength(64)),
  /** Where it was found: visible text, a tel: link, the title, an alt/aria-label, a dialog. */
  source: z.enum(PHONE_SOURCES),
  /** The words around the number, for calls to action ("call now"). */
  context: z.string().check(z.maxLength(400)),
});
export type PhoneCandidate = z.infer<typeof PhoneCandidateSchema>;

export const BehaviourEventSchema = z.object({
  kind: z.enum(BEHAVIOUR_KINDS),
  /** How many times it happened in this document. */
  count: z.number().check(z.int(), z.nonnegative(), z.maximum(1_000_000)),
  /** Whether the first occurrence followed a user gesture (a click or key press). */
  userActivated: z.boolean(),
  /** A short description for the evidence ("requestFullscreen on BODY"). */
  detail: z.string().check(z.maxLength(200)),
});
export type BehaviourEvent = z.infer<typeof BehaviourEventSchema>;

export const PageExtractSchema = z.object({
  title: z.string().check(z.maxLength(500)),
  lang: z.string().check(z.maxLength(35)),
  /** The first characters of the visible text (LIMITS.topChars). */
  top: z.string().check(z.maxLength(32_000)),
  textChars: z.number().check(z.int(), z.nonnegative()),
  /** Numbers in the visible text, with context. */
  phones: z.array(PhoneCandidateSchema).check(z.maxLength(50)),
  telLinks: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(50)),
  attrTexts: z.array(z.string().check(z.maxLength(400))).check(z.maxLength(40)),
  dialogTexts: z.array(z.string().check(z.maxLength(500))).check(z.maxLength(10)),
  behaviours: z.array(BehaviourEventSchema).check(z.maxLength(BEHAVIOUR_KINDS.length)),
});
export type PageExtract = z.infer<typeof PageExtractSchema>;

export const PageCandidatesSchema = z.object({
  title: z.string().check(z.maxLength(500)),
  /** The page's declared language (`<html lang>`), if any. */
  lang: z.string().check(z.maxLength(35)),
  phones: z.array(PhoneCandidateSchema).check(z.maxLength(50)),
  /** Pieces of visible text around pre-filter hits. */
  snippets: z.array(z.string().check(z.maxLength(400))).check(z.maxLength(80)),
  /** How much visible text the page has, in characters: scam lures are short. */
  textChars: z.number().check(z.int(), z.nonnegative()),
  behaviours: z.array(BehaviourEventSchema).check(z.maxLength(BEHAVIOUR_KINDS.length)),
});
export type PageCandidates = z.infer<typeof PageCandidatesSchema>;

export const VerdictLevelSchema = z.enum(['clean', 'suspicious', 'scam']);
export type VerdictLevel = z.infer<typeof VerdictLevelSchema>;

/**
 * One reason for a verdict. `id` is stable: the UI, reports and tests key on it. A negative
 * weight is counter-evidence (the page discusses scams, the host is the brand's own).
 */
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

/** The maintained blocklist as the detector asks it (the blocklist issue provides it). */
export interface BlocklistLookup {
  /** The listed entry that covers this address, with its evidence, if any. */
  address(url: string): { entry: string; evidence: string } | undefined;
  /** The listing of a number (E.164), if any. */
  number(e164: string): { evidence: string } | undefined;
  /**
   * The domain covering this address on a third-party list the person subscribed to, and the
   * name of that list. Those lists are not reviewed by Hang Up, so a hit weighs less.
   */
  thirdParty?(url: string): { entry: string; list: string } | undefined;
}

export interface DetectInput {
  candidates: PageCandidates;
  url: string;
  blocklist?: BlocklistLookup;
}
