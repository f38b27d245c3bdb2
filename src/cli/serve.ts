import { DataFolderInUseError } from '../service/db';
import { NewerSchemaError } from '../service/migrations';
import { DEFAULT_DATA_DIR, DEFAULT_HOST, DEFAULT_PORT, type RunningService, startService } from '../service/server';
import { tokenFrom, TokenError } from '../service/token';
import { CliError, type Io } from './list';

/*
 * `npx hangup serve`: the report service in the foreground until Ctrl+C or SIGTERM, which stop
 * it cleanly (requests under way are answered, the database is closed).
 */

export interface ServeOptions {
  port?: string | undefined;
  host?: string | undefined;
  data?: string | undefined;
  tokenFile?: string | undefined;
  clientPerMinute?: string | undefined;
  totalPerSecond?: string | undefined;
  trustProxy?: boolean | undefined;
}

function port(text: string | undefined): number {
  if (text === undefined) return DEFAULT_PORT;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0 || n > 65_535) throw new CliError(`--port ${text} is not a port number (0 to 65535; 0 picks a free one).`, 2);
  return n;
}

function rate(text: string | undefined, what: string): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isFinite(n) || n <= 0) throw new CliError(`${what} must be a positive number.`, 2);
  return n;
}

/** Start the service; resolves with it running (the caller decides when to close it). */
export async function startServe(options: ServeOptions, io: Io, env: NodeJS.ProcessEnv = process.env): Promise<RunningService> {
  const databaseUrl = env['DATABASE_URL'] || undefined;
  let token: string | undefined;
  try {
    token = await tokenFrom({ tokenFile: options.tokenFile, env });
  } catch (error) {
    if (error instanceof TokenError) throw new CliError(error.message);
    throw error;
  }
  const perMinute = rate(options.clientPerMinute, '--client-per-minute');
  const perSecond = rate(options.totalPerSecond, '--total-per-second');
  const listenPort = port(options.port);
  try {
    const service = await startService({
      port: listenPort,
      host: options.host ?? DEFAULT_HOST,
      dataDir: options.data ?? DEFAULT_DATA_DIR,
      databaseUrl,
      // With PostgreSQL there is no data folder to keep a made-up token in: no token, no maintainer API.
      token: token ?? (databaseUrl ? null : undefined),
      limits: {
        ...(perMinute ? { perClient: { perSecond: perMinute / 60, burst: Math.max(1, Math.ceil(perMinute)) } } : {}),
        ...(perSecond ? { reports: { perSecond, burst: Math.max(1, Math.ceil(perSecond * 2)) } } : {}),
      },
      trustProxy: options.trustProxy ?? false,
      log: (line) => io.out(line),
    });
    io.out(`Hang Up report service on ${service.url} (storage: ${service.db.kind === 'pglite' ? `PGlite in ${service.db.where}` : `PostgreSQL at ${service.db.where}`}).`);
    if (service.tokenFile) io.out(`Maintainer token: ${service.tokenFile} (npx hangup reports list --token-file ${service.tokenFile}).`);
    else if (!token) io.out(`The maintainer API is off: set HANGUP_MAINTAINER_TOKEN or pass --token-file FILE to use \`hangup reports\`.`);
    return service;
  } catch (error) {
    if (error instanceof DataFolderInUseError || error instanceof NewerSchemaError) throw new CliError(error.message);
    throw new CliError(`The report service did not start: ${(error as Error).message}`);
  }
}

/** `hangup serve`: runs until SIGINT or SIGTERM. */
export async function serve(options: ServeOptions, io: Io): Promise<void> {
  const service = await startServe(options, io);
  io.out('Press Ctrl+C to stop.');
  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
      io.out(`${signal}: stopping (answering the requests under way, then closing the database)…`);
      void service.close().then(resolve);
    };
    const onInt = () => stop('SIGINT');
    const onTerm = () => stop('SIGTERM');
    process.on('SIGINT', onInt);
    process.on('SIGTERM', onTerm);
  });
  io.out('Stopped.');
}
