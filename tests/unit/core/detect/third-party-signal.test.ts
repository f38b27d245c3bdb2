import { pageText } from '../../helpers/page-text';
import { describe, expect, it } from 'vitest';
import { prefilter } from '../../../../src/core/detect/prefilter';
import { detect, THRESHOLDS, WEIGHTS } from '../../../../src/core/detect/score';
import type { BlocklistLookup, PageCandidates } from '../../../../src/core/detect/types';

/*
 * A hit on a third-party list the person subscribed to: nobody at Hang Up reviewed that list, so
 * alone it makes a page suspicious (badge and popup) and only with the page's own scam text a scam.
 */

function page(title: string, lines: readonly string[]): PageCandidates {
  return prefilter(pageText({ title, text: lines.join('\n'), telLinks: [] }));
}

const QUIET = page('Opening hours', ['We open at nine and close at five.']);
/** One strong fright and nothing else: not enough for a verdict on its own. */
const FRIGHT = page('Notice', ['Your computer has been blocked.']);
const DISCUSSION = page('How to spot a tech support scam', [
  'Scam pages claim that your computer has been blocked.',
  'If a page says your computer has been blocked, it is a scam. Close the tab.',
]);

function lookup(listed: Record<string, string>, ours: string[] = []): BlocklistLookup {
  const hostOf = (url: string) => new URL(url).hostname;
  return {
    address: (url) => (ours.includes(hostOf(url)) ? { entry: hostOf(url), evidence: 'report:r-1' } : undefined),
    number: () => undefined,
    thirdParty(url) {
      const host = hostOf(url);
      const domain = Object.keys(listed).find((d) => host === d || host.endsWith(`.${d}`));
      return domain ? { entry: domain, list: listed[domain] as string } : undefined;
    },
  };
}

const LISTS = lookup({ 'listed-elsewhere.com': "Jarelllama's Scam Blocklist" });

describe('list.third-party', () => {
  it('makes a page with no scam text suspicious, not a scam, and names the list', () => {
    const verdict = detect({ candidates: QUIET, url: 'https://www.listed-elsewhere.com/', blocklist: LISTS });
    expect(verdict.level).toBe('suspicious');
    expect(verdict.signals).toEqual([{ id: 'list.third-party', weight: WEIGHTS.thirdPartyListed, evidence: "listed-elsewhere.com (Jarelllama's Scam Blocklist)" }]);
  });

  it('weighs less than our own list: alone it stays between the two thresholds', () => {
    expect(WEIGHTS.thirdPartyListed).toBeGreaterThanOrEqual(THRESHOLDS.suspicious);
    expect(WEIGHTS.thirdPartyListed).toBeLessThan(THRESHOLDS.scam);
    expect(WEIGHTS.thirdPartyListed).toBeLessThan(WEIGHTS.addressListed);
  });

  it('with scam text on the page makes it a scam, where the same text alone is not', () => {
    expect(detect({ candidates: FRIGHT, url: 'https://other-host.com/' }).level).not.toBe('scam');
    const verdict = detect({ candidates: FRIGHT, url: 'https://listed-elsewhere.com/alert', blocklist: LISTS });
    expect(verdict.level).toBe('scam');
    expect(verdict.signals.map((s) => s.id)).toContain('list.third-party');
  });

  it('does not block a page on a listed host that only discusses scams', () => {
    const verdict = detect({ candidates: DISCUSSION, url: 'https://listed-elsewhere.com/advice', blocklist: LISTS });
    expect(verdict.level).toBe('suspicious');
  });

  it('leaves hosts that are not listed alone', () => {
    const verdict = detect({ candidates: QUIET, url: 'https://not-listed.com/', blocklist: LISTS });
    expect(verdict.level).toBe('clean');
    expect(verdict.signals).toEqual([]);
  });

  it('counts a host on our list and a subscribed one once, as ours', () => {
    const both = lookup({ 'listed-elsewhere.com': 'Some list' }, ['listed-elsewhere.com']);
    const verdict = detect({ candidates: QUIET, url: 'https://listed-elsewhere.com/', blocklist: both });
    expect(verdict.level).toBe('scam');
    expect(verdict.signals.map((s) => s.id)).toEqual(['list.address']);
  });

  it('works with a lookup that has no third-party lists at all', () => {
    const ours: BlocklistLookup = { address: () => undefined, number: () => undefined };
    expect(detect({ candidates: QUIET, url: 'https://listed-elsewhere.com/', blocklist: ours }).level).toBe('clean');
  });
});
