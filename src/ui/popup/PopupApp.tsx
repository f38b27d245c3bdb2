import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { brandById } from '../../core/support/brands';
import { sendMessage } from '../../extension/send-message';
import { removeFromAllowlist } from '../../extension/storage';
import { allowlistHost, type TabState } from '../../extension/storage-schema';
import { impersonatedBrandId, type MessageKey, numbersIn, t } from '../i18n';
import { NumberList } from '../NumberList';
import { ReasonList } from '../ReasonList';
import { ReportPanel } from '../report/ReportPanel';
import { type PageKind, pageKind } from './page-kind';

/** The tab the popup describes: `?tabId=N` (tests, and a popup opened as a page), else the active tab. */
async function resolveTab(search: string): Promise<{ id: number; url: string | undefined } | undefined> {
  const fromQuery = Number.parseInt(new URLSearchParams(search).get('tabId') ?? '', 10);
  if (Number.isInteger(fromQuery) && fromQuery >= 0) {
    const tab = await browser.tabs.get(fromQuery).catch(() => undefined);
    return tab ? { id: fromQuery, url: tab.url } : undefined;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? undefined : { id: tab.id, url: tab.url };
}

export type PopupView = 'clean' | 'suspicious' | 'scam' | 'allowed' | 'unknown' | 'cannot-check';

/** What the popup shows for a tab: its verdict, or why there is none. */
export function popupView(kind: PageKind, state: TabState | null, warningPage: boolean): PopupView {
  if (warningPage) return state?.allowed ? 'allowed' : 'scam';
  if (kind !== 'web') return 'cannot-check';
  if (!state) return 'unknown';
  if (state.allowed && state.verdict.level !== 'clean') return 'allowed';
  return state.verdict.level;
}

const TEXTS: Record<Exclude<PopupView, 'cannot-check'>, [MessageKey, MessageKey]> = {
  unknown: ['levelUnknown', 'popupUnknownDetail'],
  clean: ['levelClean', 'popupCleanDetail'],
  suspicious: ['levelSuspicious', 'popupSuspiciousDetail'],
  scam: ['levelScam', 'popupScamDetail'],
  allowed: ['levelAllowed', 'popupAllowedDetail'],
};

const CANNOT_CHECK: Record<Exclude<PageKind, 'web'>, MessageKey> = {
  browser: 'popupBrowserPageDetail',
  store: 'popupStoreDetail',
  file: 'popupFileDetail',
  extension: 'popupExtensionDetail',
  hidden: 'popupHiddenDetail',
};

interface Loaded {
  tabId: number | undefined;
  kind: PageKind;
  state: TabState | null;
  view: PopupView;
}

async function load(): Promise<Loaded> {
  const tab = await resolveTab(location.search);
  // No such tab (closed meanwhile, or a wrong ?tabId): nothing was checked, and nothing can be done.
  if (!tab) return { tabId: undefined, kind: 'web', state: null, view: 'unknown' };
  const ownOrigin = browser.runtime.getURL('/');
  const kind = pageKind(tab.url, ownOrigin);
  const warningPage = (tab.url ?? '').startsWith(browser.runtime.getURL('/warning.html'));
  const state = kind === 'web' || warningPage ? (await sendMessage({ type: 'getTabVerdict', tabId: tab.id })).state : null;
  return { tabId: tab.id, kind, state, view: popupView(kind, state, warningPage) };
}

export function PopupApp() {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState('');

  useEffect(() => {
    load().then(setLoaded, (e: unknown) => {
      setError(String(e));
      setLoaded({ tabId: undefined, kind: 'hidden', state: null, view: 'cannot-check' });
    });
  }, []);

  if (!loaded) return <main class="popup" aria-busy="true" />;
  const { tabId, kind, state, view } = loaded;
  const signals = state?.verdict.signals ?? [];
  const brand = view === 'scam' || view === 'allowed' ? brandById(impersonatedBrandId(signals) ?? '') : undefined;
  const numbers = view === 'clean' ? [] : numbersIn(signals);
  const [heading, detail] = view === 'cannot-check' ? (['popupCannotCheck', CANNOT_CHECK[kind as Exclude<PageKind, 'web'>]] as const) : TEXTS[view];
  const warned = view === 'scam' || view === 'suspicious' || view === 'allowed';

  const closeTab = () => {
    if (tabId === undefined) return;
    browser.tabs.remove(tabId).then(() => window.close(), (e: unknown) => setError(String(e)));
  };
  const reload = () => {
    if (tabId === undefined) return;
    browser.tabs.reload(tabId).then(() => window.close(), (e: unknown) => setError(String(e)));
  };
  const stopAllowing = async () => {
    const host = state ? allowlistHost(state.url) : null;
    if (!host || tabId === undefined) return;
    await removeFromAllowlist(host);
    await browser.tabs.reload(tabId);
    window.close();
  };

  return (
    <main class="popup" data-verdict={view} aria-labelledby="popup-heading">
      <h1 id="popup-heading" class={`level level-${view}`}>
        {t(heading)}
      </h1>
      {brand && <p class="pretends">{t('popupPretends', brand.name)}</p>}
      <p>{t(detail)}</p>
      {state?.provisional && (view === 'clean' || view === 'suspicious') && <p class="muted provisional">{t('popupStillLoading')}</p>}
      {numbers.length > 0 && <NumberList numbers={numbers} />}
      {(view === 'scam' || view === 'allowed' || view === 'unknown') && tabId !== undefined && (
        <div class="actions">
          {view === 'scam' && (
            <button type="button" class="primary" onClick={closeTab}>
              {t('popupCloseTab')}
            </button>
          )}
          {view === 'allowed' && (
            <button type="button" onClick={() => void stopAllowing().catch((e: unknown) => setError(String(e)))}>
              {t('popupStopAllowing')}
            </button>
          )}
          {view === 'unknown' && (
            <button type="button" onClick={reload}>
              {t('popupReload')}
            </button>
          )}
        </div>
      )}
      {warned && <p class="muted">{t('popupAlreadyCalled')}</p>}
      {state && view !== 'unknown' && view !== 'cannot-check' && (
        <section aria-labelledby="reasons-heading">
          <h2 id="reasons-heading">{t('reasonsHeading')}</h2>
          <ReasonList signals={signals} limit={4} />
        </section>
      )}
      {tabId !== undefined && view !== 'cannot-check' && <ReportPanel tabId={tabId} verdictLevel={state?.verdict.level ?? null} allowed={state?.allowed ?? false} />}
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      <footer class="popup-footer">
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage().then(() => window.close())}>
          {t('popupSettings')}
        </button>
      </footer>
    </main>
  );
}
