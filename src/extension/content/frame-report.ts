import type { PageExtract } from '../../core/detect/types';
import { disarmListener, hasTraps } from './disarm';
import { extensionApi, report } from './extension-api';
import { openLockwatchBridge } from './lockwatch-bridge';
import { listenForInput, rightAfterFrame, SCAN_PACE, type ScanLoop, startScanLoop } from './scan';

/** How long a frame gathers behaviour before it reports (a dialog is reported at once). */
const FRAME_REPORT_DELAY_MS = 300;

/**
 * A frame whose text is read: at least this share of the screen, and this size. A kit can draw
 * its whole alert in a frame that covers the page; ads, players, maps and widgets are smaller.
 * The screen stands in for the tab's size, which a frame of another site cannot know.
 */
const LARGE_FRAME = { screenShare: 0.4, minWidth: 400, minHeight: 300 } as const;

export function isLargeFrame(win: Pick<Window, 'innerWidth' | 'innerHeight'> & { screen: Pick<Screen, 'width' | 'height'> }): boolean {
  const { innerWidth: width, innerHeight: height, screen } = win;
  return width >= LARGE_FRAME.minWidth && height >= LARGE_FRAME.minHeight && width * height >= LARGE_FRAME.screenShare * screen.width * screen.height;
}

/**
 * In a frame: report what its lockwatch saw (behaviour, dialog texts), and, in a frame that covers
 * much of the screen, what it shows. Lockers often work from a frame.
 */
export function startFrameReports(doc: Document): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let shown: PageExtract | undefined;
  let eventSeen = false;
  // A frame that set a trap (its own "Leave site?", a dialog loop) answers the background's disarm
  // command as the page does, set up before the report that tells the background about it.
  const listenForDisarm = disarmListener(
    () => extensionApi().runtime,
    () => bridge.neutralise(),
  );
  const send = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    const { behaviours, dialogTexts } = bridge.read(doc);
    if (hasTraps({ behaviours, dialogTexts })) listenForDisarm();
    report({ type: 'reportFrame', startedAt: performance.timeOrigin, behaviours, dialogTexts, ...(shown ? { page: shown } : {}) }).catch(() => undefined);
  };
  const bridge = openLockwatchBridge(
    doc,
    (urgent) => {
      // The first thing a frame's lockwatch sees is reported at once, like a dialog, and a trap's
      // disarm listener is set up with that report (see send): a trap set just before the page's
      // alert shows must be listening when the verdict's disarm command comes, and where frames
      // cannot be listed (Firefox) the background must know of it. What follows is gathered for a
      // while.
      if (urgent || !eventSeen) send();
      else timer ??= setTimeout(send, FRAME_REPORT_DELAY_MS);
      eventSeen = true;
    },
    () => loop?.poke(),
  );

  // Read once parsed, and again as it changes, like the page itself; a frame that grows to cover
  // the page later (a kit's second step) is read from then on.
  let loop: ScanLoop | undefined;
  const view = doc.defaultView;
  // A frame's size is the page's layout around it: asked for while the page is being parsed (an
  // empty frame is asked at once, as it is never "loading"), it makes the browser lay the page out
  // there and then, some milliseconds per frame. It is asked right after the next drawn frame
  // instead, when that layout is done anyway. A frame that is not shown draws nothing, and is not
  // large either; should it be shown later, it is measured then.
  let measuring = false;
  const readIfLarge = () => {
    if (loop || measuring || !view || doc.readyState === 'loading') return;
    measuring = true;
    view.requestAnimationFrame(() => {
      rightAfterFrame(() => {
        measuring = false;
        if (loop || !isLargeFrame(view)) return;
        view.removeEventListener('resize', readIfLarge);
        loop = startScanLoop(doc, {
          ...SCAN_PACE,
          extra: () => bridge.read(doc),
          // A frame this large is read only where a kit may draw its whole alert in it: labels too.
          labels: true,
          send: (page) => {
            shown = page;
            send();
          },
        });
      });
    });
  };
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', readIfLarge, { once: true });
  else readIfLarge();
  if (!view) return;
  view.addEventListener('resize', readIfLarge, { passive: true });
  listenForInput(view, (event) => {
    loop?.input();
    bridge.inputSeen(event);
  });
}
