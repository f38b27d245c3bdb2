import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { acceptSubscribedListInSteps, HostSet, hostOfAddress, SubscriptionRejected } from '../../core/blocklist/subscribed';
import { retryMinutes } from '../../core/blocklist/update';
import { getSubscriptions, setSubscriptions } from '../storage';
import { isSubscriptionUrl, EMPTY_SUBSCRIPTION_STATUS, type Subscription, type SubscriptionFormat, type SubscriptionStatus } from '../storage-schema';
import { readCapped } from './list-body';
import { failureDetail, httpFailure, listFailureOf, overNetwork } from './list-failure';
import { MAX_OWN_SUBSCRIPTIONS, presetById, SUBSCRIPTION_PRESETS, type SubscriptionPreset, subscriptionName } from '../subscription-presets';

/*
 * Third-party lists the person subscribed to, in the worker. Nothing is fetched until the person
 * turns a list on. Each list is fetched when it is added or switched on, when "check now" is
 * pressed, and on an alarm every few hours after that, with If-None-Match. A fetched copy
 * replaces the last good one only after the checks of core/blocklist/subscribed.ts; whatever
 * goes wrong, the last good copy stays in use, the reason is shown in the options page, and the
 * next attempt waits twice as long. Hits are the weaker `list.third-party` signal: nobody at
 * Hang Up reviewed these lists.
 *
 * The subscriptions and their status live in `local:subscriptions` (storage.ts); each list's
 * last good copy in its own item, so that a status change does not rewrite megabytes.
 */

export const SUBSCRIPTIONS_ALARM = 'hangup-subscriptions';
/** How often a subscribed list is fetched again: public lists change a few times a day at most. */
export const SUBSCRIPTION_FETCH_MINUTES = 6 * 60;
/** After a failure the next attempt comes sooner than the cadence, then doubles: 1, 2, 4, 8, 16, 24 hours. */
const RETRY_BASE_MINUTES = 30;
const FETCH_TIMEOUT_MS = 30_000;
/** A response larger than this is not read (jarelllama's full list of 470,000 domains is about 8 MB). */
export const MAX_SUBSCRIPTION_BYTES = 32 * 1024 * 1024;

export type AddSubscriptionError = 'address' | 'duplicate' | 'too-many';

/** One list as the options page shows it: a preset (used or not) or an address the person added. */
export interface SubscriptionView {
  id: string;
  name: string;
  url: string;
  format: SubscriptionFormat;
  enabled: boolean;
  preset: boolean;
  homepage?: string;
  descriptionKey?: SubscriptionPreset['descriptionKey'];
  addedAt?: number;
  status: SubscriptionStatus;
}

interface StoredHosts {
  count: number;
  /** HostSet.encode(): sorted 64-bit hashes, base64. */
  hashes: string;
}

const hostsKey = (id: string) => `local:subscription-hosts-${id}` as const;

/** The sets in use, by subscription id; loaded from storage on first use after the worker starts. */
let loaded: Map<string, { set: HostSet; name: string }> | undefined;
let loading: Promise<Map<string, { set: HostSet; name: string }>> | undefined;
/** Fetches in flight, so that removing or switching off a list can cut its fetch short. */
const inflight = new Map<string, AbortController>();

/*
 * Changes are made one after another: a fetch that ends after the person removed its list must
 * not write it back.
 */
let queue: Promise<unknown> = Promise.resolve();
function serial<T>(task: () => Promise<T>): Promise<T> {
  const next = queue.catch(() => undefined).then(task);
  queue = next;
  return next;
}

/** The abort reason when the person switched a list off or removed it during its fetch. */
const WITHDRAWN = 'withdrawn';

/** Put a set in use, also when the sets are being loaded right now. */
function useSet(id: string, set: HostSet, name: string): void {
  if (loaded) loaded.set(id, { set, name });
  else if (loading) void loading.then((sets) => sets.set(id, { set, name }));
}

