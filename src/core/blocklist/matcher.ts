import type { BlocklistLookup } from '../detect/types';
import { type Artifact, hashHalves, numberValue } from './artifact';
import { base64ToBytes } from './base64';
import { webAddress } from '../web-host';

/*
 * Lookups in a loaded list. A host matches an entry for itself or for any domain above it
 * ("a.b.example.com" is covered by "example.com"); the suffixes are hashed in place, so a lookup
 * allocates nothing but the answer. Entries for public suffixes are never built (source.ts), so
 * checking every suffix needs no public-suffix table here. Expired entries do not match.
 */

export interface Listing {
  /** What matched, as a person reads it: "example.com", "=login.example.com", a number. */
  entry: string;
  evidence: string;
  /** Which list said so: "Hang Up" or the name of a list the person subscribed to. */
  list: string;
}

const DAY_MS = 86_400_000;

function typed<T>(text: string, make: (buffer: ArrayBuffer) => T, width: number, count: number, what: string): T {
  const bytes = base64ToBytes(text);
  if (bytes.byteLength !== width * count) throw new Error(`the list is damaged: ${what} has ${bytes.byteLength} bytes, expected ${width * count}`);
  return make(bytes.buffer as ArrayBuffer);
}

export class LoadedList {
  readonly version: number;
  readonly counts: Artifact['counts'];
  private readonly hashes: Uint32Array;
  private readonly hostMeta: Uint32Array;
  private readonly hostExpires: Uint16Array;
  private readonly values: Float64Array;
  private readonly numberMeta: Uint32Array;
  private readonly numberExpires: Uint16Array;
  private readonly paths: Map<string, Array<{ path: string; evidence: number; expires: number }>>;
  private readonly evidence: readonly string[];
  /** Where the records whose first hash half starts with each 16-bit prefix begin (65,537 entries). */
  private readonly buckets: Uint32Array;

  constructor(
    artifact: Artifact,
    readonly name: string,
  ) {
    const { counts } = artifact;
    this.version = artifact.version;
    this.counts = counts;
    this.evidence = artifact.evidence;
    this.hashes = typed(artifact.hosts.hashes, (b) => new Uint32Array(b), 8, counts.hosts, 'the host table');
    this.hostMeta = typed(artifact.hosts.meta, (b) => new Uint32Array(b), 4, counts.hosts, 'the host evidence');
    this.hostExpires = typed(artifact.hosts.expires, (b) => new Uint16Array(b), 2, counts.hosts, 'the host expiry dates');
    this.values = typed(artifact.numbers.values, (b) => new Float64Array(b), 8, counts.numbers, 'the number table');
    this.numberMeta = typed(artifact.numbers.meta, (b) => new Uint32Array(b), 4, counts.numbers, 'the number evidence');
    this.numberExpires = typed(artifact.numbers.expires, (b) => new Uint16Array(b), 2, counts.numbers, 'the number expiry dates');
    // The binary search starts within one 16-bit bucket: about 4 steps instead of 20 on a million
    // hosts, and the first ones are the cache misses.
    this.buckets = new Uint32Array(65_537);
    for (let i = 0, prefix = 0; prefix <= 65_536; prefix++) {
      while (i < counts.hosts && (this.hashes[2 * i] as number) >>> 16 < prefix) i++;
      this.buckets[prefix] = i;
    }
    if (artifact.paths.length !== counts.paths) throw new Error('the list is damaged: the path entries do not match their count');
    this.paths = new Map();
    for (const p of artifact.paths) {
      const list = this.paths.get(p.host) ?? [];
      list.push({ path: p.path, evidence: p.evidence, expires: p.expires });
      this.paths.set(p.host, list);
    }
  }

  private live(expires: number, today: number): boolean {
    return expires === 0 || expires > today;
  }

  /** Index of the first host record with these hash halves, or -1. */
  private findHost(h1: number, h2: number): number {
    const hashes = this.hashes;
    let lo = this.buckets[h1 >>> 16] as number;
    let hi = (this.buckets[(h1 >>> 16) + 1] as number) - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const a = hashes[2 * mid] as number;
      const b = hashes[2 * mid + 1] as number;
      if (a < h1 || (a === h1 && b < h2)) lo = mid + 1;
      else if (a > h1 || b > h2) hi = mid - 1;
      else {
        let first = mid;
        while (first > lo && hashes[2 * (first - 1)] === h1 && hashes[2 * (first - 1) + 1] === h2) first--;
        return first;
      }
    }
    return -1;
  }

  /** The entry covering `host` (lower case, no trailing dot), if any. */
  host(host: string, now = Date.now()): Listing | undefined {
    const today = Math.floor(now / DAY_MS);
    let from = 0;
    while (from < host.length) {
      const [h1, h2] = hashHalves(host, from);
      let i = this.findHost(h1, h2);
      while (i !== -1 && i < this.hostMeta.length && this.hashes[2 * i] === h1 && this.hashes[2 * i + 1] === h2) {
        const meta = this.hostMeta[i] as number;
        const exact = (meta & 1) === 1;
        if ((!exact || from === 0) && this.live(this.hostExpires[i] as number, today)) {
          const name = host.slice(from);
          return { entry: exact ? `=${name}` : name, evidence: this.evidence[meta >>> 1] ?? '', list: this.name };
        }
        i++;
      }
      const dot = host.indexOf('.', from);
      // A top-level domain alone is never listed.
      if (dot === -1 || host.indexOf('.', dot + 1) === -1) break;
      from = dot + 1;
    }
    return undefined;
  }

  /** The entry covering this address: its host, or a listed folder on a shared host. */
  address(url: string, now = Date.now()): Listing | undefined {
    const address = webAddress(url);
    if (!address) return undefined;
    const { host } = address;
    const byHost = this.host(host, now);
    if (byHost) return byHost;
    const folders = this.paths.get(host);
    if (!folders) return undefined;
    const today = Math.floor(now / DAY_MS);
    const path = address.path.endsWith('/') ? address.path : `${address.path}/`;
    const hit = folders.find((f) => path.startsWith(f.path) && this.live(f.expires, today));
    return hit ? { entry: `${host}${hit.path}`, evidence: this.evidence[hit.evidence] ?? '', list: this.name } : undefined;
  }

  /** The listing of an E.164 number, if any. */
  number(e164: string, now = Date.now()): Listing | undefined {
    const value = numberValue(e164);
    const values = this.values;
    let lo = 0;
    let hi = values.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = values[mid] as number;
      if (v < value) lo = mid + 1;
      else if (v > value) hi = mid - 1;
      else {
        if (!this.live(this.numberExpires[mid] as number, Math.floor(now / DAY_MS))) return undefined;
        return { entry: e164, evidence: this.evidence[this.numberMeta[mid] as number] ?? '', list: this.name };
      }
    }
    return undefined;
  }
}

/** Several lists (ours and those a person subscribed to) as the detector asks them. */
export function lookupOf(lists: readonly LoadedList[], now = () => Date.now()): BlocklistLookup {
  const label = (hit: Listing) => (hit.list === 'Hang Up' ? hit.evidence : `${hit.list}: ${hit.evidence}`);
  return {
    address(url) {
      for (const list of lists) {
        const hit = list.address(url, now());
        if (hit) return { entry: hit.entry, evidence: label(hit) };
      }
      return undefined;
    },
    number(e164) {
      for (const list of lists) {
        const hit = list.number(e164, now());
        if (hit) return { evidence: label(hit) };
      }
      return undefined;
    },
  };
}
