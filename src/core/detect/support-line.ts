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
 * The tactic is seen in English; the words are English.
 */

/** A name as the claim pattern matches it: spaces and hyphens may be there or not ("CapitalOne"). */
function joined(name: string): string {
  return name.toLowerCase().replace(/[\s-]+/g, '');
}

/** Every name a brand's fake line is written with, longest first so "hp printer" wins over "hp". */
const NAMES: string[] = [];
const BRAND_OF = new Map<string, Brand>();
for (const brand of BRANDS) {
  for (const name of [...brand.names, ...brand.weakNames, ...(brand.claimNames ?? [])]) {
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
const STANDING_RE = new RegExp(String.raw`(?:^|[|–—:,(]\s*|\s[-–—]\s*|\bwelcome\s+to\s+(?:the\s+)?|\bofficial\s+)${CLAIM}${AFTER}`, 'iu');
/** The claim as the line to call: "Call our 24/7 HP printer customer service line". */
const CALL_RE = new RegExp(
  String.raw`\b(?:call|dial|contact|reach|ring)\s+(?:(?:our|the|us|at|on|a|an|now|today|24/7|24x7|24\s+hours|toll[\s-]?free|official|certified|expert|dedicated|independent)\s+){0,4}${CLAIM}\b`,
  'iu',
);
/** A line that tells about calling a brand, rather than asking for the call. */
const TELLING_RE = /\b(?:how|ways?|if|whether|never|don['’]?t|do\s+not|scam\w*|fake|fraud\w*|impostors?|beware)\b/i;

export interface SupportLineClaim {
  brand: Brand;
  /** The claim as the page writes it. */
  claim: string;
  inTitle: boolean;
}

function claimIn(text: string, re: RegExp): { brand: Brand; claim: string } | undefined {
  const match = re.exec(text);
  const claim = match?.[1];
  const name = match?.[2];
  if (!claim || !name) return undefined;
  const brand = BRAND_OF.get(joined(name));
  return brand && { brand, claim: claim.trim().slice(0, 120) };
}

/**
 * The brand whose support line the page claims to be, if it claims exactly one. `lines` are the
 * lines shown around the numbers the page gives (the contexts of its phone candidates).
 */
export function findSupportLine(title: string, lines: readonly string[], hostOwned: boolean): SupportLineClaim | undefined {
  if (hostOwned) return undefined;
  const claims: SupportLineClaim[] = [];
  const fromTitle = claimIn(title, STANDING_RE);
  if (fromTitle) claims.push({ ...fromTitle, inTitle: true });
  for (const line of lines) {
    const found = claimIn(line, STANDING_RE) ?? claimIn(line, CALL_RE);
    if (!found) continue;
    const before = line.slice(0, Math.max(0, line.toLowerCase().indexOf(found.claim.toLowerCase())));
    if (TELLING_RE.test(before)) continue;
    claims.push({ ...found, inTitle: false });
  }
  const first = claims[0];
  if (!first || claims.some((claim) => claim.brand !== first.brand)) return undefined;
  return { ...first, inTitle: claims.some((claim) => claim.inTitle) };
}
