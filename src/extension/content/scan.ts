import { DIGIT_RUN_RE, extractPage, LIMITS, type PageText, shownRightToLeft } from '../../core/detect/extract';
import type { BehaviourEvent, PageExtract } from '../../core/detect/types';

/*
 * Reading what a person sees, cheaply. `innerText` is the browser's own rendering of the visible
 * text: hidden elements (display:none, visibility:hidden, the hidden attribute) are left out,
 * blocks end lines, and inline elements run together, so "Call <b>1-888</b>-555-0142" reads as
 * one number. Measured on real pages it costs a fraction of a millisecond once the page has been
 * laid out, several times less than walking the text nodes from script. Shadow roots are read
 * apart (see readShadowText); a frame's text is read by the frame's own copy of this script, in
 * large frames only (see frame-report.ts).
 */

/** Text beyond this is not read: a scam lure fits in far less, and huge pages must not stall. */
const MAX_TEXT_CHARS = 1_000_000;
/** Elements looked at for labels and tel: links: enough for any lure, bounded on pages of thumbnails. */
const MAX_MARKED = 5000;

/**
 * Everything read from elements in one walk of the document: tel: links, and labels with a number
 * in them, where scam kits that draw their alert as a picture put the number (alt, aria-label, an
 * image's title), and what `innerText` leaves out or garbles although a person sees it: what a
 * text field or text area holds or shows greyed out (`value`, `placeholder`), an input button's
 * caption, text that a page's own style sheet writes with `content:` (::before, ::after), and
 * text an element shows backwards (`<bdo dir="rtl">`, an inline `unicode-bidi: bidi-override`),
 * which `innerText` gives in the order written (0010-555-008-1 for 1-800-555-0100). Each walk
 * over the document costs time on large pages, and a selector per digit ("[alt*='0'],…") made
 * the browser test every element twenty times. Even so, this is the dearest part of a scan on
 * most pages (0.8 of 2.2 ms, median over the benign pages of dev-real): each kind of element it
 * meets (links, images, buttons, SVG…) is built anew in the content script's world. So it is done
 * only where it can matter (see `readPage`).
 */
const MARKED = 'a[href^="tel:" i],[aria-label],img[alt],img[title],area[alt],input,textarea,style,bdo,[style*="bidi-override" i]';

/**
 * Kinds of `<input>` whose value is text a person reads (not a password, a date, a hidden token):
 * what a text field holds, and a button's caption ("Call Support: 1-8…" on an input button).
 */
const TEXT_INPUTS = new Set(['', 'text', 'tel', 'search', 'url', 'email', 'button', 'submit', 'reset']);
/** A style sheet's `content:` strings: text the page writes before or after an element. */
const CSS_CONTENT_RE = /content\s*:\s*(?:"([^"\\\n]*)"|'([^'\\\n]*)')/gi;
/** Of a page's own style sheet, this much is searched for `content:` strings (framework sheets run to hundreds of KB). */
const MAX_STYLE_CHARS = 200_000;

