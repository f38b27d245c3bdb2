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
];

/**
 * Function words that give a language away in a few lines of text. A page's declared language is
 * often missing or wrong, and kits mix languages (a localized heading above English scanner
 * text), so the text itself says which other lexicons to read it with.
 */
const FUNCTION_WORDS: Record<string, RegExp> = {
  de: /(?<!\p{L})(?:und|der|die|das|nicht|ist|sie|ihr|ihre|wird|wurde|mit|auf|für|sich)(?!\p{L})/giu,
  fr: /(?<!\p{L})(?:les|des|est|vous|votre|pas|une|avec|pour|dans|été|sur|ce|cette)(?!\p{L})/giu,
  es: /(?<!\p{L})(?:los|las|el|es|usted|su|una|para|con|está|por|del|sus|este)(?!\p{L})/giu,
  it: /(?<!\p{L})(?:il|di|che|non|una|per|sono|della|è|suo|questo|gli|nel)(?!\p{L})/giu,
  pt: /(?<!\p{L})(?:não|você|seu|sua|uma|para|com|está|foi|pelo|os|ao|seus)(?!\p{L})/giu,
  nl: /(?<!\p{L})(?:het|een|niet|uw|van|en|wordt|voor|deze|zijn|werd|met)(?!\p{L})/giu,
  pl: /(?<!\p{L})(?:nie|się|jest|na|że|twój|został|została|oraz|przez|dla|twoje)(?!\p{L})/giu,
  sv: /(?<!\p{L})(?:och|är|inte|din|att|det|för|har|med|ditt|dina|den)(?!\p{L})/giu,
  // Danish and Norwegian share most of their small words: a page in one is read with both.
  da: /(?<!\p{L})(?:og|er|ikke|din|dit|dine|for|til|af|blevet|denne|på)(?!\p{L})/giu,
  nb: /(?<!\p{L})(?:ikke|ikkje|og|er|å|til|blitt|dette|denne|hvis|dine|din)(?!\p{L})/giu,
  fi: /(?<!\p{L})(?:on|ja|ei|älä|tai|että|tämä|tämän|tätä|ovat|jos|heti)(?!\p{L})/giu,
  ja: /[\u3040-\u30ff]{2}/gu,
};
const DISTINCT_WORDS_NEEDED = 3;
const SAMPLE_CHARS = 6000;

/** Languages whose function words show up in `texts` (three different ones, or kana for Japanese). */
export function languagesIn(texts: readonly string[]): string[] {
  const sample = texts.join('\n').slice(0, SAMPLE_CHARS);
  const found: string[] = [];
  for (const [lang, words] of Object.entries(FUNCTION_WORDS)) {
    const distinct = new Set<string>();
    for (const match of sample.matchAll(words)) {
      distinct.add(match[0].toLowerCase());
      if (lang === 'ja' || distinct.size >= DISTINCT_WORDS_NEEDED) break;
    }
    if (distinct.size >= (lang === 'ja' ? 1 : DISTINCT_WORDS_NEEDED)) found.push(lang);
  }
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
