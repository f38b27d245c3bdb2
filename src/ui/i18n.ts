import { browser } from 'wxt/browser';
import type { Signal } from '../core/detect/types';
import { brandById } from '../core/support/brands';

/** The keys of assets/public/_locales/en/messages.json, as WXT generates them. */
export type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];

/** A UI string in the browser's language. A missing key shows the key, never an empty label. */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** The brand a verdict says is being faked, if any. */
export function impersonatedBrandId(signals: readonly Signal[]): string | undefined {
  const signal = signals.find((s) => s.id === 'brand.impersonation');
  return signal?.evidence.split(':')[0];
}

/** One reason in plain words, with its evidence. */
export function explainSignal(signal: Signal): string {
  switch (signal.id) {
    case 'number.shown':
      return t('signal_number_shown', signal.evidence);
    case 'number.freephone':
      return t('signal_number_freephone', signal.evidence);
    case 'number.call-to-action':
      return t('signal_number_call_to_action', signal.evidence);
    case 'brand.impersonation': {
      const brand = brandById(signal.evidence.split(':')[0] ?? '');
      return t('signal_brand_impersonation', brand?.name ?? signal.evidence);
    }
    default:
      if (signal.id.startsWith('scare.')) return t('signal_scare', signal.evidence);
      return t('signal_unknown', signal.evidence);
  }
}

/** The numbers a verdict found, as the page wrote them, without repeats. */
export function numbersIn(signals: readonly Signal[]): string[] {
  return [...new Set(signals.filter((s) => s.id.startsWith('number.')).map((s) => s.evidence))];
}
