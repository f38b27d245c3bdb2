import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { acceptSubscribedList, HostSet, hostOfAddress } from '../core/blocklist/subscribed';
import type { ThirdPartyFormat } from '../core/blocklist/third-party';
import { percentile } from './eval-summary';

/*
 * The third-party list part of `npm run bench` (also alone: `npx tsx src/cli/bench-subscriptions.ts`).
 * What the worker does with a subscribed list: check and parse the fetched text into a host set
 * (the real lists in ../shared/lists, and synthetic lists of 100,000 and 470,000 domains, the size
 * of jarelllama's full list), store it, load it again after a worker restart, and match addresses
 * against it; plus the heap a loaded set keeps. Runs in a child Node with an explicit collector.
 */

interface Metric {
  value: number | null;
  unit: string;
}
type Metrics = Record<string, Metric>;
type Collect = () => void;

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const THIS_FILE = fileURLToPath(import.meta.url);
const LISTS = path.resolve(REPO_ROOT, '../shared/lists');
const REAL: ReadonlyArray<[string, string, ThirdPartyFormat]> = [
  ['subscriptions.acceptJarelllamaMs', 'jarelllama-scam-blocklist/scams_light.txt', 'plain'],
  ['subscriptions.acceptDurablenapkinMs', 'durablenapkin-scamblocklist/hosts.txt', 'hosts'],
];
const RUNS = 5;
const LOOKUPS = 200_000;
const RESULT = 'SUBSCRIPTIONS-BENCH-RESULT ';
const MB = 1e6;

const median = (values: readonly number[]) => percentile(values, 50) ?? 0;
const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Domains that look like a scam list's: random labels under a mix of suffixes, some subdomains. */
function syntheticList(count: number): string[] {
  let seed = 0x5eed;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const suffixes = ['com', 'net', 'top', 'xyz', 'online', 'shop', 'co.uk', 'com.br', 'weebly.com', 'pages.dev'];
  const label = () => Array.from({ length: 6 + Math.floor(random() * 10) }, () => 'abcdefghijklmnopqrstuvwxyz0123456789-'[Math.floor(random() * 36)]).join('').replace(/^-|-$/g, 'x');
  return Array.from({ length: count }, (_, i) => `${random() < 0.2 ? `${label()}.` : ''}${label()}${i}.${suffixes[Math.floor(random() * suffixes.length)]}`);
}

function timed<T>(run: () => T): { ms: number; result: T } {
  const started = performance.now();
  const result = run();
  return { ms: performance.now() - started, result };
}

async function settledHeap(gc: Collect): Promise<number> {
  for (let i = 0; i < 4; i++) {
    gc();
    await new Promise((resolve) => setImmediate(resolve));
  }
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
}

async function sized(count: number, gc: Collect, log: (line: string) => void): Promise<Metrics> {
  const hosts = syntheticList(count);
  const text = `# synthetic list\n${hosts.join('\n')}\n`;
  const accepts: number[] = [];
  let set: HostSet | undefined;
  for (let i = 0; i < RUNS; i++) {
    gc();
    const { ms, result } = timed(() => acceptSubscribedList(text, 'text/plain', 'plain', null));
    accepts.push(ms);
    set = result.set;
  }
  if (!set) throw new Error('no set');
  const stored = set.encode();
  const size = set.size;
  const loads: number[] = [];
  for (let i = 0; i < RUNS; i++) loads.push(timed(() => HostSet.decode(stored, size)).ms);
  const urls = Array.from({ length: LOOKUPS }, (_, i) => (i % 2 === 0 ? `https://www.${hosts[i % hosts.length]}/alert.html` : `https://not-listed-${i}.example.org/`));
  let hits = 0;
  for (const url of urls) if (set.match(hostOfAddress(url) ?? '')) hits++; // warm-up
  const perCall: number[] = [];
  for (let b = 0; b < 20; b++) {
    const started = performance.now();
    for (let i = 0; i < urls.length / 20; i++) set.match(hostOfAddress(urls[b * (urls.length / 20) + i] as string) ?? '');
    perCall.push(((performance.now() - started) * 1e6) / (urls.length / 20));
  }
  // The heap one loaded set keeps, as the worker holds it after a restart.
  const holder: { set?: HostSet } = {};
  set = undefined;
  const before = await settledHeap(gc);
  holder.set = HostSet.decode(stored, count);
  const after = await settledHeap(gc);
  const k = `${Math.round(count / 1000)}k`;
  log(`  ${count.toLocaleString('en')} domains: accepted in ${median(accepts).toFixed(0)} ms, stored ${(stored.length / MB).toFixed(2)} MB, ${hits} of ${urls.length} addresses listed`);
  return {
    [`subscriptions.accept${k}Ms`]: { value: round(median(accepts)), unit: `ms, ${count.toLocaleString('en')} synthetic domains (${(text.length / MB).toFixed(1)} MB of text): checks, parse, brand filter, sorted hash set; median of ${RUNS}` },
    [`subscriptions.stored${k}MB`]: { value: round(stored.length / MB, 2), unit: 'MB of stored copy (base64 of 8-byte hashes)' },
    [`subscriptions.load${k}Ms`]: { value: round(median(loads), 2), unit: `ms, stored copy → ready set (after a worker restart); median of ${RUNS}` },
    [`subscriptions.heap${k}MB`]: { value: round((after - before) / MB, 2), unit: 'MB kept by one loaded set' },
    [`subscriptions.lookup${k}NsMedian`]: { value: round(median(perCall), 0), unit: 'ns per address (parse the address, walk its domains), half listed' },
  };
}

