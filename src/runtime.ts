/**
 * Sending side of the typed messages, for every context but the background.
 */
import browser from 'webextension-polyfill';
import { envelope, type MessageName, type ReplyOf, type RequestOf } from './messages';

export function sendToBackground<K extends MessageName>(name: K, request: RequestOf<K>): Promise<ReplyOf<K>> {
  return browser.runtime.sendMessage(envelope(name, request)) as Promise<ReplyOf<K>>;
}
