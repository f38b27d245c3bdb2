import { phrase } from './pattern';
import type { Lexicon } from './types';

/** Stems of this language's words for the trigger test (triggers.ts). */
export const STEMS_TR: readonly string[] = [];

// Scaffold, to be written: a Turkish lexicon.
const NEVER = phrase(String.raw`(?!)`);

export const LEXICON_TR: Lexicon = {
  lang: 'tr',
  scare: [],
  callToAction: NEVER,
  discussion: NEVER,
  framing: NEVER,
  scamWords: NEVER,
  nameEndings: [],
};
