/**
 * National agencies that take reports of scams, by country: where a person who met (or called) a
 * fake support line can report it. Each address is the agency's own page, read on `reviewed`
 * (see `source`); a phone number is given only where the agency's own or official government
 * material was checked, because a wrong number in a scam warning does harm. Where nothing more
 * precise was checked, the entry links to the agency's home page rather than a guessed path.
 */
export interface Agency {
  /** Stable id, for tests and UI keys. */
  id: string;
  /** ISO 3166-1 alpha-2 code of the country the agency serves. */
  country: string;
  /** The agency's own name, as it writes it. */
  name: string;
  /** Where to report a scam (an online form, or the page that explains how to report). */
  reportUrl: string;
  /** The agency's advice on this kind of scam, when it has a page for it. */
  adviceUrl?: string;
  /** The official number, written as the agency writes it. */
  phone?: string;
  /** A limit of where the entry applies, in the agency's words ("England, Wales and Northern Ireland"). */
  area?: string;
  source: string;
  /** The day `source` was read (YYYY-MM-DD). */
  reviewed: string;
}

export const AGENCIES: readonly Agency[] = [
  {
    id: 'us-ftc',
    country: 'US',
    name: 'Federal Trade Commission (FTC)',
    reportUrl: 'https://reportfraud.ftc.gov',
    adviceUrl: 'https://consumer.ftc.gov/articles/how-spot-avoid-and-report-tech-support-scams',
    source: "FTC's report site reportfraud.ftc.gov and its consumer advice on tech support scams",
    reviewed: '2026-12-05',
  },
  {
    id: 'us-ic3',
    country: 'US',
    name: "FBI Internet Crime Complaint Center (IC3)",
    reportUrl: 'https://www.ic3.gov',
    source: "The FBI's complaint site ic3.gov",
    reviewed: '2026-12-05',
  },
  {
    id: 'uk-report-fraud',
    country: 'GB',
    name: 'Report Fraud',
    reportUrl: 'https://www.reportfraud.police.uk',
    phone: '0300 123 2040',
    area: 'England, Wales and Northern Ireland (in Scotland, call Police Scotland on 101)',
    source: 'Official police news on Report Fraud replacing Action Fraud (4 December 2025); reportfraud.police.uk',
    reviewed: '2026-12-05',
  },
  {
    id: 'ca-cafc',
    country: 'CA',
    name: 'Canadian Anti-Fraud Centre',
    reportUrl: 'https://antifraudcentre-centreantifraude.ca',
    phone: '1-888-495-8501',
    source: "The Canadian Anti-Fraud Centre's own site, antifraudcentre-centreantifraude.ca",
    reviewed: '2026-12-05',
  },
  {
    id: 'au-scamwatch',
    country: 'AU',
    name: 'Scamwatch',
    reportUrl: 'https://www.scamwatch.gov.au',
    source: "The ACCC's Scamwatch site, scamwatch.gov.au",
    reviewed: '2026-12-05',
  },
  {
    id: 'au-cyber',
    country: 'AU',
    name: 'Australian Cyber Security Centre (ReportCyber)',
    reportUrl: 'https://www.cyber.gov.au/report',
    source: "The Australian Signals Directorate's cyber.gov.au report page",
    reviewed: '2026-12-05',
  },
  {
    id: 'nz-netsafe',
    country: 'NZ',
    name: 'Netsafe',
    reportUrl: 'https://report.netsafe.org.nz',
    source: "Netsafe's report site, report.netsafe.org.nz",
    reviewed: '2026-12-05',
  },
  {
    id: 'nz-cert',
    country: 'NZ',
    name: 'CERT NZ',
    reportUrl: 'https://www.cert.govt.nz',
    source: "CERT NZ's site, cert.govt.nz",
    reviewed: '2026-12-05',
  },
  {
    id: 'ie-garda',
    country: 'IE',
    name: 'An Garda Síochána',
    reportUrl: 'https://www.garda.ie',
    adviceUrl: 'https://www.ccpc.ie',
    source: "Home pages of the Irish police (garda.ie) and of the Competition and Consumer Protection Commission (ccpc.ie); no deeper page checked",
    reviewed: '2026-12-05',
  },
  {
    id: 'de-polizei',
    country: 'DE',
    name: 'Polizei (Onlinewache)',
    reportUrl: 'https://www.polizei.de',
    adviceUrl: 'https://www.bsi.bund.de',
    source: "The joint police portal polizei.de, which links each state's online police station, and the BSI's home page bsi.bund.de; no deeper page checked",
    reviewed: '2026-12-05',
  },
  {
    id: 'fr-pharos',
    country: 'FR',
    name: 'PHAROS (internet-signalement.gouv.fr)',
    reportUrl: 'https://www.internet-signalement.gouv.fr',
    adviceUrl: 'https://www.cybermalveillance.gouv.fr',
    source: "The French government's reporting platform internet-signalement.gouv.fr and its assistance site cybermalveillance.gouv.fr (home pages)",
    reviewed: '2026-12-05',
  },
  {
    id: 'es-incibe',
    country: 'ES',
    name: 'INCIBE (Instituto Nacional de Ciberseguridad)',
    reportUrl: 'https://www.incibe.es',
    adviceUrl: 'https://www.osi.es',
    source: "Home pages of INCIBE (incibe.es) and its citizens' security office (osi.es); no deeper page checked",
    reviewed: '2026-12-05',
  },
  {
    id: 'it-polizia-postale',
    country: 'IT',
    name: 'Polizia Postale e delle Comunicazioni',
    reportUrl: 'https://www.commissariatodips.it',
    source: "The Polizia Postale's online police station, commissariatodips.it (home page)",
    reviewed: '2026-12-05',
  },
  {
    id: 'nl-fraudehelpdesk',
    country: 'NL',
    name: 'Fraudehelpdesk',
    reportUrl: 'https://www.fraudehelpdesk.nl',
    source: 'Home page of the Fraudehelpdesk, fraudehelpdesk.nl',
    reviewed: '2026-12-05',
  },
  {
    id: 'nl-politie',
    country: 'NL',
    name: 'Politie',
    reportUrl: 'https://www.politie.nl',
    source: 'Home page of the Dutch police, politie.nl',
    reviewed: '2026-12-05',
  },
  {
    id: 'jp-ipa',
    country: 'JP',
    name: 'IPA 情報セキュリティ安心相談窓口',
    reportUrl: 'https://www.ipa.go.jp',
    source: "Home page of the Information-technology Promotion Agency (ipa.go.jp), whose advice desk handles fake security warnings; no deeper page checked",
    reviewed: '2026-12-05',
  },
  {
    id: 'jp-npa',
    country: 'JP',
    name: '警察庁 (National Police Agency)',
    reportUrl: 'https://www.npa.go.jp',
    source: 'Home page of the National Police Agency, npa.go.jp',
    reviewed: '2026-12-05',
  },
  {
    id: 'in-cybercrime',
    country: 'IN',
    name: 'National Cyber Crime Reporting Portal',
    reportUrl: 'https://cybercrime.gov.in',
    source: "The Government of India's reporting portal, cybercrime.gov.in (home page)",
    reviewed: '2026-12-05',
  },
];

