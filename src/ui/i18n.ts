import { browser, type PublicPath } from 'wxt/browser';
import type { Signal } from '../core/detect/types';
import { brandById } from '../core/support/brands';
import { type Language, UI_LANGUAGES } from '../extension/storage-schema';
import { formatMessage, type LocaleMessages, parseLocaleMessages, shippedLanguageFor } from './locale-format';

/** The keys of assets/public/_locales/en/messages.json, as WXT generates them. */
export type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];

/** The language the person chose in the options, once loaded; null follows the browser. */
let chosen: { language: string; messages: LocaleMessages } | null = null;

/**
 * Use the language of the settings on this page: 'auto' follows the browser (browser.i18n);
 * another loads that language's messages from the extension package. Called before the page
 * renders; a language that cannot be loaded falls back to the browser's. Sets `<html lang>`.
 */
export async function useLanguage(language: Language): Promise<void> {
  chosen = null;
  if (language !== 'auto') {
    try {
      const url = browser.runtime.getURL(`/_locales/${language}/messages.json` as PublicPath);
      const messages = parseLocaleMessages(await (await fetch(url)).json());
      if (messages.size > 0) chosen = { language, messages };
    } catch (error) {
      console.warn(`Hang Up: could not load the ${language} messages`, error);
    }
  }
  document.documentElement.lang = languageInUse();
}

/** The language the pages are shown in: the chosen one, else the one Chrome picks for the browser. */
export function languageInUse(): string {
  return chosen?.language ?? shippedLanguageFor(browser.i18n.getUILanguage(), UI_LANGUAGES);
}

/** A message by a name built at run time (brand facts), or undefined when no language has it. */
export function optionalMessage(key: string, substitutions?: string | string[]): string | undefined {
  const entry = chosen?.messages.get(key.toLowerCase());
  if (entry) return formatMessage(entry, substitutions);
  return browser.i18n.getMessage(key as MessageKey, substitutions) || undefined;
}

/** A UI string in the language in use. A missing key shows the key, never an empty label. */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return optionalMessage(key, substitutions) ?? key;
}

/** The brand a verdict says is being faked, if any. */
export function impersonatedBrandId(signals: readonly Signal[]): string | undefined {
  const signal = signals.find((s) => s.id === 'brand.impersonation');
  return signal?.evidence.split(':')[0];
}

function brandName(evidence: string): string {
  const id = evidence.split(':')[0] ?? '';
  return brandById(id)?.name ?? id;
}

/** Message keys of signals whose text takes the evidence as it is. */
const PLAIN: Record<string, MessageKey> = {
  'number.shown': 'signal_number_shown',
  'number.freephone': 'signal_number_freephone',
  'number.premium': 'signal_number_premium',
  'number.shared-cost': 'signal_number_shared_cost',
  'number.call-to-action': 'signal_number_call_to_action',
  'brand.in-title': 'signal_brand_in_title',
  'brand.support-line': 'signal_brand_support_line',
  'host.shared-hosting': 'signal_host_shared_hosting',
  'host.ip-literal': 'signal_host_ip_literal',
  'host.punycode': 'signal_host_punycode',
  'host.error-code': 'signal_host_error_code',
  'host.alert-words': 'signal_host_alert_words',
  'url.number': 'signal_url_number',
  'list.address': 'signal_list_address',
  'list.number': 'signal_list_number',
  'list.third-party': 'signal_list_third_party',
  'context.discussion': 'signal_context_discussion',
  'context.long-page': 'signal_context_long_page',
};

/** Message keys of signals that read well without their (technical) evidence. */
const WITHOUT_EVIDENCE: Record<string, MessageKey> = {
  'behaviour.fullscreen': 'signal_behaviour_fullscreen',
  'behaviour.keyboard-lock': 'signal_behaviour_keyboard_lock',
  'behaviour.pointer-lock': 'signal_behaviour_pointer_lock',
  'behaviour.dialog-loop': 'signal_behaviour_dialog_loop',
  'behaviour.beforeunload': 'signal_behaviour_beforeunload',
  'behaviour.history-flood': 'signal_behaviour_history_flood',
  'behaviour.window-open-flood': 'signal_behaviour_window_open_flood',
  'behaviour.print-loop': 'signal_behaviour_print_loop',
  'behaviour.audio-loop': 'signal_behaviour_audio_loop',
  'behaviour.speech': 'signal_behaviour_speech',
  'behaviour.hidden-cursor': 'signal_behaviour_hidden_cursor',
  'behaviour.context-menu-blocked': 'signal_behaviour_context_menu_blocked',
  'behaviour.keys-blocked': 'signal_behaviour_keys_blocked',
  'behaviour.auth-dialog': 'signal_behaviour_auth_dialog',
};

/** One reason in plain words, with its evidence. */
export function explainSignal(signal: Signal): string {
  if (signal.id === 'brand.impersonation') return t('signal_brand_impersonation', brandName(signal.evidence));
  if (signal.id === 'host.brand-word') return t('signal_host_brand_word', brandName(signal.evidence));
  if (signal.id === 'context.brand-own-site') return t('signal_context_brand_own_site', brandName(signal.evidence));
  const key = PLAIN[signal.id];
  if (key) return t(key, signal.evidence);
  const bare = WITHOUT_EVIDENCE[signal.id];
  if (bare) return t(bare);
  if (signal.id.startsWith('scare.')) return t('signal_scare', signal.evidence);
  return t('signal_unknown', signal.evidence);
}

/** The numbers a verdict found, as the page wrote them, without repeats. */
export function numbersIn(signals: readonly Signal[]): string[] {
  return [...new Set(signals.filter((s) => s.id.startsWith('number.')).map((s) => s.evidence))];
}

/** The reasons a person should read: counter-evidence with no weight is left to the details. */
export function reasonsToShow(signals: readonly Signal[]): Signal[] {
  return [...signals].filter((s) => s.weight !== 0).sort((a, b) => b.weight - a.weight);
}

/** One line of the reasons, in plain words. */
export interface ReasonLine {
  id: string;
  text: string;
}

/**
 * The reasons as a person reads them, strongest first. A fake alert repeats its scare words
 * many times; they are said once, with how often and the strongest example.
 */
export function reasonLines(signals: readonly Signal[]): ReasonLine[] {
  const shown = reasonsToShow(signals);
  const scares = shown.filter((s) => s.id.startsWith('scare.'));
  const lines: ReasonLine[] = [];
  for (const signal of shown) {
    if (scares.length > 1 && signal.id.startsWith('scare.')) {
      if (signal === scares[0]) lines.push({ id: 'scare', text: t('signal_scare_several', [String(scares.length), signal.evidence]) });
      continue;
    }
    lines.push({ id: signal.id, text: explainSignal(signal) });
  }
  return lines;
}