function decodeStored(raw: unknown): HostSet | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { count, hashes } = raw as Partial<StoredHosts>;
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 0 || typeof hashes !== 'string') return null;
  try {
    return HostSet.decode(hashes, count);
  } catch {
    return null;
  }
}

async function updateSubscription(id: string, change: (subscription: Subscription) => Subscription): Promise<void> {
  const current = await getSubscriptions();
  await setSubscriptions({ subscriptions: current.subscriptions.map((s) => (s.id === id ? change(s) : s)) });
}

async function load(now: number): Promise<Map<string, { set: HostSet; name: string }>> {
  const sets = new Map<string, { set: HostSet; name: string }>();
  const { subscriptions } = await getSubscriptions();
  for (const subscription of subscriptions) {
    if (!subscription.enabled || subscription.status.count === 0) continue;
    const set = decodeStored(await storage.getItem<unknown>(hostsKey(subscription.id)));
    if (set) {
      sets.set(subscription.id, { set, name: subscriptionName(subscription) });
      continue;
    }
    // A damaged copy is of no use: drop it, and fetch the list again soon.
    void serial(async () => {
      await storage.removeItem(hostsKey(subscription.id));
      await updateSubscription(subscription.id, (s) => ({
        ...s,
        status: {
          ...s.status,
          count: 0,
          etag: undefined,
          nextCheckAt: now,
          lastError: 'The stored copy of this list was damaged; it will be fetched again.',
          lastFailure: { kind: 'damaged-copy' },
        },
      }));
    });
  }
  return sets;
}

async function loadedSets(now = Date.now()): Promise<Map<string, { set: HostSet; name: string }>> {
  if (loaded) return loaded;
  // Not queued behind a fetch: judging a page must not wait for a download.
  loading ??= load(now).then((sets) => {
    loaded = sets;
    return sets;
  });
  try {
    return await loading;
  } finally {
    loading = undefined;
  }
}

/** The third-party part of the detector's lookup: the first subscribed list covering an address. */
export async function subscribedLookup(): Promise<(url: string) => { entry: string; list: string } | undefined> {
  let sets: Map<string, { set: HostSet; name: string }>;
  try {
    sets = await loadedSets();
  } catch (error) {
    console.warn(`Hang Up: the subscribed lists could not be loaded: ${String(error)}`);
    return () => undefined;
  }
  return (url) => {
    if (sets.size === 0) return undefined;
    const host = hostOfAddress(url);
    if (!host) return undefined;
    for (const { set, name } of sets.values()) {
      const entry = set.match(host);
      if (entry) return { entry, list: name };
    }
    return undefined;
  };
}

function view(subscription: Subscription | undefined, preset: SubscriptionPreset | undefined): SubscriptionView {
  const base = subscription ?? { id: preset?.id ?? '', url: preset?.url ?? '', format: preset?.format ?? 'plain', enabled: false, status: EMPTY_SUBSCRIPTION_STATUS };
  return {
    id: base.id,
    name: subscriptionName(base),
    url: base.url,
    format: base.format,
    enabled: base.enabled,
    preset: preset !== undefined,
    ...(preset ? { homepage: preset.homepage, descriptionKey: preset.descriptionKey } : {}),
    ...(subscription ? { addedAt: subscription.addedAt } : {}),
    status: base.status,
  };
}

/** The presets (used or not), then the addresses the person added, in the order added. */
export async function subscriptionViews(): Promise<SubscriptionView[]> {
  const { subscriptions } = await getSubscriptions();
  const byId = new Map(subscriptions.map((s) => [s.id, s]));
  return [
    ...SUBSCRIPTION_PRESETS.map((preset) => view(byId.get(preset.id), preset)),
    ...subscriptions.filter((s) => !presetById(s.id)).map((s) => view(s, undefined)),
  ];
}

const MB = 1024 * 1024;

