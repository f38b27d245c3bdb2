import { describe, expect, it } from 'vitest';
import { type Artifact, buildArtifact, contentFromSource, decodeArtifact } from '../../../../src/core/blocklist/artifact';
import { applyDiff, makeDiff } from '../../../../src/core/blocklist/diff';
import { LoadedList, lookupOf } from '../../../../src/core/blocklist/matcher';
import { generateKeyPair, parsePublicKey, sign } from '../../../../src/core/blocklist/sign';
import { formatHostsSource, formatNumbersSource, parseHostsSource, parseNumbersSource, SourceFormatError } from '../../../../src/core/blocklist/source';
import { acceptDiff, acceptList, isExpired, ListRejected, retryMinutes } from '../../../../src/core/blocklist/update';

const NOW = Date.parse('2026-11-23T12:00:00Z');
const TODAY = '2026-11-23';

const HOSTS = `# a comment
scam-alert.example.com | 2026-11-01 | | report:r-1
=exact.shop-alert.com | 2026-11-02 | | a note about it
storage.googleapis.com/evil-bucket/ | 2026-11-03 | 2027-01-01 | https://example.org/writeup
gone.example.net | 2026-01-01 | 2026-02-01 | expired long ago
`;
const NUMBERS = `+18006453058 | 2026-11-20 | | seen on a live scam page
+448081646570 | 2026-11-20 | 2026-12-01 | seen on a live scam page
`;

async function artifactOf(hosts = HOSTS, numbers = NUMBERS, version = 1): Promise<Artifact> {
  const content = contentFromSource(parseHostsSource(hosts), parseNumbersSource(numbers), TODAY);
  return buildArtifact(content, { version, generatedAt: '2026-11-23T12:00:00Z', expiresAt: '2026-12-07T12:00:00Z', minFetchMinutes: 30 });
}

