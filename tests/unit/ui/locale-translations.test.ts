import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '../../../src/extension/storage-schema';

/*
 * The guard of the translations: every language has exactly the keys of English, with the same
 * placeholders. A key added to en alone would show English in the middle of a German page; a
 * placeholder renamed in one language would drop the number or the brand from its sentence.
 */

const LOCALES = fileURLToPath(new URL('../../../assets/public/_locales/', import.meta.url));

interface LocaleMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
type Messages = Record<string, LocaleMessage>;

function load(lang: string): Messages {
  return JSON.parse(readFileSync(join(LOCALES, lang, 'messages.json'), 'utf8')) as Messages;
}

const EN = load('en');
const TRANSLATED = UI_LANGUAGES.filter((lang) => lang !== 'en');

/** What a message needs from its caller: declared placeholders with their $n, and direct $n uses. */
function placeholderShape(entry: LocaleMessage): string[] {
  const declared = Object.entries(entry.placeholders ?? {}).map(([name, p]) => `${name.toLowerCase()}=${p.content}`);
  const referenced = [...entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => `uses ${(m[1] ?? '').toLowerCase()}`);
  const direct = [...entry.message.replace(/\$\$/g, '').matchAll(/\$([1-9])(?![A-Za-z0-9_@]*\$)/g)].map((m) => `direct $${m[1]}`);
  return [...new Set([...declared, ...referenced, ...direct])].sort();
}

describe('translations', () => {
  it('ships a locale folder for every language the settings offer, and no other', () => {
    const folders = readdirSync(LOCALES).sort();
    expect(folders).toEqual([...UI_LANGUAGES].sort());
  });

  it.each(TRANSLATED)('%s has every key of en', (lang) => {
    const messages = load(lang);
    expect(Object.keys(EN).filter((key) => !Object.hasOwn(messages, key))).toEqual([]);
  });

  it.each(TRANSLATED)('%s has no key that en lacks', (lang) => {
    const messages = load(lang);
    expect(Object.keys(messages).filter((key) => !Object.hasOwn(EN, key))).toEqual([]);
  });

  it.each(TRANSLATED)('%s uses the same placeholders as en in every message', (lang) => {
    const messages = load(lang);
    const differ = Object.keys(EN)
      .filter((key) => Object.hasOwn(messages, key))
      .filter((key) => placeholderShape(messages[key] as LocaleMessage).join() !== placeholderShape(EN[key] as LocaleMessage).join())
      .map((key) => `${key}: en ${placeholderShape(EN[key] as LocaleMessage).join(' ')} / ${lang} ${placeholderShape(messages[key] as LocaleMessage).join(' ')}`);
    expect(differ).toEqual([]);
  });

  it.each(TRANSLATED)('%s gives every message a text of its own', (lang) => {
    const messages = load(lang);
    for (const [key, entry] of Object.entries(messages)) {
      expect(typeof entry.message, `${lang} ${key}`).toBe('string');
      expect(entry.message.trim(), `${lang} ${key}`).not.toBe('');
    }
    // A file copied from English and never translated would pass the checks above.
    const same = Object.keys(EN).filter((key) => messages[key]?.message === EN[key]?.message);
    expect(same.length, `${lang} keeps these in English: ${same.join(', ')}`).toBeLessThan(Object.keys(EN).length / 10);
  });

  it.each(UI_LANGUAGES)('%s keeps the manifest name and description within the stores\' limits', (lang) => {
    const messages = load(lang);
    // Chrome rejects a manifest whose name is over 75 characters or description over 132.
    expect([...(messages['extName']?.message ?? '')].length).toBeLessThanOrEqual(75);
    expect([...(messages['extDescription']?.message ?? '')].length).toBeLessThanOrEqual(132);
  });
});
