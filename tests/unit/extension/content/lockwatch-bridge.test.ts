// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLockwatchBridge } from '../../../../src/extension/content/lockwatch-bridge';
import { openChannel } from '../../../../src/extension/lockwatch/channel';

/** The lockwatch's end of the channel, as the page's world would open it. */
function lockwatchEnd() {
  const channel = openChannel(document);
  return (event: object) => channel.target.dispatchEvent(new CustomEvent(channel.toContent, { detail: JSON.stringify(event) }));
}

/** Stand in for the browser's record of a recent click or key press. */
function setUserActivation(isActive: boolean | undefined) {
  Object.defineProperty(navigator, 'userActivation', { configurable: true, get: () => (isActive === undefined ? undefined : { isActive, hasBeenActive: isActive }) });
}

describe('openLockwatchBridge', () => {
  // A test that opens only one end leaves the meeting comment in the document, as a page would
  // were the other script never to come: each test starts from a page without one.
  beforeEach(() => {
    for (const node of Array.from(document.childNodes)) if (node.nodeType === Node.COMMENT_NODE) node.remove();
  });
  afterEach(() => setUserActivation(undefined));

  it('takes whether a click came first from the browser as each event arrives, not from the event', () => {
    document.documentElement.innerHTML = '<head></head><body></body>';
    const send = lockwatchEnd();
    const bridge = openLockwatchBridge(document, () => undefined);
    setUserActivation(false);
    // The event cannot say so itself: a forged one could.
    send({ kind: 'fullscreen', detail: 'div asked for full screen', userActivated: true });
    setUserActivation(true);
    send({ kind: 'keyboard-lock', detail: 'locked all keys' });
    const behaviours = bridge.read(document).behaviours;
    expect(behaviours.find((b) => b.kind === 'fullscreen')?.userActivated).toBe(false);
    expect(behaviours.find((b) => b.kind === 'keyboard-lock')?.userActivated).toBe(true);
  });

  it('counts a key or right-click the page swallowed, by a listener added after ours too, as blocked by the person’s own input', async () => {
    document.documentElement.innerHTML = '<head></head><body></body>';
    let pokes = 0;
    const bridge = openLockwatchBridge(document, () => pokes++);
    // Ours, as listenForInput adds it at document_start (trusted events only).
    const ours = (event: Event) => bridge.inputSeen(event);
    window.addEventListener('keydown', ours, { capture: true });
    window.addEventListener('contextmenu', ours, { capture: true });
    // The page's, added later and so run after ours: it keeps Escape and the menu, not other keys.
    const swallow = (event: Event) => {
      const key = (event as KeyboardEvent).key;
      if (event.type === 'contextmenu' || key === 'Escape' || key === 'ArrowUp') event.preventDefault();
    };
    window.addEventListener('keydown', swallow);
    window.addEventListener('contextmenu', swallow);
    try {
      for (const key of ['a', 'ArrowUp', 'F11']) window.dispatchEvent(new KeyboardEvent('keydown', { key, cancelable: true }));
      await new Promise((resolve) => setTimeout(resolve, 5));
      // A game may keep the arrow keys, and F11 went through: nothing is blocked yet.
      expect(bridge.read(document).behaviours).toEqual([]);
      expect(pokes).toBe(0);
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', cancelable: true }));
      window.dispatchEvent(new MouseEvent('contextmenu', { cancelable: true }));
      await new Promise((resolve) => setTimeout(resolve, 5));
      const behaviours = bridge.read(document).behaviours;
      expect(behaviours.find((b) => b.kind === 'keys-blocked')).toMatchObject({ userActivated: true, detail: 'blocked Escape' });
      expect(behaviours.find((b) => b.kind === 'context-menu-blocked')?.userActivated).toBe(true);
      expect(pokes).toBe(2);
    } finally {
      for (const type of ['keydown', 'contextmenu']) {
        window.removeEventListener(type, ours, { capture: true });
        window.removeEventListener(type, swallow);
      }
    }
  });

  it('on neutralise, tells the lockwatch and stops speech and a keyboard lock from its own world', () => {
    document.documentElement.innerHTML = '<head></head><body></body>';
    const channel = openChannel(document);
      const commands: string[] = [];
    channel.target.addEventListener(channel.toPage, (event) => commands.push(String((event as CustomEvent).detail)));
    const calls: string[] = [];
    Object.defineProperty(navigator, 'keyboard', { configurable: true, value: { unlock: () => calls.push('unlock') } });
    Object.defineProperty(globalThis, 'speechSynthesis', { configurable: true, value: { cancel: () => calls.push('cancel') } });
    openLockwatchBridge(document, () => undefined).neutralise();
    expect(commands).toEqual(['neutralise']);
    expect(calls.sort()).toEqual(['cancel', 'unlock']);
  });
});
