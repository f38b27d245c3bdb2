import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { launchCorpusBrowser } from '../../src/cli/corpus-browser';
import { launch, type Launched } from './fixtures';

/*
 * What a page that knows Hang Up is there can try against it. A published extension's id is
 * public (it is in its store address), so a kit can use it; here the page is handed the id in
 * its address.
 */

/** A shell that first tries to switch the content script off, then draws its alert. */
function kit(extensionId: string): string {
  return `<!doctype html><html lang="en"><head><title>Please wait</title></head><body>
<div id="box">Loading…</div>
<script>
// WXT's content-script context stops when this event, named after the extension, reaches the document.
document.dispatchEvent(new CustomEvent(${JSON.stringify(`${extensionId}:content:wxt:content-script-started`)}, { detail: { contentScriptName: 'content', messageId: 'forged' } }));
window.addEventListener('message', function (event) { if (event.data && event.data.type) document.title = 'seen: ' + event.data.type; });
setTimeout(function () {
  document.getElementById('box').innerHTML = '<h1>Windows Defender Security Center</h1><p>Your computer has been blocked. Trojan spyware detected.</p><p>Do not restart your computer. Call Microsoft Support now: +1 (888) 555-0142 (toll free)</p>';
}, 1200);
</script></body></html>`;
}

/** A page that listens for messages before anything else it does. */
const LISTENER = `<!doctype html><html lang="en"><head><title>Listening</title>
<script>window.addEventListener('message', function (event) { document.title = 'heard: ' + JSON.stringify(event.data); });</script>
</head><body><p>A page about gardening.</p></body></html>`;

/**
 * A page that lists its window's own properties, to be compared with the same list in a browser
 * without Hang Up. (A frame of the page's own would not do: Hang Up's scripts run there too.)
 */
const GLOBALS = `<!doctype html><html lang="en"><head><title>Counting</title></head><body>
<script>document.title = JSON.stringify(Object.getOwnPropertyNames(window).sort());</script></body></html>`;

/**
 * A page that compares what its frame's window offers before and after it asks the frame element
 * for that window: anything that changed in between would be the work of something watching it.
 */
const FRAME_NATIVES = `<!doctype html><html lang="en"><head><title>Comparing</title></head><body>
<iframe></iframe>
<script>(function () {
  var frame = window.frames[0];
  var before = [frame.alert, frame.confirm, frame.print, frame.EventTarget.prototype.addEventListener, frame.Function.prototype.toString];
  var element = document.querySelector('iframe');
  void element.contentWindow;
  void element.contentDocument;
  var after = [frame.alert, frame.confirm, frame.print, frame.EventTarget.prototype.addEventListener, frame.Function.prototype.toString];
  document.title = before.every(function (fn, i) { return fn === after[i]; }) ? 'unchanged' : 'changed';
})();</script></body></html>`;

/**
 * A page that looks harmless until after its load event, then replaces its whole document
 * (`document.open()` removes every listener of the window and the document, ours too) and loops
 * dialogs with the number: the number is in no page text at all.
 */
const REWRITE = `<!doctype html><html lang="en"><head><title>Easy Recipes</title></head><body>
<p>Loading today's recipes…</p>
<script>
window.addEventListener('load', function () {
  setTimeout(function () {
    document.open();
    document.write('<!doctype html><html lang="en"><head><title>Windows Defender</title></head><body><h1>Windows Defender Security Center</h1><p>Your computer has been blocked. Trojan spyware detected. Do not restart your computer.</p></body></html>');
    document.close();
    setTimeout(function () { for (var i = 0; i < 3; i++) alert('Call Microsoft Support now: +1 (888) 555-0142'); }, 300);
  }, 800);
});
</script></body></html>`;

/**
 * A page that goes after the lockwatch in its own world: it tries to take the unwrapped `alert`
 * through a Proxy trap added to Object.prototype, and replaces the prototype methods a watcher
 * might call (serialising, slicing text, counting) before it loops dialogs with the number.
 */
const POLLUTED = `<!doctype html><html lang="en"><head><title>Windows Defender</title></head><body>
<h1>Windows Defender Security Center</h1>
<p>Your computer has been blocked. Trojan spyware detected. Do not restart your computer.</p>
<script>
(function () {
  var leaked = {};
  Object.prototype.get = function (target, key, receiver) {
    if (typeof target === 'function' && target.name) leaked[target.name] = target;
    return Reflect.get(target, key, receiver);
  };
  void window.alert.name;
  delete Object.prototype.get;
  var show = leaked.alert || window.alert;
  Object.prototype.toJSON = function () { return {}; };
  Object.defineProperty(Object.prototype, 'bubbles', { get: function () { throw new Error('no'); }, configurable: true });
  String.prototype.slice = function () { return ''; };
  Array.prototype.filter = function () { return []; };
  Array.prototype.push = function () { return 0; };
  Map.prototype.get = function () { return undefined; };
  WeakSet.prototype.has = function () { return true; };
  JSON.stringify = function () { return '{}'; };
  setTimeout(function () { for (var i = 0; i < 3; i++) show.call(window, 'Call Microsoft Support now: +1 (888) 555-0142'); }, 300);
})();
</script></body></html>`;

