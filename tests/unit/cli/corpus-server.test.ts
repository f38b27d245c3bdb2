import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Corpus, CorpusPage } from '../../../src/cli/corpus';
import { basicChallenge, buildRoutes, type CorpusServer, defaultLibraryStandIns, hostOfHeader, LOAD_REPORT_PATH, LOAD_REPORTER, type LoadReport, resolveRequest, START_PAGE_PATH, startCorpusServer, startPageHtml } from '../../../src/cli/corpus-server';

/*
 * A corpus written for these tests in a temporary folder: a scam page at the root of its host
 * with a file beside it, two pages below one host, a page answered with 401, two pages that
 * differ only by query, and a CDN stand-in folder.
 */

const PAGES: CorpusPage[] = [
  { id: 'kit', file: 'scam/kit/index.html', label: 'scam', url: 'https://alert-0x268d3.example.app/index.html?phone=18005550100' },
  { id: 'story-a', file: 'benign/a/index.html', label: 'benign', url: 'https://www.example.com/test-pages/a/' },
  { id: 'story-b', file: 'benign/b/index.html', label: 'benign', url: 'https://www.example.com/test-pages/b/' },
  { id: 'realm', file: 'scam/realm/index.html', label: 'scam', url: 'http://auth.example.test/login', serve401Realm: 'Call "Support" 1-800-555-0100' },
  { id: 'post', file: 'benign/post/index.html', label: 'benign', url: 'https://blog.example.org/2024/post' },
  { id: 'post-comments', file: 'benign/post-comments/index.html', label: 'benign', url: 'https://blog.example.org/2024/post?comments=1' },
];

const FILES: Record<string, string> = {
  'manifest.json': JSON.stringify({ name: 'tiny', pages: PAGES }),
  'secret.txt': 'outside every page folder',
  'scam/kit/index.html': '<title>alert</title>kit page',
  'scam/kit/style.css': 'body { color: red }',
  'scam/kit/img/bell.svg': '<svg/>',
  'scam/realm/index.html': 'never served at the realm URL',
  'benign/a/index.html': 'story a',
  'benign/b/index.html': 'story b',
  'benign/post/index.html': 'post',
  'benign/post/photo.jpg': 'post photo',
  'benign/post-comments/index.html': 'post with comments',
  'benign/post-comments/photo.jpg': 'comments photo',
  '_cdn/code.jquery.com/jquery-3.2.1.min.js': '/* jquery stand-in */',
};

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function get(port: number, scheme: 'http' | 'https', host: string, rawPath: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const options = { host: '127.0.0.1', port, path: rawPath, method: 'GET', headers: { host, ...headers }, agent: false as const };
    const req =
      scheme === 'https'
        ? httpsRequest({ ...options, servername: host, rejectUnauthorized: false }, (res) => collect(res, resolve))
        : httpRequest(options, (res) => collect(res, resolve));
    req.on('error', reject);
    req.end();
  });
}

function collect(res: import('node:http').IncomingMessage, resolve: (answer: Answer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
}

let dir: string;
let corpus: Corpus;
let server: CorpusServer;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'hangup-corpus-server-'));
  for (const [file, content] of Object.entries(FILES)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), content);
  }
  corpus = { name: 'tiny', root: dir, pages: PAGES };
  server = await startCorpusServer(corpus, { cdnFolders: [path.join(dir, '_cdn')] });
});

