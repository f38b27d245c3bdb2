// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BRANDS, brandById } from '../../../src/core/support/brands';
import type { TabState } from '../../../src/extension/storage-schema';
import { useLanguage } from '../../../src/ui/i18n';
import { popupView } from '../../../src/ui/popup/PopupApp';
import { brandFact } from '../../../src/ui/warning/WarningApp';

// happy-dom replaces URL, so the path is built from the project root vitest runs in.
const LOCALES = join(process.cwd(), 'assets/public/_locales');
const locale = (lang: string) => JSON.parse(readFileSync(join(LOCALES, lang, 'messages.json'), 'utf8')) as Record<string, { message: string }>;

function state(level: TabState['verdict']['level'], allowed = false): TabState {
  return {
    url: 'https://alert.example/',
    documentId: 'doc-12345678',
    verdict: { level, score: level === 'scam' ? 90 : 0, signals: [] },
    allowed,
    blocked: false,
    updatedAt: 1,
    levelSince: 1,
    scanMs: [],
  } as TabState;
}

describe('popupView', () => {
  it('shows the verdict of a web page, and "allowed" only for a page that was not clean', () => {
    expect(popupView('web', state('scam'), false)).toBe('scam');
    expect(popupView('web', state('suspicious'), false)).toBe('suspicious');
    expect(popupView('web', state('clean'), false)).toBe('clean');
    expect(popupView('web', state('scam', true), false)).toBe('allowed');
    expect(popupView('web', state('clean', true), false)).toBe('clean');
  });

  it('says a web page was not checked yet rather than calling it clean', () => {
    expect(popupView('web', null, false)).toBe('unknown');
  });

  it('says browser pages, stores, files and extension pages cannot be checked, whatever state is left over', () => {
    for (const kind of ['browser', 'store', 'file', 'extension', 'hidden'] as const) {
      expect(popupView(kind, state('clean'), false), kind).toBe('cannot-check');
    }
  });

  it('on our warning page shows the stopped page as a scam, even when its verdict is gone', () => {
    expect(popupView('extension', state('scam'), true)).toBe('scam');
    expect(popupView('extension', null, true)).toBe('scam');
  });
});

describe('brandFact', () => {
  const en = locale('en');
  beforeEach(() => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((name: string) => en[name]?.message ?? '') as typeof fakeBrowser.i18n.getMessage);
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
    vi.spyOn(fakeBrowser.runtime, 'getURL').mockImplementation((path: string) => `chrome-extension://test${path}`);
  });
  afterEach(async () => {
    vi.unstubAllGlobals();
    await useLanguage('auto');
  });

  it('has a translatable message for every brand fact of the support directory', () => {
    const missing = BRANDS.filter((brand) => brand.keyFact && !en[`brandFact_${brand.id.replace(/-/g, '_')}`]).map((brand) => brand.id);
    expect(missing).toEqual([]);
  });

  it("says what the real brand says, in the page's language", async () => {
    const microsoft = brandById('microsoft');
    expect(brandFact(microsoft)).toBe("Microsoft's error and warning messages never include a phone number.");
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify(locale('de'))));
    await useLanguage('de');
    expect(brandFact(microsoft)).toBe('Fehler- und Warnmeldungen von Microsoft enthalten nie eine Telefonnummer.');
  });

  it('falls back to the general fact for a brand without one', () => {
    const withoutFact = BRANDS.find((brand) => !brand.keyFact);
    expect(brandFact(withoutFact)).toBe('Real security warnings never ask you to call a phone number shown on a web page.');
    expect(brandFact(undefined)).toBe('Real security warnings never ask you to call a phone number shown on a web page.');
  });
});
