import { useEffect, useState } from 'preact/hooks';
import type { ListStatus } from '../../extension/background/blocklist';
import { sendMessage } from '../../extension/send-message';
import { getAllowlist, getSettings, removeFromAllowlist, setSettings } from '../../extension/storage';
import { type Allowlist, type InterruptOn, isListUrl, type Settings } from '../../extension/storage-schema';
import { type MessageKey, t } from '../i18n';

const INTERRUPT_CHOICES: ReadonlyArray<[InterruptOn, MessageKey]> = [
  ['scam', 'optionsInterruptScam'],
  ['suspicious', 'optionsInterruptSuspicious'],
  ['off', 'optionsInterruptOff'],
];

const when = (time: number | string | undefined) => (time === undefined ? t('optionsListNever') : new Date(time).toLocaleString());

/** How the maintained list is doing: which version, how old, whether updates work. */
function ListSection({ settings, onSettings }: { settings: Settings; onSettings: (next: Settings) => Promise<void> }) {
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
          <p>{t('optionsListVersion', [String(status.version), when(status.generatedAt), String(status.counts.hosts + status.counts.paths), String(status.counts.numbers)])}</p>
          {status.source === 'bundled' && <p class="muted">{t('optionsListBundled')}</p>}
          {status.expired && <p class="warning">{t('optionsListExpired')}</p>}
          <p class="muted">{t('optionsListLastCheck', when(status.lastCheckAt))}</p>
          {status.lastError && <p class="warning">{t('optionsListLastError', status.lastError)}</p>}
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

export function OptionsApp() {
  const [settings, setLocalSettings] = useState<Settings | null>(null);
  const [allowlist, setAllowlist] = useState<Allowlist | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    void Promise.all([getSettings(), getAllowlist()]).then(([s, a]) => {
      setLocalSettings(s);
      setAllowlist(a);
    });
  }, []);

  if (!settings || !allowlist) return <main class="options" aria-busy="true" />;

  const choose = async (interruptOn: InterruptOn) => {
    const next = { ...settings, interruptOn };
    await setSettings(next);
    setLocalSettings(next);
    setStatus(t('optionsSaved'));
  };

  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <fieldset>
        <legend>{t('optionsInterruptHeading')}</legend>
        {INTERRUPT_CHOICES.map(([value, label]) => (
          <label key={value} class="choice">
            <input type="radio" name="interruptOn" value={value} checked={settings.interruptOn === value} onChange={() => void choose(value)} />{' '}
            {t(label)}
          </label>
        ))}
      </fieldset>
      <section>
        <h2>{t('optionsAllowlistHeading')}</h2>
        {allowlist.entries.length === 0 ? (
          <p class="muted">{t('optionsAllowlistEmpty')}</p>
        ) : (
          <ul class="allowlist">
            {allowlist.entries.map((entry) => (
              <li key={entry.host}>
                <span class="host">{entry.host}</span>{' '}
                <button type="button" aria-label={t('optionsAllowlistRemove', entry.host)} onClick={() => void removeFromAllowlist(entry.host).then(setAllowlist)}>
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <ListSection
        settings={settings}
        onSettings={async (next) => {
          await setSettings(next);
          setLocalSettings(next);
          setStatus(t('optionsSaved'));
        }}
      />
      <p role="status">{status}</p>
    </main>
  );
}