function readMarked(doc: Document): { telLinks: string[]; attrTexts: string[] } {
  const telLinks: string[] = [];
  const attrTexts: string[] = [];
  const label = (raw: string | null | undefined) => {
    const value = raw?.trim();
    if (!value || value.length <= 6 || attrTexts.length >= LIMITS.attrTexts) return;
    const digits = DIGIT_RUN_RE.exec(value);
    if (!digits) return;
    // A long text (a text area's) is kept around its first number, with the words before it.
    const from = value.length <= LIMITS.snippetChars ? 0 : Math.max(0, Math.min(digits.index - LIMITS.snippetChars / 2, value.length - LIMITS.snippetChars));
    attrTexts.push(value.slice(from, from + LIMITS.snippetChars));
  };
  const marked = doc.querySelectorAll(MARKED);
  for (let i = 0; i < marked.length && i < MAX_MARKED; i++) {
    const el = marked[i];
    if (!el) break;
    const name = el.localName;
    if (name === 'a') {
      const href = el.getAttribute('href') ?? '';
      if (telLinks.length < LIMITS.phones && /^tel:/i.test(href)) telLinks.push(href);
    } else if (name === 'style') {
      // In the order the sheet has them, as far as MAX_STYLE_CHARS.
      const css = (el.textContent ?? '').slice(0, MAX_STYLE_CHARS);
      if (css.includes('content')) for (const m of css.matchAll(CSS_CONTENT_RE)) label(m[1] ?? m[2]);
      continue;
    } else if (name === 'textarea' || (name === 'input' && TEXT_INPUTS.has((el.getAttribute('type') ?? '').trim().toLowerCase()))) {
      // The value as it is now: a kit may write it from its script after load.
      label((el as HTMLInputElement | HTMLTextAreaElement).value);
      label(el.getAttribute('placeholder'));
    } else if (name === 'img') label(el.getAttribute('title'));
    if (name === 'bdo' || (el as HTMLElement).style?.unicodeBidi === 'bidi-override') {
      const rtl = (name === 'bdo' && (el as HTMLElement).dir.toLowerCase() === 'rtl') || getComputedStyle(el).direction === 'rtl';
      if (rtl) label(shownRightToLeft(((el as HTMLElement).innerText ?? '').slice(0, LIMITS.snippetChars)));
    }
    label(el.getAttribute('aria-label'));
    label(el.getAttribute('alt'));
  }
  return { telLinks, attrTexts };
}

/*
 * Text in shadow roots. `innerText` does not enter them, so a page could draw its whole alert
 * inside one (closed, even) and show us an empty body. Looking for shadow hosts means visiting
 * every element, so it is done only on pages that attached shadow roots (the lockwatch tells).
 */

/** Elements visited when looking for shadow hosts, and shadow text kept: bounded on huge pages. */
const MAX_SHADOW_WALK = 20_000;
const MAX_SHADOW_CHARS = 20_000;
/** Elements that may carry a shadow root, besides custom elements (whose names have a "-"). */
const SHADOW_HOSTS = new Set(['article', 'aside', 'blockquote', 'body', 'div', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'main', 'nav', 'p', 'section', 'span']);

interface ShadowAccess {
  openOrClosedShadowRoot?: (element: HTMLElement) => ShadowRoot | null;
}