/** Lets the worker answer messages (page reports) between the steps of parsing a large list. */
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** One fetch of one list; records the outcome in its status. Runs inside `serial`. */
async function fetchSubscription(subscription: Subscription, now: number): Promise<void> {
  const { id, url, format, status } = subscription;
  const controller = new AbortController();
  inflight.set(id, controller);
  const timer = setTimeout(() => controller.abort(), FETCH_TIMEOUT_MS);
  let next: SubscriptionStatus;
  try {
    // Only ask "has it changed?" when there is a good copy to keep.
    const headers: Record<string, string> = status.etag && status.count > 0 ? { 'If-None-Match': status.etag } : {};
    // No cookies, no referrer: fetching a list says nothing about the person.
    const response = await overNetwork(fetch(url, { headers, credentials: 'omit', referrerPolicy: 'no-referrer', cache: 'no-cache', signal: controller.signal }));
    if (response.status === 304 && status.count > 0) {
      next = { ...status, lastCheckAt: now, lastSuccessAt: now, failures: 0, lastError: undefined, lastFailure: undefined, nextCheckAt: now + SUBSCRIPTION_FETCH_MINUTES * 60_000 };
    } else {
      if (!response.ok) throw httpFailure(response);
      const body = await readCapped(response, {
        maxBytes: MAX_SUBSCRIPTION_BYTES,
        tooLarge: () => new SubscriptionRejected(`The list is larger than the ${MAX_SUBSCRIPTION_BYTES / MB} MB Hang Up accepts from one list.`, 'size'),
      });
      const accepted = await acceptSubscribedListInSteps(body, response.headers.get('content-type'), format, status.count > 0 ? status.count : null, pause);
      await storage.setItem<StoredHosts>(hostsKey(id), { count: accepted.set.size, hashes: accepted.set.encode() });
      const stillWanted = (await getSubscriptions()).subscriptions.find((s) => s.id === id)?.enabled === true;
      if (stillWanted) useSet(id, accepted.set, subscriptionName(subscription));
      const etag = response.headers.get('etag') ?? undefined;
      next = { lastCheckAt: now, lastSuccessAt: now, failures: 0, count: accepted.set.size, refused: accepted.refused, nextCheckAt: now + SUBSCRIPTION_FETCH_MINUTES * 60_000, ...(etag ? { etag } : {}) };
    }
  } catch (error) {
    // Switched off or removed meanwhile: nothing failed.
    if (controller.signal.reason === WITHDRAWN) return;
    const failures = status.failures + 1;
    const lastError = failureDetail(error, FETCH_TIMEOUT_MS / 1000).slice(0, 1000);
    next = { ...status, lastCheckAt: now, failures, lastError, lastFailure: listFailureOf(error), nextCheckAt: now + retryMinutes(RETRY_BASE_MINUTES, failures) * 60_000 };
  } finally {
    clearTimeout(timer);
    inflight.delete(id);
  }
  await updateSubscription(id, (s) => ({ ...s, status: next }));
}

/** Fetch the enabled lists that are due (all of them with `force`), one after another. */
async function fetchDue(now: number, force: boolean, only?: string): Promise<void> {
  const { subscriptions } = await getSubscriptions();
  for (const subscription of subscriptions) {
    if (!subscription.enabled || (only !== undefined && subscription.id !== only)) continue;
    if (!force && (subscription.status.nextCheckAt ?? 0) > now) continue;
    await fetchSubscription(subscription, now);
  }
}

/** The alarm for the next list that is due, or none when no list is on. */
export async function scheduleSubscriptions(now = Date.now()): Promise<void> {
  const due = (await getSubscriptions()).subscriptions.filter((s) => s.enabled).map((s) => s.status.nextCheckAt ?? now);
  if (due.length === 0) {
    await browser.alarms.clear(SUBSCRIPTIONS_ALARM);
    return;
  }
  // Chromium fires alarms no sooner than 30 s from now anyway.
  await browser.alarms.create(SUBSCRIPTIONS_ALARM, { when: Math.max(Math.min(...due), now + 60_000) });
}

