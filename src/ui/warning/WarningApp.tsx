import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { brandById } from '../../core/support/brands';
import { sendMessage } from '../../extension/send-message';
import type { TabState } from '../../extension/storage-schema';
import { impersonatedBrandId, numbersIn, t } from '../i18n';
import { ReasonList } from '../ReasonList';

export function WarningApp() {
  const blockedUrl = new URLSearchParams(location.search).get('url') ?? '';
  const [state, setState] = useState<TabState | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState('');

  useEffect(() => {
    void (async () => {
      const tab = await browser.tabs.getCurrent();
      if (tab?.id === undefined) return;
      const response = await sendMessage({ type: 'getTabVerdict', tabId: tab.id });
      setState(response.state);
    })();
  }, []);

  const signals = state?.verdict.signals ?? [];
  const brand = brandById(impersonatedBrandId(signals) ?? '');
  const numbers = numbersIn(signals);

  const leave = () => {
    sendMessage({ type: 'leaveWarning' }).catch((e: unknown) => setError(String(e)));
  };
  const proceed = () => {
    sendMessage({ type: 'allowSite', url: blockedUrl }).catch((e: unknown) => setError(t('warningContinueFailed', String(e))));
  };

  return (
    <main class="warning">
      <h1>{brand ? t('warningHeadingBrand', brand.name) : t('warningHeadingGeneric')}</h1>
      <p class="blocked">
        {t('warningBlockedAddress')} <span class="address" data-testid="blocked-url">{blockedUrl}</span>
      </p>
      {numbers.length > 0 && (
        <p class="numbers">
          {t('warningNumbersHeading')}{' '}
          {numbers.map((number) => (
            <s key={number} class="number">
              {number}
            </s>
          ))}
        </p>
      )}
      <p class="fact">{brand?.keyFact ?? t('warningGenericFact')}</p>
      <div class="actions">
        <button type="button" class="primary" onClick={leave} autoFocus>
          {t('warningBack')}
        </button>
        {!confirming && (
          <button type="button" onClick={() => setConfirming(true)}>
            {t('warningContinue')}
          </button>
        )}
      </div>
      {confirming && (
        <div class="confirm" role="alertdialog" aria-labelledby="confirm-text">
          <p id="confirm-text">{t('warningContinueConfirm')}</p>
          <button type="button" onClick={proceed}>
            {t('warningContinueYes')}
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            {t('warningContinueNo')}
          </button>
        </div>
      )}
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      <section>
        <h2>{t('reasonsHeading')}</h2>
        <ReasonList signals={signals} />
      </section>
      <section>
        <h2>{t('warningCalledHeading')}</h2>
        <ul>
          <li>{t('warningCalledHangUp')}</li>
          <li>{t('warningCalledRemote')}</li>
          <li>{t('warningCalledBank')}</li>
          <li>{t('warningCalledPasswords')}</li>
        </ul>
      </section>
      {brand && (
        <p>
          <a href={brand.supportUrl} rel="noreferrer">
            {t('warningOfficialHelp', brand.name)}
          </a>
        </p>
      )}
    </main>
  );
}
