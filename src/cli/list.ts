import { existsSync } from 'node:fs';
import { chmod, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { type Artifact, ArtifactSchema, buildArtifact, contentFromSource, contentHashMatches } from '../core/blocklist/artifact';
import { applyDiff, DiffSchema, makeDiff } from '../core/blocklist/diff';
import { LoadedList } from '../core/blocklist/matcher';
import { EnvelopeSchema, generateKeyPair, openEnvelope, parsePublicKey, sign } from '../core/blocklist/sign';
import {
  formatHostsSource,
  formatNumbersSource,
  type HostEntry,
  hostEntryKey,
  isDate,
  isE164,
  MAX_EVIDENCE_CHARS,
  type NumberEntry,
  normaliseHost,
  parseHostEntry,
  parseHostsSource,
  parseNumbersSource,
} from '../core/blocklist/source';
import { detectFormat, parseThirdPartyList, type ThirdPartyFormat } from '../core/blocklist/third-party';
import { brandsOwning } from '../core/support/brands';

/*
 * `hangup keygen` and `hangup list …`: the maintainer's side of the blocklist. Everything here
 * reads and writes the plain source in assets/blocklist/ (hosts.txt, numbers.txt) or the files
 * of a build folder; the signing key is read from wherever the maintainer keeps it, never from
 * the repository.
 */

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export interface Io {
  out(line: string): void;
  /** Today, as YYYY-MM-DD (a parameter so tests can fix it). */
  today(): string;
  now(): number;
}

export const DEFAULT_SOURCE = 'assets/blocklist';
const HOSTS_FILE = 'hosts.txt';
const NUMBERS_FILE = 'numbers.txt';

// --- the source -----------------------------------------------------------------------------

export interface Source {
  dir: string;
  hosts: HostEntry[];
  numbers: NumberEntry[];
}

export async function readSource(dir: string): Promise<Source> {
  if (!existsSync(dir)) throw new CliError(`The list source ${dir} does not exist (expected ${HOSTS_FILE} and ${NUMBERS_FILE} in it).`);
  const read = async (file: string) => (existsSync(path.join(dir, file)) ? readFile(path.join(dir, file), 'utf8') : '');
  return { dir, hosts: parseHostsSource(await read(HOSTS_FILE), path.join(dir, HOSTS_FILE)), numbers: parseNumbersSource(await read(NUMBERS_FILE), path.join(dir, NUMBERS_FILE)) };
}

async function writeSource(source: Source): Promise<void> {
  await writeFile(path.join(source.dir, HOSTS_FILE), formatHostsSource(source.hosts));
  await writeFile(path.join(source.dir, NUMBERS_FILE), formatNumbersSource(source.numbers));
}

/** "+1 (800) 645-3058" → "+18006453058"; null when it is not a possible phone number. */
export function toE164(text: string): string | null {
  const cleaned = text.trim();
  if (isE164(cleaned)) return cleaned;
  if (!cleaned.startsWith('+')) return null;
  const parsed = parsePhoneNumberFromString(cleaned);
  return parsed?.isPossible() ? parsed.number : null;
}

const looksLikeNumber = (text: string) => /^\+?[\d\s().-]+$/.test(text.trim());

/** A host entry from what a maintainer types: a host, "=host", "host/folder/" or a full address. */
function hostEntryFrom(raw: string): Pick<HostEntry, 'kind' | 'host' | 'path'> {
  let text = raw.trim();
  if (/^https?:\/\//i.test(text)) {
    try {
      text = new URL(text).hostname;
    } catch {
      throw new CliError(`${raw} is not a valid address.`);
    }
  }
  const parsed = parseHostEntry(text);
  if ('problem' in parsed) throw new CliError(`${raw} cannot be listed: ${parsed.problem}.`);
  const owners = brandsOwning(parsed.host);
  if (owners.length > 0) throw new CliError(`${parsed.host} belongs to ${owners.map((b) => b.name).join(', ')} (the genuine-support directory): it is never listed.`);
  return parsed;
}

function checkEvidence(evidence: string | undefined): string {
  const text = (evidence ?? '').replace(/[|\r\n]+/g, ' ').trim();
  if (!text) throw new CliError('--evidence is required: a report id (report:…), a public source (an address) or a note.', 2);
  if (text.length > MAX_EVIDENCE_CHARS) throw new CliError(`--evidence is longer than ${MAX_EVIDENCE_CHARS} characters.`, 2);
  return text;
}

function checkExpires(expires: string | undefined, today: string): string | undefined {
  if (expires === undefined) return undefined;
  if (!isDate(expires)) throw new CliError(`--expires ${expires} is not a date (YYYY-MM-DD).`, 2);
  if (expires <= today) throw new CliError(`--expires ${expires} is not in the future.`, 2);
  return expires;
}

export async function listAdd(dir: string, entry: string, options: { evidence?: string; expires?: string }, io: Io): Promise<void> {
  const source = await readSource(dir);
  const evidence = checkEvidence(options.evidence);
  const today = io.today();
  const expires = checkExpires(options.expires, today);
  const dates = { added: today, ...(expires ? { expires } : {}), evidence };
  if (looksLikeNumber(entry)) {
    const number = toE164(entry);
    if (!number) throw new CliError(`${entry} is not a phone number in international form (+ country code, e.g. +18005550123).`);
    if (source.numbers.some((n) => n.number === number)) throw new CliError(`${number} is already listed.`);
    source.numbers.push({ number, ...dates });
    await writeSource(source);
    io.out(`Added ${number} to ${path.join(dir, NUMBERS_FILE)}.`);
    return;
  }
  const parsed = hostEntryFrom(entry);
  const key = hostEntryKey(parsed);
  if (source.hosts.some((h) => hostEntryKey(h) === key)) throw new CliError(`${key} is already listed.`);
  source.hosts.push({ ...parsed, ...dates });
  await writeSource(source);
  io.out(`Added ${key} to ${path.join(dir, HOSTS_FILE)}.`);
}

export async function listRemove(dir: string, entry: string, io: Io): Promise<void> {
  const source = await readSource(dir);
  if (looksLikeNumber(entry)) {
    const number = toE164(entry);
    const before = source.numbers.length;
    source.numbers = source.numbers.filter((n) => n.number !== number);
    if (source.numbers.length === before) throw new CliError(`${entry} is not listed.`);
    await writeSource(source);
    io.out(`Removed ${number}.`);
    return;
  }
  const parsed = parseHostEntry(/^https?:\/\//i.test(entry) ? new URL(entry).hostname : entry);
  const key = 'problem' in parsed ? normaliseHost(entry) : hostEntryKey(parsed);
  const before = source.hosts.length;
  source.hosts = source.hosts.filter((h) => hostEntryKey(h) !== key);
  if (source.hosts.length === before) throw new CliError(`${key} is not listed (entries are removed as they are written, e.g. "=host" for an exact host).`);
  await writeSource(source);
  io.out(`Removed ${key}.`);
}

/** Listed or not, and why. */
export async function listCheck(dir: string, query: string, io: Io): Promise<boolean> {
  const source = await readSource(dir);
  const artifact = await buildArtifact(contentFromSource(source.hosts, source.numbers, io.today()), { version: 1, generatedAt: new Date(io.now()).toISOString(), expiresAt: new Date(io.now()).toISOString(), minFetchMinutes: 30 });
  const list = new LoadedList(artifact, 'Hang Up');
  if (looksLikeNumber(query)) {
    const number = toE164(query);
    if (!number) throw new CliError(`${query} is not a phone number in international form.`);
    const entry = source.numbers.find((n) => n.number === number);
    const live = list.number(number, io.now());
    if (entry && live) io.out(`${number} is listed: ${entry.evidence} (added ${entry.added}${entry.expires ? `, expires ${entry.expires}` : ''}).`);
    else if (entry) io.out(`${number} was listed but expired on ${entry.expires}: ${entry.evidence}.`);
    else io.out(`${number} is not listed.`);
    return Boolean(live);
  }
  const url = /^https?:\/\//i.test(query) ? query : `https://${query}/`;
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    throw new CliError(`${query} is neither an address nor a phone number.`, 2);
  }
  const owners = brandsOwning(host);
  const hit = list.address(url, io.now());
  if (hit) {
    const entry = source.hosts.find((h) => hostEntryKey(h) === hit.entry);
    io.out(`${query} is listed by the entry ${hit.entry}: ${hit.evidence}${entry ? ` (added ${entry.added}${entry.expires ? `, expires ${entry.expires}` : ''})` : ''}.`);
    if (owners.length) io.out(`Warning: ${host} belongs to ${owners.map((b) => b.name).join(', ')}; that entry should not be there.`);
    return true;
  }
  if (owners.length) io.out(`${query} is not listed: ${host} belongs to ${owners.map((b) => b.name).join(', ')} and is never listed.`);
  else io.out(`${query} is not listed.`);
  return false;
}

export async function listImport(dir: string, file: string, options: { format?: string; evidence?: string; expires?: string }, io: Io): Promise<void> {
  if (!existsSync(file)) throw new CliError(`${file} does not exist.`);
  const text = await readFile(file, 'utf8');
  const format = (options.format ?? detectFormat(text)) as ThirdPartyFormat | null;
  if (format !== 'plain' && format !== 'hosts' && format !== 'adblock') throw new CliError('--format must be plain, hosts or adblock (it could not be guessed from the file).', 2);
  const evidence = checkEvidence(options.evidence ?? `imported from ${path.basename(file)} on ${io.today()}`);
  const expires = checkExpires(options.expires, io.today());
  const parsed = (() => {
    try {
      return parseThirdPartyList(text, format, { isProtected: (host) => brandsOwning(host).length > 0 });
    } catch (error) {
      throw new CliError(`${file}: ${(error as Error).message}`);
    }
  })();
  const source = await readSource(dir);
  // Hosts already covered by a listed domain (itself or one above it) add nothing.
  const listedDomains = new Set(source.hosts.filter((h) => h.kind === 'domain').map((h) => h.host));
  const exact = new Set(source.hosts.map(hostEntryKey));
  const covered = (host: string) => {
    for (let at = 0; at !== -1 && at < host.length; at = host.indexOf('.', at) + 1 || -1) if (listedDomains.has(host.slice(at))) return true;
    return false;
  };
  let added = 0;
  let already = 0;
  for (const host of parsed.hosts) {
    if (exact.has(host) || covered(host)) {
      already++;
      continue;
    }
    source.hosts.push({ kind: 'domain', host, added: io.today(), ...(expires ? { expires } : {}), evidence });
    listedDomains.add(host);
    added++;
  }
  await writeSource(source);
  io.out(`Imported ${added} hosts from ${file} (${format}); ${already} were already listed.`);
  if (parsed.refused.length) io.out(`Refused ${parsed.refused.length} genuine brand hosts: ${parsed.refused.slice(0, 10).join(', ')}${parsed.refused.length > 10 ? ', …' : ''}`);
  const skipped = Object.entries(parsed.skipped).filter(([reason]) => reason !== 'comment' && reason !== 'blank');
  if (skipped.length) io.out(`Skipped: ${skipped.map(([reason, n]) => `${n} ${reason}`).join(', ')}.`);
}

// --- building, signing, publishing --------------------------------------------------------------

const LIST_FILE_RE = /^list-(\d+)\.json$/;
const DIFF_FILE_RE = /^diff-(\d+)-(\d+)\.json$/;
export const PUBLISH_DIR = 'publish';

async function builtVersions(out: string): Promise<number[]> {
  if (!existsSync(out)) return [];
  return (await readdir(out))
    .map((name) => LIST_FILE_RE.exec(name)?.[1])
    .filter((v): v is string => v !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
}

async function readArtifactFile(file: string): Promise<Artifact> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new CliError(`${file} is not a readable list: ${(error as Error).message}`);
  }
  const envelope = EnvelopeSchema.safeParse(json);
  if (envelope.success) json = JSON.parse(envelope.data.signed);
  const parsed = ArtifactSchema.safeParse(json);
  if (!parsed.success) throw new CliError(`${file} is not a Hang Up list.`);
  return parsed.data;
}

