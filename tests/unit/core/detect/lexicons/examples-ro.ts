import type { LanguageExamples, LanguageFacts } from './examples';

/*
 * Romanian lines written for these tests. Scaffold, to be written.
 */
export const EXAMPLES_RO: LanguageExamples = { scare: {}, callToAction: [], discussion: [], benign: [] };

export const FACTS_RO: LanguageFacts = { framing: '', scam: '', sample: '' };
