import { candidateCountries, parseNumber } from './detect/numbers';
import type { Verdict } from './detect/types';
import { type Report, REPORT_LIMITS, REPORT_SCHEMA_VERSION, type ReportKind, ReportSchema } from './report';

/*
 * The report a person is shown before they send it, built from what the extension already knows
 * about the tab: its address and verdict. Only the verdict's own evidence goes in (the signals,
 * and the numbers they name); never cookies, the page's text or anything about the person. The
 * draft is cut to the limits the report service accepts, so what is shown is what is sent.
 */

export interface ReportClient {
  version: string;
  browser: Report['client']['browser'];
}

export interface DraftInput {
  kind: ReportKind;
  /** The reported page's address. */
  url: string;
  /** The tab's verdict; a page that was never judged is reported with an empty clean verdict. */
  verdict?: Verdict | undefined;
  /** The page's declared language, to read numbers written without a country code. */
  lang?: string | undefined;
  comment?: string | undefined;
  client: ReportClient;
  /** From newReportId(): retries of one report carry the same id. */
  id: string;
  /** Epoch milliseconds. */
  now: number;
}

export class ReportNotPossible extends Error {}

/** 128 random bits, hex: unguessable, so the service can treat a repeated id as a retry. */
export function newReportId(random: (bytes: Uint8Array) => Uint8Array = (bytes) => crypto.getRandomValues(bytes)): string {
  return [...random(new Uint8Array(16))].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** At most `max` UTF-16 units, never ending in half a surrogate pair. */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text.charAt(max - 1)) ? max - 1 : max;
  return text.slice(0, end);
}

// Control characters other than line breaks and tabs: a comment is plain text.
// eslint-disable-next-line no-control-regex
const CONTROL_RE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** The comment as it is sent: plain text, trimmed, within the limit; undefined when empty. */
export function cleanComment(comment: string | undefined): string | undefined {
  const text = cut((comment ?? '').replace(/\r\n?/g, '\n').replace(CONTROL_RE, '').trim(), REPORT_LIMITS.commentChars).trim();
  return text === '' ? undefined : text;
}

/**
 * The address as it is reported: only http(s); without a user name or password, nor the
 * #fragment (where sign-in tokens travel and no detector looks); the query cut when the
 * address is longer than the service accepts.
 */
export function reportableUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ReportNotPossible('The page address cannot be read.');
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname) throw new ReportNotPossible('Only web pages (http and https) can be reported.');
  url.username = '';
  url.password = '';
  url.hash = '';
  let text = url.href;
  if (text.length > REPORT_LIMITS.urlChars) {
    const withoutQuery = `${url.origin}${url.pathname}`;
    if (withoutQuery.length > REPORT_LIMITS.urlChars) text = cut(withoutQuery, REPORT_LIMITS.urlChars);
    else text = cut(text, REPORT_LIMITS.urlChars);
    // A cut can end in half a %-escape, which no longer parses as the same address.
    text = text.replace(/%[0-9A-Fa-f]?$/, '');
  }
  return text;
}

/**
 * The numbers written in a verdict's number evidence: "number.*" signals carry the number as the
 * page showed it, "list.number" the number and, in brackets, why it is listed; "url.number" the
 * query parameter that carried it ("pn=ODAw... (800 555 0142)").
 */
function numberTexts(verdict: Verdict): string[] {
  const texts: string[] = [];
  for (const signal of verdict.signals) {
    if (signal.id.startsWith('number.')) texts.push(signal.evidence);
    else if (signal.id === 'list.number') texts.push(signal.evidence.replace(/\s*\(.*\)\s*$/, ''));
    else if (signal.id === 'url.number') {
      const decoded = /\(([^()]*)\)\s*$/.exec(signal.evidence);
      texts.push(decoded?.[1] ?? signal.evidence.replace(/^[^=]*=/, ''));
    }
  }
  return texts;
}

/** The verdict's numbers in E.164, each once, in the order the verdict names them. */
export function reportNumbers(verdict: Verdict, url: string, lang = ''): string[] {
  let host = '';
  try {
    host = new URL(url).hostname;
  } catch {
    // An unreadable address only loses the country hint of its domain.
  }
  const countries = candidateCountries(lang, host);
  const found: string[] = [];
  for (const text of numberTexts(verdict)) {
    const e164 = parseNumber(text, countries)?.e164;
    if (e164 && !found.includes(e164) && /^\+[1-9][0-9]{7,14}$/.test(e164)) found.push(e164);
  }
  return found.slice(0, REPORT_LIMITS.numbers);
}

const clamp = (value: number, limit: number) => (Number.isFinite(value) ? Math.min(limit, Math.max(-limit, value)) : 0);

export function draftReport(input: DraftInput): Report {
  const url = reportableUrl(input.url);
  const verdict = input.verdict ?? { level: 'clean', score: 0, signals: [] };
  const signals = verdict.signals
    .filter((signal) => signal.id.length > 0)
    .slice(0, REPORT_LIMITS.signals)
    .map((signal) => ({
      id: cut(signal.id, REPORT_LIMITS.signalIdChars),
      weight: clamp(signal.weight, 1000),
      evidence: cut(signal.evidence, REPORT_LIMITS.evidenceChars),
    }));
  const comment = cleanComment(input.comment);
  const report: Report = {
    schema: REPORT_SCHEMA_VERSION,
    id: input.id,
    kind: input.kind,
    createdAt: new Date(input.now).toISOString(),
    url,
    verdict: { level: verdict.level, score: clamp(verdict.score, 100_000), signals },
    numbers: reportNumbers(verdict, url, input.lang),
    ...(comment === undefined ? {} : { comment }),
    client: { version: cut(input.client.version, 32), browser: input.client.browser },
  };
  // Whatever went in, what comes out is a report the service accepts, or a clear error.
  const parsed = ReportSchema.safeParse(report);
  if (!parsed.success) throw new ReportNotPossible(`The report could not be built: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  return parsed.data;
}
