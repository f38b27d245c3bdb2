import { type LockwatchEvent, NEUTRALISE_COMMAND, openChannel, SHADOW_ROOT_EVENT } from './channel';

/*
 * The lockwatch, in the page's own world at document_start: it wraps the APIs browser lockers
 * abuse and reports each use to the content script, and on a scam verdict it disarms them. It
 * changes nothing for a page until that verdict: every wrapped call goes through to the real API.
 *
 * The page runs after us and can inspect or replace what it sees; our wrappers are Proxies of the
 * native functions (they print as native code), and everything we call later was taken before the
 * page could touch it.
 */

type AnyFunction = (...args: unknown[]) => unknown;

/** Dialogs, prints and windows closer together than this count towards a loop. */
const LOOP_WINDOW_MS = 30_000;
const HISTORY_WINDOW_MS = 5_000;
const THRESHOLDS = { dialogs: 3, prints: 2, windows: 3, history: 15 } as const;

/**
 * What a lockwatch installed in a frame's window shares with the one of the page that made the
 * frame: where its events go, the counters of loops, and who disarms it.
 */
interface ParentLink {
  natives: ReturnType<typeof takeNatives>;
  send: (event: LockwatchEvent) => void;
  recent: Map<string, number[]>;
  /** Documents already watched. */
  watched: WeakSet<Document>;
  adopt: (neutralise: () => void) => void;
}

type PageWindow = Window & typeof globalThis;

function takeNatives(win: PageWindow) {
  const getDescriptor = Object.getOwnPropertyDescriptor;
  const performance = win.performance;
  const performanceNow = performance.now;
  return {
    reflectApply: Reflect.apply,
    defineProperty: Object.defineProperty,
    getDescriptor,
    dispatch: win.EventTarget.prototype.dispatchEvent,
    listen: win.EventTarget.prototype.addEventListener,
    unlisten: win.EventTarget.prototype.removeEventListener,
    stringify: JSON.stringify,
    setTimeout: win.setTimeout,
    MutationObserver: win.MutationObserver,
    win,
    /** One clock for the page and its frames' windows: loops are counted across them. */
    now: () => Reflect.apply(performanceNow, performance, []) as number,
    exitFullscreen: win.Document.prototype.exitFullscreen,
    fullscreenElement: getDescriptor(win.Document.prototype, 'fullscreenElement')?.get,
    exitPointerLock: win.Document.prototype.exitPointerLock,
    pause: win.HTMLMediaElement.prototype.pause,
  };
}

