import { describe, expect, it } from 'vitest';
import { candidateCountries, parseNumber } from '../../../../src/core/detect/numbers';

describe('parseNumber', () => {
  const us = candidateCountries('en', 'example.com');

  it.each([
    ['+1 (888) 555-0142', '+18885550142', 'freephone'],
    ['1-844-555-0177', '+18445550177', 'freephone'],
    ['1 888 555 0142', '+18885550142', 'freephone'],
    ['(877) 555-0102', '+18775550102', 'freephone'],
    ['+1-(833)-555-0115', '+18335550115', 'freephone'],
    ['00 1 800 555 0101', '+18005550101', 'freephone'],
    ['+44 808 157 0101', '+448081570101', 'freephone'],
  ])('reads %s as %s (%s)', (text, e164, kind) => {
    expect(parseNumber(text, us)).toMatchObject({ e164, kind });
  });

  it('reads a number without a country code in the country the page points to', () => {
    expect(parseNumber('0808 157 0101', candidateCountries('en-GB', 'example.co.uk'))).toMatchObject({ e164: '+448081570101', kind: 'freephone', country: 'GB' });
    expect(parseNumber('0800 555 0142', candidateCountries('de', 'beispiel.de'))).toMatchObject({ e164: '+498005550142', kind: 'freephone' });
    expect(parseNumber('0120-555-012', candidateCountries('ja', 'example.jp'))).toMatchObject({ e164: '+81120555012', kind: 'freephone' });
    expect(parseNumber('1800 160 123', candidateCountries('en-AU', 'example.com.au'))).toMatchObject({ kind: 'freephone', country: 'AU' });
  });

  it('reads Nordic free-phone numbers on pages in those languages or on those addresses', () => {
    expect(parseNumber('80 20 30 40', candidateCountries('da', 'example.com'))).toMatchObject({ e164: '+4580203040', kind: 'freephone', country: 'DK' });
    expect(parseNumber('80 20 30 40', candidateCountries('en', 'eksempel.dk'))).toMatchObject({ kind: 'freephone', country: 'DK' });
    // Norwegian pages declare "no" and "nn" as often as "nb".
    for (const lang of ['nb', 'no', 'nn']) expect(parseNumber('800 12 345', candidateCountries(lang, 'example.com'))).toMatchObject({ e164: '+4780012345', kind: 'freephone', country: 'NO' });
    expect(parseNumber('800 12 345', candidateCountries('en', 'eksempel.no'))).toMatchObject({ kind: 'freephone', country: 'NO' });
    expect(parseNumber('0800 123 456', candidateCountries('fi', 'example.com'))).toMatchObject({ e164: '+358800123456', kind: 'freephone', country: 'FI' });
    expect(parseNumber('0800 123 456', candidateCountries('en', 'esimerkki.fi'))).toMatchObject({ kind: 'freephone', country: 'FI' });
  });

  it('reads Central and Eastern European, Turkish and Russian free-phone numbers on pages in those languages or on those addresses', () => {
    for (const [number, lang, tld, e164, country] of [
      ['8 800 555-35-35', 'ru', 'ru', '+78005553535', 'RU'],
      ['0800 211 12 34', 'tr', 'tr', '+908002111234', 'TR'],
      ['800 123 456', 'cs', 'cz', '+420800123456', 'CZ'],
      ['0800 123 456', 'ro', 'ro', '+40800123456', 'RO'],
      ['06 80 123 456', 'hu', 'hu', '+3680123456', 'HU'],
      ['800 111 2233', 'el', 'gr', '+308001112233', 'GR'],
    ] as const) {
      expect(parseNumber(number, candidateCountries(lang, 'example.com'))).toMatchObject({ e164, kind: 'freephone', country });
      expect(parseNumber(number, candidateCountries('en', `example.${tld}`))).toMatchObject({ e164, kind: 'freephone', country });
    }
  });

  it('tells shared-cost and premium lines from free ones', () => {
    expect(parseNumber('1300 555 012', candidateCountries('en-AU', 'example.com.au'))?.kind).toBe('shared-cost');
    expect(parseNumber('+44 909 879 0000', us)?.kind).toBe('premium');
  });

  it('finds a UK free-phone number on an English page without a region by trying the usual countries', () => {
    expect(parseNumber('0808 157 0101', us)).toMatchObject({ e164: '+448081570101', kind: 'freephone' });
  });

  it.each(['+1 808 000 0000', '(555) 010-4477', '12345678', '+999 1234 5678'])('refuses %s, which is no valid number', (text) => {
    expect(parseNumber(text, us)).toBeNull();
  });
});

describe('candidateCountries', () => {
  it('puts the region of the page language first, then the address, then the language, then the usual', () => {
    expect(candidateCountries('en-GB', 'shop.example.com').hinted).toEqual(['GB', 'US']);
    expect(candidateCountries('fr', 'exemple.be').hinted).toEqual(['BE', 'FR']);
    expect(candidateCountries('', 'example.com').hinted).toEqual(['US']);
  });

  it('lists every country once', () => {
    const { hinted, fallback } = candidateCountries('en-US', 'example.us');
    const all = [...hinted, ...fallback];
    expect(new Set(all).size).toBe(all.length);
  });
});