describe('the source files', () => {
  it('reads every kind of entry with its dates and evidence', () => {
    const hosts = parseHostsSource(HOSTS);
    expect(hosts.map((h) => [h.kind, h.host, h.path])).toEqual([
      ['domain', 'scam-alert.example.com', undefined],
      ['exact', 'exact.shop-alert.com', undefined],
      ['path', 'storage.googleapis.com', '/evil-bucket/'],
      ['domain', 'gone.example.net', undefined],
    ]);
    expect(hosts[2]).toMatchObject({ added: '2026-11-03', expires: '2027-01-01', evidence: 'https://example.org/writeup' });
    expect(parseNumbersSource(NUMBERS).map((n) => n.number)).toEqual(['+18006453058', '+448081646570']);
  });

  it.each([
    ['a public suffix', 'co.uk | 2026-11-01 | | x', 'public suffix'],
    ['shared hosting itself', 'github.io | 2026-11-01 | | x', 'public suffix'],
    ['an IP address', '203.0.113.9 | 2026-11-01 | | x', 'IP address'],
    ['a bad date', 'a.example.com | 2026-13-01 | | x', 'ADDED'],
    ['an expiry before the date added', 'a.example.com | 2026-11-01 | 2026-10-01 | x', 'EXPIRES'],
    ['no evidence', 'a.example.com | 2026-11-01 | |', 'EVIDENCE'],
    ['missing columns', 'a.example.com', 'expected ENTRY'],
    ['a duplicate', 'a.example.com | 2026-11-01 | | x\nA.example.com. | 2026-11-02 | | y', 'listed twice'],
  ])('refuses %s with the line and the reason', (_, text, reason) => {
    let error: unknown;
    try {
      parseHostsSource(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SourceFormatError);
    expect((error as Error).message).toContain(reason);
    expect((error as Error).message).toMatch(/hosts\.txt:\d+/);
  });

  it('refuses numbers that are not E.164', () => {
    expect(() => parseNumbersSource('1-800-645-3058 | 2026-11-01 | | x')).toThrow(/E\.164/);
  });

  it('writes back what it reads, sorted', () => {
    const hosts = parseHostsSource(HOSTS);
    const written = formatHostsSource([...hosts].reverse());
    expect(parseHostsSource(written)).toEqual(parseHostsSource(formatHostsSource(hosts)));
    expect(written.indexOf('exact.shop-alert.com')).toBeLessThan(written.indexOf('scam-alert.example.com'));
    expect(parseNumbersSource(formatNumbersSource(parseNumbersSource(NUMBERS)))).toEqual(parseNumbersSource(NUMBERS));
  });
});

describe('the compiled list', () => {
  it('matches a listed domain and its subdomains, not its neighbours', async () => {
    const list = new LoadedList(await artifactOf(), 'Hang Up');
    expect(list.address('https://scam-alert.example.com/x', NOW)?.entry).toBe('scam-alert.example.com');
    expect(list.address('http://a.b.scam-alert.example.com:8080/', NOW)).toMatchObject({ entry: 'scam-alert.example.com', evidence: 'report:r-1' });
    expect(list.address('https://example.com/', NOW)).toBeUndefined();
    expect(list.address('https://not-scam-alert.example.com/', NOW)).toBeUndefined();
  });

  it('matches an exact host only as itself', async () => {
    const list = new LoadedList(await artifactOf(), 'Hang Up');
    expect(list.address('https://exact.shop-alert.com/', NOW)?.entry).toBe('=exact.shop-alert.com');
    expect(list.address('https://www.exact.shop-alert.com/', NOW)).toBeUndefined();
  });

  it('matches a folder on shared hosting without listing the host', async () => {
    const list = new LoadedList(await artifactOf(), 'Hang Up');
    expect(list.address('https://storage.googleapis.com/evil-bucket/index.html', NOW)?.entry).toBe('storage.googleapis.com/evil-bucket/');
    expect(list.address('https://storage.googleapis.com/evil-bucket', NOW)?.entry).toBe('storage.googleapis.com/evil-bucket/');
    expect(list.address('https://storage.googleapis.com/evil-bucket-2/', NOW)).toBeUndefined();
    expect(list.address('https://storage.googleapis.com/other/', NOW)).toBeUndefined();
  });

  it('leaves out entries that expired before the build, and stops matching entries when they expire', async () => {
    const list = new LoadedList(await artifactOf(), 'Hang Up');
    expect(list.counts).toEqual({ hosts: 2, paths: 1, numbers: 2 });
    expect(list.address('https://gone.example.net/', NOW)).toBeUndefined();
    expect(list.number('+448081646570', NOW)).toBeDefined();
    expect(list.number('+448081646570', Date.parse('2026-12-02T00:00:00Z'))).toBeUndefined();
  });

  it('finds listed numbers with their evidence', async () => {
    const list = new LoadedList(await artifactOf(), 'Hang Up');
    expect(list.number('+18006453058', NOW)).toMatchObject({ evidence: 'seen on a live scam page' });
    expect(list.number('+18006453059', NOW)).toBeUndefined();
  });

  it('ignores addresses that are not web pages', async () => {
    const list = new LoadedList(await artifactOf(), 'Hang Up');
    expect(list.address('not a url', NOW)).toBeUndefined();
    expect(list.address('ftp://scam-alert.example.com/', NOW)).toBeUndefined();
  });

  it('answers the detector with the first list that knows the address, naming a subscribed list', async () => {
    const ours = new LoadedList(await artifactOf('a.example.com | 2026-11-01 | | report:1\n', ''), 'Hang Up');
    const theirs = new LoadedList(await artifactOf('b.example.com | 2026-11-01 | | imported\n', ''), 'Scam Blocklist');
    const lookup = lookupOf([ours, theirs], () => NOW);
    expect(lookup.address('https://a.example.com/')).toEqual({ entry: 'a.example.com', evidence: 'report:1' });
    expect(lookup.address('https://b.example.com/')).toEqual({ entry: 'b.example.com', evidence: 'Scam Blocklist: imported' });
    expect(lookup.address('https://c.example.com/')).toBeUndefined();
  });

  it('gives the same content hash for the same entries in any order', async () => {
    const a = await artifactOf();
    const b = await artifactOf(HOSTS.split('\n').reverse().join('\n'), NUMBERS.split('\n').reverse().join('\n'), 2);
    expect(b.contentHash).toBe(a.contentHash);
    expect((await artifactOf(HOSTS.replace('report:r-1', 'report:r-2'))).contentHash).not.toBe(a.contentHash);
  });

  it('finds every one of thousands of listed hosts, and none of their neighbours', async () => {
    const hosts = Array.from({ length: 5000 }, (_, i) => `site-${i.toString(36)}-${(i * 7919) % 10007}.example.com`);
    const list = new LoadedList(await artifactOf(hosts.map((h) => `${h} | 2026-11-01 | | bulk`).join('\n'), ''), 'Hang Up');
    expect(list.counts.hosts).toBe(5000);
    for (const host of hosts) {
      expect(list.address(`https://www.${host}/`, NOW)?.entry).toBe(host);
      expect(list.address(`https://${host.replace('site-', 'side-')}/`, NOW)).toBeUndefined();
    }
  });

  it('refuses a damaged table instead of matching garbage', async () => {
    const artifact = await artifactOf();
    expect(() => new LoadedList({ ...artifact, counts: { ...artifact.counts, hosts: 3 } }, 'Hang Up')).toThrow(/damaged/);
  });
});

describe('signed lists', () => {
  it('round-trips: a signed list is accepted and works', async () => {
    const keys = await generateKeyPair();
    const publicKey = parsePublicKey(keys.publicKey);
    const artifact = await artifactOf();
    const body = JSON.stringify(await sign(JSON.stringify(artifact), keys.privateKey, publicKey));
    const accepted = await acceptList(body, 'application/json', publicKey, null);
    expect(accepted).toEqual(artifact);
    expect(new LoadedList(accepted, 'Hang Up').number('+18006453058', NOW)).toBeDefined();
  });

  it('rejects a list with one byte changed', async () => {
    const keys = await generateKeyPair();
    const publicKey = parsePublicKey(keys.publicKey);
    const envelope = await sign(JSON.stringify(await artifactOf()), keys.privateKey, publicKey);
    const at = envelope.signed.indexOf('"version":1') + '"version":'.length;
    const tampered = { ...envelope, signed: `${envelope.signed.slice(0, at)}9${envelope.signed.slice(at + 1)}` };
    await expect(acceptList(JSON.stringify(tampered), null, publicKey, null)).rejects.toMatchObject({ kind: 'signature' });
  });

  it('rejects a list signed by another key', async () => {
    const [ours, theirs] = [await generateKeyPair(), await generateKeyPair()];
    const body = JSON.stringify(await sign(JSON.stringify(await artifactOf()), theirs.privateKey, parsePublicKey(theirs.publicKey)));
    await expect(acceptList(body, null, parsePublicKey(ours.publicKey), null)).rejects.toThrow(/another key/);
  });

  it('refuses to sign with a private key that does not belong to the public key', async () => {
    const [a, b] = [await generateKeyPair(), await generateKeyPair()];
    await expect(sign('x', a.privateKey, parsePublicKey(b.publicKey))).rejects.toThrow(/does not belong/);
  });

  it.each([
    ['an HTML error page', '<!doctype html><title>502</title>', null, 'html'],
    ['an HTML content type', '{}', 'text/html; charset=utf-8', 'html'],
    ['a truncated download', '{"signed":"{\\"format', null, 'malformed'],
    ['an unsigned list', '{"format":"hangup-list/1"}', null, 'signature'],
  ])('rejects %s', async (_, body, contentType, kind) => {
    const keys = await generateKeyPair();
    await expect(acceptList(body, contentType, parsePublicKey(keys.publicKey), null)).rejects.toMatchObject({ kind });
  });

  it('rejects an older version, and says so calmly for the same one', async () => {
    const keys = await generateKeyPair();
    const publicKey = parsePublicKey(keys.publicKey);
    const body = JSON.stringify(await sign(JSON.stringify(await artifactOf(HOSTS, NUMBERS, 5)), keys.privateKey, publicKey));
    const counts = { hosts: 2, paths: 1, numbers: 2 };
    await expect(acceptList(body, null, publicKey, { version: 6, counts })).rejects.toMatchObject({ kind: 'older' });
    await expect(acceptList(body, null, publicKey, { version: 5, counts })).rejects.toMatchObject({ kind: 'same' });
    await expect(acceptList(body, null, publicKey, { version: 4, counts })).resolves.toMatchObject({ version: 5 });
  });

  it('rejects a sharp drop in size', async () => {
    const keys = await generateKeyPair();
    const publicKey = parsePublicKey(keys.publicKey);
    const body = JSON.stringify(await sign(JSON.stringify(await artifactOf(HOSTS, NUMBERS, 2)), keys.privateKey, publicKey));
    await expect(acceptList(body, null, publicKey, { version: 1, counts: { hosts: 1000, paths: 0, numbers: 0 } })).rejects.toMatchObject({ kind: 'drop' });
  });

  it('rejects a signed list whose entries do not match its content hash', async () => {
    const keys = await generateKeyPair();
    const publicKey = parsePublicKey(keys.publicKey);
    const artifact = await artifactOf();
    const forged = { ...artifact, evidence: artifact.evidence.map((e) => `${e}!`) };
    const body = JSON.stringify(await sign(JSON.stringify(forged), keys.privateKey, publicKey));
    await expect(acceptList(body, null, publicKey, null)).rejects.toThrow(/content hash/);
  });

  it('knows when a list has expired', async () => {
    const artifact = await artifactOf();
    expect(isExpired(artifact, NOW)).toBe(false);
    expect(isExpired(artifact, Date.parse('2026-12-08T00:00:00Z'))).toBe(true);
  });

  it('backs off after failures, up to a day', () => {
    expect([0, 1, 2, 3, 10].map((n) => retryMinutes(30, n))).toEqual([30, 60, 120, 240, 1440]);
  });
});

describe('diffs', () => {
  const NEXT_HOSTS = `${HOSTS.replace('report:r-1', 'report:r-1, report:r-9').replace(/^=exact.*\n/m, '')}new-alert.example.org | 2026-11-23 | | report:r-10\n`;
  const NEXT_NUMBERS = `${NUMBERS}+18332480243 | 2026-11-23 | | seen on a live scam page\n`;

  it('takes a list to the next version, exactly', async () => {
    const base = await artifactOf();
    const target = await artifactOf(NEXT_HOSTS, NEXT_NUMBERS, 2);
    const diff = makeDiff(base, target);
    expect(diff.hosts.add).toHaveLength(2); // the changed evidence and the new host
    expect(diff.hosts.remove).toHaveLength(1);
    expect(diff.numbers.add.map(([n]) => n)).toEqual([18332480243]);
    expect(await applyDiff(base, diff)).toEqual(target);
    expect(decodeArtifact(await applyDiff(base, diff))).toEqual(decodeArtifact(target));
  });

  it('is refused for another base, and when its result does not match the signed hash', async () => {
    const base = await artifactOf();
    const target = await artifactOf(NEXT_HOSTS, NEXT_NUMBERS, 2);
    const diff = makeDiff(base, target);
    const other = await artifactOf(NEXT_HOSTS, NUMBERS, 1);
    await expect(applyDiff(other, diff)).rejects.toThrow(/for version|not match/);
    const broken = { ...diff, numbers: { add: [], remove: [] } };
    await expect(applyDiff(base, broken)).rejects.toThrow(/content hash/);
  });

  it('is accepted signed, and rejected unsigned or tampered', async () => {
    const keys = await generateKeyPair();
    const publicKey = parsePublicKey(keys.publicKey);
    const base = await artifactOf();
    const target = await artifactOf(NEXT_HOSTS, NEXT_NUMBERS, 2);
    const text = JSON.stringify(makeDiff(base, target));
    const body = JSON.stringify(await sign(text, keys.privateKey, publicKey));
    expect(await acceptDiff(body, null, publicKey, base)).toEqual(target);
    const tampered = JSON.stringify({ ...JSON.parse(body), signed: text.replace('18332480243', '18332480244') });
    await expect(acceptDiff(tampered, null, publicKey, base)).rejects.toBeInstanceOf(ListRejected);
  });
});
