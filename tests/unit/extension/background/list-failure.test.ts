import { describe, expect, it } from 'vitest';
import { DiffError } from '../../../../src/core/blocklist/diff';
import { SignatureError } from '../../../../src/core/blocklist/sign';
import { SubscriptionRejected } from '../../../../src/core/blocklist/subscribed';
import { ListFormatError, parseThirdPartyList } from '../../../../src/core/blocklist/third-party';
import { ListRejected } from '../../../../src/core/blocklist/update';
import { failureDetail, httpFailure, listFailureOf, overNetwork } from '../../../../src/extension/background/list-failure';
import { LIST_FAILURE_KINDS, repairListFailure } from '../../../../src/extension/storage-schema';

/*
 * Every error a list download can end with has a kind the options page can translate; the
 * worker tests (blocklist, subscriptions) check the same through real downloads.
 */

describe('listFailureOf', () => {
  it.each([
    ['html', 'web-page'],
    ['malformed', 'malformed'],
    ['signature', 'signature'],
    ['older', 'not-newer'],
    ['same', 'not-newer'],
    ['drop', 'drop'],
    ['diff', 'malformed'],
  ] as const)('maps a maintained list refused as %s to %s', (reason, kind) => {
    expect(listFailureOf(new ListRejected('refused', reason))).toEqual({ kind });
  });

  it.each([
    ['html', 'web-page'],
    ['format', 'not-a-list'],
    ['empty', 'not-a-list'],
    ['drop', 'drop'],
    ['size', 'too-large'],
  ] as const)('maps a subscribed list refused as %s to %s', (reason, kind) => {
    expect(listFailureOf(new SubscriptionRejected('refused', reason))).toEqual({ kind });
  });

  it('reads a subscribed list with more entries than accepted as too large, not as a wrong format', () => {
    let message = '';
    try {
      parseThirdPartyList('a-scam.com\nb-scam.com\nc-scam.com\n', 'plain', { maxEntries: 2 });
    } catch (error) {
      if (error instanceof ListFormatError) message = error.message;
    }
    expect(message).not.toBe('');
    // core/blocklist/subscribed.ts turns the parser's error into a "format" refusal with its message.
    expect(listFailureOf(new SubscriptionRejected(message, 'format'))).toEqual({ kind: 'too-large' });
  });

  it('maps signature and diff errors met on their own', () => {
    expect(listFailureOf(new SignatureError('The signature does not match.'))).toEqual({ kind: 'signature' });
    expect(listFailureOf(new DiffError('The diff is for version 3.'))).toEqual({ kind: 'malformed' });
  });

  it('tells no answer at all from no answer in time', async () => {
    const unreachable = await overNetwork(Promise.reject(new TypeError('Failed to fetch'))).catch((error: unknown) => error);
    expect(listFailureOf(unreachable)).toEqual({ kind: 'unreachable' });
    expect(listFailureOf(new DOMException('aborted', 'AbortError'))).toEqual({ kind: 'timeout' });
    expect(failureDetail(new DOMException('aborted', 'AbortError'), 30)).toBe('The list address did not answer within 30 seconds.');
  });

  it('reads a TypeError that did not come from the network as a bug, not as "unreachable"', () => {
    expect(listFailureOf(new TypeError("Cannot read properties of undefined (reading 'hosts')"))).toEqual({ kind: 'other' });
  });

  it('keeps the HTTP status', () => {
    const error = httpFailure(new Response('', { status: 429, statusText: 'Too Many Requests' }));
    expect(listFailureOf(error)).toEqual({ kind: 'http', status: 429 });
    expect(error.message).toBe('The list address answered 429 Too Many Requests.');
  });

  it("recognises a full storage in Chrome's and in Firefox's words", () => {
    expect(listFailureOf(new Error('Resource::kQuotaBytes quota exceeded'))).toEqual({ kind: 'storage-full' });
    expect(listFailureOf(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))).toEqual({ kind: 'storage-full' });
  });

  it('calls anything else "other", and keeps its message as the detail', () => {
    expect(listFailureOf(new Error('Something odd'))).toEqual({ kind: 'other' });
    expect(listFailureOf('a string')).toEqual({ kind: 'other' });
    expect(failureDetail(new Error('Something odd'), 30)).toBe('Something odd');
  });
});

describe('repairListFailure', () => {
  it('keeps every kind, and the status of an HTTP failure only', () => {
    for (const kind of LIST_FAILURE_KINDS) {
      expect(repairListFailure({ kind, status: 404 })).toEqual(kind === 'http' ? { kind, status: 404 } : { kind });
    }
  });

  it('reads nothing it cannot show: no kind, an unknown kind, an HTTP failure without a valid status', () => {
    for (const raw of [undefined, null, 'timeout', {}, { kind: 'gremlins' }, { kind: 'http' }, { kind: 'http', status: 99 }, { kind: 'http', status: 404.5 }]) {
      expect(repairListFailure(raw), JSON.stringify(raw)).toBeUndefined();
    }
  });
});