export interface BuildOptions {
  expiresDays?: number;
  minFetchMinutes?: number;
  /** Diffs are written from this many earlier versions. */
  diffs?: number;
}

/** The version of a list built now: minutes since 1970, and always above the last one. */
export function nextVersion(previous: number | undefined, now: number): number {
  return Math.max((previous ?? 0) + 1, Math.floor(now / 60_000));
}

export async function buildFromSource(source: Source, now: number, today: string, previous: number | undefined, options: BuildOptions = {}): Promise<Artifact> {
  const expiresDays = options.expiresDays ?? 14;
  return buildArtifact(contentFromSource(source.hosts, source.numbers, today), {
    version: nextVersion(previous, now),
    generatedAt: new Date(now).toISOString(),
    expiresAt: new Date(now + expiresDays * 86_400_000).toISOString(),
    minFetchMinutes: options.minFetchMinutes ?? 30,
  });
}

export async function listBuild(dir: string, out: string, options: BuildOptions, io: Io): Promise<Artifact> {
  const source = await readSource(dir);
  await mkdir(out, { recursive: true });
  const versions = await builtVersions(out);
  const artifact = await buildFromSource(source, io.now(), io.today(), versions.at(-1), options);
  await writeFile(path.join(out, `list-${artifact.version}.json`), JSON.stringify(artifact));
  let diffs = 0;
  for (const base of versions.slice(-(options.diffs ?? 10))) {
    const old = await readArtifactFile(path.join(out, `list-${base}.json`));
    await writeFile(path.join(out, `diff-${base}-${artifact.version}.json`), JSON.stringify(makeDiff(old, artifact)));
    diffs++;
  }
  io.out(`Built version ${artifact.version}: ${artifact.counts.hosts} hosts, ${artifact.counts.paths} folders, ${artifact.counts.numbers} numbers; ${diffs} diffs from earlier versions.`);
  io.out(`Next: npx hangup list sign ${out} --key PATH/private.key`);
  return artifact;
}

