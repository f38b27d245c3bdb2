/**
 * Browser-locker behaviour a page can show, as the lockwatch reports it. Kept apart from the zod
 * schemas so that the content script can check a kind without loading zod.
 */
export const BEHAVIOUR_KINDS = [
  'fullscreen',
  'keyboard-lock',
  'pointer-lock',
  'dialog-loop',
  'beforeunload',
  'history-flood',
  'window-open-flood',
  'print-loop',
  'audio-loop',
  'speech',
  'hidden-cursor',
  'context-menu-blocked',
  'keys-blocked',
  'auth-dialog',
] as const;
export type BehaviourKind = (typeof BEHAVIOUR_KINDS)[number];

export function isBehaviourKind(kind: unknown): kind is BehaviourKind {
  return typeof kind === 'string' && (BEHAVIOUR_KINDS as readonly string[]).includes(kind);
}
