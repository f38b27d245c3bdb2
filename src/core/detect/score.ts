import { type Brand, BRANDS, brandsOwning } from '../support/brands';
import { behaviourSignals } from './behaviour';
import { hostSignals } from './hosts';
import { lexiconsFor } from './lexicons';
import { linesOf } from './extract';
import { escapeRegExp } from './lexicons/pattern';
import type { Lexicon, ScareId } from './lexicons/types';
import { candidateCountries, type NumberKind, parseNumber } from './numbers';
import { findSupportLine } from './support-line';
import type { DetectInput, PageCandidates, Signal, Verdict, VerdictLevel } from './types';

/*
 * The scorer. A tech-support-scam page combines a few ingredients: it pretends to be a brand it
 * is not hosted by, it frightens (infected, locked, do not restart), it shows a number to call,
 * and it often locks the browser. No single ingredient is enough: honest pages show numbers, name
 * brands and even quote scare text. Every ingredient is a signal with a weight and evidence;
 * counter-evidence (the brand's own site, a page that discusses scams, a long article) is a
 * signal too, with a negative weight, so the score is always the sum of the reasons shown.
 */

export const WEIGHTS = {
  numberShown: 5,
  numberUnverified: 2,
  numberFreephone: 10,
  numberPremium: 10,
  numberCallToAction: 15,
  numberListed: 60,
  addressListed: 100,
  /** A list the person subscribed to: alone it makes a page suspicious, with scam text a scam. */
  thirdPartyListed: 50,
  brandImpersonation: 25,
  brandInTitle: 10,
  /** A site calling itself a brand's support line, with a free-phone number (support-line.ts). */
  supportLine: 15,
  scareStrong: 15,
  scareWeak: 5,
} as const;

export const THRESHOLDS = { suspicious: 45, scam: 65 } as const;

const MAX_STRONG_SCARE = 4;
const MAX_WEAK_SCARE = 2;
/** Visible text beyond this is an article or a shop, not a lure; lures are short. */
const LONG_PAGE_CHARS = 20_000;
/** Share of content weight kept when the page discusses scams or is a brand's own site. */
const DAMPING = { discussion: 0.25, ownSite: 0.2, longPage: 0.5 } as const;

interface ScareFinding {
  id: ScareId;
  strong: boolean;
  evidence: string;
  text: string;
}

/**
 * The endings the page's languages put on brand names ("Microsofts", "Microsoftin tukeen"), as an
 * optional group, or '' when none of them inflects names. An ending may follow a colon or an
 * apostrophe ("IBM:s", "PC:n").
 */
function nameEndingsOf(lexicons: readonly Lexicon[]): string {
  // Sorted, so that the same languages in any order share one set of compiled patterns.
  const endings = [...new Set(lexicons.flatMap((lexicon) => lexicon.nameEndings))].sort();
  return endings.length > 0 ? `(?:[:'’]?(?:${endings.map(escapeRegExp).join('|')}))?` : '';
}

/** Whether a text names a brand name: the name as a whole word (or words), in any script. */
type NameTest = (name: string, text: string) => boolean;

/**
 * Kana and kanji, and the long-vowel mark: Japanese is written without spaces, so a name written
 * in it counts wherever it stands ("マイクロソフトサポート"), and a name in Latin letters right
 * against it ("Microsoftサポート") is still a word of its own. As ranges: with the "iu" flags a
 * script property costs V8 a case-folded Unicode table per pattern.
 */
const UNSPACED = String.raw`\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f`;
const UNSPACED_RE = new RegExp(`[${UNSPACED}]`, 'u');

/** Brand names that are also a verb (see Brand.verbNames), and what follows such a verb. */
const VERB_NAMES = new Set(BRANDS.flatMap((brand) => brand.verbNames ?? []));
const VERB_OBJECT = String.raw`(?!\s+(?:it|this|that|them|him|her|me|us|you|yourself|your|my|our|their|his|the)(?:$|[^\p{L}\p{N}]))`;

