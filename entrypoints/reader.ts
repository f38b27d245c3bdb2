import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startFrameReports } from '../src/extension/content/frame-report';
import { openLockwatchBridge } from '../src/extension/content/lockwatch-bridge';
import { disarmListener, hasTraps, mayBeDisarmed } from '../src/extension/content/disarm';
import { extensionAlive, extensionApi, report } from '../src/extension/content/extension-api';
import { listenForInput, SCAN_PACE, type ScanLoop, startScanLoop } from '../src/extension/content/scan';

/** A page parsed but not yet loaded is read this long after it was parsed (see `main`). */
const LOAD_WAIT_MS = 500;
/** A page whose parser stalls is read this long after it started (see `main`). */
const PARSE_WAIT_MS = 1000;

// Declared in the manifest (wxt.config.ts, CONTENT_SCRIPTS), not as a WXT content script: WXT
// wraps those in a context object that costs main-thread time on every page and frame while it
// loads, and announces itself with a DOM event the page can listen for. Nothing here uses it: the
// loop stops when the extension itself is gone instead (see `send`), which a page cannot fake.
export default defineUnlistedScript({
  // Like the lockwatch's, though this world is ours alone.
  globalName: false,
  main() {
    if (window !== window.top) {
      startFrameReports(document);
      return;
    }
    // What this script does before the page has loaded, the page's load waits for: here that is
    // only what must be in place from the start (the lockwatch's channel, the input listeners and
    // the timers below). The extension's API is reached for with the first report (see
    // extension-api.ts), and the answer to the background's "disarm" command is set up only where
    // it can undo something (see disarm.ts).
    let documentId: string | undefined;
    /** This document's id, drawn with its first report. */
    const reportingAs = () => {
      // Lets the background tell this document's reports from those of the next page in the tab.
      // (Not crypto.randomUUID: it exists only on https pages, and scam pages are often plain http.)
      documentId ??= Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
      return documentId;
    };
    const listenForDisarm = disarmListener(
      () => extensionApi().runtime,
      () => bridge.neutralise(),
    );
    let loop: ScanLoop | undefined;
    const start = () => {
      loop ??= startScanLoop(document, {
        ...SCAN_PACE,
        extra: () => bridge.read(document),
        partial: () => document.readyState === 'loading',
        send: (page, scanMs, quietScansMs, partial) => {
          // Before the report: the background may answer it by disarming the page.
          if (hasTraps(page)) listenForDisarm();
          // The worker may be restarting; the next change sends again. Once the extension has
          // been updated or removed, this copy of the script is cut off for good: it stops.
          report({ type: 'reportPage', documentId: reportingAs(), startedAt: performance.timeOrigin, scanMs, quietScansMs, partial, page }).then(
            (answer) => {
              if (mayBeDisarmed(answer?.level)) listenForDisarm();
              // The page shows something a scam shows: its labels and tel: links may hold the number.
              if (answer?.readLabels) loop?.readLabels();
            },
            () => {
              if (!extensionAlive()) loop?.stop();
            },
          );
        },
        sendQuiet: (scansMs) => {
          report({ type: 'reportScanTimes', documentId: reportingAs(), scanMs: scansMs }).catch(() => undefined);
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
    // From document_start, ahead of any listener of the page.
    listenForInput(window, (event) => {
      loop?.input();
      bridge.inputSeen(event);
    });
    // The first read waits for the page's load event: reading and judging a page while it is still
    // loading competes with its loading (main-thread time here; the worker and the browser process
    // on the machine's other cores), and most pages load in a fraction of a second. A page slow to
    // load is read anyway LOAD_WAIT_MS after it is parsed, and one whose parser stalls (a script at
    // the end of the body slow to come: an ad, or a kit holding it on purpose) PARSE_WAIT_MS after
    // it started, as its fake alert is on screen by then. (Not timed from when its body appears:
    // watching for that touches <html>, and the first element this world touches makes the browser
    // build its element interfaces while the page loads. A page has its body within milliseconds
    // of starting, unless its head stalls, and then the page is read again while it is parsed.)
    // What the lockwatch sees (a dialog, fullscreen, a "Leave site?" trap) is read at once (see
    // openLockwatchBridge above).
    // startScanLoop waits for the next frame, so reading the text forces no extra layout. While the
    // page is parsed it is read again on a timer, not on every change: watching the DOM then records
    // every element the parser adds. A read of a page still being parsed is marked partial: its
    // verdict stays provisional until the parsed page is read (see judge in tab-verdicts.ts). Once
    // parsed, a page already read is read again at once; after the load event it is read once
    // more, as late styles can show or hide text without changing the DOM.
    let waiting: ReturnType<typeof setTimeout> | undefined;
    const startIn = (ms: number) => {
      if (waiting !== undefined) clearTimeout(waiting);
      waiting = setTimeout(start, ms);
    };
    const parsed = () => {
      if (loop) loop.soon();
      else startIn(LOAD_WAIT_MS);
    };
    const loaded = () => {
      if (loop) {
        if (waiting !== undefined) clearTimeout(waiting);
        loop.poke();
      }
      // Just after the load event, not in it: a page counts as loaded once its load listeners
      // have run, and setting up the scan loop (compiling it, the first time) would delay that.
      else startIn(0);
    };
    if (document.readyState === 'complete') loaded();
    else {
      window.addEventListener('load', loaded, { once: true });
      if (document.readyState === 'interactive') parsed();
      else {
        document.addEventListener('DOMContentLoaded', parsed, { once: true });
        startIn(PARSE_WAIT_MS);
      }
    }
  },
});
