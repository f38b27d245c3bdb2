import { useState } from 'preact/hooks';
import { isReportUrl, type Settings } from '../../extension/storage-schema';
import { t } from '../i18n';
import { OutboxList } from '../report/OutboxList';

/**
 * Where reports go, and the reports themselves. Changing the address sends the reports that
 * wait (the worker watches the setting).
 */
export function ReportSection({ settings, onSettings }: { settings: Settings; onSettings: (next: Settings) => Promise<void> }) {
  const [url, setUrl] = useState(settings.reportUrl);
  const [invalid, setInvalid] = useState(false);
  const builtIn = (import.meta.env.WXT_HANGUP_REPORT_URL as string | undefined) ?? '';
  const save = async (event: Event) => {
    event.preventDefault();
    const value = url.trim();
    const ok = isReportUrl(value);
    setInvalid(!ok);
    if (ok) await onSettings({ ...settings, reportUrl: value });
  };
  return (
    <section aria-labelledby="report-settings-heading" data-testid="report-settings">
      <h2 id="report-settings-heading">{t('reportSettingsHeading')}</h2>
      <p>{t('reportSettingsIntro')}</p>
      <form onSubmit={(event) => void save(event)}>
        <label for="report-url">{t('reportUrlLabel')}</label>
        <input
          id="report-url"
          type="url"
          value={url}
          placeholder={builtIn}
          aria-describedby="report-url-help"
          aria-invalid={invalid}
          onInput={(event) => setUrl((event.target as HTMLInputElement).value)}
        />
        <p id="report-url-help" class={invalid ? 'warning' : 'muted'}>
          {invalid ? t('reportUrlInvalid') : builtIn ? t('reportUrlHelpBuiltIn', builtIn) : t('reportUrlHelp')}
        </p>
        <button type="submit">{t('reportUrlSave')}</button>
      </form>
      <OutboxList />
    </section>
  );
}
