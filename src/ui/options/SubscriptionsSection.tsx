import { useEffect, useState } from 'preact/hooks';
import type { AddSubscriptionError, SubscriptionView } from '../../extension/background/subscriptions';
import { sendMessage } from '../../extension/send-message';
import { watchSubscriptions } from '../../extension/storage';
import { MAX_OWN_SUBSCRIPTIONS } from '../../extension/subscription-presets';
import { isSubscriptionUrl, SUBSCRIPTION_FORMATS, type SubscriptionFormat } from '../../extension/storage-schema';
import { languageInUse, type MessageKey, t } from '../i18n';
import { FailureDetail, failureReason } from './ListFailure';

/*
 * Scam lists published by others, which the person may switch on: the presets and addresses they
 * added, each with its state (how many sites, how fresh, what went wrong). Nothing is downloaded
 * before a list is switched on.
 */

const FORMAT_LABELS: Record<SubscriptionFormat, MessageKey> = {
  plain: 'subsFormatPlain',
  hosts: 'subsFormatHosts',
  adblock: 'subsFormatAdblock',
};

const ADD_ERRORS: Record<AddSubscriptionError, MessageKey> = {
  address: 'subsErrorAddress',
  duplicate: 'subsErrorDuplicate',
  'too-many': 'subsErrorTooMany',
};

const UNITS: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number]> = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** "3 hours ago", in the language in use. */
function age(time: number, now: number): string {
  const format = new Intl.RelativeTimeFormat(languageInUse(), { numeric: 'auto' });
  const elapsed = Math.max(0, now - time);
  for (const [unit, ms] of UNITS) {
    if (elapsed >= ms || unit === 'minute') return format.format(-Math.floor(elapsed / ms), unit);
  }
  return '';
}

function statusLine(view: SubscriptionView, now: number): string {
  if (!view.enabled) return t('subsOff');
  if (view.status.count === 0) return view.status.lastCheckAt === undefined ? t('subsNotYet') : t('subsNoCopy');
  return t('subsCount', [view.status.count.toLocaleString(languageInUse()), age(view.status.lastSuccessAt ?? view.status.lastCheckAt ?? now, now)]);
}

function SubscriptionItem({ view, busy, onToggle, onRemove }: { view: SubscriptionView; busy: boolean; onToggle: (enabled: boolean) => void; onRemove: () => void }) {
  const statusId = `subs-status-${view.id}`;
  const now = Date.now();
  const reason = failureReason(view.status.lastFailure, view.status.lastError);
  return (
    <li class="subscription" data-testid="subscription" data-subscription={view.id} style={{ margin: '0 0 1.2em' }}>
      <label class="choice">
        <input type="checkbox" role="switch" checked={view.enabled} disabled={busy} aria-describedby={statusId} onChange={(event) => onToggle((event.target as HTMLInputElement).checked)} />{' '}
        <strong>{view.name}</strong>
      </label>
      <div id={statusId}>
        {view.descriptionKey ? (
          <p class="muted">
            {t(view.descriptionKey)}{' '}
            <a href={view.homepage} target="_blank" rel="noreferrer">
              {t('subsHomepage')}
            </a>
          </p>
        ) : (
          <p class="muted">
            <span class="host">{view.url}</span> · {t(FORMAT_LABELS[view.format])}
          </p>
        )}
        <p data-testid="subscription-status">{statusLine(view, now)}</p>
        {view.enabled && view.status.refused > 0 && <p class="muted">{t('subsRefused', view.status.refused.toLocaleString(languageInUse()))}</p>}
        {view.enabled && reason && (
          <>
            <p class="warning" data-testid="subscription-error">
              {t('subsLastError', reason)}
              {view.status.count > 0 ? ` ${t('subsKeptCopy')}` : ''}
            </p>
            <FailureDetail failure={view.status.lastFailure} lastError={view.status.lastError} />
          </>
        )}
      </div>
      {!view.preset && (
        <button type="button" disabled={busy} aria-label={t('subsRemove', view.name)} onClick={onRemove}>
          {t('subsRemoveButton')}
        </button>
      )}
    </li>
  );
}

