import { parse } from 'tldts';

/*
 * Third-party domain lists a person opts into (scam blocklists published as plain domain lists,
 * hosts files or adblock filter lists). Every accepted entry means "this host and its
 * subdomains", so anything that blocks less than a whole site (a path, a resource type, an
 * exception) is skipped rather than widened into a site block. The input is untrusted remote text:
 * an HTML error page or a binary file must fail loudly instead of yielding an empty list.
 */

export type ThirdPartyFormat = 'plain' | 'hosts' | 'adblock';

export interface ParsedList {
  /** Normalised host names (lower case, punycode ASCII, no trailing dot), deduplicated, in first-seen order. Each means "this host and its subdomains". */
  hosts: string[];
  /**
   * Lines that were skipped, counted by reason. Counts are per line, except on hosts-file lines
   * that name several hosts, where each host is counted.
   */
  skipped: Record<string, number>;
  /** Up to 20 examples of rejected lines with line number (1-based) and reason, for error messages. Comments, blank lines, duplicates and hosts-file boilerplate are not examples. */
  examples: Array<{ line: number; text: string; reason: string }>;
  /** Entries refused because they are protected (see options.isProtected), deduplicated. */
  refused: string[];
}

export interface ParseOptions {
  /** Returns true for hosts that must never be listed (genuine brand domains like microsoft.com and their subdomains); such entries are refused and counted. */
  isProtected?: (host: string) => boolean;
  /** Upper bound on accepted entries (default 2,000,000); beyond it parsing stops with an error. */
  maxEntries?: number;
}

/** Thrown for input that is clearly not a domain list; the message says why in plain words. */
export class ListFormatError extends Error {
  override name = 'ListFormatError';
}

export const DEFAULT_MAX_ENTRIES = 2_000_000;

const MAX_EXAMPLES = 20;
const MAX_EXAMPLE_LENGTH = 200;

const BLANK = 'blank';
const COMMENT = 'comment';
const DUPLICATE = 'duplicate';
const PROTECTED = 'protected';
const NOT_A_HOST = 'not a host';
const IP_ADDRESS = 'ip address';
const PUBLIC_SUFFIX = 'public suffix';
const UNKNOWN_TLD = 'unknown top-level domain';
const LOCAL_NAME = 'local name';
const NOT_A_HOSTS_LINE = 'not a hosts line';
const REAL_ADDRESS = 'maps to a real address';
const COSMETIC_OR_EXCEPTION = 'cosmetic or exception rule';
const UNHONOURED_OPTIONS = 'rule with options we do not honour';
const PATH_RULE = 'address with a path';
const REGEX_RULE = 'regular expression rule';

/** Routine lines every list has; they are counted but are no example of a problem. */
const ROUTINE_REASONS = new Set([BLANK, COMMENT, DUPLICATE, LOCAL_NAME]);

/** Adblock options that keep a `||host^` rule a block of the whole site. */
const SITE_OPTIONS = new Set(['document', 'doc', 'all', 'important', 'popup']);

/** Names every hosts file carries for the machine itself; they are not blocklist entries. */
const HOSTS_BOILERPLATE = new Set([
  'localhost', 'localhost.localdomain', 'localhost4', 'localhost4.localdomain4', 'localhost6', 'localhost6.localdomain6',
  'local', 'broadcasthost', '0.0.0.0',
]);

// The input is already a bare host name, checked by hostShape; skipping tldts' own extraction
// and validation keeps one parse per line cheap on million-line lists.
const TLDTS_OPTIONS = {
  allowPrivateDomains: true,
  extractHostname: false,
  validateHostname: false,
  detectIp: false,
  mixedInputs: false,
} as const;

type HostCheck = { ok: true; host: string } | { ok: false; reason: string };

const Shape = { Ascii: 0, Invalid: 1, Unicode: 2, NumericTld: 3, SingleLabel: 4 } as const;
type Shape = (typeof Shape)[keyof typeof Shape];

