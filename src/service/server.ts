import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { serve } from '@hono/node-server';
import { createApp, type Limits } from './app';
import { type Database, hasPgliteData, openDatabase } from './db';
import { migrate } from './migrations';
import { ReportStore } from './store';
import { readOrCreateTokenFile, TOKEN_FILE_NAME } from './token';

/*
 * The report service as a running thing: database opened and migrated, HTTP server listening,
 * and a close() that stops taking requests, lets those under way finish, then closes the
 * database, so that every report answered 202 is on disk.
 */

export const DEFAULT_PORT = 8787;
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_DATA_DIR = '.hangup-data';
const CLOSE_GRACE_MS = 5000;
const HEADERS_TIMEOUT_MS = 10_000;
const REQUEST_TIMEOUT_MS = 30_000;

export interface ServiceOptions {
  port?: number;
  host?: string;
  /** The PGlite data folder (ignored with databaseUrl). */
  dataDir?: string;
  databaseUrl?: string | undefined;
  /**
   * The maintainer token. Undefined with PGlite: one is made in the data folder on the first
   * start (maintainer.token) and read from there after. Null: the maintainer API is off.
   */
  token?: string | null | undefined;
  limits?: Partial<Limits>;
  trustProxy?: boolean;
  log?: (line: string) => void;
}

export interface RunningService {
  url: string;
  port: number;
  db: Database;
  store: ReportStore;
  /** Where the maintainer token was made or read, when the service chose it. */
  tokenFile: string | null;
  migrated: number[];
  close(): Promise<void>;
}

function listen(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    if (server.listening) return resolve();
    server.once('listening', resolve);
    server.once('error', reject);
  });
}

export async function startService(options: ServiceOptions = {}): Promise<RunningService> {
  const log = options.log ?? (() => undefined);
  const dataDir = path.resolve(options.dataDir ?? DEFAULT_DATA_DIR);
  if (!options.databaseUrl && !hasPgliteData(dataDir)) log(`Creating the database in ${dataDir} (the first start takes a few seconds)…`);
  const db = await openDatabase({ dataDir, databaseUrl: options.databaseUrl });
  try {
    const migrated = await migrate(db);
    if (migrated.length) log(`Database migrated to version ${migrated.at(-1)}.`);
    let token = options.token ?? undefined;
    let tokenFile: string | null = null;
    if (options.token === undefined && db.kind === 'pglite') {
      tokenFile = path.join(dataDir, TOKEN_FILE_NAME);
      const made = await readOrCreateTokenFile(tokenFile);
      token = made.token;
      if (made.created) log(`Made a maintainer token in ${tokenFile}.`);
    }
    const store = new ReportStore(db);
    const app = createApp({ store, token, limits: options.limits, trustProxy: options.trustProxy, log });
    const server = serve({ fetch: app.fetch, port: options.port ?? DEFAULT_PORT, hostname: options.host ?? DEFAULT_HOST }) as Server;
    // A report is at most 32 KB: a client that takes longer than this to send one is holding a connection open.
    server.headersTimeout = HEADERS_TIMEOUT_MS;
    server.requestTimeout = REQUEST_TIMEOUT_MS;
    try {
      await listen(server);
    } catch (error) {
      server.close();
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EADDRINUSE') throw new Error(`Port ${options.port ?? DEFAULT_PORT} on ${options.host ?? DEFAULT_HOST} is in use (another hangup serve?). Stop it or choose another --port.`);
      throw error;
    }
    const address = server.address() as AddressInfo;
    const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    let closing: Promise<void> | null = null;
    return {
      url: `http://${host}:${address.port}`,
      port: address.port,
      db,
      store,
      tokenFile,
      migrated,
      close: () =>
        (closing ??= (async () => {
          await new Promise<void>((resolve) => {
            server.close(() => resolve());
            server.closeIdleConnections();
            // A client that holds its connection open past the requests under way is cut off.
            setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS).unref();
          });
          await db.close();
        })()),
    };
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
}
