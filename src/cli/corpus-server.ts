import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { type AddressInfo, createServer as createNetServer, type Socket } from 'node:net';
import { createRequire } from 'node:module';
import path from 'node:path';
import { generate } from 'selfsigned';
import type { Corpus } from './corpus';
import { contentTypeOf, resolveInside } from './static-server';

/*
 * The corpus as the web it pretends to be: one local port that answers every host name, over
 * plain HTTP and over TLS, because Chromium's `--host-resolver-rules="MAP * 127.0.0.1:PORT"`
 * sends both schemes of every host to that port (and forces HTTPS on preloaded TLDs such as
 * .app and .dev). The first byte of a connection tells them apart: 0x16 opens a TLS handshake.
 * Each request is matched against the manifest's page URLs; a page's folder is served below its
 * URL's directory, so relative links work. Anything else gets a 404: nothing is ever fetched.
 */

const TLS_HANDSHAKE = 0x16;
/** A connection that sends nothing is dropped, so a stuck client cannot pile up sockets. */
const FIRST_BYTE_TIMEOUT_MS = 30_000;

export interface PageRoute {
  id: string;
  /** Lower-case host name of the page's URL. */
  host: string;
  /** The URL's path and query as the WHATWG URL parser writes them. */
  path: string;
  search: string;
  /** The URL's directory ("/" for a page at "/index.html"); files beside the page live below it. */
  dir: string;
  /** Absolute path of the page's file and of its folder. */
  file: string;
  folder: string;
  realm: string | undefined;
}

/** Page routes by host name. */
export type Routes = ReadonlyMap<string, readonly PageRoute[]>;

export function buildRoutes(corpus: Pick<Corpus, 'root' | 'pages'>): Routes {
  const routes = new Map<string, PageRoute[]>();
  for (const page of corpus.pages) {
    const url = new URL(page.url);
    const file = path.resolve(corpus.root, page.file);
    const route: PageRoute = {
      id: page.id,
      host: url.hostname,
      path: url.pathname,
      search: url.search,
      dir: url.pathname.slice(0, url.pathname.lastIndexOf('/') + 1),
      file,
      folder: path.dirname(file),
      realm: page.serve401Realm,
    };
    const list = routes.get(route.host) ?? [];
    list.push(route);
    routes.set(route.host, list);
  }
  return routes;
}

export interface RouteRequest {
  host: string;
  /** Path of the request as the URL parser writes it (percent-encoded). */
  path: string;
  search: string;
  /** The Referer header, which tells two pages with one directory apart for their files. */
  referer?: string | undefined;
}

export type Resolution =
  | { kind: 'page'; route: PageRoute }
  | { kind: 'realm'; route: PageRoute; realm: string }
  /** A file beside a page; null when the path would leave the page's folder. */
  | { kind: 'beside'; route: PageRoute; file: string | null }
  | { kind: 'none' };

function preferred(candidates: readonly PageRoute[], score: (route: PageRoute) => number): PageRoute | undefined {
  let best: PageRoute | undefined;
  let bestScore = -1;
  for (const route of candidates) {
    const s = score(route);
    if (s > bestScore) {
      best = route;
      bestScore = s;
    }
  }
  return best;
}

