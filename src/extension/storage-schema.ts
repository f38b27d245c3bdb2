import * as z from 'zod/mini';
import { hostOfAddress } from '../core/web-host';
import { BehaviourEventSchema, PageCandidatesSchema, VerdictSchema } from '../core/detect/types';

/*
 * What the extension stores, one item per concern. Every item has a version; a migration turns
 * version N-1 into N and is a pure function, tested in tests/unit/extension. Reads repair: a
 * broken field falls back to its default and broken list entries are dropped one by one, so one
 * bad value never costs a person the rest of their settings or allowlist.
 */

export const InterruptOnSchema = z.enum(['scam', 'suspicious', 'off']);
export type InterruptOn = z.infer<typeof InterruptOnSchema>;

/** UI languages with complete translations; 'auto' follows the browser. */
export const UI_LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'ja'] as const;
export const LanguageSchema = z.enum(['auto', ...UI_LANGUAGES]);
export type Language = z.infer<typeof LanguageSchema>;

export const SettingsSchema = z.object({
  /** Which verdict sends the tab to the warning page. */
  interruptOn: InterruptOnSchema,
  /** Where signed list updates are fetched from ("" = the address built in, if any). */
  listUrl: z.string().check(z.maxLength(2048)),
  /** Where reports are sent ("" = the address built in, if any). */
  reportUrl: z.string().check(z.maxLength(2048)),
  /** The language of popup, warning page and options. */
  language: LanguageSchema,
});
export type Settings = z.infer<typeof SettingsSchema>;
export const DEFAULT_SETTINGS: Settings = { interruptOn: 'scam', listUrl: '', reportUrl: '', language: 'auto' };

/** An http(s) address, or "" for none. */
export function isListUrl(text: string): boolean {
  if (text === '') return true;
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && text.length <= 2048;
  } catch {
    return false;
  }
}

/** The same rule for the report service's address. */
export const isReportUrl = isListUrl;

export function repairSettings(raw: unknown): Settings {
  const input = isRecord(raw) ? raw : {};
  const interruptOn = InterruptOnSchema.safeParse(input['interruptOn']);
  const language = LanguageSchema.safeParse(input['language']);
  const address = (key: string): string => {
    const value = input[key];
    return typeof value === 'string' && isListUrl(value) ? value : '';
  };
  return {
    interruptOn: interruptOn.success ? interruptOn.data : DEFAULT_SETTINGS.interruptOn,
    listUrl: address('listUrl'),
    reportUrl: address('reportUrl'),
    language: language.success ? language.data : DEFAULT_SETTINGS.language,
  };
}

/** A host name as the allowlist keeps it: lower case, no trailing dot, no port. */
// Underscores are not valid in DNS host names but browsers load such hosts, so they can be allowed.
export const HostSchema = z.string().check(z.regex(/^[a-z0-9_.-]{1,253}$|^\[[0-9a-f:.]+\]$/));

export const AllowlistEntrySchema = z.object({
  host: HostSchema,
  /** Epoch milliseconds. */
  addedAt: z.number(),
});
export type AllowlistEntry = z.infer<typeof AllowlistEntrySchema>;
export const AllowlistSchema = z.object({ entries: z.array(AllowlistEntrySchema) });
export type Allowlist = z.infer<typeof AllowlistSchema>;
export const EMPTY_ALLOWLIST: Allowlist = { entries: [] };

export function repairAllowlist(raw: unknown): Allowlist {
  const entries = isRecord(raw) && Array.isArray(raw['entries']) ? raw['entries'] : [];
  const kept: AllowlistEntry[] = [];
  const hosts = new Set<string>();
  for (const entry of entries) {
    if (!isRecord(entry)) continue;
    const host = HostSchema.safeParse(entry['host']);
    if (!host.success || hosts.has(host.data)) continue;
    // The person's decision is the host; a broken date must not cost them that decision.
    const addedAt = typeof entry['addedAt'] === 'number' && Number.isFinite(entry['addedAt']) ? entry['addedAt'] : 0;
    hosts.add(host.data);
    kept.push({ host: host.data, addedAt });
  }
  return { entries: kept };
}

/** What the background knows about one tab; kept in session storage so a worker restart keeps it. */
export const TabStateSchema = z.object({
  url: z.string(),
  /** Which document of the tab reported (drawn by the content script): a reload is a new one. */
  documentId: z.string(),
  verdict: VerdictSchema,
  /** The person chose "continue anyway" for this host. */
  allowed: z.boolean(),
  /** The tab was taken to the warning page. */
  blocked: z.boolean(),
  updatedAt: z.number(),
  /** When this document first reached its current verdict level (epoch ms). */
  levelSince: z.number(),
  /**
   * Only reports of the page while it was still being parsed are in: a `suspicious` verdict may
   * still fall once the whole page has been read. Absent in states written before it existed.
   */
  provisional: z.optional(z.boolean()),
  /** Main-thread time of this document's recent content scans, in ms, newest last (at most 50). */
  scanMs: z.array(z.number()),
  /** When the reporting document started (its time origin, epoch ms): tells its frames from earlier ones. */
  startedAt: z.optional(z.number()),
  /** What the top frame last reported, to judge again when one of its frames reports. */
  candidates: z.optional(PageCandidatesSchema),
});
export type TabState = z.infer<typeof TabStateSchema>;

