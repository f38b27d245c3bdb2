import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { installLockwatch } from '../src/extension/lockwatch/page-world';

// The page's own world, before any of its scripts: the only place to see, and later undo, what
// a browser locker does with fullscreen, dialogs, history and the "Leave site?" prompt.
// Declared in the manifest, in the page's world (wxt.config.ts, CONTENT_SCRIPTS).
export default defineUnlistedScript({
  // No global of ours in the page's world (WXT would name the script's result `lockwatch`): a
  // page could tell from it that Hang Up is there.
  globalName: false,
  main() {
    installLockwatch(window);
  },
});
