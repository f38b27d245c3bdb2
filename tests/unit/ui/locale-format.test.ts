// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { formatMessage, parseLocaleMessages, shippedLanguageFor } from '../../../src/ui/locale-format';
import { explainSignal, languageInUse, t, useLanguage } from '../../../src/ui/i18n';

// happy-dom replaces URL, so the path is built from the project root vitest runs in.
const LOCALES = join(process.cwd(), 'assets/public/_locales');
const locale = (lang: string): unknown => JSON.parse(readFileSync(join(LOCALES, lang, 'messages.json'), 'utf8'));

describe('formatMessage', () => {
  it('fills named placeholders from their $n, whatever their case', () => {
    const entry = { message: 'Version $Version$ of $DATE$: $version$', placeholders: { VERSION: { content: '$1' }, date: { content: '$2' } } };
    expect(formatMessage(entry, ['7', '5 Dec'])).toBe('Version 7 of 5 Dec: 7');
  });

  it('fills $1..$9 written directly, and turns $$ into $', () => {
    expect(formatMessage({ message: '$2 before $1, costs $$5' }, ['a', 'b'])).toBe('b before a, costs $5');
    expect(formatMessage({ message: '$$1 is literal' }, ['x'])).toBe('$1 is literal');
  });

  it('takes a single string as the first value, and shows nothing for a value not given', () => {
    expect(formatMessage({ message: 'Call $1 now$2' }, '0800 123')).toBe('Call 0800 123 now');
    expect(formatMessage({ message: 'Remove $HOST$', placeholders: { host: { content: '$1' } } })).toBe('Remove ');
  });

  it('shows a value as it is, even one that looks like a placeholder (page text is hostile)', () => {
    const entry = { message: 'Shows $NUMBER$ and $2', placeholders: { number: { content: '$1' } } };
    expect(formatMessage(entry, ['$2 $NUMBER$ $$', 'second'])).toBe('Shows $2 $NUMBER$ $$ and second');
  });

  it('keeps literal placeholder content', () => {
    expect(formatMessage({ message: 'By $WHO$', placeholders: { who: { content: 'Hang Up' } } })).toBe('By Hang Up');
  });
});

describe('parseLocaleMessages', () => {
  it('reads a shipped messages.json, names lower-cased as Chrome looks them up', () => {
    const messages = parseLocaleMessages(locale('de'));
    expect(messages.get('warningback')?.message).toBe('Zurück in Sicherheit');
    expect(messages.has('warningBack')).toBe(false);
  });

  it('skips entries that are not messages and survives a file that is not an object', () => {
    const messages = parseLocaleMessages({ good: { message: 'ok' }, bad: { text: 'no' }, worse: 3 });
    expect([...messages.keys()]).toEqual(['good']);
    expect(parseLocaleMessages(['x']).size).toBe(0);
    expect(parseLocaleMessages(null).size).toBe(0);
  });
});

describe('shippedLanguageFor', () => {
  const shipped = ['en', 'de', 'fr', 'es', 'it', 'ja'];
  it('picks the language Chrome would: exact, then the language alone, then English', () => {
    expect(shippedLanguageFor('de-AT', shipped)).toBe('de');
    expect(shippedLanguageFor('ja', shipped)).toBe('ja');
    expect(shippedLanguageFor('fr_CA', shipped)).toBe('fr');
    expect(shippedLanguageFor('pt-BR', shipped)).toBe('en');
  });
});

describe('useLanguage', () => {
  afterEach(async () => {
    vi.unstubAllGlobals();
    await useLanguage('auto');
  });

  function serveLocales() {
    vi.spyOn(fakeBrowser.runtime, 'getURL').mockImplementation((path: string) => `chrome-extension://test${path}`);
    const fetched: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      fetched.push(url);
      const lang = /_locales\/(\w+)\//.exec(url)?.[1] ?? '';
      return new Response(JSON.stringify(locale(lang)));
    });
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((name: string) => (name === 'warningBack' ? 'Back to safety' : '')) as typeof fakeBrowser.i18n.getMessage);
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
    return fetched;
  }

  it('shows the chosen language, with values filled in, and sets <html lang>', async () => {
    const fetched = serveLocales();
    await useLanguage('ja');
    expect(fetched).toEqual(['chrome-extension://test/_locales/ja/messages.json']);
    expect(t('warningBack')).toBe('安全なページに戻る');
    expect(t('optionsAllowlistRemove', 'intranet.example')).toBe('intranet.example を削除');
    expect(explainSignal({ id: 'brand.impersonation', weight: 35, evidence: 'microsoft:windows defender' })).toBe(
      'Microsoft を装っていますが、このサイトは Microsoft のものではありません',
    );
    expect(languageInUse()).toBe('ja');
    expect(document.documentElement.lang).toBe('ja');
  });

  it("follows the browser with 'auto'", async () => {
    serveLocales();
    await useLanguage('de');
    await useLanguage('auto');
    expect(t('warningBack')).toBe('Back to safety');
    expect(document.documentElement.lang).toBe('en');
  });

  it("falls back to the browser's language when the chosen one cannot be loaded", async () => {
    serveLocales();
    vi.stubGlobal('fetch', async () => new Response('not json'));
    await useLanguage('fr');
    expect(t('warningBack')).toBe('Back to safety');
    expect(languageInUse()).toBe('en');
  });
});
