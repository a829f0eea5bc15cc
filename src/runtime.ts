/**
 * Sending side of the typed messages, for every context but the background.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { envelope, type MessageName, type ReplyOf, type RequestOf } from './messages';

export function sendToBackground<K extends MessageName>(name: K, request: RequestOf<K>): Promise<ReplyOf<K>> {
  return browser.runtime.sendMessage(envelope(name, request)) as Promise<ReplyOf<K>>;
}

/**
 * True for messages from our own background or extension pages; false for content scripts (ours
 * in other frames included) and for anything else.
 */
export function fromOwnExtensionPage(sender: Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && (sender.url ?? '').startsWith(browser.runtime.getURL(''));
}
