import { useEffect, useState } from 'preact/hooks';
import type { ListStatus } from '../../extension/background/blocklist';
import { sendMessage } from '../../extension/send-message';
import { isListUrl, type Settings } from '../../extension/storage-schema';
import { languageInUse, t } from '../i18n';
import { DiffFallback, FailureDetail, failureReason } from './ListFailure';

const when = (time: number | string | undefined) => (time === undefined ? t('optionsListNever') : new Date(time).toLocaleString(languageInUse()));

/** Why the last update failed; no list address set is no failure, only a note. */
function LastFailure({ status }: { status: ListStatus }) {
  if (status.lastFailure?.kind === 'no-address') return <p class="muted">{t('optionsListNoAddress')}</p>;
  const reason = failureReason(status.lastFailure, status.lastError);
  if (!reason) return null;
  return (
    <>
      <p class="warning">{t('optionsListLastError', reason)}</p>
      <FailureDetail failure={status.lastFailure} lastError={status.lastError} />
    </>
  );
}

/** How the maintained list is doing: which version, how old, whether updates work. */
export function ListSection({ settings, onSettings }: { settings: Settings; onSettings: (next: Settings) => Promise<void> }) {
  const [status, setStatus] = useState<ListStatus | null>(null);
  const [url, setUrl] = useState(settings.listUrl);
  const [busy, setBusy] = useState(false);
  const [invalid, setInvalid] = useState(false);
  useEffect(() => {
    void sendMessage({ type: 'getListStatus' }).then((r) => setStatus(r.status));
  }, []);
  const checkNow = async () => {
    setBusy(true);
    try {
      setStatus((await sendMessage({ type: 'updateListNow' })).status);
    } finally {
      setBusy(false);
    }
  };
  const save = async (event: Event) => {
    event.preventDefault();
    const value = url.trim();
    setInvalid(!isListUrl(value));
    if (isListUrl(value)) await onSettings({ ...settings, listUrl: value });
  };
  return (
    <section aria-labelledby="list-heading">
      <h2 id="list-heading">{t('optionsListHeading')}</h2>
      {status && (
        <div data-testid="list-status">
          <p>{t('optionsListVersion', [String(status.version), when(status.generatedAt), (status.counts.hosts + status.counts.paths).toLocaleString(languageInUse()), status.counts.numbers.toLocaleString(languageInUse())])}</p>
          {status.source === 'bundled' && <p class="muted">{t('optionsListBundled')}</p>}
          {status.expired && <p class="warning">{t('optionsListExpired')}</p>}
          <p class="muted">{t('optionsListLastCheck', when(status.lastCheckAt))}</p>
          <LastFailure status={status} />
          {status.lastUpdateKind === 'full' && <DiffFallback problem={status.lastDiffProblem} />}
        </div>
      )}
      <form onSubmit={(event) => void save(event)}>
        <label for="list-url">{t('optionsListUrl')}</label>
        <input id="list-url" type="url" value={url} aria-describedby="list-url-help" aria-invalid={invalid} onInput={(event) => setUrl((event.target as HTMLInputElement).value)} />
        <p id="list-url-help" class="muted">
          {invalid ? t('optionsListUrlInvalid') : t('optionsListUrlHelp')}
        </p>
        <button type="submit">{t('optionsListSave')}</button>{' '}
        <button type="button" disabled={busy} onClick={() => void checkNow()}>
          {t('optionsListCheckNow')}
        </button>
      </form>
    </section>
  );
}
