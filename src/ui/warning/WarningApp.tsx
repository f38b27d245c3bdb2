import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { type Brand, brandById } from '../../core/support/brands';
import { sendMessage } from '../../extension/send-message';
import type { TabState } from '../../extension/storage-schema';
import { impersonatedBrandId, languageInUse, numbersIn, optionalMessage, t } from '../i18n';
import { NumberList } from '../NumberList';
import { ReasonList } from '../ReasonList';
import { ReportPanel } from '../report/ReportPanel';
import { AgencyHelp } from './AgencyHelp';

/**
 * The full-page warning. Read by a frightened person, perhaps on the phone with the scammer: the
 * headline says what is going on and what not to do, the first button gets them out, and the
 * rest is help. It must stand without a verdict too (after a browser restart the tab's state is
 * gone but the tab and its address are restored).
 */

/** What the real brand says, in the language in use; the generic fact where it is not translated. */
export function brandFact(brand: Brand | undefined): string {
  if (!brand?.keyFact) return t('warningGenericFact');
  return optionalMessage(`brandFact_${brand.id.replace(/-/g, '_')}`) ?? (languageInUse() === 'en' ? brand.keyFact : t('warningGenericFact'));
}

type Loaded = { tabId: number | undefined; state: TabState | null };

export function WarningApp() {
  const blockedUrl = new URLSearchParams(location.search).get('url') ?? '';
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState('');
  const continueButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const firstRender = useRef(true);

  useEffect(() => {
    void (async () => {
      const tab = await browser.tabs.getCurrent().catch(() => undefined);
      const state = tab?.id === undefined ? null : (await sendMessage({ type: 'getTabVerdict', tabId: tab.id }).catch(() => ({ state: null }))).state;
      setLoaded({ tabId: tab?.id, state });
    })();
  }, []);

  // The confirm step takes the focus when it opens and gives it back when it closes, in the same
  // update that removes it (a plain effect runs a frame later, and the focus falls to the page).
  useLayoutEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    (confirming ? cancelButton : continueButton).current?.focus();
  }, [confirming]);

  const state = loaded?.state ?? null;
  const signals = state?.verdict.signals ?? [];
  const brand = brandById(impersonatedBrandId(signals) ?? '');
  const numbers = numbersIn(signals);

  const closePage = () => {
    const close = async () => {
      const tab = await browser.tabs.getCurrent();
      if (tab?.id !== undefined) await browser.tabs.remove(tab.id);
    };
    close().catch((e: unknown) => setError(String(e)));
  };
  const leave = () => {
    sendMessage({ type: 'leaveWarning' }).catch((e: unknown) => setError(String(e)));
  };
  const proceed = () => {
    sendMessage({ type: 'allowSite', url: blockedUrl }).catch((e: unknown) => setError(t('warningContinueFailed', String(e))));
  };
  const onConfirmKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      setConfirming(false);
    }
  };

  return (
    <main class="warning" aria-labelledby="warning-heading">
      <h1 id="warning-heading">{brand ? t('warningHeadingBrand', brand.name) : t('warningHeadingGeneric')}</h1>
      {numbers.length > 0 && <NumberList numbers={numbers} />}
      <p class="fact">{brandFact(brand)}</p>
      <div class="actions" role="group" aria-label={t('warningActions')}>
        <button type="button" class="primary" onClick={closePage} autoFocus>
          {t('warningClose')}
        </button>
        <button type="button" onClick={leave}>
          {t('warningBack')}
        </button>
        {!confirming && (
          <button type="button" ref={continueButton} onClick={() => setConfirming(true)}>
            {t('warningContinue')}
          </button>
        )}
      </div>
      {confirming && (
        <div class="confirm" role="alertdialog" aria-labelledby="confirm-text" onKeyDown={onConfirmKey}>
          <p id="confirm-text">{t('warningContinueConfirm')}</p>
          <div class="actions">
            <button type="button" ref={cancelButton} onClick={() => setConfirming(false)}>
              {t('warningContinueNo')}
            </button>
            <button type="button" class="danger" onClick={proceed}>
              {t('warningContinueYes')}
            </button>
          </div>
        </div>
      )}
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      <p class="blocked">
        {t('warningBlockedAddress')} <span class="address" data-testid="blocked-url">{blockedUrl}</span>
      </p>
      <section aria-labelledby="called-heading">
        <h2 id="called-heading">{t('warningCalledHeading')}</h2>
        <ol class="steps">
          <li>{t('warningCalledHangUp')}</li>
          <li>{t('warningCalledRemote')}</li>
          <li>{t('warningCalledBank')}</li>
          <li>{t('warningCalledPasswords')}</li>
          <li>{t('warningCalledScan')}</li>
        </ol>
      </section>
      <section aria-labelledby="help-heading">
        <h2 id="help-heading">{t('warningHelpHeading')}</h2>
        {brand && (brand.supportUrl || brand.scamAdviceUrl || brand.reportUrl) && (
          <ul class="links">
            {brand.supportUrl && (
              <li>
                <a href={brand.supportUrl} rel="noreferrer" target="_blank">
                  {t('warningOfficialHelp', brand.name)}
                </a>
              </li>
            )}
            {brand.scamAdviceUrl && brand.scamAdviceUrl !== brand.supportUrl && (
              <li>
                <a href={brand.scamAdviceUrl} rel="noreferrer" target="_blank">
                  {t('warningBrandAdvice', brand.name)}
                </a>
              </li>
            )}
            {brand.reportUrl && brand.reportUrl !== brand.supportUrl && brand.reportUrl !== brand.scamAdviceUrl && (
              <li>
                <a href={brand.reportUrl} rel="noreferrer" target="_blank">
                  {t('warningBrandReport', brand.name)}
                </a>
              </li>
            )}
          </ul>
        )}
        <AgencyHelp />
      </section>
      <section aria-labelledby="reasons-heading">
        <h2 id="reasons-heading">{t('warningReasonsHeading')}</h2>
        {loaded && !state ? <p class="muted">{t('warningNoDetails')}</p> : <ReasonList signals={signals} />}
      </section>
      {/* The page was blocked: without its verdict (lost to a restart) it still counts as one. */}
      {loaded?.tabId !== undefined && <ReportPanel tabId={loaded.tabId} verdictLevel={state?.verdict.level ?? 'scam'} allowed={state?.allowed ?? false} />}
    </main>
  );
}
