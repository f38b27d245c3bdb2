import type { BehaviourEvent, BehaviourKind, Signal } from './types';

/*
 * Browser-locker behaviour as signals. A page can forge or hide these events, so they only ever
 * add weight; and since games, video players and editors use the same APIs one at a time, only a
 * combination that traps the person counts as a locker.
 */

export const BEHAVIOUR_WEIGHTS: Record<BehaviourKind, number> = {
  fullscreen: 8,
  'keyboard-lock': 15,
  'pointer-lock': 3,
  'dialog-loop': 20,
  beforeunload: 5,
  'history-flood': 15,
  'window-open-flood': 15,
  'print-loop': 15,
  'audio-loop': 8,
  speech: 10,
  'hidden-cursor': 8,
  'context-menu-blocked': 5,
  'keys-blocked': 12,
  'auth-dialog': 20,
};

/** Behaviour that traps a person rather than serves them: any one of these makes a locker. */
const TRAPS: ReadonlySet<BehaviourKind> = new Set(['dialog-loop', 'history-flood', 'window-open-flood', 'print-loop', 'keys-blocked', 'auth-dialog']);
/** Weight of behaviour at which the combination is a locker even without a trap. */
const LOCKER_WEIGHT = 30;

/** Behaviour that takes the keyboard or floods the browser: games and players never combine it with three more. */
const CAPTURES: ReadonlySet<BehaviourKind> = new Set(['keyboard-lock', 'keys-blocked', 'dialog-loop', 'history-flood', 'window-open-flood', 'print-loop']);
const TRAP_KINDS = 4;
const TRAP_WEIGHT = 35;

export interface BehaviourFacts {
  signals: Signal[];
  /** Some behaviour that traps a person: with scam content, a scam. */
  locker: boolean;
  /**
   * A full browser lock (four or more kinds, one that captures the keyboard or floods, no
   * pointer lock as a game would use): a scam even when its alert is only a picture.
   */
  trap: boolean;
}

export function behaviourSignals(events: readonly BehaviourEvent[]): BehaviourFacts {
  const signals: Signal[] = [];
  for (const event of events) {
    if (event.count <= 0) continue;
    let weight = BEHAVIOUR_WEIGHTS[event.kind];
    // Fullscreen nobody asked for is the classic first move of a locker.
    if (event.kind === 'fullscreen' && !event.userActivated) weight += 7;
    signals.push({ id: `behaviour.${event.kind}`, weight, evidence: event.detail || `${event.kind} ×${event.count}` });
  }
  const total = signals.reduce((s, signal) => s + signal.weight, 0);
  const seen = new Set(events.filter((e) => e.count > 0).map((e) => e.kind));
  const locker = [...seen].some((kind) => TRAPS.has(kind)) || total >= LOCKER_WEIGHT;
  const trap = seen.size >= TRAP_KINDS && total >= TRAP_WEIGHT && !seen.has('pointer-lock') && [...seen].some((kind) => CAPTURES.has(kind));
  return { signals, locker, trap };
}
