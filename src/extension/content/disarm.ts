import type { PageExtract, VerdictLevel } from '../../core/detect/types';

/*
 * The background's "disarm" command (see disarm in tab-verdicts.ts): before it sends a tab to the
 * warning page, it asks the page's content script to undo the lockwatch's traps, so that no
 * "Leave site?" prompt, dialog or full screen holds the tab. Listening for it has a price on
 * every page: the first listener of `runtime.onMessage` in a world is set up with the browser
 * (0.3 ms of the page's main thread, median over dev-real's benign pages, measured in a scratch
 * build). It is paid only where disarming can do something: on a page whose lockwatch saw a trap
 * or a dialog (everything the command undoes is something the lockwatch reported when the page
 * set it up), and on a page the background judged anything but clean.
 */

/** The command, as the background sends it. */
export const DISARM_MESSAGE = { type: 'neutralisePage' } as const;

/** Whether what a page showed so far could give the disarm command something to undo. */
export function hasTraps(page: Pick<PageExtract, 'behaviours' | 'dialogTexts'>): boolean {
  return page.behaviours.length > 0 || page.dialogTexts.length > 0;
}

/** Whether the background's answer to a report means it may disarm the page later. */
export function mayBeDisarmed(level: VerdictLevel | undefined): boolean {
  return level !== undefined && level !== 'clean';
}

interface MessageRuntime {
  id?: string;
  onMessage: { addListener(listener: (message: unknown, sender: { id?: string }, sendResponse: (response: unknown) => void) => undefined): void };
}

/**
 * A function that starts listening for the command the first time it is called, and then does
 * nothing more. Only this extension can send it (`sender.id`); pages cannot reach
 * `runtime.onMessage` at all.
 */
export function disarmListener(runtime: () => MessageRuntime, neutralise: () => void): () => void {
  let listening = false;
  return () => {
    if (listening) return;
    listening = true;
    const api = runtime();
    api.onMessage.addListener((message, sender, sendResponse) => {
      if (sender.id !== api.id || (message as { type?: unknown } | null)?.type !== DISARM_MESSAGE.type) return undefined;
      neutralise();
      sendResponse({ ok: true });
      return undefined;
    });
  };
}
