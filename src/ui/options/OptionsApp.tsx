import { useEffect, useState } from 'preact/hooks';
import { getAllowlist, getSettings, removeFromAllowlist, setSettings } from '../../extension/storage';
import type { Allowlist, InterruptOn, Settings } from '../../extension/storage-schema';
import { type MessageKey, t } from '../i18n';

const INTERRUPT_CHOICES: ReadonlyArray<[InterruptOn, MessageKey]> = [
  ['scam', 'optionsInterruptScam'],
  ['suspicious', 'optionsInterruptSuspicious'],
  ['off', 'optionsInterruptOff'],
];

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
      <p role="status">{status}</p>
    </main>
  );
}
