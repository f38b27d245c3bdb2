import { describe, expect, it } from 'vitest';
import { LEXICONS } from '../../../../../src/core/detect/lexicons';
import { TRIGGER_RE } from '../../../../../src/core/detect/lexicons/triggers';

/*
 * Patterns run on every candidate line in the background and the trigger on every line in the
 * page. A pattern with catastrophic backtracking would hang the worker on a hostile page, so each
 * one must get through 200 KB of text built to make gaps and repeated words backtrack. No timing
 * is asserted: a pattern that backtracks exponentially never returns, and the run times out.
 */
const SIZE = 200_000;
const fill = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
const ADVERSARIAL = {
  'one letter': fill('a'),
  'one word': fill('virus '),
  'words without a full stop': fill('your computer has been '),
  'almost an alert': fill('do not restart your computer while '),
  'digits and hex': fill('error 0x1 #0x '),
  'accented letters': fill('é'),
  Japanese: fill('ウイルスが'),
  'almost German': fill('Ihr Computer wurde '),
};

const patterns = LEXICONS.flatMap((lexicon) => [
  ...lexicon.scare.map((phrase) => [`${lexicon.lang}:${phrase.id}`, phrase.pattern] as const),
  [`${lexicon.lang}:call-to-action`, lexicon.callToAction] as const,
  [`${lexicon.lang}:discussion`, lexicon.discussion] as const,
  [`${lexicon.lang}:framing`, lexicon.framing] as const,
  [`${lexicon.lang}:scam-words`, lexicon.scamWords] as const,
]);

describe('patterns on hostile text', () => {
  it.each(Object.entries(ADVERSARIAL))('all return on %s', (_name, text) => {
    for (const [, pattern] of patterns) expect(typeof pattern.test(text)).toBe('boolean');
    expect(typeof TRIGGER_RE.test(text)).toBe('boolean');
  });
});
