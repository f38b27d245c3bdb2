import { describe, expect, it } from 'vitest';
import { behaviourSignals } from '../../../../src/core/detect/behaviour';
import type { BehaviourEvent, BehaviourKind } from '../../../../src/core/detect/types';

function event(kind: BehaviourKind, count = 1, userActivated = true): BehaviourEvent {
  return { kind, count, userActivated, detail: '' };
}

describe('behaviourSignals', () => {
  it('calls a page that loops dialogs or blocks keys a locker, whatever else it does', () => {
    expect(behaviourSignals([event('dialog-loop', 5)]).locker).toBe(true);
    expect(behaviourSignals([event('keys-blocked', 3)]).locker).toBe(true);
    expect(behaviourSignals([event('history-flood', 40)]).locker).toBe(true);
  });

  it('does not call one everyday use of these APIs a locker', () => {
    for (const kind of ['fullscreen', 'pointer-lock', 'beforeunload', 'audio-loop', 'context-menu-blocked'] as const) {
      expect(behaviourSignals([event(kind)]).locker, kind).toBe(false);
    }
    // A game: fullscreen after a click, pointer lock, music.
    expect(behaviourSignals([event('fullscreen'), event('pointer-lock'), event('audio-loop')]).locker).toBe(false);
  });

  it('calls a combination that traps the person a locker', () => {
    const trap = [event('fullscreen', 1, false), event('keyboard-lock'), event('hidden-cursor')];
    expect(behaviourSignals(trap).locker).toBe(true);
  });

  it('weighs fullscreen that nobody asked for more than fullscreen after a click', () => {
    const [asked] = behaviourSignals([event('fullscreen', 1, true)]).signals;
    const [unasked] = behaviourSignals([event('fullscreen', 1, false)]).signals;
    expect((unasked?.weight ?? 0) > (asked?.weight ?? 0)).toBe(true);
  });

  it('gives every event a signal with evidence, and ignores events that did not happen', () => {
    const { signals } = behaviourSignals([event('keyboard-lock'), event('speech', 0)]);
    expect(signals).toHaveLength(1);
    expect(signals[0]?.id).toBe('behaviour.keyboard-lock');
    expect(signals[0]?.evidence).not.toBe('');
  });

  it('calls a full browser lock a trap, but not a fullscreen game with pointer lock, music and a keyboard lock', () => {
    const kit = [event('fullscreen'), event('keyboard-lock'), event('hidden-cursor'), event('beforeunload'), event('audio-loop')];
    expect(behaviourSignals(kit).trap).toBe(true);
    const game = [event('fullscreen'), event('keyboard-lock'), event('pointer-lock'), event('audio-loop'), event('hidden-cursor'), event('beforeunload')];
    expect(behaviourSignals(game).trap).toBe(false);
    const player = [event('fullscreen'), event('audio-loop'), event('hidden-cursor')];
    expect(behaviourSignals(player).trap).toBe(false);
    // The image-only kit after one click: the alert is a picture, the browser is locked all round.
    const pictureKit = [event('fullscreen'), event('keyboard-lock'), event('hidden-cursor', 1, false), event('beforeunload', 1, false)];
    expect(behaviourSignals(pictureKit).trap).toBe(true);
  });
});
