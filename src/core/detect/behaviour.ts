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

export function behaviourSignals(events: readonly BehaviourEvent[]): { signals: Signal[]; locker: boolean } {
  const signals: Signal[] = [];
  for (const event of events) {
    if (event.count <= 0) continue;
    let weight = BEHAVIOUR_WEIGHTS[event.kind];
    // Fullscreen nobody asked for is the classic first move of a locker.
    if (event.kind === 'fullscreen' && !event.userActivated) weight += 7;
    signals.push({ id: `behaviour.${event.kind}`, weight, evidence: event.detail || `${event.kind} ×${event.count}` });
  }
  const total = signals.reduce((s, signal) => s + signal.weight, 0);
  const locker = events.some((e) => e.count > 0 && TRAPS.has(e.kind)) || total >= LOCKER_WEIGHT;
  return { signals, locker };
}
