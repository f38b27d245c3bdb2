import type { LanguageExamples, LanguageFacts } from './examples';

/*
 * Czech lines written for these tests. Scaffold, to be written.
 */
export const EXAMPLES_CS: LanguageExamples = { scare: {}, callToAction: [], discussion: [], benign: [] };

export const FACTS_CS: LanguageFacts = { framing: '', scam: '', sample: '' };
