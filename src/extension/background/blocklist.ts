import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { type Artifact, ArtifactSchema } from '../../core/blocklist/artifact';
import { LoadedList, lookupOf } from '../../core/blocklist/matcher';
import { parsePublicKey } from '../../core/blocklist/sign';
import { acceptDiff, acceptList, isExpired, ListRejected, parseIndex, retryMinutes } from '../../core/blocklist/update';
import type { BlocklistLookup } from '../../core/detect/types';
import { type ListFailure, repairListFailure } from '../storage-schema';
import { readCapped } from './list-body';
import { failureDetail, httpFailure, ListFetchFailed, listFailureOf, overNetwork } from './list-failure';
import { subscribedLookup } from './subscriptions';

/*
 * The maintained list in the worker: the snapshot bundled with the extension at install, replaced
 * by signed lists fetched from the list address on an alarm. A fetched list is stored only after
 * every check in core/blocklist/update.ts passed; whatever goes wrong, the last good list stays
 * in use and the failure is recorded for the options page, with a growing wait before the next try.
 */

export const LIST_ALARM = 'hangup-list-update';
/** How often to look for a new list when the list does not ask for longer. */
export const DEFAULT_FETCH_MINUTES = 30;
const FETCH_TIMEOUT_MS = 30_000;
/** A response larger than this is not read (a million hosts take about 20 MB). */
const MAX_LIST_BYTES = 64 * 1024 * 1024;

export interface ListStatus {
  source: 'bundled' | 'fetched';
  version: number;
  generatedAt: string;
  expiresAt: string;
  expired: boolean;
  counts: Artifact['counts'];
  /** When the last attempt to fetch ended, and how. */
  lastCheckAt?: number;
  lastSuccessAt?: number;
  /** Why the last attempt failed, in English: the maintainers' detail. */
  lastError?: string;
  /** The same as a kind the options page says in the person's language; absent in statuses stored before kinds. */
  lastFailure?: ListFailure;
  failures: number;
  etag?: string;
  /** How the last update arrived: a diff (kilobytes) or the full list. */
  lastUpdateKind?: 'diff' | 'full' | 'unchanged';
  /**
   * Why a diff the list address published for the list in use was not used, in English, when the
   * full list was fetched instead: the update worked, but each one then costs the whole list.
   */
  lastDiffProblem?: string;
}

interface StoredList {
  artifact: Artifact;
}

const listItem = () => storage.defineItem<StoredList | null>('local:list', { fallback: null });
const statusItem = () => storage.defineItem<Omit<ListStatus, 'expired'> | null>('local:listStatus', { fallback: null });

let active: { list: LoadedList; artifact: Artifact; source: ListStatus['source'] } | undefined;
let loading: Promise<NonNullable<typeof active>> | undefined;

async function fetchPackaged(name: string): Promise<string> {
  const response = await fetch(browser.runtime.getURL(`/blocklist/${name}` as '/'));
  if (!response.ok) throw new Error(`the packaged ${name} is missing`);
  return response.text();
}

async function loadBundled(): Promise<Artifact> {
  return ArtifactSchema.parse(JSON.parse(await fetchPackaged('bundled.json')));
}

async function load(): Promise<NonNullable<typeof active>> {
  const bundled = await loadBundled();
  const stored = await listItem().getValue();
  const parsed = stored ? ArtifactSchema.safeParse(stored.artifact) : undefined;
  // A stored list older than the one in a newer extension package gives way to it.
  const use = parsed?.success && parsed.data.version > bundled.version ? { artifact: parsed.data, source: 'fetched' as const } : { artifact: bundled, source: 'bundled' as const };
  try {
    return { ...use, list: new LoadedList(use.artifact, 'Hang Up') };
  } catch {
    // A damaged stored list: the bundled one is always there.
    return { artifact: bundled, source: 'bundled', list: new LoadedList(bundled, 'Hang Up') };
  }
}

async function activeList(): Promise<NonNullable<typeof active>> {
  if (active) return active;
  loading ??= load().then((loaded) => {
    active = loaded;
    return loaded;
  });
  try {
    return await loading;
  } finally {
    loading = undefined;
  }
}

/** The lookup the detector uses; null when not even the bundled list can be read. */
export async function currentLookup(): Promise<BlocklistLookup | undefined> {
  // Lists the person subscribed to (unsigned, weaker signal) ride along with ours.
  const thirdParty = await subscribedLookup();
  try {
    const { list } = await activeList();
    return { ...lookupOf([list]), thirdParty };
  } catch (error) {
    console.warn(`Hang Up: the blocklist could not be loaded: ${String(error)}`);
    return { address: () => undefined, number: () => undefined, thirdParty };
  }
}

export async function listStatus(now = Date.now()): Promise<ListStatus> {
  const { artifact, source } = await activeList();
  const stored: Partial<Omit<ListStatus, 'expired'>> = (await statusItem().getValue()) ?? {};
  // Not a versioned item: a status stored before failure kinds has none, and reads as before.
  const { lastFailure: storedFailure, ...rest } = stored;
  const lastFailure = repairListFailure(storedFailure);
  return {
    ...rest,
    ...(lastFailure ? { lastFailure } : {}),
    failures: stored.failures ?? 0,
    source,
    version: artifact.version,
    generatedAt: artifact.generatedAt,
    expiresAt: artifact.expiresAt,
    expired: isExpired(artifact, now),
    counts: artifact.counts,
  };
}

