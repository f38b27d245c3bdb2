// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readPage, readShadowText, scanDocument, startScanLoop } from '../../../../src/extension/content/scan';
import type { PageExtract } from '../../../../src/core/detect/types';
import { completeCandidates } from '../../../../src/core/detect/prefilter';

/*
 * The content script's reading of a page. happy-dom has no layout, so `innerText` here is close to
 * the text content; what is hidden by style is covered by the end-to-end tests in Chromium.
 */

function page(html: string): Document {
  document.documentElement.innerHTML = `<head><title>Test page</title></head><body>${html}</body>`;
  return document;
}

/** The numbers the background finds in what was sent. */
function numbersOf(extract: PageExtract | undefined): string[] {
  return extract ? completeCandidates(extract).phones.map((p) => p.text) : [];
}

afterEach(() => {
  vi.useRealTimers();
});

describe('readPage', () => {
  it('reads tel: links in any case and labels that carry a number, unasked on a page with little text of its own', () => {
    const doc = page(`
      <a href="TEL:+18885550147">Call</a>
      <a href="https://example.com/">Shop</a>
      <img alt="Call Windows Support +1 (888) 555-0147" src="alert.png">
      <img alt="A photo of a cat" src="cat.png">
      <button aria-label="Helpline 0800 555 0199">?</button>
      <div aria-label="Open the menu"></div>
      <input type="image" alt="Toll free 1-844-555-0100" src="x.png">
      <input type="button" value="Call Support: 1-866-555-0187"><input type="submit" value="Send">
    `);
    const read = readPage(doc);
    expect(read.title).toBe('Test page');
    expect(read.telLinks).toEqual(['TEL:+18885550147']);
    // An input button's caption is its value, which innerText leaves out.
    expect(read.attrTexts).toEqual(['Call Windows Support +1 (888) 555-0147', 'Helpline 0800 555 0199', 'Toll free 1-844-555-0100', 'Call Support: 1-866-555-0187']);
  });

  it('reads text an element shows backwards in the order a person sees it', () => {
    const doc = page(`
      <p>Call Support: <bdo dir="rtl">7410-555 (888) 1+</bdo></p>
      <p>Toll free <span style="unicode-bidi: bidi-override; direction: rtl">0010-555-008-1</span></p>
      <p><span style="unicode-bidi: bidi-override">1-844-555-0133 is shown as written</span> <bdo dir="ltr">1-855-555-0199</bdo></p>
    `);
    expect(readPage(doc).attrTexts).toEqual(['+1 (888) 555-0147', '1-800-555-0100']);
  });

  it('reads the labels and tel: links of a page with text of its own only when asked, or once it behaves like a locker', () => {
    const doc = page(`
      <p>${'Our opening hours and prices, and how to find the shop. '.repeat(6)}</p>
      <a href="tel:+18885550147">Call us</a>
      <img alt="Call Windows Support +1 (888) 555-0147" src="alert.png">
    `);
    const unasked = readPage(doc);
    expect(unasked.text).toContain('opening hours');
    expect(unasked.telLinks).toEqual([]);
    expect(unasked.attrTexts).toEqual([]);
    for (const options of [{ labels: true }, { behaviours: [{ kind: 'fullscreen' as const, count: 1, userActivated: true, detail: '' }] }, { dialogTexts: ['Your PC is infected'] }]) {
      const read = readPage(doc, options);
      expect(read.telLinks).toEqual(['tel:+18885550147']);
      expect(read.attrTexts).toEqual(['Call Windows Support +1 (888) 555-0147']);
    }
  });

  it('reads what text fields, text areas, image titles and the page\'s own style sheets show with a number, which innerText leaves out', () => {
    const doc = page(`
      <style>.brand::after { content: "Microsoft Support: 1-844-555-0133"; } .icon::before { content: '\\2713'; } .a { color: red }</style>
      <input readonly value="Toll free 1-877-555-0121">
      <input type="tel" placeholder="Call 0800 555 0199">
      <input type="search" value="">
      <input type="password" value="12345678901">
      <input type="hidden" value="token 8885550147 2024">
      <input type="date" value="2024-01-02">
      <textarea readonly>${'Windows Defender found 3 threats on this computer. '.repeat(12)}Call Windows Support at +1 (888) 555-0147 now.</textarea>
      <img title="Helpdesk 1 (855) 555 0110" src="logo.png">
      <input type="image" alt="Toll free 1-844-555-0100" src="x.png">
    `);
    const read = readPage(doc, { labels: true });
    expect(read.attrTexts).toEqual([
      'Microsoft Support: 1-844-555-0133',
      'Toll free 1-877-555-0121',
      'Call 0800 555 0199',
      expect.stringMatching(/found 3 threats on this computer\. Call Windows Support at \+1 \(888\) 555-0147 now\.$/),
      'Helpdesk 1 (855) 555 0110',
      'Toll free 1-844-555-0100',
    ]);
    expect(read.attrTexts.every((text) => text.length <= 400)).toBe(true);
    // What a script writes into a field after load counts too.
    (doc.querySelector('input[type=search]') as HTMLInputElement).value = 'Call +1 888 555 0162';
    expect(readPage(doc, { labels: true }).attrTexts).toContain('Call +1 888 555 0162');
    // The background finds the numbers in them.
    expect(numbersOf(scanDocument(doc, { labels: true }))).toEqual(expect.arrayContaining(['1-844-555-0133', '1-877-555-0121', '+1 (888) 555-0147', '1 (855) 555 0110']));
  });

  it('stops collecting labels at the limit, so a page of thousands of thumbnails stays cheap to send', () => {
    const doc = page(Array.from({ length: 200 }, (_, i) => `<img alt="Photo 2024-01-${String(i % 28).padStart(2, '0')} no. 55501${i}" src="p.png">`).join(''));
    expect(readPage(doc).attrTexts.length).toBe(40);
  });
});

