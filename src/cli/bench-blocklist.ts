import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type Artifact, ArtifactSchema, buildArtifact, contentFromSource, contentHashMatches } from '../core/blocklist/artifact';
import { LoadedList } from '../core/blocklist/matcher';
import { generateKeyPair, openEnvelope, parsePublicKey, sign } from '../core/blocklist/sign';
import { type HostEntry, parseHostsSource, parseNumbersSource } from '../core/blocklist/source';
import { parseThirdPartyList } from '../core/blocklist/third-party';
import { percentile } from './eval-summary';
import { buildFromSource } from './list';
import { prng } from './prng';

/*
 * The blocklist part of `npm run bench` (also runs alone: `npx tsx src/cli/bench-blocklist.ts
 * [--hosts N] [--numbers N]`). A synthetic maintained list of a million hosts and a hundred
 * thousand numbers, made deterministically from a seeded generator, goes the whole way: source
 * text parsed, artifact built, stored JSON loaded as the worker loads it, content hash and
 * signature checked as a fetched list is, lookups timed in batches, and the heap the loaded list
 * keeps. It all runs in child processes with an explicit garbage collector (this file again). The
 * real third-party list in ../shared/lists is imported too, when it is there.
 *
 * Targets (reported, not asserted): a lookup ≤ 1 µs, loading ≤ 300 ms, the loaded list ≤ 64 MB.
 */

export interface Metric {
  value: number | null;
  unit: string;
}
export type Metrics = Record<string, Metric>;

export interface BlocklistBenchOptions {
  hosts?: number;
  numbers?: number;
}

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const THIS_FILE = fileURLToPath(import.meta.url);
const JARELLLAMA = path.resolve(REPO_ROOT, '../shared/lists/jarelllama-scam-blocklist/scams_light.txt');

const LOAD_RUNS = 7;
const VERIFY_RUNS = 5;
const IMPORT_RUNS = 5;
const LOOKUP_BATCH = 10_000;
const LOOKUP_BATCHES = 100;
/** Share of host entries that are "=host" (that host only) rather than a domain and its subdomains. */
const EXACT_SHARE = 0.04;
/** Folder entries on shared hosting, on top of the host entries. */
const PATH_ENTRIES = 2000;
/** Share of entries with their own evidence (a report id); the others share a few hundred sources. */
const OWN_EVIDENCE_SHARE = 0.05;
const SHARED_EVIDENCE = 300;
const EXPIRING_SHARE = 0.15;

/** `value` to `digits` decimals, for a metric; null stays null. Shared by every part of the bench. */
export const round = (value: number | null, digits = 2) => (value === null ? null : Math.round(value * 10 ** digits) / 10 ** digits);
const median = (values: readonly number[]) => percentile(values, 50);
const MB = 1e6;

// --- a synthetic list -----------------------------------------------------------------------

/** Suffixes weighted roughly as on scam lists: mostly .com, then cheap new gTLDs and a few ccTLDs. */
const SUFFIXES: ReadonlyArray<[string, number]> = [
  ['com', 38],
  ['net', 8],
  ['org', 6],
  ['xyz', 7],
  ['online', 5],
  ['shop', 5],
  ['top', 5],
  ['site', 4],
  ['info', 4],
  ['store', 3],
  ['co.uk', 3],
  ['live', 2],
  ['click', 2],
  ['io', 2],
  ['com.au', 1],
  ['de', 1],
  ['in', 1],
  ['us', 1],
  ['co', 1],
  ['support', 1],
];
const SUFFIX_TABLE = SUFFIXES.flatMap(([suffix, weight]) => Array<string>(weight).fill(suffix));
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';
const SUBDOMAINS = ['www', 'login', 'secure', 'support', 'help', 'account', 'm', 'app', 'mail', 'portal', 'verify', 'cdn'];
const PATHS = ['/', '/index.html', '/support/', '/alert?id=8841', '/win/defender.html', '/login', '/a/b/c.php?x=1', '/#/error'];