async function readKeyFile(file: string, what: string): Promise<string> {
  if (!existsSync(file)) throw new CliError(`The ${what} ${file} does not exist.`);
  return readFile(file, 'utf8');
}

/** Sign the newest list and the diffs to it; write publish/ with an index the extension reads. */
export async function listSign(out: string, keyFile: string, publicKeyFile: string, io: Io): Promise<void> {
  const versions = await builtVersions(out);
  const latest = versions.at(-1);
  if (latest === undefined) throw new CliError(`${out} holds no built list (run \`npx hangup list build --out ${out}\` first).`);
  const privateKey = await readKeyFile(keyFile, 'private key');
  const publicKey = parsePublicKey(await readKeyFile(publicKeyFile, 'public key'));
  const publish = path.join(out, PUBLISH_DIR);
  await mkdir(publish, { recursive: true });
  const signFile = async (name: string) => {
    const text = await readFile(path.join(out, name), 'utf8');
    await writeFile(path.join(publish, name), JSON.stringify(await sign(text, privateKey, publicKey)));
  };
  const full = `list-${latest}.json`;
  await signFile(full);
  const diffs: Record<string, string> = {};
  for (const name of await readdir(out)) {
    const match = DIFF_FILE_RE.exec(name);
    if (match && Number(match[2]) === latest) {
      await signFile(name);
      diffs[match[1] ?? ''] = name;
    }
  }
  const artifact = await readArtifactFile(path.join(out, full));
  await writeFile(path.join(publish, 'index.json'), `${JSON.stringify({ version: latest, full, diffs, minFetchMinutes: artifact.minFetchMinutes }, null, 2)}\n`);
  io.out(`Signed version ${latest} and ${Object.keys(diffs).length} diffs into ${publish}/. Publish that folder at the list address.`);
}

