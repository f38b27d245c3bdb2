import { defineContentScript } from 'wxt/utils/define-content-script';
import { startScanLoop } from '../src/extension/content/scan';
import { sendMessage } from '../src/extension/send-message';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    const stop = startScanLoop(document, {
      debounceMs: 400,
      fastRescans: 20,
      maxDelayMs: 10_000,
      send: (candidates) => {
        // The worker may be restarting or the extension updating; the next change sends again.
        sendMessage({ type: 'reportPage', candidates }).catch(() => undefined);
      },
    });
    ctx.onInvalidated(stop);
  },
});
