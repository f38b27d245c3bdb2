import { phrase } from './pattern';
import type { Lexicon } from './types';

/** Stems of this language's words for the trigger test (triggers.ts). */
export const STEMS_CS: readonly string[] = [];

// Scaffold, to be written: a Czech lexicon.
const NEVER = phrase(String.raw`(?!)`);

export const LEXICON_CS: Lexicon = {
  lang: 'cs',
  scare: [],
  callToAction: NEVER,
  discussion: NEVER,
  framing: NEVER,
  scamWords: NEVER,
  nameEndings: [],
};
