import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startFrameReports } from '../src/extension/content/frame-report';
import { openLockwatchBridge } from '../src/extension/content/lockwatch-bridge';
import { type ScanLoop, startScanLoop } from '../src/extension/content/scan';
import { sendMessage } from '../src/extension/send-message';

/** How long the parser may be busy after the body appeared before the page is read anyway. */
const EARLY_SCAN_MS = 150;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // At document_start to meet the lockwatch before the page's scripts run; the first scan waits
  // until the document is parsed, or until its parser has stalled (see below).
  runAt: 'document_start',
  // In frames too: lockers often work from a frame (see startFrameReports).
  allFrames: true,
  main(ctx) {
    if (window !== window.top) {
      startFrameReports(document);
      return;
    }
    // Lets the background tell this document's reports from those of the next page in the tab.
    // (Not crypto.randomUUID: it exists only on https pages, and scam pages are often plain http.)
    const documentId = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
    let loop: ScanLoop | undefined;
    const start = () => {
      loop ??= startScanLoop(document, {
        debounceMs: 400,
        fastRescans: 20,
        maxDelayMs: 10_000,
        promptMs: 50,
        extra: () => bridge.read(document),
        send: (page, scanMs, quietScansMs) => {
          // The worker may be restarting or the extension updating; the next change sends again.
          sendMessage({ type: 'reportPage', documentId, startedAt: performance.timeOrigin, scanMs, quietScansMs, page }).catch(() => undefined);
        },
        sendQuiet: (scansMs) => {
          sendMessage({ type: 'reportScanTimes', documentId, scanMs: scansMs }).catch(() => undefined);
        },
      });
      return loop;
    };
    const bridge = openLockwatchBridge(document, (urgent) => {
      if (urgent) start().scanNow();
      else loop?.poke();
    });
    browser.runtime.onMessage.addListener((message: unknown, sender: { id?: string }, sendResponse: (response: unknown) => void) => {
      if (sender.id !== browser.runtime.id || (message as { type?: unknown })?.type !== 'neutralisePage') return undefined;
      bridge.neutralise();
      sendResponse({ ok: true });
      return undefined;
    });
    // A person's click or key press is often what makes a scam page show its alert and go
    // fullscreen: what the page changes right after one is read at once (see ScanLoop.input).
    // Listened for at the window from document_start, ahead of any listener of the page; events
    // the page makes up itself are not trusted and change nothing.
    const onInput = (event: Event) => {
      if (event.isTrusted) loop?.input();
    };
    for (const type of ['pointerdown', 'keydown']) window.addEventListener(type, onInput, { capture: true, passive: true });
    // The first scan comes once the document is parsed (startScanLoop waits for a frame, so
    // reading the text forces no extra layout), or EARLY_SCAN_MS after the body appeared if the
    // parser is still busy then: a page held up by a slow script at the end of its body (an ad,
    // or a kit that stalls on purpose) already shows its alert. Reading every page at its first
    // frame cost about 3 % more page-load time on the benchmark; most pages are parsed by then. What the
    // parser adds after an early scan is read as soon as the document is parsed, without waiting
    // for the page to be quiet. After the load event the page is read once more, as late styles
    // can show or hide text without changing the DOM.
    const readIfStalled = () =>
      setTimeout(() => {
        if (!loop && document.readyState === 'loading') start();
      }, EARLY_SCAN_MS);
    const bodySeen = new MutationObserver(() => {
      if (!document.body) return;
      bodySeen.disconnect();
      readIfStalled();
    });
    if (document.body) readIfStalled();
    else if (document.documentElement) bodySeen.observe(document.documentElement, { childList: true });
    const parsed = () => {
      bodySeen.disconnect();
      if (loop) loop.soon();
      else start();
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', parsed, { once: true });
    else parsed();
    if (document.readyState !== 'complete') window.addEventListener('load', () => loop?.poke(), { once: true });
    ctx.onInvalidated(() => loop?.stop());
  },
});
