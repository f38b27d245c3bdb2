import { findPhoneNumbers, LIMITS, normaliseText, type PageText, prefilter } from '../../core/detect/prefilter';
import { TRIGGER_RE } from '../../core/detect/lexicons/triggers';
import type { BehaviourEvent, PageCandidates } from '../../core/detect/types';

/*
 * Reading what a person sees, cheaply. One walk over the DOM collects the text nodes (skipping
 * scripts, styles and hidden subtrees) with a line break at every block boundary, so that a number
 * split across inline elements reads as one number. Visibility through CSS is costly to ask for,
 * so it is asked only for the few nodes around a hit (a number or a trigger word); text that a
 * person cannot see is dropped there.
 */

/** Text beyond this is not read: a scam lure fits in far less, and huge pages must not stall. */
const MAX_TEXT_CHARS = 1_500_000;
const MAX_NODES = 200_000;
const MAX_ATTR_ELEMENTS = 300;

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE', 'META', 'LINK', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO', 'svg', 'math']);
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'BUTTON', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LABEL', 'LEGEND', 'LI', 'MAIN', 'NAV', 'OL', 'OPTION', 'P', 'PRE', 'SECTION', 'SELECT', 'SUMMARY',
  'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

interface Collected {
  text: string;
  /** Text nodes in order, with the offset in `text` where each starts. */
  nodes: Text[];
  starts: number[];
}

/** One walk over the DOM: text with line breaks at block boundaries. */
function collect(root: Element): Collected {
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  let length = 0;
  let visited = 0;
  const push = (part: string) => {
    parts.push(part);
    length += part.length;
  };
  const walk = (element: Element) => {
    for (let child = element.firstChild; child; child = child.nextSibling) {
      if (length >= MAX_TEXT_CHARS || ++visited > MAX_NODES) return;
      if (child.nodeType === 3) {
        const data = normaliseText((child as Text).data);
        if (data.trim()) {
          nodes.push(child as Text);
          starts.push(length);
          push(data);
        }
      } else if (child.nodeType === 1) {
        const el = child as Element;
        if (SKIPPED.has(el.tagName) || el.hasAttribute('hidden')) continue;
        const block = BLOCKS.has(el.tagName);
        if (block) push('\n');
        walk(el);
        if (el.shadowRoot) walkShadow(el.shadowRoot);
        if (block) push('\n');
      }
    }
  };
  const walkShadow = (shadow: ShadowRoot) => {
    for (let child = shadow.firstElementChild; child; child = child.nextElementSibling) {
      if (!SKIPPED.has(child.tagName)) {
        push('\n');
        walk(child);
      }
    }
  };
  walk(root);
  return { text: parts.join(''), nodes, starts };
}

function nodeIndexAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The visible text of [from, to): as it is when every node there can be seen, else rebuilt from
 * the nodes that can.
 */
function visibleSlice(collected: Collected, from: number, to: number, isVisible: (node: Text) => boolean): string {
  const { text, nodes, starts } = collected;
  const first = nodeIndexAt(starts, from);
  const last = nodeIndexAt(starts, Math.max(from, to - 1));
  let allVisible = true;
  for (let i = first; i <= last; i++) {
    const node = nodes[i];
    if (node && !isVisible(node)) {
      allVisible = false;
      break;
    }
  }
  if (allVisible) return text.slice(from, to);
  let rebuilt = '';
  for (let i = first; i <= last; i++) {
    const node = nodes[i];
    const start = starts[i] ?? 0;
    const end = i + 1 < starts.length ? (starts[i + 1] ?? text.length) : text.length;
    if (node && isVisible(node)) rebuilt += text.slice(Math.max(start, from), Math.min(end, to));
    else if (text.slice(start, end).includes('\n')) rebuilt += '\n';
  }
  return rebuilt;
}

const TRIGGER_ALL_RE = new RegExp(TRIGGER_RE.source, `${TRIGGER_RE.flags.replace('g', '')}g`);

