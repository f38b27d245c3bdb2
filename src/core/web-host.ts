/**
 * The host of a web page's address as every list and the allowlist key it: lower case, without
 * the trailing dot of a fully qualified name; null for anything that is not an http(s) address.
 */
export function hostOfAddress(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  return parsed.hostname.toLowerCase().replace(/\.$/, '');
}