export function installLockwatch(win: PageWindow, parent?: ParentLink): void {
  const doc = win.document;
  if (!doc.documentElement) return;
  // A frame's window watched on behalf of its page reports through the page's channel.
  const channel = parent ? null : openChannel(doc);

  // Natives, taken before the page runs: a frame's window is watched with its page's, as the page
  // may have changed the frame's own by then.
  const natives = parent?.natives ?? takeNatives(win);
  const { reflectApply, defineProperty, getDescriptor, dispatch, listen, unlisten, stringify, now, exitFullscreen, fullscreenElement, exitPointerLock, pause } = natives;
  const CustomEventCtor = win.CustomEvent;
  const userActivation = win.navigator.userActivation;
  const isActive = () => (userActivation ? userActivation.isActive : false);
  const keyboard = (win.navigator as Navigator & { keyboard?: { unlock?: () => void } }).keyboard;
  const keyboardUnlock = keyboard?.unlock;
  const speechCancel = win.speechSynthesis ? win.speechSynthesis.cancel : undefined;

  let neutralised = false;
  const media = new Set<HTMLMediaElement>();
  const beforeUnloadListeners: Array<[EventTarget, unknown, unknown]> = [];

  const send =
    parent?.send ??
    ((event: LockwatchEvent) => {
      try {
        if (channel) reflectApply(dispatch, channel.target, [new CustomEventCtor(channel.toContent, { detail: stringify(event) })]);
      } catch {
        // A page cannot make us throw into its own code.
      }
    });

  const recent = parent?.recent ?? new Map<string, number[]>();
  const watched = parent?.watched ?? new WeakSet<Document>();
  watched.add(doc);
  const children: Array<() => void> = [];
  /** Count this use; true when it is at least `threshold` uses within `windowMs`. */
  const burst = (key: string, threshold: number, windowMs: number): boolean => {
    const t = now();
    const times = (recent.get(key) ?? []).filter((time) => t - time < windowMs);
    times.push(t);
    recent.set(key, times);
    return times.length >= threshold;
  };

  /** Replace `owner[name]` with a Proxy that runs `before` first; `before` may return a replacement result. */
  const wrap = (owner: object | undefined, name: string, before: (self: unknown, args: unknown[]) => { value: unknown } | undefined) => {
    if (!owner) return;
    const descriptor = getDescriptor(owner, name);
    const original = descriptor?.value as AnyFunction | undefined;
    if (!descriptor || typeof original !== 'function') return;
    const proxy = new Proxy(original, {
      apply(target, self, args: unknown[]) {
        let replaced: { value: unknown } | undefined;
        try {
          replaced = before(self, args);
        } catch {
          replaced = undefined;
        }
        return replaced ? replaced.value : reflectApply(target, self, args);
      },
    });
    defineProperty(owner, name, { ...descriptor, value: proxy });
  };

  const text = (value: unknown) => (typeof value === 'string' ? value.slice(0, 500) : '');

  // Fullscreen, keyboard lock, pointer lock.
  for (const name of ['requestFullscreen', 'webkitRequestFullscreen', 'webkitRequestFullScreen']) {
    wrap(win.Element.prototype, name, (self) => {
      if (neutralised) return { value: Promise.resolve() };
      send({ kind: 'fullscreen', detail: `${(self as Element)?.tagName ?? 'element'} asked for full screen`, userActivated: isActive() });
      return undefined;
    });
  }
  const Keyboard = (win as unknown as { Keyboard?: { prototype: object } }).Keyboard;
  wrap(Keyboard?.prototype, 'lock', (_self, args) => {
    if (neutralised) return { value: Promise.resolve() };
    const keys = Array.isArray(args[0]) ? (args[0] as unknown[]).slice(0, 6).join(', ') : 'all keys';
    send({ kind: 'keyboard-lock', detail: `locked ${keys}`, userActivated: isActive() });
    return undefined;
  });
  wrap(win.Element.prototype, 'requestPointerLock', () => {
    if (neutralised) return { value: undefined };
    send({ kind: 'pointer-lock', detail: 'captured the pointer', userActivated: isActive() });
    return undefined;
  });

  // Dialogs: their text goes to the detector; a loop of them is a trap.
  const dialogResult: Record<string, unknown> = { alert: undefined, confirm: false, prompt: null };
  for (const name of ['alert', 'confirm', 'prompt']) {
    wrap(win, name, (_self, args) => {
      if (neutralised) return { value: dialogResult[name] };
      const loop = burst('dialog', THRESHOLDS.dialogs, LOOP_WINDOW_MS);
      send({ kind: loop ? 'dialog-loop' : 'dialog', detail: `${name}() dialog`, userActivated: isActive(), text: text(args[0]) });
      return undefined;
    });
  }
  wrap(win, 'print', () => {
    if (neutralised) return { value: undefined };
    if (burst('print', THRESHOLDS.prints, LOOP_WINDOW_MS)) send({ kind: 'print-loop', detail: 'print dialog again and again', userActivated: isActive() });
    return undefined;
  });
  wrap(win, 'open', () => {
    if (neutralised) return { value: null };
    if (burst('open', THRESHOLDS.windows, LOOP_WINDOW_MS)) send({ kind: 'window-open-flood', detail: 'opened window after window', userActivated: isActive() });
    return undefined;
  });
  for (const name of ['pushState', 'replaceState']) {
    wrap(win.History.prototype, name, () => {
      if (neutralised) return { value: undefined };
      if (burst('history', THRESHOLDS.history, HISTORY_WINDOW_MS)) send({ kind: 'history-flood', detail: `${name} flood`, userActivated: isActive() });
      return undefined;
    });
  }

  // "Leave site?" traps.
  wrap(win.EventTarget.prototype, 'addEventListener', (self, args) => {
    if (args[0] === 'beforeunload' && self === win) {
      if (neutralised) return { value: undefined };
      beforeUnloadListeners.push([self as EventTarget, args[1], args[2]]);
      send({ kind: 'beforeunload', detail: 'asks before you leave', userActivated: isActive() });
    }
    return undefined;
  });
  const onBeforeUnload = getDescriptor(win, 'onbeforeunload') ?? getDescriptor(Object.getPrototypeOf(win), 'onbeforeunload');
  const onBeforeUnloadOwner = getDescriptor(win, 'onbeforeunload') ? win : Object.getPrototypeOf(win);
  if (onBeforeUnload?.set && onBeforeUnload.get) {
    const set = onBeforeUnload.set;
    defineProperty(onBeforeUnloadOwner, 'onbeforeunload', {
      ...onBeforeUnload,
      set: new Proxy(set, {
        apply(target, self, args: unknown[]) {
          if (neutralised) return undefined;
          if (typeof args[0] === 'function') send({ kind: 'beforeunload', detail: 'asks before you leave', userActivated: isActive() });
          return reflectApply(target, self, args);
        },
      }),
    });
  }

  // A frame of the page's own origin has a window of its own, with natives we have not wrapped: a
  // page could show its dialogs through `frame.contentWindow.alert`. Such a frame's window is
  // watched too, on behalf of this page, the first time the page reaches for it. (A frame of
  // another site runs its own lockwatch, and this page cannot call into it.)
  const link: ParentLink = { natives, send, recent, watched, adopt: (neutraliseChild) => children.push(neutraliseChild) };
  const watchFrame = (child: unknown) => {
    try {
      const frameWindow = child as PageWindow | null;
      const frameDocument = frameWindow?.document;
      if (frameWindow && frameDocument && !watched.has(frameDocument)) installLockwatch(frameWindow, link);
    } catch {
      // Another origin: not ours to reach, nor the page's.
    }
  };
  for (const owner of [win.HTMLIFrameElement?.prototype, win.HTMLFrameElement?.prototype, win.HTMLObjectElement?.prototype]) {
    for (const name of ['contentWindow', 'contentDocument']) {
      const descriptor = owner ? getDescriptor(owner, name) : undefined;
      const getter = descriptor?.get;
      if (!owner || !descriptor || !getter) continue;
      defineProperty(owner, name, {
        ...descriptor,
        get: new Proxy(getter, {
          apply(target, self, args: unknown[]) {
            const value = reflectApply(target, self, args);
            const frameWindow = name === 'contentWindow' ? value : (value as Document | null)?.defaultView;
            if (frameWindow) watchFrame(frameWindow);
            return value;
          },
        }),
      });
    }
  }

  // Shadow roots: their text is not in the page's innerText, so a page could show its whole alert
  // from one. The content script reads them once it knows the page has any (see readShadowText).
  // Roots attached in one task go as one event: pages built of web components attach hundreds.
  let shadowRoots = 0;
  let shadowPending = false;
  wrap(win.Element.prototype, 'attachShadow', () => {
    shadowRoots++;
    if (!shadowPending) {
      shadowPending = true;
      reflectApply(natives.setTimeout, natives.win, [
        () => {
          shadowPending = false;
          send({ kind: SHADOW_ROOT_EVENT, detail: String(shadowRoots), userActivated: false });
        },
        0,
      ]);
    }
    return undefined;
  });

  // Alarm sounds and spoken warnings.
  wrap(win.HTMLMediaElement.prototype, 'play', (self) => {
    const element = self as HTMLMediaElement;
    media.add(element);
    if (neutralised) return { value: Promise.resolve() };
    if (element.loop && !element.muted) send({ kind: 'audio-loop', detail: 'plays a sound in a loop', userActivated: isActive() });
    return undefined;
  });
  const speech = win.speechSynthesis;
  wrap(speech ? Object.getPrototypeOf(speech) : undefined, 'speak', (_self, args) => {
    if (neutralised) return { value: undefined };
    send({ kind: 'speech', detail: 'speaks a warning', userActivated: isActive(), text: text((args[0] as { text?: unknown } | undefined)?.text) });
    return undefined;
  });

  // Blocked right-click and keys (Esc, F11, F12, Ctrl+W, developer tools): seen when a real
  // (trusted) event ends up with its default prevented.
  const checkBlocked = (event: Event) => {
    if (!event.isTrusted || !event.defaultPrevented) return;
    if (event.type === 'contextmenu') {
      send({ kind: 'context-menu-blocked', detail: 'blocked the right-click menu', userActivated: true });
      return;
    }
    const key = event as KeyboardEvent;
    const k = (key.key ?? '').toLowerCase();
    const combo = key.ctrlKey || key.metaKey;
    if (k === 'escape' || k === 'f11' || k === 'f12' || k === 'f5' || (combo && (k === 'w' || k === 'r' || k === 'u' || (key.shiftKey && (k === 'i' || k === 'j' || k === 'c'))))) {
      send({ kind: 'keys-blocked', detail: `blocked ${key.key}`, userActivated: true });
    }
  };
  // Our window listeners. `document.open()` removes every listener of the window (ours too), so
  // they are added again whenever the page replaces its document (see the end).
  const windowListeners: Array<[string, (event: Event) => void, boolean]> = [
    ['contextmenu', checkBlocked, false],
    ['keydown', checkBlocked, false],
    // Our own first listener: once disarmed, no "Leave site?" prompt can hold the person.
    [
      'beforeunload',
      (event: Event) => {
        if (neutralised) event.stopImmediatePropagation();
      },
      true,
    ],
  ];

  const neutralise = () => {
    neutralised = true;
    for (const neutraliseChild of children) {
      try {
        neutraliseChild();
      } catch {
        // A frame gone meanwhile.
      }
    }
    try {
      if (fullscreenElement && reflectApply(fullscreenElement, doc, [])) void reflectApply(exitFullscreen, doc, []);
    } catch {
      // Not in fullscreen after all.
    }
    try {
      reflectApply(exitPointerLock, doc, []);
    } catch {
      // No pointer lock.
    }
    try {
      if (keyboardUnlock && keyboard) reflectApply(keyboardUnlock, keyboard, []);
    } catch {
      // No keyboard lock.
    }
    for (const element of media) {
      try {
        reflectApply(pause, element, []);
      } catch {
        // Gone.
      }
    }
    try {
      if (speechCancel && speech) reflectApply(speechCancel, speech, []);
    } catch {
      // No speech.
    }
    for (const [target, listener, options] of beforeUnloadListeners) {
      try {
        reflectApply(unlisten, target, ['beforeunload', listener, options]);
      } catch {
        // Already gone.
      }
    }
    try {
      if (onBeforeUnload?.set) reflectApply(onBeforeUnload.set, win, [null]);
    } catch {
      // Nothing to clear.
    }
  };
  if (parent) parent.adopt(neutralise);
  else if (channel) {
    reflectApply(listen, channel.target, [
      channel.toPage,
      (event: Event) => {
        if ((event as CustomEvent).detail === NEUTRALISE_COMMAND) neutralise();
      },
    ]);
  }

  // <body onbeforeunload="..."> sets the handler without going through our setter.
  windowListeners.push([
    'load',
    () => {
      try {
        if (onBeforeUnload?.get && reflectApply(onBeforeUnload.get, win, [])) send({ kind: 'beforeunload', detail: 'asks before you leave', userActivated: false });
      } catch {
        // Unreadable handler.
      }
    },
    false,
  ]);
  // Adding a listener that is already there changes nothing.
  const armWindow = () => {
    for (const [type, listener, capture] of windowListeners) reflectApply(listen, win, [type, listener, capture]);
  };
  armWindow();
  // A page that replaces its document (document.open, or document.write after load) took our
  // window listeners with it. The page cannot reach this observer.
  let shownRoot = doc.documentElement;
  new natives.MutationObserver(() => {
    if (doc.documentElement === shownRoot) return;
    shownRoot = doc.documentElement;
    armWindow();
  }).observe(doc, { childList: true });
}
