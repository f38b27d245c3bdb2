import { clip, digitCount, DIGIT_RUN_RE, extractPage, findPhoneNumbers, LIMITS, normaliseText, NUMBERS_FROM, numbersWithContext, type PageText } from './extract';
import { TRIGGER_RE } from './lexicons/triggers';
import { DISOWN_HINT_RE, DISOWN_RE } from './support-line';
import type { PageCandidates, PageExtract, PhoneCandidate } from './types';

export { compact, extractPage, findPhoneNumbers, LIMITS, normaliseText, type PageText } from './extract';

/*
 * The background's half of the pre-filter. The content script sends the top of a page's text and
 * the numbers of the rest with their context (extract.ts); here the numbers of the top are found,
 * the top, the dialog texts and the labels are searched for trigger words, and only the text
 * around them is kept for the scorer.
 * The trigger expression is large, and compiling it costs more than running it: in the worker it
 * is compiled once, not once per page load.
 */

const TRIGGER_ALL_RE = new RegExp(TRIGGER_RE.source, `${TRIGGER_RE.flags.replace('g', '')}g`);
const DISOWN_ALL_RE = new RegExp(DISOWN_RE.source, `${DISOWN_RE.flags.replace('g', '')}g`);

/** Whether a piece of text could matter at all: a trigger word or a digit run. */
export function mayMatter(text: string): boolean {
  return TRIGGER_RE.test(text) || DIGIT_RUN_RE.test(text);
}

/** From what the content script sent to what the scorer reads. */
export function completeCandidates(extract: PageExtract): PageCandidates {
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

  /** One window of text around each match, within its line, windows not overlapping. */
  const findTriggers = (text: string, re = TRIGGER_ALL_RE) => {
    let windowEnd = -1;
    for (const trigger of text.matchAll(re)) {
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
  const collapse = (text: string) => normaliseText(text).replace(/[ \t]{2,}/g, ' ');
  /** Short texts (dialogs, labels): their numbers and trigger words. */
  const scanShort = (raw: string, source: PhoneCandidate['source']) => {
    const text = collapse(raw);
    for (const phone of numbersWithContext(text, source)) addPhone(phone);
    findTriggers(text);
  };

  // Text first, from the top down: the scorer keeps the first form of each number, and that should
  // be the one a person reads on the page. The numbers that start from NUMBERS_FROM on came from
  // the content script; normalising the top can only move a number nearer its start, so none falls
  // between the two, and one found by both counts once.
  for (const phone of numbersWithContext(normaliseText(extract.top), 'text', 0, NUMBERS_FROM)) addPhone(phone);
  // The content script leaves no-break and thin spaces in place (extract.ts): normalise here.
  for (const phone of extract.phones) addPhone({ ...phone, text: normaliseText(phone.text), context: normaliseText(phone.context) });
  // Only the top of a long page is searched for trigger words: a lure puts its alert first, and
  // the words around every number further down already travel with the number. Dialog texts and
  // labels are shorter than that anyway (LIMITS).
  const top = collapse(clip(extract.top, LIMITS.triggerScanChars));
  findTriggers(top);
  // A site that disowns a brand ("we are an independent support provider, not affiliated with
  // HP") says so in its footer, far from its number: support-line.ts reads it there.
  if (DISOWN_HINT_RE.test(top)) findTriggers(top, DISOWN_ALL_RE);
  for (const dialog of extract.dialogTexts) scanShort(dialog, 'dialog');
  for (const attr of extract.attrTexts) if (mayMatter(attr)) scanShort(attr, 'attr');
  const title = clip(normaliseText(extract.title).trim(), LIMITS.titleChars);
  for (const m of findPhoneNumbers(title)) addPhone({ text: clip(m.text, 64), source: 'title', context: clip(title, LIMITS.snippetChars) });
  for (const href of extract.telLinks) {
    const number = decodeTel(href);
    if (number) addPhone({ text: clip(number, 64), source: 'tel', context: '' });
  }
  return {
    title,
    lang: extract.lang,
    phones,
    snippets,
    textChars: extract.textChars,
    behaviours: [...extract.behaviours],
  };
}

/** The whole pre-filter in one call: what the content script and the background do together. */
export function prefilter(page: PageText): PageCandidates {
  return completeCandidates(extractPage(page));
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
