/** Sending typed messages from a page's content scripts to the background (see src/messages.ts). */
import { envelope, type MessageName, type ReplyOf, type RequestOf } from '../messages';
import browser from './browser';

export function sendToBackground<K extends MessageName>(name: K, request: RequestOf<K>): Promise<ReplyOf<K>> {
  return browser.runtime.sendMessage(envelope(name, request)) as Promise<ReplyOf<K>>;
}
