import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Metrics, round } from './bench-blocklist';
import { launchCorpusBrowser } from './corpus-browser';
import { percentile } from './eval-summary';

/*
 * The browser part of `npm run bench` also times what the lockwatch's wrappers cost a page's own
 * scripts, call by call. The lockwatch (src/extension/lockwatch/page-world.ts) puts a Proxy in
 * place of each native it watches, so every call a page makes to one goes through our code
 * first, on every page. The benign corpus barely shows this in its load times: offline, the
 * third-party scripts that call these most (ads, embeds, analytics) fail to load. So a page of
 * our own calls each wrapped native many times in a loop, in Chromium without and with the
 * extension, and the difference is what one call costs a page.
 */

export interface CallCase {
  /** The metric's name: `lockwatch.callUs.<name>`. */
  name: string;
  /** What a page does, for the metric's unit. */
  what: string;
  calls: number;
  /** A loop body run `calls` times; `i` is the index, and the page's helpers are in scope. */
  body: string;
}

/**
 * The natives pages call most often among those we wrap. Those that count towards a locker
 * (dialogs, history, fullscreen, windows, media) are left out: calling them in a loop would be
 * reported as one.
 */
export const CALL_CASES: readonly CallCase[] = [
  { name: 'addEventListener', what: 'element.addEventListener', calls: 20_000, body: 'spans[i % spans.length].addEventListener("click", noop);' },
  { name: 'contentWindowSameOrigin', what: 'iframe.contentWindow, a frame of the page\'s own origin', calls: 20_000, body: 'same.contentWindow;' },
  { name: 'contentWindowCrossOrigin', what: 'iframe.contentWindow, a frame of another site (as when posting a message to an embed)', calls: 5_000, body: 'cross.contentWindow;' },
  { name: 'contentDocumentCrossOrigin', what: 'iframe.contentDocument, a frame of another site', calls: 5_000, body: 'cross.contentDocument;' },
  { name: 'functionToString', what: 'Function.prototype.toString', calls: 20_000, body: 'noop.toString();' },
  { name: 'attachShadow', what: 'element.attachShadow', calls: 5_000, body: 'document.createElement("div").attachShadow({ mode: "open" });' },
];

const PAGE_HOST = 'hangup-bench-calls.test';
const OTHER_HOST = 'hangup-bench-calls-other.test';
const ROUNDS = 7;

/** The page that times the calls: `window.timeCalls()` gives µs per call by case name. */
export function callsPage(cases: readonly CallCase[] = CALL_CASES): string {
  const timers = cases
    .map((c) => `  time(${JSON.stringify(c.name)}, ${c.calls}, function (n) { for (var i = 0; i < n; i++) { ${c.body} } });`)
    .join('\n');
  return `<!doctype html><html lang="en"><head><title>Calls</title></head><body>
<iframe id="same" src="/blank.html"></iframe><iframe id="cross" src="http://${OTHER_HOST}/blank.html"></iframe>
<script>
window.timeCalls = function () {
  var out = {};
  var spans = [];
  for (var k = 0; k < 20000; k++) spans.push(document.createElement('span'));
  var noop = function () {};
  var same = document.getElementById('same');
  var cross = document.getElementById('cross');
  function time(name, calls, loop) {
    loop(50);
    var start = performance.now();
    loop(calls);
    out[name] = (performance.now() - start) * 1000 / calls;
  }
${timers}
  return out;
};
</script></body></html>`;
}

/** Per case: median µs per call with the extension minus without, over the rounds. */
export function callTax(without: ReadonlyMap<string, number[]>, withExtension: ReadonlyMap<string, number[]>, cases: readonly CallCase[] = CALL_CASES): Metrics {
  const metrics: Metrics = {};
  for (const c of cases) {
    const bare = percentile(without.get(c.name) ?? [], 50);
    const wrapped = percentile(withExtension.get(c.name) ?? [], 50);
    metrics[`lockwatch.callUs.${c.name}`] = {
      value: bare === null || wrapped === null ? null : round(wrapped - bare, 3),
      unit: `µs the extension adds to one call of ${c.what} (median of ${ROUNDS} loops of ${c.calls} calls; without it ${bare === null ? 'n/a' : `${round(bare, 3)} µs`})`,
    };
  }
  return metrics;
}

export async function benchCalls(extensionDir: string, log: (line: string) => void): Promise<Metrics> {
  const page = callsPage();
  const server = createServer((request, response) => {
    response.setHeader('content-type', 'text/html; charset=utf-8');
    response.end(request.url?.startsWith('/blank.html') ? '<!doctype html><title>Blank</title><p>A frame.</p>' : page);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  log(`Timing calls to the natives the lockwatch wraps, ${ROUNDS} rounds with and without the extension…`);
  const results = { without: new Map<string, number[]>(), with: new Map<string, number[]>() };
  try {
    for (const variant of ['without', 'with'] as const) {
      const browser = await launchCorpusBrowser({ serverPort: port, extensionDir: variant === 'with' ? extensionDir : null });
      try {
        const tab = await browser.context.newPage();
        for (let round = 0; round < ROUNDS; round++) {
          await tab.goto(`http://${PAGE_HOST}/calls.html?round=${round}`, { waitUntil: 'load' });
          const perCall = (await tab.evaluate('window.timeCalls()')) as Record<string, number>;
          for (const [name, us] of Object.entries(perCall)) {
            const list = results[variant].get(name) ?? [];
            list.push(us);
            results[variant].set(name, list);
          }
        }
      } finally {
        await browser.close();
      }
    }
  } finally {
    server.close();
  }
  return callTax(results.without, results.with);
}
