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
    // CERT NZ became part of the NCSC (2023); its incident reporting for individuals now lives on ncsc.govt.nz.
    id: 'nz-ncsc',
    country: 'NZ',
    name: 'National Cyber Security Centre (NCSC, formerly CERT NZ)',
    reportUrl: 'https://www.ncsc.govt.nz/what-we-do/services-we-offer/incident-response',
    phone: '0800 114 115',
    source:
      "NCSC's page https://www.ncsc.govt.nz/what-we-do/services-we-offer/incident-response: individuals can report online scams there, and 0800 114 115 is given for help with the reporting tool",
    reviewed: '2026-12-05',
  },
  {
    id: 'ie-garda',
    country: 'IE',
    name: 'An Garda Síochána',
    reportUrl: 'https://www.garda.ie',
    adviceUrl: "https://www.ccpc.ie/manage-your-money/scams-and-frauds/what-to-do-if-you've-been-scammed",
    source:
      "CCPC's page https://www.ccpc.ie/manage-your-money/scams-and-frauds/what-to-do-if-you've-been-scammed (report the fraud to An Garda Síochána, call your bank); garda.ie is the Garda's own site (its fraud pages were read), but no Garda page on how to report fraud online was found, so the home page is linked",
    reviewed: '2026-12-05',
  },
  {
    id: 'de-polizei',
    country: 'DE',
    name: 'Polizei (Onlinewache)',
    reportUrl: 'https://polizei.de',
    adviceUrl: 'https://www.bundesnetzagentur.de/SharedDocs/Pressemitteilungen/DE/2021/20210429_PopUp.html',
    source:
      "polizei.de's page https://polizei.de/Polizei/DE/Information/information_node.html (joint portal linking every state police; no deeper reporting page confirmed, so the home page is linked); advice: the Bundesnetzagentur's press release on fake pop-up error messages with support numbers, https://www.bundesnetzagentur.de/SharedDocs/Pressemitteilungen/DE/2021/20210429_PopUp.html",
    reviewed: '2026-12-05',
  },
  {
    // PHAROS takes reports of illicit public content; the Interior Ministry sends victims of online scams to 17Cyber, its single entry point.
    id: 'fr-17cyber',
    country: 'FR',
    name: '17Cyber',
    reportUrl: 'https://17cyber.gouv.fr',
    adviceUrl: 'https://www.cybermalveillance.gouv.fr/tous-nos-contenus/actualites/comment-reagir-en-cas-darnaque-au-faux-support-technique',
    source:
      "Ministry of the Interior news 'Victime de cybermalveillance ? Rendez-vous sur 17Cyber.gouv.fr' (https://www.interieur.gouv.fr/actualites/actualites-du-ministere/victime-de-cybermalveillance-rendez-vous-sur-17cybergouvfr) and https://www.masecurite.interieur.gouv.fr/fr/demarches-en-ligne/17-cyber-dispositif-cybersecurite; advice: Cybermalveillance.gouv.fr's article on fake technical support scams",
    reviewed: '2026-12-05',
  },
  {
    id: 'es-incibe',
    country: 'ES',
    name: 'INCIBE – Tu Ayuda en Ciberseguridad',
    reportUrl: 'https://www.incibe.es/en/linea-de-ayuda-en-ciberseguridad/faq',
    phone: '017',
    source:
      "INCIBE's FAQ for its helpline, https://www.incibe.es/en/linea-de-ayuda-en-ciberseguridad/faq: free, confidential number 017 (also WhatsApp and an online form), 8:00–23:00 every day; it advises and helps report, it does not take police complaints. Only the English version of the page was read",
    reviewed: '2026-12-05',
  },
  {
    id: 'it-polizia-postale',
    country: 'IT',
    name: 'Polizia Postale e delle Comunicazioni',
    reportUrl: 'https://www.commissariatodips.it',
    source:
      "Polizia di Stato page (Questura di Bolzano) https://questure.poliziadistato.it/it/Bolzano/articolo/5730dd4f788ae487122336 naming www.commissariatodips.it for online complaints; no deeper reporting page confirmed, so the home page is linked. Recent press names commissariatops.it instead; not confirmed on a police page",
    reviewed: '2026-12-05',
  },
  {
    id: 'nl-fraudehelpdesk',
    country: 'NL',
    name: 'Fraudehelpdesk',
    reportUrl: 'https://www.fraudehelpdesk.nl',
    phone: '088-7867372',
    source:
      "Fraudehelpdesk's own pages http://www.fraudehelpdesk.nl/Meldpunten ('Vertrouwt u iets niet? Meld het!', report form or 088-7867372, working days 9–17) and https://www.fraudhelpdesk.org/tips-page/ (+31 (0)88-78 67 372); the form's own address was not seen, so the home page is linked",
    reviewed: '2026-12-05',
  },
  {
    id: 'nl-politie',
    country: 'NL',
    name: 'Politie',
    reportUrl: 'https://www.politie.nl/themas/aangifte-doen.html',
    phone: '0900-8844',
    source:
      "Politie's page https://www.politie.nl/themas/aangifte-doen.html: report online for internetoplichting, or by phone on 0900-8844",
    reviewed: '2026-12-05',
  },
  {
    id: 'jp-ipa',
    country: 'JP',
    name: 'IPA 情報セキュリティ安心相談窓口',
    reportUrl: 'https://www.ipa.go.jp/security/anshin/index.html',
    source:
      "IPA's advice desk page https://www.ipa.go.jp/security/anshin/index.html (technical advice on viruses and unauthorised access, contact by phone or mail); its fake-security-warning page was only seen linked from third parties, so it is not listed",
    reviewed: '2026-12-05',
  },
  {
    id: 'jp-npa',
    country: 'JP',
    name: '警察庁 (National Police Agency)',
    reportUrl: 'https://www.npa.go.jp/bureau/cyber/soudan.html',
    source:
      "The nationwide online window for reporting and consulting on cyber incidents, https://www.npa.go.jp/bureau/cyber/soudan.html, as linked by Fukui Prefectural Police (https://www.pref.fukui.jp/kenkei/doc/kenkei/soudan-soudan.html) and Kanagawa Prefectural Police's leaflet on support scams",
    reviewed: '2026-12-05',
  },
  {
    id: 'in-cybercrime',
    country: 'IN',
    name: 'National Cyber Crime Reporting Portal',
    reportUrl: 'https://cybercrime.gov.in',
    source:
      "Ministry of Home Affairs statements (PIB releases, Lok Sabha answers) name https://cybercrime.gov.in as the reporting portal, but only copies of them were read, not a gov.in page; home page linked. Helpline 1930 left out until read on an official page",
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
