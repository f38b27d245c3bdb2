import { useRef } from 'preact/hooks';
import { sendMessage } from '../../extension/send-message';
import { exportSettingsFile, type ImportFailure, mergeImported, readSettingsFile, settingsFileName } from '../../extension/settings-transfer';
import { getAllowlist, getSettings, getSubscriptions, setAllowlist, setSettings } from '../../extension/storage';
import type { Allowlist, Settings } from '../../extension/storage-schema';
import { type MessageKey, t } from '../i18n';

const FAILURES: Record<ImportFailure, MessageKey> = {
  'too-large': 'optionsImportTooLarge',
  'not-json': 'optionsImportNotJson',
  'not-settings-file': 'optionsImportNotOurs',
  'newer-version': 'optionsImportNewer',
  damaged: 'optionsImportDamaged',
};

async function download(): Promise<void> {
  const now = new Date();
  const [settings, allowlist, subscriptions] = await Promise.all([getSettings(), getAllowlist(), getSubscriptions()]);
  const text = exportSettingsFile({ settings, allowlist, subscriptions: subscriptions.subscriptions }, now);
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  link.download = settingsFileName(now);
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}

/**
 * Load a settings file: everything is checked before anything changes. Settings and allowed
 * sites are written here; lists are subscribed through the background, which checks and
 * fetches them as if the person had added them by hand.
 */
async function load(text: string): Promise<{ ok: boolean; message: string; settings?: Settings; allowlist?: Allowlist }> {
  const read = readSettingsFile(text);
  if (!read.ok) return { ok: false, message: t('optionsImportFailed', t(FAILURES[read.error])) };
  const { imported } = read;
  const [settings, allowlist, current] = await Promise.all([getSettings(), getAllowlist(), getSubscriptions()]);
  const merged = mergeImported({ settings, allowlist }, imported);
  await setSettings(merged.settings);
  await setAllowlist(merged.allowlist);
  const newLists = imported.subscriptions.filter((s) => s.enabled && !current.subscriptions.some((c) => c.url === s.url && c.enabled));
  // Each list is fetched as it is added, which can take a while: the page does not wait for it.
  for (const list of newLists) void sendMessage({ type: 'addSubscription', url: list.url, format: list.format }).catch(() => undefined);
  const done = t('optionsImportDone', [String(merged.addedSites), String(newLists.length)]);
  const skipped = imported.skipped > 0 ? ` ${t('optionsImportSkipped', String(imported.skipped))}` : '';
  return { ok: true, message: done + skipped, settings: merged.settings, allowlist: merged.allowlist };
}

/**
 * Save settings, allowed sites and lists to a file, or load them from one. `statusFor` gives the
 * status line of an action as it starts (see OptionsApp).
 */
export function TransferSection({
  onLoaded,
  statusFor,
}: {
  onLoaded: (settings: Settings, allowlist: Allowlist) => Promise<void>;
  statusFor: () => (text: string, error: boolean) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  const onFile = async (event: Event) => {
    const target = event.target as HTMLInputElement;
    const file = target.files?.[0];
    target.value = '';
    if (!file) return;
    const report = statusFor();
    try {
      const result = await load(await file.text());
      if (result.settings && result.allowlist) await onLoaded(result.settings, result.allowlist);
      report(result.message, !result.ok);
    } catch (error) {
      report(t('optionsImportFailed', String(error)), true);
    }
  };
  return (
    <section aria-labelledby="transfer-heading">
      <h2 id="transfer-heading">{t('optionsTransferHeading')}</h2>
      <p class="muted">{t('optionsTransferHelp')}</p>
      <button type="button" onClick={() => void download().catch((error: unknown) => statusFor()(String(error), true))}>
        {t('optionsExport')}
      </button>{' '}
      <button type="button" onClick={() => input.current?.click()}>
        {t('optionsImport')}
      </button>
      {/* The visible button opens this; the input itself is hidden from sight and from the tab order. */}
      <input ref={input} type="file" accept=".json,application/json" class="visually-hidden" tabIndex={-1} aria-hidden="true" data-testid="import-file" onChange={(event) => void onFile(event)} />
    </section>
  );
}
