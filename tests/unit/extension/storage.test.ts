import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  addToAllowlist,
  clearTabState,
  forgetTab,
  getAllowlist,
  getSafePages,
  getSettings,
  getTabState,
  removeFromAllowlist,
  rememberSafePage,
  setSettings,
  setTabState,
} from '../../../src/extension/storage';
import { DEFAULT_SETTINGS, type Settings, type TabState } from '../../../src/extension/storage-schema';

const STATE: TabState = {
  url: 'https://alert.example/',
  documentId: 'doc-1',
  levelSince: 1_700_000_000_000,
  scanMs: [0.5],
  verdict: { level: 'scam', score: 90, signals: [{ id: 'scare.infection', weight: 20, evidence: 'virus detected' }] },
  allowed: false,
  blocked: true,
  updatedAt: 1_700_000_000_000,
};

beforeEach(() => {
  fakeBrowser.reset();
});

describe('allowlist', () => {
  it('starts empty', async () => {
    expect(await getAllowlist()).toEqual({ entries: [] });
  });

  it('keeps the sites a person allowed, once each, until they remove them', async () => {
    await addToAllowlist('intranet.example', 1000);
    await addToAllowlist('shop.example.org', 2000);
    await addToAllowlist('intranet.example', 3000);

    expect(await getAllowlist()).toEqual({
      entries: [
        { host: 'intranet.example', addedAt: 1000 },
        { host: 'shop.example.org', addedAt: 2000 },
      ],
    });

    const after = await removeFromAllowlist('intranet.example');
    expect(after).toEqual({ entries: [{ host: 'shop.example.org', addedAt: 2000 }] });
    expect(await getAllowlist()).toEqual(after);
  });

  it('stores the allowlist in local storage, so it outlives the browser session', async () => {
    await addToAllowlist('intranet.example', 1000);
    const { allowlist } = await fakeBrowser.storage.local.get('allowlist');
    expect(allowlist).toEqual({ entries: [{ host: 'intranet.example', addedAt: 1000 }] });
  });

  it('reads garbage under the allowlist key as an empty allowlist, and can add to it', async () => {
    for (const garbage of ['intranet.example', 42, [1, 2], { entries: 'x' }, { nonsense: true }]) {
      await fakeBrowser.storage.local.set({ allowlist: garbage });
      expect(await getAllowlist(), JSON.stringify(garbage)).toEqual({ entries: [] });
    }
    expect(await addToAllowlist('intranet.example', 1000)).toEqual({ entries: [{ host: 'intranet.example', addedAt: 1000 }] });
    expect(await getAllowlist()).toEqual({ entries: [{ host: 'intranet.example', addedAt: 1000 }] });
  });

  it('keeps the good entries of a partly corrupted allowlist, also across the next change', async () => {
    await fakeBrowser.storage.local.set({
      allowlist: {
        entries: [
          { host: 'intranet.example', addedAt: 1000 },
          { host: 42, addedAt: 'x' },
          null,
          { host: 'shop.example.org', addedAt: 2000 },
          { host: 'intranet.example', addedAt: 3000 },
        ],
      },
    });

    expect(await getAllowlist()).toEqual({
      entries: [
        { host: 'intranet.example', addedAt: 1000 },
        { host: 'shop.example.org', addedAt: 2000 },
      ],
    });

    await addToAllowlist('wiki.example', 4000);
    expect((await getAllowlist()).entries.map((e) => e.host)).toEqual(['intranet.example', 'shop.example.org', 'wiki.example']);
  });
});

