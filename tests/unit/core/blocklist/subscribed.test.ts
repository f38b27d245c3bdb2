import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acceptSubscribedList, acceptSubscribedListInSteps, HostSet, hostOfAddress, STEP_LINES, SubscriptionRejected } from '../../../../src/core/blocklist/subscribed';

const listsDir = path.resolve(import.meta.dirname, '../../../../../shared/lists');

function rejection(run: () => unknown): SubscriptionRejected {
  try {
    run();
  } catch (error) {
    if (error instanceof SubscriptionRejected) return error;
    throw error;
  }
  throw new Error('expected the list to be refused');
}

describe('HostSet', () => {
  const set = HostSet.fromHosts(['scam-alert.com', 'fake-support.top', 'sub.listed.net', 'scam-alert.com']);

  it('matches a listed domain and its subdomains, and says which entry matched', () => {
    expect(set.size).toBe(3);
    expect(set.match('scam-alert.com')).toBe('scam-alert.com');
    expect(set.match('a.b.scam-alert.com')).toBe('scam-alert.com');
    expect(set.match('x.sub.listed.net')).toBe('sub.listed.net');
  });

  it('does not match neighbours, parents of an entry, or a bare top-level domain', () => {
    expect(set.match('notscam-alert.com')).toBeUndefined();
    expect(set.match('listed.net')).toBeUndefined();
    expect(set.match('com')).toBeUndefined();
    expect(set.match('top')).toBeUndefined();
  });

  it('survives its stored form, and refuses a damaged one', () => {
    const back = HostSet.decode(set.encode(), set.size);
    expect(back.match('www.fake-support.top')).toBe('fake-support.top');
    expect(() => HostSet.decode(set.encode(), set.size + 1)).toThrow(/damaged/);
    // Two records swapped: no longer sorted, so a binary search would miss entries.
    const swapped = new Uint32Array(Uint8Array.from(Buffer.from(set.encode(), 'base64')).buffer);
    const first = swapped.slice(0, 2);
    swapped.set(swapped.slice(2, 4), 0);
    swapped.set(first, 2);
    expect(() => HostSet.decode(Buffer.from(swapped.buffer).toString('base64'), set.size)).toThrow(/order/);
  });

  it('reads web addresses only', () => {
    expect(hostOfAddress('https://WWW.Scam-Alert.com./x?y')).toBe('www.scam-alert.com');
    expect(hostOfAddress('chrome-extension://abc/options.html')).toBeNull();
    expect(hostOfAddress('not an address')).toBeNull();
  });
});

describe('acceptSubscribedList', () => {
  const hosts = (n: number, prefix = 'scam') => Array.from({ length: n }, (_, i) => `${prefix}-${i}.com`).join('\n');

  it('accepts a plain list, a hosts file and adblock rules', () => {
    expect(acceptSubscribedList('# list\nscam-a.com\nscam-b.top\n', 'text/plain', 'plain', null).set.size).toBe(2);
    expect(acceptSubscribedList('127.0.0.1 localhost\n0.0.0.0 scam-a.com\n0.0.0.0 scam-b.top\n', null, 'hosts', null).set.size).toBe(2);
    expect(acceptSubscribedList('! title\n||scam-a.com^\n||scam-b.top^$doc\n##.ad\n', null, 'adblock', null).set.size).toBe(2);
  });

  it('refuses a web page, whatever it says it is', () => {
    expect(rejection(() => acceptSubscribedList('scam-a.com\n', 'text/html; charset=utf-8', 'plain', null)).kind).toBe('html');
    expect(rejection(() => acceptSubscribedList('<!DOCTYPE html><html><body>Moved</body></html>', 'text/plain', 'plain', null)).kind).toBe('html');
  });

  it('refuses an empty list and a file in which almost nothing is a domain', () => {
    expect(rejection(() => acceptSubscribedList('# nothing here\n', 'text/plain', 'plain', null)).kind).toBe('format');
    const mostlyRules = `${Array.from({ length: 500 }, (_, i) => `||ads.example/${i}/banner.png`).join('\n')}\n||scam-a.com^\n`;
    const refused = rejection(() => acceptSubscribedList(mostlyRules, null, 'adblock', null));
    expect(refused.kind).toBe('empty');
    expect(refused.message).toMatch(/Only 1 of 501 entries/);
  });

  it('says which format a list looks like when the wrong one was chosen', () => {
    expect(rejection(() => acceptSubscribedList('0.0.0.0 scam-a.com\n0.0.0.0 scam-b.com\n', null, 'plain', null)).message).toMatch(/looks like a hosts list/);
  });

  it('refuses a sharp drop from the copy in use, but lets a small list shrink', () => {
    expect(rejection(() => acceptSubscribedList(hosts(400), null, 'plain', 1000)).kind).toBe('drop');
    expect(acceptSubscribedList(hosts(600), null, 'plain', 1000).set.size).toBe(600);
    expect(acceptSubscribedList(hosts(2), null, 'plain', 5).set.size).toBe(2);
  });

  it('drops genuine brand domains and public suffixes instead of listing them', () => {
    const accepted = acceptSubscribedList('microsoft.com\nsupport.apple.com\nco.uk\ngithub.io\nscam-a.com\n', null, 'plain', null);
    expect(accepted.set.size).toBe(1);
    expect(accepted.refused).toBe(2);
    expect(accepted.set.match('microsoft.com')).toBeUndefined();
    expect(accepted.set.match('x.github.io')).toBeUndefined();
  });
});

