/*
 * The private channel between the lockwatch (page world) and the content script (isolated
 * world). Both run at document_start, before any script of the page, in either order. The first
 * to run puts a comment node with a marker at the start of the document (before its doctype and
 * <html>); the second takes it out, so by the time the page's own scripts run there is nothing to
 * find. Events then go as CustomEvents on that node, which is in no document: a page cannot reach
 * it, so it can neither listen to them, nor silence them, nor forge one. What makes the channel
 * private is the node, not the events' names: a page that could reach the node would read any
 * name off it. (A random name, drawn on every page, bought nothing and cost main-thread time in
 * the page's world.)
 *
 * The events do not go on the document itself: `document.open()` (also an implicit one, from
 * `document.write()` after load) removes every listener of the document, its nodes and its
 * window, in every world, and a page could cut the channel with it. A node outside the document
 * keeps its listeners.
 *
 * A comment rather than an element: nothing to build (an element is an instance of its
 * interface, in each world that touches it) and nothing a browser shows, should it ever stay
 * (the other script never came). A child of the document rather than of <html>: the content
 * script then touches no element while the page loads. The first element a world touches makes
 * the browser build that world's element interfaces (HTMLHtmlElement, HTMLElement, Element), main-
 * thread time in every page and frame.
 */

const MARKER = 'hangup-channel';
const COMMENT_NODE = 8;

export interface Channel {
  /** Events from the lockwatch to the content script. */
  toContent: string;
  /** Commands from the content script to the lockwatch. */
  toPage: string;
  /** Where both are dispatched and listened for: a node that is in no document. */
  target: Node;
}

const NAMES = { toContent: 'hangup-up', toPage: 'hangup-down' } as const;

/** Join (or open) the channel of this document. */
export function openChannel(doc: Document): Channel {
  // Only the document's own children: at document_start, a doctype and <html>.
  for (let child = doc.firstChild; child; child = child.nextSibling) {
    if (child.nodeType !== COMMENT_NODE || (child as Comment).data !== MARKER) continue;
    (child as Comment).remove();
    return { ...NAMES, target: child };
  }
  const target = doc.createComment(MARKER);
  doc.prepend(target);
  return { ...NAMES, target };
}

/** What the lockwatch reports: one occurrence of a behaviour. */
export interface LockwatchEvent {
  kind: string;
  detail: string;
  /** Text the page showed or spoke (dialog message, speech). */
  text?: string;
}

export const NEUTRALISE_COMMAND = 'neutralise';
/** Not a behaviour: the page attached shadow roots (detail: how many so far). */
export const SHADOW_ROOT_EVENT = 'shadow-root';
