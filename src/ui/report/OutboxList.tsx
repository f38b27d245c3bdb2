import { useEffect, useState } from 'preact/hooks';
import type { OutboxEntry } from '../../extension/outbox-schema';
import { sendMessage } from '../../extension/send-message';
import { t } from '../i18n';
import { EntryStatus, when } from './EntryStatus';
import { ReportSummary } from './ReportPanel';
import './report.css';

const POLL_MS = 5000;

/** The reports the person chose to send, newest first, with where each stands. */
export function OutboxList() {
  const [outbox, setOutbox] = useState<{ entries: OutboxEntry[]; address: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  useEffect(() => {
    const load = () => void sendMessage({ type: 'getOutbox' }).then(setOutbox).catch((e: unknown) => setError(String(e)));
    load();
    // The worker sends and retries on its own; follow it while the page is open.
    const timer = setInterval(load, POLL_MS);
    return () => clearInterval(timer);
  }, []);

  const act = async (action: () => Promise<{ entries: OutboxEntry[]; address: string }>) => {
    setBusy(true);
    setError('');
    try {
      setOutbox(await action());
    } catch (e) {
      setError(String(e));
    } finally {
      setBusy(false);
    }
  };

  if (!outbox) return <div aria-busy="true" />;
  const entries = [...outbox.entries].sort((a, b) => b.queuedAt - a.queuedAt);
  const unsent = entries.some((entry) => entry.state !== 'sent');
  return (
    <div class="outbox" data-testid="outbox">
      <h3>{t('outboxHeading')}</h3>
      {entries.length === 0 ? (
        <p class="muted">{t('outboxEmpty')}</p>
      ) : (
        <ul class="outbox-list">
          {entries.map((entry) => (
            <li key={entry.report.id} data-report-id={entry.report.id}>
              <p class="outbox-title">
                {t(entry.report.kind === 'scam' ? 'outboxKindScam' : 'outboxKindFalsePositive', when(entry.queuedAt))} <span class="report-url">{entry.report.url}</span>
              </p>
              <EntryStatus entry={entry} />
              <details>
                <summary>{t('outboxWhatWasSent')}</summary>
                <ReportSummary report={entry.report} />
              </details>
              <button type="button" disabled={busy} aria-label={t('outboxDeleteLabel', entry.report.url)} onClick={() => void act(() => sendMessage({ type: 'deleteReport', id: entry.report.id }))}>
                {t('outboxDelete')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {unsent && (
        <button type="button" disabled={busy} onClick={() => void act(() => sendMessage({ type: 'retryReports' }))}>
          {t('outboxRetryNow')}
        </button>
      )}
      {error && (
        <p role="alert" class="report-error">
          {error}
        </p>
      )}
    </div>
  );
}