describe('real third-party lists at full size', () => {
  // CI lays shared/ beside the repository; a checkout without it has nothing to read.
  const present = existsSync(listsDir);

  it.skipIf(!present)('takes jarelllama\'s light list (plain) and durablenapkin\'s hosts file', () => {
    const jarelllama = readFileSync(path.join(listsDir, 'jarelllama-scam-blocklist/scams_light.txt'), 'utf8');
    const light = acceptSubscribedList(jarelllama, 'text/plain; charset=utf-8', 'plain', null);
    expect(light.set.size).toBeGreaterThan(18_000);
    expect(light.refused).toBeGreaterThanOrEqual(1); // infomail.microsoft.com
    const firstListed = jarelllama.split('\n').find((line) => line !== '' && !line.startsWith('#')) as string;
    expect(light.set.match(`www.${firstListed}`)).toBe(firstListed);
    expect(light.set.match('microsoft.com')).toBeUndefined();

    const durablenapkin = readFileSync(path.join(listsDir, 'durablenapkin-scamblocklist/hosts.txt'), 'utf8');
    const hostsFile = acceptSubscribedList(durablenapkin, 'text/plain', 'hosts', null);
    expect(hostsFile.set.size).toBeGreaterThan(2_000);
    expect(hostsFile.set.match('store.1stfinancefirm.wixsite.com')).toBe('store.1stfinancefirm.wixsite.com');

    // The stored form is 8 bytes a host (in base64) and reads back to the same answers.
    const stored = light.set.encode();
    expect(stored.length).toBeLessThan(light.set.size * 11);
    expect(HostSet.decode(stored, light.set.size).match(firstListed)).toBe(firstListed);
  });
});

describe('genuine brand domains', () => {
  it('refuses every host a brand owns, under any of its suffixes, and nothing else', () => {
    const text = ['microsoft.com', 'login.microsoftonline.com', 'amazon.co.uk', 'www.paypal.de', 'mail.google.com', 'apple.com', 'microsoft-alert.com', 'amazon-refund.top', 'paypal.scam-site.net', 'google.weebly.com'].join('\n');
    const accepted = acceptSubscribedList(text, null, 'plain', null);
    expect(['microsoft-alert.com', 'amazon-refund.top', 'paypal.scam-site.net', 'google.weebly.com'].map((h) => accepted.set.match(h))).toEqual(['microsoft-alert.com', 'amazon-refund.top', 'paypal.scam-site.net', 'google.weebly.com']);
    expect(accepted.set.size).toBe(4);
    expect(accepted.refused).toBe(6);
  });
});

describe('acceptSubscribedListInSteps', () => {
  const pauses = { count: 0 };
  const pause = async () => {
    pauses.count++;
  };

  it('gives the same answer as one pass, pausing between steps', async () => {
    const hosts = Array.from({ length: STEP_LINES * 2 + 500 }, (_, i) => `scam-${i}.com`);
    const text = `# a long list\n${hosts.join('\n')}\nmicrosoft.com\nscam-7.com\n`;
    pauses.count = 0;
    const stepped = await acceptSubscribedListInSteps(text, 'text/plain', 'plain', null, pause);
    const whole = acceptSubscribedList(text, 'text/plain', 'plain', null);
    expect(pauses.count).toBe(2);
    expect(stepped.set.size).toBe(whole.set.size);
    expect(stepped.set.size).toBe(hosts.length);
    expect(stepped.refused).toBe(1);
    expect(stepped.set.encode()).toBe(whole.set.encode());
  });

  it('does not refuse an adblock list for a long stretch of cosmetic rules', async () => {
    const cosmetic = Array.from({ length: STEP_LINES + 10 }, (_, i) => `site-${i}.com##.banner`);
    const rules = Array.from({ length: 500 }, (_, i) => `||scam-${i}.com^`);
    const text = [...rules, ...cosmetic, '||scam-last.com^$doc', ''].join('\n');
    const accepted = await acceptSubscribedListInSteps(text, null, 'adblock', null, pause);
    expect(accepted.set.size).toBe(501);
    expect(accepted.set.match('scam-last.com')).toBe('scam-last.com');
  });

  it('refuses what one pass refuses, with line numbers of the whole list', async () => {
    const wrongFormat = `${Array.from({ length: STEP_LINES + 5 }, (_, i) => `0.0.0.0 scam-${i}.com`).join('\n')}\n`;
    await expect(acceptSubscribedListInSteps(wrongFormat, null, 'plain', null, pause)).rejects.toThrow(/looks like a hosts list/);
    const mostlyPaths = `${Array.from({ length: STEP_LINES * 2 }, (_, i) => `||ads.example/${i}/x.png`).join('\n')}\n||scam-a.com^\n`;
    await expect(acceptSubscribedListInSteps(mostlyPaths, null, 'adblock', null, pause)).rejects.toThrow(/^Only 1 of 40,001 entries are domain names that could be used: this does not look like a list in the adblock format/);
    // The first problem is named by its line in the whole list, not in its step.
    const pathsThenOne = `${Array.from({ length: STEP_LINES }, (_, i) => `||ads.example/${i}/x.png`).join('\n')}\n||scam-a.com^\n||ads.example/last/x.png\n`;
    await expect(acceptSubscribedListInSteps(pathsThenOne, null, 'adblock', null, pause)).rejects.toThrow(/First problem, line 20,002: "\|\|ads\.example\/last\/x\.png"/);
    await expect(acceptSubscribedListInSteps('<!doctype html><p>Not found', 'text/plain', 'plain', null, pause)).rejects.toThrow(/web page/);
  });
});
