import { LEXICON_DA } from './da';
import { LEXICON_DE } from './de';
import { LEXICON_EN } from './en';
import { LEXICON_ES } from './es';
import { LEXICON_FI } from './fi';
import { LEXICON_FR } from './fr';
import { LEXICON_IT } from './it';
import { LEXICON_JA } from './ja';
import { LEXICON_NB } from './nb';
import { LEXICON_NL } from './nl';
import { LEXICON_PL } from './pl';
import { LEXICON_PT } from './pt';
import { LEXICON_SV } from './sv';
import { LEXICON_TR } from './tr';
import { LEXICON_CS } from './cs';
import { LEXICON_RO } from './ro';
import { LEXICON_HU } from './hu';
import { LEXICON_RU } from './ru';
import { LEXICON_EL } from './el';
import type { Lexicon } from './types';

export type { Lexicon, ScareId, ScarePhrase, ScareStrength } from './types';
export { SCARE_IDS } from './types';

/** Every language Hang Up reads, English first. */
export const LEXICONS: readonly Lexicon[] = [
  LEXICON_EN,
  LEXICON_DE,
  LEXICON_FR,
  LEXICON_ES,
  LEXICON_IT,
  LEXICON_PT,
  LEXICON_NL,
  LEXICON_PL,
  LEXICON_JA,
  LEXICON_SV,
  LEXICON_DA,
  LEXICON_NB,
  LEXICON_FI,
  LEXICON_TR,
  LEXICON_CS,
  LEXICON_RO,
  LEXICON_HU,
  LEXICON_RU,
  LEXICON_EL,
];

/**
 * Function words that give a language away in a few lines of text. A page's declared language is
 * often missing or wrong, and kits mix languages (a localized heading above English scanner
 * text), so the text itself says which other lexicons to read it with. Danish and Norwegian share
 * most of theirs: a page in one is read with both.
 */
const FUNCTION_WORDS: Record<string, readonly string[]> = {
  de: ['und', 'der', 'die', 'das', 'nicht', 'ist', 'sie', 'ihr', 'ihre', 'wird', 'wurde', 'mit', 'auf', 'für', 'sich'],
  fr: ['les', 'des', 'est', 'vous', 'votre', 'pas', 'une', 'avec', 'pour', 'dans', 'été', 'sur', 'ce', 'cette'],
  es: ['los', 'las', 'el', 'es', 'usted', 'su', 'una', 'para', 'con', 'está', 'por', 'del', 'sus', 'este'],
  it: ['il', 'di', 'che', 'non', 'una', 'per', 'sono', 'della', 'è', 'suo', 'questo', 'gli', 'nel'],
  pt: ['não', 'você', 'seu', 'sua', 'uma', 'para', 'com', 'está', 'foi', 'pelo', 'os', 'ao', 'seus'],
  nl: ['het', 'een', 'niet', 'uw', 'van', 'en', 'wordt', 'voor', 'deze', 'zijn', 'werd', 'met'],
  pl: ['nie', 'się', 'jest', 'na', 'że', 'twój', 'został', 'została', 'oraz', 'przez', 'dla', 'twoje'],
  sv: ['och', 'är', 'inte', 'din', 'att', 'det', 'för', 'har', 'med', 'ditt', 'dina', 'den'],
  da: ['og', 'er', 'ikke', 'din', 'dit', 'dine', 'for', 'til', 'af', 'blevet', 'denne', 'på'],
  nb: ['ikke', 'ikkje', 'og', 'er', 'å', 'til', 'blitt', 'dette', 'denne', 'hvis', 'dine', 'din'],
  fi: ['on', 'ja', 'ei', 'älä', 'tai', 'että', 'tämä', 'tämän', 'tätä', 'ovat', 'jos', 'heti'],
  tr: ['ve', 'bir', 'bu', 'için', 'icin', 'ile', 'değil', 'degil', 'olarak', 'olan', 'sizin', 'lütfen', 'lutfen', 'hemen', 'veya', 'tarafından'],
  // Also as kits type them without diacritics.
  cs: ['je', 'že', 'není', 'neni', 'byl', 'byla', 'bylo', 'váš', 'vaše', 'vase', 'vašeho', 'vaseho', 'jsou', 'tento', 'tato', 'nebo', 'jste', 'prosím', 'prosim'],
  // Also with the cedilla letters older keyboards type, and without diacritics.
  ro: ['și', 'şi', 'este', 'în', 'dvs', 'pentru', 'sunt', 'acest', 'această', 'aceasta', 'vă', 'fost', 'sau', 'aveți', 'aveţi', 'aveti', 'dumneavoastră', 'dumneavoastra'],
  hu: ['és', 'nem', 'hogy', 'egy', 'ez', 'van', 'meg', 'kérjük', 'kerjuk', 'az', 'azonnal', 'vagy', 'lett', 'számítógépét', 'szamitogepet'],
};
/** Which languages each function word belongs to ("din" is Swedish, Danish and Norwegian). */
const LANGS_OF_WORD = new Map<string, string[]>();
for (const [lang, words] of Object.entries(FUNCTION_WORDS)) {
  for (const word of words) LANGS_OF_WORD.set(word, [...(LANGS_OF_WORD.get(word) ?? []), lang]);
}
/** Every function word of every language in one expression: one pass over the text, not one per language. */
const ANY_FUNCTION_WORD_RE = new RegExp(`(?<!\\p{L})(?:${[...LANGS_OF_WORD.keys()].sort((a, b) => b.length - a.length).join('|')})(?!\\p{L})`, 'giu');
const KANA_RE = /[\u3040-\u30ff]{2}/u;
/** Russian and Greek are told by their scripts (a page in another Cyrillic language is read as Russian). */
const CYRILLIC_RE = /[\u0400-\u04ff]{3}/u;
const GREEK_RE = /[\u0370-\u03ff]{3}/u;
const DISTINCT_WORDS_NEEDED = 3;
const SAMPLE_CHARS = 6000;