describe('settings', () => {
  it('interrupts on scams by default', async () => {
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, interruptOn: 'scam', listUrl: '' });
  });

  it('keeps a chosen setting', async () => {
    await setSettings({ ...DEFAULT_SETTINGS, interruptOn: 'suspicious', listUrl: 'https://lists.example.org/hangup/' });
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, interruptOn: 'suspicious', listUrl: 'https://lists.example.org/hangup/' });
    await setSettings({ ...DEFAULT_SETTINGS, interruptOn: 'off', listUrl: '' });
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, interruptOn: 'off', listUrl: '' });
  });

  it('keeps the settings of an older version, adding the list address', async () => {
    await fakeBrowser.storage.local.set({ settings: { interruptOn: 'suspicious' } });
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, interruptOn: 'suspicious', listUrl: '' });
  });

  it('refuses a list address that is not a web address', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, interruptOn: 'off', listUrl: 'javascript:alert(1)' } });
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, interruptOn: 'off', listUrl: '' });
  });

  it('reads a corrupted setting as the default', async () => {
    await fakeBrowser.storage.local.set({ settings: { interruptOn: 'sometimes' } });
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, interruptOn: 'scam', listUrl: '' });
    await fakeBrowser.storage.local.set({ settings: 'off' });
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, interruptOn: 'scam', listUrl: '' });
  });

  it('upgrades version-1 settings in storage to version 2, keeping every choice', async () => {
    await fakeBrowser.storage.local.set({ settings: { interruptOn: 'off', listUrl: 'https://lists.example.org/' }, settings$: { v: 1 } });
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, interruptOn: 'off', listUrl: 'https://lists.example.org/' });
  });

  it('never stores an invalid setting', async () => {
    await setSettings({ interruptOn: 'never' } as unknown as Settings);
    const { settings } = await fakeBrowser.storage.local.get('settings');
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, interruptOn: 'scam', listUrl: '' });
  });
});

describe('tab state', () => {
  it('is unknown for a tab never seen', async () => {
    expect(await getTabState(5)).toBeNull();
  });

  it('is kept per tab in session storage until cleared', async () => {
    await setTabState(5, STATE);
    await setTabState(6, { ...STATE, url: 'https://news.example/', verdict: { level: 'clean', score: 0, signals: [] }, blocked: false });

    expect(await getTabState(5)).toEqual(STATE);
    expect((await getTabState(6))?.verdict.level).toBe('clean');
    expect(Object.keys(await fakeBrowser.storage.session.get(null))).toEqual(expect.arrayContaining(['tab-5', 'tab-6']));
    expect(await fakeBrowser.storage.local.get(null)).not.toHaveProperty('tab-5');

    await clearTabState(5);
    expect(await getTabState(5)).toBeNull();
    expect(await getTabState(6)).not.toBeNull();
  });

  it('reads a corrupted tab state as unknown', async () => {
    await fakeBrowser.storage.session.set({ 'tab-5': { ...STATE, verdict: { level: 'very bad' } } });
    expect(await getTabState(5)).toBeNull();
  });

  it('remembers recent safe pages of a tab, newest first and one per host, and forgets them when the tab closes', async () => {
    expect(await getSafePages(5)).toEqual([]);
    await rememberSafePage(5, 'https://news.example/', 'news.example');
    await rememberSafePage(5, 'https://shop.example/', 'shop.example');
    await rememberSafePage(5, 'https://news.example/sport', 'news.example');
    await setTabState(5, STATE);
    expect(await getSafePages(5)).toEqual([
      { url: 'https://news.example/sport', host: 'news.example' },
      { url: 'https://shop.example/', host: 'shop.example' },
    ]);

    await forgetTab(5);
    expect(await getSafePages(5)).toEqual([]);
    expect(await getTabState(5)).toBeNull();
  });

  it('keeps no more than five safe pages', async () => {
    for (let i = 0; i < 8; i++) await rememberSafePage(5, `https://site${i}.example/`, `site${i}.example`);
    const pages = await getSafePages(5);
    expect(pages.map((p) => p.host)).toEqual(['site7.example', 'site6.example', 'site5.example', 'site4.example', 'site3.example']);
  });

  it('drops broken safe-page entries and keeps the good ones', async () => {
    await fakeBrowser.storage.session.set({ 'safe-5': ['https://news.example/', { url: 'https://shop.example/', host: 'shop.example' }, { url: 1 }] });
    expect(await getSafePages(5)).toEqual([{ url: 'https://shop.example/', host: 'shop.example' }]);
  });
});
