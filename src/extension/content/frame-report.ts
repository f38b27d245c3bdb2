import { sendMessage } from '../send-message';
import { openLockwatchBridge } from './lockwatch-bridge';

/** How long a frame gathers behaviour before it reports (a dialog is reported at once). */
const FRAME_REPORT_DELAY_MS = 300;

/**
 * In a frame: report only what its lockwatch saw (behaviour, dialog texts). Lockers often work
 * from a frame; the page's text is the top frame's to read.
 */
export function startFrameReports(doc: Document): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const send = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    const { behaviours, dialogTexts } = bridge.read(doc);
    sendMessage({ type: 'reportFrame', startedAt: performance.timeOrigin, behaviours, dialogTexts }).catch(() => undefined);
  };
  const bridge = openLockwatchBridge(doc, (urgent) => {
    if (urgent) send();
    else timer ??= setTimeout(send, FRAME_REPORT_DELAY_MS);
  });
}
