import { type Brand, BRANDS } from '../support/brands';
import { escapeRegExp } from './lexicons/pattern';

/*
 * The fake support line: a site that calls itself a brand's support ("HP Printer Customer
 * Service", "QuickBooks Support Number", "Outlook Support") and gives its own number to call. It
 * frightens nobody; people find it when they look for the brand's help, and the person who answers
 * takes remote control and payment as a fake alert's does. Honest pages name a brand's support
 * too, so the claim counts only where a page makes it about itself:
 * - in its title, as a whole part of it ("HP Printer Customer Service | Printer Support"), not
 *   inside a sentence ("How to contact PayPal customer service");
 * - on a line next to a number the page gives, as a call to that line ("Call our 24/7 HP printer
 *   customer service line") or as the line's label ("HP Printer Support Hotline: …");
 * and only where the site belongs to no brand and claims one brand's line: a directory of
 * support numbers or a repair shop that names several brands is neither.
 * A claim alone is not enough either. An article on how to reach Amazon's customer service, a
 * directory entry for it and a university's "Apple Support" page with its own help desk's number
 * make the same claim in the same words. What the fake lines do and those pages do not:
 * - they speak as the line: "call our HP printer customer service line", "Welcome to H.P Printer
 *   Customer Support";
 * - they disown the brand in the first person, the legal fig leaf of the trade: "We are not
 *   Canon", "we are an independent service provider", "we are not affiliated with HP";
 * - or their address leads with the brand: canonprintersupportpro, hpprinter-support.
 * The tactic is seen in English; the words are English.
 */

/** A name as the claim pattern matches it: spaces and hyphens may be there or not ("CapitalOne"). */
function joined(name: string): string {
  return name.toLowerCase().replace(/[\s-]+/g, '');
}

