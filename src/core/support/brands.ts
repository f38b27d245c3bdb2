import { parse } from 'tldts';

/**
 * Brands that scam pages most often pretend to be, with what really belongs to them. The detector
 * uses `domains` and `domainLabels` so a brand's own pages are never called impersonation; the
 * warning page uses the help addresses. Addresses are only those found in the brand's own
 * material (`source`, checked on `reviewed`); where none was checked the field is left out
 * rather than guessed.
 */
export interface Brand {
  id: string;
  name: string;
  /**
   * Words that name the brand or its products on a page, matched case-insensitively as words;
   * names in Japanese script (written without spaces) count wherever they stand.
   */
  names: readonly string[];
  /**
   * Names that are also everyday words ("windows", "apple", "chase"): they count as naming the
   * brand only on a line that also carries the scare language of a fake alert.
   */
  weakNames: readonly string[];
  /**
   * Short names that pages posing as the brand's support line put in front of a support word
   * ("HP Printer Support", "Office Support"), and nowhere else: alone they name too much.
   */
  claimNames?: readonly string[];
  /**
   * Names that are also an English verb ("Don't Google it", "google the number"): where a pronoun
   * or an article follows, as the verb's object, they do not name the brand.
   */
  verbNames?: readonly string[];
  /** Registrable domains the brand owns. Shared-hosting domains (windows.net, ...) never belong here. */
  domains: readonly string[];
  /** Registrable-domain labels owned under any public suffix (amazon → amazon.de, amazon.co.uk). */
  domainLabels?: readonly string[];
  /** What the brand itself says that a frightened person most needs to hear, from `source`. */
  keyFact?: string;
  /** The brand's own help site: where genuine support is. */
  supportUrl?: string;
  /** The brand's own advice on fake support and phishing. */
  scamAdviceUrl?: string;
  /** Where the brand itself takes reports of scams that use its name. */
  reportUrl?: string;
  source: string;
  reviewed: string;
}

