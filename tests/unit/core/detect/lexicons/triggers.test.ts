import { describe, expect, it } from 'vitest';
import { TRIGGER_RE } from '../../../../../src/core/detect/lexicons/triggers';
import { EXAMPLES } from './examples';

/** Every line a lexicon must read has to get past the content script's pre-filter first. */
const MUST_PASS = Object.entries(EXAMPLES).flatMap(([lang, examples]) => [
  ...Object.entries(examples.scare).flatMap(([id, texts]) => (texts ?? []).map((text) => [lang, id, text] as const)),
  ...examples.callToAction.map((text) => [lang, 'call-to-action', text] as const),
]);

describe('TRIGGER_RE', () => {
  it.each(MUST_PASS)('%s %s: passes "%s"', (_lang, _kind, text) => {
    expect(TRIGGER_RE.test(text)).toBe(true);
  });

  // It runs on every line of the top of every page: nineteen languages of stems, not phrases
  // (838 characters for the first thirteen; the throughput is measured by `npm run bench`).
  it('stays a short list of short stems', () => {
    console.info(`TRIGGER_RE is ${TRIGGER_RE.source.length} characters`);
    expect(TRIGGER_RE.source.length).toBeLessThanOrEqual(2200);
    for (const stem of TRIGGER_RE.source.split('|')) expect(stem.length, stem).toBeLessThanOrEqual(16);
  });

  it('passes the lines of pages that talk about scams in English', () => {
    for (const line of ['Is this a scam?', 'How to report fraud', 'Fraudsters pretend to be your bank']) expect(TRIGGER_RE.test(line)).toBe(true);
  });

  it('is stateless and case-insensitive', () => {
    expect(TRIGGER_RE.flags).toContain('i');
    expect(TRIGGER_RE.flags).not.toMatch(/[gy]/);
    expect(TRIGGER_RE.test('WINDOWS DEFENDER')).toBe(true);
  });

  it('lets most ordinary lines through untouched', () => {
    const ordinary = [
      'Preheat the oven to 200 degrees.',
      'The match ended in a draw after extra time.',
      'Die Bahn fährt heute pünktlich.',
      'Le musée ouvre à dix heures.',
      'La receta necesita dos huevos.',
      'オーブンを180度に予熱します。',
    ];
    expect(ordinary.filter((line) => TRIGGER_RE.test(line))).toEqual([]);
  });
});
