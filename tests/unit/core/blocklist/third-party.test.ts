import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFormat, ListFormatError, parseThirdPartyList } from '../../../../src/core/blocklist/third-party';

const isProtected = (host: string): boolean => host === 'microsoft.com' || host.endsWith('.microsoft.com');

const listsDir = path.resolve(import.meta.dirname, '../../../../../shared/lists');
const jarelllamaFile = path.join(listsDir, 'jarelllama-scam-blocklist/scams_light.txt');
const durablenapkinFile = path.join(listsDir, 'durablenapkin-scamblocklist/hosts.txt');

describe('parseThirdPartyList: plain', () => {
  it('reads one domain per line, with comments, CRLF, a BOM, tabs and trailing comments', () => {
    const text = '\uFEFF# Title: test list\r\n! also a comment\r\n\r\nScam-Alert.example.com\r\n\twinsec-help.top  \r\nfake-support.net # reported 2025-03-01\r\nvirus-warning.xyz ! noted\r\n';
    const list = parseThirdPartyList(text, 'plain');
    expect(list.hosts).toEqual(['scam-alert.example.com', 'winsec-help.top', 'fake-support.net', 'virus-warning.xyz']);
    expect(list.skipped).toEqual({ comment: 2, blank: 1 });
    expect(list.examples).toEqual([]);
    expect(list.refused).toEqual([]);
  });

  it('reads `*.` and `.` wildcards as the domain itself and drops trailing dots', () => {
    const list = parseThirdPartyList('*.scam-one.com\n.scam-two.com\nscam-three.com.\n', 'plain');
    expect(list.hosts).toEqual(['scam-one.com', 'scam-two.com', 'scam-three.com']);
  });

  it('keeps the first of duplicate entries, whatever their spelling', () => {
    const list = parseThirdPartyList('scam.top\nSCAM.TOP\n*.scam.top\nscam.top.\nother.top\n', 'plain');
    expect(list.hosts).toEqual(['scam.top', 'other.top']);
    expect(list.skipped).toEqual({ duplicate: 3 });
    // Duplicates are routine, not problems worth showing.
    expect(list.examples).toEqual([]);
  });

  it('skips IP addresses, public suffixes, unknown suffixes and malformed names, with examples', () => {
    const text = [
      'good-scam.com',
      '203.0.113.7',
      '2001:db8::1',
      '[2001:db8::2]',
      'co.uk',
      'github.io',
      'blogspot.com',
      'com',
      'printer.lan',
      'under_score.example.com',
      'two..dots.com',
      `${'a'.repeat(64)}.com`,
      'https://scam.example.org/path',
      'word another.com',
      'nodot',
    ].join('\n');
    const list = parseThirdPartyList(text, 'plain');
    expect(list.hosts).toEqual(['good-scam.com']);
    expect(list.skipped).toEqual({
      'ip address': 3,
      'public suffix': 4,
      'unknown top-level domain': 1,
      'not a host': 5,
      'address with a path': 1,
    });
    expect(list.examples.slice(0, 3)).toEqual([
      { line: 2, text: '203.0.113.7', reason: 'ip address' },
      { line: 3, text: '2001:db8::1', reason: 'ip address' },
      { line: 4, text: '[2001:db8::2]', reason: 'ip address' },
    ]);
    expect(list.examples.find((e) => e.text === 'co.uk')).toEqual({ line: 5, text: 'co.uk', reason: 'public suffix' });
  });

  it('accepts a subdomain of a private public suffix but not the suffix itself', () => {
    const list = parseThirdPartyList('winsec-alert.github.io\ngithub.io\nkitchen-3f9a.pages.dev\n', 'plain');
    expect(list.hosts).toEqual(['winsec-alert.github.io', 'kitchen-3f9a.pages.dev']);
    expect(list.skipped).toEqual({ 'public suffix': 1 });
  });

  it('converts Unicode names to punycode and treats both spellings as one', () => {
    const list = parseThirdPartyList('mіcrosoft-support.com\nBücher-Hilfe.DE\nxn--bcher-hilfe-thb.de\n', 'plain');
    // The first line has a Cyrillic "і".
    expect(list.hosts).toEqual(['xn--mcrosoft-support-9vn.com', 'xn--bcher-hilfe-thb.de']);
    expect(list.skipped).toEqual({ duplicate: 1 });
    for (const host of list.hosts) expect(host).toMatch(/^[a-z0-9.-]+$/);
  });

  it('allows 63-character labels and 253-character names, and no more', () => {
    const label = 'a'.repeat(63);
    const longest = `${label}.${label}.${label}.${'b'.repeat(57)}.com`;
    expect(longest).toHaveLength(253);
    const list = parseThirdPartyList(`${label}.com\n${longest}\nx${longest}\n`, 'plain');
    expect(list.hosts).toEqual([`${label}.com`, longest]);
    expect(list.skipped).toEqual({ 'not a host': 1 });
  });
});

