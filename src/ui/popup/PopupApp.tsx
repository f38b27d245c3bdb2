import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { TabState } from '../../extension/storage-schema';
import { sendMessage } from '../../extension/send-message';
import { type MessageKey, t } from '../i18n';
import { ReasonList } from '../ReasonList';

/** Which tab the popup describes: `?tabId=N` (tests, and a popup opened as a page), else the active tab. */
async function resolveTabId(search: string): Promise<number | undefined> {
  const fromQuery = Number.parseInt(new URLSearchParams(search).get('tabId') ?? '', 10);
  if (Number.isInteger(fromQuery) && fromQuery >= 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

type View = 'loading' | 'unknown' | 'clean' | 'suspicious' | 'scam' | 'allowed';

function viewOf(state: TabState | null): View {
  if (!state) return 'unknown';
  if (state.allowed && state.verdict.level !== 'clean') return 'allowed';
  return state.verdict.level;
}

const HEADINGS: Record<Exclude<View, 'loading'>, [MessageKey, MessageKey]> = {
  unknown: ['levelUnknown', 'popupUnknownDetail'],
  clean: ['levelClean', 'popupCleanDetail'],
  suspicious: ['levelSuspicious', 'popupSuspiciousDetail'],
  scam: ['levelScam', 'popupScamDetail'],
  allowed: ['levelAllowed', 'popupAllowedDetail'],
};

export function PopupApp() {
  const [state, setState] = useState<TabState | null>(null);
  const [view, setView] = useState<View>('loading');

  useEffect(() => {
    void (async () => {
      const tabId = await resolveTabId(location.search);
      const response = tabId === undefined ? { state: null } : await sendMessage({ type: 'getTabVerdict', tabId });
      setState(response.state);
      setView(viewOf(response.state));
    })();
  }, []);

  if (view === 'loading') return <main class="popup" aria-busy="true" />;
  const [heading, detail] = HEADINGS[view];
  return (
    <main class="popup" data-verdict={view}>
      <h1 class={`level level-${view}`}>{t(heading)}</h1>
      <p>{t(detail)}</p>
      {state && view !== 'unknown' && (
        <section>
          <h2>{t('reasonsHeading')}</h2>
          <ReasonList signals={state.verdict.signals} />
        </section>
      )}
    </main>
  );
}
