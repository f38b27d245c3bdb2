import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { freePort } from './free-port';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import type { Report } from '../core/report';
import { openPglite } from '../service/db';
import { ReportStore } from '../service/store';
import { type Metrics, round } from './bench-blocklist';

/*
 * The report-service part of `npm run bench` (also runs alone: `npx tsx src/cli/bench-service.ts
 * [--duration S] [--connections N]`). The service runs as `hangup serve` in a child process on
 * PGlite, on loopback only, with its rate limits lifted; autocannon posts reports, each with its
 * own id, for a bounded time. Then the service is stopped and its folder opened here to check
 * that every report answered 202 is stored (and nothing more). A second run kills the service
 * with SIGKILL halfway and starts it again on the same folder while the load goes on: every
 * report acknowledged before or after the kill must still be there.
 */

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const HANGUP = path.join(REPO_ROOT, 'bin/hangup.js');
const FIXTURE = JSON.parse(readFileSync(path.join(REPO_ROOT, 'tests/fixtures/report.json'), 'utf8')) as Report;
const START_TIMEOUT_MS = 120_000;

interface Child {
  process: ChildProcess;
  output: string[];
}

/** `hangup serve` on `port`; resolves once it listens. */
async function startServe(dataDir: string, port: number): Promise<Child> {
  const child = spawn(process.execPath, [HANGUP, 'serve', '--port', String(port), '--data', dataDir, '--client-per-minute', '1e12', '--total-per-second', '1e12'], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, DATABASE_URL: '' },
  });
  const output: string[] = [];
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`hangup serve did not start within ${START_TIMEOUT_MS / 1000} s:\n${output.join('')}`)), START_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      output.push(chunk.toString());
      if (output.join('').includes('Hang Up report service on')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`hangup serve exited (${code}) before it listened:\n${output.join('')}`));
    });
  });
  child.removeAllListeners('exit');
  return { process: child, output };
}

async function stop(child: Child, signal: NodeJS.Signals): Promise<void> {
  if (child.process.exitCode !== null || child.process.signalCode !== null) return;
  const exited = once(child.process, 'exit');
  child.process.kill(signal);
  await exited;
}

interface Load {
  /** Ids answered 202. */
  acknowledged: Set<string>;
  /** Ids answered with any status (autocannon stops with the last requests still unanswered). */
  answered: Set<string>;
  result: autocannon.Result;
}

/** Reports with ids never sent before, posted for `seconds` over `connections` connections. */
function load(port: number, seconds: number, connections: number, prefix: string): { done: Promise<Load> } {
  const acknowledged = new Set<string>();
  const answered = new Set<string>();
  let counter = 0;
  const done = new Promise<Load>((resolve, reject) => {
    autocannon(
      {
        url: `http://127.0.0.1:${port}/v1/reports`,
        connections,
        duration: seconds,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        requests: [
          {
            // One request at a time per connection: its context names the report under way.
            setupRequest: (request, context) => {
              const id = `${prefix}-${(counter++).toString(36).padStart(8, '0')}`;
              (context as { id?: string }).id = id;
              return { ...request, body: JSON.stringify({ ...FIXTURE, id }) };
            },
            onResponse: (status, _body, context) => {
              const id = (context as { id?: string }).id;
              if (id === undefined) return;
              answered.add(id);
              if (status === 202) acknowledged.add(id);
            },
          },
        ],
      },
      (error, result) => (error ? reject(error) : resolve({ acknowledged, answered, result })),
    );
  });
  return { done };
}

interface Check {
  /** All rows in the folder. */
  rows: number;
  /** Rows of the reports that got an answer. */
  answeredRows: number;
  /** Reports answered 202 without a row: lost. */
  missing: number;
}

