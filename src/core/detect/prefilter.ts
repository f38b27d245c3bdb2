import type { PageCandidates, PhoneCandidate } from './types';

/*
 * The content script's cheap pre-filter. It runs on every page, so it stays small and linear:
 * a few regular expressions over text the page already laid out. It keeps only what the scorer
 * could use (numbers with their context, lines with trigger words) and drops everything else,
 * so nearly nothing of a page is ever handed to the background.
 */

/** A run of digits with the separators pages put between them, optionally after "+" or "(". */
const PHONE_RE = /(?:\+\s?|\()?\b\d[\d\u00a0\u2009\u202f \-.()]{5,22}\d\b/g;
/** Dates look like numbers: 2024-05-12, 12.05.2024, 12-05-24. */
const DATE_RE = /^(?:\d{4}[-.]\d{1,2}[-.]\d{1,2}|\d{1,2}[-.]\d{1,2}[-.]\d{2,4})$/;
const SEPARATORS_RE = /[\u00a0\u2009\u202f \-.()]+/;
const TRIGGER_RE =
  /virus|trojan|malware|spyware|infect|hack|blocked|locked|suspended|restart|shut ?down|error|warning|alert|0x[0-9a-f]{3}|microsoft|windows|defender|apple|icloud|mac ?os|support|helpline|toll[- ]?free|call/i;

export const LIMITS = {
  phones: 50,
  snippets: 80,
  snippetChars: 400,
  contextChars: 160,
  titleChars: 500,
} as const;

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
    return raw.slice(0, raw.lastIndexOf(last)).replace(/[\s\u00a0\u2009\u202f\-.(]+$/, '');
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

export interface PageText {
  title: string;
  /** Visible text of the page, lines separated by "\n". */
  text: string;
  /** Targets of tel: links. */
  telLinks: readonly string[];
}

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
  for (const rawLine of page.text.split('\n')) {
    const line = rawLine.replace(/\s+/g, ' ').trim();
    if (!line) continue;
    const numbers = findPhoneNumbers(line);
    for (const m of numbers) {
      const from = Math.max(0, m.index - LIMITS.contextChars);
      const context = line.slice(from, m.index + m.text.length + LIMITS.contextChars);
      addPhone({ text: clip(m.text, 64), source: 'text', context: clip(context, LIMITS.snippetChars) });
    }
    if (snippets.length < LIMITS.snippets && TRIGGER_RE.test(line)) {
      snippets.push(clip(line, LIMITS.snippetChars));
    }
  }
  // Text first: the scorer keeps the first form of each number, and that should be the one a
  // person reads on the page.
  const title = clip(page.title.trim(), LIMITS.titleChars);
  for (const m of findPhoneNumbers(title)) addPhone({ text: clip(m.text, 64), source: 'title', context: clip(title, LIMITS.snippetChars) });
  for (const href of page.telLinks) {
    const number = decodeTel(href);
    if (number) addPhone({ text: clip(number, 64), source: 'tel', context: '' });
  }
  return { title, phones, snippets };
}

function decodeTel(href: string): string | null {
  const body = href.replace(/^tel:/i, '');
  let decoded: string;
  try {
    decoded = decodeURIComponent(body);
  } catch {
    decoded = body;
  }
  const number = decoded.split(/[;,?]/)[0]?.trim() ?? '';
  const digits = digitCount(number);
  return digits >= 7 && digits <= 15 ? number : null;
}