/** Every signed file of publish/ checked: signature, fields, content hash, and diffs against their base. */
export async function listVerify(out: string, publicKeyFile: string, io: Io): Promise<boolean> {
  const publicKey = parsePublicKey(await readKeyFile(publicKeyFile, 'public key'));
  const publish = existsSync(path.join(out, 'index.json')) ? out : path.join(out, PUBLISH_DIR);
  if (!existsSync(path.join(publish, 'index.json'))) throw new CliError(`${out} has no signed lists (no index.json).`);
  let ok = true;
  const fail = (line: string) => {
    ok = false;
    io.out(`FAIL ${line}`);
  };
  const index = JSON.parse(await readFile(path.join(publish, 'index.json'), 'utf8')) as { version: number; full: string; diffs: Record<string, string> };
  const opened = async (name: string): Promise<unknown> => {
    const file = path.join(publish, name);
    if (!existsSync(file)) throw new Error('missing');
    return JSON.parse(await openEnvelope(JSON.parse(await readFile(file, 'utf8')), publicKey));
  };
  let full: Artifact | undefined;
  try {
    const parsed = ArtifactSchema.safeParse(await opened(index.full));
    if (!parsed.success) fail(`${index.full}: not a list`);
    else if (!(await contentHashMatches(parsed.data))) fail(`${index.full}: entries do not match the content hash`);
    else if (parsed.data.version !== index.version) fail(`${index.full}: version ${parsed.data.version}, the index says ${index.version}`);
    else {
      full = parsed.data;
      io.out(`ok   ${index.full}: version ${full.version}, ${full.counts.hosts} hosts, ${full.counts.paths} folders, ${full.counts.numbers} numbers, expires ${full.expiresAt}`);
    }
  } catch (error) {
    fail(`${index.full}: ${(error as Error).message}`);
  }
  for (const [from, name] of Object.entries(index.diffs)) {
    try {
      const diff = DiffSchema.parse(await opened(name));
      const baseFile = path.join(out, `list-${from}.json`);
      if (full && existsSync(baseFile)) {
        const result = await applyDiff(await readArtifactFile(baseFile), diff);
        if (result.contentHash !== full.contentHash) fail(`${name}: does not lead to the full list`);
        else io.out(`ok   ${name}: ${from} → ${diff.to.version}, applied and checked`);
      } else io.out(`ok   ${name}: signature and fields (base list not here to apply it)`);
    } catch (error) {
      fail(`${name}: ${(error as Error).message}`);
    }
  }
  return ok;
}

