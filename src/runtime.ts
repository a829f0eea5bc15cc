/**
 * Sending side of the typed messages, for every context but the background.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { senderFor } from './messages';

export const sendToBackground = senderFor(() => browser.runtime);

/**
 * True for messages from our own background or extension pages; false for content scripts (ours
 * in other frames included) and for anything else.
 */
export function fromOwnExtensionPage(sender: Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && (sender.url ?? '').startsWith(browser.runtime.getURL(''));
}
