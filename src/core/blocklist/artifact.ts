import * as z from 'zod/mini';
import { base64ToBytes, bytesToBase64 } from './base64';
import type { HostEntry, NumberEntry } from './source';

/*
 * The compiled list: what is published, fetched, stored and loaded. Host names are stored as
 * 64-bit hashes (two 32-bit FNV-style halves) in one sorted typed array, numbers as a sorted
 * array of their digits, so that a list of a million hosts loads in a few hundred milliseconds
 * and a lookup is a binary search. Evidence strings are kept once, in a table.
 *
 * The content hash covers the entries only (not the version or dates), in a canonical order, so
 * the result of applying a diff can be checked against the signed hash of the list it leads to.
 */

export const ARTIFACT_FORMAT = 'hangup-list/1';

/**
 * Base64 text. Not checked by pattern here: the tables are megabytes, a pattern check of them cost
 * more than half of a list's load time, and the decoder rejects any other character anyway (and
 * LoadedList checks every table's length against the counts).
 */
const Base64 = z.string();

export const ArtifactSchema = z.object({
  format: z.literal(ARTIFACT_FORMAT),
  /** Monotonic: a list is only ever replaced by a higher version. */
  version: z.number().check(z.int(), z.positive()),
  generatedAt: z.string(),
  /** After this the list still works, but the extension says it is out of date. */
  expiresAt: z.string(),
  /** Clients do not ask for a new list more often than this. */
  minFetchMinutes: z.number().check(z.int(), z.minimum(5), z.maximum(7 * 24 * 60)),
  counts: z.object({ hosts: z.number().check(z.int(), z.nonnegative()), paths: z.number().check(z.int(), z.nonnegative()), numbers: z.number().check(z.int(), z.nonnegative()) }),
  evidence: z.array(z.string().check(z.maxLength(300))),
  /** Uint32 pairs (hash halves), sorted; meta: evidence index << 1 | exact; expires: day number or 0. */
  hosts: z.object({ hashes: Base64, meta: Base64, expires: Base64 }),
  paths: z.array(z.object({ host: z.string(), path: z.string(), evidence: z.number().check(z.int(), z.nonnegative()), expires: z.number().check(z.int(), z.nonnegative()) })),
  /** Float64 values of the digits of E.164 numbers, sorted; meta: evidence index; expires as hosts. */
  numbers: z.object({ values: Base64, meta: Base64, expires: Base64 }),
  contentHash: z.string().check(z.regex(/^sha256-[A-Za-z0-9+/]{43}=$/)),
});
export type Artifact = z.infer<typeof ArtifactSchema>;

// --- hashing ------------------------------------------------------------------------------------

/** Both halves of a host's 64-bit hash; `to` is exclusive. */
export function hashHalves(text: string, from = 0, to = text.length): [number, number] {
  let h1 = 0x811c9dc5;
  let h2 = 0x2545f491;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 13;
  }
  return [h1 >>> 0, h2 >>> 0];
}

const DAY_MS = 86_400_000;
/** "2027-01-31" as a day number since 1970 (0 stands for "no expiry"). */
export function dayNumber(date: string | undefined): number {
  return date ? Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS) : 0;
}
export function dayToDate(day: number): string | undefined {
  return day === 0 ? undefined : new Date(day * DAY_MS).toISOString().slice(0, 10);
}

// --- the logical content ------------------------------------------------------------------------

export interface HostRecord {
  h1: number;
  h2: number;
  exact: boolean;
  evidence: string;
  /** Day number, 0 for none. */
  expires: number;
}
export interface PathRecord {
  host: string;
  path: string;
  evidence: string;
  expires: number;
}
export interface NumberRecord {
  /** The digits of the E.164 number, as a number (15 digits fit a double exactly). */
  value: number;
  evidence: string;
  expires: number;
}
export interface ListContent {
  hosts: HostRecord[];
  paths: PathRecord[];
  numbers: NumberRecord[];
}

export function numberValue(e164: string): number {
  return Number(e164.replace(/^\+/, ''));
}

/** The content of a source list, entries that expired before `today` left out. */
export function contentFromSource(hosts: readonly HostEntry[], numbers: readonly NumberEntry[], today: string): ListContent {
  const live = (e: { expires?: string }) => !e.expires || e.expires > today;
  const content: ListContent = { hosts: [], paths: [], numbers: [] };
  for (const entry of hosts.filter(live)) {
    if (entry.kind === 'path') content.paths.push({ host: entry.host, path: entry.path ?? '/', evidence: entry.evidence, expires: dayNumber(entry.expires) });
    else {
      const [h1, h2] = hashHalves(entry.host);
      content.hosts.push({ h1, h2, exact: entry.kind === 'exact', evidence: entry.evidence, expires: dayNumber(entry.expires) });
    }
  }
  for (const entry of numbers.filter(live)) content.numbers.push({ value: numberValue(entry.number), evidence: entry.evidence, expires: dayNumber(entry.expires) });
  return content;
}

const compareHosts = (a: HostRecord, b: HostRecord) => a.h1 - b.h1 || a.h2 - b.h2 || Number(a.exact) - Number(b.exact);

