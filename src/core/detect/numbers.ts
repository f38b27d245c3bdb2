import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js/max';

/*
 * Phone numbers as the background judges them: normalised to E.164 with libphonenumber-js and
 * classified (free-phone, premium or shared-cost). The content script never loads this.
 */

export type NumberKind = 'freephone' | 'premium' | 'shared-cost' | 'other';

export interface ParsedNumber {
  e164: string;
  country: string | undefined;
  kind: NumberKind;
}

const LANGUAGE_COUNTRIES: Record<string, CountryCode> = {
  en: 'US', de: 'DE', fr: 'FR', es: 'ES', it: 'IT', pt: 'PT', nl: 'NL', pl: 'PL', ja: 'JP', sv: 'SE',
  da: 'DK', nb: 'NO', no: 'NO', nn: 'NO', fi: 'FI', cs: 'CZ', hu: 'HU', ro: 'RO', el: 'GR', tr: 'TR', ru: 'RU', ko: 'KR', zh: 'CN', hi: 'IN',
};
const TLD_COUNTRIES: Record<string, CountryCode> = {
  uk: 'GB', de: 'DE', fr: 'FR', es: 'ES', it: 'IT', pt: 'PT', nl: 'NL', be: 'BE', pl: 'PL', jp: 'JP', se: 'SE', dk: 'DK', no: 'NO', fi: 'FI',
  au: 'AU', ca: 'CA', in: 'IN', ie: 'IE', nz: 'NZ', at: 'AT', ch: 'CH', br: 'BR', mx: 'MX', za: 'ZA',
  cz: 'CZ', sk: 'SK', hu: 'HU', ro: 'RO', gr: 'GR', tr: 'TR', ru: 'RU',
};
/**
 * Where scam lines most often are, tried after the page's own hints. Outside North America only
 * numbers written with the national trunk prefix "0" are read this way, or any digit run would
 * be valid somewhere.
 */
const FALLBACK_COUNTRIES: readonly CountryCode[] = ['US', 'CA', 'GB', 'AU', 'IE', 'NZ'];

export interface CountryHints {
  /** From the page: language region, address, language. Any valid number there counts. */
  hinted: CountryCode[];
  /** The usual countries of scam lines, tried last. */
  fallback: CountryCode[];
}

/** Countries to read a number without "+" in, most likely first: page language, address, the usual. */
export function candidateCountries(lang: string, host: string): CountryHints {
  const found: CountryCode[] = [];
  const add = (country: CountryCode | undefined) => {
    if (country && !found.includes(country)) found.push(country);
  };
  const [language, region] = lang.toLowerCase().split(/[-_]/);
  if (region && /^[a-z]{2}$/.test(region)) add(region.toUpperCase() as CountryCode);
  add(TLD_COUNTRIES[host.split('.').at(-1) ?? '']);
  add(LANGUAGE_COUNTRIES[language ?? '']);
  if (found.length === 0) add('US');
  return { hinted: found, fallback: FALLBACK_COUNTRIES.filter((c) => !found.includes(c)) };
}

function kindOf(type: string | undefined): NumberKind {
  if (type === 'TOLL_FREE') return 'freephone';
  if (type === 'PREMIUM_RATE') return 'premium';
  if (type === 'SHARED_COST') return 'shared-cost';
  return 'other';
}

/**
 * The number `text` stands for, or null when it is no valid number in any likely country.
 * Pages write "+1-(888)-555-0142", "1 888 555 0142", "0808 157 0101", "00 44 808 ...".
 */
export function parseNumber(text: string, countries: CountryHints): ParsedNumber | null {
  const cleaned = text.trim().replace(/^00\s?(?=[1-9])/, '+');
  const trunk = /^\(?0/.test(cleaned);
  const attempts: Array<CountryCode | undefined> = cleaned.startsWith('+')
    ? [undefined]
    : [...countries.hinted, ...countries.fallback.filter((c) => trunk || c === 'US' || c === 'CA')];
  for (const country of attempts) {
    const number = parsePhoneNumberFromString(cleaned, country ? { defaultCountry: country } : undefined);
    if (number?.isValid()) return { e164: number.number, country: number.country, kind: kindOf(number.getType()) };
  }
  // "1 888 555 0142" written without "+": a leading 1 is the North American country code.
  const digits = cleaned.replace(/\D/g, '');
  if (!cleaned.startsWith('+') && digits.length === 11 && digits.startsWith('1')) {
    const number = parsePhoneNumberFromString(`+${digits}`);
    if (number?.isValid()) return { e164: number.number, country: number.country, kind: kindOf(number.getType()) };
  }
  return null;
}
