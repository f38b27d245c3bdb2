import { getDomain } from 'tldts';
import { describe, expect, it } from 'vitest';
import { AGENCIES, agenciesForLocales, REQUIRED_COUNTRIES } from '../../../../src/core/support/agencies';
import { BRANDS, hostBelongsToBrand } from '../../../../src/core/support/brands';

/** A date as entries write it: a real calendar day, not after today. */
function expectReviewDate(reviewed: string, label: string): void {
  expect(reviewed, label).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  const day = new Date(`${reviewed}T00:00:00Z`);
  // 2026-02-30 would parse to another day.
  expect(day.toISOString().slice(0, 10), label).toBe(reviewed);
  expect(day.getTime(), `${label} reviewed in the future`).toBeLessThanOrEqual(Date.now());
}

/** An address a frightened person can be sent to: https, a real host name, nothing hidden in it. */
function expectSafeAddress(address: string, label: string): URL {
  const url = new URL(address);
  expect(url.protocol, label).toBe('https:');
  expect(url.username + url.password, label).toBe('');
  expect(url.port, label).toBe('');
  expect(getDomain(url.hostname), `${label}: host under a public suffix`).toBeTruthy();
  expect(address, label).not.toMatch(/\.\.|%2e|\\|\s/i);
  expect(url.pathname.split('/'), label).not.toContain('..');
  return url;
}

describe('AGENCIES', () => {
  it('covers every country the issue names', () => {
    const covered = new Set(AGENCIES.map((a) => a.country));
    for (const country of REQUIRED_COUNTRIES) expect(covered, country).toContain(country);
  });

  it('has unique ids and ISO country codes', () => {
    expect(new Set(AGENCIES.map((a) => a.id)).size).toBe(AGENCIES.length);
    for (const a of AGENCIES) {
      expect(a.id).toMatch(/^[a-z]{2}-[a-z0-9-]+$/);
      expect(a.country).toMatch(/^[A-Z]{2}$/);
      expect(a.name.trim(), a.id).not.toBe('');
    }
  });

  it.each(AGENCIES.map((a) => [a.id, a] as const))('%s has safe https addresses, a source and a past review date', (id, a) => {
    expectSafeAddress(a.reportUrl, id);
    if (a.adviceUrl !== undefined) expectSafeAddress(a.adviceUrl, id);
    expect(a.source.trim().length, id).toBeGreaterThan(10);
    expectReviewDate(a.reviewed, id);
  });

  it.each(AGENCIES.filter((a) => a.phone !== undefined).map((a) => [a.id, a.phone ?? ''] as const))('%s writes its phone number as digits a person can dial', (_id, phone) => {
    // Short national codes count too (Spain's 017).
    expect(phone).toMatch(/^\+?[0-9][0-9 -]{1,18}[0-9]$/);
  });

  it('gives the official numbers that were checked, and no others', () => {
    const phones = Object.fromEntries(AGENCIES.filter((a) => a.phone).map((a) => [a.id, a.phone]));
    expect(phones).toEqual({
      'uk-report-fraud': '0300 123 2040',
      'ca-cafc': '1-888-495-8501',
      'nz-ncsc': '0800 114 115',
      'es-incibe': '017',
      'nl-fraudehelpdesk': '088-7867372',
      'nl-politie': '0900-8844',
    });
  });
});

describe('brands in the directory', () => {
  it.each(BRANDS.map((b) => [b.id, b] as const))('%s has safe help addresses and a past review date', (id, b) => {
    for (const address of [b.supportUrl, b.scamAdviceUrl, b.reportUrl]) {
      if (address === undefined) continue;
      // Only the brand's own site: a link to anyone else's "support" is what scams do.
      expect(hostBelongsToBrand(expectSafeAddress(address, id).hostname, b), address).toBe(true);
    }
    expectReviewDate(b.reviewed, id);
  });

  it.each(BRANDS.map((b) => [b.id, b] as const))('%s lists registrable domains, not subdomains or suffixes', (id, b) => {
    for (const domain of b.domains) expect(getDomain(domain), `${id}: ${domain}`).toBe(domain);
  });

  it('links the brands scam pages most often fake to their own advice', () => {
    for (const id of ['microsoft', 'apple', 'amazon', 'paypal', 'mcafee']) {
      const brand = BRANDS.find((b) => b.id === id);
      expect(brand?.scamAdviceUrl, id).toBeDefined();
    }
  });
});

describe('agenciesForLocales', () => {
  it.each([
    ['en-GB', 'GB'],
    ['en-US', 'US'],
    ['en-CA', 'CA'],
    ['fr-CA', 'CA'],
    ['en-AU', 'AU'],
    ['en-NZ', 'NZ'],
    ['en-IE', 'IE'],
    ['en-IN', 'IN'],
    ['de-DE', 'DE'],
    ['es_ES', 'ES'],
    ['it-IT', 'IT'],
    ['nl-NL', 'NL'],
    ['ja-JP', 'JP'],
    ['en-uk', 'GB'],
  ])('sends %s to the agencies of %s', (locale, country) => {
    const choice = agenciesForLocales(locale);
    expect(choice).toMatchObject({ country, match: 'country' });
    expect(choice.agencies.length).toBeGreaterThan(0);
    for (const agency of choice.agencies) expect(agency.country).toBe(country);
  });

  it.each([
    ['de', 'DE'],
    ['ja', 'JP'],
    ['fr', 'FR'],
    ['it', 'IT'],
  ])('reads the country from the language alone when it points to one: %s', (locale, country) => {
    expect(agenciesForLocales(locale)).toMatchObject({ country, match: 'language' });
  });

  it('gives the US agencies as a marked guess for English without a country', () => {
    const choice = agenciesForLocales('en');
    expect(choice.match).toBe('guess');
    expect(choice.country).toBeUndefined();
    expect(choice.agencies.map((a) => a.id)).toContain('us-ftc');
    expect(agenciesForLocales([]).match).toBe('guess');
    expect(agenciesForLocales('').match).toBe('guess');
  });

  it('prefers a region from a later locale to a bare language ("de" UI, "de-AT" accepted)', () => {
    expect(agenciesForLocales(['en', 'en-GB'])).toMatchObject({ country: 'GB', match: 'country' });
    expect(agenciesForLocales(['de', 'de-AT'])).toMatchObject({ country: 'AT', agencies: [], match: 'none' });
  });

  it('never sends a person of an uncovered country to a foreign agency', () => {
    expect(agenciesForLocales('pt-BR')).toEqual({ country: 'BR', agencies: [], match: 'none' });
    expect(agenciesForLocales('es-MX')).toEqual({ country: 'MX', agencies: [], match: 'none' });
    // "es-419" is Latin America: Spanish, but not Spain.
    expect(agenciesForLocales('es-419')).toEqual({ country: undefined, agencies: [], match: 'none' });
    expect(agenciesForLocales('zh-Hant-TW')).toMatchObject({ country: 'TW', match: 'none' });
  });
});
