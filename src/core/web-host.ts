/** A web page's address as the lists read it: its host (see hostOfAddress) and its path. */
export interface WebAddress {
  host: string;
  path: string;
}

/** The host and path of an http(s) address; null for anything else. */
export function webAddress(url: string): WebAddress | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  return { host: parsed.hostname.toLowerCase().replace(/\.$/, ''), path: parsed.pathname };
}

/**
 * The host of a web page's address as every list and the allowlist key it: lower case, without
 * the trailing dot of a fully qualified name; null for anything that is not an http(s) address.
 */
export function hostOfAddress(url: string): string | null {
  return webAddress(url)?.host ?? null;
}
