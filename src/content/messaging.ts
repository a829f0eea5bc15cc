/** Sending typed messages from a page's content scripts to the background (see src/messages.ts). */
import { envelope, type MessageName, type ReplyOf, type RequestOf } from '../messages';
import browser from './browser';

export function sendToBackground<K extends MessageName>(name: K, request: RequestOf<K>): Promise<ReplyOf<K>> {
  return browser.runtime.sendMessage(envelope(name, request)) as Promise<ReplyOf<K>>;
}

/**
 * False once the extension has been reloaded, updated or removed under a live page: this script is
 * then orphaned (its messages would fail) and should leave the page as it found it.
 */
export function extensionAlive(): boolean {
  try {
    return Boolean(browser?.runtime?.id);
  } catch {
    return false;
  }
}
