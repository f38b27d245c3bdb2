import path from 'node:path';
import { loadCorpus } from '../../src/cli/corpus';
import { evaluateCorpus } from '../../src/cli/eval';
import type { PageResult } from '../../src/cli/eval-summary';
import { expect, test } from './fixtures';

/*
 * Every tactic and every hard negative of tests/fixtures/corpus (pages written for these tests,
 * listed in its README), through the real extension in Chromium, as `npm run eval` runs them.
 */
test('catches every scam tactic of the fixture corpus and leaves every hard negative clean', async () => {
  test.setTimeout(300_000);
  const corpus = await loadCorpus(path.resolve('tests/fixtures/corpus'));
  const run = await evaluateCorpus(corpus, { concurrency: 3, timeoutMs: 5000, cdn: [] }, () => undefined);
  const describe = (pages: PageResult[]) => pages.map((p) => `${p.id}: ${p.verdict} [${p.signals.map((s) => s.id).join(', ')}]`);

  const missed = run.report.pages.filter((p) => p.label === 'scam' && p.verdict !== 'scam');
  expect(describe(missed), 'scam pages not caught').toEqual([]);
  const flagged = run.report.pages.filter((p) => p.label === 'benign' && p.verdict !== 'clean');
  expect(describe(flagged), 'benign pages flagged').toEqual([]);
  // Every page was judged at all: the content script reported on each.
  expect(run.report.pages.filter((p) => p.verdict === 'none').map((p) => p.id)).toEqual([]);
});
