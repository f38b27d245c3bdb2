import { type LockwatchEvent, NEUTRALISE_COMMAND, openChannel, SHADOW_ROOT_EVENT } from './channel';

/*
 * The lockwatch, in the page's own world at document_start: it wraps the APIs browser lockers
 * abuse and reports each use to the content script, and on a scam verdict it disarms them. It
 * changes nothing for a page until that verdict: every wrapped call goes through to the real API.
 *
 * The page runs after us, in the same world, and can inspect or replace anything it reaches:
 * - our wrappers are Proxies of the native functions, and `Function.prototype.toString` shows
 *   them as the natives they wrap (name included);
 * - once the page runs, we call nothing it can replace: every function, getter and constructor
 *   we use later was taken at the start (`takeNatives`), through `Reflect.apply`. That includes
 *   what JavaScript looks up by itself: a Proxy's handler, a property descriptor, an event's
 *   init dictionary and what we serialise have no prototype (a page could otherwise add `get` to
 *   `Object.prototype`, become our Proxies' trap and be handed the unwrapped native), our lists
 *   are indexed, not iterated, and we write only to objects without a prototype (a setter on
 *   `Array.prototype[0]` would otherwise see every write).
 * A page that replaces a prototype method therefore changes nothing here; what it can still do
 * is add suspicion, by forging behaviour.
 *
 * Every document has its own: the browser runs this script in each frame too, also in the frames a
 * page makes without an address of its own (about:blank, srcdoc, blob:, javascript:), before the
 * page can reach into them (match_about_blank and match_origin_as_fallback in the manifest). So a
 * page that shows its dialogs through a frame's `alert` calls a wrapped one, and nothing here
 * needs to watch for frames: a watch in the page's window that wrapped the frame's natives again
 * would cost every frame the page touches and show the page that something had changed them.
 * tests/e2e/lockers.spec.ts and firefox.spec.ts hold one locker page for each way of making such
 * a frame.
 */

type AnyFunction = (...args: unknown[]) => unknown;
type Getter = (() => unknown) | undefined;

/** Dialogs, prints and windows closer together than this count towards a loop. */
const LOOP_WINDOW_MS = 30_000;
const HISTORY_WINDOW_MS = 5_000;
const THRESHOLDS = { dialogs: 3, prints: 2, windows: 3, history: 15 } as const;
type LoopKey = keyof typeof THRESHOLDS;

type PageWindow = Window & typeof globalThis;

/** A property's getter, as it is now. */
function getterOf(owner: object | undefined, name: string): Getter {
  return owner ? (Object.getOwnPropertyDescriptor(owner, name)?.get as Getter) : undefined;
}

function takeNatives(win: PageWindow) {
  const performance = win.performance;
  const performanceNow = performance.now;
  const proto = <T extends { prototype: object }>(ctor: T | undefined) => ctor?.prototype;
  const utterance = (win as unknown as { SpeechSynthesisUtterance?: { prototype: object } }).SpeechSynthesisUtterance;
  return {
    win,
    reflectApply: Reflect.apply,
    construct: Reflect.construct,
    defineProperty: Object.defineProperty,
    getDescriptor: Object.getOwnPropertyDescriptor,
    getPrototypeOf: Object.getPrototypeOf,
    create: Object.create,
    setPrototypeOf: Object.setPrototypeOf,
    Proxy,
    WeakMap,
    Set,
    weakMapGet: WeakMap.prototype.get,
    weakMapSet: WeakMap.prototype.set,
    setAdd: Set.prototype.add,
    setForEach: Set.prototype.forEach,
    isArray: Array.isArray,
    arraySlice: Array.prototype.slice,
    arrayJoin: Array.prototype.join,
    stringSlice: String.prototype.slice,
    stringify: JSON.stringify,
    functionToString: Function.prototype.toString,
    resolved: Promise.resolve(),
    dispatch: win.EventTarget.prototype.dispatchEvent,
    stopImmediatePropagation: win.Event.prototype.stopImmediatePropagation,
    listen: win.EventTarget.prototype.addEventListener,
    unlisten: win.EventTarget.prototype.removeEventListener,
    CustomEvent: win.CustomEvent,
    MutationObserver: win.MutationObserver,
    observe: win.MutationObserver.prototype.observe,
    setTimeout: win.setTimeout,
    now: () => Reflect.apply(performanceNow, performance, []) as number,
    exitFullscreen: win.Document.prototype.exitFullscreen,
    exitPointerLock: win.Document.prototype.exitPointerLock,
    pause: win.HTMLMediaElement.prototype.pause,
    get: {
      fullscreenElement: getterOf(win.Document.prototype, 'fullscreenElement'),
      tagName: getterOf(win.Element.prototype, 'tagName'),
      loop: getterOf(win.HTMLMediaElement.prototype, 'loop'),
      muted: getterOf(win.HTMLMediaElement.prototype, 'muted'),
      detail: getterOf(win.CustomEvent.prototype, 'detail'),
      utteranceText: getterOf(proto(utterance), 'text'),
    },
  };
}

