/*
 * The private channel between the lockwatch (page world) and the content script (isolated
 * world). Both run at document_start, before any script of the page, in either order. The first
 * to run draws a random name and leaves it in an attribute of <html>; the second takes it and
 * removes the attribute, so by the time the page's own scripts run there is nothing to read.
 * Events then go as CustomEvents with that name on the document: a page that does not know the
 * name can neither listen to them nor silence them. It could forge one only by guessing the name,
 * and what it could forge (behaviour) only ever adds suspicion.
 */

const HANDSHAKE_ATTRIBUTE = 'data-hangup-channel';

export interface ChannelNames {
  /** Events from the lockwatch to the content script. */
  toContent: string;
  /** Commands from the content script to the lockwatch. */
  toPage: string;
}

function randomName(): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return `hu${Array.from(bytes, (b) => b.toString(36).padStart(2, '0')).join('')}`;
}

/** Join (or open) the channel of this document. */
export function openChannel(root: Element): ChannelNames {
  let base = root.getAttribute(HANDSHAKE_ATTRIBUTE);
  if (base) root.removeAttribute(HANDSHAKE_ATTRIBUTE);
  else {
    base = randomName();
    root.setAttribute(HANDSHAKE_ATTRIBUTE, base);
  }
  return { toContent: `${base}-up`, toPage: `${base}-down` };
}

/** What the lockwatch reports: one occurrence of a behaviour. */
export interface LockwatchEvent {
  kind: string;
  detail: string;
  userActivated: boolean;
  /** Text the page showed or spoke (dialog message, speech). */
  text?: string;
}

export const NEUTRALISE_COMMAND = 'neutralise';
/** Not a behaviour: the page attached shadow roots (detail: how many so far). */
export const SHADOW_ROOT_EVENT = 'shadow-root';