class Synth {
  private readonly random: () => number;
  constructor(seed: number) {
    this.random = prng(seed);
  }
  int(n: number): number {
    return Math.floor(this.random() * n);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)] as T;
  }
  chance(p: number): boolean {
    return this.random() < p;
  }
  /** 5 to 20 characters: letters, some digits, now and then a hyphen inside. */
  label(): string {
    const length = 5 + this.int(16);
    let text = '';
    for (let i = 0; i < length; i++) {
      if (i > 0 && i < length - 1 && text.at(-1) !== '-' && this.chance(0.04)) text += '-';
      else text += this.chance(0.12) ? this.pick(DIGITS.split('')) : LETTERS[this.int(26)];
    }
    return text;
  }
  domain(): string {
    return `${this.label()}.${this.pick(SUFFIX_TABLE)}`;
  }
  date(fromYear: number, years: number): string {
    const day = Date.UTC(fromYear, 0, 1) + this.int(years * 365) * 86_400_000;
    return new Date(day).toISOString().slice(0, 10);
  }
  /** E.164 numbers in the +1 (NANP, toll-free heavy) and +44 ranges. */
  number(): string {
    if (this.chance(0.7)) {
      const area = this.chance(0.5) ? this.pick(['800', '833', '844', '855', '866', '877', '888']) : `${2 + this.int(8)}${this.int(10)}${this.int(10)}`;
      return `+1${area}${2 + this.int(8)}${String(this.int(1_000_000)).padStart(6, '0')}`;
    }
    return this.chance(0.6) ? `+447${String(this.int(1e9)).padStart(9, '0')}` : `+44${this.pick(['20', '161', '800', '808'])}${String(this.int(1e7)).padStart(7, '0')}`;
  }
}

interface SyntheticList {
  hostsText: string;
  numbersText: string;
  /** Listed registrable domains (kind "domain"). */
  domains: string[];
  /** Listed "=host" entries. */
  exactHosts: string[];
  numbers: string[];
  taken: Set<string>;
  synth: Synth;
}

function syntheticList(hostCount: number, numberCount: number): SyntheticList {
  const synth = new Synth(0x4a6e6755);
  const evidencePool = Array.from({ length: SHARED_EVIDENCE }, (_, i) =>
    i % 3 === 0 ? `imported from feed-${i}.txt on ${synth.date(2025, 2)}` : i % 3 === 1 ? `https://reports.example-${i}.org/scams/${synth.label()}` : `seen on a live scam page (batch ${i})`,
  );
  const evidence = () => (synth.chance(OWN_EVIDENCE_SHARE) ? `report:${synth.label()}${synth.int(1e6)}` : synth.pick(evidencePool));
  const dates = () => {
    const added = synth.date(2025, 2);
    return synth.chance(EXPIRING_SHARE) ? { added, expires: synth.date(2030, 2) } : { added, expires: '' };
  };
  const taken = new Set<string>();
  const domains: string[] = [];
  const exactHosts: string[] = [];
  const hostLines: string[] = ['# synthetic list for npm run bench'];
  while (domains.length + exactHosts.length < hostCount) {
    const domain = synth.domain();
    if (taken.has(domain)) continue;
    taken.add(domain);
    const { added, expires } = dates();
    if (synth.chance(EXACT_SHARE)) {
      const host = `${synth.pick(SUBDOMAINS)}.${domain}`;
      exactHosts.push(host);
      hostLines.push(`=${host} | ${added} | ${expires} | ${evidence()}`);
    } else {
      domains.push(domain);
      hostLines.push(`${domain} | ${added} | ${expires} | ${evidence()}`);
    }
  }
  const sharedHosts = ['storage.googleapis.com', 'sites.google.com', 'firebasestorage.googleapis.com', 'docs.google.com', 'drive.google.com'];
  const folders = new Set<string>();
  while (folders.size < PATH_ENTRIES) folders.add(`${synth.pick(sharedHosts)}/${synth.label()}/`);
  for (const folder of folders) {
    const { added, expires } = dates();
    hostLines.push(`${folder} | ${added} | ${expires} | ${evidence()}`);
  }
  const numberSet = new Set<string>();
  while (numberSet.size < numberCount) numberSet.add(synth.number());
  const numbers = [...numberSet];
  const numberLines = numbers.map((n) => {
    const { added, expires } = dates();
    return `${n} | ${added} | ${expires} | ${evidence()}`;
  });
  return { hostsText: `${hostLines.join('\n')}\n`, numbersText: `${numberLines.join('\n')}\n`, domains, exactHosts, numbers, taken, synth };
}

