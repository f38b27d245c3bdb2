import { useEffect, useRef, useState } from 'preact/hooks';
import type { VerdictLevel } from '../../core/detect/types';
import { type Report, REPORT_LIMITS, type ReportKind } from '../../core/report';
import type { OutboxEntry } from '../../extension/outbox-schema';
import { reportEndpoint } from '../../extension/outbox-schema';
import { sendMessage } from '../../extension/send-message';
import { explainSignal, type MessageKey, t } from '../i18n';
import { askReportConsent, type ReportConsent, reportConsentPermissions } from './consent';
import { EntryStatus } from './EntryStatus';
import './report.css';

/*
 * "Report this page", for the popup and the warning page. The person picks what they report and
 * may add a comment; then they see exactly what will be sent (the worker builds the report, and
 * that very object is what is sent) and what is not; only then can they send it. Afterwards the
 * panel shows the report's status in the outbox: sent, or waiting to be sent and why.
 */

export interface ReportPanelProps {
  /** The tab whose page is reported (the popup's tab, or the warning page's own tab). */
  tabId: number;
  /** The tab's verdict level; null when the page was not judged. */
  verdictLevel: VerdictLevel | null;
  /** The person chose "continue anyway" for this site: most likely they think it is a false alarm. */
  allowed?: boolean;
}

type Step =
  | { name: 'compose' }
  | { name: 'review'; report: Report; address: string }
  | { name: 'sent'; entry: OutboxEntry };

const LEVEL_KEYS: Record<VerdictLevel, MessageKey> = { clean: 'reportLevelClean', suspicious: 'reportLevelSuspicious', scam: 'reportLevelScam' };
const POLL_MS = 5000;

