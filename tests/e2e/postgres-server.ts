import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chown, mkdtemp, readFile, rm } from 'node:fs/promises';
import { freePort } from '../../src/cli/free-port';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

/*
 * A throw-away PostgreSQL server for the tests: Debian's `postgresql` package, initdb in a
 * temporary folder, a loopback port, no fsync. PostgreSQL refuses to run as root, so as root it
 * runs as the `postgres` user (which the package creates). Missing binaries are an error with
 * the fix in it, never a silent skip.
 */

const run = promisify(execFile);
const PG_ROOT = '/usr/lib/postgresql';

export interface TestPostgres {
  url: string;
  stop(): Promise<void>;
}

export function postgresBinDir(): string {
  const versions = existsSync(PG_ROOT)
    ? readdirSync(PG_ROOT)
        .filter((v) => existsSync(path.join(PG_ROOT, v, 'bin', 'pg_ctl')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  const newest = versions[0];
  if (!newest) throw new Error(`PostgreSQL is not installed: no ${PG_ROOT}/*/bin/pg_ctl. Install Debian's package (apt-get install postgresql); the PostgreSQL variant of this test needs a real server.`);
  return path.join(PG_ROOT, newest, 'bin');
}

export async function startTestPostgres(): Promise<TestPostgres> {
  const bin = postgresBinDir();
  const asRoot = process.getuid?.() === 0;
  const dir = await mkdtemp(path.join(tmpdir(), 'hangup-pg-'));
  const data = path.join(dir, 'data');
  // runuser lives in /usr/sbin, which a non-login PATH may lack.
  const runuser = ['/usr/sbin/runuser', '/sbin/runuser'].find((p) => existsSync(p)) ?? 'runuser';
  const as = (command: string, args: string[]) => (asRoot ? run(runuser, ['-u', 'postgres', '--', path.join(bin, command), ...args]) : run(path.join(bin, command), args));
  if (asRoot) {
    const { stdout } = await run('id', ['-u', 'postgres']).catch(() => ({ stdout: '' }));
    const { stdout: gid } = await run('id', ['-g', 'postgres']).catch(() => ({ stdout: '' }));
    if (!stdout.trim()) throw new Error('Running as root, but there is no `postgres` user to run PostgreSQL as (Debian\'s postgresql package creates it).');
    await chown(dir, Number(stdout), Number(gid));
  }
  const port = await freePort();
  const log = path.join(dir, 'server.log');
  try {
    await as('initdb', ['-D', data, '-A', 'trust', '-U', 'hangup', '-E', 'UTF8', '--no-sync', '--no-instructions']);
    await as('pg_ctl', ['-D', data, '-l', log, '-w', '-t', '60', '-o', `-p ${port} -h 127.0.0.1 -k ${dir} -F`, 'start']);
  } catch (error) {
    const serverLog = await readFile(log, 'utf8').catch(() => '');
    await rm(dir, { recursive: true, force: true });
    throw new Error(`PostgreSQL did not start: ${(error as Error).message}\n${serverLog}`);
  }
  return {
    url: `postgres://hangup@127.0.0.1:${port}/postgres`,
    stop: async () => {
      await as('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']).catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