describe('parseThirdPartyList: hosts', () => {
  it('reads blocking lines, several names per line, and skips the machine’s own names', () => {
    const text = [
      '# hosts file',
      '127.0.0.1 localhost localhost.localdomain',
      '::1 localhost ip6-localhost ip6-loopback',
      'ff02::1 ip6-allnodes',
      '255.255.255.255 broadcasthost',
      '0.0.0.0 0.0.0.0',
      '',
      '0.0.0.0 scam-one.com',
      '127.0.0.1\tscam-two.com www.scam-two.com # same campaign',
      ':: scam-three.net',
      '0:0:0:0:0:0:0:0 scam-four.net',
      '0.0.0.0    SCAM-ONE.com',
    ].join('\r\n');
    const list = parseThirdPartyList(text, 'hosts');
    expect(list.hosts).toEqual(['scam-one.com', 'scam-two.com', 'www.scam-two.com', 'scam-three.net', 'scam-four.net']);
    expect(list.skipped).toEqual({ comment: 1, blank: 1, 'local name': 8, duplicate: 1 });
    expect(list.examples).toEqual([]);
  });

  it('skips names pinned to a real address, bare names and bad hosts', () => {
    const text = [
      '0.0.0.0 scam.example',
      '0.0.0.0 scam-ok.com',
      '192.168.1.1 router.home-network.com',
      '2001:db8::5 mirror.home-network.com',
      'scam-bare.com',
      '0.0.0.0',
      '0.0.0.0 co.uk',
      '0.0.0.0 10.0.0.1',
    ].join('\n');
    const list = parseThirdPartyList(text, 'hosts');
    expect(list.hosts).toEqual(['scam-ok.com']);
    expect(list.skipped).toEqual({
      'unknown top-level domain': 1,
      'maps to a real address': 2,
      'not a hosts line': 2,
      'public suffix': 1,
      'ip address': 1,
    });
    expect(list.examples.map((e) => e.line)).toEqual([1, 3, 4, 5, 6, 7, 8]);
  });
});

describe('parseThirdPartyList: adblock', () => {
  it('accepts whole-site rules and skips everything narrower', () => {
    const text = [
      '[Adblock Plus 2.0]',
      '! Title: test filters',
      '||scam-one.com^',
      '||scam-two.com^$document',
      '||scam-three.com^$doc,important',
      '||scam-four.com^$all',
      '||scam-five.com^$popup',
      '||scam-six.com^|',
      '||Scam-Seven.com',
      '|https://scam-eight.com/',
      '|http://scam-nine.com^',
      '||*.scam-ten.com^$DOC',
      'scam-eleven.com',
      '||tracker.com^$third-party',
      '||cdn.com^$script',
      '||adult.com^$doc,domain=example.org',
      '||fine.com^$badfilter',
      '@@||allowed.com^',
      'example.com##.ad-banner',
      '##.generic-ad',
      'example.com#@#.ad',
      'example.com#?#div:has(> .ad)',
      'example.com#$#abort-on-property-read x',
      '/^https?:\\/\\/[a-z]{8}\\.top\\//$doc',
      '||scam.com/fake-alert/index.html',
      '|https://scam.com/path',
      '||brand.*^$doc',
      '*$doc,domain=x.com',
      '||example.com^*',
      '||203.0.113.9^$doc',
      '||co.uk^',
    ].join('\n');
    const list = parseThirdPartyList(text, 'adblock');
    expect(list.hosts).toEqual([
      'scam-one.com', 'scam-two.com', 'scam-three.com', 'scam-four.com', 'scam-five.com', 'scam-six.com',
      'scam-seven.com', 'scam-eight.com', 'scam-nine.com', 'scam-ten.com', 'scam-eleven.com',
    ]);
    expect(list.skipped).toEqual({
      comment: 2,
      'rule with options we do not honour': 5,
      'cosmetic or exception rule': 6,
      'regular expression rule': 1,
      'address with a path': 2,
      'not a host': 2,
      'ip address': 1,
      'public suffix': 1,
    });
    expect(list.examples.find((e) => e.text === '||tracker.com^$third-party')?.reason).toBe('rule with options we do not honour');
    expect(list.examples.find((e) => e.text.startsWith('@@'))).toEqual({ line: 18, text: '@@||allowed.com^', reason: 'cosmetic or exception rule' });
  });
});