/** Languages whose function words show up in `texts` (three different ones; kana for Japanese, Cyrillic for Russian, Greek letters for Greek). */
export function languagesIn(texts: readonly string[]): string[] {
  // Turkish capitals write "İ" for "i", which case-insensitive matching does not fold ("İÇİN").
  const sample = texts.join('\n').slice(0, SAMPLE_CHARS).replace(/İ/g, 'I');
  const distinct = new Map<string, Set<string>>();
  for (const match of sample.matchAll(ANY_FUNCTION_WORD_RE)) {
    const word = match[0].toLowerCase();
    for (const lang of LANGS_OF_WORD.get(word) ?? []) {
      const words = distinct.get(lang) ?? new Set<string>();
      words.add(word);
      distinct.set(lang, words);
    }
  }
  const found = Object.keys(FUNCTION_WORDS).filter((lang) => (distinct.get(lang)?.size ?? 0) >= DISTINCT_WORDS_NEEDED);
  if (KANA_RE.test(sample)) found.push('ja');
  if (CYRILLIC_RE.test(sample)) found.push('ru');
  if (GREEK_RE.test(sample)) found.push('el');
  return found;
}

const BY_LANG = new Map(LEXICONS.map((lexicon) => [lexicon.lang, lexicon]));
/** Language tags pages declare for a language whose lexicon has another tag. */
const SAME_LANGUAGE: Record<string, string> = { no: 'nb', nn: 'nb' };

/**
 * The lexicons to read a page with: its declared language, then English, then the languages its
 * text is written in. Only these: every lexicon costs compile time in a freshly woken worker and
 * run time on every line.
 */
export function lexiconsFor(lang: string | undefined, texts: readonly string[] = []): readonly Lexicon[] {
  const declared = (lang ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  const primary = SAME_LANGUAGE[declared] ?? declared;
  const langs = new Set([primary, 'en', ...languagesIn(texts)]);
  return [...langs].flatMap((l) => {
    const lexicon = BY_LANG.get(l);
    return lexicon ? [lexicon] : [];
  });
}