/** One pass over the characters: valid ASCII host name, needs IDN conversion, or neither. */
function hostShape(host: string): Shape {
  let labelLength = 0;
  let labelNumeric = true;
  let unicode = false;
  let dots = 0;
  for (let i = 0; i < host.length; i++) {
    const c = host.charCodeAt(i);
    if (c === 46 /* . */) {
      if (labelLength === 0) return Shape.Invalid;
      labelLength = 0;
      labelNumeric = true;
      dots++;
      continue;
    }
    if ((c >= 97 && c <= 122) || c === 45 /* - */) {
      labelNumeric = false;
    } else if (c > 127) {
      unicode = true;
      labelNumeric = false;
    } else if (c < 48 || c > 57) {
      return Shape.Invalid;
    }
    labelLength++;
    // Unicode labels are measured after conversion to punycode.
    if (labelLength > 63 && !unicode) return Shape.Invalid;
  }
  if (labelLength === 0) return Shape.Invalid;
  if (unicode) return Shape.Unicode;
  if (host.length > 253) return Shape.Invalid;
  if (labelNumeric) return Shape.NumericTld;
  return dots === 0 ? Shape.SingleLabel : Shape.Ascii;
}

function isIpv4(text: string): boolean {
  const parts = text.split('.');
  if (parts.length !== 4) return false;
  for (const part of parts) {
    if (part.length === 0 || part.length > 3) return false;
    for (let i = 0; i < part.length; i++) {
      const c = part.charCodeAt(i);
      if (c < 48 || c > 57) return false;
    }
    if (Number(part) > 255) return false;
  }
  return true;
}

function isIpv6(text: string): boolean {
  const bare = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text;
  let colons = 0;
  for (let i = 0; i < bare.length; i++) {
    const c = bare.charCodeAt(i);
    if (c === 58 /* : */) colons++;
    else if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70) || c === 46)) return false;
  }
  return colons >= 2;
}

function isIpAddress(text: string): boolean {
  return isIpv4(text) || isIpv6(text);
}

/** Addresses a hosts file uses to block a name: 0.0.0.0, loopback, and their IPv6 forms. */
function isSinkAddress(address: string): boolean {
  if (isIpv4(address)) return address === '0.0.0.0' || address.startsWith('127.');
  if (!isIpv6(address)) return false;
  const digits = address.replace(/[:0[\]]/g, '');
  return digits === '' || digits === '1';
}

function fail(reason: string): HostCheck {
  return { ok: false, reason };
}

/** Normalises one candidate host name and says why it is refused, if it is. */
function checkHost(candidate: string): HostCheck {
  let host = candidate.toLowerCase();
  if (host.endsWith('.')) host = host.slice(0, -1);
  if (host.length === 0) return fail(NOT_A_HOST);
  if (host.includes(':') || host.startsWith('[')) return fail(isIpv6(host) ? IP_ADDRESS : NOT_A_HOST);
  let shape = hostShape(host);
  if (shape === Shape.Unicode) {
    try {
      host = new URL(`http://${host}`).hostname;
    } catch {
      return fail(NOT_A_HOST);
    }
    if (host.endsWith('.')) host = host.slice(0, -1);
    shape = hostShape(host);
    if (shape === Shape.Unicode) return fail(NOT_A_HOST);
  }
  if (shape === Shape.Invalid) return fail(NOT_A_HOST);
  if (shape === Shape.NumericTld) return fail(isIpv4(host) ? IP_ADDRESS : NOT_A_HOST);
  const parsed = parse(host, TLDTS_OPTIONS);
  if (parsed.isIcann !== true && parsed.isPrivate !== true) return fail(shape === Shape.SingleLabel ? NOT_A_HOST : UNKNOWN_TLD);
  if (parsed.domain === null) return fail(PUBLIC_SUFFIX);
  return { ok: true, host };
}

function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

/** Throws for bodies that are certainly not a text list: a web page or binary data. */
function assertLooksLikeText(text: string): void {
  const problem = notAListProblem(text);
  if (problem !== null) throw new ListFormatError(problem);
}