describe('parseThirdPartyList: protected hosts', () => {
  it('refuses genuine brand hosts in every format and counts them', () => {
    expect(parseThirdPartyList('microsoft.com\nsupport.microsoft.com\nmicrosoft-alert.com\n', 'plain', { isProtected })).toEqual({
      hosts: ['microsoft-alert.com'],
      skipped: { protected: 2 },
      examples: [
        { line: 1, text: 'microsoft.com', reason: 'protected' },
        { line: 2, text: 'support.microsoft.com', reason: 'protected' },
      ],
      refused: ['microsoft.com', 'support.microsoft.com'],
    });
    expect(parseThirdPartyList('0.0.0.0 login.microsoft.com scam.top\n', 'hosts', { isProtected }).refused).toEqual(['login.microsoft.com']);
    expect(parseThirdPartyList('||*.microsoft.com^$doc\n||scam.top^\n', 'adblock', { isProtected }).refused).toEqual(['microsoft.com']);
  });

  it('does not throw when every entry is protected, because the list itself is fine', () => {
    const list = parseThirdPartyList('microsoft.com\n', 'plain', { isProtected });
    expect(list.hosts).toEqual([]);
    expect(list.refused).toEqual(['microsoft.com']);
  });
});

describe('parseThirdPartyList: input that is not a list', () => {
  it.each([
    ['<!DOCTYPE html><html><body>Not found</body></html>'],
    ['\uFEFF\n   <html lang="en"><head><title>Login</title></head></html>'],
    ['<?xml version="1.0"?><Error><Code>AccessDenied</Code></Error>'],
  ])('throws for a web page or error document: %s', (text) => {
    expect(() => parseThirdPartyList(text, 'plain')).toThrow(ListFormatError);
  });

  it('says in plain words that a web page is not a list', () => {
    expect(() => parseThirdPartyList('<!doctype html>\n<p>hi</p>', 'hosts')).toThrow(/web page/);
  });

  it('throws for binary data', () => {
    const gzipish = '\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03scam.top\n';
    expect(() => parseThirdPartyList(gzipish, 'plain')).toThrow(ListFormatError);
    expect(() => parseThirdPartyList(gzipish, 'plain')).toThrow(/binary/);
  });

  it('throws when a non-empty body has no usable entry, naming the first problem and the likely format', () => {
    const hostsText = '# hosts\n0.0.0.0 scam-one.com\n0.0.0.0 scam-two.com\n';
    let error: unknown;
    try {
      parseThirdPartyList(hostsText, 'plain');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ListFormatError);
    expect((error as Error).message).toContain('No usable domain names');
    expect((error as Error).message).toContain('line 2: "0.0.0.0 scam-one.com" (not a host)');
    expect((error as Error).message).toContain('looks like a hosts list');
    expect(() => parseThirdPartyList('# only a header\n! and nothing else\n', 'plain')).toThrow(ListFormatError);
  });

  it('returns an empty list for an empty body', () => {
    expect(parseThirdPartyList('', 'plain')).toEqual({ hosts: [], skipped: {}, examples: [], refused: [] });
    expect(parseThirdPartyList('\n\n', 'hosts').hosts).toEqual([]);
  });

  it('stops with an error beyond maxEntries, counting accepted entries only', () => {
    const text = 'a.com\nb.com\na.com\nmicrosoft.com\nc.com\n';
    expect(parseThirdPartyList(text, 'plain', { maxEntries: 3, isProtected }).hosts).toEqual(['a.com', 'b.com', 'c.com']);
    expect(() => parseThirdPartyList(`${text}d.com\n`, 'plain', { maxEntries: 3 })).toThrow(ListFormatError);
    expect(() => parseThirdPartyList(`${text}d.com\n`, 'plain', { maxEntries: 3 })).toThrow(/more than 3 entries/);
  });

  it('keeps at most 20 examples', () => {
    const text = `ok.com\n${Array.from({ length: 50 }, (_, i) => `10.0.0.${i}`).join('\n')}`;
    const list = parseThirdPartyList(text, 'plain');
    expect(list.skipped['ip address']).toBe(50);
    expect(list.examples).toHaveLength(20);
    expect(list.examples[19]).toEqual({ line: 21, text: '10.0.0.19', reason: 'ip address' });
  });
});

