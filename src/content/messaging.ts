/** Messaging from a page's content scripts to the background (see src/messages.ts). */
import { senderFor } from '../messages';
import browser from './browser';

export const sendToBackground = senderFor(() => browser.runtime);

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