/** The canonical form: sorted, one record per key (the later one wins), evidence in a sorted table. */
function canonical(content: ListContent) {
  const hostByKey = new Map<string, HostRecord>();
  for (const h of content.hosts) hostByKey.set(`${h.h1}:${h.h2}:${h.exact ? 1 : 0}`, h);
  const hosts = [...hostByKey.values()].sort(compareHosts);
  const pathByKey = new Map<string, PathRecord>();
  for (const p of content.paths) pathByKey.set(`${p.host}${p.path}`, p);
  const paths = [...pathByKey.values()].sort((a, b) => (a.host + a.path < b.host + b.path ? -1 : a.host + a.path > b.host + b.path ? 1 : 0));
  const numberByValue = new Map<number, NumberRecord>();
  for (const n of content.numbers) numberByValue.set(n.value, n);
  const numbers = [...numberByValue.values()].sort((a, b) => a.value - b.value);
  const evidence = [...new Set([...hosts.map((h) => h.evidence), ...paths.map((p) => p.evidence), ...numbers.map((n) => n.evidence)])].sort();
  return { hosts, paths, numbers, evidence };
}

type Sections = Pick<Artifact, 'evidence' | 'hosts' | 'paths' | 'numbers' | 'counts'>;

function encodeSections(content: ListContent): Sections {
  const { hosts, paths, numbers, evidence } = canonical(content);
  const index = new Map(evidence.map((text, i) => [text, i]));
  const ev = (text: string) => index.get(text) ?? 0;
  const hashes = new Uint32Array(hosts.length * 2);
  const hostMeta = new Uint32Array(hosts.length);
  const hostExpires = new Uint16Array(hosts.length);
  hosts.forEach((h, i) => {
    hashes[2 * i] = h.h1;
    hashes[2 * i + 1] = h.h2;
    hostMeta[i] = (ev(h.evidence) << 1) | (h.exact ? 1 : 0);
    hostExpires[i] = h.expires;
  });
  const values = new Float64Array(numbers.map((n) => n.value));
  const numberMeta = new Uint32Array(numbers.map((n) => ev(n.evidence)));
  const numberExpires = new Uint16Array(numbers.map((n) => n.expires));
  return {
    counts: { hosts: hosts.length, paths: paths.length, numbers: numbers.length },
    evidence,
    hosts: { hashes: bytesToBase64(hashes), meta: bytesToBase64(hostMeta), expires: bytesToBase64(hostExpires) },
    paths: paths.map((p) => ({ host: p.host, path: p.path, evidence: ev(p.evidence), expires: p.expires })),
    numbers: { values: bytesToBase64(values), meta: bytesToBase64(numberMeta), expires: bytesToBase64(numberExpires) },
  };
}

export async function sha256Base64(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return bytesToBase64(new Uint8Array(digest));
}

async function contentHashOf(sections: Sections): Promise<string> {
  const { counts, evidence, hosts, paths, numbers } = sections;
  return `sha256-${await sha256Base64(JSON.stringify({ counts, evidence, hosts, paths, numbers }))}`;
}

export interface ArtifactMeta {
  version: number;
  generatedAt: string;
  expiresAt: string;
  minFetchMinutes: number;
}

export async function buildArtifact(content: ListContent, meta: ArtifactMeta): Promise<Artifact> {
  const sections = encodeSections(content);
  return { format: ARTIFACT_FORMAT, ...meta, ...sections, contentHash: await contentHashOf(sections) };
}

/** Whether the artifact's entries are what its content hash says. */
export async function contentHashMatches(artifact: Artifact): Promise<boolean> {
  return (await contentHashOf(artifact)) === artifact.contentHash;
}

/** The records of an artifact (for diffs and for `list check`). */
export function decodeArtifact(artifact: Artifact): ListContent {
  const hashes = new Uint32Array(base64ToBytes(artifact.hosts.hashes).buffer);
  const hostMeta = new Uint32Array(base64ToBytes(artifact.hosts.meta).buffer);
  const hostExpires = new Uint16Array(base64ToBytes(artifact.hosts.expires).buffer);
  const values = new Float64Array(base64ToBytes(artifact.numbers.values).buffer);
  const numberMeta = new Uint32Array(base64ToBytes(artifact.numbers.meta).buffer);
  const numberExpires = new Uint16Array(base64ToBytes(artifact.numbers.expires).buffer);
  const ev = (i: number) => artifact.evidence[i] ?? '';
  return {
    hosts: Array.from(hostMeta, (meta, i) => ({ h1: hashes[2 * i] ?? 0, h2: hashes[2 * i + 1] ?? 0, exact: (meta & 1) === 1, evidence: ev(meta >>> 1), expires: hostExpires[i] ?? 0 })),
    paths: artifact.paths.map((p) => ({ host: p.host, path: p.path, evidence: ev(p.evidence), expires: p.expires })),
    numbers: Array.from(values, (value, i) => ({ value, evidence: ev(numberMeta[i] ?? 0), expires: numberExpires[i] ?? 0 })),
  };
}
