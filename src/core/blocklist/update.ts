import { type Artifact, ArtifactSchema, contentHashMatches } from './artifact';
import { applyDiff, type Diff, DiffSchema } from './diff';
import { openEnvelope, SignatureError } from './sign';

/*
 * What a client accepts as a new list. Everything fetched is hostile until proven otherwise: an
 * HTML error page, a truncated download, a replayed older list, a list with a valid signature but
 * most of its entries gone (a broken build) are all refused, and the last good list stays.
 */

export class ListRejected extends Error {
  constructor(
    message: string,
    /** "same" is not a failure: the server had nothing newer. */
    readonly kind: 'html' | 'malformed' | 'signature' | 'older' | 'same' | 'drop' | 'diff' = 'malformed',
  ) {
    super(message);
    this.name = 'ListRejected';
  }
}

export interface CurrentList {
  version: number;
  counts: Artifact['counts'];
}

/** A new list may not have fewer than this share of the entries of the one it replaces… */
export const MAX_DROP_SHARE = 0.5;
/** …once the list it replaces has at least this many entries. */
const DROP_CHECK_MIN = 100;

const total = (counts: Artifact['counts']) => counts.hosts + counts.paths + counts.numbers;

function parseJson(body: string, what: string): unknown {
  const trimmed = body.trimStart();
  if (trimmed.startsWith('<')) throw new ListRejected(`The server sent a web page instead of the ${what}.`, 'html');
  try {
    return JSON.parse(body);
  } catch {
    throw new ListRejected(`The ${what} is not complete JSON (${body.length} bytes): a truncated download or a broken file.`, 'malformed');
  }
}

async function signedJson(body: string, contentType: string | null, publicKey: Uint8Array, what: string): Promise<unknown> {
  if (contentType && /text\/html/i.test(contentType)) throw new ListRejected(`The server sent a web page (${contentType}) instead of the ${what}.`, 'html');
  const envelope = parseJson(body, what);
  let signed: string;
  try {
    signed = await openEnvelope(envelope, publicKey);
  } catch (error) {
    throw new ListRejected(error instanceof SignatureError ? error.message : String(error), 'signature');
  }
  return parseJson(signed, what);
}

function checkSuccession(next: Pick<Artifact, 'version' | 'counts'>, current: CurrentList | null): void {
  if (!current) return;
  if (next.version === current.version) throw new ListRejected(`Version ${next.version} is the list already in use.`, 'same');
  if (next.version < current.version) throw new ListRejected(`Version ${next.version} is older than the list in use (${current.version}).`, 'older');
  const before = total(current.counts);
  const after = total(next.counts);
  if (before >= DROP_CHECK_MIN && after < before * MAX_DROP_SHARE) {
    throw new ListRejected(`Version ${next.version} has ${after} entries where the list in use has ${before}: too sharp a drop to trust.`, 'drop');
  }
}

/** A full signed list, checked: signature, schema, content hash, version and size. */
export async function acceptList(body: string, contentType: string | null, publicKey: Uint8Array, current: CurrentList | null): Promise<Artifact> {
  const json = await signedJson(body, contentType, publicKey, 'list');
  const parsed = ArtifactSchema.safeParse(json);
  if (!parsed.success) throw new ListRejected('The signed list does not have the expected fields (a newer format?).', 'malformed');
  const artifact = parsed.data;
  checkSuccession(artifact, current);
  let intact = false;
  try {
    intact = await contentHashMatches(artifact);
  } catch {
    intact = false;
  }
  if (!intact) throw new ListRejected('The entries of the list do not match its signed content hash.', 'malformed');
  return artifact;
}

/** A signed diff applied to the list in use, checked the same way as a full list. */
export async function acceptDiff(body: string, contentType: string | null, publicKey: Uint8Array, current: Artifact): Promise<Artifact> {
  const json = await signedJson(body, contentType, publicKey, 'list update');
  const parsed = DiffSchema.safeParse(json);
  if (!parsed.success) throw new ListRejected('The signed list update does not have the expected fields.', 'malformed');
  const diff: Diff = parsed.data;
  let next: Artifact;
  try {
    next = await applyDiff(current, diff);
  } catch (error) {
    throw new ListRejected(error instanceof Error ? error.message : String(error), 'diff');
  }
  checkSuccession(next, current);
  return next;
}

/** Whether a list is past its expiry date (it is still used, but the person is told). */
export function isExpired(artifact: Pick<Artifact, 'expiresAt'>, now: number): boolean {
  const expires = Date.parse(artifact.expiresAt);
  return Number.isFinite(expires) && expires < now;
}

/** Minutes until the next attempt after `failures` failures in a row: doubling, from the normal wait, up to a day. */
export function retryMinutes(baseMinutes: number, failures: number): number {
  if (failures <= 0) return baseMinutes;
  return Math.min(24 * 60, baseMinutes * 2 ** Math.min(failures, 10));
}

/** The small unsigned file next to the lists that says which is newest and which diffs exist. */
export interface PublishedIndex {
  version: number;
  /** File name of the full signed list, relative to the index. */
  full: string;
  /** Signed diffs to the newest version, by the version they start from. */
  diffs: Record<string, string>;
  minFetchMinutes: number;
}

export function parseIndex(body: string, contentType: string | null): PublishedIndex {
  if (contentType && /text\/html/i.test(contentType)) throw new ListRejected('The server sent a web page instead of the list index.', 'html');
  const json = parseJson(body, 'list index') as Partial<PublishedIndex> | null;
  const name = /^[A-Za-z0-9._-]{1,100}$/;
  if (
    !json ||
    typeof json !== 'object' ||
    !Number.isInteger(json.version) ||
    typeof json.full !== 'string' ||
    !name.test(json.full) ||
    typeof json.diffs !== 'object' ||
    json.diffs === null ||
    !Object.values(json.diffs).every((v) => typeof v === 'string' && name.test(v)) ||
    !Number.isInteger(json.minFetchMinutes)
  ) {
    throw new ListRejected('The list index does not have the expected fields.', 'malformed');
  }
  return json as PublishedIndex;
}