describe('detectFormat', () => {
  it('recognises plain, hosts and adblock lists past their comment headers', () => {
    expect(detectFormat('# Title: x\n# Syntax: Wildcard Domains\n*.scam.top\nscam-two.com\n')).toBe('plain');
    expect(detectFormat('\uFEFF# hosts\r\n127.0.0.1 localhost\r\n0.0.0.0 scam.top\r\n')).toBe('hosts');
    expect(detectFormat('! Title: filters\n||scam.top^$doc\nexample.com##.ad\n')).toBe('adblock');
    expect(detectFormat('[Adblock Plus 2.0]\nscam.top\n')).toBe('adblock');
    // `!` comments do not make a plain list an adblock list.
    expect(detectFormat('! comment\nscam.top\nscam-two.top\n')).toBe('plain');
  });

  it('reads a hosts line with a trailing `## note` as hosts, not as a cosmetic filter', () => {
    expect(detectFormat('0.0.0.0 scam.top ## seen 2025\n0.0.0.0 scam-two.top\n')).toBe('hosts');
  });

  it('has no guess for web pages, binary data or prose', () => {
    expect(detectFormat('<!doctype html><title>x</title>')).toBeNull();
    expect(detectFormat('scam.top\n\0\0')).toBeNull();
    expect(detectFormat('Hello there, this is not a list of anything\n')).toBeNull();
    expect(detectFormat('')).toBeNull();
  });
});

describe('real third-party lists', () => {
  it.skipIf(!existsSync(jarelllamaFile))('reads jarelllama scams_light.txt (wildcard domains)', () => {
    const text = readFileSync(jarelllamaFile, 'utf8');
    expect(detectFormat(text)).toBe('plain');
    const stated = Number(/^# Number of entries: (\d+)$/m.exec(text)?.[1]);
    expect(stated).toBe(18_254);
    const list = parseThirdPartyList(text, 'plain', { isProtected });
    // Of the 18,254 stated entries, 6 are themselves public suffixes from the private section of
    // the Public Suffix List (eth.limo, gleeze.com, health-carereform.com, ip-dynamic.org,
    // nerdpol.ovh, spdns.org: blocking them would block every customer's site) and one is a
    // genuine Microsoft host that the protection refuses.
    expect(list.skipped).toEqual({ comment: 10, 'public suffix': 6, protected: 1 });
    expect(list.refused).toEqual(['infomail.microsoft.com']);
    expect(list.hosts).toHaveLength(stated - 6 - 1);
    expect(list.hosts).toHaveLength(18_247);
    expect(list.examples.filter((e) => e.reason === 'public suffix').map((e) => e.text)).toEqual([
      'eth.limo', 'gleeze.com', 'health-carereform.com', 'ip-dynamic.org', 'nerdpol.ovh', 'spdns.org',
    ]);
    expect(list.hosts[0]).toBe('000414-coinbase.com');
    expect(list.hosts).toContain('00100.zzzly0925.workers.dev');
    expect(list.hosts).toContain('0fficebeii.weebly.com');
    expect(new Set(list.hosts).size).toBe(list.hosts.length);
  });

  it.skipIf(!existsSync(durablenapkinFile))('reads durablenapkin hosts.txt', () => {
    const text = readFileSync(durablenapkinFile, 'utf8');
    expect(detectFormat(text)).toBe('hosts');
    const stated = Number(/^# Domains: (\d+)$/m.exec(text)?.[1]);
    expect(stated).toBe(2_214);
    const list = parseThirdPartyList(text, 'hosts', { isProtected });
    // Every stated entry is accepted: the 7 header comment lines and 1 blank line are all that is skipped.
    expect(list.skipped).toEqual({ comment: 7, blank: 1 });
    expect(list.hosts).toHaveLength(stated);
    expect(list.refused).toEqual([]);
    expect(list.hosts.slice(0, 3)).toEqual(['1stfinancefirm.wixsite.com', 'www.1stfinancefirm.wixsite.com', 'store.1stfinancefirm.wixsite.com']);
    expect(list.hosts).toContain('365analytics.xyz');
    expect(list.hosts).toContain('4556.de');
  });
});