afterAll(async () => {
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('the corpus server', () => {
  it('answers plain HTTP and TLS on the same port, for any host name of the corpus', async () => {
    for (const scheme of ['http', 'https'] as const) {
      const page = await get(server.port, scheme, 'alert-0x268d3.example.app', '/index.html?phone=18005550100');
      expect(page.status, scheme).toBe(200);
      expect(page.body).toBe('<title>alert</title>kit page');
      expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    }
  });

  it('serves the files beside a page, relative to its folder, with their types', async () => {
    const css = await get(server.port, 'https', 'alert-0x268d3.example.app', '/style.css');
    expect([css.status, css.body, css.headers['content-type']]).toEqual([200, 'body { color: red }', 'text/css; charset=utf-8']);
    const svg = await get(server.port, 'http', 'ALERT-0x268d3.example.app:443', '/img/bell.svg');
    expect([svg.status, svg.headers['content-type']]).toEqual([200, 'image/svg+xml']);
    // The host root of a page at /index.html is its folder.
    expect((await get(server.port, 'https', 'alert-0x268d3.example.app', '/')).body).toBe('<title>alert</title>kit page');
  });

  it('tells pages below one host apart by their path', async () => {
    expect((await get(server.port, 'https', 'www.example.com', '/test-pages/a/')).body).toBe('story a');
    expect((await get(server.port, 'https', 'www.example.com', '/test-pages/b/')).body).toBe('story b');
  });

  it('prefers the page whose query matches, and the referring page for files beside two pages', async () => {
    expect((await get(server.port, 'https', 'blog.example.org', '/2024/post')).body).toBe('post');
    expect((await get(server.port, 'https', 'blog.example.org', '/2024/post?comments=1')).body).toBe('post with comments');
    const photo = (referer: string) => get(server.port, 'https', 'blog.example.org', '/2024/photo.jpg', { referer }).then((a) => a.body);
    expect(await photo('https://blog.example.org/2024/post?comments=1')).toBe('comments photo');
    expect(await photo('https://blog.example.org/2024/post')).toBe('post photo');
  });

  it('answers a serve401Realm page with 401 and the realm, over both schemes', async () => {
    for (const scheme of ['http', 'https'] as const) {
      const answer = await get(server.port, scheme, 'auth.example.test', '/login');
      expect(answer.status).toBe(401);
      expect(answer.headers['www-authenticate']).toBe('Basic realm="Call \\"Support\\" 1-800-555-0100"');
      expect(answer.body).not.toContain('never served');
    }
  });

  it('gives 404 to hosts and paths that are not in the corpus', async () => {
    expect((await get(server.port, 'https', 'www.google-analytics.com', '/analytics.js')).status).toBe(404);
    expect((await get(server.port, 'https', 'alert-0x268d3.example.app', '/missing.png')).status).toBe(404);
    expect((await get(server.port, 'https', 'www.example.com', '/test-pages/c/')).status).toBe(404);
    expect((await get(server.port, 'http', '', '/index.html')).status).toBe(404);
  });

  it('refuses paths that climb out of a page folder', async () => {
    for (const raw of ['/../../secret.txt', '/%2e%2e/%2e%2e/secret.txt', '/..%2f..%2fsecret.txt', '/img/..%5c..%5c..%5csecret.txt', '/%2e%2e%2f%2e%2e%2fmanifest.json']) {
      const answer = await get(server.port, 'http', 'alert-0x268d3.example.app', raw);
      expect(answer.status, raw).toBe(404);
      expect(answer.body, raw).not.toContain('outside every page folder');
    }
  });

  it('serves a CDN stand-in by host and path, and nothing else from that folder', async () => {
    const jquery = await get(server.port, 'https', 'code.jquery.com', '/jquery-3.2.1.min.js');
    expect([jquery.status, jquery.body, jquery.headers['content-type']]).toEqual([200, '/* jquery stand-in */', 'text/javascript; charset=utf-8']);
    expect((await get(server.port, 'https', 'code.jquery.com', '/../../secret.txt')).status).toBe(404);
    expect((await get(server.port, 'https', '..', '/secret.txt')).status).toBe(404);
  });

  it('serves its own jQuery for a jQuery request to any other host, and only for that', async () => {
    const lib = await startCorpusServer(corpus, { libraries: defaultLibraryStandIns() });
    try {
      for (const [host, file] of [
        ['cdnjs.cloudflare.com', '/ajax/libs/jquery/3.6.4/jquery.min.js'],
        ['code.jquery.com', '/jquery-3.2.1.min.js'],
        ['ajax.googleapis.com', '/ajax/libs/jquery/1.12.4/jquery.js'],
      ] as const) {
        const answer = await get(lib.port, 'https', host, file);
        expect(answer.status, host).toBe(200);
        expect(answer.body).toContain('jQuery');
      }
      expect((await get(lib.port, 'https', 'cdnjs.cloudflare.com', '/ajax/libs/bootstrap/3.4.1/bootstrap.min.js')).status).toBe(404);
    } finally {
      await lib.close();
    }
  });

  it('makes every answer wait as long as a network would, when asked to', async () => {
    const slow = await startCorpusServer(corpus, { latencyMs: 300 });
    try {
      const started = performance.now();
      const answer = await get(slow.port, 'http', 'www.example.com', '/test-pages/a/');
      expect(answer.body).toBe('story a');
      // A timer never fires early; the server on its own answers in a few milliseconds.
      expect(performance.now() - started).toBeGreaterThanOrEqual(295);
    } finally {
      await slow.close();
    }
  });

  it('ends every page with its load reporter and hands its reports over, when asked for load reports', async () => {
    const reports: LoadReport[] = [];
    const reporting = await startCorpusServer(corpus, { cdnFolders: [path.join(dir, '_cdn')], onLoadReport: (report) => reports.push(report) });
    try {
      const page = await get(reporting.port, 'https', 'www.example.com', '/test-pages/a/');
      expect(page.body).toBe(`story a${LOAD_REPORTER}`);
      // Files beside a page are served as they are.
      expect((await get(reporting.port, 'https', 'blog.example.org', '/2024/photo.jpg')).body).toBe('post photo');
      const url = 'https://www.example.com/test-pages/a/?x=1&y=2#top';
      const sent = await get(reporting.port, 'https', 'www.example.com', `${LOAD_REPORT_PATH}?ms=123.4&url=${encodeURIComponent(url)}`);
      expect(sent.status).toBe(204);
      expect(reports).toEqual([{ url, loadMs: 123.4 }]);
      // A broken report is refused and changes nothing; the server goes on.
      for (const search of ['', '?ms=12', '?url=x', '?ms=abc&url=x', '?ms=-5&url=x', '?ms=0&url=x']) expect((await get(reporting.port, 'http', 'www.example.com', `${LOAD_REPORT_PATH}${search}`)).status, search).toBe(400);
      expect(reports).toHaveLength(1);
      expect((await get(reporting.port, 'http', 'www.example.com', '/test-pages/b/')).body).toBe(`story b${LOAD_REPORTER}`);
    } finally {
      await reporting.close();
    }
    // Without it, pages are served unchanged and the report path is like any other unknown path.
    expect((await get(server.port, 'https', 'www.example.com', '/test-pages/a/')).body).toBe('story a');
    expect((await get(server.port, 'https', 'www.example.com', `${LOAD_REPORT_PATH}?ms=1&url=x`)).status).toBe(404);
  });

  it('answers start pages that open a web address after a pause, only when taking load reports', async () => {
    const reporting = await startCorpusServer(corpus, { onLoadReport: () => undefined });
    try {
      const to = 'https://www.example.com/test-pages/a/?q="</script><script>alert(1)</script>';
      const start = await get(reporting.port, 'http', 'hangup-bench-start.test', `${START_PAGE_PATH}?${new URLSearchParams({ to, after: '300', key: 'k1' })}`);
      expect([start.status, start.headers['content-type']]).toEqual([200, 'text/html; charset=utf-8']);
      expect(start.body).toBe(startPageHtml(`?${new URLSearchParams({ to, after: '300' })}`));
      // What its script does, run here: it goes to the address (as the URL parser writes it) after the pause.
      expect(start.body).not.toContain('</script><script>');
      const script = /<script>([\s\S]*)<\/script>/.exec(start.body)?.[1] ?? '';
      const went: Array<[string, number]> = [];
      let pause = -1;
      const location = {
        set href(value: string) {
          went.push([value, pause]);
        },
      };
      new Function('setTimeout', 'location', script)((run: () => void, ms: number) => {
        pause = ms;
        run();
      }, location);
      expect(went).toEqual([[new URL(to).href, 300]]);
      for (const search of ['', '?to=javascript:alert(1)&after=0', '?to=not-a-url&after=0', '?to=https://x.example/&after=-1', '?to=https://x.example/&after=1.5', '?to=https://x.example/']) {
        expect((await get(reporting.port, 'http', 'hangup-bench-start.test', `${START_PAGE_PATH}${search}`)).status, search).toBe(400);
      }
    } finally {
      await reporting.close();
    }
    expect((await get(server.port, 'http', 'hangup-bench-start.test', `${START_PAGE_PATH}?to=https://x.example/&after=0`)).status).toBe(404);
  });

  it('counts what it served', () => {
    expect(server.stats.served).toBeGreaterThan(0);
    expect(server.stats.realm).toBe(2);
    expect(server.stats.notFound).toBeGreaterThan(0);
  });
});

describe('resolveRequest', () => {
  const routes = () => buildRoutes({ root: '/corpus', pages: PAGES });

  it('maps a page URL to its file and a path below the page directory to its folder', () => {
    expect(resolveRequest(routes(), { host: 'alert-0x268d3.example.app', path: '/index.html', search: '' })).toMatchObject({ kind: 'page', route: { id: 'kit', file: '/corpus/scam/kit/index.html' } });
    expect(resolveRequest(routes(), { host: 'alert-0x268d3.example.app', path: '/js/main.js', search: '' })).toMatchObject({ kind: 'beside', file: '/corpus/scam/kit/js/main.js' });
    expect(resolveRequest(routes(), { host: 'www.example.com', path: '/test-pages/b/pic.png', search: '' })).toMatchObject({ kind: 'beside', route: { id: 'story-b' }, file: '/corpus/benign/b/pic.png' });
  });

  it('knows nothing of other hosts or of paths above a page directory', () => {
    expect(resolveRequest(routes(), { host: 'example.net', path: '/index.html', search: '' })).toEqual({ kind: 'none' });
    expect(resolveRequest(routes(), { host: 'www.example.com', path: '/test-pages/', search: '' })).toEqual({ kind: 'none' });
    expect(resolveRequest(routes(), { host: 'www.example.com', path: '/test-pages/a/%2e%2e/b/x', search: '' })).toMatchObject({ kind: 'beside', file: '/corpus/benign/a/b/x' });
  });
});

describe('helpers', () => {
  it('reads the host name of a Host header', () => {
    expect(hostOfHeader('Example.COM:8443')).toBe('example.com');
    expect(hostOfHeader('example.com.')).toBe('example.com');
    expect(hostOfHeader('[::1]:80')).toBe('[::1]');
    expect(hostOfHeader(undefined)).toBe('');
  });

  it('writes a realm that cannot break the header', () => {
    expect(basicChallenge('a "b" \\ c\r\nSet-Cookie: x')).toBe('Basic realm="a \\"b\\" \\\\ c Set-Cookie: x"');
  });
});
