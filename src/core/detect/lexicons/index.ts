import { LEXICON_DE } from './de';
import { LEXICON_EN } from './en';
import { LEXICON_ES } from './es';
import { LEXICON_FR } from './fr';
import { LEXICON_IT } from './it';
import { LEXICON_JA } from './ja';
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
];

const orderByLang = new Map<string, readonly Lexicon[]>(
  LEXICONS.map((first) => [first.lang, [first, ...LEXICONS.filter((lexicon) => lexicon !== first)]]),
);

/**
 * The lexicons to read a page with: the page's language first, then English, then all others.
 * All of them, because the declared language is often wrong and kits mix languages: a localized
 * heading above English scanner text is common. `lang` is a BCP 47 tag ("de-AT", "pt_BR") or none.
 */
export function lexiconsFor(lang: string | undefined): readonly Lexicon[] {
  const primary = (lang ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return orderByLang.get(primary) ?? LEXICONS;
}