function namePattern(name: string, endings: string): RegExp {
  if (UNSPACED_RE.test(name)) return new RegExp(escapeRegExp(name).replace(/ /g, '[\\s・-]*'), 'iu');
  // Names of several words count written together too ("CapitalOne", "WindowsDefender").
  const verb = VERB_NAMES.has(name) ? VERB_OBJECT : '';
  return new RegExp(`(?:^|[^\\p{L}\\p{N}]|[${UNSPACED}])${escapeRegExp(name).replace(/ /g, '[\\s-]*')}${endings}${verb}(?:$|[^\\p{L}\\p{N}]|[${UNSPACED}])`, 'iu');
}

/** Compiled name patterns, by the endings they allow (one set per combination of languages). */
const wordPatterns = new Map<string, Map<string, RegExp>>();
/** The name test for pages whose languages put `endings` (from nameEndingsOf) on names. */
function nameTest(endings: string): NameTest {
  let patterns = wordPatterns.get(endings);
  if (!patterns) {
    patterns = new Map();
    wordPatterns.set(endings, patterns);
  }
  const compiled = patterns;
  return (name, text) => {
    let pattern = compiled.get(name);
    if (!pattern) {
      pattern = namePattern(name, endings);
      compiled.set(name, pattern);
    }
    // Turkish capitals write "İ" for "i", which case-insensitive matching does not fold:
    // "MİCROSOFT" names Microsoft.
    return pattern.test(text.includes('İ') ? text.replace(/İ/g, 'I') : text);
  };
}

/*
 * Scare text that a page quotes or puts in a hypothetical ("if a page says your computer is
 * locked, it is a scam") is talked about, not used: news, forums, advice and honest repair shops
 * do it. A fake alert states its fright plainly. The framing words are those of the languages the
 * page is read in: Italian "se" (if) is the "SE" of an English page's "iPhone SE".
 */
const OPEN_QUOTES = '“"«„‘\'「『';
const CLOSE_QUOTES = '”"»“’\'」』';
/**
 * How far back an opening quotation mark is looked for: a quoted alert runs over several sentences
 * ("…: “Your computer has been blocked. Do not restart. Call Microsoft Support”"), but a quotation
 * ends with its line, and a page's lines can be long.
 */
const QUOTE_WINDOW = 400;
const LETTER_RE = /\p{L}/u;

/** Whether `index` of `text` is inside a quotation that opened earlier on its line. */
function quoted(text: string, index: number): boolean {
  let line = text.slice(Math.max(0, index - QUOTE_WINDOW), index);
  // Snippets carry their lines joined with " | " (see compact in extract.ts).
  const joined = line.lastIndexOf(' | ');
  line = line.slice(Math.max(line.lastIndexOf('\n') + 1, joined < 0 ? 0 : joined + 3));
  let depth = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charAt(i);
    // An apostrophe between letters ("Don’t", "Microsoft's") is not a quotation mark.
    if ((c === "'" || c === '’') && LETTER_RE.test(line.charAt(i - 1)) && LETTER_RE.test(line.charAt(i + 1))) continue;
    if (OPEN_QUOTES.includes(c) && (depth === 0 || !CLOSE_QUOTES.includes(c))) depth++;
    else if (CLOSE_QUOTES.includes(c) && depth > 0) depth--;
  }
  return depth > 0;
}

/**
 * Typographic quotation marks inside a fright: it runs across the edge of a quotation (a bank's
 * "your PC's screen will never say 「your account has been locked」"), so part of it is quoted.
 * Straight quotes and apostrophes are left out: they also stand for inches and elisions.
 */
const QUOTE_EDGE_RE = /[“”«»„「」『』]/;

