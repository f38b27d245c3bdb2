import preact from '@preact/preset-vite';
import type { PluginOption } from 'vite';
import { defineConfig } from 'wxt';

/**
 * The two content scripts (entrypoints/lockwatch.ts and entrypoints/reader.ts), declared here
 * rather than as WXT content scripts: WXT wraps those in a context object that costs main-thread
 * time on every page and frame while it loads, and announces itself to the page with a DOM event.
 * - Both at document_start: the lockwatch must wrap what lockers use before any script of the page
 *   runs, and the reader meets it there (the first read waits for the page's load event).
 * - In frames too: lockers often work from a frame (see startFrameReports). Also in the frames a
 *   page makes without an address of their own (about:blank, srcdoc, blob:): they share the page's
 *   origin, so their alert() and their text are the page's to use.
 * - The lockwatch in the page's own world, the only place to see what the page calls; the reader in
 *   the extension's isolated world.
 */
const EVERY_PAGE = {
  matches: ['http://*/*', 'https://*/*'],
  run_at: 'document_start',
  all_frames: true,
  match_about_blank: true,
  match_origin_as_fallback: true,
} as const;
const CONTENT_SCRIPTS = [
  { ...EVERY_PAGE, js: ['lockwatch.js'], world: 'MAIN' },
  { ...EVERY_PAGE, js: ['reader.js'] },
];
/** How the lockwatch's code is named in stack traces the page can read (see vite:build:extendConfig). */
const LOCKWATCH_SOURCE_NAME = '//# sourceURL=<anonymous>';
/** Their entrypoint names, which WXT builds one by one: these bundles go without the polyfill. */
const CONTENT_SCRIPT_NAMES = new Set(CONTENT_SCRIPTS.flatMap((script) => script.js.map((file) => file.replace(/\.js$/, ''))));

// Permissions are explained one by one in README.md ("Permissions"); keep both in step.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports only: a reader should see where every name comes from.
  imports: false,
  publicDir: 'assets/public',
  // HANGUP_OUT_DIR lets parallel work build into separate folders; the tests read the same variable.
  outDir: process.env.HANGUP_OUT_DIR ?? '.output',
  manifestVersion: 3,
  vite: () => ({
    plugins: [preact()],
  }),
  hooks: {
    // The maintained list, compiled from assets/blocklist/ into the package, with its public key.
    'build:publicAssets': async (_wxt, files) => {
      const { bundledListFiles } = await import('./src/cli/bundle-list');
      files.push(...(await bundledListFiles()));
    },
    // The content scripts run on every page and make one kind of call (runtime.sendMessage),
    // which returns a promise natively in Chrome, Edge and Firefox MV3: their bundles skip
    // webextension-polyfill (about 10 KB) and use WXT's polyfill-free `browser`. Every other
    // bundle keeps the polyfill.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((entry) => CONTENT_SCRIPT_NAMES.has(entry.name))) return;
      const alias = config.resolve?.alias;
      if (alias && !Array.isArray(alias)) (alias as Record<string, string>)['wxt/browser'] = '@wxt-dev/browser';
      // The lockwatch runs in the page's world, and a page sees its frames in a stack trace when
      // a wrapped function calls back into the page (a getter of the options it passed, a
      // toString): named by the file's address, they would give away the extension's id. Named
      // like code a page made from a string, they say only that something wraps that function.
      if (entrypoints.some((entry) => entry.name === 'lockwatch')) {
        const anonymous: PluginOption = {
          name: 'hangup-anonymous-lockwatch',
          generateBundle(_options, bundle) {
            for (const chunk of Object.values(bundle)) if (chunk.type === 'chunk') chunk.code += `\n${LOCKWATCH_SOURCE_NAME}\n`;
          },
        };
        config.plugins = [...(config.plugins ?? []), anonymous];
      }
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: 'Hang Up',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // alarms: look for a new signed blocklist every 30 minutes or as the list asks.
    // webNavigation (Chrome, Edge): learn that a navigation ended at an HTTP sign-in challenge, to
    // read its realm (src/extension/background/auth-dialogs.ts). webRequest and webRequestBlocking
    // (Firefox): read such a realm and cancel the challenge. Chrome gets no webRequest: holding it
    // slows every request of every page.
    // unlimitedStorage (Chrome, Edge): the last good copy of the maintained list (about 22 MB at a
    // million hosts) and of subscribed lists must survive restarts; Chrome's storage.local stops at
    // 10 MB without it. Firefox sets no such limit on storage.local.
    permissions: ['storage', ...(browser === 'firefox' ? [] : ['unlimitedStorage']), 'alarms', ...(browser === 'firefox' ? ['webRequest', 'webRequestBlocking'] : ['webNavigation'])],
    host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: 'Hang Up' },
    content_scripts: CONTENT_SCRIPTS,
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'hang-up@hangup.invalid',
              strict_min_version: '140.0',
              // Nothing leaves the machine by itself, hence 'none'. A report the person chooses to
              // send carries the page's address and excerpts of its text: Firefox asks for these
              // at the first report (src/ui/report/consent.ts asks for the same list).
              data_collection_permissions: { required: ['none'], optional: ['browsingActivity', 'websiteContent'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