async function check(dataDir: string, load: Load): Promise<Check> {
  const db = await openPglite(dataDir);
  try {
    const store = new ReportStore(db);
    const stored = async (ids: readonly string[]) => {
      const found = new Set<string>();
      for (let i = 0; i < ids.length; i += 5000) for (const id of await store.existing(ids.slice(i, i + 5000))) found.add(id);
      return found;
    };
    const answeredRows = await stored([...load.answered]);
    return { rows: await store.count(), answeredRows: answeredRows.size, missing: [...load.acknowledged].filter((id) => !answeredRows.has(id)).length };
  } finally {
    await db.close();
  }
}

export interface ServiceBenchOptions {
  seconds?: number;
  connections?: number;
}

export async function benchService(log: (line: string) => void, options: ServiceBenchOptions = {}): Promise<Metrics> {
  const seconds = options.seconds ?? 10;
  const connections = options.connections ?? 50;
  const work = await mkdtemp(path.join(tmpdir(), 'hangup-bench-service-'));
  try {
    const steadyDir = path.join(work, 'steady');
    const port = await freePort();
    log(`Report service: ${connections} connections for ${seconds} s against hangup serve on PGlite (loopback)…`);
    let child = await startServe(steadyDir, port);
    const steady = await load(port, seconds, connections, 'bench-steady').done;
    await stop(child, 'SIGTERM');
    const steadyCheck = await check(steadyDir, steady);
    const r = steady.result;
    const unanswered = steadyCheck.rows - steadyCheck.answeredRows;
    log(`  ${steady.answered.size} answered: ${steady.acknowledged.size} with 202, ${r.non2xx} other statuses; ${r.errors} errors; ${steadyCheck.answeredRows} rows for them (+${unanswered} for requests under way when the load stopped)`);

    log(`Report service: the same load for ${seconds} s, the service killed (SIGKILL) halfway and started again on the same folder…`);
    const restartDir = path.join(work, 'restart');
    child = await startServe(restartDir, port);
    const restartLoad = load(port, seconds, connections, 'bench-restart');
    await new Promise((resolve) => setTimeout(resolve, (seconds * 1000) / 2));
    const beforeKill = restartLoad.done;
    await stop(child, 'SIGKILL');
    const killedAt = Date.now();
    child = await startServe(restartDir, port);
    const downMs = Date.now() - killedAt;
    const restart = await beforeKill;
    await stop(child, 'SIGTERM');
    const restartCheck = await check(restartDir, restart);
    log(`  ${restart.acknowledged.size} answered 202 (${restart.result.errors} connection errors while it was down for ${(downMs / 1000).toFixed(1)} s), ${restartCheck.rows} rows stored, ${restartCheck.missing} acknowledged but missing`);

    return {
      'service.reportsPerSecond': { value: round(steady.acknowledged.size / seconds, 0), unit: `reports stored and answered 202 per second over ${seconds} s, ${connections} connections, PGlite, loopback` },
      'service.p99Ms': { value: round(r.latency.p99, 1), unit: 'ms, 99th percentile of the answer time of POST /v1/reports under that load' },
      'service.p50Ms': { value: round(r.latency.p50, 1), unit: 'ms, median answer time under that load' },
      'service.lostReports': { value: steadyCheck.answeredRows - steady.acknowledged.size, unit: 'rows stored minus 202s given, over the answered requests (must be 0)' },
      'service.ackedMissing': { value: steadyCheck.missing, unit: 'reports answered 202 without a row (must be 0)' },
      'service.restartLost': { value: restartCheck.missing, unit: 'reports answered 202 but missing after a SIGKILL and restart mid-load (must be 0)' },
      'service.restartDownSeconds': { value: round(downMs / 1000, 1), unit: 's from the kill until the restarted service listened (PGlite reopening its folder)' },
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { duration: { type: 'string' }, connections: { type: 'string' } } });
  const metrics = await benchService((line) => console.log(line), { seconds: values.duration ? Number(values.duration) : undefined, connections: values.connections ? Number(values.connections) : undefined });
  console.log('');
  for (const [name, metric] of Object.entries(metrics)) console.log(`${name}  ${metric.value ?? 'n/a'}  ${metric.unit}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