/** Half listed (the listed host itself, or a subdomain of a listed domain), half not listed. */
function lookupUrls(list: SyntheticList, count: number): { urls: string[]; listed: number } {
  const { synth } = list;
  const urls: string[] = [];
  let listed = 0;
  const unlisted = () => {
    let domain = synth.domain();
    while (list.taken.has(domain)) domain = synth.domain();
    return domain;
  };
  for (let i = 0; i < count; i++) {
    const path = synth.pick(PATHS);
    const kind = i % 4;
    if (kind === 0) {
      listed++;
      urls.push(synth.chance(0.9) ? `https://${synth.pick(list.domains)}${path}` : `https://${synth.pick(list.exactHosts)}${path}`);
    } else if (kind === 1) {
      listed++;
      const sub = synth.chance(0.3) ? `${synth.label()}.${synth.pick(SUBDOMAINS)}` : synth.pick(SUBDOMAINS);
      urls.push(`https://${sub}.${synth.pick(list.domains)}${path}`);
    } else {
      const host = synth.chance(0.5) ? `www.${unlisted()}` : synth.chance(0.5) ? unlisted() : `${synth.pick(SUBDOMAINS)}.${synth.label()}.${unlisted()}`;
      urls.push(`https://${host}${path}`);
    }
  }
  // Shuffled, so that branch prediction does not learn the pattern.
  for (let i = urls.length - 1; i > 0; i--) {
    const j = synth.int(i + 1);
    [urls[i], urls[j]] = [urls[j] as string, urls[i] as string];
  }
  return { urls, listed };
}

function lookupNumbers(list: SyntheticList, count: number): { numbers: string[]; listed: number } {
  const { synth } = list;
  const listedSet = new Set(list.numbers);
  const numbers: string[] = [];
  let listed = 0;
  for (let i = 0; i < count; i++) {
    if (i % 2 === 0) {
      numbers.push(synth.pick(list.numbers));
      listed++;
    } else {
      let n = synth.number();
      while (listedSet.has(n)) n = synth.number();
      numbers.push(n);
    }
  }
  return { numbers, listed };
}

// --- processes and timing --------------------------------------------------------------------

type Collect = () => void;
const RESULT = 'BLOCKLIST-BENCH-RESULT ';

/**
 * This file again, in a fresh Node with an explicit collector: every line it prints goes to
 * `line`; the one starting with RESULT is its answer.
 */
async function runSelf(args: readonly string[], line: (text: string) => void): Promise<string> {
  const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', THIS_FILE, ...args], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let result: string | undefined;
  let err = '';
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const lines = createInterface({ input: child.stdout });
  lines.on('line', (text) => {
    if (text.startsWith(RESULT)) result = text.slice(RESULT.length);
    else line(text);
  });
  const [code] = await Promise.all([
    new Promise<number | null>((resolve, reject) => {
      child.on('error', reject);
      child.on('close', resolve);
    }),
    once(lines, 'close'),
  ]);
  if (code !== 0 || result === undefined) throw new Error(`${path.basename(THIS_FILE)} ${args.join(' ')} failed (exit ${code}): ${err.trim().split('\n').slice(-5).join('\n')}`);
  return result;
}

async function timed<T>(run: () => T | Promise<T>): Promise<{ ms: number; result: T }> {
  const started = performance.now();
  const result = await run();
  return { ms: performance.now() - started, result };
}