describe('text in shadow roots', () => {
  function withShadowAlert(light = '<p>Loading…</p>'): Document {
    const doc = page(`${light}<alert-box></alert-box>`);
    const host = doc.querySelector('alert-box') as HTMLElement;
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<div><h1>Your computer has been blocked</h1><p>Call Microsoft Support: 1-877-555-0164</p><inner-box></inner-box></div>';
    const nested = (root.querySelector('inner-box') as HTMLElement).attachShadow({ mode: 'open' });
    nested.innerHTML = '<p>Do not restart your computer.</p>';
    return doc;
  }

  it('reads the text of shadow roots, nested ones too, once the page is known to have them', () => {
    const read = readPage(withShadowAlert(), { shadowRoots: true });
    expect(read.text).toContain('Your computer has been blocked');
    expect(read.text).toContain('1-877-555-0164');
    expect(read.text).toContain('Do not restart your computer.');
    // Shadow text comes first: the trigger-word search reads the top of the text.
    expect(read.text.indexOf('1-877-555-0164')).toBeLessThan(read.text.indexOf('Loading'));
  });

  it('does not look for shadow roots on a page with text of its own that attached none', () => {
    const article = `<p>${'A long article about gardening, with plenty of text of its own. '.repeat(20)}</p>`;
    const read = readPage(withShadowAlert(article));
    expect(read.text).not.toContain('1-877-555-0164');
    expect(read.text).toContain('gardening');
  });

  it('looks for shadow roots on a page with almost no text of its own, as the parser may have attached them', () => {
    // A declarative shadow root (<template shadowrootmode>) makes no attachShadow() call for the
    // lockwatch to report; the end-to-end fixture corpus has the real thing (win-declarative-shadow).
    const read = readPage(withShadowAlert());
    expect(read.text).toContain('1-877-555-0164');
    expect(read.text).toContain('Loading');
  });

  it('looks for shadow roots on a page with text of its own once its labels are asked for, or once it behaves like a locker', () => {
    // The background asks for labels when the page's text shows something a scam shows: a kit
    // that shows its fright outside and keeps its number in a declarative shadow root.
    const lure = `<h1>Windows Defender Security Center</h1><p>${'Your computer has been blocked because of a Trojan infection. '.repeat(6)}</p>`;
    expect(readPage(withShadowAlert(lure)).text).not.toContain('1-877-555-0164');
    expect(readPage(withShadowAlert(lure), { labels: true }).text).toContain('1-877-555-0164');
    expect(readPage(withShadowAlert(lure), { behaviours: [{ kind: 'fullscreen', count: 1, userActivated: true, detail: '' }] }).text).toContain('1-877-555-0164');
  });

  it('leaves out the styles and scripts of a shadow root', () => {
    const doc = page('<x-card></x-card>');
    const root = (doc.querySelector('x-card') as HTMLElement).attachShadow({ mode: 'open' });
    root.innerHTML = '<style>p{color:red}</style><p>Opening hours</p>';
    expect(readShadowText(doc.documentElement)).toBe('Opening hours');
  });
});

