import { BRANDS, brandsOwning } from '../support/brands';
import { hashHalves } from './artifact';
import { base64ToBytes, bytesToBase64 } from './base64';
import { ListFormatError, type ParsedList, parseThirdPartyList, type ThirdPartyFormat } from './third-party';

/*
 * Third-party lists a person subscribed to, as the worker keeps and asks them. Nobody at Hang Up
 * reviewed these lists, so they are held apart from the signed list: only host names, each
 * meaning "this domain and its subdomains", kept as sorted 64-bit hashes (8 bytes a host, the
 * same hash as the maintained list). A fetched copy replaces the last good one only after the
 * checks below; the caller keeps the last good copy when they throw.
 */

export class SubscriptionRejected extends Error {
  constructor(
    message: string,
    readonly kind: 'html' | 'format' | 'empty' | 'drop' | 'size' = 'format',
  ) {
    super(message);
    this.name = 'SubscriptionRejected';
  }
}

/** A fetched list may not have fewer than this share of the hosts of the copy it replaces… */
export const SUBSCRIPTION_MAX_DROP_SHARE = 0.5;
/** …once that copy has at least this many hosts (a person's own list of five may lose three). */
const DROP_CHECK_MIN = 100;
/** A list of which fewer than this share of entry lines is usable is not the list it claims to be. */
const MIN_USABLE_SHARE = 0.01;
/** Upper bound on the hosts of one subscribed list. */
export const SUBSCRIPTION_MAX_HOSTS = 1_000_000;

/** Parse lines that are no entry at all, so they do not count against a list's usable share. */
const NOT_ENTRIES = new Set(['blank', 'comment']);

/** Sorted 64-bit hashes of host names; a host matches when it or a domain above it is in the set. */
export class HostSet {
  private constructor(
    /** Pairs (high half, low half), sorted. */
    private readonly hashes: Uint32Array,
  ) {}

  static fromHosts(hosts: readonly string[]): HostSet {
    // One BigInt per host sorts natively, much faster than a comparator over pairs.
    const keys = new BigUint64Array(hosts.length);
    hosts.forEach((host, i) => {
      const [h1, h2] = hashHalves(host);
      keys[i] = (BigInt(h1) << 32n) | BigInt(h2);
    });
    keys.sort();
    const hashes = new Uint32Array(keys.length * 2);
    let n = 0;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as bigint;
      if (i > 0 && key === keys[i - 1]) continue;
      hashes[2 * n] = Number(key >> 32n);
      hashes[2 * n + 1] = Number(key & 0xffffffffn);
      n++;
    }
    return new HostSet(hashes.slice(0, 2 * n));
  }

  /** The stored form back; throws when it is damaged (wrong length, not sorted). */
  static decode(encoded: string, count: number): HostSet {
    const bytes = base64ToBytes(encoded);
    if (bytes.byteLength !== count * 8) throw new Error(`the stored list is damaged: ${bytes.byteLength} bytes for ${count} hosts`);
    const aligned = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
    const hashes = new Uint32Array(aligned.buffer, aligned.byteOffset, count * 2);
    for (let i = 1; i < count; i++) {
      const a = hashes[2 * (i - 1)] as number;
      const b = hashes[2 * i] as number;
      if (a > b || (a === b && (hashes[2 * i - 1] as number) >= (hashes[2 * i + 1] as number))) throw new Error('the stored list is damaged: its hosts are out of order');
    }
    return new HostSet(hashes);
  }

  get size(): number {
    return this.hashes.length / 2;
  }

  encode(): string {
    return bytesToBase64(this.hashes);
  }

  private has(h1: number, h2: number): boolean {
    const hashes = this.hashes;
    let lo = 0;
    let hi = hashes.length / 2 - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const a = hashes[2 * mid] as number;
      const b = hashes[2 * mid + 1] as number;
      if (a < h1 || (a === h1 && b < h2)) lo = mid + 1;
      else if (a > h1 || b > h2) hi = mid - 1;
      else return true;
    }
    return false;
  }

  /** The listed domain that covers `host` (lower case, no trailing dot), if any. */
  match(host: string): string | undefined {
    let from = 0;
    while (from < host.length) {
      const [h1, h2] = hashHalves(host, from);
      if (this.has(h1, h2)) return host.slice(from);
      const dot = host.indexOf('.', from);
      // A top-level domain alone is never listed.
      if (dot === -1 || host.indexOf('.', dot + 1) === -1) return undefined;
      from = dot + 1;
    }
    return undefined;
  }
}

