import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const browserGlobals = ['window', 'document', 'navigator', 'location', 'localStorage', 'sessionStorage', 'chrome', 'browser', 'self', 'globalThis'];

export default tseslint.config(
  { ignores: ['.output/**', '.output-*/**', '.wxt/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'dist/**', '.scratch/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // The polyfill is reached through WXT's module, so unit tests get fakeBrowser (design.md).
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'webextension-polyfill', message: "Import { browser } from 'wxt/browser'." },
            { name: '@wxt-dev/browser', message: "Import { browser } from 'wxt/browser'; wxt.config.ts picks the implementation per bundle." },
          ],
        },
      ],
    },
  },
  {
    // Playwright fixtures must destructure their (empty) dependencies to be recognised.
    files: ['tests/e2e/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    // src/core is pure TypeScript that runs in Node: data in, data out (design.md). The same
    // boundary is checked by the compiler through tsconfig.core.json, which has no DOM types.
    files: ['src/core/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['wxt', 'wxt/*', '@wxt-dev/*', 'webextension-polyfill'], message: 'src/core must not use the browser extension APIs.' },
            { group: ['preact', 'preact/*', '*.tsx'], message: 'src/core must not use Preact or UI code.' },
            { group: ['**/extension/**', '**/ui/**', '**/service/**', '**/cli/**'], message: 'src/core must not import from the layers above it.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...browserGlobals.map((name) => ({ name, message: 'src/core has no browser globals.' }))],
    },
  },
);
