import { useEffect, useRef, useState } from 'preact/hooks';
import { getAllowlist, getSettings, removeFromAllowlist, setSettings } from '../../extension/storage';
import { type Allowlist, type InterruptOn, type Language, type Settings, UI_LANGUAGES } from '../../extension/storage-schema';
import { languageInUse, type MessageKey, t, useLanguage } from '../i18n';
import { ListSection } from './ListSection';
import { ReportSection } from './ReportSection';
import { SubscriptionsSection } from './SubscriptionsSection';
import { TransferSection } from './TransferSection';

const INTERRUPT_CHOICES: ReadonlyArray<[InterruptOn, MessageKey]> = [
  ['scam', 'optionsInterruptScam'],
  ['suspicious', 'optionsInterruptSuspicious'],
  ['off', 'optionsInterruptOff'],
];

/** Each language by its own name, so that a person who cannot read the current one finds theirs. */
const LANGUAGE_NAMES: Record<(typeof UI_LANGUAGES)[number], string> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
  it: 'Italiano',
  ja: '日本語',
};

function AllowlistSection({ allowlist, onChange }: { allowlist: Allowlist; onChange: (next: Allowlist) => void }) {
  return (
    <section aria-labelledby="allowlist-heading">
      <h2 id="allowlist-heading">{t('optionsAllowlistHeading')}</h2>
      {allowlist.entries.length === 0 ? (
        <p class="muted">{t('optionsAllowlistEmpty')}</p>
      ) : (
        <ul class="allowlist" aria-labelledby="allowlist-heading">
          {allowlist.entries.map((entry) => (
            <li key={entry.host}>
              <span class="host">{entry.host}</span>
              {entry.addedAt > 0 && <span class="muted">{t('optionsAllowlistSince', new Date(entry.addedAt).toLocaleDateString(languageInUse()))}</span>}
              <button type="button" aria-label={t('optionsAllowlistRemove', entry.host)} onClick={() => void removeFromAllowlist(entry.host).then(onChange)}>
                {t('optionsAllowlistRemoveShort')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function OptionsApp() {
  const [settings, setLocalSettings] = useState<Settings | null>(null);
  const [allowlist, setAllowlist] = useState<Allowlist | null>(null);
  const [status, setStatus] = useState<{ text: string; error: boolean }>({ text: '', error: false });
  const latestAction = useRef(0);
  /**
   * The status line of an action that starts now. A slower action started before it (a setting
   * still being saved when a file is loaded) does not write over its message.
   */
  const statusFor = () => {
    const action = ++latestAction.current;
    return (text: string, error: boolean) => {
      if (action === latestAction.current) setStatus({ text, error });
    };
  };

  useEffect(() => {
    void Promise.all([getSettings(), getAllowlist()]).then(([s, a]) => {
      setLocalSettings(s);
      setAllowlist(a);
    });
  }, []);

  if (!settings || !allowlist) return <main class="options" aria-busy="true" />;

  /** Saved settings take effect here at once, the language too: the page is drawn again in it. */
  const save = async (next: Settings) => {
    const report = statusFor();
    await setSettings(next);
    if (next.language !== settings.language) {
      await useLanguage(next.language);
      document.title = t('optionsTitle');
    }
    setLocalSettings(next);
    report(t('optionsSaved'), false);
  };

  return (
    <main class="options" aria-labelledby="options-heading">
      <h1 id="options-heading">{t('optionsTitle')}</h1>
      <section aria-labelledby="interrupt-heading">
        <fieldset>
          <legend id="interrupt-heading">{t('optionsInterruptHeading')}</legend>
          {INTERRUPT_CHOICES.map(([value, label]) => (
            <label key={value} class="choice">
              <input type="radio" name="interruptOn" value={value} checked={settings.interruptOn === value} onChange={() => void save({ ...settings, interruptOn: value })} /> {t(label)}
            </label>
          ))}
        </fieldset>
      </section>
      <section aria-labelledby="language-heading">
        <h2 id="language-heading">{t('optionsLanguageHeading')}</h2>
        <label for="language">{t('optionsLanguageLabel')}</label>
        <select id="language" value={settings.language} onChange={(event) => void save({ ...settings, language: (event.target as HTMLSelectElement).value as Language })}>
          <option value="auto">{t('optionsLanguageAuto')}</option>
          {UI_LANGUAGES.map((language) => (
            <option key={language} value={language} lang={language}>
              {LANGUAGE_NAMES[language]}
            </option>
          ))}
        </select>
      </section>
      <AllowlistSection allowlist={allowlist} onChange={setAllowlist} />
      <ListSection settings={settings} onSettings={save} />
      <SubscriptionsSection />
      <ReportSection settings={settings} onSettings={save} />
      <TransferSection
        onLoaded={async (nextSettings, nextAllowlist) => {
          if (nextSettings.language !== settings.language) {
            await useLanguage(nextSettings.language);
            document.title = t('optionsTitle');
          }
          setLocalSettings(nextSettings);
          setAllowlist(nextAllowlist);
        }}
        statusFor={statusFor}
      />
      <p role="status" class={status.error ? 'status error' : 'status'} data-testid="options-status">
        {status.text}
      </p>
    </main>
  );
}