/** ns per call, median of batches of LOOKUP_BATCH calls, after one unmeasured pass. */
function batchedNs(inputs: readonly string[], call: (input: string) => unknown): { nsMedian: number; hits: number } {
  let hits = 0;
  for (const input of inputs) if (call(input)) hits++; // warm-up, and the hit count
  const perCall: number[] = [];
  let at = 0;
  let sink = 0;
  for (let b = 0; b < LOOKUP_BATCHES; b++) {
    const started = performance.now();
    for (let i = 0; i < LOOKUP_BATCH; i++) {
      if (call(inputs[at] as string)) sink++;
      at = at + 1 === inputs.length ? 0 : at + 1;
    }
    perCall.push(((performance.now() - started) * 1e6) / LOOKUP_BATCH);
  }
  if (sink < 0) console.log(sink); // keeps the calls observable
  return { nsMedian: median(perCall) ?? 0, hits };
}

// --- retained heap, in a process of its own ------------------------------------------------

interface HeapReport {
  baseline: number;
  withArtifact: number;
  listOnly: number;
}

/** In a fresh process: the heap (plus array buffers) a loaded list keeps, after full collections. */
async function heapChild(file: string, gc: Collect): Promise<HeapReport> {
  const settle = async () => {
    for (let i = 0; i < 4; i++) {
      gc();
      await new Promise((resolve) => setImmediate(resolve));
    }
    const usage = process.memoryUsage();
    return usage.heapUsed + usage.arrayBuffers;
  };
  // One tiny list through the same code first, so lazily made code and schema state are in the baseline.
  const tiny = await buildArtifact(contentFromSource([{ kind: 'domain', host: 'example.com', added: '2026-01-01', evidence: 'x' }], [{ number: '+18005550123', added: '2026-01-01', evidence: 'x' }], '2026-01-02'), {
    version: 1,
    generatedAt: '',
    expiresAt: '',
    minFetchMinutes: 30,
  });
  new LoadedList(ArtifactSchema.parse(JSON.parse(JSON.stringify(tiny))), 'warm-up').address('https://www.example.com/');
  const holder: { list?: LoadedList; artifact?: Artifact } = {};
  const baseline = await settle();
  // Synchronous, so that no suspended async frame keeps the file text alive.
  const loadInto = (into: typeof holder) => {
    into.artifact = ArtifactSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
    into.list = new LoadedList(into.artifact, 'Hang Up');
  };
  loadInto(holder);
  const withArtifact = await settle();
  delete holder.artifact;
  const listOnly = await settle();
  if (holder.list?.host('never-listed.example')) throw new Error('a host that is not listed matched');
  return { baseline, withArtifact, listOnly };
}

