import { describe, expect, it } from 'vitest';
import { disarmListener, hasTraps, mayBeDisarmed } from '../../../../src/extension/content/disarm';
import type { BehaviourEvent } from '../../../../src/core/detect/types';

type Listener = (message: unknown, sender: { id?: string }, sendResponse: (response: unknown) => void) => undefined;

/** A stand-in for `runtime`: counts how often it is reached for and keeps the listeners added. */
function fakeRuntime(id = 'hang-up-id') {
  const listeners: Listener[] = [];
  let reached = 0;
  const runtime = { id, onMessage: { addListener: (listener: Listener) => listeners.push(listener) } };
  return {
    get: () => {
      reached++;
      return runtime;
    },
    listeners,
    reached: () => reached,
  };
}

const fullscreen: BehaviourEvent = { kind: 'fullscreen', count: 1, userActivated: true, detail: 'div asked for full screen' };

describe('when the content script listens for the disarm command', () => {
  it('does so for a page that set a trap or opened a dialog, not for a page that did neither', () => {
    expect(hasTraps({ behaviours: [], dialogTexts: [] })).toBe(false);
    expect(hasTraps({ behaviours: [fullscreen], dialogTexts: [] })).toBe(true);
    expect(hasTraps({ behaviours: [], dialogTexts: ['Your computer is blocked'] })).toBe(true);
  });

  it('does so once the background judged the page anything but clean', () => {
    expect(mayBeDisarmed(undefined)).toBe(false);
    expect(mayBeDisarmed('clean')).toBe(false);
    expect(mayBeDisarmed('suspicious')).toBe(true);
    expect(mayBeDisarmed('scam')).toBe(true);
  });
});

describe('disarmListener', () => {
  it('reaches for the extension API only when asked to listen, and listens once however often asked', () => {
    const runtime = fakeRuntime();
    const listen = disarmListener(runtime.get, () => undefined);
    expect(runtime.reached()).toBe(0);
    listen();
    listen();
    expect(runtime.reached()).toBe(1);
    expect(runtime.listeners).toHaveLength(1);
  });

  it('disarms the page on the command from this extension, and answers it', () => {
    const runtime = fakeRuntime();
    let disarmed = 0;
    disarmListener(runtime.get, () => disarmed++)();
    const answers: unknown[] = [];
    runtime.listeners[0]?.({ type: 'neutralisePage' }, { id: 'hang-up-id' }, (answer) => answers.push(answer));
    expect(disarmed).toBe(1);
    expect(answers).toEqual([{ ok: true }]);
  });

  it('ignores other messages, and the command from anyone else', () => {
    const runtime = fakeRuntime();
    let disarmed = 0;
    disarmListener(runtime.get, () => disarmed++)();
    const answers: unknown[] = [];
    const listener = runtime.listeners[0];
    listener?.({ type: 'neutralisePage' }, { id: 'another-extension' }, (answer) => answers.push(answer));
    listener?.({ type: 'neutralisePage' }, {}, (answer) => answers.push(answer));
    listener?.({ type: 'somethingElse' }, { id: 'hang-up-id' }, (answer) => answers.push(answer));
    listener?.(null, { id: 'hang-up-id' }, (answer) => answers.push(answer));
    expect(disarmed).toBe(0);
    expect(answers).toEqual([]);
  });
});