/** A response, and the way to cut it off while its body is still coming. */
interface Fetched {
  response: Response;
  abort: () => void;
}

/** The body as text: within MAX_LIST_BYTES, and cut off after FETCH_TIMEOUT_MS without a byte. */
function readBody({ response, abort }: Fetched): Promise<string> {
  return readCapped(response, {
    maxBytes: MAX_LIST_BYTES,
    tooLarge: () => new ListFetchFailed(`The list is larger than the ${MAX_LIST_BYTES} bytes accepted.`, { kind: 'too-large' }),
    stall: { ms: FETCH_TIMEOUT_MS, cutOff: abort },
  });
}

/** Waits at most FETCH_TIMEOUT_MS for the answer to start; readBody watches the rest. */
async function get(url: string, headers: Record<string, string> = {}): Promise<Fetched> {
  const controller = new AbortController();
  const abort = () => controller.abort(new DOMException(`The list address sent nothing for ${FETCH_TIMEOUT_MS / 1000} seconds.`, 'TimeoutError'));
  const timer = setTimeout(abort, FETCH_TIMEOUT_MS);
  try {
    // No cookies, no referrer: fetching the list says nothing about the person.
    const response = await overNetwork(fetch(url, { headers, credentials: 'omit', referrerPolicy: 'no-referrer', cache: 'no-cache', signal: controller.signal }));
    return { response, abort };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * One update attempt: the index (with If-None-Match), then a diff from the list in use when one
 * is published, else the full list. Returns the minutes to wait before the next attempt.
 */
export async function updateList(listUrl: string, now = Date.now()): Promise<number> {
  const status: Partial<Omit<ListStatus, 'expired'>> = (await statusItem().getValue()) ?? { failures: 0 };
  const current = await activeList();
  const base = listUrl.endsWith('/') ? listUrl : `${listUrl}/`;
  let wait = Math.max(DEFAULT_FETCH_MINUTES, current.artifact.minFetchMinutes);
  try {
    // Inside: a build without a readable key says so in the status instead of failing unseen.
    const publicKey = parsePublicKey(await fetchPackaged('public.key'));
    const indexFetched = await get(new URL('index.json', base).href, status.etag ? { 'If-None-Match': status.etag } : {});
    const indexResponse = indexFetched.response;
    if (indexResponse.status === 304) {
      await statusItem().setValue({ ...status, lastCheckAt: now, lastSuccessAt: now, failures: 0, lastError: undefined, lastFailure: undefined, lastUpdateKind: 'unchanged' } as ListStatus);
      return wait;
    }
    if (!indexResponse.ok) throw httpFailure(indexResponse, ' for the list index');
    const index = parseIndex(await readBody(indexFetched), indexResponse.headers.get('content-type'));
    wait = Math.max(wait, index.minFetchMinutes);
    const etag = indexResponse.headers.get('etag') ?? undefined;
    let next: Artifact | undefined;
    let kind: ListStatus['lastUpdateKind'] = 'unchanged';
    let diffProblem: string | undefined;
    if (index.version > current.artifact.version) {
      const diffName = index.diffs[String(current.artifact.version)];
      if (diffName) {
        // Whatever goes wrong with the diff, the full list is the way on; why is kept for the status.
        try {
          const fetched = await get(new URL(diffName, base).href);
          if (!fetched.response.ok) throw httpFailure(fetched.response, ` for the diff ${diffName}`);
          next = await acceptDiff(await readBody(fetched), fetched.response.headers.get('content-type'), publicKey, current.artifact);
          kind = 'diff';
        } catch (error) {
          diffProblem = failureDetail(error, FETCH_TIMEOUT_MS / 1000);
        }
      }
      if (!next) {
        const fetched = await get(new URL(index.full, base).href);
        if (!fetched.response.ok) throw httpFailure(fetched.response, ' for the list');
        next = await acceptList(await readBody(fetched), fetched.response.headers.get('content-type'), publicKey, current.artifact);
        kind = 'full';
      }
    } else if (index.version < current.artifact.version) {
      throw new ListRejected(`The list address offers version ${index.version}, older than the list in use (${current.artifact.version}).`, 'older');
    }
    if (next) {
      const list = new LoadedList(next, 'Hang Up');
      await listItem().setValue({ artifact: next });
      active = { artifact: next, list, source: 'fetched' };
    }
    await statusItem().setValue({ ...status, etag, lastCheckAt: now, lastSuccessAt: now, failures: 0, lastError: undefined, lastFailure: undefined, lastUpdateKind: kind, lastDiffProblem: diffProblem } as ListStatus);
    return Math.max(wait, next?.minFetchMinutes ?? 0);
  } catch (error) {
    const failures = (status.failures ?? 0) + 1;
    await statusItem().setValue({ ...status, lastCheckAt: now, failures, lastError: failureDetail(error, FETCH_TIMEOUT_MS / 1000), lastFailure: listFailureOf(error) } as ListStatus);
    return retryMinutes(wait, failures);
  }
}

/** Say in the status that no list address is set, so updates are off (the bundled list is used). */
export async function noListAddress(now = Date.now()): Promise<void> {
  const status = (await statusItem().getValue()) ?? { failures: 0 };
  await statusItem().setValue({ ...status, lastCheckAt: now, lastError: 'No list address is set, so the list is not updated.', lastFailure: { kind: 'no-address' } } as ListStatus);
}

/** Forget the loaded list (tests; a worker restart does the same). */
export function resetLoadedList(): void {
  active = undefined;
  loading = undefined;
}
