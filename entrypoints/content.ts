import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startFrameReports } from '../src/extension/content/frame-report';
import { openLockwatchBridge } from '../src/extension/content/lockwatch-bridge';
import { type ScanLoop, startScanLoop } from '../src/extension/content/scan';
import { sendMessage } from '../src/extension/send-message';

/** After the document is parsed, the longest wait for the load event before the first scan. */
const FIRST_SCAN_FALLBACK_MS = 2000;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // At document_start to meet the lockwatch before the page's scripts run; the first scan waits
  // for the load event (see below).
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
        extra: () => bridge.read(document),
        send: (page, scanMs, quietScansMs) => {
          // The worker may be restarting or the extension updating; the next change sends again.
          sendMessage({ type: 'reportPage', documentId, startedAt: performance.timeOrigin, scanMs, quietScansMs, page }).catch(() => undefined);
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
    // The first scan waits for the page to finish loading, so that reading its text never forces
    // an early layout that slows the load down; a page that never finishes loading is read anyway.
    if (document.readyState === 'complete') start();
    else {
      window.addEventListener('load', () => setTimeout(start, 0), { once: true });
      document.addEventListener('DOMContentLoaded', () => setTimeout(start, FIRST_SCAN_FALLBACK_MS), { once: true });
    }
    ctx.onInvalidated(() => loop?.stop());
  },
});
