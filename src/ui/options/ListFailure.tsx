import type { ListFailure as Failure, ListFailureKind } from '../../extension/storage-schema';
import { type MessageKey, t } from '../i18n';

/*
 * Why the last download of a list failed, in the language in use. The worker stores a kind
 * (storage-schema.ts) and an English detail for maintainers; a status stored before kinds has
 * only the English text, which is shown as it was.
 */

const REASONS: Record<Exclude<ListFailureKind, 'http' | 'no-address'>, MessageKey> = {
  unreachable: 'listFailureUnreachable',
  timeout: 'listFailureTimeout',
  'web-page': 'listFailureWebPage',
  'not-a-list': 'listFailureNotAList',
  malformed: 'listFailureMalformed',
  'too-large': 'listFailureTooLarge',
  signature: 'listFailureSignature',
  'not-newer': 'listFailureNotNewer',
  drop: 'listFailureDrop',
  'storage-full': 'listFailureStorageFull',
  'damaged-copy': 'listFailureDamagedCopy',
  other: 'listFailureOther',
};

/**
 * Kinds whose English detail says more than the sentence: the line a list went wrong on, the
 * counts of a drop, the versions offered, the size limit, what the server sent. For the others
 * (no answer, an HTTP status, a full storage) the sentence says it all.
 */
const DETAIL_HELPS: ReadonlySet<ListFailureKind> = new Set(['web-page', 'not-a-list', 'malformed', 'too-large', 'signature', 'not-newer', 'drop', 'other']);

/** The failure as a sentence in the language in use; the stored English text when there is no kind. */
export function failureReason(failure: Failure | undefined, lastError: string | undefined): string | undefined {
  if (!failure) return lastError;
  if (failure.kind === 'http') return t('listFailureHttp', String(failure.status ?? ''));
  if (failure.kind === 'no-address') return t('optionsListNoAddress');
  return t(REASONS[failure.kind]);
}

/** An English detail, marked as English for screen readers. */
function EnglishDetail({ detail }: { detail: string }) {
  return (
    <p class="muted" data-testid="failure-detail">
      {t('listFailureDetail')} <span lang="en">{detail}</span>
    </p>
  );
}

/** The English detail under the sentence, where it helps. */
export function FailureDetail({ failure, lastError }: { failure: Failure | undefined; lastError: string | undefined }) {
  if (!failure || !lastError || !DETAIL_HELPS.has(failure.kind)) return null;
  return <EnglishDetail detail={lastError} />;
}

/** The last update worked, but as the whole list, because the smaller diff could not be used. */
export function DiffFallback({ problem }: { problem: string | undefined }) {
  if (!problem) return null;
  return (
    <>
      <p class="muted">{t('optionsListDiffFallback')}</p>
      <EnglishDetail detail={problem} />
    </>
  );
}
