/**
 * Every message between the extension's contexts, in one typed map: name → request and reply.
 * Senders call `sendToBackground(name, request)`; the background declares one handler per name.
 * Requests are validated on arrival, so a malformed or unknown message never reaches a handler.
 */
import type { CrossCheck } from './engine';

/** Longest sentence we accept from a page; longer text is cut by the content script. */
export const MAX_SENTENCE_CHARS = 4000;
/** Most sentences in one check request; the content script batches above this. */
export const MAX_SENTENCES_PER_BATCH = 200;

export interface MessageMap {
  /** Liveness check from any of our contexts. */
  ping: { request: Record<string, never>; reply: { ok: true; version: string } };
  /** The content script asks for verdicts on a batch of distinct page sentences. */
  'check-sentences': {
    request: { sentences: string[] };
    reply: { results: CrossCheck[] };
  };
  /** The content script reports how many mentions the page shows (for the badge and popup). */
  'page-summary': { request: { mentions: number }; reply: { ok: true } };
  /** An extension page asks for the background's state of a tab (popup, tests). */
  'tab-state': { request: { tabId: number }; reply: { mentions: number | null } };
}

export type MessageName = keyof MessageMap;
export type RequestOf<K extends MessageName> = MessageMap[K]['request'];
export type ReplyOf<K extends MessageName> = MessageMap[K]['reply'];

/** What actually travels: a name and its request, tagged so stray messages are recognisable. */
export interface Envelope<K extends MessageName = MessageName> {
  crosscheck: 1;
  name: K;
  request: RequestOf<K>;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const hasOnlyKeys = (v: Record<string, unknown>, keys: string[]) => Object.keys(v).every((k) => keys.includes(k));

const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

/** One validator per message: the request's shape, nothing more and nothing less. */
export const requestValidators: { [K in MessageName]: (v: unknown) => v is RequestOf<K> } = {
  ping: (v): v is RequestOf<'ping'> => isObject(v) && Object.keys(v).length === 0,
  'check-sentences': (v): v is RequestOf<'check-sentences'> =>
    isObject(v) &&
    hasOnlyKeys(v, ['sentences']) &&
    Array.isArray(v.sentences) &&
    v.sentences.length <= MAX_SENTENCES_PER_BATCH &&
    v.sentences.every((s) => typeof s === 'string' && s.length <= MAX_SENTENCE_CHARS),
  'page-summary': (v): v is RequestOf<'page-summary'> =>
    isObject(v) && hasOnlyKeys(v, ['mentions']) && isCount(v.mentions),
  'tab-state': (v): v is RequestOf<'tab-state'> => isObject(v) && hasOnlyKeys(v, ['tabId']) && isCount(v.tabId),
};

export function isMessageName(v: unknown): v is MessageName {
  return typeof v === 'string' && Object.hasOwn(requestValidators, v);
}

/** Checks the envelope and the request; returns why not, or null when the message is well formed. */
export function validateEnvelope(v: unknown): string | null {
  if (!isObject(v) || v.crosscheck !== 1) return 'not a crosscheck message';
  if (!isMessageName(v.name)) return `unknown message: ${String(v.name).slice(0, 40)}`;
  if (!requestValidators[v.name](v.request)) return `malformed request for ${v.name}`;
  return null;
}

export function envelope<K extends MessageName>(name: K, request: RequestOf<K>): Envelope<K> {
  return { crosscheck: 1, name, request };
}