/** Any shadow root of `element`, closed ones too: Chromium's chrome.dom, Firefox's own property. */
function shadowRootOf(element: Element): ShadowRoot | null {
  const name = element.localName;
  if (!name.includes('-') && !SHADOW_HOSTS.has(name)) return null;
  const dom = (globalThis as { chrome?: { dom?: ShadowAccess } }).chrome?.dom;
  try {
    if (typeof dom?.openOrClosedShadowRoot === 'function') return dom.openOrClosedShadowRoot(element as HTMLElement);
    const firefox = (element as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot;
    return firefox !== undefined ? firefox : element.shadowRoot;
  } catch {
    return null;
  }
}

/**
 * The visible text of every shadow root under `root`, nested ones too, a line per root. A root's
 * own elements give their `innerText` (visible text only); text nodes placed straight in the root
 * count when their host is rendered.
 */
export function readShadowText(root: ParentNode & Node): string {
  const lines: string[] = [];
  let chars = 0;
  let visited = 0;
  const visit = (scope: ParentNode & Node) => {
    const doc = scope.ownerDocument ?? (scope as Document);
    const walker = doc.createTreeWalker(scope, NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node && visited < MAX_SHADOW_WALK && chars < MAX_SHADOW_CHARS; node = walker.nextNode()) {
      visited++;
      const shadow = shadowRootOf(node as Element);
      if (!shadow) continue;
      const parts: string[] = [];
      for (const child of Array.from(shadow.childNodes)) {
        if (child.nodeType === Node.TEXT_NODE) {
          const host = shadow.host as HTMLElement;
          if (host.offsetParent !== null || host.getClientRects().length > 0) parts.push(child.textContent ?? '');
        } else if (child instanceof HTMLElement && child.localName !== 'style' && child.localName !== 'script') {
          parts.push(child.innerText);
        }
      }
      const text = parts.join('\n').trim();
      if (text) {
        lines.push(text);
        chars += text.length;
      }
      visit(shadow);
    }
  };
  visit(root);
  return lines.join('\n').slice(0, MAX_SHADOW_CHARS);
}

export interface ReadOptions {
  dialogTexts?: readonly string[];
  behaviours?: readonly BehaviourEvent[];
  /** The page attached shadow roots: read their text too (see readShadowText). */
  shadowRoots?: boolean;
  /** Read labels and tel: links whatever the page shows (see `readPage`). */
  labels?: boolean;
}

/**
 * A page that shows less text than this of its own is searched for shadow roots even when the
 * lockwatch saw none made: the HTML parser attaches declarative ones (`<template
 * shadowrootmode>`) without any call to `attachShadow`, and a kit can draw its whole alert in one
 * with no script at all, leaving the page's own text empty. A kit that also shows this much text
 * outside its shadow root is searched once the background asks for its labels (its text shows
 * something a scam shows) or it behaves like a locker. The search costs a walk of the page and the
 * first use of `chrome.dom`: at 1,000 characters a quarter of the benign pages of dev-real paid
 * for it (the scan median went from 1.8 to 2.1 ms), at 200 about one in twenty. A page that shows
 * less than this in all has its labels read unasked (see `readPage`).
 */
const FEW_CHARS = 200;

/**
 * What a person sees on the page. Its labels and tel: links (see readMarked) are read when asked
 * for (the background asks once the page's text shows something a scam shows, see
 * labelsMayMatter), and without asking on a page that shows little text of its own (a kit that
 * draws its alert as a picture may have nothing else to read) or that the lockwatch saw behave
 * like a locker or open dialogs. Left unread: labels of a page that shows text enough, none of it
 * a scam's, and no locker behaviour.
 */
export function readPage(doc: Document, options: ReadOptions = {}): PageText {
  const light = doc.body?.innerText ?? '';
  // Asked for (the page shows something a scam shows), or seen behaving like a locker: read all
  // there is, shadow roots the lockwatch cannot have seen made (declarative ones) included.
  const suspect = options.labels === true || (options.behaviours?.length ?? 0) > 0 || (options.dialogTexts?.length ?? 0) > 0;
  // Shadow text first: the top of a page's text is what the trigger-word search reads (LIMITS.triggerScanChars),
  // and a page hiding its alert in a shadow root must not push it out of that with light text.
  const shadow = doc.body && (options.shadowRoots || suspect || light.length < FEW_CHARS) ? readShadowText(doc.documentElement) : '';
  const text = shadow ? `${shadow}\n${light}` : light;
  const labels = suspect || text.length < FEW_CHARS;
  const { telLinks, attrTexts } = labels ? readMarked(doc) : { telLinks: [], attrTexts: [] };
  return {
    title: doc.title,
    lang: doc.documentElement.lang || '',
    text: text.length > MAX_TEXT_CHARS ? text.slice(0, MAX_TEXT_CHARS) : text,
    textChars: text.length,
    telLinks,
    attrTexts,
    dialogTexts: options.dialogTexts ?? [],
    behaviours: options.behaviours ?? [],
  };
}

export function scanDocument(doc: Document, options: ReadOptions = {}): PageExtract {
  return extractPage(readPage(doc, options));
}

export interface ScanLoopOptions {
  /**
   * `scanMs`: main-thread time of this scan; `quietScansMs`: of the scans since the last report
   * that found nothing new (they send nothing, but their time counts in the benchmarks too).
   */
  send: (page: PageExtract, scanMs: number, quietScansMs: number[], partial: boolean) => void;
  /**
   * Whether the document is still being parsed. A read then is partial (its verdict provisional),
   * so the first read after parsing is sent even when it finds the same text: it settles the verdict.
   * Until a read is whole the loop does not watch the DOM, where it would record every element the
   * parser adds: it reads again on a timer instead (LOADING_REREAD_MS, then at the slowing pace of
   * rescans).
   */
  partial?: () => boolean;
  /**
   * Times of quiet rescans that no report took along: sent once the page has been quiet for
   * QUIET_FLUSH_MS, so the figures count every scan and not only those that found something.
   */
  sendQuiet?: (quietScansMs: number[]) => void;
  /** What the lockwatch saw so far (dialog texts, behaviour). */
  extra?: () => ReadOptions;
  /** Read labels and tel: links from the first scan on (see `readPage` and `ScanLoop.readLabels`). */
  labels?: boolean;
  /** Quiet time after the last DOM change before a rescan. */
  debounceMs: number;
  /** Rescans at the full rate; after these, a page that keeps mutating is rescanned ever more slowly. */
  fastRescans: number;
  /** The longest wait between two rescans of a page that never stops mutating. */
  maxDelayMs: number;
  /**
   * Quiet time before a rescan when the change answers a person's click or key press (see
   * `ScanLoop.input`): that is when scam pages show their alert, and the person is looking.
   */
  promptMs: number;
}

export interface ScanLoop {
  stop(): void;
  /** Scan again soon (new behaviour arrived). */
  poke(): void;
  /** Scan now, synchronously (a dialog is about to block the page). */
  scanNow(): void;
  /**
   * Scan right after the next frame, without waiting for the page to be quiet (the document has
   * just been parsed: what a rescan would otherwise read 400 ms later is all there now).
   */
  soon(): void;
  /** A person clicked or pressed a key: what the page changes next is read after `promptMs`. */
  input(): void;
  /**
   * From now on read the page's labels and tel: links too (see `readPage`), starting right after
   * the next frame: the background asked for them.
   */
  readLabels(): void;
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

/** Whether two reads of the page found the same, field by field (cheaper than serialising both). */
export function samePageText(a: PageText, b: PageText): boolean {
  return (
    a.text === b.text &&
    a.title === b.title &&
    a.lang === b.lang &&
    a.textChars === b.textChars &&
    sameStrings(a.telLinks, b.telLinks) &&
    sameStrings(a.attrTexts, b.attrTexts) &&
    sameStrings(a.dialogTexts, b.dialogTexts) &&
    a.behaviours.length === b.behaviours.length &&
    a.behaviours.every((event, i) => {
      const other = b.behaviours[i];
      return other !== undefined && event.kind === other.kind && event.count === other.count && event.userActivated === other.userActivated && event.detail === other.detail;
    })
  );
}

/**
 * Scan now, then again after the DOM changes, so that numbers and alerts a page writes after
 * load (from `?phone=`, after a click, on a timer) are seen. A rescan that reads what the last
 * one read stops there: most changes of a page (animations, class toggles) change no text, and
 * then nothing is extracted and nothing is sent.
 */
const MAX_QUIET_SCANS = 50;
/** A tab that is not shown draws no frames: scan without waiting for one after this long. */
const NO_FRAME_MS = 100;
/**
 * A shown page draws no frame until its stylesheets are in (the first scan waits for its first
 * frame); reading it earlier would lay it out without them. A page that draws nothing for this
 * long is read anyway.
 */
const SLOW_FRAME_MS = 1000;
/**
 * Before the loop watches the DOM, it reads the page again this long after each read (plus the
 * usual debounce): a page whose parser stalls can still change what it shows from its scripts.
 */
const LOADING_REREAD_MS = 600;
/** Quiet rescan times wait this long for a report to take them along before they go alone. */
const QUIET_FLUSH_MS = 500;
/** How long after a person's input the page's changes count as its answer to it. */
const INPUT_ANSWER_MS = 1000;
/**
 * Prompt rescans per input: a page that answers a click with a long animation (a "scan" that
 * counts up, text typed out letter by letter) is then read at the usual pace again.
 */
const PROMPT_SCANS_PER_INPUT = 3;

interface TaskScheduler {
  postTask(task: () => void, options: { priority: 'user-blocking' }): Promise<unknown>;
}

/**
 * Called from a requestAnimationFrame callback: run `task` once the frame has been drawn, ahead of
 * the tasks already waiting (the page's timers, more of its HTML, images arriving). Those change
 * the layout again, and a scan behind them pays for laying the page out anew. Where the browser
 * has no task priorities, a plain timer is next best.
 */
export function rightAfterFrame(task: () => void): void {
  const scheduler = (globalThis as { scheduler?: TaskScheduler }).scheduler;
  if (typeof scheduler?.postTask === 'function') void scheduler.postTask(task, { priority: 'user-blocking' }).catch(() => setTimeout(task, 0));
  else setTimeout(task, 0);
}

/** How a page (and a large frame) is read again as it changes (see ScanLoopOptions). */
export const SCAN_PACE = { debounceMs: 400, fastRescans: 20, maxDelayMs: 10_000, promptMs: 50 } as const;

/**
 * A person's click or key press is often what makes a scam page show its alert and go
 * fullscreen (see ScanLoop.input), and a key or right-click the page swallows is a locker's trap
 * (see LockwatchBridge.inputSeen): `onInput` hears of each. Listened for at the window, capturing,
 * ahead of any listener of the page; events the page makes up itself are not trusted and are not
 * passed on.
 */
export function listenForInput(win: Window, onInput: (event: Event) => void): void {
  const heard = (event: Event) => {
    if (event.isTrusted) onInput(event);
  };
  // Adding the same listener again changes nothing; after document.open it is needed again.
  const listen = () => {
    for (const type of ['pointerdown', 'keydown', 'contextmenu']) win.addEventListener(type, heard, { capture: true, passive: true });
  };
  listen();
  onDocumentReplaced(win.document, listen);
}

/**
 * Call `then` each time the page may have replaced its document: `document.open()` (also an
 * implicit one, from `document.write()` after load) gives it a new <html> and removes every
 * listener of the window and the document, ours too. That changes the document's own children,
 * which hardly ever change otherwise; `then` must be safe to call again for nothing. (Comparing
 * the <html> before and after would touch an element, which makes this world build its element
 * interfaces while the page loads.)
 */
function onDocumentReplaced(doc: Document, then: () => void): void {
  new MutationObserver(then).observe(doc, { childList: true });
}

export function startScanLoop(doc: Document, options: ScanLoopOptions): ScanLoop {
  let last: PageText | undefined;
  let lastPartial = false;
  let quietScansMs: number[] = [];
  let rescans = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** A scan is scheduled (debounce or waiting for a frame). */
  let waiting = false;
  /** Bumped when a scheduled scan must not run any more (stopped, or scanned at once). */
  let generation = 0;
  let stopped = false;
  /** When the waiting rescan's quiet time ends (while `timer` runs). */
  let dueAt = 0;
  let inputAt = Number.NEGATIVE_INFINITY;
  let promptScansLeft = 0;
  let flushTimer: ReturnType<typeof setTimeout> | undefined;
  let watching = false;
  let rereadTimer: ReturnType<typeof setTimeout> | undefined;
  let labels = options.labels ?? false;

  const flushQuiet = () => {
    flushTimer = undefined;
    if (quietScansMs.length === 0 || !options.sendQuiet) return;
    options.sendQuiet(quietScansMs);
    quietScansMs = [];
  };
  const cancelFlush = () => {
    if (flushTimer !== undefined) clearTimeout(flushTimer);
    flushTimer = undefined;
  };

  /**
   * Run `task` right after the browser has drawn its next frame, when the page's layout is up to
   * date: reading `innerText` in the middle of the page's own changes forces the browser to lay
   * the page out an extra time, which was most of what a scan cost on busy pages.
   */
  const afterNextFrame = (task: () => void) => {
    const own = generation;
    let done = false;
    const run = () => {
      if (done || own !== generation) return;
      done = true;
      task();
    };
    requestAnimationFrame(() => rightAfterFrame(run));
    setTimeout(run, doc.visibilityState === 'hidden' ? NO_FRAME_MS : SLOW_FRAME_MS);
  };

  const scan = () => {
    timer = undefined;
    waiting = false;
    const started = performance.now();
    const page = readPage(doc, { ...options.extra?.(), ...(labels ? { labels } : {}) });
    const partial = options.partial?.() ?? false;
    if (!partial) watch();
    else if (!watching) {
      if (rereadTimer !== undefined) clearTimeout(rereadTimer);
      rereadTimer = setTimeout(schedule, LOADING_REREAD_MS);
    }
    if (last && samePageText(page, last) && (partial || !lastPartial)) {
      if (quietScansMs.length < MAX_QUIET_SCANS) quietScansMs.push(performance.now() - started);
      cancelFlush();
      flushTimer = setTimeout(flushQuiet, QUIET_FLUSH_MS);
      return;
    }
    last = page;
    lastPartial = partial;
    const extract = extractPage(page);
    // The report takes the quiet times along.
    cancelFlush();
    options.send(extract, performance.now() - started, quietScansMs, partial);
    quietScansMs = [];
  };
  const schedule = () => {
    if (stopped) return;
    const now = performance.now();
    const prompt = promptScansLeft > 0 && now - inputAt <= INPUT_ANSWER_MS;
    if (waiting) {
      // A change that answers a person's input does not wait behind a slow rescan; a rescan
      // already waiting for its frame runs soon anyway.
      if (!prompt || timer === undefined || dueAt - now <= options.promptMs) return;
      clearTimeout(timer);
    }
    let delay: number;
    if (prompt) {
      promptScansLeft--;
      delay = options.promptMs;
    } else {
      const slowdown = Math.max(0, rescans - options.fastRescans);
      rescans++;
      delay = Math.min(options.maxDelayMs, options.debounceMs * 2 ** slowdown);
    }
    waiting = true;
    dueAt = now + delay;
    timer = setTimeout(() => {
      timer = undefined;
      afterNextFrame(scan);
    }, delay);
  };

  const observer = new MutationObserver(schedule);
  const watch = () => {
    if (watching || stopped) return;
    watching = true;
    if (rereadTimer !== undefined) clearTimeout(rereadTimer);
    rereadTimer = undefined;
    // The document, not its <html>: a page that replaces its document (document.open) gets a new
    // <html>, and what it writes there must be seen too.
    observer.observe(doc, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['style', 'class', 'hidden'] });
  };
  const soon = () => {
    if (stopped) return;
    if (timer !== undefined) {
      clearTimeout(timer);
      timer = undefined;
    } else if (waiting) {
      // Already waiting for its frame.
      return;
    }
    waiting = true;
    afterNextFrame(scan);
  };
  waiting = true;
  afterNextFrame(scan);
  if (!(options.partial?.() ?? false)) watch();
  return {
    stop() {
      stopped = true;
      generation++;
      observer.disconnect();
      if (timer !== undefined) clearTimeout(timer);
      if (rereadTimer !== undefined) clearTimeout(rereadTimer);
      cancelFlush();
    },
    poke: schedule,
    scanNow() {
      if (stopped) return;
      generation++;
      if (timer !== undefined) clearTimeout(timer);
      scan();
    },
    soon,
    input() {
      inputAt = performance.now();
      promptScansLeft = PROMPT_SCANS_PER_INPUT;
    },
    readLabels() {
      if (labels) return;
      labels = true;
      soon();
    },
  };
}