function framed(text: string, index: number, matched: string, lexicons: readonly Lexicon[]): boolean {
  if (QUOTE_EDGE_RE.test(matched)) return true;
  let prefix = text.slice(Math.max(0, index - 80), index);
  const sentenceStart = Math.max(prefix.lastIndexOf('. '), prefix.lastIndexOf('! '), prefix.lastIndexOf('? '), prefix.lastIndexOf('。'), prefix.lastIndexOf('\n'));
  if (sentenceStart >= 0) prefix = prefix.slice(sentenceStart + 1);
  if (lexicons.some((lexicon) => lexicon.framing.test(prefix))) return true;
  return quoted(text, index);
}

function findScare(texts: readonly string[], lexicons: readonly Lexicon[]): ScareFinding[] {
  const found = new Map<ScareId, ScareFinding>();
  for (const lexicon of lexicons) {
    for (const phrase of lexicon.scare) {
      if (found.get(phrase.id)?.strong) continue;
      for (const text of texts) {
        const match = phrase.pattern.exec(text);
        if (match && !framed(text, match.index, match[0], lexicons)) {
          found.set(phrase.id, { id: phrase.id, strong: phrase.strength === 'strong', evidence: match[0].trim().slice(0, 120), text });
          break;
        }
      }
    }
  }
  return [...found.values()];
}

/**
 * Fewer than 10 digits written without a single separator, "+" or bracket: a page or order id, a
 * count, a postcode run on into digits. Pages show a number they want called with its grouping,
 * or whole, with its area code ("8885550147", "18885550147": kits copy it from their address). A run
 * that short fits some numbering plan often enough ("7391846" is a landline in Germany, dialled
 * from within its area without its code), so it counts as a number to call only where it is a
 * free-phone or premium one (Danish and Norwegian numbers have 8 digits and no trunk "0"), or in
 * a tel: link.
 */
function isBareShortRun(text: string): boolean {
  return /^\d{1,9}$/.test(text.trim());
}

interface NumberFinding {
  shown: string;
  e164: string | undefined;
  kind: NumberKind | 'unverified';
  callToAction: boolean;
  listed: string | undefined;
}

function findNumbers(input: DetectInput, host: string, lexicons: readonly Lexicon[]): NumberFinding[] {
  const { candidates } = input;
  // A page that declares no language is read in the one its text is written in (lexiconsFor puts
  // English first for such a page, then the languages it found), so "8 800 …" on an undeclared
  // Russian page is still read as a Russian number.
  const lang = candidates.lang.trim() || (lexicons.find((lexicon) => lexicon.lang !== 'en')?.lang ?? '');
  const countries = candidateCountries(lang, host);
  const byKey = new Map<string, NumberFinding>();
  for (const phone of candidates.phones) {
    const parsed = parseNumber(phone.text, countries);
    if (phone.source !== 'tel' && isBareShortRun(phone.text) && (!parsed || parsed.kind === 'other')) continue;
    const key = parsed?.e164 ?? phone.text.replace(/\D/g, '');
    const finding = byKey.get(key) ?? {
      shown: phone.text,
      e164: parsed?.e164,
      kind: parsed?.kind ?? 'unverified',
      callToAction: false,
      listed: parsed ? input.blocklist?.number(parsed.e164)?.evidence : undefined,
    };
    finding.callToAction ||= phone.source === 'tel' || lexicons.some((lexicon) => lexicon.callToAction.test(phone.context));
    byKey.set(key, finding);
  }
  return [...byKey.values()];
}

function numberWeight(finding: NumberFinding): number {
  let weight = finding.kind === 'unverified' ? WEIGHTS.numberUnverified : WEIGHTS.numberShown;
  if (finding.kind === 'freephone') weight += WEIGHTS.numberFreephone;
  if (finding.kind === 'premium' || finding.kind === 'shared-cost') weight += WEIGHTS.numberPremium;
  if (finding.callToAction) weight += WEIGHTS.numberCallToAction;
  return weight;
}

