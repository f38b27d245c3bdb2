import * as z from 'zod/mini';
import { type Artifact, ARTIFACT_FORMAT, ArtifactSchema, buildArtifact, decodeArtifact, type HostRecord, type ListContent, type NumberRecord, type PathRecord } from './artifact';

/*
 * A diff takes one list version to a later one: the records added or changed and the keys
 * removed. It names the content hash of both ends, so a client applies it only to the exact list
 * it was made from and keeps the result only when it hashes to the signed target. On a 30-minute
 * cadence a diff is a few kilobytes where the full list is megabytes.
 */

export const DIFF_FORMAT = 'hangup-list-diff/1';

const Int = z.number().check(z.int(), z.nonnegative());
const Text = z.string().check(z.maxLength(300));

export const DiffSchema = z.object({
  format: z.literal(DIFF_FORMAT),
  from: z.object({ version: Int, contentHash: z.string() }),
  to: z.object({
    version: Int,
    contentHash: z.string(),
    generatedAt: z.string(),
    expiresAt: z.string(),
    minFetchMinutes: Int,
  }),
  hosts: z.object({
    /** [hash half 1, hash half 2, exact (0|1), evidence, expiry day] */
    add: z.array(z.tuple([Int, Int, Int, Text, Int])),
    remove: z.array(z.tuple([Int, Int, Int])),
  }),
  paths: z.object({
    add: z.array(z.tuple([z.string(), z.string(), Text, Int])),
    remove: z.array(z.tuple([z.string(), z.string()])),
  }),
  numbers: z.object({
    add: z.array(z.tuple([z.number(), Text, Int])),
    remove: z.array(z.number()),
  }),
});
export type Diff = z.infer<typeof DiffSchema>;

const hostKey = (h: Pick<HostRecord, 'h1' | 'h2' | 'exact'>) => `${h.h1}:${h.h2}:${h.exact ? 1 : 0}`;
const pathKey = (p: Pick<PathRecord, 'host' | 'path'>) => `${p.host}${p.path}`;

function changes<T>(base: readonly T[], target: readonly T[], key: (r: T) => string | number, same: (a: T, b: T) => boolean) {
  const before = new Map(base.map((r) => [key(r), r]));
  const after = new Map(target.map((r) => [key(r), r]));
  const add = target.filter((r) => {
    const old = before.get(key(r));
    return !old || !same(old, r);
  });
  const remove = base.filter((r) => !after.has(key(r)));
  return { add, remove };
}

export function makeDiff(base: Artifact, target: Artifact): Diff {
  if (target.version <= base.version) throw new Error(`A diff goes from an older version to a newer one (got ${base.version} → ${target.version}).`);
  const a = decodeArtifact(base);
  const b = decodeArtifact(target);
  const sameRecord = (x: { evidence: string; expires: number }, y: { evidence: string; expires: number }) => x.evidence === y.evidence && x.expires === y.expires;
  const hosts = changes(a.hosts, b.hosts, hostKey, sameRecord);
  const paths = changes(a.paths, b.paths, pathKey, sameRecord);
  const numbers = changes(a.numbers, b.numbers, (n) => n.value, sameRecord);
  return {
    format: DIFF_FORMAT,
    from: { version: base.version, contentHash: base.contentHash },
    to: { version: target.version, contentHash: target.contentHash, generatedAt: target.generatedAt, expiresAt: target.expiresAt, minFetchMinutes: target.minFetchMinutes },
    hosts: { add: hosts.add.map((h) => [h.h1, h.h2, h.exact ? 1 : 0, h.evidence, h.expires]), remove: hosts.remove.map((h) => [h.h1, h.h2, h.exact ? 1 : 0]) },
    paths: { add: paths.add.map((p) => [p.host, p.path, p.evidence, p.expires]), remove: paths.remove.map((p) => [p.host, p.path]) },
    numbers: { add: numbers.add.map((n) => [n.value, n.evidence, n.expires]), remove: numbers.remove.map((n) => n.value) },
  };
}

export class DiffError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DiffError';
  }
}

/** The list the diff leads to; throws when the diff is not for this list or its result is not the signed one. */
export async function applyDiff(base: Artifact, diff: Diff): Promise<Artifact> {
  if (diff.from.version !== base.version || diff.from.contentHash !== base.contentHash) {
    throw new DiffError(`The diff is for version ${diff.from.version}, and this list is version ${base.version}.`);
  }
  const content = decodeArtifact(base);
  const removedHosts = new Set(diff.hosts.remove.map(([h1, h2, exact]) => hostKey({ h1, h2, exact: exact === 1 })));
  const removedPaths = new Set(diff.paths.remove.map(([host, path]) => pathKey({ host, path })));
  const removedNumbers = new Set(diff.numbers.remove);
  const next: ListContent = {
    hosts: [...content.hosts.filter((h) => !removedHosts.has(hostKey(h))), ...diff.hosts.add.map(([h1, h2, exact, evidence, expires]) => ({ h1, h2, exact: exact === 1, evidence, expires }))],
    paths: [...content.paths.filter((p) => !removedPaths.has(pathKey(p))), ...diff.paths.add.map(([host, path, evidence, expires]) => ({ host, path, evidence, expires }))],
    numbers: [...content.numbers.filter((n) => !removedNumbers.has(n.value)), ...diff.numbers.add.map(([value, evidence, expires]): NumberRecord => ({ value, evidence, expires }))],
  };
  const { version, generatedAt, expiresAt, minFetchMinutes } = diff.to;
  const result = await buildArtifact(next, { version, generatedAt, expiresAt, minFetchMinutes });
  if (result.contentHash !== diff.to.contentHash) throw new DiffError('The list made from the diff does not match the signed content hash; the full list is needed.');
  return ArtifactSchema.parse({ ...result, format: ARTIFACT_FORMAT });
}