/** What changed between two lists: source folders (by entry) or built/signed list files (by count). */
export async function listDiff(a: string, b: string, io: Io): Promise<void> {
  const isDir = (p: string) => existsSync(path.join(p, HOSTS_FILE)) || existsSync(path.join(p, NUMBERS_FILE));
  if (isDir(a) && isDir(b)) {
    const [x, y] = [await readSource(a), await readSource(b)];
    const keys = (s: Source) => new Map<string, string>([...s.hosts.map((h): [string, string] => [hostEntryKey(h), h.evidence]), ...s.numbers.map((n): [string, string] => [n.number, n.evidence])]);
    const [kx, ky] = [keys(x), keys(y)];
    const added = [...ky].filter(([k]) => !kx.has(k));
    const removed = [...kx].filter(([k]) => !ky.has(k));
    const changed = [...ky].filter(([k, e]) => kx.has(k) && kx.get(k) !== e);
    for (const [k, e] of added) io.out(`+ ${k} | ${e}`);
    for (const [k, e] of removed) io.out(`- ${k} | ${e}`);
    for (const [k, e] of changed) io.out(`~ ${k} | ${e}`);
    io.out(`${added.length} added, ${removed.length} removed, ${changed.length} with new evidence.`);
    return;
  }
  const [x, y] = [await readArtifactFile(a), await readArtifactFile(b)];
  const [older, newer] = x.version <= y.version ? [x, y] : [y, x];
  if (older.version === newer.version) {
    io.out(older.contentHash === newer.contentHash ? `Both are version ${older.version}, with the same entries.` : `Both say version ${older.version} but their entries differ.`);
    return;
  }
  const diff = makeDiff(older, newer);
  io.out(`Version ${older.version} → ${newer.version}:`);
  io.out(`  hosts:   +${diff.hosts.add.length} -${diff.hosts.remove.length} (stored as hashes; diff the source folders to see names)`);
  io.out(`  folders: +${diff.paths.add.length} -${diff.paths.remove.length}`);
  for (const [host, p] of diff.paths.add) io.out(`    + ${host}${p}`);
  for (const [host, p] of diff.paths.remove) io.out(`    - ${host}${p}`);
  io.out(`  numbers: +${diff.numbers.add.length} -${diff.numbers.remove.length}`);
  for (const [n, e] of diff.numbers.add) io.out(`    + +${n} | ${e}`);
  for (const n of diff.numbers.remove) io.out(`    - +${n}`);
  io.out(`  diff size: ${JSON.stringify(diff).length} bytes (full list ${JSON.stringify(newer).length} bytes)`);
}

