import { describe, expect, it } from 'vitest';
import { pageKind } from '../../../src/ui/popup/page-kind';

const OWN = 'chrome-extension://abcdefghijklmnop/';

describe('pageKind', () => {
  it('calls http and https pages web pages', () => {
    expect(pageKind('https://example.com/a', OWN)).toBe('web');
    expect(pageKind('http://192.0.2.1:8080/', OWN)).toBe('web');
    // Only the store part of google.com and microsoft.com is a store.
    expect(pageKind('https://chrome.google.com/webstoreish', OWN)).toBe('web');
    expect(pageKind('https://microsoftedge.microsoft.com/', OWN)).toBe('web');
  });

  it('knows the browser pages', () => {
    for (const url of ['chrome://settings/', 'edge://extensions', 'about:blank', 'about:addons', 'view-source:https://example.com/', 'chrome://newtab/']) {
      expect(pageKind(url, OWN), url).toBe('browser');
    }
  });

  it('knows the extension stores, where no extension may run', () => {
    for (const url of [
      'https://chromewebstore.google.com/detail/x/abc',
      'https://chrome.google.com/webstore/detail/abc',
      'https://microsoftedge.microsoft.com/addons/detail/abc',
      'https://addons.mozilla.org/en-US/firefox/',
    ]) {
      expect(pageKind(url, OWN), url).toBe('store');
    }
  });

  it('knows files, extension pages and our own pages', () => {
    expect(pageKind('file:///home/me/page.html', OWN)).toBe('file');
    expect(pageKind(`${OWN}options.html`, OWN)).toBe('extension');
    expect(pageKind('chrome-extension://otherextensionid/popup.html', OWN)).toBe('extension');
    expect(pageKind('moz-extension://1234/page.html', OWN)).toBe('extension');
  });

  it('treats an address the browser did not tell us as a page that cannot be checked', () => {
    expect(pageKind(undefined, OWN)).toBe('hidden');
    expect(pageKind('', OWN)).toBe('hidden');
    expect(pageKind('not a url', OWN)).toBe('hidden');
  });
});