function notAListProblem(text: string): string | null {
  if (text.includes('\0')) {
    return 'This file contains binary data (NUL bytes), not a text list of domain names. The address may point to an archive or an image instead of the list itself.';
  }
  // Only the opening is inspected: a list never starts with markup.
  const head = text.slice(0, 1024).replace(/^[\uFEFF\s]+/, '').slice(0, 16).toLowerCase();
  if (head.startsWith('<!doctype') || head.startsWith('<html')) {
    return 'This is a web page (HTML), not a list of domain names. The address may point to a download or error page instead of the list itself.';
  }
  if (head.startsWith('<?xml')) {
    return 'This is an XML document (often a server error message), not a list of domain names.';
  }
  return null;
}

class ListBuilder {
  readonly hosts: string[] = [];
  readonly skipped: Record<string, number> = {};
  readonly examples: ParsedList['examples'] = [];
  readonly refused: string[] = [];
  private readonly seen = new Set<string>();
  private readonly maxEntries: number;
  private readonly isProtected: ((host: string) => boolean) | undefined;

  constructor(options: ParseOptions) {
    this.maxEntries = options.maxEntries ?? DEFAULT_MAX_ENTRIES;
    this.isProtected = options.isProtected;
  }

  skip(reason: string, line: number, text: string): void {
    this.skipped[reason] = (this.skipped[reason] ?? 0) + 1;
    if (this.examples.length < MAX_EXAMPLES && !ROUTINE_REASONS.has(reason)) {
      this.examples.push({ line, text: text.length > MAX_EXAMPLE_LENGTH ? `${text.slice(0, MAX_EXAMPLE_LENGTH)}…` : text, reason });
    }
  }

  offer(candidate: string, line: number, text: string): void {
    const checked = checkHost(candidate);
    if (!checked.ok) {
      this.skip(checked.reason, line, text);
      return;
    }
    const { host } = checked;
    if (this.seen.has(host)) {
      this.skip(DUPLICATE, line, text);
      return;
    }
    this.seen.add(host);
    if (this.isProtected?.(host) === true) {
      this.refused.push(host);
      this.skip(PROTECTED, line, text);
      return;
    }
    if (this.hosts.length >= this.maxEntries) {
      throw new ListFormatError(`The list has more than ${formatCount(this.maxEntries)} entries, more than Hang Up accepts from one list (stopped at line ${formatCount(line)}).`);
    }
    this.hosts.push(host);
  }

  result(): ParsedList {
    return { hosts: this.hosts, skipped: this.skipped, examples: this.examples, refused: this.refused };
  }
}

/** Index of the first space or tab, or -1. */
function whitespaceIndex(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9) return i;
  }
  return -1;
}

/** `*.example.com` and `.example.com` mean the same as `example.com`: the domain and its subdomains. */
function stripWildcard(host: string): string {
  if (host.startsWith('*.')) return host.slice(2);
  if (host.startsWith('.')) return host.slice(1);
  return host;
}

function parsePlainLine(line: string, lineNo: number, out: ListBuilder): void {
  const first = line.charCodeAt(0);
  if (first === 35 /* # */ || first === 33 /* ! */) {
    out.skip(COMMENT, lineNo, line);
    return;
  }
  let entry = line;
  const hash = entry.indexOf('#');
  if (hash >= 0) entry = entry.slice(0, hash).trimEnd();
  const space = whitespaceIndex(entry);
  if (space >= 0) {
    // A trailing `! note` is a comment too; anything else after the name is not a plain entry.
    if (entry.slice(space).trimStart().charCodeAt(0) !== 33) {
      out.skip(NOT_A_HOST, lineNo, line);
      return;
    }
    entry = entry.slice(0, space);
  }
  if (entry.includes('/')) {
    out.skip(PATH_RULE, lineNo, line);
    return;
  }
  out.offer(stripWildcard(entry), lineNo, line);
}

function isHostsBoilerplate(name: string): boolean {
  const lower = name.toLowerCase();
  return HOSTS_BOILERPLATE.has(lower) || lower.startsWith('ip6-');
}