/** The kinds a person can report: "not a scam" only where Hang Up raised an alarm. */
function kindsFor(level: VerdictLevel | null): ReportKind[] {
  return level === 'scam' || level === 'suspicious' ? ['scam', 'false-positive'] : ['scam'];
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function ReportPanel({ tabId, verdictLevel, allowed = false }: ReportPanelProps) {
  const kinds = kindsFor(verdictLevel);
  const [kind, setKind] = useState<ReportKind>(allowed && kinds.includes('false-positive') ? 'false-positive' : 'scam');
  const [comment, setComment] = useState('');
  const [step, setStep] = useState<Step>({ name: 'compose' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [refusal, setRefusal] = useState<Exclude<ReportConsent, { state: 'granted' }> | null>(null);
  const asksConsent = reportConsentPermissions() !== null;
  const reviewHeading = useRef<HTMLHeadingElement>(null);
  const statusRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (step.name === 'review') reviewHeading.current?.focus();
    if (step.name === 'sent') statusRef.current?.focus();
  }, [step.name]);

  // While a sent report waits in the outbox, follow its status (the worker retries on its own).
  const waitingId = step.name === 'sent' && step.entry.state !== 'sent' ? step.entry.report.id : undefined;
  useEffect(() => {
    if (!waitingId) return;
    const timer = setInterval(() => {
      void sendMessage({ type: 'getOutbox' })
        .then(({ entries }) => {
          const entry = entries.find((e) => e.report.id === waitingId);
          if (entry) setStep({ name: 'sent', entry });
        })
        .catch(() => undefined);
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [waitingId]);

  const review = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError('');
    setRefusal(null);
    try {
      const [{ report }, { address }] = await Promise.all([sendMessage({ type: 'previewReport', tabId, kind, comment }), sendMessage({ type: 'getOutbox' })]);
      setStep({ name: 'review', report, address });
    } catch (e) {
      setError(t('reportPreviewFailed', errorText(e)));
    } finally {
      setBusy(false);
    }
  };

  const send = async (report: Report) => {
    // First, before any await: Firefox shows its consent prompt only while handling the click.
    const consent = askReportConsent(reportConsentPermissions());
    setBusy(true);
    setError('');
    setRefusal(null);
    try {
      const answer = await consent;
      if (answer.state !== 'granted') {
        setRefusal(answer);
        return;
      }
      const { entry } = await sendMessage({ type: 'sendReport', report });
      setStep({ name: 'sent', entry });
    } catch (e) {
      setError(t('reportSendFailed', errorText(e)));
    } finally {
      setBusy(false);
    }
  };

  return (
    // Closed at first: on a warning page, getting out comes first; reporting is for after.
    <details class="report-panel" data-testid="report-panel">
      <summary>
        <h2 id="report-heading">{t('reportHeading')}</h2>
      </summary>
      {step.name === 'compose' && (
        <form onSubmit={(event) => void review(event)}>
          <fieldset>
            <legend>{t('reportKindLegend')}</legend>
            {kinds.map((value) => (
              <label key={value} class="choice">
                <input type="radio" name="report-kind" value={value} checked={kind === value} onChange={() => setKind(value)} /> {t(value === 'scam' ? 'reportKindScam' : 'reportKindFalsePositive')}
              </label>
            ))}
          </fieldset>
          <label for="report-comment">{t('reportCommentLabel')}</label>
          <textarea
            id="report-comment"
            rows={3}
            maxLength={REPORT_LIMITS.commentChars}
            value={comment}
            aria-describedby="report-comment-help"
            onInput={(event) => setComment((event.target as HTMLTextAreaElement).value)}
          />
          <p id="report-comment-help" class="muted">
            {t('reportCommentHelp', [String(comment.length), String(REPORT_LIMITS.commentChars)])}
          </p>
          <button type="submit" disabled={busy}>
            {t('reportReviewButton')}
          </button>
        </form>
      )}
      {step.name === 'review' && (
        <div class="report-review">
          <h3 id="report-review-heading" ref={reviewHeading} tabIndex={-1}>
            {t('reportReviewHeading')}
          </h3>
          <ReportSummary report={step.report} address={step.address} />
          {asksConsent && <p class="muted">{t('reportConsentNotice')}</p>}
          <div class="report-actions">
            <button type="button" class="primary" disabled={busy} onClick={() => void send(step.report)}>
              {t('reportSendButton')}
            </button>
            <button type="button" disabled={busy} onClick={() => setStep({ name: 'compose' })}>
              {t('reportChangeButton')}
            </button>
          </div>
          {refusal && (
            <div role="status" data-testid="report-consent-refused">
              <p>{refusal.state === 'refused' ? t('reportConsentRefused') : t('reportConsentFailed', refusal.message)}</p>
              <p class="muted">{t('reportConsentLater')}</p>
            </div>
          )}
        </div>
      )}
      {step.name === 'sent' && (
        <div class="report-done" ref={statusRef} tabIndex={-1} data-testid="report-status">
          <EntryStatus entry={step.entry} />
        </div>
      )}
      {error && (
        <p role="alert" class="report-error">
          {error}
        </p>
      )}
    </details>
  );
}

/** Everything the report holds, in words, with the raw JSON below, and what it does not hold. */
export function ReportSummary({ report, address }: { report: Report; address?: string }) {
  return (
    <div class="report-summary" data-testid="report-summary">
      {address !== undefined && <p data-testid="report-destination">{address ? t('reportGoesTo', reportEndpoint(address)) : t('reportNoAddress')}</p>}
      <dl>
        <dt>{t('reportFieldKind')}</dt>
        <dd>{t(report.kind === 'scam' ? 'reportKindScam' : 'reportKindFalsePositive')}</dd>
        <dt>{t('reportFieldUrl')}</dt>
        <dd class="report-url">{report.url}</dd>
        <dt>{t('reportFieldVerdict')}</dt>
        <dd>{t('reportVerdictValue', [t(LEVEL_KEYS[report.verdict.level]), String(report.verdict.score)])}</dd>
        <dt>{t('reportFieldSignals')}</dt>
        <dd>
          {report.verdict.signals.length === 0 ? (
            t('reportNone')
          ) : (
            <ul class="report-signals">
              {report.verdict.signals.map((signal, i) => (
                <li key={`${signal.id}-${i}`}>
                  {explainSignal(signal)} <code>{signal.id}</code>
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>{t('reportFieldNumbers')}</dt>
        <dd data-testid="report-numbers">{report.numbers.length === 0 ? t('reportNone') : report.numbers.join(', ')}</dd>
        <dt>{t('reportFieldComment')}</dt>
        <dd class="report-comment">{report.comment ?? t('reportNone')}</dd>
        <dt>{t('reportFieldClient')}</dt>
        <dd>{t('reportClientValue', [report.client.version, report.client.browser])}</dd>
      </dl>
      <p class="report-not-sent">{t('reportNotSent')}</p>
      <details>
        <summary>{t('reportRawJson')}</summary>
        <pre data-testid="report-json">{JSON.stringify(report, null, 2)}</pre>
      </details>
    </div>
  );
}
