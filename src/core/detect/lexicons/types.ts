/*
 * A lexicon: the words of fake alerts in one language, as data. One file per language in this
 * folder; `index.ts` lists them. Phrase ids are shared across languages (the same fright in
 * another language has the same id), so a signal reads `scare.<id>` whatever the language.
 */

export type ScareStrength = 'strong' | 'weak';

export interface ScarePhrase {
  /** Stable id, the same in every language: see SCARE_IDS. */
  id: ScareId;
  /**
   * strong: says the device is infected, locked or blocked, forbids restarting, or tells the
   * person to call support: the core of a fake alert. weak: also common on honest pages
   * (an error code, "security alert", "warning").
   */
  strength: ScareStrength;
  /** Case-insensitive, Unicode-aware ("iu"); no global flag. */
  pattern: RegExp;
}

export const SCARE_IDS = [
  'infection', // virus / trojan / malware / spyware detected or infected
  'device-locked', // your computer / PC / Mac / browser has been blocked, locked, disabled
  'do-not-restart', // do not restart / shut down / close this window / ignore
  'call-support', // call (Microsoft / Apple / Windows / a technician / support) now
  'data-at-risk', // your passwords / banking data / photos are at risk, being stolen
  'access-suspended', // access / account / license suspended or blocked
  'pirated-software', // pirated / illegal copy of Windows or macOS
  'hacking-attempt', // hacking attempt, unauthorized access, spyware sending data
  'billing-lure', // an unauthorized purchase, a renewal charged: "call to cancel" (refund and renewal lures)
  'error-code', // fake error codes: 0x268d3, #DW6VB36, error 0x80070...
  'security-alert', // "security alert", "firewall warning", "Windows Defender alert"
] as const;
export type ScareId = (typeof SCARE_IDS)[number];

export interface Lexicon {
  /** BCP 47 primary language tag: en, de, fr, es, it, pt, nl, pl, ja, sv, da, nb, fi. */
  lang: string;
  scare: readonly ScarePhrase[];
  /** Words right next to a number that ask the person to call it ("call", "toll free", "helpline"). */
  callToAction: RegExp;
  /**
   * Words of pages that talk *about* scams rather than run one: "scam", "fraud", "fake",
   * "is this legit", "beware", "never call". Counter-evidence for news, blogs, forums and advice.
   */
  discussion: RegExp;
  /**
   * Words that put a fright in a hypothetical, a report or a quotation ("if", "says", "claims",
   * "such as"): help pages, news and forums talk about scare text that way, a fake alert states it
   * plainly. Tested on the start of the sentence before a fright, so only function words and verbs
   * of saying belong here, never words a lure itself opens with. Compiled with `phrase()`.
   */
  framing: RegExp;
  /**
   * Stems only a page about scams uses ("scam", "arnaque", "huijaus"): one such word in a line that
   * talks about scams is enough to take the page for a discussion. Stems, not words, because
   * compounds carry them ("Telefonbetrüger", "puhelinhuijaus"); never "fraud" or its kin, which
   * lures use themselves ("fraud department"). Compiled with `phrase()`.
   */
  scamWords: RegExp;
  /**
   * Endings this language puts on a brand name, so that the inflected name still names the brand:
   * the genitive "Microsofts", the Finnish cases "Microsoftin tukeen", "Windowsille". Empty where
   * names are written as they are. Per language rather than one list for all, because the endings
   * of one language make words of another: Finnish "-a" would read the "Maca" powder of a German
   * health shop as "Mac".
   */
  nameEndings: readonly string[];
}