function parseHostsLine(line: string, lineNo: number, out: ListBuilder): void {
  if (line.charCodeAt(0) === 35 /* # */) {
    out.skip(COMMENT, lineNo, line);
    return;
  }
  const hash = line.indexOf('#');
  const content = hash >= 0 ? line.slice(0, hash).trimEnd() : line;
  const tokens = content.split(/[ \t]+/);
  const address = tokens[0] ?? '';
  if (tokens.length < 2 || !isIpAddress(address)) {
    out.skip(NOT_A_HOSTS_LINE, lineNo, line);
    return;
  }
  const sink = isSinkAddress(address);
  for (let i = 1; i < tokens.length; i++) {
    const name = tokens[i] ?? '';
    if (isHostsBoilerplate(name)) out.skip(LOCAL_NAME, lineNo, line);
    // A name mapped to a real address is pinned, not blocked (a router, a test server).
    else if (!sink) out.skip(REAL_ADDRESS, lineNo, line);
    else out.offer(name, lineNo, line);
  }
}

/**
 * Cosmetic filter separators (`##`, `#@#`, `#?#`, `#@?#`, `#$#`, `#%#`, ...) with a selector right
 * after them; a `## note` after a space is a comment, not a filter.
 */
const COSMETIC_RE = /(?:^|[^\s#])#@?[?$%]?#\S/;

function optionsBlockWholeSite(options: string): boolean {
  for (const raw of options.split(',')) {
    if (!SITE_OPTIONS.has(raw.trim().toLowerCase())) return false;
  }
  return true;
}

/** Where a host name in a network rule ends. */
function hostEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 94 /* ^ */ || c === 47 /* / */ || c === 124 /* | */ || c === 58 /* : */ || c === 63 /* ? */) return i;
  }
  return text.length;
}

function parseAdblockLine(line: string, lineNo: number, out: ListBuilder): void {
  const first = line.charCodeAt(0);
  // `!` comments and the `[Adblock Plus 2.0]` header.
  if (first === 33 /* ! */ || first === 91 /* [ */) {
    out.skip(COMMENT, lineNo, line);
    return;
  }
  if (line.startsWith('@@') || (line.includes('#') && COSMETIC_RE.test(line))) {
    out.skip(COSMETIC_OR_EXCEPTION, lineNo, line);
    return;
  }
  if (first === 35 /* # */) {
    out.skip(COMMENT, lineNo, line);
    return;
  }
  let pattern = line;
  const dollar = line.indexOf('$');
  if (dollar >= 0) {
    pattern = line.slice(0, dollar);
    if (!optionsBlockWholeSite(line.slice(dollar + 1))) {
      out.skip(UNHONOURED_OPTIONS, lineNo, line);
      return;
    }
  }
  if (pattern.length > 2 && first === 47 /* / */ && pattern.endsWith('/')) {
    out.skip(REGEX_RULE, lineNo, line);
    return;
  }
  let hostStart: number;
  if (pattern.startsWith('||')) {
    hostStart = 2;
  } else if (pattern.startsWith('|')) {
    // A full address anchor counts when it names nothing but the host: `|https://host/`.
    const lower = pattern.slice(0, 9).toLowerCase();
    if (lower.startsWith('|https://')) hostStart = 9;
    else if (lower.startsWith('|http://')) hostStart = 8;
    else {
      out.skip(NOT_A_HOST, lineNo, line);
      return;
    }
  } else {
    // uBlock Origin reads a bare host name as `||host^`.
    hostStart = 0;
  }
  const end = hostEnd(pattern, hostStart);
  const tail = pattern.slice(end);
  const anchored = hostStart > 0;
  const siteTail = tail === '' || (anchored && (tail === '^' || tail === '^|' || tail === '/' || tail === '/^'));
  if (!siteTail) {
    out.skip(tail.startsWith('/') || tail.startsWith('^/') ? PATH_RULE : NOT_A_HOST, lineNo, line);
    return;
  }
  const host = pattern.slice(hostStart, end);
  if (host.includes('*') && !host.startsWith('*.')) {
    out.skip(NOT_A_HOST, lineNo, line);
    return;
  }
  out.offer(stripWildcard(host), lineNo, line);
}

