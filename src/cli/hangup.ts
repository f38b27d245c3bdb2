import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { SourceFormatError } from '../core/blocklist/source';
import { CliError, DEFAULT_SOURCE, type Io, keygen, listAdd, listBuild, listCheck, listDiff, listImport, listRemove, listSign, listStats, listVerify } from './list';
import { DEFAULT_SERVICE_URL, reportsAccept, reportsList, reportsReject, reportsShow } from './reports';
import { serve } from './serve';

/*
 * `npx hangup …`: the maintainer's command line. Errors are one clear sentence and a non-zero
 * exit (1 for a failure, 2 for a wrong invocation).
 */

const REPO_ROOT = path.resolve(import.meta.dirname, '../..');

export const USAGE = `Usage: npx hangup <command>

  keygen --out DIR                         write private.key and public.key (outside the repository)
  list add HOST|NUMBER --evidence TEXT [--expires DATE]
  list remove HOST|NUMBER
  list check URL|NUMBER                    listed or not, and why
  list import FILE [--format plain|hosts|adblock] [--evidence TEXT] [--expires DATE]
  list build --out DIR [--expires-days N] [--min-fetch-minutes N]
  list sign DIR --key FILE [--public-key FILE]
  list verify DIR --public-key FILE
  list diff A B                            two source folders, or two built or signed lists
  list stats

  serve [--port 8787] [--host 127.0.0.1] [--data DIR] [--token-file FILE]
        [--client-per-minute N] [--total-per-second N] [--trust-proxy]
                                           the report service; PGlite in DIR (default .hangup-data),
                                           PostgreSQL when DATABASE_URL is set
  reports list [--state new|accepted|rejected] [--by host|number] [--limit N]
  reports show ID
  reports accept ID [--expires DATE] [--only host|numbers]
                                           record the decision, then add the site (registrable
                                           domain) and numbers to the list source as report:ID
  reports reject ID [--why TEXT]

  --source DIR   the list source (default ${DEFAULT_SOURCE})
  --service URL  the report service (default ${DEFAULT_SERVICE_URL}); the maintainer token comes
                 from HANGUP_MAINTAINER_TOKEN or --token-file FILE
  Hosts: example.com (with subdomains), =host.example.com (that host only),
         storage.googleapis.com/folder/ (a folder on shared hosting). Numbers: E.164 (+18005550123).`;

export async function run(argv: readonly string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        source: { type: 'string' },
        evidence: { type: 'string' },
        expires: { type: 'string' },
        format: { type: 'string' },
        key: { type: 'string' },
        'public-key': { type: 'string' },
        'expires-days': { type: 'string' },
        'min-fetch-minutes': { type: 'string' },
        port: { type: 'string' },
        host: { type: 'string' },
        data: { type: 'string' },
        'token-file': { type: 'string' },
        'client-per-minute': { type: 'string' },
        'total-per-second': { type: 'string' },
        'trust-proxy': { type: 'boolean' },
        service: { type: 'string' },
        state: { type: 'string' },
        by: { type: 'string' },
        limit: { type: 'string' },
        only: { type: 'string' },
        why: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    io.out(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, sub, ...rest] = positionals;
  const source = values.source ?? DEFAULT_SOURCE;
  const need = (value: string | undefined, what: string): string => {
    if (!value) throw new CliError(`${what} is required.\n\n${USAGE}`, 2);
    return value;
  };
  const int = (value: string | undefined, what: string): number | undefined => {
    if (value === undefined) return undefined;
    const n = Number(value);
    if (!Number.isInteger(n) || n <= 0) throw new CliError(`${what} must be a positive whole number.`, 2);
    return n;
  };
  if (values.help || !command) {
    io.out(USAGE);
    return command ? 0 : 2;
  }
  try {
    if (command === 'keygen') {
      await keygen(need(values.out, '--out DIR'), REPO_ROOT, io);
      return 0;
    }
    if (command === 'serve') {
      await serve({ port: values.port, host: values.host, data: values.data, tokenFile: values['token-file'], clientPerMinute: values['client-per-minute'], totalPerSecond: values['total-per-second'], trustProxy: values['trust-proxy'] }, io);
      return 0;
    }
    if (command === 'reports') {
      const target = { service: values.service, tokenFile: values['token-file'] };
      switch (sub) {
        case 'list':
          await reportsList(target, { state: values.state, by: values.by, limit: values.limit }, io);
          return 0;
        case 'show':
          await reportsShow(target, need(rest[0], 'ID'), source, io);
          return 0;
        case 'accept':
          await reportsAccept(target, need(rest[0], 'ID'), source, { expires: values.expires, only: values.only }, io);
          return 0;
        case 'reject':
          await reportsReject(target, need(rest[0], 'ID'), values.why, io);
          return 0;
        default:
          throw new CliError(`Unknown reports command "${sub ?? ''}".\n\n${USAGE}`, 2);
      }
    }
    if (command !== 'list') throw new CliError(`Unknown command "${command}".\n\n${USAGE}`, 2);
    switch (sub) {
      case 'add':
        await listAdd(source, need(rest[0], 'HOST or NUMBER'), { evidence: values.evidence, expires: values.expires }, io);
        return 0;
      case 'remove':
        await listRemove(source, need(rest[0], 'HOST or NUMBER'), io);
        return 0;
      case 'check':
        await listCheck(source, need(rest[0], 'URL or NUMBER'), io);
        return 0;
      case 'import':
        await listImport(source, need(rest[0], 'FILE'), { format: values.format, evidence: values.evidence, expires: values.expires }, io);
        return 0;
      case 'build':
        await listBuild(source, need(values.out, '--out DIR'), { expiresDays: int(values['expires-days'], '--expires-days'), minFetchMinutes: int(values['min-fetch-minutes'], '--min-fetch-minutes') }, io);
        return 0;
      case 'sign': {
        const key = need(values.key, '--key FILE');
        await listSign(need(rest[0], 'DIR'), key, values['public-key'] ?? path.join(path.dirname(key), 'public.key'), io);
        return 0;
      }
      case 'verify':
        return (await listVerify(need(rest[0], 'DIR'), need(values['public-key'], '--public-key FILE'), io)) ? 0 : 1;
      case 'diff':
        await listDiff(need(rest[0], 'A'), need(rest[1], 'B'), io);
        return 0;
      case 'stats':
        await listStats(source, io);
        return 0;
      default:
        throw new CliError(`Unknown list command "${sub ?? ''}".\n\n${USAGE}`, 2);
    }
  } catch (error) {
    if (error instanceof CliError) {
      io.out(error.message);
      return error.exitCode;
    }
    if (error instanceof SourceFormatError) {
      io.out(`The list source has errors:\n${error.message}`);
      return 1;
    }
    io.out(`Failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

export const systemIo: Io = {
  out: (line) => console.log(line),
  today: () => new Date().toISOString().slice(0, 10),
  now: () => Date.now(),
};

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = await run(process.argv.slice(2), systemIo);
