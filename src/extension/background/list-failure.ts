import { DiffError } from '../../core/blocklist/diff';
import { SignatureError } from '../../core/blocklist/sign';
import { SubscriptionRejected } from '../../core/blocklist/subscribed';
import { ListRejected } from '../../core/blocklist/update';
import type { ListFailure, ListFailureKind } from '../storage-schema';

/*
 * What went wrong with a list download, as a kind the options page can say in the person's
 * language (storage-schema.ts lists the kinds). The English message of the error stays the
 * maintainers' detail.
 */

/** A failure the worker itself recognised: an HTTP error status, no answer, a body too large. */
export class ListFetchFailed extends Error {
  constructor(
    message: string,
    readonly failure: ListFailure,
  ) {
    super(message);
    this.name = 'ListFetchFailed';
  }
}

/** The failure of an answer whose status is not 2xx (a 304 is handled before this). */
export function httpFailure(response: Response, what = ''): ListFetchFailed {
  return new ListFetchFailed(`The list address answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}${what}.`, { kind: 'http', status: response.status });
}

/**
 * A network step (a fetch, reading its body): fetch rejects with a TypeError when the address
 * cannot be reached or the connection breaks, so that TypeError, and only one from here, means
 * "unreachable" (a TypeError anywhere else is a bug and reads as "other").
 */
export async function overNetwork<T>(step: Promise<T>): Promise<T> {
  try {
    return await step;
  } catch (error) {
    if (error instanceof TypeError) throw new ListFetchFailed(`The list address could not be reached (${error.message}).`, { kind: 'unreachable' });
    throw error;
  }
}

const LIST_REJECTED: Record<ListRejected['kind'], ListFailureKind> = {
  html: 'web-page',
  malformed: 'malformed',
  signature: 'signature',
  older: 'not-newer',
  // The list fetched was the one in use although the index said newer: nothing newer arrived.
  same: 'not-newer',
  drop: 'drop',
  diff: 'malformed',
};

const SUBSCRIPTION_REJECTED: Record<SubscriptionRejected['kind'], ListFailureKind> = {
  html: 'web-page',
  format: 'not-a-list',
  // Empty, or nearly no usable entry: for the person, both say the address holds no such list.
  empty: 'not-a-list',
  drop: 'drop',
  size: 'too-large',
};

/** The download's own time limit ran out (a withdrawn subscription is told apart before this). */
function isTimeout(error: unknown): boolean {
  return error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError');
}

function isQuotaError(error: unknown): boolean {
  // Chrome rejects storage.local.set with an Error naming its quota; Firefox and IndexedDB with a QuotaExceededError.
  return error instanceof Error && (error.name === 'QuotaExceededError' || /quota/i.test(error.message));
}

/** The kind of any error a list download can end with. */
export function listFailureOf(error: unknown): ListFailure {
  if (error instanceof ListFetchFailed) return error.failure;
  if (error instanceof ListRejected) return { kind: LIST_REJECTED[error.kind] };
  if (error instanceof SubscriptionRejected) {
    // core/blocklist/third-party.ts says "more than N entries" as a format error: a list too large.
    if (error.kind === 'format' && /^The list has more than [\d,]+ entries/.test(error.message)) return { kind: 'too-large' };
    return { kind: SUBSCRIPTION_REJECTED[error.kind] };
  }
  if (error instanceof SignatureError) return { kind: 'signature' };
  if (error instanceof DiffError) return { kind: 'malformed' };
  if (isTimeout(error)) return { kind: 'timeout' };
  if (isQuotaError(error)) return { kind: 'storage-full' };
  return { kind: 'other' };
}

/** The English detail kept next to the kind, for maintainers. */
export function failureDetail(error: unknown, timeoutSeconds: number): string {
  if (isTimeout(error)) return `The list address did not answer within ${timeoutSeconds} seconds.`;
  if (isQuotaError(error)) return `The browser's storage for Hang Up is full (${(error as Error).message}).`;
  return error instanceof Error ? error.message : String(error);
}
