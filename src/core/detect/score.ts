import { BRANDS, hostBelongsToBrand } from '../support/brands';
import { CALL_TO_ACTION_EN, SCARE_PHRASES_EN } from './lexicon-en';
import { compactNumber, isFreephone } from './phone';
import type { PageCandidates, Signal, Verdict, VerdictLevel } from './types';

/*
 * The first detector: small, but every rule is one a reviewer can read. A page is a scam when it
 * shows a number to call, names a brand it is not hosted by, and uses the scare language of fake
 * alerts. A number alone (a shop, a plumber) stays clean. The detection-engine issue replaces
 * the rules; the shape (signals with ids, weights and evidence) stays.
 */

export const WEIGHTS = {
  numberShown: 5,
  numberFreephone: 10,
  numberCallToAction: 15,
  brandImpersonation: 35,
  scarePhrase: 20,
} as const;

export const THRESHOLDS = { suspicious: 40, scam: 80 } as const;

/** Only the strongest few phrases count, so a long page cannot score by repetition alone. */
const MAX_SCARE_SIGNALS = 3;

function wordPattern(name: string): RegExp {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
  return new RegExp(`(?:^|[^\\p{L}\\p{N}])${escaped}(?:$|[^\\p{L}\\p{N}])`, 'iu');
}

function numberSignals(candidates: PageCandidates): Signal[] {
  // One number often appears several times (text, tel: link, title): judge each number once,
  // shown as the page first wrote it, and asked to be called if any of its appearances asks.
  const byNumber = new Map<string, { shown: string; callToAction: boolean }>();
  for (const phone of candidates.phones) {
    const compact = compactNumber(phone.text).replace(/^\+/, '');
    const entry = byNumber.get(compact) ?? { shown: phone.text, callToAction: false };
    entry.callToAction ||= phone.source === 'tel' || CALL_TO_ACTION_EN.test(phone.context);
    byNumber.set(compact, entry);
  }
  const signals: Signal[] = [];
  for (const { shown, callToAction } of byNumber.values()) {
    signals.push({ id: 'number.shown', weight: WEIGHTS.numberShown, evidence: shown });
    if (isFreephone(shown)) signals.push({ id: 'number.freephone', weight: WEIGHTS.numberFreephone, evidence: shown });
    if (callToAction) signals.push({ id: 'number.call-to-action', weight: WEIGHTS.numberCallToAction, evidence: shown });
  }
  // Many numbers on one page make a directory or a contact page, not a lure: count the strongest.
  return signals.sort((a, b) => b.weight - a.weight).slice(0, 3);
}

function impersonationSignals(texts: readonly string[], scaryTexts: readonly string[], host: string): Signal[] {
  for (const brand of BRANDS) {
    if (hostBelongsToBrand(host, brand)) continue;
    const named =
      brand.names.find((name) => texts.some((text) => wordPattern(name).test(text))) ??
      brand.weakNames.find((name) => scaryTexts.some((text) => wordPattern(name).test(text)));
    if (named) return [{ id: 'brand.impersonation', weight: WEIGHTS.brandImpersonation, evidence: `${brand.id}:${named}` }];
  }
  return [];
}

/** Scare phrases found, at most one signal per phrase, and the texts that carry any of them. */
function scareSignals(texts: readonly string[]): { signals: Signal[]; scaryTexts: string[] } {
  const signals: Signal[] = [];
  const scaryTexts = new Set<string>();
  for (const phrase of SCARE_PHRASES_EN) {
    let fired = false;
    for (const text of texts) {
      const match = phrase.pattern.exec(text);
      if (!match) continue;
      scaryTexts.add(text);
      if (!fired && signals.length < MAX_SCARE_SIGNALS) {
        signals.push({ id: `scare.${phrase.id}`, weight: WEIGHTS.scarePhrase, evidence: match[0].trim() });
      }
      fired = true;
    }
  }
  return { signals, scaryTexts: [...scaryTexts] };
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

export function detect(candidates: PageCandidates, url: string): Verdict {
  const texts = [candidates.title, ...candidates.snippets, ...candidates.phones.map((p) => p.context)];
  const numbers = numberSignals(candidates);
  const { signals: scare, scaryTexts } = scareSignals(texts);
  const brand = impersonationSignals(texts, scaryTexts, hostOf(url));
  const signals = [...brand, ...scare, ...numbers];
  const score = signals.reduce((sum, s) => sum + s.weight, 0);

  const hasNumber = numbers.length > 0;
  let level: VerdictLevel = 'clean';
  // A scam verdict needs all three ingredients of the lure: who it fakes, the fright, the number.
  if (hasNumber && brand.length > 0 && scare.length > 0 && score >= THRESHOLDS.scam) level = 'scam';
  else if (score >= THRESHOLDS.suspicious && (brand.length > 0 || scare.length > 0)) level = 'suspicious';

  return { level, score, signals };
}