export async function onSubscriptionsAlarm(now = Date.now()): Promise<void> {
  try {
    await serial(() => fetchDue(now, false));
  } finally {
    // Whatever happened, there must be a next time.
    await scheduleSubscriptions(Date.now());
  }
}

/** "Check now": every list that is on, whether due or not. */
export async function updateSubscriptionsNow(now = Date.now()): Promise<SubscriptionView[]> {
  await serial(() => fetchDue(now, true));
  await scheduleSubscriptions(Date.now());
  return subscriptionViews();
}

/** Add an address the person typed (or a preset's address), and fetch it at once. */
export async function addSubscription(url: string, format: SubscriptionFormat, now = Date.now()): Promise<{ subscriptions: SubscriptionView[]; error?: AddSubscriptionError }> {
  const address = url.trim();
  if (!isSubscriptionUrl(address)) return { subscriptions: await subscriptionViews(), error: 'address' };
  const preset = SUBSCRIPTION_PRESETS.find((p) => p.url === address);
  if (preset) return { subscriptions: await setSubscriptionEnabled(preset.id, true, now) };
  const outcome = await serial(async () => {
    const { subscriptions } = await getSubscriptions();
    if (subscriptions.some((s) => s.url === address)) return { error: 'duplicate' as const };
    if (subscriptions.filter((s) => !presetById(s.id)).length >= MAX_OWN_SUBSCRIPTIONS) return { error: 'too-many' as const };
    const id = `own-${crypto.randomUUID().slice(0, 8)}`;
    const added: Subscription = { id, url: address, format, enabled: true, addedAt: now, status: EMPTY_SUBSCRIPTION_STATUS };
    await setSubscriptions({ subscriptions: [...subscriptions, added] });
    await fetchDue(now, true, id);
    return {};
  });
  await scheduleSubscriptions(Date.now());
  return { subscriptions: await subscriptionViews(), ...outcome };
}

/** Switch a list on (fetched at once when it has no copy yet) or off (no longer counted, at once). */
export async function setSubscriptionEnabled(id: string, enabled: boolean, now = Date.now()): Promise<SubscriptionView[]> {
  if (!enabled) {
    loaded?.delete(id);
    inflight.get(id)?.abort(WITHDRAWN);
  }
  await serial(async () => {
    if (!enabled) loaded?.delete(id);
    const { subscriptions } = await getSubscriptions();
    const existing = subscriptions.find((s) => s.id === id);
    const preset = presetById(id);
    if (!existing && !preset) return;
    if (!existing && preset && enabled) {
      const added: Subscription = { id, url: preset.url, format: preset.format, enabled: true, addedAt: now, status: EMPTY_SUBSCRIPTION_STATUS };
      await setSubscriptions({ subscriptions: [...subscriptions, added] });
    } else if (existing) {
      await updateSubscription(id, (s) => ({ ...s, enabled }));
    }
    if (!enabled) return;
    if (existing && existing.status.count > 0) {
      const set = decodeStored(await storage.getItem<unknown>(hostsKey(id)));
      if (set) useSet(id, set, subscriptionName(existing));
    }
    const due = !existing || existing.status.count === 0 || (existing.status.nextCheckAt ?? 0) <= now;
    if (due) await fetchDue(now, true, id);
  });
  await scheduleSubscriptions(Date.now());
  return subscriptionViews();
}

/** Forget a list and its copy; its hosts stop counting at once. */
export async function removeSubscription(id: string): Promise<SubscriptionView[]> {
  loaded?.delete(id);
  inflight.get(id)?.abort(WITHDRAWN);
  await serial(async () => {
    const { subscriptions } = await getSubscriptions();
    await setSubscriptions({ subscriptions: subscriptions.filter((s) => s.id !== id) });
    await storage.removeItem(hostsKey(id));
    loaded?.delete(id);
  });
  await scheduleSubscriptions(Date.now());
  return subscriptionViews();
}

/** Forget what was loaded (tests; a worker restart does the same). */
export function resetLoadedSubscriptions(): void {
  loaded = undefined;
  loading = undefined;
  queue = Promise.resolve();
}
