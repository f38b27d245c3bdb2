import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../../src/cli/hangup';
import type { Io } from '../../../src/cli/list';
import { ArtifactSchema } from '../../../src/core/blocklist/artifact';
import { LoadedList } from '../../../src/core/blocklist/matcher';
import { parsePublicKey } from '../../../src/core/blocklist/sign';
import { acceptDiff, acceptList } from '../../../src/core/blocklist/update';

let dir: string;
let source: string;
let lines: string[];
let clock: number;

const io: Io = {
  out: (line) => lines.push(line),
  today: () => new Date(clock).toISOString().slice(0, 10),
  now: () => clock,
};

async function hangup(...args: string[]): Promise<{ code: number; output: string }> {
  lines = [];
  const code = await run([...args, ...(args[0] === 'list' && !['sign', 'verify', 'diff'].includes(args[1] ?? '') ? ['--source', source] : [])], io);
  return { code, output: lines.join('\n') };
}

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'hangup-cli-'));
  source = path.join(dir, 'source');
  await rm(source, { recursive: true, force: true });
  await import('node:fs/promises').then((fs) => fs.mkdir(source));
  clock = Date.parse('2026-11-23T10:00:00Z');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('hangup list', () => {
  it('adds, checks and removes hosts and numbers, writing reviewable text', async () => {
    expect((await hangup('list', 'add', 'https://alert-win.example.com/x?y', '--evidence', 'report:r-1')).code).toBe(0);
    expect((await hangup('list', 'add', '+1 (800) 645-3058', '--evidence', 'seen on a live scam page', '--expires', '2027-05-01')).code).toBe(0);
    const hosts = await readFile(path.join(source, 'hosts.txt'), 'utf8');
    expect(hosts).toContain('alert-win.example.com | 2026-11-23 |  | report:r-1');
    expect(await readFile(path.join(source, 'numbers.txt'), 'utf8')).toContain('+18006453058 | 2026-11-23 | 2027-05-01 | seen on a live scam page');

    expect((await hangup('list', 'check', 'http://a.alert-win.example.com/')).output).toMatch(/listed by the entry alert-win\.example\.com: report:r-1/);
    expect((await hangup('list', 'check', '+18006453058')).output).toMatch(/is listed: seen on a live scam page/);
    expect((await hangup('list', 'check', 'https://example.com/')).output).toMatch(/not listed/);

    expect((await hangup('list', 'remove', 'alert-win.example.com')).code).toBe(0);
    expect((await hangup('list', 'check', 'https://alert-win.example.com/')).output).toMatch(/not listed/);
    expect(await hangup('list', 'remove', 'alert-win.example.com')).toMatchObject({ code: 1, output: expect.stringMatching(/not listed/) });
  });

  it.each([
    [['list', 'add', 'microsoft.com', '--evidence', 'x'], 1, /belongs to Microsoft/],
    [['list', 'add', 'login.live.com', '--evidence', 'x'], 1, /belongs to Microsoft/],
    [['list', 'add', 'co.uk', '--evidence', 'x'], 1, /public suffix/],
    [['list', 'add', 'scam.example.com'], 2, /--evidence is required/],
    [['list', 'add', 'scam.example.com', '--evidence', 'x', '--expires', '2020-01-01'], 2, /not in the future/],
    [['list', 'add', '555-0123', '--evidence', 'x'], 1, /international form/],
    [['list', 'frobnicate'], 2, /Unknown list command/],
    [['list', 'build'], 2, /--out DIR is required/],
  ])('refuses %j with a clear message and exit code', async (args, code, message) => {
    const result = await hangup(...args);
    expect(result.code).toBe(code);
    expect(result.output).toMatch(message);
  });

  it('refuses to add an entry twice', async () => {
    await hangup('list', 'add', 'scam.example.com', '--evidence', 'x');
    expect(await hangup('list', 'add', 'SCAM.example.com.', '--evidence', 'y')).toMatchObject({ code: 1, output: expect.stringMatching(/already listed/) });
  });

  it('reports errors in a hand-edited source with file and line', async () => {
    await writeFile(path.join(source, 'hosts.txt'), '# ok\ngood.example.com | 2026-11-01 | | x\nbad entry here\n');
    const result = await hangup('list', 'stats');
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/hosts\.txt:3: expected ENTRY/);
  });

  it('imports a third-party list, deduplicated, refusing genuine brand domains', async () => {
    await hangup('list', 'add', 'already.example.com', '--evidence', 'report:1');
    const file = path.join(dir, 'third.txt');
    await writeFile(file, '# a list\nnew-scam.example.net\nsub.already.example.com\nnew-scam.example.net\nmicrosoft.com\n');
    const result = await hangup('list', 'import', file, '--format', 'plain');
    expect(result.code).toBe(0);
    expect(result.output).toMatch(/Imported 1 hosts/);
    expect(result.output).toMatch(/1 were already listed/);
    expect(result.output).toMatch(/Refused 1 genuine brand hosts: microsoft\.com/);
    const hosts = await readFile(path.join(source, 'hosts.txt'), 'utf8');
    expect(hosts).toContain('new-scam.example.net | 2026-11-23 |  | imported from third.txt on 2026-11-23');
    expect(hosts).not.toContain('microsoft.com');
  });

  it('refuses to import a web page', async () => {
    const file = path.join(dir, 'page.html');
    await writeFile(file, '<!doctype html><html><body>Not found</body></html>');
    expect(await hangup('list', 'import', file, '--format', 'plain')).toMatchObject({ code: 1 });
  });
});

