import { DIGIT_RUN_RE, extractPage, LIMITS, type PageText } from '../../core/detect/extract';
import type { BehaviourEvent, PageExtract } from '../../core/detect/types';

/*
 * Reading what a person sees, cheaply. `innerText` is the browser's own rendering of the visible
 * text: hidden elements (display:none, visibility:hidden, the hidden attribute) are left out,
 * blocks end lines, and inline elements run together, so "Call <b>1-888</b>-555-0142" reads as
 * one number. Measured on real pages it costs a fraction of a millisecond once the page has been
 * laid out, several times less than walking the text nodes from script. Text in shadow roots and
 * in frames is not read here (frames run their own copy of this script).
 */

/** Text beyond this is not read: a scam lure fits in far less, and huge pages must not stall. */
const MAX_TEXT_CHARS = 1_000_000;
const MAX_ATTR_ELEMENTS = 300;

/**
 * Labels with a digit in them: scam kits draw the alert as a picture and put the number in its
 * alt text or aria-label. Asking the browser for only those keeps this cheap on pages with
 * thousands of labelled images.
 */
const LABELS_WITH_DIGITS = Array.from({ length: 10 }, (_, d) => `[alt*="${d}"],[aria-label*="${d}"]`).join(',');

function attrTexts(doc: Document): string[] {
  const texts: string[] = [];
  const elements = doc.querySelectorAll(LABELS_WITH_DIGITS);
  for (let i = 0; i < elements.length && i < MAX_ATTR_ELEMENTS; i++) {
    const el = elements[i];
    for (const name of ['alt', 'aria-label']) {
      const value = el?.getAttribute(name)?.trim();
      if (value && value.length > 6 && DIGIT_RUN_RE.test(value)) texts.push(value.slice(0, LIMITS.snippetChars));
    }
    if (texts.length >= LIMITS.attrTexts) break;
  }
  return texts;
}

export interface ReadOptions {
  dialogTexts?: readonly string[];
  behaviours?: readonly BehaviourEvent[];
}

/** What a person sees on the page. */
export function readPage(doc: Document, options: ReadOptions = {}): PageText {
  const text = doc.body?.innerText ?? '';
  const telLinks: string[] = [];
  for (const link of doc.querySelectorAll<HTMLAnchorElement>('a[href^="tel:" i]')) {
    telLinks.push(link.getAttribute('href') ?? '');
    if (telLinks.length >= LIMITS.phones) break;
  }
  return {
    title: doc.title,
    lang: doc.documentElement.lang || '',
    text: text.length > MAX_TEXT_CHARS ? text.slice(0, MAX_TEXT_CHARS) : text,
    textChars: text.length,
    telLinks,
    attrTexts: attrTexts(doc),
    dialogTexts: options.dialogTexts ?? [],
    behaviours: options.behaviours ?? [],
  };
}

export function scanDocument(doc: Document, options: ReadOptions = {}): PageExtract {
  return extractPage(readPage(doc, options));
}

export interface ScanLoopOptions {
  send: (page: PageExtract, scanMs: number) => void;
  /** What the lockwatch saw so far (dialog texts, behaviour). */
  extra?: () => ReadOptions;
  /** Quiet time after the last DOM change before a rescan. */
  debounceMs: number;
  /** Rescans at the full rate; after these, a page that keeps mutating is rescanned ever more slowly. */
  fastRescans: number;
  /** The longest wait between two rescans of a page that never stops mutating. */
  maxDelayMs: number;
}

export interface ScanLoop {
  stop(): void;
  /** Scan again soon (new behaviour arrived). */
  poke(): void;
  /** Scan now, synchronously (a dialog is about to block the page). */
  scanNow(): void;
}

/**
 * Scan now, then again after the DOM changes, so that numbers and alerts a page writes after
 * load (from `?phone=`, after a click, on a timer) are seen. Only changed results are sent.
 */
export function startScanLoop(doc: Document, options: ScanLoopOptions): ScanLoop {
  let lastSent = '';
  let rescans = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const scan = () => {
    timer = undefined;
    const started = performance.now();
    const page = scanDocument(doc, options.extra?.() ?? {});
    const key = JSON.stringify(page);
    const scanMs = performance.now() - started;
    if (key !== lastSent) {
      lastSent = key;
      options.send(page, scanMs);
    }
  };
  const schedule = () => {
    if (timer !== undefined) return;
    const slowdown = Math.max(0, rescans - options.fastRescans);
    rescans++;
    timer = setTimeout(scan, Math.min(options.maxDelayMs, options.debounceMs * 2 ** slowdown));
  };

  const observer = new MutationObserver(schedule);
  scan();
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['style', 'class', 'hidden'] });
  return {
    stop() {
      observer.disconnect();
      if (timer !== undefined) clearTimeout(timer);
    },
    poke: schedule,
    scanNow() {
      if (timer !== undefined) clearTimeout(timer);
      scan();
    },
  };
}
