import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startFrameReports } from '../src/extension/content/frame-report';
import { openLockwatchBridge } from '../src/extension/content/lockwatch-bridge';
import { listenForInput, SCAN_PACE, type ScanLoop, startScanLoop } from '../src/extension/content/scan';
import { sendMessage } from '../src/extension/send-message';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // At document_start to meet the lockwatch before the page's scripts run; the first scan waits
  // for the body and a drawn frame (see below).
  runAt: 'document_start',
  // In frames too: lockers often work from a frame (see startFrameReports).
  allFrames: true,
  // Like the lockwatch's, though this world is ours alone.
  globalName: false,
  // WXT's context announces every content script to the page with window.postMessage: a page
  // could learn from it that Hang Up is there.
  noScriptStartedPostMessage: true,
  // WXT's `ctx` is not used: it counts as stopped when anything dispatches a DOM event of its own
  // name, which the page can do too (see tests/e2e/hostile-page.spec.ts). The loop stops when the
  // extension itself is gone instead (see `send`).
  main() {
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
        ...SCAN_PACE,
        extra: () => bridge.read(document),
        partial: () => document.readyState === 'loading',
        send: (page, scanMs, quietScansMs, partial) => {
          // The worker may be restarting; the next change sends again. Once the extension has
          // been updated or removed, this copy of the script is cut off for good: it stops.
          sendMessage({ type: 'reportPage', documentId, startedAt: performance.timeOrigin, scanMs, quietScansMs, partial, page }).catch(() => {
            if (!browser.runtime?.id) loop?.stop();
          });
        },
        sendQuiet: (scansMs) => {
          sendMessage({ type: 'reportScanTimes', documentId, scanMs: scansMs }).catch(() => undefined);
        },
      });
      return loop;
    };
    const bridge = openLockwatchBridge(
      document,
      (urgent) => {
        if (urgent) start().scanNow();
        else loop?.poke();
      },
      // Text in the new shadow roots changes no DOM we observe: read again.
      () => loop?.poke(),
    );
    browser.runtime.onMessage.addListener((message: unknown, sender: { id?: string }, sendResponse: (response: unknown) => void) => {
      if (sender.id !== browser.runtime.id || (message as { type?: unknown })?.type !== 'neutralisePage') return undefined;
      bridge.neutralise();
      sendResponse({ ok: true });
      return undefined;
    });
    // From document_start, ahead of any listener of the page.
    listenForInput(window, () => loop);
    // The first scan comes as soon as the body appears (startScanLoop waits for the next frame,
    // so reading the text forces no extra layout), and the page is read again as soon as it is
    // parsed, without waiting for it to be quiet. A fake alert is on screen long before its page
    // is parsed when a script at the end of the body is slow to come (an ad, or a kit that stalls
    // on purpose). While the page is parsed it is read again on a timer, not on every change:
    // watching the DOM then records every element the parser adds, which cost more page-load
    // time than the reads. A read of a page still being parsed is marked partial: its verdict stays
    // provisional until the parsed page is read (see judge in tab-verdicts.ts). After the load
    // event the page is read once more, as late styles can show or hide text without changing
    // the DOM.
    const bodySeen = new MutationObserver(() => {
      if (!document.body) return;
      bodySeen.disconnect();
      start();
    });
    if (document.body) start();
    else if (document.documentElement) bodySeen.observe(document.documentElement, { childList: true });
    const parsed = () => {
      bodySeen.disconnect();
      if (loop) loop.soon();
      else start();
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', parsed, { once: true });
    else parsed();
    if (document.readyState !== 'complete') window.addEventListener('load', () => loop?.poke(), { once: true });
  },
});