/** The host of a web address as the sets are asked (shared with the maintained list and the allowlist). */
export { hostOfAddress } from '../web-host';

export interface AcceptedSubscription {
  set: HostSet;
  /** Genuine brand domains the list named and we dropped (microsoft.com is never listed). */
  refused: number;
  /** Entry lines that were not usable (paths, exceptions, cosmetic rules, IP addresses…). */
  skipped: number;
}

const formatCount = (n: number) => n.toLocaleString('en-US');

let brandNames: { domains: Set<string>; labels: Set<string> } | undefined;

/**
 * Whether a host is a genuine brand's (microsoft.com, amazon.de, …). brandsOwning parses the host
 * with the public-suffix table for every brand, about 25 µs; a host none of whose domains and
 * labels is a brand's is answered from two sets first, so a list of 100,000 hosts takes
 * milliseconds here instead of seconds.
 */
function isBrandHost(host: string): boolean {
  brandNames ??= {
    domains: new Set(BRANDS.flatMap((brand) => brand.domains)),
    labels: new Set(BRANDS.flatMap((brand) => brand.domainLabels ?? [])),
  };
  const { domains, labels } = brandNames;
  let candidate = false;
  for (let from = 0; from < host.length && !candidate; ) {
    const dot = host.indexOf('.', from);
    const end = dot === -1 ? host.length : dot;
    candidate = domains.has(host.slice(from)) || labels.has(host.slice(from, end));
    from = end + 1;
  }
  return candidate && brandsOwning(host).length > 0;
}

interface ParseSummary {
  hosts: string[];
  /** Lines that are entries (not blank, not comments), used or not. */
  entryLines: number;
  refused: number;
  firstProblem: { line: number; text: string; reason: string } | undefined;
}

function rejectWebPage(contentType: string | null): void {
  if (contentType && /text\/html|application\/xhtml/i.test(contentType)) {
    throw new SubscriptionRejected('The address sent a web page, not a list of domain names. It may point to a download or error page instead of the list itself.', 'html');
  }
}

function rejected(error: ListFormatError): SubscriptionRejected {
  return new SubscriptionRejected(error.message, /HTML|XML/.test(error.message) ? 'html' : 'format');
}

function summarise(parsed: ParsedList, lineOffset: number): ParseSummary {
  const skippedEntries = Object.entries(parsed.skipped).reduce((sum, [reason, count]) => sum + (NOT_ENTRIES.has(reason) ? 0 : count), 0);
  const first = parsed.examples[0];
  return { hosts: parsed.hosts, entryLines: parsed.hosts.length + skippedEntries, refused: parsed.refused.length, firstProblem: first && { ...first, line: first.line + lineOffset } };
}

/** The checks on a whole parsed list: not (nearly) empty, not a sharp drop. */
function judgeSummary({ hosts: names, entryLines, refused, firstProblem }: ParseSummary, format: ThirdPartyFormat, previousCount: number | null): AcceptedSubscription {
  const set = HostSet.fromHosts(names);
  const hosts = set.size;
  if (hosts === 0) throw new SubscriptionRejected('The list is empty: it names no domain that could be used.', 'empty');
  if (hosts < entryLines * MIN_USABLE_SHARE) {
    throw new SubscriptionRejected(
      `Only ${formatCount(hosts)} of ${formatCount(entryLines)} entries are domain names that could be used: this does not look like a list in the ${format} format.${firstProblem ? ` First problem, line ${formatCount(firstProblem.line)}: "${firstProblem.text}" (${firstProblem.reason}).` : ''}`,
      'empty',
    );
  }
  if (previousCount !== null && previousCount >= DROP_CHECK_MIN && hosts < previousCount * SUBSCRIPTION_MAX_DROP_SHARE) {
    throw new SubscriptionRejected(`The list now has ${formatCount(hosts)} domains where the copy in use has ${formatCount(previousCount)}: too sharp a drop to trust, so the copy in use stays.`, 'drop');
  }
  return { set, refused, skipped: Math.max(0, entryLines - names.length - refused) };
}

