import type { OutboxEntry, OutboxProblem } from '../../extension/outbox-schema';
import { type MessageKey, t } from '../i18n';

const PROBLEMS: Record<OutboxProblem, MessageKey> = {
  'no-address': 'outboxProblemNoAddress',
  unreachable: 'outboxProblemUnreachable',
  busy: 'outboxProblemBusy',
  refused: 'outboxProblemRefused',
  'no-consent': 'outboxProblemNoConsent',
};

export const when = (time: number) => new Date(time).toLocaleString();

/** Where a report stands, in plain words: sent, waiting (and why, and when it is tried again), or refused. */
export function EntryStatus({ entry }: { entry: OutboxEntry }) {
  if (entry.state === 'sent') {
    return (
      <p class="outbox-state outbox-sent" data-state="sent">
        {t('outboxSent', when(entry.sentAt ?? entry.queuedAt))}
      </p>
    );
  }
  const problem = entry.problem ? t(PROBLEMS[entry.problem]) : '';
  return (
    <div data-state={entry.state}>
      <p class={`outbox-state outbox-${entry.state}`}>{t(entry.state === 'refused' ? 'outboxRefused' : 'outboxWaiting')}</p>
      {problem && <p>{problem}</p>}
      {entry.lastError && entry.problem !== 'no-address' && <p class="muted outbox-detail">{t('outboxDetail', entry.lastError)}</p>}
      {entry.problem !== 'no-address' && entry.attempts > 0 && <p class="muted">{t('outboxNextTry', when(entry.nextAttemptAt))}</p>}
    </div>
  );
}
