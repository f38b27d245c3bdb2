// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { openLockwatchBridge } from '../../../../src/extension/content/lockwatch-bridge';
import { openChannel } from '../../../../src/extension/lockwatch/channel';

/** The lockwatch's end of the channel, as the page's world would open it. */
function lockwatchEnd() {
  const channel = openChannel(document);
  if (!channel) throw new Error('no channel');
  return (event: object) => channel.target.dispatchEvent(new CustomEvent(channel.toContent, { detail: JSON.stringify(event) }));
}

/** Stand in for the browser's record of a recent click or key press. */
function setUserActivation(isActive: boolean | undefined) {
  Object.defineProperty(navigator, 'userActivation', { configurable: true, get: () => (isActive === undefined ? undefined : { isActive, hasBeenActive: isActive }) });
}

describe('openLockwatchBridge', () => {
  afterEach(() => setUserActivation(undefined));

  it('takes whether a click came first from the browser as each event arrives, not from the event', () => {
    document.documentElement.innerHTML = '<head></head><body></body>';
    const send = lockwatchEnd();
    const bridge = openLockwatchBridge(document, () => undefined);
    setUserActivation(false);
    // Said by the event, not by the browser: only input-caused events carry it.
    send({ kind: 'fullscreen', detail: 'div asked for full screen' });
    setUserActivation(true);
    send({ kind: 'keyboard-lock', detail: 'locked all keys' });
    const behaviours = bridge.read(document).behaviours;
    expect(behaviours.find((b) => b.kind === 'fullscreen')?.userActivated).toBe(false);
    expect(behaviours.find((b) => b.kind === 'keyboard-lock')?.userActivated).toBe(true);
  });

  it('counts a blocked key as the person’s own input, and works where the browser keeps no record', () => {
    document.documentElement.innerHTML = '<head></head><body></body>';
    const send = lockwatchEnd();
    const bridge = openLockwatchBridge(document, () => undefined);
    send({ kind: 'keys-blocked', detail: 'blocked Escape', userActivated: true });
    send({ kind: 'fullscreen', detail: 'div asked for full screen' });
    const behaviours = bridge.read(document).behaviours;
    expect(behaviours.find((b) => b.kind === 'keys-blocked')?.userActivated).toBe(true);
    expect(behaviours.find((b) => b.kind === 'fullscreen')?.userActivated).toBe(false);
  });

  it('on neutralise, tells the lockwatch and stops speech and a keyboard lock from its own world', () => {
    document.documentElement.innerHTML = '<head></head><body></body>';
    const channel = openChannel(document);
    if (!channel) throw new Error('no channel');
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