describe('building, signing and publishing', () => {
  it('builds versions with diffs, signs them, verifies them, and a client accepts both', async () => {
    const keys = path.join(dir, 'keys');
    const out = path.join(dir, 'out');
    expect((await hangup('keygen', '--out', keys)).code).toBe(0);
    const publicKey = parsePublicKey(await readFile(path.join(keys, 'public.key'), 'utf8'));

    await hangup('list', 'add', 'first.example.com', '--evidence', 'report:1');
    await hangup('list', 'add', '+18006453058', '--evidence', 'seen on a live scam page');
    expect((await hangup('list', 'build', '--out', out)).code).toBe(0);
    clock += 60 * 60_000;
    await hangup('list', 'add', 'second.example.com', '--evidence', 'report:2');
    const built = await hangup('list', 'build', '--out', out);
    expect(built.output).toMatch(/1 diffs from earlier versions/);
    expect((await hangup('list', 'sign', out, '--key', path.join(keys, 'private.key'))).code).toBe(0);

    const verified = await hangup('list', 'verify', out, '--public-key', path.join(keys, 'public.key'));
    expect(verified.code).toBe(0);
    expect(verified.output).toMatch(/applied and checked/);

    const publish = path.join(out, 'publish');
    const index = JSON.parse(await readFile(path.join(publish, 'index.json'), 'utf8')) as { version: number; full: string; diffs: Record<string, string> };
    const [firstVersion] = Object.keys(index.diffs);
    const first = ArtifactSchema.parse(JSON.parse(await readFile(path.join(out, `list-${firstVersion}.json`), 'utf8')));
    const full = await acceptList(await readFile(path.join(publish, index.full), 'utf8'), 'application/json', publicKey, first);
    const viaDiff = await acceptDiff(await readFile(path.join(publish, index.diffs[firstVersion ?? ''] ?? ''), 'utf8'), 'application/json', publicKey, first);
    expect(viaDiff).toEqual(full);
    const list = new LoadedList(full, 'Hang Up');
    expect(list.address('https://x.second.example.com/', clock)?.evidence).toBe('report:2');
    expect(list.number('+18006453058', clock)).toBeDefined();
  });

  it('fails verification when a published file was changed', async () => {
    const keys = path.join(dir, 'keys');
    const out = path.join(dir, 'out');
    await hangup('keygen', '--out', keys);
    await hangup('list', 'add', 'first.example.com', '--evidence', 'report:1');
    await hangup('list', 'build', '--out', out);
    await hangup('list', 'sign', out, '--key', path.join(keys, 'private.key'));
    const publish = path.join(out, 'publish');
    const name = (await readdir(publish)).find((f) => f.startsWith('list-')) ?? '';
    const text = await readFile(path.join(publish, name), 'utf8');
    await writeFile(path.join(publish, name), text.replace('report:1', 'report:7'));
    const result = await hangup('list', 'verify', out, '--public-key', path.join(keys, 'public.key'));
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/FAIL .*signature does not match/);
  });

  it('will not write a key into the repository, nor overwrite one', async () => {
    const inside = await hangup('keygen', '--out', path.resolve(import.meta.dirname, 'keys-here'));
    expect(inside).toMatchObject({ code: 1, output: expect.stringMatching(/inside the repository/) });
    expect(existsSync(path.resolve(import.meta.dirname, 'keys-here'))).toBe(false);
    const keys = path.join(dir, 'keys');
    await hangup('keygen', '--out', keys);
    expect(await hangup('keygen', '--out', keys)).toMatchObject({ code: 1, output: expect.stringMatching(/not overwritten/) });
  });

  it('shows what changed between two source folders', async () => {
    const other = path.join(dir, 'other');
    await hangup('list', 'add', 'kept.example.com', '--evidence', 'report:1');
    await import('node:fs/promises').then((fs) => fs.cp(source, other, { recursive: true }));
    await hangup('list', 'add', 'new.example.com', '--evidence', 'report:2');
    const result = await hangup('list', 'diff', other, source);
    expect(result.output).toMatch(/\+ new\.example\.com \| report:2/);
    expect(result.output).toMatch(/1 added, 0 removed/);
  });
});
