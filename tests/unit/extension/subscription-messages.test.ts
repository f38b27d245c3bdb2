import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../../src/extension/messages';

/*
 * Subscriptions are changed only from our own pages: a web page (through a content script) must
 * not be able to subscribe the person to a list of its choosing, nor switch theirs off.
 */

const OWN_ID = 'own-extension-id';
const OWN_ORIGIN = `chrome-extension://${OWN_ID}/`;
const OPTIONS = { id: OWN_ID, url: `${OWN_ORIGIN}options.html` };
const CONTENT = { id: OWN_ID, url: 'https://scam.example/', tab: { id: 4 }, frameId: 0 };

describe('subscription messages', () => {
  const messages = [
    { type: 'getSubscriptions' },
    { type: 'addSubscription', url: 'https://lists.example.org/x.txt', format: 'hosts' },
    { type: 'setSubscriptionEnabled', id: 'jarelllama-scams-light', enabled: true },
    { type: 'removeSubscription', id: 'own-1a2b3c4d' },
    { type: 'updateSubscriptionsNow' },
  ];

  it.each(messages)('$type is taken from the options page', (message) => {
    expect(parseMessage(message, OPTIONS, OWN_ID, OWN_ORIGIN)).toMatchObject({ ok: true, message });
  });

  it.each(messages)('$type is refused from a web page', (message) => {
    expect(parseMessage(message, CONTENT, OWN_ID, OWN_ORIGIN)).toEqual({ ok: false, error: `${message.type} only from extension pages` });
  });

  it('refuses an unknown format, an id that is not one, and a missing switch', () => {
    for (const message of [
      { type: 'addSubscription', url: 'https://lists.example.org/x.txt', format: 'json' },
      { type: 'removeSubscription', id: '../settings' },
      { type: 'setSubscriptionEnabled', id: 'own-1' },
    ]) {
      expect(parseMessage(message, OPTIONS, OWN_ID, OWN_ORIGIN)).toEqual({ ok: false, error: 'malformed message' });
    }
  });
});
