import { TRIGGER_RE } from './lexicons/triggers';
import type { BehaviourEvent, PageCandidates, PhoneCandidate } from './types';

/*
 * The content script's cheap pre-filter. It runs on every page, so it stays small and linear: a
 * few regular expressions over text the page shows. It keeps only what the scorer could use
 * (numbers with their context, text around trigger words) and drops everything else, so nearly
 * nothing of a page is ever handed to the background.
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
  /** How much of a page's text, from the top, is searched for trigger words. */
  triggerScanChars: 8000,
} as const;

/* Characters pages use to break up numbers and words so that simple filters miss them. */
// eslint-disable-next-line no-misleading-character-class -- the class lists invisible characters on purpose
const INVISIBLE_RE = /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u206a-\u206f\ufeff]/g;
const SPACES_RE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\r\f\v]/g;
const FULLWIDTH_RE = /[\uff01-\uff5e]/g;
// eslint-disable-next-line no-misleading-character-class -- the class lists invisible characters on purpose
const NEEDS_NORMALISING_RE = /[\u00a0\u00ad\u034f\u061c\u115f\u1160\u1680\u17b4\u17b5\u180e\u2000-\u200f\u202a-\u202f\u205f-\u2064\u206a-\u206f\u3000\ufeff\uff01-\uff5e\t\r\f\v]/;

/**
 * Text as a person reads it: invisible characters removed, every kind of space a plain space,
 * full-width forms (＋１ ８８８) as ASCII. Cheap when there is nothing to do.
 */
export function normaliseText(text: string): string {
  if (!NEEDS_NORMALISING_RE.test(text)) return text;
  return text
    .replace(INVISIBLE_RE, '')
    .replace(SPACES_RE, ' ')
    .replace(FULLWIDTH_RE, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

function digitCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

function clip(text: string, max: number): string {
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

/** Whether a piece of text could matter at all: a trigger word or a digit run. */
export function mayMatter(text: string): boolean {
  return TRIGGER_RE.test(text) || /\d[\d \-.()]{5,}\d/.test(text);
}

export interface PageText {
  title: string;
  lang: string;
  /** Visible text (or the parts of it around pre-filter hits), lines separated by "\n". */
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

const TRIGGER_ALL_RE = new RegExp(TRIGGER_RE.source, `${TRIGGER_RE.flags.replace('g', '')}g`);

export function prefilter(page: PageText): PageCandidates {
  const phones: PhoneCandidate[] = [];
  const seen = new Set<string>();
  const addPhone = (candidate: PhoneCandidate) => {
    const key = `${candidate.source}:${candidate.text}`;
    if (phones.length >= LIMITS.phones || seen.has(key)) return;
    seen.add(key);
    phones.push(candidate);
  };
  const snippets: string[] = [];
  const addSnippet = (snippet: string) => {
    if (snippets.length < LIMITS.snippets && !snippets.includes(snippet)) snippets.push(snippet);
  };

  const scanText = (raw: string, source: PhoneCandidate['source']) => {
    // One pass of each expression over the whole text: per-line work costs more than the matching.
    const text = normaliseText(raw).replace(/[ \t]{2,}/g, ' ');
    // A number's context runs across line breaks: "Call Microsoft Support:" is often the block
    // above the number.
    for (const m of findPhoneNumbers(text)) {
      const from = Math.max(0, m.index - LIMITS.contextChars);
      const context = text.slice(from, m.index + m.text.length + LIMITS.contextChars).replace(/\s*\n\s*/g, ' | ');
      addPhone({ text: clip(m.text, 64), source, context: clip(context.trim(), LIMITS.snippetChars) });
    }
    // One window of text around each trigger word, within its line, windows not overlapping. Only
    // the top of a long page is searched: a lure puts its alert first, and the words around every
    // number further down already travel with the number.
    let windowEnd = -1;
    for (const trigger of text.slice(0, LIMITS.triggerScanChars).matchAll(TRIGGER_ALL_RE)) {
      if (trigger.index < windowEnd) continue;
      const lineStart = text.lastIndexOf('\n', trigger.index) + 1;
      const lineEndAt = text.indexOf('\n', trigger.index);
      const lineEnd = lineEndAt === -1 ? text.length : lineEndAt;
      const from = Math.max(lineStart, trigger.index - LIMITS.contextChars);
      windowEnd = Math.min(lineEnd, from + LIMITS.snippetChars);
      const snippet = text.slice(from, windowEnd).trim();
      if (snippet) addSnippet(snippet);
      if (snippets.length >= LIMITS.snippets) return;
    }
  };

  // Text first: the scorer keeps the first form of each number, and that should be the one a
  // person reads on the page.
  scanText(page.text, 'text');
  for (const dialog of page.dialogTexts) scanText(dialog, 'dialog');
  for (const attr of page.attrTexts) scanText(attr, 'attr');
  const title = clip(normaliseText(page.title).trim(), LIMITS.titleChars);
  for (const m of findPhoneNumbers(title)) addPhone({ text: clip(m.text, 64), source: 'title', context: clip(title, LIMITS.snippetChars) });
  for (const href of page.telLinks) {
    const number = decodeTel(href);
    if (number) addPhone({ text: clip(number, 64), source: 'tel', context: '' });
  }
  return {
    title,
    lang: clip(page.lang.trim(), 35),
    phones,
    snippets,
    textChars: page.textChars,
    behaviours: [...page.behaviours],
  };
}

function decodeTel(href: string): string | null {
  const body = href.replace(/^tel:/i, '');
  let decoded: string;
  try {
    decoded = decodeURIComponent(body);
  } catch {
    decoded = body;
  }
  const number = normaliseText(decoded).split(/[;,?]/)[0]?.trim() ?? '';
  const digits = digitCount(number);
  return digits >= 7 && digits <= 15 ? number : null;
}
