import { phrase } from './pattern';
import type { Lexicon } from './types';

/** Stems of this language's words for the trigger test (triggers.ts). */
export const STEMS_EL: readonly string[] = [];

// Scaffold, to be written: a Greek lexicon.
const NEVER = phrase(String.raw`(?!)`);

export const LEXICON_EL: Lexicon = {
  lang: 'el',
  scare: [],
  callToAction: NEVER,
  discussion: NEVER,
  framing: NEVER,
  scamWords: NEVER,
  nameEndings: [],
};
