import { describe, expect, it } from 'vitest';
import { compactNumber, isFreephone } from '../../../../src/core/detect/phone';

describe('isFreephone', () => {
  it.each([
    ['US 800 with country code', '+1 (800) 555-0199'],
    ['US 888 written with dashes', '1-888-555-0147'],
    ['US 877 without the country code', '(877) 555-0100'],
    ['US 866 with dots', '866.555.0123'],
    ['US 855 without separators', '+18555550123'],
    ['US 844', '1 844 555 0162'],
    ['US 833', '833-555-0188'],
    ['UK 0800', '0800 123 4567'],
    ['UK 0800 with six digits', '0800 123 456'],
    ['UK 0808', '0808 157 0192'],
    ['UK 0800 in international form', '+44 800 123 4567'],
    ['AU 1800', '1800 123 456'],
    ['AU 1800 in international form', '+61 1800 123 456'],
  ])('recognises %s', (_, number) => {
    expect(isFreephone(number)).toBe(true);
  });

  it.each([
    ['a US geographic number', '(217) 555-0123'],
    ['a US premium-rate 900 number', '1-900-555-0199'],
    ['a US number with a country code', '+1 212 555 0199'],
    ['a US 8xx that is not toll-free', '1-810-555-0199'],
    ['a toll-free prefix with too many digits', '1-800-555-01999'],
    ['a toll-free prefix with too few digits', '800-555-019'],
    ['a London number', '020 7946 0018'],
    ['a UK mobile', '+44 7700 900123'],
    ['a UK 0845 number', '0845 123 4567'],
    ['a Sydney number', '02 9374 4000'],
    ['an AU 1300 number', '1300 123 456'],
    ['empty text', ''],
  ])('does not call %s toll-free', (_, number) => {
    expect(isFreephone(number)).toBe(false);
  });
});

describe('compactNumber', () => {
  it('keeps only digits and a leading plus', () => {
    expect(compactNumber(' +1 (800) 555-0199 ')).toBe('+18005550199');
    expect(compactNumber('0800\u00a0123 4567')).toBe('08001234567');
    expect(compactNumber('1-800+555')).toBe('1800555');
  });
});
