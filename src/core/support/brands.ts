/**
 * Brands that scam pages most often pretend to be, with the domains that really belong to them.
 * The detector uses `domains` so a brand's own pages are never called impersonation.
 * `scamAdviceUrl` is what the brand itself says about support scams; `source` and `reviewed` say
 * where that was read and when, so a maintainer can check it again.
 */
export interface Brand {
  id: string;
  name: string;
  /** Words that name the brand or its products on a page, matched case-insensitively as words. */
  names: readonly string[];
  /**
   * Names that are also everyday words ("windows", "apple"): they count as naming the brand only
   * on a line that also carries the scare language of a fake alert.
   */
  weakNames: readonly string[];
  /** Registrable domains the brand owns. Shared-hosting domains (windows.net, ...) never belong here. */
  domains: readonly string[];
  /**
   * What the brand itself says that a frightened person most needs to hear. Only a statement
   * found in the brand's own material (see `source`); left out rather than paraphrased from memory.
   */
  keyFact?: string;
  supportUrl: string;
  scamAdviceUrl: string;
  source: string;
  reviewed: string;
}

export const BRANDS: readonly Brand[] = [
  {
    id: 'microsoft',
    name: 'Microsoft',
    names: ['microsoft', 'windows defender', 'microsoft defender', 'windows security', 'windows firewall', 'windows support'],
    weakNames: ['windows'],
    domains: ['microsoft.com', 'windows.com', 'live.com', 'office.com', 'bing.com', 'msn.com', 'xbox.com', 'skype.com', 'microsoftonline.com'],
    keyFact: "Microsoft's error and warning messages never include a phone number.",
    supportUrl: 'https://support.microsoft.com/help/4013405',
    scamAdviceUrl: 'https://www.microsoft.com/reportascam',
    source: "Microsoft's support-scam guidance: support.microsoft.com/help/4013405 and microsoft.com/reportascam",
    reviewed: '2026-11-23',
  },
  {
    id: 'apple',
    name: 'Apple',
    names: ['icloud', 'macos', 'mac os', 'applecare', 'apple security', 'apple support', 'apple care'],
    weakNames: ['apple', 'mac'],
    domains: ['apple.com', 'icloud.com', 'me.com'],
    supportUrl: 'https://support.apple.com/102568',
    scamAdviceUrl: 'https://support.apple.com/102568',
    source: "Apple's phishing and fake-support advice: support.apple.com/102568",
    reviewed: '2026-11-23',
  },
];

export function brandById(id: string): Brand | undefined {
  return BRANDS.find((brand) => brand.id === id);
}

/** True when `host` is one of `brand`'s own domains or a subdomain of one. */
export function hostBelongsToBrand(host: string, brand: Brand): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return brand.domains.some((domain) => h === domain || h.endsWith(`.${domain}`));
}
