import { closeSync, existsSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

/*
 * The report service's one door to its database: embedded PGlite in a data folder (the default,
 * nothing to install) or a PostgreSQL server (DATABASE_URL). Both run the same SQL; the rest of
 * the service never knows which it has.
 */

export interface Queryable {
  query<Row>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Where the data lives, for messages: the folder, or the server without its password. */
  readonly where: string;
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export class DataFolderInUseError extends Error {
  constructor(folder: string, holder: string) {
    super(`The data folder ${folder} is in use by ${holder}. PGlite allows one process per folder: stop that one, or give this one another --data folder.`);
    this.name = 'DataFolderInUseError';
  }
}

const LOCK_FILE = 'hangup-service.lock';
const PGDATA = 'pgdata';

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * PGlite keeps no lock of its own on its files, and two processes writing one folder would
 * corrupt it: a lock file with the holder's pid keeps the second out. A lock left by a process
 * that died (a crash, a kill) is taken over.
 */
function takeFolderLock(folder: string): () => void {
  const file = path.join(folder, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx', 0o600);
      writeSync(fd, `${process.pid} ${hostname()}\n`);
      closeSync(fd);
      return () => {
        try {
          unlinkSync(file);
        } catch {
          // already gone: nothing to release
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const [pidText = '', host = ''] = readFileSync(file, 'utf8').trim().split(/\s+/);
      const pid = Number(pidText);
      const sameMachine = host === '' || host === hostname();
      if (pid === process.pid) throw new DataFolderInUseError(folder, 'this process (it is already open here)');
      if (Number.isInteger(pid) && pid > 0 && sameMachine && processAlive(pid)) throw new DataFolderInUseError(folder, `process ${pid}`);
      if (!sameMachine) throw new DataFolderInUseError(folder, `process ${pidText} on ${host} (delete ${file} if that machine no longer uses it)`);
      unlinkSync(file);
    }
  }
  throw new DataFolderInUseError(folder, 'another process that keeps taking the lock');
}

/** PGlite runs one query at a time; a promise chain keeps transactions whole. */
class Serial {
  private tail: Promise<unknown> = Promise.resolve();
  run<T>(job: () => Promise<T>): Promise<T> {
    const result = this.tail.then(job, job);
    this.tail = result.catch(() => undefined);
    return result;
  }
}

export async function openPglite(folder: string): Promise<Database> {
  const resolved = path.resolve(folder);
  mkdirSync(resolved, { recursive: true });
  const release = takeFolderLock(resolved);
  let db: PGlite;
  try {
    db = await PGlite.create({ dataDir: path.join(resolved, PGDATA) });
  } catch (error) {
    release();
    throw new Error(`Could not open the PGlite database in ${resolved}: ${(error as Error).message}`);
  }
  const serial = new Serial();
  const direct: Queryable = {
    query: async <Row>(sql: string, params: readonly unknown[] = []) => (await db.query<Row>(sql, [...params])).rows,
    exec: async (sql: string) => {
      await db.exec(sql);
    },
  };
  let closed = false;
  return {
    kind: 'pglite',
    where: resolved,
    query: (sql, params) => serial.run(() => direct.query(sql, params)),
    exec: (sql) => serial.run(() => direct.exec(sql)),
    transaction: (work) =>
      serial.run(async () => {
        await db.exec('BEGIN');
        try {
          const result = await work(direct);
          await db.exec('COMMIT');
          return result;
        } catch (error) {
          await db.exec('ROLLBACK');
          throw error;
        }
      }),
    close: () =>
      serial.run(async () => {
        if (closed) return;
        closed = true;
        await db.close();
        release();
      }),
  };
}

/** The server's address without its password, for messages. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'the PostgreSQL server in DATABASE_URL';
  }
}

export async function openPostgres(url: string, options: { maxConnections?: number } = {}): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: options.maxConnections ?? 10 });
  // An idle client losing its server must not crash the service; the next query reports it.
  pool.on('error', () => undefined);
  try {
    await pool.query('SELECT 1');
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new Error(`Could not reach PostgreSQL at ${redactUrl(url)}: ${(error as Error).message}`);
  }
  const on = (client: pg.Pool | pg.PoolClient): Queryable => ({
    query: async <Row>(sql: string, params: readonly unknown[] = []) => (await client.query(sql, [...params])).rows as Row[],
    exec: async (sql: string) => {
      await client.query(sql);
    },
  });
  return {
    kind: 'postgres',
    where: redactUrl(url),
    ...on(pool),
    transaction: async (work) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(on(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

/** PGlite in `folder`, or PostgreSQL when `databaseUrl` is given. */
export function openDatabase(options: { dataDir: string; databaseUrl?: string | undefined }): Promise<Database> {
  return options.databaseUrl ? openPostgres(options.databaseUrl) : openPglite(options.dataDir);
}

/** True when `folder` already holds a PGlite database (the first start creates one, which takes a while). */
export function hasPgliteData(folder: string): boolean {
  return existsSync(path.join(folder, PGDATA, 'PG_VERSION'));
}
