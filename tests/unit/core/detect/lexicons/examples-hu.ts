import type { LanguageExamples, LanguageFacts } from './examples';

/*
 * Hungarian lines written for these tests. Scaffold, to be written.
 */
export const EXAMPLES_HU: LanguageExamples = { scare: {}, callToAction: [], discussion: [], benign: [] };

export const FACTS_HU: LanguageFacts = { framing: '', scam: '', sample: '' };
