import { parse } from 'tldts';

/*
 * The maintained list's source of truth: two plain text files in assets/blocklist/ that
 * maintainers read in review and edit by hand or through `hangup list`. One entry a line:
 *
 *   ENTRY | ADDED | EXPIRES | EVIDENCE
 *
 * hosts.txt   example.com                    the registrable domain and all its subdomains
 *             =login.example.com             that one host only
 *             storage.googleapis.com/bucket/ that host, addresses under that path only
 *                                            (shared hosting: the host itself is not the scammer's)
 * numbers.txt +18005550123                   a phone number in E.164
 *
 * ADDED and EXPIRES are dates (YYYY-MM-DD); EXPIRES may be empty. EVIDENCE says why: a report id
 * ("report:…"), a public source (an address) or a note. Lines starting with "#" are comments.
 */

export type HostEntryKind = 'domain' | 'exact' | 'path';

export interface HostEntry {
  kind: HostEntryKind;
  /** Lower-case ASCII host name. */
  host: string;
  /** For kind "path": the path prefix, starting and ending with "/". */
  path?: string;
  added: string;
  expires?: string;
  evidence: string;
}

export interface NumberEntry {
  /** E.164: "+" and 8 to 15 digits. */
  number: string;
  added: string;
  expires?: string;
  evidence: string;
}

export interface SourceError {
  file: string;
  line: number;
  text: string;
  reason: string;
}

export class SourceFormatError extends Error {
  constructor(readonly errors: readonly SourceError[]) {
    super(errors.map((e) => `${e.file}:${e.line}: ${e.reason}: ${e.text}`).join('\n'));
    this.name = 'SourceFormatError';
  }
}

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const E164_RE = /^\+[1-9]\d{7,14}$/;
const LABEL_RE = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
export const MAX_EVIDENCE_CHARS = 300;