export const BRANDS: readonly Brand[] = [
  {
    id: 'microsoft',
    name: 'Microsoft',
    names: ['microsoft', 'windows defender', 'microsoft defender', 'windows security', 'windows firewall', 'windows support', 'windows helpline', 'microsoft edge', 'office 365', 'microsoft 365', 'hotmail', 'マイクロソフト', 'майкрософт'],
    weakNames: ['windows', 'defender', 'outlook', 'ウィンドウズ', 'ウインドウズ', 'виндовс'],
    claimNames: ['office', 'ms office', 'msn', 'xbox', 'skype'],
    domains: ['microsoft.com', 'windows.com', 'live.com', 'office.com', 'bing.com', 'msn.com', 'xbox.com', 'skype.com', 'microsoftonline.com', 'outlook.com', 'microsoft365.com', 'office365.com', 'azure.com', 'visualstudio.com'],
    keyFact: "Microsoft's error and warning messages never include a phone number.",
    supportUrl: 'https://support.microsoft.com',
    scamAdviceUrl: 'https://support.microsoft.com/help/4013405',
    reportUrl: 'https://www.microsoft.com/reportascam',
    source: "Microsoft's support-scam guidance: support.microsoft.com/help/4013405 and microsoft.com/reportascam; its help site support.microsoft.com",
    reviewed: '2026-12-05',
  },
  {
    id: 'apple',
    name: 'Apple',
    names: ['icloud', 'macos', 'mac os', 'os x', 'applecare', 'apple care', 'apple security', 'apple support', 'apple id', 'アップル サポート', 'アップルケア', 'アイクラウド'],
    // Devices that every repair shop and reseller names beside its own number ("iPhone Repair").
    weakNames: ['apple', 'mac', 'safari', 'iphone', 'macbook', 'アップル', 'эппл'],
    domains: ['apple.com', 'icloud.com', 'me.com', 'mac.com'],
    supportUrl: 'https://support.apple.com',
    scamAdviceUrl: 'https://support.apple.com/102568',
    source: "Apple's phishing and fake-support advice: support.apple.com/102568 (formerly HT204759); its help site support.apple.com",
    reviewed: '2026-12-05',
  },
  {
    id: 'google',
    name: 'Google',
    names: ['google chrome', 'google security', 'google support', 'chrome security', 'gmail', 'android security', 'グーグル クローム'],
    weakNames: ['google', 'chrome', 'android', 'グーグル'],
    verbNames: ['google'],
    domains: ['youtube.com', 'gmail.com', 'chrome.com', 'android.com', 'withgoogle.com'],
    domainLabels: ['google'],
    supportUrl: 'https://support.google.com',
    source: "Google's help centre home page, support.google.com; no scam advice page checked yet",
    reviewed: '2026-12-05',
  },
  {
    id: 'amazon',
    name: 'Amazon',
    names: ['amazon prime', 'amazon security', 'amazon account', 'amazon support', 'amazon customer service', 'アマゾン プライム'],
    weakNames: ['amazon', 'アマゾン'],
    domains: ['amazon.com', 'a.co'],
    domainLabels: ['amazon'],
    supportUrl: 'https://www.amazon.com/reportascam',
    scamAdviceUrl: 'https://www.amazon.com/reportascam',
    reportUrl: 'https://www.amazon.com/reportascam',
    source: "Amazon's report-a-scam page: amazon.com/reportascam",
    reviewed: '2026-12-05',
  },
  {
    id: 'paypal',
    name: 'PayPal',
    names: ['paypal', 'ペイパル'],
    weakNames: [],
    domains: ['paypal.com', 'paypal.me'],
    domainLabels: ['paypal'],
    supportUrl: 'https://www.paypal.com/us/security/reporting-issues',
    scamAdviceUrl: 'https://www.paypal.com/us/webapps/mpp/security/suspicious-activity',
    reportUrl: 'https://www.paypal.com/us/security/reporting-issues',
    source: "PayPal's security pages: paypal.com/us/security/reporting-issues and /us/webapps/mpp/security/suspicious-activity",
    reviewed: '2026-12-05',
  },
  {
    id: 'norton',
    name: 'Norton',
    names: ['norton antivirus', 'norton 360', 'norton security', 'nortonlifelock', 'norton lifelock', 'gen digital'],
    weakNames: ['norton', 'ノートン'],
    domains: ['norton.com', 'nortonlifelock.com', 'gendigital.com'],
    source: 'Support pages not checked yet (submissions.norton.com is for false-positive reports only); domains only',
    reviewed: '2026-11-23',
  },
  {
    id: 'mcafee',
    name: 'McAfee',
    names: ['mcafee', 'マカフィー'],
    weakNames: [],
    domains: ['mcafee.com'],
    keyFact: 'McAfee says it never requires a customer to call a phone number.',
    supportUrl: 'https://www.mcafee.com/support',
    scamAdviceUrl: 'https://www.mcafee.com/en-us/cyber-scam/customer-scam-awareness.html',
    source: "McAfee's customer scam awareness page: mcafee.com/en-us/cyber-scam/customer-scam-awareness.html; mcafee.com/support",
    reviewed: '2026-12-05',
  },
  {
    id: 'avast',
    name: 'Avast',
    names: ['avast', 'アバスト'],
    weakNames: [],
    domains: ['avast.com', 'avg.com'],
    source: 'No help address checked yet; domains only',
    reviewed: '2026-11-23',
  },
  {
    id: 'geeksquad',
    name: 'Geek Squad',
    names: ['geek squad', 'geeksquad', 'best buy'],
    weakNames: [],
    domains: ['geeksquad.com', 'bestbuy.com', 'bestbuy.ca'],
    source: 'No help address checked yet; domains only',
    reviewed: '2026-11-23',
  },
  {
    id: 'bank-of-america',
    name: 'Bank of America',
    names: ['bank of america'],
    weakNames: [],
    domains: ['bankofamerica.com', 'bofa.com'],
    source: 'No help address checked yet; domains only',
    reviewed: '2026-11-23',
  },
  {
    id: 'chase',
    name: 'Chase',
    names: ['chase bank', 'jpmorgan chase'],
    weakNames: ['chase'],
    domains: ['chase.com', 'jpmorganchase.com'],
    source: 'No help address checked yet; domains only',
    reviewed: '2026-11-23',
  },
  {
    id: 'wells-fargo',
    name: 'Wells Fargo',
    names: ['wells fargo'],
    weakNames: [],
    domains: ['wellsfargo.com'],
    source: 'No help address checked yet; domains only',
    reviewed: '2026-11-23',
  },
  {
    id: 'citi',
    name: 'Citibank',
    names: ['citibank'],
    weakNames: ['citi'],
    domains: ['citi.com', 'citibank.com'],
    source: 'No help address checked yet; domains only',
    reviewed: '2026-11-23',
  },
  {
    id: 'capital-one',
    name: 'Capital One',
    names: ['capital one'],
    weakNames: [],
    domains: ['capitalone.com'],
    source: 'No help address checked yet; domains only',
    reviewed: '2026-12-07',
  },
  {
    id: 'usaa',
    name: 'USAA',
    names: ['usaa'],
    weakNames: [],
    domains: ['usaa.com'],
    source: 'No help address checked yet; domains only',
    reviewed: '2026-12-07',
  },
  {
    id: 'navy-federal',
    name: 'Navy Federal Credit Union',
    names: ['navy federal'],
    weakNames: [],
    domains: ['navyfederal.org'],
    source: 'No help address checked yet; domains only',
    reviewed: '2026-12-07',
  },
  {
    id: 'american-express',
    name: 'American Express',
    names: ['american express', 'amex'],
    weakNames: [],
    domains: ['americanexpress.com'],
    source: 'No help address checked yet; domains only',
    reviewed: '2026-12-07',
  },
  {
    id: 'hsbc',
    name: 'HSBC',
    names: ['hsbc'],
    weakNames: [],
    domains: [],
    domainLabels: ['hsbc'],
    source: 'No help address checked yet; domains only',
    reviewed: '2026-11-23',
  },
  {
    id: 'barclays',
    name: 'Barclays',
    names: ['barclays'],
    weakNames: [],
    domains: [],
    domainLabels: ['barclays'],
    source: 'No help address checked yet; domains only',
    reviewed: '2026-11-23',
  },
  {
    id: 'santander',
    name: 'Santander',
    names: ['santander'],
    weakNames: [],
    domains: [],
    domainLabels: ['santander'],
    source: 'No help address checked yet; domains only',
    reviewed: '2026-11-23',
  },
  // Brands that fake support lines pose as (third-party "HP Printer Support" sites with a number
  // to call). Repair shops, dealers and every page's "Follow us on Facebook" name them beside a
  // number all day, so their names count only in a claim to be their support (support-line.ts).
  {
    id: 'hp',
    name: 'HP',
    names: [],
    weakNames: [],
    claimNames: ['hp', 'h.p', 'h.p.', 'hewlett packard', 'hp printer', 'hp printers', 'hp laptop', 'hp smart'],
    domains: ['hp.com', 'hpsmart.com'],
    domainLabels: ['hp'],
    source: 'No help address checked yet; domains only',
    reviewed: '2026-12-07',
  },
  {
    id: 'canon',
    name: 'Canon',
    names: [],
    weakNames: [],
    claimNames: ['canon', 'canon printer', 'canon pixma'],
    domains: ['canon.com'],
    domainLabels: ['canon', 'canon-europe'],
    source: 'No help address checked yet; domains only',
    reviewed: '2026-12-07',
  },
  {
    id: 'epson',
    name: 'Epson',
    names: [],
    weakNames: [],
    claimNames: ['epson', 'epson printer'],
    domains: ['epson.com'],
    domainLabels: ['epson'],
    source: 'No help address checked yet; domains only',
    reviewed: '2026-12-07',
  },
  {
    id: 'brother',
    name: 'Brother',
    names: [],
    weakNames: [],
    claimNames: ['brother', 'brother printer'],
    domains: ['brother.com', 'brother-usa.com'],
    domainLabels: ['brother'],
    source: 'No help address checked yet; domains only',
    reviewed: '2026-12-07',
  },
  {
    id: 'intuit',
    name: 'Intuit (QuickBooks)',
    names: [],
    weakNames: [],
    claimNames: ['quickbooks', 'quickbooks desktop', 'quickbooks online', 'qb', 'turbotax', 'intuit'],
    domains: ['intuit.com', 'quickbooks.com', 'turbotax.com'],
    domainLabels: ['intuit', 'quickbooks'],
    source: 'No help address checked yet; domains only',
    reviewed: '2026-12-07',
  },
  {
    id: 'coinbase',
    name: 'Coinbase',
    names: [],
    weakNames: [],
    claimNames: ['coinbase', 'coinbase wallet'],
    domains: ['coinbase.com'],
    domainLabels: ['coinbase'],
    source: 'No help address checked yet; domains only',
    reviewed: '2026-12-07',
  },
  {
    id: 'meta',
    name: 'Meta (Facebook)',
    names: [],
    weakNames: [],
    claimNames: ['facebook', 'instagram', 'whatsapp', 'meta'],
    domains: ['facebook.com', 'fb.com', 'meta.com', 'messenger.com', 'instagram.com', 'whatsapp.com'],
    domainLabels: ['facebook', 'instagram', 'whatsapp'],
    source: 'No help address checked yet; domains only',
    reviewed: '2026-12-07',
  },
  {
    id: 'roku',
    name: 'Roku',
    names: [],
    weakNames: [],
    claimNames: ['roku'],
    domains: ['roku.com'],
    domainLabels: ['roku'],
    source: 'No help address checked yet; domains only',
    reviewed: '2026-12-07',
  },
];

export function brandById(id: string): Brand | undefined {
  return BRANDS.find((brand) => brand.id === id);
}

/**
 * True when `host` is one of `brand`'s own domains or under one. Shared-hosting subdomains never
 * belong to a brand: x.web.core.windows.net is a customer's bucket, not Microsoft.
 */
export function hostBelongsToBrand(host: string, brand: Brand): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (brand.domains.some((domain) => h === domain || h.endsWith(`.${domain}`))) return true;
  if (!brand.domainLabels?.length) return false;
  const parsed = parse(h, { allowPrivateDomains: true });
  // A private suffix (github.io, blogspot.com, ...) means a customer's site under the label.
  if (parsed.isPrivate || !parsed.domainWithoutSuffix) return false;
  return brand.domainLabels.includes(parsed.domainWithoutSuffix);
}

/** The brands whose own site `host` is. */
export function brandsOwning(host: string): Brand[] {
  return BRANDS.filter((brand) => hostBelongsToBrand(host, brand));
}