describe('startScanLoop', () => {
  it('reads labels and tel: links from the moment the background asks, and sends them although the text is the same', async () => {
    vi.useFakeTimers();
    const doc = page(`<p>${'Windows found a problem with this computer and it needs attention soon. '.repeat(4)}</p><a href="tel:+18885550147">Call support</a>`);
    const sent: PageExtract[] = [];
    const loop = startScanLoop(doc, { debounceMs: 50, fastRescans: 5, maxDelayMs: 1000, promptMs: 10, send: (p) => sent.push(p) });
    await vi.advanceTimersByTimeAsync(150);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.telLinks).toEqual([]);

    loop.readLabels();
    await vi.advanceTimersByTimeAsync(150);
    expect(sent).toHaveLength(2);
    expect(sent[1]?.telLinks).toEqual(['tel:+18885550147']);
    // Asked again: nothing new to read, nothing sent.
    loop.readLabels();
    doc.body.append(doc.createElement('span'));
    await vi.advanceTimersByTimeAsync(200);
    expect(sent).toHaveLength(2);
    loop.stop();
  });

  it('sends what the page shows, again when its text changes, and not for changes that show nothing new', async () => {
    vi.useFakeTimers();
    const doc = page('<p id="alert">Welcome to our shop.</p>');
    const sent: Array<{ page: PageExtract; quiet: number[] }> = [];
    const loop = startScanLoop(doc, { debounceMs: 50, fastRescans: 5, maxDelayMs: 1000, promptMs: 10, send: (p, _ms, quiet) => sent.push({ page: p, quiet }) });
    // The first scan waits for the next frame (or a moment, in a tab that draws none).
    expect(sent).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(150);
    expect(sent).toHaveLength(1);

    // A class toggle (an animation) changes nothing a person reads: scanned, nothing sent.
    doc.getElementById('alert')?.setAttribute('class', 'blink');
    await vi.advanceTimersByTimeAsync(200);
    expect(sent).toHaveLength(1);

    // The page writes its alert after load: sent, with the time of the quiet rescan before it.
    const alert = doc.getElementById('alert');
    if (alert) alert.textContent = 'Your computer is blocked. Call +1 888 555 0147 now.';
    await vi.advanceTimersByTimeAsync(200);
    expect(sent).toHaveLength(2);
    expect(numbersOf(sent[1]?.page)).toEqual(['+1 888 555 0147']);
    expect(sent[1]?.quiet).toHaveLength(1);
    loop.stop();
  });

  it('reads what a page shows in answer to a click at once, not after the usual quiet time', async () => {
    vi.useFakeTimers();
    const doc = page('<p id="alert">Click anywhere to continue.</p>');
    const sent: PageExtract[] = [];
    const loop = startScanLoop(doc, { debounceMs: 400, fastRescans: 5, maxDelayMs: 10_000, promptMs: 50, send: (p) => sent.push(p) });
    await vi.advanceTimersByTimeAsync(150);
    expect(sent).toHaveLength(1);

    // Without input, a change waits for the page to be quiet for debounceMs.
    const alert = doc.getElementById('alert');
    if (alert) alert.textContent = 'Loading the article…';
    await vi.advanceTimersByTimeAsync(200);
    expect(sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(400);
    expect(sent).toHaveLength(2);

    // A mutation of the page's own (a ticker) starts a slow rescan; then the person clicks and
    // the page shows its alert: that is read within promptMs and a frame, not behind the ticker.
    doc.body.append(doc.createElement('span'));
    await vi.advanceTimersByTimeAsync(10);
    loop.input();
    if (alert) alert.textContent = 'Windows Defender: your computer is blocked. Call +1 888 555 0147.';
    await vi.advanceTimersByTimeAsync(150);
    expect(sent).toHaveLength(3);
    expect(numbersOf(sent[2])).toEqual(['+1 888 555 0147']);

    // The answer to one input is read promptly a few times, then at the usual pace again.
    for (let i = 0; i < 3; i++) {
      if (alert) alert.textContent = `Scanning… ${i + 1} threats found. Call +1 888 555 0147.`;
      await vi.advanceTimersByTimeAsync(150);
    }
    expect(sent).toHaveLength(5);
    if (alert) alert.textContent = 'Scanning… 4 threats found. Call +1 888 555 0147.';
    await vi.advanceTimersByTimeAsync(150);
    expect(sent).toHaveLength(5);
    await vi.advanceTimersByTimeAsync(500);
    expect(sent).toHaveLength(6);
    loop.stop();
  });

  it('sends the times of rescans that found nothing new once the page is quiet, so the figures count them', async () => {
    vi.useFakeTimers();
    const doc = page('<p id="alert">Welcome to our shop.</p>');
    const sent: number[][] = [];
    const quiet: number[][] = [];
    const loop = startScanLoop(doc, { debounceMs: 50, fastRescans: 5, maxDelayMs: 1000, promptMs: 10, send: (_p, ms, q) => sent.push([...q, ms]), sendQuiet: (q) => quiet.push(q) });
    await vi.advanceTimersByTimeAsync(150);
    expect(sent).toHaveLength(1);
    doc.getElementById('alert')?.setAttribute('class', 'blink');
    await vi.advanceTimersByTimeAsync(200);
    doc.getElementById('alert')?.setAttribute('class', '');
    await vi.advanceTimersByTimeAsync(200);
    expect(quiet).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(600);
    expect(sent).toHaveLength(1);
    expect(quiet).toHaveLength(1);
    expect(quiet[0]).toHaveLength(2);
    // Sent once: the next report does not carry them again.
    const alert = doc.getElementById('alert');
    if (alert) alert.textContent = 'Call +1 888 555 0147 now.';
    await vi.advanceTimersByTimeAsync(200);
    expect(sent).toHaveLength(2);
    expect(sent[1]).toHaveLength(1);
    loop.stop();
  });

  it('reads nothing more once stopped, whatever the page does', async () => {
    vi.useFakeTimers();
    const doc = page('<p id="alert">Welcome.</p>');
    const sent: PageExtract[] = [];
    const loop = startScanLoop(doc, { debounceMs: 50, fastRescans: 5, maxDelayMs: 1000, promptMs: 10, send: (p) => sent.push(p) });
    await vi.advanceTimersByTimeAsync(150);
    expect(sent).toHaveLength(1);
    loop.stop();
    loop.input();
    loop.poke();
    loop.scanNow();
    const alert = doc.getElementById('alert');
    if (alert) alert.textContent = 'Call +1 888 555 0147 now.';
    await vi.advanceTimersByTimeAsync(2000);
    expect(sent).toHaveLength(1);
  });

  it('scans at once when asked (a dialog is about to block the page), and only once', async () => {
    vi.useFakeTimers();
    const doc = page('<p>Call +1 888 555 0147 now.</p>');
    const sent: PageExtract[] = [];
    const loop = startScanLoop(doc, { debounceMs: 50, fastRescans: 5, maxDelayMs: 1000, promptMs: 10, send: (p) => sent.push(p) });
    loop.scanNow();
    expect(sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(300);
    expect(sent).toHaveLength(1);
    loop.stop();
  });

  it('reads the rest of a page at once when its parser is done, not after the usual quiet time', async () => {
    vi.useFakeTimers();
    // The first scan came at the first paint, when only the top of the page was there.
    const doc = page('<h1>Security Center</h1>');
    const sent: PageExtract[] = [];
    const loop = startScanLoop(doc, { debounceMs: 400, fastRescans: 5, maxDelayMs: 10_000, promptMs: 50, send: (p) => sent.push(p) });
    await vi.advanceTimersByTimeAsync(150);
    expect(sent).toHaveLength(1);
    // The parser adds the alert; the document is parsed a moment later.
    const alert = doc.createElement('p');
    alert.textContent = 'Your computer is blocked. Call +1 888 555 0147 now.';
    doc.body.append(alert);
    await vi.advanceTimersByTimeAsync(20);
    loop.soon();
    await vi.advanceTimersByTimeAsync(150);
    expect(sent).toHaveLength(2);
    expect(numbersOf(sent[1])).toEqual(['+1 888 555 0147']);
    // Asked again with nothing new and nothing waiting: read, nothing sent.
    loop.soon();
    await vi.advanceTimersByTimeAsync(1500);
    expect(sent).toHaveLength(2);
    loop.stop();
  });

  it('while a page is parsed, reads it again on a timer rather than on every change, and watches it once read whole', async () => {
    vi.useFakeTimers();
    const doc = page('<h1>Security Center</h1>');
    let parsing = true;
    const sent: PageExtract[] = [];
    const loop = startScanLoop(doc, { partial: () => parsing, debounceMs: 400, fastRescans: 5, maxDelayMs: 10_000, promptMs: 50, send: (p) => sent.push(p) });
    await vi.advanceTimersByTimeAsync(150);
    expect(sent).toHaveLength(1);
    // The parser waits for a script; one of the page's scripts writes the alert meanwhile. No
    // change is recorded, but the page is read again about a second after the last read.
    const alert = doc.createElement('p');
    alert.textContent = 'Your computer is blocked. Call +1 888 555 0147 now.';
    doc.body.append(alert);
    await vi.advanceTimersByTimeAsync(500);
    expect(sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent).toHaveLength(2);
    expect(numbersOf(sent[1])).toEqual(['+1 888 555 0147']);
    // Parsed: from now on a change is read after the usual quiet time (a timer alone would take
    // a second).
    parsing = false;
    loop.soon();
    await vi.advanceTimersByTimeAsync(150);
    const reads = sent.length;
    await vi.advanceTimersByTimeAsync(5000);
    expect(sent).toHaveLength(reads);
    if (alert) alert.textContent = 'Call Windows Support at +1 888 555 0199 immediately.';
    await vi.advanceTimersByTimeAsync(600);
    expect(sent).toHaveLength(reads + 1);
    loop.stop();
  });

  it('sends the first read of the parsed page even when it finds what the partial read found', async () => {
    vi.useFakeTimers();
    const doc = page('<h1>Is 1-888-555-0142 really Microsoft?</h1>');
    let parsing = true;
    const sent: Array<{ partial: boolean; title: string }> = [];
    const loop = startScanLoop(doc, {
      debounceMs: 400,
      fastRescans: 5,
      maxDelayMs: 10_000,
      promptMs: 50,
      partial: () => parsing,
      send: (p, _ms, _quiet, partial) => sent.push({ partial, title: p.top }),
    });
    await vi.advanceTimersByTimeAsync(150);
    expect(sent.map((s) => s.partial)).toEqual([true]);
    // Parsed, and nothing more came: the background still needs to hear it, to settle the verdict.
    parsing = false;
    loop.soon();
    await vi.advanceTimersByTimeAsync(150);
    expect(sent.map((s) => s.partial)).toEqual([true, false]);
    // From then on, the same text sends nothing.
    loop.soon();
    await vi.advanceTimersByTimeAsync(1500);
    expect(sent).toHaveLength(2);
    loop.stop();
  });
});
