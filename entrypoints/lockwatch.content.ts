import { defineContentScript } from 'wxt/utils/define-content-script';
import { installLockwatch } from '../src/extension/lockwatch/page-world';

// The page's own world, before any of its scripts: the only place to see, and later undo, what
// a browser locker does with fullscreen, dialogs, history and the "Leave site?" prompt.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_start',
  world: 'MAIN',
  allFrames: true,
  // A frame the page makes itself (an empty one, srcdoc, or a blob: document) has an alert() of its
  // own, untouched, that the page can reach through window.frames[i] or run from inside the frame;
  // the lockwatch that follows contentWindow never sees those.
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  // No global of ours in the page's world (WXT would name the script's result `lockwatch`): a
  // page could tell from it that Hang Up is there.
  globalName: false,
  main() {
    installLockwatch(window);
  },
});
