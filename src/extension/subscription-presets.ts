import type { SubscriptionFormat } from './storage-schema';

/*
 * Public lists the options page offers with one switch. All are off until the person turns one
 * on: fetching a public list says nothing about their browsing, but it is still their choice.
 * Only lists whose address we know for certain are here. None is about support scams alone, so
 * none is on by default or weighs as much as the maintained list.
 */

/** Addresses a person may add besides the presets. */
export const MAX_OWN_SUBSCRIPTIONS = 20;

export interface SubscriptionPreset {
  id: string;
  /** The list's own name, shown as it is (not translated) and named in the evidence of a verdict. */
  name: string;
  url: string;
  format: SubscriptionFormat;
  /** Where a person reads who makes the list and under which licence. */
  homepage: string;
  /** What the list holds, as a key of the UI's messages. */
  descriptionKey: 'subsPresetJarelllama' | 'subsPresetDurablenapkin' | 'subsPresetBadware';
}

export const SUBSCRIPTION_PRESETS: readonly SubscriptionPreset[] = [
  {
    id: 'jarelllama-scams-light',
    name: "Jarelllama's Scam Blocklist (light)",
    url: 'https://raw.githubusercontent.com/jarelllama/Scam-Blocklist/main/lists/wildcard_domains/scams_light.txt',
    format: 'plain',
    homepage: 'https://github.com/jarelllama/Scam-Blocklist',
    descriptionKey: 'subsPresetJarelllama',
  },
  {
    id: 'durablenapkin-scamblocklist',
    name: "DurableNapkin's Scam Blocklist",
    url: 'https://raw.githubusercontent.com/durablenapkin/scamblocklist/master/hosts.txt',
    format: 'hosts',
    homepage: 'https://github.com/durablenapkin/scamblocklist',
    descriptionKey: 'subsPresetDurablenapkin',
  },
  {
    id: 'ublock-badware',
    name: 'uBlock filters – Badware risks',
    url: 'https://ublockorigin.github.io/uAssets/filters/badware.txt',
    format: 'adblock',
    homepage: 'https://github.com/uBlockOrigin/uAssets',
    descriptionKey: 'subsPresetBadware',
  },
];

export function presetById(id: string): SubscriptionPreset | undefined {
  return SUBSCRIPTION_PRESETS.find((preset) => preset.id === id);
}

/** How a list is named to the person: a preset's name, else its address without the scheme. */
export function subscriptionName(subscription: { id: string; url: string }): string {
  const preset = presetById(subscription.id);
  if (preset) return preset.name;
  try {
    const url = new URL(subscription.url);
    return `${url.host}${url.pathname === '/' ? '' : url.pathname}`;
  } catch {
    return subscription.url;
  }
}
