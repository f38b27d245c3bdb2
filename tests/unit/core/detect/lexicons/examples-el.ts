import type { LanguageExamples, LanguageFacts } from './examples';

/*
 * Greek lines written for these tests. Scaffold, to be written.
 */
export const EXAMPLES_EL: LanguageExamples = { scare: {}, callToAction: [], discussion: [], benign: [] };

export const FACTS_EL: LanguageFacts = { framing: '', scam: '', sample: '' };