async function run(gc: Collect, log: (line: string) => void): Promise<Metrics> {
  log('Subscribed third-party lists…');
  const metrics: Metrics = {};
  for (const [name, file, format] of REAL) {
    const full = path.join(LISTS, file);
    if (!existsSync(full)) {
      metrics[name] = { value: null, unit: `ms, ${file} (absent)` };
      continue;
    }
    const text = readFileSync(full, 'utf8');
    const runs: number[] = [];
    let size = 0;
    for (let i = 0; i < RUNS; i++) {
      gc();
      const { ms, result } = timed(() => acceptSubscribedList(text, 'text/plain', format, null));
      runs.push(ms);
      size = result.set.size;
    }
    log(`  ${file}: ${size} domains accepted in ${median(runs).toFixed(0)} ms (the first time ${(runs[0] ?? 0).toFixed(0)} ms)`);
    metrics[name] = { value: round(median(runs)), unit: `ms, ${file} (${(text.length / MB).toFixed(2)} MB, ${size} domains, ${format}): checks, parse, brand filter, hash set; median of ${RUNS}` };
    // A worker parses a list every few hours, so mostly with cold code: the first run is the one a person waits for.
    metrics[name.replace(/Ms$/, 'FirstMs')] = { value: round(runs[0] ?? 0), unit: 'ms, the same, first run in a fresh process (code not yet optimised)' };
  }
  Object.assign(metrics, await sized(100_000, gc, log), await sized(470_000, gc, log));
  return metrics;
}

/** The figures, taken in a fresh Node with --expose-gc (this file again); progress lines go to `log`. */
export async function benchSubscriptions(log: (line: string) => void): Promise<Metrics> {
  const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', THIS_FILE, '--bench-child'], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  const lines = out.split('\n');
  for (const line of lines) if (line && !line.startsWith(RESULT)) log(line);
  const result = lines.find((line) => line.startsWith(RESULT));
  if (code !== 0 || !result) throw new Error(`bench-subscriptions failed (exit ${code})`);
  return JSON.parse(result.slice(RESULT.length)) as Metrics;
}

async function main(): Promise<void> {
  const gc = (globalThis as { gc?: Collect }).gc;
  if (process.argv.includes('--bench-child')) {
    if (!gc) throw new Error('the bench child needs node --expose-gc');
    console.log(`${RESULT}${JSON.stringify(await run(gc, (line) => console.log(line)))}`);
    return;
  }
  const metrics = await benchSubscriptions((line) => console.log(line));
  const width = Math.max(...Object.keys(metrics).map((name) => name.length));
  console.log('');
  for (const [name, metric] of Object.entries(metrics)) console.log(`${name.padEnd(width)}  ${metric.value ?? 'n/a'}  ${metric.unit}`);
}

// Run as a command (or as its own child process), not when bench.ts imports it.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
