import type { LanguageExamples, LanguageFacts } from './examples';

/*
 * Russian lines written for these tests. Scaffold, to be written.
 */
export const EXAMPLES_RU: LanguageExamples = { scare: {}, callToAction: [], discussion: [], benign: [] };

export const FACTS_RU: LanguageFacts = { framing: '', scam: '', sample: '' };
