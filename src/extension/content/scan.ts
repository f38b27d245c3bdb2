import { type PageText, prefilter } from '../../core/detect/prefilter';
import type { PageCandidates } from '../../core/detect/types';

/** Text above this is not read: a scam lure fits in far less, and huge pages must not stall. */
const MAX_TEXT_CHARS = 2_000_000;

/** What a person sees on the page: the laid-out text (hidden elements excluded), title, tel: links. */
export function readPage(doc: Document): PageText {
  const body = doc.body;
  const text = body ? body.innerText.slice(0, MAX_TEXT_CHARS) : '';
  const telLinks: string[] = [];
  for (const link of doc.querySelectorAll<HTMLAnchorElement>('a[href^="tel:" i]')) {
    telLinks.push(link.getAttribute('href') ?? '');
    if (telLinks.length >= 50) break;
  }
  return { title: doc.title, text, telLinks };
}

export function scanDocument(doc: Document): PageCandidates {
  return prefilter(readPage(doc));
}

export interface ScanLoopOptions {
  send: (candidates: PageCandidates, scanMs: number) => void;
  /** Quiet time after the last DOM change before a rescan. */
  debounceMs: number;
  /** Rescans at the full rate; after these, a page that keeps mutating is rescanned ever more slowly. */
  fastRescans: number;
  /** The longest wait between two rescans of a page that never stops mutating. */
  maxDelayMs: number;
}

/**
 * Scan now, then again after the DOM settles, so that numbers and alerts a page writes after
 * load (from `?phone=`, after a click, on a timer) are seen. Only changed results are sent.
 */
export function startScanLoop(doc: Document, options: ScanLoopOptions): () => void {
  let lastSent = '';
  let rescans = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const scan = () => {
    timer = undefined;
    const started = performance.now();
    const candidates = scanDocument(doc);
    const scanMs = performance.now() - started;
    const key = JSON.stringify(candidates);
    if (key !== lastSent) {
      lastSent = key;
      options.send(candidates, scanMs);
    }
  };

  const observer = new MutationObserver(() => {
    if (timer !== undefined) return;
    const slowdown = Math.max(0, rescans - options.fastRescans);
    rescans++;
    timer = setTimeout(scan, Math.min(options.maxDelayMs, options.debounceMs * 2 ** slowdown));
  });
  scan();
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['style', 'class', 'hidden'] });
  return () => {
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
  };
}
