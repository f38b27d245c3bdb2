import { defineContentScript } from 'wxt/utils/define-content-script';
import { startScanLoop } from '../src/extension/content/scan';
import { sendMessage } from '../src/extension/send-message';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    // Lets the background tell this document's reports from those of the next page in the tab.
    // (Not crypto.randomUUID: it exists only on https pages, and scam pages are often plain http.)
    const documentId = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
    const loop = startScanLoop(document, {
      debounceMs: 400,
      fastRescans: 20,
      maxDelayMs: 10_000,
      send: (candidates, scanMs) => {
        // The worker may be restarting or the extension updating; the next change sends again.
        sendMessage({ type: 'reportPage', documentId, scanMs, candidates }).catch(() => undefined);
      },
    });
    ctx.onInvalidated(() => loop.stop());
  },
});
