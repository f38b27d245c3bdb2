// @vitest-environment happy-dom
import { render } from 'preact';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ListStatus } from '../../../src/extension/background/blocklist';
import type { SubscriptionView } from '../../../src/extension/background/subscriptions';
import { DEFAULT_SETTINGS, UI_LANGUAGES } from '../../../src/extension/storage-schema';
import { useLanguage } from '../../../src/ui/i18n';
import { ListSection } from '../../../src/ui/options/ListSection';
import { SubscriptionsSection } from '../../../src/ui/options/SubscriptionsSection';

/*
 * A failed list download, as the options page tells it: in the language the person chose, with
 * the English detail only where it helps and marked as English; a status stored before failure
 * kinds still shows its English reason.
 */

// happy-dom replaces URL, so the path is built from the project root vitest runs in.
const LOCALES = join(process.cwd(), 'assets/public/_locales');
const messagesOf = (lang: string) => JSON.parse(readFileSync(join(LOCALES, lang, 'messages.json'), 'utf8')) as Record<string, { message: string }>;

const SIGNATURE_DETAIL = 'The signature does not match: the list was changed after it was signed.';

function listStatus(extra: Partial<ListStatus>): ListStatus {
  return {
    source: 'fetched',
    version: 29400000,
    generatedAt: '2026-12-01T00:00:00Z',
    expiresAt: '2099-01-01T00:00:00Z',
    expired: false,
    counts: { hosts: 10, paths: 0, numbers: 2 },
    lastCheckAt: Date.parse('2026-12-05T10:00:00Z'),
    failures: 1,
    ...extra,
  };
}

function subscription(status: SubscriptionView['status']): SubscriptionView {
  return { id: 'own-1234abcd', name: 'lists.example.org/scam.txt', url: 'https://lists.example.org/scam.txt', format: 'plain', enabled: true, preset: false, addedAt: 0, status };
}

/** Answers the options page's questions as the worker would. */
function worker(answers: { status?: ListStatus; subscriptions?: SubscriptionView[] }) {
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: { type: string }) => {
    if (message.type === 'getListStatus') return { status: answers.status };
    if (message.type === 'getSubscriptions') return { subscriptions: answers.subscriptions ?? [] };
    throw new Error(`unexpected ${message.type}`);
  }) as typeof fakeBrowser.runtime.sendMessage);
}