export function SubscriptionsSection() {
  const [views, setViews] = useState<SubscriptionView[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [url, setUrl] = useState('');
  const [format, setFormat] = useState<SubscriptionFormat>('plain');
  const [error, setError] = useState<MessageKey | null>(null);
  const [announcement, setAnnouncement] = useState('');

  // Lists also change without this section: a loaded settings file adds some, and the background
  // updates their status when it fetches them.
  useEffect(() => {
    let asked = 0;
    const refresh = () => {
      // Only the answer to the latest question counts: an earlier one may arrive later.
      const question = ++asked;
      void sendMessage({ type: 'getSubscriptions' }).then((r) => {
        if (question === asked) setViews(r.subscriptions);
      });
    };
    refresh();
    return watchSubscriptions(refresh);
  }, []);

  /** One change at a time: a download may take a while, and the list shows its outcome. */
  const run = async (task: () => Promise<SubscriptionView[]>, done?: (next: SubscriptionView[]) => string) => {
    setBusy(true);
    setAnnouncement(t('subsWorking'));
    try {
      const next = await task();
      setViews(next);
      setAnnouncement(done ? done(next) : '');
    } catch {
      setAnnouncement(t('subsFailed'));
    } finally {
      setBusy(false);
    }
  };

  const add = async (event: Event) => {
    event.preventDefault();
    const address = url.trim();
    if (!isSubscriptionUrl(address)) {
      setError(ADD_ERRORS.address);
      return;
    }
    setError(null);
    await run(async () => {
      const response = await sendMessage({ type: 'addSubscription', url: address, format });
      if (response.error) {
        setError(ADD_ERRORS[response.error]);
        return response.subscriptions;
      }
      setUrl('');
      return response.subscriptions;
    }, (next) => {
      const added = next.find((v) => v.url === address);
      return added ? t('subsAdded', added.name) : '';
    });
  };

  if (!views) return <section aria-labelledby="subs-heading" aria-busy="true"><h2 id="subs-heading">{t('subsHeading')}</h2></section>;
  const anyOn = views.some((v) => v.enabled);

  return (
    <section aria-labelledby="subs-heading" data-testid="subscriptions">
      <h2 id="subs-heading">{t('subsHeading')}</h2>
      <p class="muted">{t('subsIntro')}</p>
      <ul class="subscriptions" style={{ listStyle: 'none', padding: 0 }}>
        {views.map((view) => (
          <SubscriptionItem
            key={view.id}
            view={view}
            busy={busy}
            onToggle={(enabled) => void run(async () => (await sendMessage({ type: 'setSubscriptionEnabled', id: view.id, enabled })).subscriptions)}
            onRemove={() => void run(async () => (await sendMessage({ type: 'removeSubscription', id: view.id })).subscriptions, () => t('subsRemoved', view.name))}
          />
        ))}
      </ul>
      <button type="button" disabled={busy || !anyOn} onClick={() => void run(async () => (await sendMessage({ type: 'updateSubscriptionsNow' })).subscriptions, () => t('subsChecked'))}>
        {t('subsCheckNow')}
      </button>
      <form onSubmit={(event) => void add(event)} aria-labelledby="subs-add-heading" noValidate>
        <h3 id="subs-add-heading">{t('subsAddHeading')}</h3>
        <label for="subs-url">{t('subsAddUrl')}</label>
        <input
          id="subs-url"
          type="url"
          value={url}
          aria-describedby="subs-url-help"
          aria-invalid={error !== null}
          onInput={(event) => setUrl((event.target as HTMLInputElement).value)}
        />
        <p id="subs-url-help" class={error ? 'warning' : 'muted'}>
          {error ? t(error, error === 'subsErrorTooMany' ? String(MAX_OWN_SUBSCRIPTIONS) : undefined) : t('subsAddUrlHelp')}
        </p>
        <fieldset>
          <legend>{t('subsFormat')}</legend>
          {SUBSCRIPTION_FORMATS.map((value) => (
            <label key={value} class="choice">
              <input type="radio" name="subs-format" value={value} checked={format === value} onChange={() => setFormat(value)} /> {t(FORMAT_LABELS[value])}
            </label>
          ))}
        </fieldset>
        <button type="submit" disabled={busy}>
          {t('subsAdd')}
        </button>
      </form>
      <p role="status" data-testid="subscriptions-announcement">
        {announcement}
      </p>
    </section>
  );
}
