import { type BehaviourKind, isBehaviourKind } from '../../core/detect/behaviour-kinds';
import type { BehaviourEvent } from '../../core/detect/types';
import { type LockwatchEvent, NEUTRALISE_COMMAND, openChannel, SHADOW_ROOT_EVENT } from '../lockwatch/channel';

/*
 * The content script's end of the lockwatch channel: it counts the behaviour the page shows,
 * keeps the texts of its dialogs and speech, and passes the "disarm" command down. Whatever
 * arrives is checked here; a forged event can only add to what the page is suspected of.
 */

const MAX_TEXTS = 10;

export interface LockwatchBridge {
  /** Behaviour so far, and the texts the page put in dialogs or speech. */
  read(doc: Document): { behaviours: BehaviourEvent[]; dialogTexts: string[]; shadowRoots: boolean };
  /** Disarm the page: leave fullscreen, unlock, stop dialogs, sounds and "Leave site?" traps. */
  neutralise(): void;
  /**
   * A person's own key press or right-click (a trusted event, see listenForInput): once every
   * listener of the page has had it, a default the page prevented is a blocked key or menu.
   */
  inputSeen(event: Event): void;
}

/** Keys a locker keeps from a person: leaving fullscreen, closing or reloading the tab, the developer tools. */
function blockedKey(event: KeyboardEvent): boolean {
  const key = typeof event.key === 'string' ? event.key.toLowerCase() : '';
  const combo = event.ctrlKey || event.metaKey;
  return key === 'escape' || key === 'f11' || key === 'f12' || key === 'f5' || (combo && (key === 'w' || key === 'r' || key === 'u' || (event.shiftKey && (key === 'i' || key === 'j' || key === 'c'))));
}

/** `onShadowRoots`: the page attached shadow roots (again); without it, that news is dropped. */
export function openLockwatchBridge(doc: Document, onEvent: (urgent: boolean) => void, onShadowRoots?: () => void): LockwatchBridge {
  const channel = openChannel(doc);
  const behaviours = new Map<BehaviourKind, BehaviourEvent>();
  const texts: string[] = [];
  // A page can forge this event; all it gets is its shadow roots read.
  let shadowRoots = false;

  const userActive = () => {
    try {
      return (navigator as Navigator & { userActivation?: { isActive: boolean } }).userActivation?.isActive === true;
    } catch {
      return false;
    }
  };
  const record = (kind: BehaviourKind, detail: string, userActivated: boolean) => {
    const existing = behaviours.get(kind);
    if (existing) existing.count++;
    else behaviours.set(kind, { kind, count: 1, userActivated, detail: detail.slice(0, 200) });
  };

  channel.target.addEventListener(channel.toContent, (event) => {
    let parsed: Partial<LockwatchEvent>;
    try {
      parsed = JSON.parse(String((event as CustomEvent).detail)) as Partial<LockwatchEvent>;
    } catch {
      return;
    }
    const kind = parsed.kind;
    if (kind === SHADOW_ROOT_EVENT) {
      if (!onShadowRoots) return;
      shadowRoots = true;
      onShadowRoots();
      return;
    }
    const text = typeof parsed.text === 'string' ? parsed.text.trim().slice(0, 500) : '';
    if (text && !texts.includes(text) && texts.length < MAX_TEXTS) texts.push(text);
    // Events arrive while the page's call is still under way, before the browser acts on it (a
    // fullscreen request uses up the click that allowed it): what the page was allowed is read now,
    // in this world, where the page cannot change what it says.
    if (isBehaviourKind(kind)) record(kind, String(parsed.detail ?? ''), userActive());
    // A dialog blocks the page until it is closed: scan before it shows, so its text counts now.
    onEvent(kind === 'dialog' || kind === 'dialog-loop' || kind === 'speech');
  });

  return {
    read(d) {
      const body = d.body;
      // Kits hide the pointer over the whole page so the person cannot find the close button.
      // Asked only of pages that already show locker behaviour: it costs a style lookup.
      if (body && behaviours.size > 0 && !behaviours.has('hidden-cursor')) {
        const view = d.defaultView;
        const centre = view ? d.elementFromPoint(view.innerWidth / 2, view.innerHeight / 2) : null;
        if ([body, centre].some((el) => el && getComputedStyle(el).cursor === 'none')) record('hidden-cursor', 'hid the mouse pointer', false);
      }
      return { behaviours: [...behaviours.values()].map((b) => ({ ...b })), dialogTexts: [...texts], shadowRoots };
    },
    inputSeen(event) {
      if (event.type !== 'keydown' && event.type !== 'contextmenu') return;
      // Read once the event has been everywhere: a page's listener may come after ours at the
      // window (added later), or anywhere below it.
      setTimeout(() => {
        if (!event.defaultPrevented) return;
        if (event.type === 'contextmenu') record('context-menu-blocked', 'blocked the right-click menu', true);
        else if (blockedKey(event as KeyboardEvent)) record('keys-blocked', `blocked ${(event as KeyboardEvent).key}`, true);
        else return;
        onEvent(false);
      }, 0);
    },
    neutralise() {
      channel.target.dispatchEvent(new CustomEvent(channel.toPage, { detail: NEUTRALISE_COMMAND }));
      // These are the same in every world: done from here, the lockwatch need not touch them.
      try {
        (navigator as Navigator & { keyboard?: { unlock(): void } }).keyboard?.unlock();
      } catch {
        // No keyboard lock.
      }
      try {
        globalThis.speechSynthesis?.cancel();
      } catch {
        // No speech.
      }
    },
  };
}
