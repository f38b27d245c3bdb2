import { parse } from 'tldts';
import { BRANDS, type Brand } from '../support/brands';
import type { Signal } from './types';

/*
 * What the address alone says. Scam pages live on throw-away names: random subdomains of free
 * static hosting and cloud buckets, bare IP addresses, look-alike or brand-stuffed domains, and
 * they carry their phone number in the query string so one page serves many call centres.
 */

export const HOST_WEIGHTS = {
  sharedHosting: 8,
  ipLiteral: 10,
  punycode: 10,
  brandWord: 15,
  alertWords: 8,
  errorCode: 12,
  urlNumber: 15,
} as const;

/** Free static hosting, app platforms and cloud buckets where anyone gets a subdomain in minutes. */
const SHARED_HOSTING_SUFFIXES: readonly string[] = [
  'web.core.windows.net', 'blob.core.windows.net', 'azurewebsites.net', 'azureedge.net', 'azurestaticapps.net', 'cloudapp.net', 'trafficmanager.net',
  'amazonaws.com', 'cloudfront.net', 'awsapps.com', 'amplifyapp.com',
  'ondigitalocean.app', 'digitaloceanspaces.com',
  'netlify.app', 'netlify.com', 'pages.dev', 'workers.dev', 'r2.dev', 'trycloudflare.com',
  'web.app', 'firebaseapp.com', 'appspot.com', 'storage.googleapis.com', 'run.app',
  'github.io', 'gitlab.io', 'vercel.app', 'herokuapp.com', 'glitch.me', 'onrender.com', 'surge.sh', 'fly.dev',
  'railway.app', 'replit.app', 'repl.co', 'ngrok.io', 'ngrok-free.app', '000webhostapp.com', 'weebly.com', 'wixsite.com',
];

const ALERT_WORDS_RE = /secur|alert|warn|virus|malware|error|errcode|helpdesk|help-desk|support|techni|defender|firewall|sicher|securit|segur|beveilig|sakerhet|hilfe|assistance|blocked|locked/;
const ERROR_CODE_RE = /0x[0-9a-f]{3,8}|er+[0o]x[0-9a-f]{3,}/;

/**
 * Letters that look-alike hosts swap for digits, undone before looking for brand and alert words.
 * "1" stands for "i" ("m1crosoft") as often as for "l" ("app1e", "a1ert"): both readings are
 * returned.
 */
function unLeet(label: string): string[] {
  const common = label.replace(/0/g, 'o').replace(/3/g, 'e').replace(/4/g, 'a').replace(/5/g, 's').replace(/\$/g, 's');
  if (!common.includes('1')) return [common];
  return [common.replace(/1/g, 'i'), common.replace(/1/g, 'l')];
}

/** Brand words as they appear inside host names (no spaces). */
function hostWords(brand: Brand): string[] {
  return [...brand.names, ...brand.weakNames]
    .map((name) => name.replace(/[^a-z0-9]/g, ''))
    .filter((word) => word.length >= 5);
}

const ipRe = /^\d{1,3}(?:\.\d{1,3}){3}$|^\[[0-9a-f:.]+\]$/i;

export interface HostFacts {
  host: string;
  /** Brands whose own site this is. */
  ownedBy: Brand[];
  signals: Signal[];
  /** The host names a brand it does not belong to (microsoft-alert.example, app1e-support.top). */
  brandInHost: Brand | undefined;
}

export function hostSignals(url: string, ownedBy: Brand[]): HostFacts {
  let parsed: URL | null = null;
  try {
    parsed = new URL(url);
  } catch {
    parsed = null;
  }
  const host = parsed?.hostname.toLowerCase().replace(/\.$/, '') ?? '';
  const signals: Signal[] = [];
  if (!parsed || !host) return { host, ownedBy, signals, brandInHost: undefined };

  const suffix = SHARED_HOSTING_SUFFIXES.find((s) => host.endsWith(`.${s}`));
  if (suffix) signals.push({ id: 'host.shared-hosting', weight: HOST_WEIGHTS.sharedHosting, evidence: suffix });
  if (ipRe.test(host)) signals.push({ id: 'host.ip-literal', weight: HOST_WEIGHTS.ipLiteral, evidence: host });
  if (host.split('.').some((label) => label.startsWith('xn--'))) {
    signals.push({ id: 'host.punycode', weight: HOST_WEIGHTS.punycode, evidence: host });
  }

  let brandInHost: Brand | undefined;
  if (ownedBy.length === 0 && !ipRe.test(host)) {
    const info = parse(host, { allowPrivateDomains: true });
    // The part of the name the site's owner chose: everything left of the public suffix.
    const chosenRaw = host.slice(0, Math.max(0, host.length - (info.publicSuffix?.length ?? 0) - 1));
    const readings = unLeet(chosenRaw);
    // Whole words of the name, or words it starts with: "applecare-alert" and "m1crosoft-help",
    // not "pineapple-recipes" or "purchase-orders".
    const tokens = readings.flatMap((reading) => reading.split(/[-.]/)).filter(Boolean);
    brandInHost = BRANDS.find((brand) => hostWords(brand).some((word) => tokens.some((token) => token.startsWith(word))));
    if (brandInHost) signals.push({ id: 'host.brand-word', weight: HOST_WEIGHTS.brandWord, evidence: `${brandInHost.id}:${host}` });
    const code = ERROR_CODE_RE.exec(chosenRaw);
    if (code) signals.push({ id: 'host.error-code', weight: HOST_WEIGHTS.errorCode, evidence: code[0] });
    else if (readings.some((reading) => ALERT_WORDS_RE.test(reading))) signals.push({ id: 'host.alert-words', weight: HOST_WEIGHTS.alertWords, evidence: host });
  }

  const number = numberInQuery(parsed.searchParams);
  if (number) signals.push({ id: 'url.number', weight: HOST_WEIGHTS.urlNumber, evidence: number });
  return { host, ownedBy, signals, brandInHost };
}

const PHONE_PARAM_RE = /^(?:phone|ph|pn|tel|tfn|num|number|call|mob|mobile|contact|cc|no|n|p)\d?$/i;
const PHONE_VALUE_RE = /^\+?[\d\s().-]{10,22}$/;

function digitsOf(text: string): number {
  return text.replace(/\D/g, '').length;
}

function decodeBase64(value: string): string | null {
  if (!/^[A-Za-z0-9+/_-]{12,40}={0,2}$/.test(value)) return null;
  try {
    return atob(value.replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    return null;
  }
}

/** A phone number carried in the query string (`?phone=+1-(888)-555-0142`, `?pn=<base64>`). */
export function numberInQuery(params: URLSearchParams): string | null {
  for (const [name, rawValue] of params) {
    // "+" in a query string reads as a space; the number is the same.
    const value = rawValue.trim();
    const formatted = /[+()\s-]/.test(value);
    const digits = digitsOf(value);
    if (PHONE_VALUE_RE.test(value) && digits >= 10 && digits <= 15 && (PHONE_PARAM_RE.test(name) || formatted)) {
      return `${name}=${value}`;
    }
    const decoded = decodeBase64(value);
    if (decoded && PHONE_VALUE_RE.test(decoded) && digitsOf(decoded) >= 10 && digitsOf(decoded) <= 15) {
      return `${name}=${value} (${decoded})`;
    }
  }
  return null;
}