function parsedUrl(text: string | undefined): URL | null {
  if (!text) return null;
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

/** Which page (or which file beside a page) a request is for. Pure: the file may still not exist. */
export function resolveRequest(routes: Routes, request: RouteRequest): Resolution {
  const candidates = routes.get(request.host);
  if (!candidates) return { kind: 'none' };

  // Two manifest entries may share a path and differ only by query (`?comments=1`).
  const exact = candidates.filter((route) => route.path === request.path);
  const page = preferred(exact, (route) => (route.search === request.search ? 1 : 0));
  if (page) return page.realm !== undefined ? { kind: 'realm', route: page, realm: page.realm } : { kind: 'page', route: page };

  const below = candidates.filter((route) => request.path.startsWith(route.dir));
  const longest = Math.max(...below.map((route) => route.dir.length));
  const referer = parsedUrl(request.referer);
  const owner = preferred(
    below.filter((route) => route.dir.length === longest),
    (route) => (referer?.hostname === route.host && referer.pathname === route.path ? 2 + (referer.search === route.search ? 1 : 0) : 0),
  );
  if (!owner) return { kind: 'none' };
  return { kind: 'beside', route: owner, file: resolveInside(owner.folder, request.path.slice(owner.dir.length)) };
}

/** Host name of a Host header: lower case, without port or trailing dot. */
export function hostOfHeader(header: string | undefined): string {
  const value = (header ?? '').trim().toLowerCase();
  const host = value.startsWith('[') ? value.slice(0, value.indexOf(']') + 1) : value.replace(/:\d*$/, '');
  return host.replace(/\.$/, '');
}

/** A host name that is safe as one folder name below a CDN folder. */
const SAFE_HOST_RE = /^[a-z0-9-]+(?:\.[a-z0-9-]+)*$/;

/** A quoted realm for WWW-Authenticate: no line breaks, quotes escaped, bytes Node can send. */
export function basicChallenge(realm: string): string {
  const quoted = realm.replace(/[\r\n]+/g, ' ').replace(/["\\]/g, '\\$&');
  // Header values are Latin-1 on the wire; send the UTF-8 bytes of other text as such.
  return `Basic realm="${Buffer.from(quoted, 'utf8').toString('latin1')}"`;
}

async function existingFile(file: string | null): Promise<string | null> {
  if (!file) return null;
  try {
    const info = await stat(file);
    if (info.isFile()) return file;
    if (!info.isDirectory()) return null;
    const index = path.join(file, 'index.html');
    return (await stat(index)).isFile() ? index : null;
  } catch {
    return null;
  }
}

export interface CorpusServerOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /**
   * Folders that stand in for public CDNs, laid out as `<folder>/<host>/<path>` (for example
   * `_cdn/code.jquery.com/jquery-3.2.1.min.js`). Consulted for requests no page answers.
   */
  cdnFolders?: readonly string[];
  /**
   * Libraries served for any host whose request path matches: pages that load jQuery from a
   * public CDN work offline as they do in the wild (the corpus README allows it).
   */
  libraries?: ReadonlyArray<{ pattern: RegExp; file: string }>;
  /** A certificate and key (PEM) to use instead of a new self-signed one. */
  tls?: { key: string; cert: string };
  /**
   * Every answer waits this long before it starts: the round trip of a network, which a server on
   * the same machine does not have (0, the default, answers at once).
   */
  latencyMs?: number;
  /**
   * Each page reports its own load time here (for the bench's unattended loads, see
   * unattended-browser.ts): its answer ends with LOAD_REPORTER, and the report it sends back after
   * its load event is handed over instead of being answered as a file.
   */
  onLoadReport?: (report: LoadReport) => void;
}

/** What a page served with LOAD_REPORTER says of itself once loaded. */
export interface LoadReport {
  /** The page's address as it saw it (`location.href`). */
  url: string;
  /** Its navigation entry's `loadEventEnd`, in ms from the navigation's start. */
  loadMs: number;
}

/** Where LOAD_REPORTER sends its report: a path on the page's own host, which no page uses. */
export const LOAD_REPORT_PATH = '/__hangup-bench-load-report';

/**
 * Added after a page's own bytes when the server takes load reports. Just after the load event
 * (a task later, so that `loadEventEnd` is set) it asks for an image at LOAD_REPORT_PATH on its
 * own host with its address and load time: no DOM change (which would make the extension read
 * the page again), nothing a page's own `fetch` wrapper sees, and the same scheme and host as the
 * page, so nothing blocks it as mixed content. The parser puts it at the end of the body.
 */
export const LOAD_REPORTER =
  `\n<script>addEventListener('load',function(){setTimeout(function(){var e=performance.getEntriesByType('navigation')[0];` +
  `if(e)new Image().src='${LOAD_REPORT_PATH}?ms='+e.loadEventEnd+'&url='+encodeURIComponent(location.href)},0)})</script>\n`;

/**
 * With load reports on, a page on any host at this path is a start page: it opens the address in
 * its `to` parameter after `after` ms, as a link or a script of a page would. It is an ordinary
 * web page, so the extension's content scripts run in it as they would in the page a person
 * leaves.
 */
export const START_PAGE_PATH = '/__hangup-bench-start';

/** The start page's HTML, or null for a query that names no web address or no pause. */
export function startPageHtml(search: string): string | null {
  const query = new URLSearchParams(search);
  const after = Number(query.get('after') ?? Number.NaN);
  let to: URL;
  try {
    to = new URL(query.get('to') ?? '');
  } catch {
    return null;
  }
  if ((to.protocol !== 'http:' && to.protocol !== 'https:') || !Number.isInteger(after) || after < 0 || after > 60_000) return null;
  // "<" written as an escape: nothing in the address can close the script.
  const address = JSON.stringify(to.href).replace(/</g, '\\u003c');
  return `<!doctype html><title>start</title><script>setTimeout(function(){location.href=${address}},${after})</script>`;
}

/** A load report from the query of a request to LOAD_REPORT_PATH; null if it is not one. */
export function parseLoadReport(search: string): LoadReport | null {
  const query = new URLSearchParams(search);
  const url = query.get('url');
  const loadMs = Number(query.get('ms') ?? Number.NaN);
  if (!url || !Number.isFinite(loadMs) || loadMs <= 0) return null;
  return { url, loadMs };
}

export interface CorpusServerStats {
  /** Pages, files beside them and CDN files served. */
  served: number;
  realm: number;
  notFound: number;
}

export interface CorpusServer {
  port: number;
  stats: CorpusServerStats;
  close(): Promise<void>;
}

/** A throw-away certificate: Chromium runs with --ignore-certificate-errors, Node clients skip checks. */
export async function selfSignedCertificate(): Promise<{ key: string; cert: string }> {
  const pems = await generate([{ name: 'commonName', value: 'hangup-corpus.invalid' }], {
    keyType: 'ec',
    algorithm: 'sha256',
    notBeforeDate: new Date(Date.now() - 24 * 3600 * 1000),
  });
  return { key: pems.private, cert: pems.cert };
}

export async function startCorpusServer(corpus: Pick<Corpus, 'root' | 'pages'>, options: CorpusServerOptions = {}): Promise<CorpusServer> {
  const routes = buildRoutes(corpus);
  const cdnFolders = (options.cdnFolders ?? []).map((folder) => path.resolve(folder));
  const stats: CorpusServerStats = { served: 0, realm: 0, notFound: 0 };

  const fileFor = async (host: string, request: RouteRequest, resolution: Resolution): Promise<string | null> => {
    if (resolution.kind === 'page') return existingFile(resolution.route.file);
    if (resolution.kind === 'beside') {
      const file = await existingFile(resolution.file);
      if (file) return file;
    }
    if (!SAFE_HOST_RE.test(host)) return null;
    for (const folder of cdnFolders) {
      const file = await existingFile(resolveInside(path.join(folder, host), request.path));
      if (file) return file;
    }
    const library = options.libraries?.find((lib) => lib.pattern.test(request.path));
    return library ? existingFile(library.file) : null;
  };

  const notFound = (res: ServerResponse) => {
    stats.notFound++;
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }).end('not found');
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const host = hostOfHeader(req.headers.host);
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://local');
    } catch {
      notFound(res);
      return;
    }
    if (options.onLoadReport && url.pathname === LOAD_REPORT_PATH) {
      const report = parseLoadReport(url.search);
      res.writeHead(report ? 204 : 400, { 'cache-control': 'no-store' }).end();
      if (report) options.onLoadReport(report);
      return;
    }
    if (options.onLoadReport && url.pathname === START_PAGE_PATH) {
      const html = startPageHtml(url.search);
      if (html) res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html);
      else res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('a start page needs ?to=<http(s) address>&after=<ms>');
      return;
    }
    const request: RouteRequest = { host, path: url.pathname, search: url.search, referer: req.headers.referer };
    const resolution = resolveRequest(routes, request);
    if (resolution.kind === 'realm') {
      stats.realm++;
      res.writeHead(401, { 'www-authenticate': basicChallenge(resolution.realm), 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end('<!doctype html><title>401 Unauthorized</title><h1>401 Unauthorized</h1>');
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' }).end('method not allowed');
      return;
    }
    const file = await fileFor(host, request, resolution);
    if (!file) {
      notFound(res);
      return;
    }
    stats.served++;
    res.writeHead(200, { 'content-type': contentTypeOf(file), 'cache-control': 'no-store' });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    const stream = createReadStream(file);
    stream.on('error', () => res.destroy());
    if (options.onLoadReport && resolution.kind === 'page') {
      stream.pipe(res, { end: false });
      stream.on('end', () => res.end(LOAD_REPORTER));
    } else stream.pipe(res);
  };
  const answer = (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500).end();
      else res.destroy();
    });
  };
  const latencyMs = options.latencyMs ?? 0;
  const listener = latencyMs > 0 ? (req: IncomingMessage, res: ServerResponse) => void setTimeout(() => answer(req, res), latencyMs) : answer;

  const tls = options.tls ?? (await selfSignedCertificate());
  const http = createHttpServer(listener);
  const https = createHttpsServer({ key: tls.key, cert: tls.cert }, listener);
  // Pages are closed mid-request all the time; a torn connection is not an error worth a crash.
  http.on('clientError', (_error, socket) => socket.destroy());
  https.on('clientError', (_error, socket) => socket.destroy());
  https.on('tlsClientError', () => undefined);

  const sockets = new Set<Socket>();
  const server = createNetServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    socket.setTimeout(FIRST_BYTE_TIMEOUT_MS, () => socket.destroy());
    socket.once('data', (first: Buffer) => {
      socket.setTimeout(0);
      socket.pause();
      socket.unshift(first);
      (first[0] === TLS_HANDSHAKE ? https : http).emit('connection', socket);
      process.nextTick(() => socket.resume());
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });

  return {
    port: (server.address() as AddressInfo).port,
    stats,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/**
 * CDN stand-ins a corpus may ship: `_cdn` in the corpus folder or beside it (FORMAT.md lets an
 * evaluator serve its own copies of the libraries pages load from public CDNs).
 */
export async function defaultCdnFolders(corpusRoot: string): Promise<string[]> {
  const candidates = [path.join(corpusRoot, '_cdn'), path.join(corpusRoot, '..', '_cdn')];
  const found: string[] = [];
  for (const folder of candidates) {
    const isFolder = await stat(folder).then(
      (s) => s.isDirectory(),
      () => false,
    );
    if (isFolder) found.push(path.resolve(folder));
  }
  return found;
}

const require = createRequire(import.meta.url);

/** jQuery from this project's node_modules, for any `…/jquery[-x.y.z][.min].js` request. */
export function defaultLibraryStandIns(): Array<{ pattern: RegExp; file: string }> {
  try {
    return [{ pattern: /(?:^|\/)jquery(?:[-.]\d+(?:\.\d+)*)?(?:\.min)?\.js$/i, file: require.resolve('jquery/dist/jquery.min.js') }];
  } catch {
    return [];
  }
}
