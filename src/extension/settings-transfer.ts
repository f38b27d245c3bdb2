import {
  type Allowlist,
  type AllowlistEntry,
  DEFAULT_SETTINGS,
  repairAllowlist,
  repairSettings,
  type Settings,
  SubscriptionFormatSchema,
  type SubscriptionFormat,
  isSubscriptionUrl,
} from './storage-schema';

/*
 * Settings saved to a file and loaded back, on this or another computer. The file holds the
 * person's choices (settings, allowed sites, subscribed lists), never anything about the pages
 * they visited. Loading reads the whole file before anything is changed: a file that is not
 * ours or is damaged changes nothing; single entries that cannot be read are left out and
 * counted; the allowed sites are merged with the ones already there, never replaced.
 */

export const SETTINGS_FILE_FORMAT = 'hang-up-settings';
/** Version 1: settings, allowlist and subscriptions. A newer file is refused, not guessed at. */
export const SETTINGS_FILE_VERSION = 1;
/** Far more than any real file; a larger one is not read at all. */
export const MAX_SETTINGS_FILE_CHARS = 2_000_000;

/** A subscribed list as the file keeps it: where, how it is written, and whether it is on. */
export interface TransferredSubscription {
  url: string;
  format: SubscriptionFormat;
  enabled: boolean;
}

export interface SettingsFile {
  format: typeof SETTINGS_FILE_FORMAT;
  version: typeof SETTINGS_FILE_VERSION;
  exportedAt: string;
  settings: Settings;
  allowlist: Allowlist;
  subscriptions: TransferredSubscription[];
}

export function exportSettingsFile(data: { settings: Settings; allowlist: Allowlist; subscriptions: readonly TransferredSubscription[] }, now: Date): string {
  const file: SettingsFile = {
    format: SETTINGS_FILE_FORMAT,
    version: SETTINGS_FILE_VERSION,
    exportedAt: now.toISOString(),
    settings: data.settings,
    allowlist: { entries: data.allowlist.entries.map(({ host, addedAt }) => ({ host, addedAt })) },
    subscriptions: data.subscriptions.map(({ url, format, enabled }) => ({ url, format, enabled })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** The name the download gets: hang-up-settings-2026-12-05.json. */
export function settingsFileName(now: Date): string {
  return `${SETTINGS_FILE_FORMAT}-${now.toISOString().slice(0, 10)}.json`;
}

export type ImportFailure = 'too-large' | 'not-json' | 'not-settings-file' | 'newer-version' | 'damaged';

/** What a file asks to change, all of it already checked. */
export interface ImportedSettings {
  /** Only the settings the file has and that are valid. */
  settings: Partial<Settings>;
  allowlist: AllowlistEntry[];
  subscriptions: TransferredSubscription[];
  /** Settings, allowed sites and lists in the file that could not be read and were left out. */
  skipped: number;
}

export type ImportResult = { ok: true; imported: ImportedSettings } | { ok: false; error: ImportFailure; detail?: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readSettings(raw: unknown): { settings: Partial<Settings>; skipped: number } {
  const input = isRecord(raw) ? raw : {};
  const settings: Partial<Settings> = {};
  let skipped = 0;
  for (const key of Object.keys(DEFAULT_SETTINGS) as Array<keyof Settings>) {
    if (!Object.hasOwn(input, key)) continue;
    // A field is taken when repair keeps it as it is; anything repair would change is left out.
    const repaired = repairSettings({ ...DEFAULT_SETTINGS, [key]: input[key] });
    if (repaired[key] === input[key]) Object.assign(settings, { [key]: repaired[key] });
    else skipped += 1;
  }
  return { settings, skipped };
}

function readSubscriptions(raw: unknown[]): { subscriptions: TransferredSubscription[]; skipped: number } {
  const subscriptions: TransferredSubscription[] = [];
  for (const entry of raw) {
    if (!isRecord(entry)) continue;
    const format = SubscriptionFormatSchema.safeParse(entry['format']);
    const url = entry['url'];
    if (!format.success || typeof url !== 'string' || !isSubscriptionUrl(url) || subscriptions.some((s) => s.url === url)) continue;
    subscriptions.push({ url, format: format.data, enabled: entry['enabled'] === true });
  }
  return { subscriptions, skipped: raw.length - subscriptions.length };
}

/** Read and check a settings file; nothing is changed here. */
export function readSettingsFile(text: string): ImportResult {
  if (text.length > MAX_SETTINGS_FILE_CHARS) return { ok: false, error: 'too-large' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: 'not-json' };
  }
  if (!isRecord(raw) || raw['format'] !== SETTINGS_FILE_FORMAT) return { ok: false, error: 'not-settings-file' };
  const version = raw['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, error: 'not-settings-file' };
  if (version > SETTINGS_FILE_VERSION) return { ok: false, error: 'newer-version' };

  const settingsRaw = raw['settings'] ?? {};
  if (!isRecord(settingsRaw)) return { ok: false, error: 'damaged', detail: 'settings' };
  const allowlistRaw = raw['allowlist'] ?? { entries: [] };
  if (!isRecord(allowlistRaw) || !Array.isArray(allowlistRaw['entries'])) return { ok: false, error: 'damaged', detail: 'allowlist' };
  const subscriptionsRaw = raw['subscriptions'] ?? [];
  if (!Array.isArray(subscriptionsRaw)) return { ok: false, error: 'damaged', detail: 'subscriptions' };

  const settings = readSettings(settingsRaw);
  const allowlist = repairAllowlist(allowlistRaw).entries;
  const subscriptions = readSubscriptions(subscriptionsRaw);
  return {
    ok: true,
    imported: {
      settings: settings.settings,
      allowlist,
      subscriptions: subscriptions.subscriptions,
      skipped: settings.skipped + (allowlistRaw['entries'] as unknown[]).length - allowlist.length + subscriptions.skipped,
    },
  };
}

/**
 * The settings and allowlist after loading a file: its valid settings replace the current ones,
 * its allowed sites are added to the current ones (a site already there keeps its date).
 */
export function mergeImported(current: { settings: Settings; allowlist: Allowlist }, imported: ImportedSettings): { settings: Settings; allowlist: Allowlist; addedSites: number } {
  const known = new Set(current.allowlist.entries.map((entry) => entry.host));
  const added = imported.allowlist.filter((entry) => !known.has(entry.host));
  return {
    settings: repairSettings({ ...current.settings, ...imported.settings }),
    allowlist: { entries: [...current.allowlist.entries, ...added] },
    addedSites: added.length,
  };
}
