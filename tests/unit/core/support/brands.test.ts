import { describe, expect, it } from 'vitest';
import { BRANDS, type Brand, brandById, hostBelongsToBrand } from '../../../../src/core/support/brands';

function brand(id: string): Brand {
  const found = brandById(id);
  if (!found) throw new Error(`no brand ${id}`);
  return found;
}

describe('BRANDS', () => {
  it('has brands with unique ids and something to match on pages', () => {
    expect(BRANDS.length).toBeGreaterThan(0);
    expect(new Set(BRANDS.map((b) => b.id)).size).toBe(BRANDS.length);
    for (const b of BRANDS) {
      expect(b.id, b.name).toMatch(/^[a-z0-9-]+$/);
      expect(b.name.trim(), b.id).not.toBe('');
      // A brand is named somewhere: in page text, or in a claim to be its support line.
      const all = [...b.names, ...b.weakNames, ...(b.claimNames ?? [])];
      expect(all.length, b.id).toBeGreaterThan(0);
      for (const name of all) expect(name, b.id).toBe(name.toLowerCase().trim());
    }
  });

  it.each(BRANDS.map((b) => [b.id, b] as const))('%s links, where it links, to genuine help on its own https domains', (_, b) => {
    for (const address of [b.supportUrl, b.scamAdviceUrl]) {
      if (address === undefined) continue;
      const url = new URL(address);
      expect(url.protocol, address).toBe('https:');
      expect(url.username + url.password, address).toBe('');
      expect(hostBelongsToBrand(url.hostname, b), address).toBe(true);
    }
  });

  it.each(BRANDS.map((b) => [b.id, b] as const))('%s says where its advice was read and when', (_, b) => {
    expect(b.source.trim()).not.toBe('');
    expect(b.reviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // A real calendar date: 2026-02-30 would parse to another day.
    expect(new Date(`${b.reviewed}T00:00:00Z`).toISOString().slice(0, 10)).toBe(b.reviewed);
    if (b.keyFact !== undefined) expect(b.keyFact.trim()).not.toBe('');
  });

  it.each(BRANDS.map((b) => [b.id, b] as const))('%s lists plain lower-case registrable domains', (_, b) => {
    expect(b.domains.length + (b.domainLabels?.length ?? 0)).toBeGreaterThan(0);
    for (const label of b.domainLabels ?? []) expect(label).toMatch(/^[a-z0-9-]+$/);
    for (const domain of b.domains) {
      expect(domain).toMatch(/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/);
    }
  });
});

describe('brandById', () => {
  it('finds a brand by id and nothing for an unknown id', () => {
    expect(brandById('microsoft')?.name).toBe('Microsoft');
    expect(brandById('apple')?.name).toBe('Apple');
    expect(brandById('')).toBeUndefined();
    expect(brandById('Microsoft')).toBeUndefined();
  });
});

describe('hostBelongsToBrand', () => {
  it.each([
    ['microsoft', 'microsoft.com'],
    ['microsoft', 'support.microsoft.com'],
    ['microsoft', 'a.b.c.microsoft.com'],
    ['microsoft', 'WWW.Microsoft.COM'],
    ['microsoft', 'www.microsoft.com.'],
    ['microsoft', 'login.live.com'],
    ['apple', 'support.apple.com'],
    ['apple', 'www.icloud.com'],
  ])('accepts %s on %s', (id, host) => {
    expect(hostBelongsToBrand(host, brand(id))).toBe(true);
  });

  it.each([
    ['microsoft', 'microsoft.com.evil.example'],
    ['microsoft', 'notmicrosoft.com'],
    ['microsoft', 'microsoft-support.com'],
    ['microsoft', 'microsoft.co'],
    ['microsoft', 'microsoftcom.example'],
    ['microsoft', 'x.web.core.windows.net'],
    ['microsoft', 'alert-fix.azurewebsites.net'],
    ['microsoft', 'windows.net'],
    ['microsoft', ''],
    ['microsoft', '.'],
    ['apple', 'apple.com.secure-login.example'],
    ['apple', 'appleid-apple.com'],
    ['apple', 'support.microsoft.com'],
  ])('refuses %s on %s', (id, host) => {
    expect(hostBelongsToBrand(host, brand(id))).toBe(false);
  });
});
