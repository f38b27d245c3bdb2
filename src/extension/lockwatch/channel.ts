/*
 * The private channel between the lockwatch (page world) and the content script (isolated
 * world). Both run at document_start, before any script of the page, in either order. The first
 * to run makes an element with a random name in an attribute and puts it in <html>; the second
 * takes the name and the element and removes the element, so by the time the page's own scripts
 * run there is nothing to find. Events then go as CustomEvents with that name on that element:
 * a page that does not know the name can neither listen to them nor silence them (it cannot even
 * reach the element), and could forge one only by guessing the name; what it could forge
 * (behaviour) only ever adds suspicion.
 *
 * Not on the document: `document.open()` (also an implicit one, from `document.write()` after
 * load) removes every listener of the document, its nodes and its window, in every world, and a
 * page could cut the channel with it. An element outside the document keeps its listeners.
 */

const HANDSHAKE_ATTRIBUTE = 'data-hangup-channel';

export interface Channel {
  /** Events from the lockwatch to the content script. */
  toContent: string;
  /** Commands from the content script to the lockwatch. */
  toPage: string;
  /** Where both are dispatched and listened for: an element that is in no document. */
  target: Element;
}

function randomName(): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return `hu${Array.from(bytes, (b) => b.toString(36).padStart(2, '0')).join('')}`;
}

/** Join (or open) the channel of this document; null if it has no <html> to meet at. */
export function openChannel(doc: Document): Channel | null {
  const root = doc.documentElement;
  if (!root) return null;
  for (let child = root.firstElementChild; child; child = child.nextElementSibling) {
    const base = child.getAttribute(HANDSHAKE_ATTRIBUTE);
    if (!base) continue;
    child.remove();
    return { toContent: `${base}-up`, toPage: `${base}-down`, target: child };
  }
  const base = randomName();
  // A template shows nothing, should it ever stay (the other script never came).
  const target = doc.createElement('template');
  target.setAttribute(HANDSHAKE_ATTRIBUTE, base);
  root.prepend(target);
  return { toContent: `${base}-up`, toPage: `${base}-down`, target };
}

/** What the lockwatch reports: one occurrence of a behaviour. */
export interface LockwatchEvent {
  kind: string;
  detail: string;
  /**
   * Set (true) only for what a person's own input caused (a blocked key); otherwise the content
   * script reads whether a click or key press came first itself, as the event arrives.
   */
  userActivated?: boolean;
  /** Text the page showed or spoke (dialog message, speech). */
  text?: string;
}

export const NEUTRALISE_COMMAND = 'neutralise';
/** Not a behaviour: the page attached shadow roots (detail: how many so far). */
export const SHADOW_ROOT_EVENT = 'shadow-root';