const LINE_PARSERS: Record<ThirdPartyFormat, (line: string, lineNo: number, out: ListBuilder) => void> = {
  plain: parsePlainLine,
  hosts: parseHostsLine,
  adblock: parseAdblockLine,
};

function describeSkips(skipped: Record<string, number>): string {
  return Object.entries(skipped)
    .sort((a, b) => b[1] - a[1])
    .map(([reason, count]) => `${formatCount(count)} ${reason}`)
    .join(', ');
}

/**
 * Parses a third-party list into host names. Throws ListFormatError for a web page, binary data,
 * a non-empty body with no usable entry, or more than `maxEntries` entries.
 */
export function parseThirdPartyList(text: string, format: ThirdPartyFormat, options: ParseOptions = {}): ParsedList {
  assertLooksLikeText(text);
  const out = new ListBuilder(options);
  const parseLine = LINE_PARSERS[format];
  const lines = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split('\n');
  // A final newline leaves an empty last element that is not a line of the list.
  const count = lines[lines.length - 1] === '' ? lines.length - 1 : lines.length;
  let contentLines = 0;
  for (let i = 0; i < count; i++) {
    const line = (lines[i] ?? '').trim();
    if (line.length === 0) {
      out.skip(BLANK, i + 1, line);
      continue;
    }
    contentLines++;
    parseLine(line, i + 1, out);
  }
  const result = out.result();
  if (contentLines > 0 && result.hosts.length === 0 && result.refused.length === 0) {
    const firstProblem = result.examples[0];
    const detected = detectFormat(text);
    throw new ListFormatError(
      [
        `No usable domain names in this ${format} list (${describeSkips(result.skipped)}).`,
        firstProblem ? `First problem, line ${formatCount(firstProblem.line)}: "${firstProblem.text}" (${firstProblem.reason}).` : '',
        detected !== null && detected !== format ? `It looks like a ${detected} list.` : '',
      ].filter((part) => part !== '').join(' '),
    );
  }
  return result;
}

type Vote = ThirdPartyFormat | null;

function looksLikeHost(token: string): boolean {
  let dot = false;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i) | 0x20; // lower-cases ASCII letters
    if (c === 46 /* . */) dot = true;
    else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45 || c === 42 /* * */ || c === 95 /* _ */ || c > 127)) return false;
  }
  return dot;
}

function voteForLine(line: string): Vote {
  if (line.startsWith('||') || line.startsWith('@@') || line.startsWith('|http') || line.endsWith('^') || line.includes('$')) return 'adblock';
  if (line.includes('#') && COSMETIC_RE.test(line)) return 'adblock';
  const hash = line.indexOf('#');
  const content = hash >= 0 ? line.slice(0, hash).trimEnd() : line;
  const space = whitespaceIndex(content);
  if (space < 0) return looksLikeHost(content) ? 'plain' : null;
  if (isIpAddress(content.slice(0, space))) return 'hosts';
  return null;
}

/** Best guess of the format from the first lines that are not comments; null when nothing looks like a list. */
export function detectFormat(text: string): ThirdPartyFormat | null {
  if (notAListProblem(text) !== null) return null;
  const votes: Record<ThirdPartyFormat, number> = { plain: 0, hosts: 0, adblock: 0 };
  let voted = 0;
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  // Reads line by line so a huge list is not split in full for a guess.
  for (let scanned = 0; scanned < 500 && voted < 100 && start < text.length; scanned++) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).trim();
    start = end + 1;
    if (line.length === 0) continue;
    const first = line.charCodeAt(0);
    if (first === 91 /* [ */ && /^\[(adblock|ublock)/i.test(line)) return 'adblock';
    if (first === 33 /* ! */ || first === 35 /* # */) continue;
    const vote = voteForLine(line);
    if (vote !== null) {
      votes[vote]++;
      voted++;
    }
  }
  if (voted === 0) return null;
  // Ties favour the more specific syntax.
  if (votes.adblock >= votes.hosts && votes.adblock >= votes.plain) return 'adblock';
  if (votes.hosts >= votes.plain) return 'hosts';
  return 'plain';
}