/** Every name a brand's fake line is written with, longest first so "hp printer" wins over "hp". */
const NAMES: string[] = [];
const BRAND_OF = new Map<string, Brand>();
/** Each brand's names as an address can lead with them ("hpprinter-support", "coinbasehelp"). */
const ADDRESS_NAMES = new Map<Brand, string[]>();
for (const brand of BRANDS) {
  const inAddresses: string[] = [];
  ADDRESS_NAMES.set(brand, inAddresses);
  for (const name of [...brand.names, ...brand.weakNames, ...(brand.claimNames ?? [])]) {
    if (/^[a-z\d]+$/.test(joined(name))) inAddresses.push(joined(name));
    // Claims are written in Latin letters; names in other scripts belong to the lexicons.
    if (!/^[\p{Script=Latin}\d .&'-]+$/u.test(name) || BRAND_OF.has(joined(name))) continue;
    BRAND_OF.set(joined(name), brand);
    NAMES.push(name);
  }
}
NAMES.sort((a, b) => b.length - a.length);
const NAME = `(${NAMES.map((name) => escapeRegExp(name).replace(/ /g, '[\\s-]*')).join('|')})`;
/** Product words between the name and the role: "HP OfficeJet printer customer service". */
const PRODUCT = String.raw`(?:[\s-]+(?:printers?|laptops?|computers?|pc|antivirus|anti-virus|security|internet\s+security|total\s+protection|360|software|accounts?|login|password|e-?mail|mail|wallet|exchange|desktop|payroll|enterprise|online|error|smart|setup|drivers?|ink|scanners?|wi-?fi|router|tv|streaming|app|store|officejet|deskjet|laserjet|envy|pixma|ecotank)){0,3}`;
const ROLE = String.raw`[\s-]+(?:customer\s+(?:service|care|support|helpline)|tech(?:nical)?\s+support|support|help\s*desk|help[\s-]?line|hot[\s-]?line)`;
const CLAIM = `(${NAME}${PRODUCT}${ROLE})`;
/** What may follow the claim in a title or a label: its number, "number", a separator, the end. */
const AFTER = String.raw`(?=\s+(?:phone\s+)?(?:number|no\b|toll[\s-]?free|hot[\s-]?line|help[\s-]?line|24\s*[/x]\s*7)|\s*(?:$|[|–—:,(!?.-]|\+?\d))`;
/** The claim standing as a whole part of a title or at the head of a label. */
const STANDING_RE = new RegExp(String.raw`(?:^|[|–—:,(]\s*|\s[-–—]\s*|\bwelcome\s+to\s+(?:the\s+)?|\bofficial\s+)${CLAIM}${AFTER}`, 'diu');
/** The claim as the line to call: "Call our 24/7 HP printer customer service line". */
const CALL_RE = new RegExp(
  String.raw`\b(?:call|dial|contact|reach|ring)\s+(?:(?:our|the|us|at|on|a|an|now|today|24/7|24x7|24\s+hours|toll[\s-]?free|official|certified|expert|dedicated|independent)\s+){0,4}${CLAIM}\b`,
  'diu',
);
/** A line that tells about calling a brand, rather than asking for the call. */
const TELLING_RE = /\b(?:how|ways?|if|whether|never|don['’]?t|do\s+not|scam\w*|fake|fraud\w*|impostors?|beware)\b/i;
/** Just before a claim: the page speaks as the line ("call our 24/7 …", "Welcome to …"). */
const OWN_BEFORE_RE = /\b(?:our|welcome\s+to(?:\s+the)?)\s+(?:[\w/*+-]+\s+){0,3}$/iu;
/**
 * The page disowning the brand whose line it claims, in the first person: "We are not Canon",
 * "we are an independent online support provider", "We're a proud third-party certified service
 * provider", "we are … not affiliated with HP Inc.", "We have no association or affiliation with
 * any brands". A publication calls itself independent too, but never a service provider; and a
 * directory says "CallHelp is not affiliated with …", in its own name, not as "we".
 */
const DISOWN_SOURCES = [
  String.raw`\bwe\s+are\s+not\s+(?:the\s+|an?\s+)?(?:official|authori[sz]ed|affiliated|associated|${NAME.slice(1, -1)})\b`,
  String.raw`\b(?:we\s+are|we['’]re|is)\s+an?\s+(?:proud\s+)?(?:independent|third[\s-]party)\s+(?:[\w-]+\s+){0,6}?(?:(?:service|support|repair|tech(?:nical)?)\s+(?:provider|platform|company)|provider\s+of\s+(?:tech|technical|computer|printer|it|remote|support|repair))\b`,
  String.raw`\bwe\s+(?:are|have)\b[^.!?]{0,80}?\b(?:(?:not\s+(?:in\s+any\s+way\s+)?|in\s+no\s+way\s+)(?:affiliated|associated|endorsed|sponsored|connected)\s+(?:with|by|to)|no\s+(?:association|affiliation)\b)`,
];
export const DISOWN_RE = new RegExp(DISOWN_SOURCES.join('|'), 'iu');
/** A word every disowning sentence holds: a cheap test before DISOWN_RE runs over a page's text. */
export const DISOWN_HINT_RE = /independent|third[\s-]party|affiliat|associat|endorsed|sponsored|connected|we\s+are\s+not/i;
/** What follows the brand in an address that leads with it: hpprinter-support, coinbasehelp. */
const HOST_SERVICE_RE = /(?:support|help|care|service|printer|setup|number|desk|assist|tech|expert|fix|repair|driver|error|phone|contact)/;

export interface SupportLineClaim {
  brand: Brand;
  /** The claim as the page writes it. */
  claim: string;
  inTitle: boolean;
  /** What makes the claim the page's own (see the top of this file). */
  because: 'speaks-as-line' | 'disowns-brand' | 'address';
}

export interface SupportLinePage {
  title: string;
  /** The lines shown around the numbers the page gives (the contexts of its phone candidates). */
  lines: readonly string[];
  /** Everything the scorer reads of the page: its title, its snippets and the contexts of its numbers. */
  texts: readonly string[];
  host: string;
  /** The host belongs to a brand of the directory. */
  hostOwned: boolean;
}

interface Claim {
  brand: Brand;
  claim: string;
  inTitle: boolean;
  /** Where the claim starts in its text. */
  at: number;
  /** The page speaks as the line just before the claim. */
  own: boolean;
}

function claimIn(text: string, re: RegExp, inTitle: boolean): Claim | undefined {
  const match = re.exec(text);
  const claim = match?.[1];
  const name = match?.[2];
  const at = match?.indices?.[1]?.[0];
  if (!claim || !name || at === undefined) return undefined;
  const brand = BRAND_OF.get(joined(name));
  return brand && { brand, claim: claim.trim().slice(0, 120), inTitle, at, own: OWN_BEFORE_RE.test(text.slice(Math.max(0, at - 60), at)) };
}

/** Whether a label of the host starts with one of the brand's names and goes on with a service word. */
function addressLeadsWith(host: string, brand: Brand): boolean {
  const names = ADDRESS_NAMES.get(brand) ?? [];
  return host
    .toLowerCase()
    .split('.')
    .some((label) => {
      const bare = label.replace(/-/g, '');
      return names.some((name) => bare.startsWith(name) && HOST_SERVICE_RE.test(bare.slice(name.length)));
    });
}

/** The brand whose support line the page claims to be, if it claims exactly one and the claim is its own. */
export function findSupportLine(page: SupportLinePage): SupportLineClaim | undefined {
  if (page.hostOwned) return undefined;
  const claims: Claim[] = [];
  const fromTitle = claimIn(page.title, STANDING_RE, true);
  if (fromTitle) claims.push(fromTitle);
  for (const line of page.lines) {
    const found = claimIn(line, STANDING_RE, false) ?? claimIn(line, CALL_RE, false);
    if (!found || TELLING_RE.test(line.slice(0, found.at))) continue;
    claims.push(found);
  }
  const first = claims[0];
  if (!first || claims.some((claim) => claim.brand !== first.brand)) return undefined;
  const because = ownership(page, claims, first.brand);
  if (!because) return undefined;
  return { brand: first.brand, claim: first.claim, inTitle: claims.some((claim) => claim.inTitle), because };
}

/** What makes a claim to be `brand`'s line the page's own, if anything does. */
function ownership(page: SupportLinePage, claims: readonly Claim[], brand: Brand): SupportLineClaim['because'] | undefined {
  // The page may speak as the line away from its numbers: "Call our 24/7 HP printer customer
  // service line" above a button.
  const speaks = (text: string) => {
    const found = claimIn(text, CALL_RE, false) ?? claimIn(text, STANDING_RE, false);
    return found?.own === true && found.brand === brand;
  };
  if (claims.some((claim) => claim.own) || page.texts.some(speaks)) return 'speaks-as-line';
  // The texts hold the lines around the numbers too.
  if (page.texts.some((text) => DISOWN_RE.test(text))) return 'disowns-brand';
  return addressLeadsWith(page.host, brand) ? 'address' : undefined;
}