export function repairTabState(raw: unknown): TabState | null {
  const parsed = TabStateSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** What the frames of a tab's page reported: merged into the page's own report. */
export const FrameExtrasSchema = z.object({
  behaviours: z.array(BehaviourEventSchema),
  dialogTexts: z.array(z.string()),
  /** What frames that cover much of the screen show, a page's worth each. */
  shown: z.optional(z.array(PageCandidatesSchema)),
});
export type FrameExtras = z.infer<typeof FrameExtrasSchema>;

/**
 * One frame document's latest report, with what tells which page it belongs to: the origin of
 * the tab's page when it reported and when the frame's document started (its time origin). A
 * page's frames all start after the page itself, so a report from a frame that started before
 * the page did belongs to an earlier page of the tab.
 */
export const FrameReportSchema = z.object({
  /** frameId and start time: a frame that loads another document is another report. */
  key: z.string(),
  /**
   * The frame's id in its tab, for the disarm command (absent in reports stored before the
   * eighteenth session, and for sign-in dialogs, which are no frame).
   */
  frameId: z.optional(z.int().check(z.positive())),
  topOrigin: z.string(),
  startedAt: z.number(),
  behaviours: z.array(BehaviourEventSchema),
  dialogTexts: z.array(z.string()),
  /** What a frame that covers much of the screen shows (see frame-report.ts). */
  shown: z.optional(PageCandidatesSchema),
  /**
   * Set for a sign-in dialog the browser drew for the page at this address (see auth-dialogs.ts):
   * it belongs to that address's document, including the one the browser shows after the dialog.
   */
  pageUrl: z.optional(z.string()),
});
export type FrameReport = z.infer<typeof FrameReportSchema>;

export function repairFrameReports(raw: unknown): FrameReport[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((entry) => {
    const parsed = FrameReportSchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}

export const SafePageSchema = z.object({ url: z.string(), host: HostSchema });
export type SafePage = z.infer<typeof SafePageSchema>;

export function repairSafePages(raw: unknown): SafePage[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((entry) => {
    const parsed = SafePageSchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}

/** Storage keys and their current versions. */
export const STORAGE_VERSIONS = { settings: 2, allowlist: 1, subscriptions: 1 } as const;

/**
 * Migrations by target version: `N: (stored at N-1) => shape N`, each tested in
 * tests/unit/extension/storage-schema.test.ts. Version 2 added the report address and the language.
 */
export const SETTINGS_MIGRATIONS: Record<number, (old: unknown) => unknown> = {
  // Settings that already hold a report address or a language (written without the version mark,
  // as by a restored profile or a tool) keep them: a migration never takes a choice away.
  2: (old) => ({ reportUrl: '', language: 'auto', ...(isRecord(old) ? old : {}) }),
};
export const ALLOWLIST_MIGRATIONS: Record<number, (old: unknown) => unknown> = {};
export const SUBSCRIPTIONS_MIGRATIONS: Record<number, (old: unknown) => unknown> = {};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The allowlist key of a URL's host, or null for addresses that are not web pages. */
export function allowlistHost(url: string): string | null {
  const host = hostOfAddress(url);
  return host !== null && HostSchema.safeParse(host).success ? host : null;
}

/* Third-party lists the person subscribed to (src/extension/background/subscriptions.ts). */

export const SUBSCRIPTION_FORMATS = ['plain', 'hosts', 'adblock'] as const;
export const SubscriptionFormatSchema = z.enum(SUBSCRIPTION_FORMATS);
export type SubscriptionFormat = z.infer<typeof SubscriptionFormatSchema>;
export const SubscriptionIdSchema = z.string().check(z.regex(/^[a-z0-9-]{1,64}$/));

/*
 * Why the last download of a list failed, as a kind the options page says in the person's
 * language; `lastError` next to it keeps the English detail for maintainers. The kinds are what
 * the worker can meet (background/list-failure.ts): no answer, no answer in time, an HTTP error
 * status, a web page or an unreadable file instead of the list, a list too large, a refused
 * signature, a list no newer than the one in use, a sharp drop in size, no room in storage, a
 * damaged stored copy, no list address set, and anything else.
 */
export const LIST_FAILURE_KINDS = ['unreachable', 'timeout', 'http', 'web-page', 'not-a-list', 'malformed', 'too-large', 'signature', 'not-newer', 'drop', 'storage-full', 'damaged-copy', 'no-address', 'other'] as const;
export const ListFailureKindSchema = z.enum(LIST_FAILURE_KINDS);
export type ListFailureKind = z.infer<typeof ListFailureKindSchema>;
export const ListFailureSchema = z.object({
  kind: ListFailureKindSchema,
  /** The HTTP status, for kind "http". */
  status: z.optional(z.number().check(z.int(), z.gte(100), z.lte(599))),
});
export type ListFailure = z.infer<typeof ListFailureSchema>;

/**
 * A stored failure kind, or undefined when there is none or it cannot be read (a status stored
 * before kinds existed, or by a newer version with kinds this one lacks): the options page then
 * shows the English `lastError` as it did before.
 */
export function repairListFailure(raw: unknown): ListFailure | undefined {
  const parsed = ListFailureSchema.safeParse(raw);
  if (!parsed.success) return undefined;
  if (parsed.data.kind === 'http') return parsed.data.status === undefined ? undefined : { kind: 'http', status: parsed.data.status };
  return { kind: parsed.data.kind };
}

export const SubscriptionStatusSchema = z.object({
  /** When the last attempt to fetch ended, and how. */
  lastCheckAt: z.optional(z.number()),
  lastSuccessAt: z.optional(z.number()),
  /** Why the last attempt failed, in plain words (the last good copy stays in use). */
  lastError: z.optional(z.string().check(z.maxLength(1000))),
  /** The same failure as a kind, shown in the person's language; absent in statuses stored before kinds. */
  lastFailure: z.optional(ListFailureSchema),
  /** Failures in a row: each doubles the wait before the next attempt. */
  failures: z.number().check(z.int(), z.nonnegative()),
  etag: z.optional(z.string().check(z.maxLength(500))),
  /** Hosts in the last good copy; 0 before the first good fetch. */
  count: z.number().check(z.int(), z.nonnegative()),
  /** Genuine brand domains the list named and Hang Up dropped. */
  refused: z.number().check(z.int(), z.nonnegative()),
  /** When this list is due for its next fetch (epoch ms). */
  nextCheckAt: z.optional(z.number()),
});
export type SubscriptionStatus = z.infer<typeof SubscriptionStatusSchema>;
export const EMPTY_SUBSCRIPTION_STATUS: SubscriptionStatus = { failures: 0, count: 0, refused: 0 };

export const SubscriptionSchema = z.object({
  /** A preset's own id, or "own-…" for an address the person added. */
  id: SubscriptionIdSchema,
  url: z.string().check(z.maxLength(2048)),
  format: SubscriptionFormatSchema,
  /** Off: kept with its last copy, but neither fetched nor counted. */
  enabled: z.boolean(),
  addedAt: z.number(),
  status: SubscriptionStatusSchema,
});
export type Subscription = z.infer<typeof SubscriptionSchema>;
export const SubscriptionsSchema = z.object({ subscriptions: z.array(SubscriptionSchema) });
export type Subscriptions = z.infer<typeof SubscriptionsSchema>;
export const EMPTY_SUBSCRIPTIONS: Subscriptions = { subscriptions: [] };

/** An http(s) address a list may be fetched from: no user name or password in it. */
export function isSubscriptionUrl(text: string): boolean {
  if (text.length > 2048) return false;
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

function repairSubscriptionStatus(raw: unknown): SubscriptionStatus {
  const input = isRecord(raw) ? raw : {};
  const time = (key: string) => (typeof input[key] === 'number' && Number.isFinite(input[key]) ? { [key]: input[key] as number } : {});
  const count = (key: 'failures' | 'count' | 'refused') => {
    const value = input[key];
    return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : 0;
  };
  const text = (key: string, max: number) => (typeof input[key] === 'string' && (input[key] as string).length <= max ? { [key]: input[key] as string } : {});
  const failure = () => {
    const lastFailure = repairListFailure(input['lastFailure']);
    return lastFailure ? { lastFailure } : {};
  };
  return {
    ...time('lastCheckAt'),
    ...time('lastSuccessAt'),
    ...text('lastError', 1000),
    ...failure(),
    failures: count('failures'),
    ...text('etag', 500),
    count: count('count'),
    refused: count('refused'),
    ...time('nextCheckAt'),
  };
}

/**
 * Broken subscriptions are dropped one by one; a broken switch reads as off, so that nothing is
 * fetched that the person did not clearly choose; a broken status starts afresh.
 */
export function repairSubscriptions(raw: unknown): Subscriptions {
  const entries = isRecord(raw) && Array.isArray(raw['subscriptions']) ? raw['subscriptions'] : [];
  const kept: Subscription[] = [];
  const seen = new Set<string>();
  for (const entry of entries) {
    if (!isRecord(entry)) continue;
    const id = SubscriptionIdSchema.safeParse(entry['id']);
    const format = SubscriptionFormatSchema.safeParse(entry['format']);
    const url = entry['url'];
    if (!id.success || !format.success || typeof url !== 'string' || !isSubscriptionUrl(url)) continue;
    if (seen.has(id.data) || seen.has(url)) continue;
    seen.add(id.data);
    seen.add(url);
    kept.push({
      id: id.data,
      url,
      format: format.data,
      enabled: entry['enabled'] === true,
      addedAt: typeof entry['addedAt'] === 'number' && Number.isFinite(entry['addedAt']) ? entry['addedAt'] : 0,
      status: repairSubscriptionStatus(entry['status']),
    });
  }
  return { subscriptions: kept };
}