export function installLockwatch(win: PageWindow): void {
  const doc = win.document;
  const natives = takeNatives(win);
  const { reflectApply, construct, defineProperty, getDescriptor, getPrototypeOf, create, dispatch, listen, unlisten, stringify, now, get } = natives;
  /** What may be missing, or made to throw. */
  const attempt = <T>(value: () => T): T | undefined => {
    try {
      return value();
    } catch {
      return undefined;
    }
  };
  /** A getter's value, or undefined (no such getter, or it threw). */
  const read = (getter: Getter, self: unknown): unknown => attempt(() => (getter ? reflectApply(getter, self, []) : undefined));
  /** The object, without its prototype: nothing the page adds to Object.prototype is seen in it. */
  const bare = <T extends object>(fields: T): T => natives.setPrototypeOf(fields, null) as T;
  /** `visit` for each item, by index (the page can change how arrays are iterated). */
  const each = <T>(items: readonly T[], visit: (item: T) => void) => {
    for (let i = 0; i < items.length; i++) visit(items[i] as T);
  };
  const channel = openChannel(doc);

  // Not touched here: `navigator` (whether a person's click or key press came first is read by the
  // content script when an event arrives, in its own world and at the same moment, as events go
  // through at once) and the `speechSynthesis` object (making it costs time on every page; the
  // content script stops speech and releases a keyboard lock itself, see LockwatchBridge.neutralise).

  let neutralised = false;
  const media = new natives.Set<HTMLMediaElement>();
  /** An append-only list that the page cannot watch: indexed writes to an object without a prototype. */
  const list = <T>() => {
    const items = create(null) as Record<number, T>;
    let length = 0;
    return {
      add: (item: T) => {
        items[length++] = item;
      },
      each: (visit: (item: T) => void) => {
        for (let i = 0; i < length; i++) {
          try {
            visit(items[i] as T);
          } catch {
            // One failing item does not stop the rest.
          }
        }
      },
    };
  };
  const beforeUnloadListeners = list<{ target: EventTarget; listener: unknown; options: unknown }>();

  /*
   * Our own "Leave site?" guard: a capturing beforeunload listener of the window that, once the
   * page is disarmed, stops the page's own listeners, so no prompt can hold the person.
   * It is added only where it is needed, and then before the page's listener or dialog:
   * - a window with a beforeunload listener makes the browser ask its page, a round trip through
   *   its busy main thread, before every navigation away from it (2.8 ms at the median of the
   *   benign dev-real pages, in the next page's load time);
   * - Chromium 156 crashes (the whole browser, SIGSEGV) when a tab is closed while a same-origin
   *   frame of it shows a dialog and nothing on the page has a beforeunload listener, as when we
   *   replace a tab a dialog holds (tests/e2e/lockers.spec.ts, frames). So a window gets the
   *   guard before its first dialog, and so does the top window where this one can reach it,
   *   which covers a frame that no lockwatch watches.
   */
  let guarded = false;
  const stopLeavePrompts = (event: Event) => {
    if (neutralised) reflectApply(natives.stopImmediatePropagation, event, []);
  };
  /** Adding the listener again changes nothing; after `document.open()` it is needed again. */
  const guard = (target: EventTarget) => reflectApply(listen, target, ['beforeunload', stopLeavePrompts, true]);
  const guardLeaving = () => {
    guarded = true;
    guard(win);
  };
  const guardDialog = () => {
    guardLeaving();
    // `top` cannot be redefined by the page; another origin's window throws, and is not ours.
    attempt(() => {
      const top = win.top;
      if (top && top !== win) guard(top);
    });
  };

  const send = (event: LockwatchEvent) => {
    try {
      // Without prototypes, JSON.stringify finds no `toJSON` and the event constructor reads no
      // option the page put on Object.prototype.
      const detail = stringify(bare(event));
      reflectApply(dispatch, channel.target, [construct(natives.CustomEvent, [channel.toContent, bare({ detail })])]);
    } catch {
      // A page cannot make us throw into its own code.
    }
  };

  /** The page asks before it is left: it gets the guard first, and the content script hears of it. */
  const asksBeforeLeaving = () => {
    guardLeaving();
    send({ kind: 'beforeunload', detail: 'asks before you leave' });
  };

  /**
   * Count one use of `key`; true once there have been at least its threshold of uses within its
   * window. The times of the last uses sit in a ring without a prototype.
   */
  const rings = create(null) as Record<string, { times: Record<number, number>; count: number }>;
  const burst = (key: LoopKey): boolean => {
    const threshold = THRESHOLDS[key];
    const windowMs = key === 'history' ? HISTORY_WINDOW_MS : LOOP_WINDOW_MS;
    const ring = (rings[key] ??= bare({ times: create(null) as Record<number, number>, count: 0 }));
    const t = now();
    ring.times[ring.count % threshold] = t;
    ring.count++;
    if (ring.count < threshold) return false;
    // The oldest of the last `threshold` uses is the one the next use will overwrite.
    return t - (ring.times[ring.count % threshold] ?? t) < windowMs;
  };

  /** Our Proxies and the natives they stand for (see `Function.prototype.toString`). */
  const originals = new natives.WeakMap<object, AnyFunction>();

  /** A Proxy of a native whose handler has no prototype, standing for the native in toString. */
  const proxyOf = <F extends AnyFunction>(original: F, apply: (target: F, self: unknown, args: unknown[]) => unknown): F => {
    const proxy = new natives.Proxy(original, bare({ apply })) as F;
    reflectApply(natives.weakMapSet, originals, [proxy, original]);
    return proxy;
  };

  /** Replace `owner[name]` with a Proxy that runs `before` first; `before` may return a replacement result. */
  const wrap = (owner: object | undefined, name: string, before: (self: unknown, args: unknown[]) => { value: unknown } | undefined) => {
    if (!owner) return;
    const descriptor = getDescriptor(owner, name);
    const original = descriptor?.value as AnyFunction | undefined;
    if (!descriptor || typeof original !== 'function') return;
    const proxy = proxyOf(original, (target, self, args) => {
      let replaced: { value: unknown } | undefined;
      try {
        replaced = before(self, args);
      } catch {
        replaced = undefined;
      }
      return replaced ? replaced.value : reflectApply(target, self, args);
    });
    defineProperty(owner, name, bare({ value: proxy, writable: descriptor.writable, enumerable: descriptor.enumerable, configurable: descriptor.configurable }));
  };

  // Our Proxies print as the natives they stand for, name and all.
  wrap(win.Function.prototype, 'toString', (self) => {
    const original = reflectApply(natives.weakMapGet, originals, [self]) as AnyFunction | undefined;
    return original ? { value: reflectApply(natives.functionToString, original, []) } : undefined;
  });

  const text = (value: unknown) => (typeof value === 'string' ? (reflectApply(natives.stringSlice, value, [0, 500]) as string) : '');

  // Fullscreen, keyboard lock, pointer lock.
  each(['requestFullscreen', 'webkitRequestFullscreen', 'webkitRequestFullScreen'], (name) => {
    wrap(win.Element.prototype, name, (self) => {
      if (neutralised) return { value: natives.resolved };
      send({ kind: 'fullscreen', detail: `${(read(get.tagName, self) as string | undefined) ?? 'element'} asked for full screen` });
      return undefined;
    });
  });
  const Keyboard = (win as unknown as { Keyboard?: { prototype: object } }).Keyboard;
  wrap(Keyboard?.prototype, 'lock', (_self, args) => {
    if (neutralised) return { value: natives.resolved };
    let keys = 'all keys';
    try {
      if (reflectApply(natives.isArray, undefined, [args[0]])) keys = reflectApply(natives.arrayJoin, reflectApply(natives.arraySlice, args[0], [0, 6]), [', ']) as string;
    } catch {
      keys = 'some keys';
    }
    send({ kind: 'keyboard-lock', detail: `locked ${keys}` });
    return undefined;
  });
  wrap(win.Element.prototype, 'requestPointerLock', () => {
    if (neutralised) return { value: undefined };
    send({ kind: 'pointer-lock', detail: 'captured the pointer' });
    return undefined;
  });

  // Dialogs: their text goes to the detector; a loop of them is a trap.
  const dialogResult = bare<Record<string, unknown>>({ alert: undefined, confirm: false, prompt: null });
  each(['alert', 'confirm', 'prompt'], (name) => {
    wrap(win, name, (_self, args) => {
      if (neutralised) return { value: dialogResult[name] };
      guardDialog();
      const loop = burst('dialogs');
      send({ kind: loop ? 'dialog-loop' : 'dialog', detail: `${name}() dialog`, text: text(args[0]) });
      return undefined;
    });
  });
  wrap(win, 'print', () => {
    if (neutralised) return { value: undefined };
    guardDialog();
    if (burst('prints')) send({ kind: 'print-loop', detail: 'print dialog again and again' });
    return undefined;
  });
  wrap(win, 'open', () => {
    if (neutralised) return { value: null };
    if (burst('windows')) send({ kind: 'window-open-flood', detail: 'opened window after window' });
    return undefined;
  });
  each(['pushState', 'replaceState'], (name) => {
    wrap(win.History.prototype, name, () => {
      if (neutralised) return { value: undefined };
      if (burst('history')) send({ kind: 'history-flood', detail: `${name} flood` });
      return undefined;
    });
  });

  // "Leave site?" traps.
  wrap(win.EventTarget.prototype, 'addEventListener', (self, args) => {
    if (args[0] === 'beforeunload' && self === win) {
      if (neutralised) return { value: undefined };
      beforeUnloadListeners.add(bare({ target: self as EventTarget, listener: args[1], options: args[2] }));
      asksBeforeLeaving();
    }
    return undefined;
  });
  const onBeforeUnloadOwner = getDescriptor(win, 'onbeforeunload') ? win : getPrototypeOf(win);
  const onBeforeUnload = getDescriptor(onBeforeUnloadOwner, 'onbeforeunload');
  if (onBeforeUnload?.set && onBeforeUnload.get) {
    const setter = proxyOf(onBeforeUnload.set as AnyFunction, (target, self, args) => {
      if (neutralised) return undefined;
      if (typeof args[0] === 'function') asksBeforeLeaving();
      return reflectApply(target, self, args);
    });
    defineProperty(onBeforeUnloadOwner, 'onbeforeunload', bare({ get: onBeforeUnload.get, set: setter, enumerable: onBeforeUnload.enumerable, configurable: onBeforeUnload.configurable }));
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
          send({ kind: SHADOW_ROOT_EVENT, detail: `${shadowRoots}` });
        },
        0,
      ]);
    }
    return undefined;
  });

  // Alarm sounds and spoken warnings.
  wrap(win.HTMLMediaElement.prototype, 'play', (self) => {
    reflectApply(natives.setAdd, media, [self]);
    if (neutralised) return { value: natives.resolved };
    if (read(get.loop, self) === true && read(get.muted, self) !== true) send({ kind: 'audio-loop', detail: 'plays a sound in a loop' });
    return undefined;
  });
  wrap((win as unknown as { SpeechSynthesis?: { prototype: object } }).SpeechSynthesis?.prototype, 'speak', (_self, args) => {
    if (neutralised) return { value: undefined };
    send({ kind: 'speech', detail: 'speaks a warning', text: text(read(get.utteranceText, args[0])) });
    return undefined;
  });

  const neutralise = () => {
    neutralised = true;
    guardLeaving();
    try {
      if (read(get.fullscreenElement, doc)) void reflectApply(natives.exitFullscreen, doc, []);
    } catch {
      // Not in fullscreen after all.
    }
    try {
      reflectApply(natives.exitPointerLock, doc, []);
    } catch {
      // No pointer lock.
    }
    try {
      reflectApply(natives.setForEach, media, [
        (element: HTMLMediaElement) => {
          try {
            reflectApply(natives.pause, element, []);
          } catch {
            // Gone.
          }
        },
      ]);
    } catch {
      // No media.
    }
    beforeUnloadListeners.each(({ target, listener, options }) => reflectApply(unlisten, target, ['beforeunload', listener, options]));
    try {
      if (onBeforeUnload?.set) reflectApply(onBeforeUnload.set, win, [null]);
    } catch {
      // Nothing to clear.
    }
  };
  reflectApply(listen, channel.target, [
    channel.toPage,
    (event: Event) => {
      if (read(get.detail, event) === NEUTRALISE_COMMAND) neutralise();
    },
  ]);

  // <body onbeforeunload="..."> sets the handler without going through our setter. (The guard
  // still runs before it: at the window, capturing listeners run first.)
  const checkBodyHandler = () => {
    if (onBeforeUnload?.get && read(onBeforeUnload.get, win)) asksBeforeLeaving();
  };
  // `document.open()` removes every listener of the window (ours too), so ours are added again
  // whenever the page replaces its document (see the end). Adding a listener that is already
  // there changes nothing.
  const armWindow = () => {
    reflectApply(listen, win, ['load', checkBodyHandler, false]);
    if (guarded) guardLeaving();
  };
  armWindow();
  // A page that replaces its document (document.open, or document.write after load) took our
  // window listeners with it. That changes the document's own children (its <html>), which hardly
  // ever change otherwise: ours are added again on any such change. The page cannot reach this
  // observer.
  const replaced = construct(natives.MutationObserver, [armWindow]) as MutationObserver;
  reflectApply(natives.observe, replaced, [doc, bare({ childList: true })]);
}