/** Signals of the one number that matters most, and of every listed number. */
function numberSignals(findings: readonly NumberFinding[]): Signal[] {
  const signals: Signal[] = [];
  const ranked = [...findings].sort((a, b) => numberWeight(b) - numberWeight(a));
  const top = ranked[0];
  if (top) {
    signals.push({ id: 'number.shown', weight: top.kind === 'unverified' ? WEIGHTS.numberUnverified : WEIGHTS.numberShown, evidence: top.shown });
    if (top.kind === 'freephone') signals.push({ id: 'number.freephone', weight: WEIGHTS.numberFreephone, evidence: top.shown });
    if (top.kind === 'premium' || top.kind === 'shared-cost') signals.push({ id: `number.${top.kind}`, weight: WEIGHTS.numberPremium, evidence: top.shown });
    if (top.callToAction) signals.push({ id: 'number.call-to-action', weight: WEIGHTS.numberCallToAction, evidence: top.shown });
  }
  for (const finding of findings) {
    if (finding.listed) signals.push({ id: 'list.number', weight: WEIGHTS.numberListed, evidence: `${finding.shown} (${finding.listed})` });
  }
  return signals;
}

/**
 * The brand the page pretends to be, if it names one it is not hosted by. When it names several
 * (an Amazon lure about an iPhone order), the one in the address or the title, else the one named
 * most often, is the one being faked.
 */
function findImpersonation(
  texts: readonly string[],
  scaryTexts: readonly string[],
  title: string,
  owners: readonly Brand[],
  brandInHost: Brand | undefined,
  named: NameTest,
): { brand: Brand; name: string; inTitle: boolean } | undefined {
  let best: { brand: Brand; name: string; inTitle: boolean; rank: number } | undefined;
  for (const brand of BRANDS) {
    if (owners.includes(brand)) continue;
    // Naming a brand is not pretending to be it: news, shops and forums name Microsoft all day.
    // A name counts in the title, next to a number, or in the fright of a fake alert.
    const strong = brand.names.filter((name) => texts.some((text) => named(name, text)));
    const weak = brand.weakNames.filter((n) => scaryTexts.some((text) => named(n, text)));
    const name = strong[0] ?? weak[0];
    if (!name) continue;
    const inTitle = [...brand.names, ...brand.weakNames].some((n) => named(n, title));
    const mentions = texts.filter((text) => [...strong, ...weak].some((n) => named(n, text))).length;
    const rank = (brand === brandInHost ? 1000 : 0) + (inTitle ? 100 : 0) + mentions;
    if (!best || rank > best.rank) best = { brand, name, inTitle, rank };
  }
  return best && { brand: best.brand, name: best.name, inTitle: best.inTitle };
}

