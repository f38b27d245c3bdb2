import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { START_PAGE_PATH } from '../../../src/cli/corpus-server';
import { LoadReports, PipeClient, splitMessages, startPageFor } from '../../../src/cli/unattended-browser';

afterEach(() => {
  vi.useRealTimers();
});

describe('splitMessages', () => {
  it('cuts the pipe at each NUL byte and keeps an unfinished message for the next chunk', () => {
    expect(splitMessages('{"id":1}\0{"id":2}\0{"id"')).toEqual({ messages: ['{"id":1}', '{"id":2}'], rest: '{"id"' });
    expect(splitMessages('')).toEqual({ messages: [], rest: '' });
    expect(splitMessages('\0\0{"a":1}\0')).toEqual({ messages: ['{"a":1}'], rest: '' });
  });
});

/** A client on two in-memory pipes, and what it wrote to the browser. */
function pipes() {
  const toBrowser = new PassThrough();
  const fromBrowser = new PassThrough();
  const written: Array<{ id: number; method: string; params: unknown; sessionId?: string }> = [];
  toBrowser.setEncoding('utf8');
  toBrowser.on('data', (chunk: string) => {
    for (const text of splitMessages(chunk).messages) written.push(JSON.parse(text) as (typeof written)[number]);
  });
  return { client: new PipeClient(toBrowser, fromBrowser), fromBrowser, written };
}

describe('PipeClient', () => {
  it('sends each command with its own id and settles it with the answer that has that id', async () => {
    const { client, fromBrowser, written } = pipes();
    const first = client.send('Target.getTargets');
    const second = client.send('Runtime.evaluate', { expression: '1' }, 'session-7');
    await new Promise((resolve) => setImmediate(resolve));
    expect(written).toEqual([
      { id: 1, method: 'Target.getTargets', params: {} },
      { id: 2, method: 'Runtime.evaluate', params: { expression: '1' }, sessionId: 'session-7' },
    ]);
    // Answers out of order, an event between them, one answer split over two chunks.
    fromBrowser.write('{"id":2,"result":{"result":{"value":1}}}\0{"method":"Target.targetCreated","params":{}}\0{"id":1,"res');
    fromBrowser.write('ult":{"targetInfos":[]}}\0');
    await expect(second).resolves.toEqual({ result: { value: 1 } });
    await expect(first).resolves.toEqual({ targetInfos: [] });
  });

  it('rejects a command the browser refuses, with its message', async () => {
    const { client, fromBrowser } = pipes();
    const refused = client.send('Target.closeTarget', { targetId: 'gone' });
    fromBrowser.write('{"id":1,"error":{"code":-32602,"message":"No target with given id found"}}\0');
    await expect(refused).rejects.toThrow('No target with given id found');
  });

  it('rejects a command that gets no answer in time, and every command once the browser is gone', async () => {
    const { client, fromBrowser } = pipes();
    await expect(client.send('Target.getTargets', {}, undefined, 20)).rejects.toThrow('Target.getTargets got no answer within 20 ms');
    const pending = client.send('Target.createTarget', { url: 'about:blank' });
    fromBrowser.destroy();
    await expect(pending).rejects.toThrow('the browser closed its DevTools pipe');
    await expect(client.send('Target.getTargets')).rejects.toThrow('the browser closed its DevTools pipe');
  });
});

describe('LoadReports', () => {
  it('hands a report to whoever waits for its address, whatever its fragment', async () => {
    const reports = new LoadReports();
    const waiting = reports.next('https://www.example.com/a/?q=1', 1000);
    reports.receive({ url: 'https://www.example.com/b/', loadMs: 50 });
    reports.receive({ url: 'https://www.example.com/a/?q=1#section', loadMs: 123.5 });
    await expect(waiting).resolves.toBe(123.5);
  });

  it('gives null when no report comes in time, and drops reports nobody waits for', async () => {
    vi.useFakeTimers();
    const reports = new LoadReports();
    const waiting = reports.next('https://www.example.com/a/', 4000);
    vi.advanceTimersByTime(4000);
    await expect(waiting).resolves.toBeNull();
    // The late report of that load must not count for the next load of the same page.
    reports.receive({ url: 'https://www.example.com/a/', loadMs: 9000 });
    const next = reports.next('https://www.example.com/a/', 4000);
    reports.receive({ url: 'https://www.example.com/a/', loadMs: 140 });
    await expect(next).resolves.toBe(140);
  });

  it('gives null at once for an address that is not one', async () => {
    await expect(new LoadReports().next('not a url', 1000)).resolves.toBeNull();
  });
});

describe('startPageFor', () => {
  it('is the corpus server\'s start page on the bench\'s start host, naming the page, the pause and the load', () => {
    const url = 'https://x.example/a?b=1&c="2"#f';
    const start = new URL(startPageFor(url, 300, 'load-7'));
    expect([start.protocol, start.host, start.pathname]).toEqual(['http:', 'hangup-bench-start.test', START_PAGE_PATH]);
    expect(Object.fromEntries(start.searchParams)).toEqual({ to: url, after: '300', key: 'load-7' });
  });
});