/** Countries the directory must cover (issue 7); tests hold the list to this. */
export const REQUIRED_COUNTRIES = ['US', 'GB', 'CA', 'AU', 'NZ', 'IE', 'DE', 'FR', 'ES', 'IT', 'NL', 'JP', 'IN'] as const;

/**
 * A language alone ("de", as Chrome's UI language often is) points to the covered country most of
 * its speakers among our users live in. English alone does not: it gets the fallback.
 */
const LANGUAGE_COUNTRY: Record<string, string> = { de: 'DE', fr: 'FR', es: 'ES', it: 'IT', nl: 'NL', ja: 'JP', hi: 'IN', ga: 'IE' };

/** Where a person is sent when their country is unknown: the US agency, which says so on its page. */
export const FALLBACK_COUNTRY = 'US';

export interface AgencyChoice {
  /** The country the agencies are for (ISO alpha-2), or undefined when none could be told. */
  country: string | undefined;
  agencies: Agency[];
  /**
   * 'country': a locale names a covered country; 'language': only a language was known and it
   * points to one country; 'guess': nothing pointed anywhere, these are the fallback; 'none': the
   * person's country has no entry. The UI says which, so nobody is sent to a foreign agency unawares.
   */
  match: 'country' | 'language' | 'guess' | 'none';
}

export function agenciesOf(country: string): Agency[] {
  return AGENCIES.filter((agency) => agency.country === country);
}

/** The region of a BCP 47 tag ("en-GB" → "GB", "zh-Hant-TW" → "TW", "es-419" → "419"). */
function regionOf(tag: string): string | undefined {
  const parts = tag.replace(/_/g, '-').split('-').slice(1);
  const region = parts.find((part) => /^(?:[A-Za-z]{2}|[0-9]{3})$/.test(part));
  const upper = region?.toUpperCase();
  // "UK" is what people write; ISO says GB.
  return upper === 'UK' ? 'GB' : upper;
}

/**
 * The agencies for the person's country, from their locales, most preferred first (the browser
 * UI language, then the languages they accept): the first locale with a region decides; without
 * any region, a language spoken in one covered country does; else the fallback.
 */
export function agenciesForLocales(locales: string | readonly string[]): AgencyChoice {
  const list = (typeof locales === 'string' ? [locales] : locales).map((l) => l.trim()).filter(Boolean);
  for (const locale of list) {
    const region = regionOf(locale);
    if (!region) continue;
    // A numeric region (UN M.49: "419" is Latin America) is a place, but no one country.
    if (/^[0-9]+$/.test(region)) return { country: undefined, agencies: [], match: 'none' };
    const agencies = agenciesOf(region);
    return agencies.length > 0 ? { country: region, agencies, match: 'country' } : { country: region, agencies: [], match: 'none' };
  }
  for (const locale of list) {
    const country = LANGUAGE_COUNTRY[locale.split(/[-_]/)[0]?.toLowerCase() ?? ''];
    if (country) return { country, agencies: agenciesOf(country), match: 'language' };
  }
  return { country: undefined, agencies: agenciesOf(FALLBACK_COUNTRY), match: 'guess' };
}
