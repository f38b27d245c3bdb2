import type { browser } from 'wxt/browser';
import type { Message, Responses } from '../messages';

/*
 * The extension's API, for the content scripts, looked up on first use. The first touch of
 * `chrome` (or `browser`) in a world makes the browser build its bindings there: main-thread time
 * that every page and frame would pay while it loads, had the script reached for it at start (as
 * WXT's `browser` does, and send-message.ts with it). A content script needs it only to report,
 * and it reports after the page has loaded.
 */

type ExtensionApi = typeof browser;

let api: ExtensionApi | undefined;

/** Firefox's `browser`, or Chromium's `chrome`: both return promises in MV3. */
export function extensionApi(): ExtensionApi {
  if (!api) {
    const scope = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
    api = (scope.browser?.runtime?.id ? scope.browser : scope.chrome) as ExtensionApi;
  }
  return api;
}

/** Send one protocol message to the background (see send-message.ts). */
export async function report<M extends Message>(message: M): Promise<Responses[M['type']]> {
  return (await extensionApi().runtime.sendMessage(message)) as Responses[M['type']];
}

/** Whether this copy of the script still belongs to an installed extension (not updated or removed since). */
export function extensionAlive(): boolean {
  try {
    return Boolean(extensionApi().runtime?.id);
  } catch {
    return false;
  }
}
