import { phrase } from './pattern';
import type { Lexicon } from './types';

/** Stems of this language's words for the trigger test (triggers.ts). */
export const STEMS_HU: readonly string[] = [];

// Scaffold, to be written: a Hungarian lexicon.
const NEVER = phrase(String.raw`(?!)`);

export const LEXICON_HU: Lexicon = {
  lang: 'hu',
  scare: [],
  callToAction: NEVER,
  discussion: NEVER,
  framing: NEVER,
  scamWords: NEVER,
  nameEndings: [],
};