async function shown(node: preact.VNode): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.append(root);
  render(node, root);
  await vi.waitFor(() => expect(root.querySelector('[data-testid="list-status"], [data-testid="subscriptions"]')).not.toBeNull());
  return root;
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.runtime, 'getURL').mockImplementation(((path: string) => `chrome-extension://test${path}`) as typeof fakeBrowser.runtime.getURL);
  vi.stubGlobal('fetch', async (url: string) => new Response(JSON.stringify(messagesOf(/_locales\/(\w+)\//.exec(url)?.[1] ?? 'en'))));
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
});

afterEach(async () => {
  document.body.innerHTML = '';
  vi.unstubAllGlobals();
  await useLanguage('auto');
});

describe('the maintained list', () => {
  it('says why the last update failed in German, with the English detail marked as such', async () => {
    await useLanguage('de');
    worker({ status: listStatus({ lastFailure: { kind: 'signature' }, lastError: SIGNATURE_DETAIL }) });
    const root = await shown(<ListSection settings={DEFAULT_SETTINGS} onSettings={async () => undefined} />);
    const text = root.textContent ?? '';
    expect(text).toContain('Die letzte Aktualisierung ist fehlgeschlagen: Die empfangene Liste trägt keine gültige Signatur der Betreuer von Hang Up');
    expect(text).toContain('Die bisherige Liste bleibt in Gebrauch.');
    const detail = root.querySelector('[data-testid="failure-detail"]');
    expect(detail?.textContent).toBe(`Technisches Detail (auf Englisch): ${SIGNATURE_DETAIL}`);
    expect(detail?.querySelector('span')?.getAttribute('lang')).toBe('en');
  });

  it('gives the HTTP status in the sentence, and no English detail that would only repeat it', async () => {
    await useLanguage('fr');
    worker({ status: listStatus({ lastFailure: { kind: 'http', status: 503 }, lastError: 'The list address answered 503 Service Unavailable for the list index.' }) });
    const root = await shown(<ListSection settings={DEFAULT_SETTINGS} onSettings={async () => undefined} />);
    expect(root.textContent).toContain("L'adresse de la liste a répondu par l'erreur 503");
    expect(root.textContent).not.toContain('Service Unavailable');
    expect(root.querySelector('[data-testid="failure-detail"]')).toBeNull();
  });

  it('shows a reason stored before failure kinds as it was, in English', async () => {
    await useLanguage('it');
    worker({ status: listStatus({ lastError: 'The list address answered 500 Internal Server Error.' }) });
    const root = await shown(<ListSection settings={DEFAULT_SETTINGS} onSettings={async () => undefined} />);
    expect(root.textContent).toContain("L'ultimo aggiornamento non è riuscito: The list address answered 500 Internal Server Error.");
  });

  it('says when the last update came as the whole list because the diff could not be used, with why in English', async () => {
    await useLanguage('es');
    const problem = 'The list address answered 404 Not Found for the diff diff-29399990-29400000.json.';
    worker({ status: listStatus({ failures: 0, lastUpdateKind: 'full', lastDiffProblem: problem }) });
    const root = await shown(<ListSection settings={DEFAULT_SETTINGS} onSettings={async () => undefined} />);
    expect(root.textContent).toContain('La última actualización llegó como lista completa');
    expect(root.querySelector('[data-testid="failure-detail"]')?.textContent).toBe(`Detalle técnico (en inglés): ${problem}`);
    expect(root.querySelector('.warning')).toBeNull();
  });

  it('says nothing of diffs once an update came as a diff again', async () => {
    await useLanguage('en');
    worker({ status: listStatus({ failures: 0, lastUpdateKind: 'diff', lastDiffProblem: undefined }) });
    const root = await shown(<ListSection settings={DEFAULT_SETTINGS} onSettings={async () => undefined} />);
    expect(root.textContent).not.toContain('whole list');
    expect(root.querySelector('[data-testid="failure-detail"]')).toBeNull();
  });

  it('tells that updates are off without calling it a failure', async () => {
    await useLanguage('en');
    worker({ status: listStatus({ failures: 0, lastFailure: { kind: 'no-address' }, lastError: 'No list address is set, so the list is not updated.' }) });
    const root = await shown(<ListSection settings={DEFAULT_SETTINGS} onSettings={async () => undefined} />);
    expect(root.textContent).toContain('Updates are off: no list address is set. The list in use stays as it is.');
    expect(root.textContent).not.toContain('failed');
    expect(root.querySelector('.warning')).toBeNull();
  });
});

describe('subscribed lists', () => {
  it('says why a download failed in Japanese, and that the last good copy is still used', async () => {
    await useLanguage('ja');
    worker({ subscriptions: [subscription({ failures: 1, count: 200, refused: 0, lastCheckAt: 0, lastSuccessAt: 0, lastFailure: { kind: 'timeout' }, lastError: 'The list address did not answer within 30 seconds.' })] });
    const root = await shown(<SubscriptionsSection />);
    await vi.waitFor(() => expect(root.querySelector('[data-testid="subscription-error"]')).not.toBeNull());
    expect(root.querySelector('[data-testid="subscription-error"]')?.textContent).toBe('前回のダウンロードに失敗しました：リストのアドレスから時間内に応答がありませんでした。 最後に正常だったコピーを引き続き使っています。');
    expect(root.textContent).not.toContain('30 seconds');
  });

  it('keeps the English detail of a list in the wrong format, where it names the problem line', async () => {
    await useLanguage('es');
    const detail = 'Only 1 of 300 entries are domain names that could be used: this does not look like a list in the plain format. First problem, line 2: "0.0.0.0 a.com" (not a host name).';
    worker({ subscriptions: [subscription({ failures: 1, count: 0, refused: 0, lastCheckAt: 0, lastFailure: { kind: 'not-a-list' }, lastError: detail })] });
    const root = await shown(<SubscriptionsSection />);
    await vi.waitFor(() => expect(root.querySelector('[data-testid="subscription-error"]')).not.toBeNull());
    expect(root.querySelector('[data-testid="subscription-error"]')?.textContent).toBe(
      'La última descarga falló: Lo que envió la dirección no es una lista de sitios que Hang Up pueda leer en el formato elegido.',
    );
    expect(root.querySelector('[data-testid="failure-detail"]')?.textContent).toBe(`Detalle técnico (en inglés): ${detail}`);
  });
});

describe('the failure sentences', () => {
  it.each(UI_LANGUAGES)('%s says every kind in its own words', (lang) => {
    const messages = messagesOf(lang);
    const en = messagesOf('en');
    const keys = Object.keys(en).filter((key) => key.startsWith('listFailure') || key === 'optionsListNoAddress');
    expect(keys.length).toBe(15);
    for (const key of keys) {
      expect(messages[key]?.message.trim(), `${lang} ${key}`).toBeTruthy();
      if (lang !== 'en') expect(messages[key]?.message, `${lang} ${key}`).not.toBe(en[key]?.message);
    }
  });
});