async function measureHeap(artifactText: string): Promise<HeapReport> {
  const dir = await mkdtemp(path.join(tmpdir(), 'hangup-bench-'));
  try {
    const file = path.join(dir, 'list.json');
    await writeFile(file, artifactText);
    return JSON.parse(await runSelf(['--heap-child', file], (line) => console.log(line))) as HeapReport;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

// --- the benchmark --------------------------------------------------------------------------

interface PreparedList {
  artifactText: string;
  counts: Artifact['counts'];
  exactHosts: number;
  evidence: number;
  sourceMB: number;
  sourceParseMs: number;
  buildMs: number;
  urls: ReturnType<typeof lookupUrls>;
  numbers: ReturnType<typeof lookupNumbers>;
}

/**
 * Source text → entries → artifact, as `hangup list build` does, and the lookup mixes. Only the
 * artifact text and the mixes outlive this function: the million source entries are collected
 * before anything else is timed.
 */
async function prepareList(hostCount: number, numberCount: number, log: (line: string) => void): Promise<PreparedList> {
  const synthetic = syntheticList(hostCount, numberCount);
  const hostsParse = await timed(() => parseHostsSource(synthetic.hostsText));
  const numbersParse = await timed(() => parseNumbersSource(synthetic.numbersText));
  const sourceMB = (synthetic.hostsText.length + synthetic.numbersText.length) / MB;
  log(`  source parsed: hosts.txt ${hostsParse.ms.toFixed(0)} ms, numbers.txt ${numbersParse.ms.toFixed(0)} ms (${sourceMB.toFixed(1)} MB)`);
  const now = Date.now();
  const build = await timed(() => buildFromSource({ dir: 'bench', hosts: hostsParse.result, numbers: numbersParse.result }, now, new Date(now).toISOString().slice(0, 10), undefined));
  const artifact = build.result;
  if (artifact.counts.hosts !== hostCount || artifact.counts.numbers !== numberCount) throw new Error(`the synthetic list built to ${JSON.stringify(artifact.counts)}`);
  const artifactText = JSON.stringify(artifact);
  log(`  artifact built in ${build.ms.toFixed(0)} ms: ${(artifactText.length / MB).toFixed(1)} MB, ${artifact.evidence.length} evidence strings`);
  return {
    artifactText,
    counts: artifact.counts,
    exactHosts: synthetic.exactHosts.length,
    evidence: artifact.evidence.length,
    sourceMB,
    sourceParseMs: hostsParse.ms + numbersParse.ms,
    buildMs: build.ms,
    urls: lookupUrls(synthetic, 100_000),
    numbers: lookupNumbers(synthetic, 100_000),
  };
}

async function benchImport(log: (line: string) => void, gc: Collect): Promise<Metrics> {
  if (!existsSync(JARELLLAMA)) {
    log(`  ${path.relative(REPO_ROOT, JARELLLAMA)} is not there: import not timed`);
    return { 'blocklist.importJarelllamaMs': { value: null, unit: 'ms, jarelllama scams_light.txt (file absent)' } };
  }
  const text = await readFile(JARELLLAMA, 'utf8');
  const today = new Date().toISOString().slice(0, 10);
  const runs: number[] = [];
  let hosts = 0;
  for (let i = 0; i < IMPORT_RUNS; i++) {
    gc();
    const { ms } = await timed(async () => {
      const parsed = parseThirdPartyList(text, 'plain');
      const entries: HostEntry[] = parsed.hosts.map((host) => ({ kind: 'domain', host, added: today, evidence: 'imported from scams_light.txt' }));
      const artifact = await buildArtifact(contentFromSource(entries, [], today), { version: 1, generatedAt: new Date().toISOString(), expiresAt: new Date().toISOString(), minFetchMinutes: 30 });
      hosts = artifact.counts.hosts;
    });
    runs.push(ms);
  }
  log(`  jarelllama scams_light.txt: ${hosts} hosts imported in ${median(runs)?.toFixed(0)} ms`);
  return {
    'blocklist.importJarelllamaMs': {
      value: round(median(runs), 1),
      unit: `ms, jarelllama scams_light.txt (${(text.length / MB).toFixed(2)} MB, ${hosts} hosts): parseThirdPartyList(plain) + contentFromSource + buildArtifact, median of ${IMPORT_RUNS}`,
    },
  };
}

/** The benchmark proper, in a process started with --expose-gc. */
async function runBench(log: (line: string) => void, options: BlocklistBenchOptions, gc: Collect): Promise<Metrics> {
  const hostCount = options.hosts ?? 1_000_000;
  const numberCount = options.numbers ?? 100_000;
  const started = performance.now();
  log(`Blocklist: a synthetic list of ${hostCount.toLocaleString('en')} hosts, ${numberCount.toLocaleString('en')} numbers…`);
  const prepared = await prepareList(hostCount, numberCount, log);
  const { artifactText, counts } = prepared;

  // Stored JSON → ready list, as the worker does when it starts. Each run starts from a collected
  // heap, as a fresh worker does; the first run is also the first time this code runs.
  const load = { json: [] as number[], schema: [] as number[], list: [] as number[], total: [] as number[] };
  let list: LoadedList | undefined;
  let parsedArtifact: Artifact | undefined;
  for (let i = 0; i < LOAD_RUNS; i++) {
    list = undefined;
    parsedArtifact = undefined;
    gc();
    const t0 = performance.now();
    const json: unknown = JSON.parse(artifactText);
    const t1 = performance.now();
    parsedArtifact = ArtifactSchema.parse(json);
    const t2 = performance.now();
    list = new LoadedList(parsedArtifact, 'Hang Up');
    const t3 = performance.now();
    load.json.push(t1 - t0);
    load.schema.push(t2 - t1);
    load.list.push(t3 - t2);
    load.total.push(t3 - t0);
  }
  if (!list || !parsedArtifact) throw new Error('no list loaded');
  const first = (times: number[]) => times[0]?.toFixed(0);
  log(`  load: first ${first(load.total)} ms (JSON.parse ${first(load.json)}, schema ${first(load.schema)}, LoadedList ${first(load.list)}), median ${median(load.total)?.toFixed(0)} ms (JSON.parse ${median(load.json)?.toFixed(0)}, schema ${median(load.schema)?.toFixed(0)}, LoadedList ${median(load.list)?.toFixed(0)})`);

  // The checks made when a fetched list is accepted.
  const hashRuns: number[] = [];
  for (let i = 0; i < VERIFY_RUNS; i++) {
    gc();
    const { ms, result } = await timed(() => contentHashMatches(parsedArtifact));
    if (!result) throw new Error('the content hash of the synthetic list does not match');
    hashRuns.push(ms);
  }
  const keys = await generateKeyPair();
  const publicKey = parsePublicKey(keys.publicKey);
  const envelope: unknown = JSON.parse(JSON.stringify(await sign(artifactText, keys.privateKey, publicKey)));
  const signatureRuns: number[] = [];
  for (let i = 0; i < VERIFY_RUNS; i++) {
    gc();
    const { ms, result } = await timed(() => openEnvelope(envelope, publicKey));
    if (result.length !== artifactText.length) throw new Error('openEnvelope gave back other text');
    signatureRuns.push(ms);
  }
  log(`  content hash ${median(hashRuns)?.toFixed(0)} ms, signature ${median(signatureRuns)?.toFixed(0)} ms`);

  // Lookups.
  const loaded = list;
  const { urls, listed } = prepared.urls;
  gc();
  const address = batchedNs(urls, (url) => loaded.address(url));
  if (address.hits < listed) throw new Error(`only ${address.hits} of ${listed} listed addresses matched`);
  const hostnames = urls.map((url) => new URL(url).hostname);
  const hostOnly = batchedNs(hostnames, (host) => loaded.host(host));
  const urlOnly = batchedNs(urls, (url) => new URL(url).hostname);
  const numberMix = prepared.numbers;
  const number = batchedNs(numberMix.numbers, (n) => loaded.number(n));
  if (number.hits !== numberMix.listed) throw new Error(`${number.hits} numbers matched, ${numberMix.listed} are listed`);
  log(`  lookups: address ${address.nsMedian.toFixed(0)} ns (new URL alone ${urlOnly.nsMedian.toFixed(0)} ns, host() alone ${hostOnly.nsMedian.toFixed(0)} ns), number ${number.nsMedian.toFixed(0)} ns`);

  log('  measuring the retained heap in a fresh process…');
  const heap = await measureHeap(artifactText);
  log(`  heap: list ${((heap.listOnly - heap.baseline) / MB).toFixed(1)} MB, list + artifact ${((heap.withArtifact - heap.baseline) / MB).toFixed(1)} MB`);

  const imported = await benchImport(log, gc);
  log(`  blocklist bench took ${((performance.now() - started) / 1000).toFixed(0)} s`);

  const described = `${counts.hosts} hosts (${prepared.exactHosts} of them "=host"), ${counts.paths} folders, ${counts.numbers} numbers`;
  return {
    'blocklist.sourceParseMs': { value: round(prepared.sourceParseMs, 0), unit: `ms, parseHostsSource + parseNumbersSource of ${prepared.sourceMB.toFixed(1)} MB of source text (${described}), one run` },
    'blocklist.buildMs': { value: round(prepared.buildMs, 0), unit: 'ms, buildFromSource (contentFromSource + buildArtifact) on the parsed entries, one run' },
    'blocklist.artifactMB': { value: round(artifactText.length / MB, 2), unit: `MB (10^6 bytes), JSON.stringify(artifact), ${prepared.evidence} evidence strings` },
    'blocklist.loadMs': { value: round(median(load.total), 1), unit: `ms, artifact JSON text → JSON.parse + ArtifactSchema.parse + new LoadedList, median of ${LOAD_RUNS} (heap collected before each)` },
    'blocklist.loadMsFirst': { value: round(load.total[0] ?? null, 1), unit: 'ms, the first of those loads (code not yet optimised, as in a worker that just started)' },
    'blocklist.loadJsonParseMs': { value: round(median(load.json), 1), unit: 'ms, of which JSON.parse' },
    'blocklist.loadSchemaMs': { value: round(median(load.schema), 1), unit: 'ms, of which ArtifactSchema.parse (zod/mini)' },
    'blocklist.loadListMs': { value: round(median(load.list), 1), unit: 'ms, of which new LoadedList (base64 decoding of the tables)' },
    'blocklist.verifyHashMs': { value: round(median(hashRuns), 1), unit: `ms, contentHashMatches on the parsed artifact, median of ${VERIFY_RUNS}` },
    'blocklist.verifySignatureMs': { value: round(median(signatureRuns), 1), unit: `ms, openEnvelope (Ed25519 over the ${(artifactText.length / MB).toFixed(1)} MB artifact text), median of ${VERIFY_RUNS}` },
    'blocklist.lookupNsMedian': { value: round(address.nsMedian, 0), unit: `ns per LoadedList.address(url), half listed (host or subdomain), half not; median of ${LOOKUP_BATCHES} batches of ${LOOKUP_BATCH}` },
    'blocklist.hostLookupNsMedian': { value: round(hostOnly.nsMedian, 0), unit: 'ns per LoadedList.host(hostname) on the same mix, without URL parsing' },
    'blocklist.urlParseNsMedian': { value: round(urlOnly.nsMedian, 0), unit: 'ns per new URL(url).hostname on the same mix (the share of address() spent parsing)' },
    'blocklist.numberLookupNsMedian': { value: round(number.nsMedian, 0), unit: `ns per LoadedList.number(e164), half listed; median of ${LOOKUP_BATCHES} batches of ${LOOKUP_BATCH}` },
    'blocklist.heapMB': { value: round((heap.listOnly - heap.baseline) / MB, 1), unit: 'MB (10^6 bytes) of heapUsed + arrayBuffers kept by one LoadedList, after gc, in a fresh process' },
    'blocklist.heapWithArtifactMB': { value: round((heap.withArtifact - heap.baseline) / MB, 1), unit: 'MB kept by the LoadedList and its parsed Artifact together (the worker holds both)' },
    ...imported,
  };
}

/**
 * The blocklist figures. They are taken in a fresh Node started with --expose-gc (this file,
 * run again), so that collections of the caller's data and of the million-entry source do not
 * land in the timings; its progress lines go to `log`.
 */
export async function benchBlocklist(log: (line: string) => void, options: BlocklistBenchOptions = {}): Promise<Metrics> {
  const args = ['--bench-child', ...(options.hosts ? ['--hosts', String(options.hosts)] : []), ...(options.numbers ? ['--numbers', String(options.numbers)] : [])];
  return JSON.parse(await runSelf(args, log)) as Metrics;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const option = (name: string) => {
    const i = args.indexOf(name);
    return i === -1 ? undefined : args[i + 1];
  };
  const gc = (globalThis as { gc?: Collect }).gc;
  const heapFile = option('--heap-child');
  const sizes = { hosts: Number(option('--hosts') ?? 0) || undefined, numbers: Number(option('--numbers') ?? 0) || undefined };
  if ((heapFile !== undefined || args.includes('--bench-child')) && !gc) throw new Error('the bench child needs node --expose-gc');
  if (heapFile !== undefined && gc) {
    console.log(`${RESULT}${JSON.stringify(await heapChild(heapFile, gc))}`);
    return;
  }
  if (args.includes('--bench-child') && gc) {
    console.log(`${RESULT}${JSON.stringify(await runBench((line) => console.log(line), sizes, gc))}`);
    return;
  }
  const metrics = await benchBlocklist((line) => console.log(line), sizes);
  const width = Math.max(...Object.keys(metrics).map((name) => name.length));
  console.log('');
  for (const [name, metric] of Object.entries(metrics)) console.log(`${name.padEnd(width)}  ${metric.value ?? 'n/a'}  ${metric.unit}`);
}

// Run as a command (or as the bench's own child process), not when bench.ts imports it.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
