import { phrase } from './pattern';
import type { Lexicon } from './types';

/** Stems of this language's words for the trigger test (triggers.ts). */
export const STEMS_RO: readonly string[] = [];

// Scaffold, to be written: a Romanian lexicon.
const NEVER = phrase(String.raw`(?!)`);

export const LEXICON_RO: Lexicon = {
  lang: 'ro',
  scare: [],
  callToAction: NEVER,
  discussion: NEVER,
  framing: NEVER,
  scamWords: NEVER,
  nameEndings: [],
};
