import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

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
      if (!entrypoints.every((entry) => entry.type === 'content-script')) return;
      const alias = config.resolve?.alias;
      if (alias && !Array.isArray(alias)) (alias as Record<string, string>)['wxt/browser'] = '@wxt-dev/browser';
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
