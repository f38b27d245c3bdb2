import { browser } from 'wxt/browser';
import type { Message, Responses } from './messages';

/**
 * Send one protocol message to the background. Type-only imports keep zod out of the bundles
 * that use this (the content script above all).
 */
export async function sendMessage<M extends Message>(message: M): Promise<Responses[M['type']]> {
  return (await browser.runtime.sendMessage(message)) as Responses[M['type']];
}
