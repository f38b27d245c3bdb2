import type { BehaviourEvent, PageExtract, PhoneCandidate } from './types';

/*
 * The content script's part of reading a page: it runs on every page, in the page's renderer, so
 * it does as little as it can. It sends the top of the text as it is (LIMITS.topChars, all of the
 * text on nine pages in ten), and finds the numbers only in the rest of a longer text (with the
 * words around each); the numbers of the top, the search for trigger words, and everything else
 * happen in the background (see prefilter.ts), where the expressions are compiled once per worker
 * rather than once per page. No lexicon ships in this code.
 */

/** A run of digits with the separators pages put between them, optionally after "+" or "(". */
const PHONE_RE = /(?:\+\s?|\()?\b\d[\d \u00a0\u2009\u202f\-.()]{5,22}\d\b/g;
/** Dates look like numbers: 2024-05-12, 12.05.2024, 12-05-24. */
const DATE_RE = /^(?:\d{4}[-.]\d{1,2}[-.]\d{1,2}|\d{1,2}[-.]\d{1,2}[-.]\d{2,4})$/;
const SEPARATORS_RE = /[ \u00a0\u2009\u202f\-.()]+/;

export const LIMITS = {
  phones: 50,
  snippets: 80,
  snippetChars: 400,
  /** Characters kept on each side of a number or a trigger word. */
  contextChars: 160,
  titleChars: 500,
  /**
   * How much of a page's text, from the top, is sent as it is: the background finds its numbers.
   * Finding them in the content script costs more than sending them (compiling the expressions in
   * each page's fresh world, then running them), and a page's text is seldom longer than this
   * (nine benign pages in ten of dev-real show less).
   */
  topChars: 32_000,
  /** How much of the top is searched for trigger words: a lure puts its alert first. */
  triggerScanChars: 8000,
  /** Labels (alt, aria-label) and dialog texts sent per scan, and a dialog text's length. */
  attrTexts: 40,
  dialogTexts: 10,
  dialogChars: 500,
} as const;

/* Characters pages use to break up numbers and words so that simple filters miss them. */
// eslint-disable-next-line no-misleading-character-class -- the class lists invisible characters on purpose
const INVISIBLE_RE = /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u206a-\u206f\ufeff]/g;
const SPACES_RE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\r\f\v]/g;
const FULLWIDTH_RE = /[\uff01-\uff5e]/g;
// eslint-disable-next-line no-misleading-character-class -- the class lists invisible characters on purpose
const NEEDS_NORMALISING_RE = /[\u00a0\u00ad\u034f\u061c\u115f\u1160\u1680\u17b4\u17b5\u180e\u2000-\u200f\u202a-\u202f\u205f-\u2064\u206a-\u206f\u3000\ufeff\uff01-\uff5e\t\r\f\v]/;

/**
 * Characters that hide a number from PHONE_RE: invisible ones, spaces it does not take as a
 * separator, full-width forms. The no-break and thin spaces common in page text are not among
 * them (PHONE_RE reads them), so most pages skip normalising in the content script; the
 * background normalises what it receives anyway.
 */
// eslint-disable-next-line no-misleading-character-class -- the class lists invisible characters on purpose
const HIDES_NUMBERS_RE = /[\u00ad\u034f\u061c\u115f\u1160\u1680\u17b4\u17b5\u180e\u2000-\u2008\u200a-\u200f\u202a-\u202e\u205f-\u2064\u206a-\u206f\u3000\ufeff\uff01-\uff5e]/;

/**
 * A right-to-left override (U+202E) shows what follows it, up to its pop (U+202C), another
 * embedding or the end of the line, in reverse order: "\u202E0010-555-008-1" reads 1-800-555-0100
 * on screen, and a filter reading the characters in order sees no number. Brackets in such a run
 * are drawn mirrored.
 */
const RTL_OVERRIDE_RE = /\u202e([^\u202a-\u202e\u2066-\u2069\n]*)\u202c?/g;
const MIRRORED: Record<string, string> = { '(': ')', ')': '(', '[': ']', ']': '[', '{': '}', '}': '{', '<': '>', '>': '<' };
/** A run of text in the order a right-to-left override shows it. */
export const shownRightToLeft = (run: string) => Array.from(run, (c) => MIRRORED[c] ?? c).reverse().join('');

/**
 * Text as a person reads it: runs under a right-to-left override in the order shown, invisible
 * characters removed, every kind of space a plain space, full-width forms (＋１ ８８８) as ASCII.
 * Cheap when there is nothing to do.
 */
