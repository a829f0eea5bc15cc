/**
 * Receiving side of the typed messages: one handler per message name, declared in one map.
 * Messages from anything but our own extension are ignored; malformed ones are rejected.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { type MessageName, type ReplyOf, type RequestOf, validateEnvelope } from '../messages';
import { fromOwnExtensionPage } from '../runtime';

export type Handler<K extends MessageName> = (
  request: RequestOf<K>,
  sender: Runtime.MessageSender,
) => ReplyOf<K> | Promise<ReplyOf<K>>;

export type Handlers = { [K in MessageName]: Handler<K> };

/** Which of our contexts may send each message: a content script (in a tab) or an extension page. */
export type Origin = 'content' | 'extension-page';
export type Origins = { [K in MessageName]: readonly Origin[] };

export function senderOrigin(sender: Runtime.MessageSender): Origin | null {
  if (sender.id !== browser.runtime.id) return null;
  if (fromOwnExtensionPage(sender)) return 'extension-page';
  if (sender.tab && typeof sender.tab.id === 'number') return 'content';
  return null;
}

export function handleMessages(handlers: Handlers, origins: Origins): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    const origin = senderOrigin(sender);
    if (origin === null) return undefined; // not ours: stay silent
    const problem = validateEnvelope(message);
    if (problem !== null) return Promise.reject(new Error(problem));
    const { name, request } = message as { name: MessageName; request: unknown };
    if (!origins[name].includes(origin)) return Promise.reject(new Error(`${name} is not accepted from ${origin}`));
    const handler = handlers[name] as Handler<MessageName>;
    return Promise.resolve().then(() => handler(request as never, sender));
  });
}
