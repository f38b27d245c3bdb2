import { storage } from 'wxt/utils/storage';
import {
  ALLOWLIST_MIGRATIONS,
  type Allowlist,
  DEFAULT_SETTINGS,
  EMPTY_ALLOWLIST,
  repairAllowlist,
  type FrameReport,
  repairFrameReports,
  repairSafePages,
  repairSettings,
  repairTabState,
  type SafePage,
  type Settings,
  SETTINGS_MIGRATIONS,
  STORAGE_VERSIONS,
  EMPTY_SUBSCRIPTIONS,
  repairSubscriptions,
  type Subscriptions,
  SUBSCRIPTIONS_MIGRATIONS,
  type TabState,
} from './storage-schema';

/*
 * The storage items. Defined lazily: defining an item starts its migration, which must not run
 * while a bundler or a test merely imports this module.
 */
function createItems() {
  return {
    settings: storage.defineItem<unknown>('local:settings', {
      fallback: DEFAULT_SETTINGS,
      version: STORAGE_VERSIONS.settings,
      migrations: SETTINGS_MIGRATIONS,
    }),
    allowlist: storage.defineItem<unknown>('local:allowlist', {
      fallback: EMPTY_ALLOWLIST,
      version: STORAGE_VERSIONS.allowlist,
      migrations: ALLOWLIST_MIGRATIONS,
    }),
    subscriptions: storage.defineItem<unknown>('local:subscriptions', {
      fallback: EMPTY_SUBSCRIPTIONS,
      version: STORAGE_VERSIONS.subscriptions,
      migrations: SUBSCRIPTIONS_MIGRATIONS,
    }),
  };
}

let items: ReturnType<typeof createItems> | undefined;
function storageItems() {
  items ??= createItems();
  return items;
}

export async function getSettings(): Promise<Settings> {
  return repairSettings(await storageItems().settings.getValue());
}

export async function setSettings(settings: Settings): Promise<void> {
  await storageItems().settings.setValue(repairSettings(settings));
}

export async function getAllowlist(): Promise<Allowlist> {
  return repairAllowlist(await storageItems().allowlist.getValue());
}

export async function addToAllowlist(host: string, now: number): Promise<Allowlist> {
  const current = await getAllowlist();
  if (current.entries.some((entry) => entry.host === host)) return current;
  const next = { entries: [...current.entries, { host, addedAt: now }] };
  await storageItems().allowlist.setValue(next);
  return next;
}

export async function removeFromAllowlist(host: string): Promise<Allowlist> {
  const current = await getAllowlist();
  const next = { entries: current.entries.filter((entry) => entry.host !== host) };
  await storageItems().allowlist.setValue(next);
  return next;
}

/** The whole allowlist at once (loading a settings file merges into it first; see settings-transfer). */
export async function setAllowlist(allowlist: Allowlist): Promise<void> {
  await storageItems().allowlist.setValue(repairAllowlist(allowlist));
}

/** Third-party lists the person subscribed to, with their status (not their hosts: see background/subscriptions.ts). */
export async function getSubscriptions(): Promise<Subscriptions> {
  return repairSubscriptions(await storageItems().subscriptions.getValue());
}

export async function setSubscriptions(subscriptions: Subscriptions): Promise<void> {
  await storageItems().subscriptions.setValue(repairSubscriptions(subscriptions));
}

/**
 * Call `onChange` whenever the subscriptions change, by whoever changed them (the background
 * adds a list that a loaded settings file named, fetches one, or marks one as failing). Returns
 * the function that stops watching.
 */
export function watchSubscriptions(onChange: () => void): () => void {
  return storageItems().subscriptions.watch(() => onChange());
}

function tabKey(tabId: number) {
  return `session:tab-${tabId}` as const;
}

export async function getTabState(tabId: number): Promise<TabState | null> {
  return repairTabState(await storage.getItem(tabKey(tabId)));
}

export async function setTabState(tabId: number, state: TabState): Promise<void> {
  await storage.setItem(tabKey(tabId), state);
}

export async function clearTabState(tabId: number): Promise<void> {
  await storage.removeItem(tabKey(tabId));
}

function safeKey(tabId: number) {
  return `session:safe-${tabId}` as const;
}

const SAFE_PAGES_KEPT = 5;

/** Recent clean pages of a tab, newest first, one per host: where "back to safety" may go. */
export async function getSafePages(tabId: number): Promise<SafePage[]> {
  return repairSafePages(await storage.getItem<unknown>(safeKey(tabId)));
}

export async function rememberSafePage(tabId: number, url: string, host: string): Promise<void> {
  const pages = await getSafePages(tabId);
  const next = [{ url, host }, ...pages.filter((page) => page.host !== host)].slice(0, SAFE_PAGES_KEPT);
  await storage.setItem(safeKey(tabId), next);
}

/** A tab was replaced by another (see tab-verdicts' replaceTab): what we knew moves with it. */
export async function moveTab(from: number, to: number): Promise<void> {
  const [state, safe] = await Promise.all([getTabState(from), storage.getItem<unknown>(safeKey(from))]);
  if (state) await setTabState(to, state);
  if (safe !== null) await storage.setItem(safeKey(to), safe);
  await forgetTab(from);
}

function framesKey(tabId: number) {
  return `session:frames-${tabId}` as const;
}

export async function getFrameReports(tabId: number): Promise<FrameReport[]> {
  return repairFrameReports(await storage.getItem<unknown>(framesKey(tabId)));
}

export async function setFrameReports(tabId: number, reports: readonly FrameReport[]): Promise<void> {
  await storage.setItem(framesKey(tabId), reports);
}

export async function forgetTab(tabId: number): Promise<void> {
  await storage.removeItems([tabKey(tabId), safeKey(tabId), framesKey(tabId)]);
}