function namesAnyBrand(text: string, named: NameTest): boolean {
  return BRANDS.some((brand) => [...brand.names, ...brand.weakNames].some((name) => named(name, text)));
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

/*
 * Letters swapped for look-alikes inside words, as kits write them to slip past word filters: a
 * capital I or a digit one for an l ("unIock your account"), a zero for an o ("Micr0soft"), and
 * Cyrillic letters that look Latin inside a Latin word ("Аpple" with a Cyrillic А). Undone only
 * inside a word, between two lower-case letters or in a word mixing both scripts: no word of any
 * language is written so.
 */
const LOOKALIKE_RE = /(?<=\p{Ll})[I10](?=\p{Ll})/gu;
const LOOKALIKE_FOR: Record<string, string> = { I: 'l', 1: 'l', 0: 'o' };
/** A word, and the two scripts a mixed one has. Tested word by word: one pattern for "a word with both" backtracks without end on a long run of letters. */
const WORD_RE = /[\p{L}\p{M}]+/gu;
const LATIN_LETTER_RE = /\p{Script=Latin}/u;
const CYRILLIC_LETTER_RE = /\p{Script=Cyrillic}/u;
const LATIN_LOOKALIKE: Record<string, string> = {
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ӏ: 'l', һ: 'h', ԛ: 'q', ԝ: 'w',
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', У: 'Y', Х: 'X', І: 'I', Ј: 'J', Ѕ: 'S',
};
/** Any Cyrillic letter next to a Latin one; cheap to test before MIXED_WORD_RE. */
const MIXED_HINT_RE = /[a-z][\u0400-\u04ff]|[\u0400-\u04ff][a-z]/i;

/** Text as its words read, look-alike letters undone (see above). Cheap when there are none. */
export function undoLookalikes(text: string): string {
  let read = text;
  if (/[I10]/.test(read)) read = read.replace(LOOKALIKE_RE, (c) => LOOKALIKE_FOR[c] ?? c);
  if (MIXED_HINT_RE.test(read)) {
    read = read.replace(WORD_RE, (word) => (LATIN_LETTER_RE.test(word) && CYRILLIC_LETTER_RE.test(word) ? Array.from(word, (c) => LATIN_LOOKALIKE[c] ?? c).join('') : word));
  }
  return read;
}

/** The page's words as a person reads them: look-alike letters undone in all that is read for words. */
function readable(candidates: PageCandidates): PageCandidates {
  return {
    ...candidates,
    title: undoLookalikes(candidates.title),
    snippets: candidates.snippets.map(undoLookalikes),
    phones: candidates.phones.map((phone) => ({ ...phone, context: undoLookalikes(phone.context) })),
  };
}

function uniqueTexts(candidates: PageCandidates): string[] {
  return [...new Set([candidates.title, ...candidates.snippets, ...candidates.phones.map((p) => p.context)].filter(Boolean))];
}

/** Chinese and Japanese write a sentence without spaces between its words. */
const CJK_RE = /[\u3040-\u30ff\u3400-\u9fff]/;

/**
 * The lines of a page that talk about scams: its title, a question, or a sentence. A link's few
 * words do not ("Report a support scam" comes with the footer that fake alerts copy from
 * Microsoft's own support site), or a kit could take its own verdict back with them.
 */
function discussionLines(texts: readonly string[], title: string, lexicons: readonly Lexicon[]): string[] {
  const lines = new Set<string>();
  for (const text of texts) {
    // Most texts say nothing of scams: one test each, and only those that do are read line by line.
    if (!lexicons.some((lexicon) => lexicon.discussion.test(text))) continue;
    for (const raw of linesOf(text)) {
      const line = raw.trim();
      if (!line || lines.has(line) || !lexicons.some((lexicon) => lexicon.discussion.test(line))) continue;
      const sentence = line.split(/\s+/).length >= 5 || (CJK_RE.test(line) && line.length >= 8);
      if (line === title.trim() || /[?？]/.test(line) || sentence) lines.add(line);
    }
  }
  return [...lines];
}

/** Numbers a page asks to be called whatever it says beside them: free-phone and premium lines. */
const NATIONAL_KINDS: ReadonlySet<NumberFinding['kind']> = new Set(['freephone', 'premium', 'shared-cost']);

function sum(signals: readonly Signal[]): number {
  return signals.reduce((total, signal) => total + signal.weight, 0);
}

export function detect(given: DetectInput): Verdict {
  const input = { ...given, candidates: readable(given.candidates) };
  const { candidates, url } = input;
  const host = hostOf(url);
  const owners = brandsOwning(host);
  const texts = uniqueTexts(candidates);
  const lexicons = lexiconsFor(candidates.lang, texts);
  const named = nameTest(nameEndingsOf(lexicons));

  const listedAddress = input.blocklist?.address(url);
  // Our own list says more than any other: a host on both counts once, as ours.
  const thirdParty = listedAddress ? undefined : input.blocklist?.thirdParty?.(url);
  const hostFacts = hostSignals(url, owners);
  const behaviour = behaviourSignals(candidates.behaviours);
  const found = findScare(texts, lexicons);
  // A call to Microsoft's or Apple's support with nothing alarming anywhere else (no other fright,
  // no locker behaviour, nothing telling in the address) is what a how-to article or a help desk
  // writes beside the brand's own number. A fake alert frightens before it asks for the call.
  const quiet = behaviour.signals.length === 0 && hostFacts.signals.length === 0;
  const callAlone = found.length === 1 && found[0]?.id === 'call-support' && quiet;
  const scare = found.map((finding) =>
    // Calling "technical support" is what every ISP and shop asks; calling Microsoft or Apple
    // about a warning is what a fake alert asks.
    finding.id === 'call-support' && (callAlone || !namesAnyBrand(finding.evidence, named)) ? { ...finding, strong: false } : finding,
  );
  const strong = scare.filter((s) => s.strong);
  const weak = scare.filter((s) => !s.strong);
  const scaryTexts = strong.map((s) => s.text);
  const numbers = findNumbers(input, host, lexicons);
  const lureTexts = [candidates.title, ...scaryTexts, ...candidates.phones.map((p) => p.context)];
  // Everyday brand words ("Windows", "Defender", "Apple") count where the page frightens, and in
  // its title and next to its number once it frightens anywhere.
  const weakNameTexts = strong.length > 0 ? lureTexts : scaryTexts;
  // A support line is a national one: the fake lines give free-phone numbers, the repair shops
  // that write "Mac Support" in their titles give their own local ones.
  const freeLine = numbers.some((n) => NATIONAL_KINDS.has(n.kind));
  const supportLine = freeLine
    ? findSupportLine({ title: candidates.title, lines: candidates.phones.flatMap((phone) => linesOf(phone.context)), texts, host, hostOwned: owners.length > 0 })
    : undefined;
  const impersonation =
    findImpersonation(lureTexts, weakNameTexts, candidates.title, owners, hostFacts.brandInHost, named) ??
    (supportLine && { brand: supportLine.brand, name: supportLine.claim, inTitle: supportLine.inTitle });
  // The claim to be a brand's support line weighs as a fake alert's fright does.
  const strongCount = strong.length + (supportLine ? 1 : 0);

  const contentSignals: Signal[] = [];
  if (impersonation) {
    const evidence = `${impersonation.brand.id}:${impersonation.name}`;
    contentSignals.push({ id: 'brand.impersonation', weight: WEIGHTS.brandImpersonation, evidence });
    if (impersonation.inTitle) contentSignals.push({ id: 'brand.in-title', weight: WEIGHTS.brandInTitle, evidence: candidates.title.slice(0, 120) });
  }
  if (supportLine) contentSignals.push({ id: 'brand.support-line', weight: WEIGHTS.supportLine, evidence: supportLine.claim });
  for (const s of strong.slice(0, MAX_STRONG_SCARE)) contentSignals.push({ id: `scare.${s.id}`, weight: WEIGHTS.scareStrong, evidence: s.evidence });
  for (const s of weak.slice(0, MAX_WEAK_SCARE)) contentSignals.push({ id: `scare.${s.id}`, weight: WEIGHTS.scareWeak, evidence: s.evidence });

  // Counter-evidence: take back part of the content weight, as a visible reason.
  const counter: Signal[] = [];
  let kept = 1;
  const discussion = discussionLines(texts, candidates.title, lexicons);
  if (owners.length > 0) {
    kept *= DAMPING.ownSite;
    counter.push({ id: 'context.brand-own-site', weight: 0, evidence: `${owners[0]?.id}:${host}` });
  }
  // Lures say "fraud department", never "scam": one line that talks about scams in those words is enough.
  const scamWords = (text: string) => lexicons.some((lexicon) => lexicon.scamWords.test(text));
  if (discussion.length >= 2 || discussion.some((text) => text === candidates.title.trim() || scamWords(text))) {
    kept *= DAMPING.discussion;
    counter.push({ id: 'context.discussion', weight: 0, evidence: (discussion[0] ?? '').slice(0, 120) });
  }
  if (candidates.textChars > LONG_PAGE_CHARS) {
    kept *= DAMPING.longPage;
    counter.push({ id: 'context.long-page', weight: 0, evidence: `${candidates.textChars} characters` });
  }
  const numberSignalList = numberSignals(numbers);
  // Counter-evidence takes back weight from what the page says (brand, fright, numbers), never
  // from the list, the address or the behaviour.
  const contentWeight = sum(contentSignals) + sum(numberSignalList.filter((signal) => signal.id.startsWith('number.')));
  const takenBack = Math.round(contentWeight * (1 - kept));
  if (counter.length > 0 && counter[0]) counter[0].weight = -takenBack;

  const signals: Signal[] = [
    ...(listedAddress ? [{ id: 'list.address', weight: WEIGHTS.addressListed, evidence: `${listedAddress.entry} (${listedAddress.evidence})` }] : []),
    ...(thirdParty ? [{ id: 'list.third-party', weight: WEIGHTS.thirdPartyListed, evidence: `${thirdParty.entry} (${thirdParty.list})` }] : []),
    ...contentSignals,
    ...numberSignalList,
    ...hostFacts.signals,
    ...behaviour.signals,
    ...counter,
  ];
  const score = sum(signals);

  const callable = freeLine || numbers.some((n) => n.callToAction);
  const listedNumber = numbers.some((n) => n.listed);
  const lure = impersonation !== undefined || hostFacts.brandInHost !== undefined;
  const damped = kept < 1;
  // A call to support that is not a fake alert's (no brand named, or nothing else alarming) does
  // not alarm either.
  const alarmed = scare.some((finding) => finding.strong || finding.id !== 'call-support') || supportLine !== undefined || !quiet || listedNumber;

  let level: VerdictLevel = 'clean';
  if (listedAddress) level = 'scam';
  else if (listedNumber && (strong.length > 0 || lure) && !damped) level = 'scam';
  // The fake alert: a number to call, fright, and a brand it pretends to be (or heavy fright).
  else if (callable && strongCount > 0 && (lure || strongCount >= 2) && score >= THRESHOLDS.scam) level = 'scam';
  // The browser locker: it traps the person and shows scam content of any kind.
  else if (behaviour.locker && (callable || lure || strongCount > 0) && score >= THRESHOLDS.scam) level = 'scam';
  // The image-only kit: nothing to read, but the browser is locked from every side.
  else if (behaviour.trap && !damped) level = 'scam';
  // A subscribed list is nobody's review: its hit needs the page's own scam text to block it.
  else if (thirdParty && (lure || strongCount > 0) && score >= THRESHOLDS.scam) level = 'scam';
  // A brand named beside a number, with nothing that alarms (no fright of any strength, no
  // behaviour, nothing telling in the address), is what news stories, how-tos and help desks print
  // about a company's own line: not worth a warning.
  else if (score >= THRESHOLDS.suspicious && ((lure && alarmed) || strongCount > 0 || behaviour.locker || thirdParty !== undefined)) level = 'suspicious';

  return { level, score, signals };
}

/**
 * Whether reading a page's labels (`alt`, `aria-label`) and `tel:` links could change its verdict.
 * They add numbers and the words around them, and numbers count towards a verdict only on a page
 * that also shows something else a scam shows: a brand it does not belong to, fright, a telling
 * address, locker behaviour, a list entry. A page whose text shows none of that (most pages) is
 * not asked for them: the content script reads them only on request (see readPage in scan.ts),
 * as finding them costs more than the rest of a scan. Every signal that is not a number or
 * counter-evidence counts, so a new kind of signal asks for them too.
 */
export function labelsMayMatter(verdict: Verdict): boolean {
  return verdict.level !== 'clean' || verdict.signals.some((signal) => !signal.id.startsWith('number.') && !signal.id.startsWith('context.'));
}