/**
 * A fetched list, checked before it may replace the last good copy: not a web page, a text list
 * in the chosen format with usable entries, not nearly empty, and not a sharp drop from the
 * copy in use (`previousCount`, null for none). Throws SubscriptionRejected saying why in plain words.
 */
export function acceptSubscribedList(body: string, contentType: string | null, format: ThirdPartyFormat, previousCount: number | null): AcceptedSubscription {
  rejectWebPage(contentType);
  let parsed: ParsedList;
  try {
    parsed = parseThirdPartyList(body, format, { isProtected: isBrandHost, maxEntries: SUBSCRIPTION_MAX_HOSTS });
  } catch (error) {
    if (error instanceof ListFormatError) throw rejected(error);
    throw error;
  }
  return judgeSummary(summarise(parsed, 0), format, previousCount);
}

/** Lines parsed between two pauses of acceptSubscribedListInSteps: some tens of milliseconds. */
export const STEP_LINES = 20_000;

/** Entry lines of a block in which the parser found nothing usable (it says so by throwing). */
function roughEntryLines(block: string): number {
  let count = 0;
  for (const raw of block.split('\n')) {
    const line = raw.trim();
    if (line !== '' && !line.startsWith('#') && !line.startsWith('!') && !line.startsWith('[')) count++;
  }
  return count;
}

/**
 * The same checks, STEP_LINES lines at a time with `pause()` between, so that a list of hundreds
 * of thousands of domains does not hold the worker (and the verdicts of open tabs) for seconds.
 */
export async function acceptSubscribedListInSteps(body: string, contentType: string | null, format: ThirdPartyFormat, previousCount: number | null, pause: () => Promise<void>): Promise<AcceptedSubscription> {
  rejectWebPage(contentType);
  const total: ParseSummary = { hosts: [], entryLines: 0, refused: 0, firstProblem: undefined };
  let unusable: ListFormatError | undefined;
  let start = 0;
  let lineOffset = 0;
  while (start < body.length) {
    let end = start;
    let lines = 0;
    while (lines < STEP_LINES && end < body.length) {
      const newline = body.indexOf('\n', end);
      end = newline === -1 ? body.length : newline + 1;
      lines++;
    }
    const block = body.slice(start, end);
    try {
      const part = summarise(parseThirdPartyList(block, format, { isProtected: isBrandHost, maxEntries: Math.max(1, SUBSCRIPTION_MAX_HOSTS - total.hosts.length) }), lineOffset);
      for (const host of part.hosts) total.hosts.push(host);
      total.entryLines += part.entryLines;
      total.refused += part.refused;
      total.firstProblem ??= part.firstProblem;
    } catch (error) {
      if (!(error instanceof ListFormatError)) throw error;
      // A stretch without a usable domain (an adblock list's cosmetic rules) is no reason to
      // refuse the list; a web page, binary data or too many entries anywhere is.
      if (!error.message.startsWith('No usable domain names')) throw rejected(error);
      unusable ??= error;
      total.entryLines += roughEntryLines(block);
    }
    start = end;
    lineOffset += lines;
    if (start < body.length) await pause();
  }
  if (total.hosts.length === 0 && total.refused === 0 && unusable) throw rejected(unusable);
  return judgeSummary(total, format, previousCount);
}
