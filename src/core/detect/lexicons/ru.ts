import { phrase } from './pattern';
import type { Lexicon } from './types';

/** Stems of this language's words for the trigger test (triggers.ts). */
export const STEMS_RU: readonly string[] = [];

// Scaffold, to be written: a Russian lexicon.
const NEVER = phrase(String.raw`(?!)`);

export const LEXICON_RU: Lexicon = {
  lang: 'ru',
  scare: [],
  callToAction: NEVER,
  discussion: NEVER,
  framing: NEVER,
  scamWords: NEVER,
  nameEndings: [],
};