export async function listStats(dir: string, io: Io): Promise<void> {
  const source = await readSource(dir);
  const today = io.today();
  const soon = new Date(Date.parse(`${today}T00:00:00Z`) + 30 * 86_400_000).toISOString().slice(0, 10);
  const all = [...source.hosts, ...source.numbers];
  const count = (kind: HostEntry['kind']) => source.hosts.filter((h) => h.kind === kind).length;
  const evidenceKind = (e: string) => (e.startsWith('report:') ? 'reports' : /^https?:\/\//.test(e) ? 'public sources' : 'notes');
  const byEvidence = new Map<string, number>();
  for (const e of all) byEvidence.set(evidenceKind(e.evidence), (byEvidence.get(evidenceKind(e.evidence)) ?? 0) + 1);
  const dates = all.map((e) => e.added).sort();
  io.out(`${source.dir}: ${source.hosts.length} host entries (${count('domain')} domains, ${count('exact')} exact hosts, ${count('path')} folders), ${source.numbers.length} numbers.`);
  io.out(`Evidence: ${[...byEvidence].map(([k, n]) => `${n} ${k}`).join(', ') || 'none'}.`);
  io.out(`Expired (left out of builds): ${all.filter((e) => e.expires && e.expires <= today).length}; expiring within 30 days: ${all.filter((e) => e.expires && e.expires > today && e.expires <= soon).length}.`);
  if (dates.length) io.out(`Added between ${dates[0]} and ${dates.at(-1)}.`);
}

export async function keygen(out: string, repoRoot: string, io: Io): Promise<void> {
  const resolved = path.resolve(out);
  const relative = path.relative(repoRoot, resolved);
  if (!relative.startsWith('..') && !path.isAbsolute(relative)) {
    throw new CliError(`${out} is inside the repository (${repoRoot}): the private key must never enter it. Choose a folder outside, e.g. ~/.config/hangup.`);
  }
  if (existsSync(path.join(resolved, 'private.key'))) throw new CliError(`${path.join(resolved, 'private.key')} exists already; it is not overwritten.`);
  await mkdir(resolved, { recursive: true });
  const pair = await generateKeyPair();
  await writeFile(path.join(resolved, 'private.key'), pair.privateKey, { mode: 0o600 });
  await chmod(path.join(resolved, 'private.key'), 0o600);
  await writeFile(path.join(resolved, 'public.key'), pair.publicKey);
  io.out(`Wrote ${path.join(resolved, 'private.key')} (keep it secret and backed up) and ${path.join(resolved, 'public.key')} (key id ${pair.keyId}).`);
  io.out(`The extension trusts the key in assets/blocklist/public.key: copy public.key there to make this the release key.`);
}