/** Windows of text around hits, as [from, to) offsets, merged where they overlap. */
function hitWindows(text: string): Array<[number, number]> {
  const windows: Array<[number, number]> = [];
  const add = (at: number, length: number) => {
    const lineStart = text.lastIndexOf('\n', at) + 1;
    const lineEndAt = text.indexOf('\n', at + length);
    const lineEnd = lineEndAt === -1 ? text.length : lineEndAt;
    windows.push([Math.max(lineStart, at - LIMITS.contextChars), Math.min(lineEnd, at + length + LIMITS.contextChars)]);
  };
  for (const m of findPhoneNumbers(text)) {
    add(m.index, m.text.length);
    if (windows.length > LIMITS.phones * 2) break;
  }
  const phoneWindows = windows.length;
  for (const m of text.matchAll(TRIGGER_ALL_RE)) {
    add(m.index, m[0].length);
    if (windows.length - phoneWindows > LIMITS.snippets * 2) break;
  }
  windows.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const w of windows) {
    const last = merged.at(-1);
    if (last && w[0] <= last[1]) last[1] = Math.max(last[1], w[1]);
    else merged.push([w[0], w[1]]);
  }
  return merged;
}

function attrTexts(doc: Document): string[] {
  const texts: string[] = [];
  const elements = doc.querySelectorAll('[alt],[aria-label]');
  for (let i = 0; i < elements.length && i < MAX_ATTR_ELEMENTS; i++) {
    const el = elements[i];
    for (const name of ['alt', 'aria-label']) {
      const value = el?.getAttribute(name)?.trim();
      if (value && value.length > 3) texts.push(value.slice(0, LIMITS.snippetChars));
    }
  }
  return texts;
}

export interface ReadOptions {
  dialogTexts?: readonly string[];
  behaviours?: readonly BehaviourEvent[];
}

/** What a person sees on the page, reduced to the parts around hits. */
export function readPage(doc: Document, options: ReadOptions = {}): PageText {
  const body = doc.body;
  const collected = body ? collect(body) : { text: '', nodes: [], starts: [] };
  const visibility = new Map<Element, boolean>();
  const isVisible = (node: Text): boolean => {
    const parent = node.parentElement;
    if (!parent) return false;
    let visible = visibility.get(parent);
    if (visible === undefined) {
      // checkVisibility (Chrome 105+, Firefox 106+) asks the style system, without a layout.
      visible = typeof parent.checkVisibility === 'function' ? parent.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) : true;
      visibility.set(parent, visible);
    }
    return visible;
  };
  const pieces = hitWindows(collected.text).map(([from, to]) => visibleSlice(collected, from, to, isVisible));
  const telLinks: string[] = [];
  for (const link of doc.querySelectorAll<HTMLAnchorElement>('a[href^="tel:" i]')) {
    telLinks.push(link.getAttribute('href') ?? '');
    if (telLinks.length >= LIMITS.phones) break;
  }
  return {
    title: doc.title,
    lang: doc.documentElement.lang || '',
    text: pieces.join('\n'),
    textChars: collected.text.length,
    telLinks,
    attrTexts: attrTexts(doc),
    dialogTexts: options.dialogTexts ?? [],
    behaviours: options.behaviours ?? [],
  };
}

export function scanDocument(doc: Document, options: ReadOptions = {}): PageCandidates {
  return prefilter(readPage(doc, options));
}

export interface ScanLoopOptions {
  send: (candidates: PageCandidates, scanMs: number) => void;
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
  /** Scan again soon (new behaviour or dialog text arrived). */
  poke(): void;
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
    const candidates = scanDocument(doc, options.extra?.() ?? {});
    const scanMs = performance.now() - started;
    const key = JSON.stringify([candidates.title, candidates.phones, candidates.snippets, candidates.behaviours]);
    if (key !== lastSent) {
      lastSent = key;
      options.send(candidates, scanMs);
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
  };
}