/** A page that asks its own functions what they are. */
const NATIVE = `<!doctype html><html lang="en"><head><title>Asking</title></head><body>
<script>(function () {
  var contentWindow = Object.getOwnPropertyDescriptor(HTMLIFrameElement.prototype, 'contentWindow').get;
  document.title = JSON.stringify([
    String(window.alert),
    String(history.pushState),
    Function.prototype.toString.call(contentWindow),
    String(Function.prototype.toString),
    String(EventTarget.prototype.addEventListener)
  ]);
})();</script></body></html>`;

/** A page that reads its stack from inside the functions Hang Up watches (see the fixture). */
const STACK = readFileSync(path.resolve('tests/fixtures/pages/stack-trace.html'), 'utf8');

let server: Server;
let profile: string;
let launched: Launched;

test.beforeEach(async () => {
  server = createServer((request, response) => {
    const id = new URL(request.url ?? '/', 'http://localhost').searchParams.get('id') ?? '';
    const routes: Record<string, string> = { '/listen': LISTENER, '/globals': GLOBALS, '/frame-natives': FRAME_NATIVES, '/rewrite': REWRITE, '/polluted': POLLUTED, '/native': NATIVE, '/stack': STACK };
    const html = routes[new URL(request.url ?? '/', 'http://localhost').pathname] ?? kit(id);
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  profile = await mkdtemp(path.join(tmpdir(), 'hangup-hostile-e2e-'));
  launched = await launch(profile, (server.address() as AddressInfo).port);
});

test.afterEach(async () => {
  await launched.context.close();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await rm(profile, { recursive: true, force: true });
});

/** Open `url` and expect the tab to end on the warning page, which shows the kit's number. */
async function expectStopped(url: string): Promise<void> {
  const { context, extensionId } = launched;
  const page = await context.newPage();
  page.on('dialog', (dialog) => void dialog.dismiss().catch(() => undefined));
  await page.goto(url);
  await expect.poll(() => page.url(), { timeout: 15_000 }).toContain(`chrome-extension://${extensionId}/warning.html`);
  await expect(page.locator('s.number').first()).toContainText('555-0142');
}

test('a page that forges the content script framework’s "started again" event is still read and stopped', async () => {
  await expectStopped(`http://defender-check.example-scam.test/?id=${launched.extensionId}`);
});

test('a page hears no message from Hang Up when it loads', async () => {
  const { context } = launched;
  const page = await context.newPage();
  await page.goto('http://garden.example.test/listen');
  // Posted messages arrive as tasks soon after the page starts; give them time.
  await page.waitForTimeout(1000);
  await expect(page).toHaveTitle('Listening');
});

test('a page finds no global of Hang Up’s in its own world', async () => {
  const { context } = launched;
  const page = await context.newPage();
  await page.goto('http://garden.example.test/globals');
  const withHangUp = JSON.parse(await page.title()) as string[];
  // The same page at the same address, in a Chromium started the same way but without Hang Up.
  const plain = await launchCorpusBrowser({ serverPort: (server.address() as AddressInfo).port, extensionDir: null });
  try {
    const plainPage = await plain.context.newPage();
    await plainPage.goto('http://garden.example.test/globals');
    const without = JSON.parse(await plainPage.title()) as string[];
    expect(without.length).toBeGreaterThan(100);
    expect(withHangUp.filter((name) => !without.includes(name))).toEqual([]);
  } finally {
    await plain.close();
  }
});

test('a page that reaches for its frame’s window finds its functions as they were', async () => {
  const { context } = launched;
  const page = await context.newPage();
  await page.goto('http://garden.example.test/frame-natives');
  await expect(page).toHaveTitle('unchanged');
});

test('a page that replaces its document after load and then loops dialogs is still read and stopped', async () => {
  await expectStopped('http://easy-recipes.example-scam.test/rewrite');
});

test('a page that tampers with the prototypes of its own world cannot hide its dialogs', async () => {
  await expectStopped('http://defender-alert.example-scam.test/polluted');
});

test('the functions Hang Up watches look like the browser’s own to the page', async () => {
  const { context } = launched;
  const page = await context.newPage();
  await page.goto('http://garden.example.test/native');
  await expect
    .poll(async () => JSON.parse(await page.title()) as unknown)
    .toEqual([
      'function alert() { [native code] }',
      'function pushState() { [native code] }',
      'function get contentWindow() { [native code] }',
      'function toString() { [native code] }',
      'function addEventListener() { [native code] }',
    ]);
});

test('a page that reads its stack from inside a watched function finds no address of Hang Up’s', async () => {
  const { context, extensionId } = launched;
  const page = await context.newPage();
  await page.goto('http://garden.example.test/stack');
  const stacks = JSON.parse(await page.title()) as string[];
  // Each callback ran, from inside a function Hang Up watches.
  expect(stacks).toHaveLength(3);
  for (const stack of stacks) {
    expect(stack).toContain('garden.example.test/stack');
    expect(stack).not.toContain('chrome-extension://');
    expect(stack).not.toContain(extensionId);
    expect(stack).not.toContain('lockwatch');
  }
});