export function isDate(text: string): boolean {
  if (!DATE_RE.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

/** "+1 (800) 555-0123" or "18005550123" stays as it is; only E.164 is accepted. */
export function isE164(text: string): boolean {
  return E164_RE.test(text);
}

/** Why a host name cannot be listed, or null when it can. */
export function hostProblem(host: string): string | null {
  if (host.length === 0 || host.length > 253) return 'not a host name';
  if (/^\d+(\.\d+){3}$/.test(host) || host.includes(':')) return 'an IP address: list the page address instead';
  const labels = host.split('.');
  if (labels.length < 2 || !labels.every((label) => LABEL_RE.test(label))) return 'not a host name';
  const parsed = parse(host, { allowPrivateDomains: true });
  if (!parsed.publicSuffix || !(parsed.isIcann || parsed.isPrivate)) return 'no known public suffix';
  if (parsed.domain === null || host === parsed.publicSuffix) return 'a public suffix (it would list everyone under it)';
  return null;
}

/** Host names as people type them: lower case, no trailing dot, IDN as punycode. */
export function normaliseHost(raw: string): string {
  let host = raw.trim().toLowerCase().replace(/\.$/, '');
  if (/[^\x21-\x7e]/.test(host)) {
    try {
      host = new URL(`http://${host}`).hostname;
    } catch {
      // left as it is: hostProblem says what is wrong with it
    }
  }
  return host;
}

/** Parse one ENTRY of hosts.txt (without the other columns). */
export function parseHostEntry(raw: string): Pick<HostEntry, 'kind' | 'host' | 'path'> | { problem: string } {
  let text = raw.trim();
  let kind: HostEntryKind = 'domain';
  if (text.startsWith('=')) {
    kind = 'exact';
    text = text.slice(1);
  }
  const slash = text.indexOf('/');
  let path: string | undefined;
  if (slash !== -1) {
    if (kind === 'exact') return { problem: 'an exact host cannot have a path' };
    path = text.slice(slash);
    text = text.slice(0, slash);
    kind = 'path';
    if (!path.endsWith('/')) path = `${path}/`;
    if (path === '/' || /[\s?#]/.test(path)) return { problem: 'a path prefix must be a folder such as /bucket-name/' };
  }
  const host = normaliseHost(text);
  const problem = hostProblem(host);
  if (problem) return { problem };
  return path === undefined ? { kind, host } : { kind, host, path };
}

export function hostEntryKey(entry: Pick<HostEntry, 'kind' | 'host' | 'path'>): string {
  return entry.kind === 'exact' ? `=${entry.host}` : entry.kind === 'path' ? `${entry.host}${entry.path ?? '/'}` : entry.host;
}

interface Columns {
  entry: string;
  added: string;
  expires?: string;
  evidence: string;
}

function columns(file: string, line: number, text: string, errors: SourceError[]): Columns | null {
  const parts = text.split('|').map((part) => part.trim());
  if (parts.length < 4) {
    errors.push({ file, line, text, reason: 'expected ENTRY | ADDED | EXPIRES | EVIDENCE' });
    return null;
  }
  const [entry = '', added = '', expires = '', ...rest] = parts;
  const evidence = rest.join(' | ').trim();
  const fail = (reason: string) => {
    errors.push({ file, line, text, reason });
    return null;
  };
  if (!isDate(added)) return fail('ADDED is not a date (YYYY-MM-DD)');
  if (expires && !isDate(expires)) return fail('EXPIRES is not a date (YYYY-MM-DD) or empty');
  if (expires && expires <= added) return fail('EXPIRES is not after ADDED');
  if (!evidence) return fail('EVIDENCE is missing: say why (a report id, a public source or a note)');
  if (evidence.length > MAX_EVIDENCE_CHARS) return fail(`EVIDENCE is longer than ${MAX_EVIDENCE_CHARS} characters`);
  return expires ? { entry, added, expires, evidence } : { entry, added, evidence };
}

function contentLines(text: string): Array<{ line: number; text: string }> {
  return text
    .replace(/^\ufeff/, '')
    .split(/\r?\n/)
    .map((line, i) => ({ line: i + 1, text: line.trim() }))
    .filter((l) => l.text !== '' && !l.text.startsWith('#'));
}

export function parseHostsSource(text: string, file = 'hosts.txt'): HostEntry[] {
  const errors: SourceError[] = [];
  const entries: HostEntry[] = [];
  const seen = new Map<string, number>();
  for (const { line, text: row } of contentLines(text)) {
    const cols = columns(file, line, row, errors);
    if (!cols) continue;
    const parsed = parseHostEntry(cols.entry);
    if ('problem' in parsed) {
      errors.push({ file, line, text: row, reason: parsed.problem });
      continue;
    }
    const key = hostEntryKey(parsed);
    const first = seen.get(key);
    if (first !== undefined) {
      errors.push({ file, line, text: row, reason: `listed twice (first on line ${first})` });
      continue;
    }
    seen.set(key, line);
    entries.push({ ...parsed, added: cols.added, ...(cols.expires ? { expires: cols.expires } : {}), evidence: cols.evidence });
  }
  if (errors.length) throw new SourceFormatError(errors);
  return entries;
}

export function parseNumbersSource(text: string, file = 'numbers.txt'): NumberEntry[] {
  const errors: SourceError[] = [];
  const entries: NumberEntry[] = [];
  const seen = new Map<string, number>();
  for (const { line, text: row } of contentLines(text)) {
    const cols = columns(file, line, row, errors);
    if (!cols) continue;
    if (!isE164(cols.entry)) {
      errors.push({ file, line, text: row, reason: 'not an E.164 number (+ and 8 to 15 digits, no spaces)' });
      continue;
    }
    const first = seen.get(cols.entry);
    if (first !== undefined) {
      errors.push({ file, line, text: row, reason: `listed twice (first on line ${first})` });
      continue;
    }
    seen.set(cols.entry, line);
    entries.push({ number: cols.entry, added: cols.added, ...(cols.expires ? { expires: cols.expires } : {}), evidence: cols.evidence });
  }
  if (errors.length) throw new SourceFormatError(errors);
  return entries;
}

const HOSTS_HEADER = `# Hang Up maintained list: hosts. One entry a line: ENTRY | ADDED | EXPIRES | EVIDENCE
#   example.com                     the registrable domain and all its subdomains
#   =login.example.com              that one host only
#   storage.googleapis.com/bucket/  that host, addresses under that path only (shared hosting)
# Dates are YYYY-MM-DD; EXPIRES may be empty. Edit by hand or with \`npx hangup list add|remove\`.
`;
const NUMBERS_HEADER = `# Hang Up maintained list: phone numbers (E.164). One entry a line: NUMBER | ADDED | EXPIRES | EVIDENCE
# Dates are YYYY-MM-DD; EXPIRES may be empty. Edit by hand or with \`npx hangup list add|remove\`.
`;

const row = (entry: string, e: { added: string; expires?: string; evidence: string }) => `${entry} | ${e.added} | ${e.expires ?? ''} | ${e.evidence}`;

/** Entries sorted, so that a diff in review shows only what changed. */
export function formatHostsSource(entries: readonly HostEntry[]): string {
  const sorted = [...entries].sort((a, b) => hostEntryKey(a).replace(/^=/, '').localeCompare(hostEntryKey(b).replace(/^=/, '')) || a.kind.localeCompare(b.kind));
  return `${HOSTS_HEADER}${sorted.map((e) => `${row(hostEntryKey(e), e)}\n`).join('')}`;
}

export function formatNumbersSource(entries: readonly NumberEntry[]): string {
  const sorted = [...entries].sort((a, b) => a.number.localeCompare(b.number));
  return `${NUMBERS_HEADER}${sorted.map((e) => `${row(e.number, e)}\n`).join('')}`;
}
