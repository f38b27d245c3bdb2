import type { LanguageExamples, LanguageFacts } from './examples';

/*
 * Turkish lines written for these tests. Scaffold, to be written.
 */
export const EXAMPLES_TR: LanguageExamples = { scare: {}, callToAction: [], discussion: [], benign: [] };

export const FACTS_TR: LanguageFacts = { framing: '', scam: '', sample: '' };