export function normaliseText(text: string): string {
  if (!NEEDS_NORMALISING_RE.test(text)) return text;
  return text
    .replace(RTL_OVERRIDE_RE, (_, run: string) => shownRightToLeft(run))
    .replace(INVISIBLE_RE, '')
    .replace(SPACES_RE, ' ')
    .replace(FULLWIDTH_RE, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

export function digitCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

export function clip(text: string, max: number): string {
  return text.length > max ? text.slice(0, max) : text;
}

/**
 * A match can run on into digits that follow the number ("1-800-555-0199 24/7"): drop a last
 * group of one or two digits that follows a group of three or more. Numbers written in pairs
 * ("01 23 45 67 89") keep theirs.
 */
function trimTrailingGroup(raw: string): string {
  const groups = raw.split(SEPARATORS_RE).filter(Boolean);
  const last = groups.at(-1) ?? '';
  const previous = groups.at(-2) ?? '';
  if (groups.length >= 3 && last.length <= 2 && previous.length >= 3) {
    return raw.slice(0, raw.lastIndexOf(last)).replace(/[ \-.(]+$/, '');
  }
  return raw;
}

/** Numbers in `text` that have the length of a phone number (7–15 digits, E.164's limit). */
export function findPhoneNumbers(text: string): Array<{ text: string; index: number }> {
  const found: Array<{ text: string; index: number }> = [];
  for (const match of text.matchAll(PHONE_RE)) {
    const raw = trimTrailingGroup(match[0].trim());
    if (DATE_RE.test(raw)) continue;
    const digits = digitCount(raw);
    if (digits >= 7 && digits <= 15) found.push({ text: raw, index: (match.index ?? 0) + match[0].indexOf(raw) });
  }
  return found;
}

/** The longest number kept (its text is clipped to this). */
const MAX_NUMBER_CHARS = 64;

/**
 * Where the content script's search for numbers starts. The numbers that start before this are
 * found in the top of the text, which the background receives anyway (see completeCandidates in
 * prefilter.ts): a number that starts here ends, with the words after it, within the top. Most
 * pages show less text than this in all, and then the content script searches for no number at
 * all: that search, the first on a page, cost more than any other part of extracting (compiling
 * its expressions in a fresh world).
 */
export const NUMBERS_FROM = LIMITS.topChars - LIMITS.contextChars - MAX_NUMBER_CHARS;

/**
 * The numbers of `text` that start at `from` or later, at most LIMITS.phones, each once, with the
 * words around it (see `compact`). `text` must be normalised (see normaliseText).
 */
export function numbersWithContext(text: string, source: PhoneCandidate['source'], from = 0, before = Number.POSITIVE_INFINITY): PhoneCandidate[] {
  const phones: PhoneCandidate[] = [];
  const seen = new Set<string>();
  for (const m of findPhoneNumbers(text)) {
    if (m.index < from) continue;
    if (m.index >= before || phones.length >= LIMITS.phones) break;
    const number = clip(m.text, MAX_NUMBER_CHARS);
    if (seen.has(number)) continue;
    seen.add(number);
    // A number's context runs across line breaks: "Call Microsoft Support:" is often the block
    // above the number.
    const start = Math.max(0, m.index - LIMITS.contextChars);
    phones.push({ text: number, source, context: compact(text.slice(start, m.index + m.text.length + LIMITS.contextChars), LIMITS.snippetChars) });
  }
  return phones;
}

/**
 * The numbers of the text from NUMBERS_FROM on. The search starts earlier by the context a
 * number takes along: a match there may be the tail of a number cut in two, and is left out; the
 * number it belongs to starts before NUMBERS_FROM, in the top.
 */
function numbersOfRest(text: string): PhoneCandidate[] {
  if (text.length <= NUMBERS_FROM) return [];
  const leadIn = text.slice(NUMBERS_FROM - LIMITS.contextChars - MAX_NUMBER_CHARS, NUMBERS_FROM);
  const rest = text.slice(NUMBERS_FROM);
  // Normalising a long text costs more than the rest of the extraction; only text that hides
  // numbers needs it here. Each part on its own, so that where the rest starts stays known.
  const hides = HIDES_NUMBERS_RE.test(leadIn) || HIDES_NUMBERS_RE.test(rest);
  const lead = hides ? normaliseText(leadIn) : leadIn;
  return numbersWithContext(lead + (hides ? normaliseText(rest) : rest), 'text', lead.length);
}

export interface PageText {
  title: string;
  lang: string;
  /** Visible text, lines separated by "\n". */
  text: string;
  /** How much visible text the page has in all. */
  textChars: number;
  /** Targets of tel: links. */
  telLinks: readonly string[];
  /** alt and aria-label texts: scam kits put the number in an image and its label. */
  attrTexts: readonly string[];
  /** Texts of alert/confirm/prompt dialogs the page opened. */
  dialogTexts: readonly string[];
  behaviours: readonly BehaviourEvent[];
}

/** A digit run long enough to be part of a phone number. */
export const DIGIT_RUN_RE = /\d[\d \-.()]{5,}\d/;

const MANY_SPACES_RE = /[ \t]{2,}/g;

/** A piece of page text as it travels: runs of spaces as one, lines joined with " | ". */
export function compact(text: string, max: number): string {
  return clip(text.replace(/\s*\n\s*/g, ' | ').replace(MANY_SPACES_RE, ' ').trim(), max);
}

/** The lines of a piece of page text, compacted (see `compact`) or not. */
export function linesOf(text: string): string[] {
  return text.split(/\n| \| /);
}

/**
 * What the content script sends: the top of the text as it is, the numbers of the rest with their
 * context; the title, tel: links, labels and dialog texts as they are (they are short and bounded).
 */
export function extractPage(page: PageText): PageExtract {
  return {
    title: clip(page.title, LIMITS.titleChars),
    lang: clip(page.lang.trim(), 35),
    top: clip(page.text, LIMITS.topChars),
    textChars: page.textChars,
    phones: numbersOfRest(page.text),
    telLinks: page.telLinks.slice(0, LIMITS.phones).map((href) => clip(href, 200)),
    attrTexts: page.attrTexts.slice(0, LIMITS.attrTexts).map((t) => clip(t, LIMITS.snippetChars)),
    dialogTexts: page.dialogTexts.slice(0, LIMITS.dialogTexts).map((t) => clip(t, LIMITS.dialogChars)),
    behaviours: [...page.behaviours],
  };
}
