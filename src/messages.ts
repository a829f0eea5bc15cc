/**
 * Every message between the extension's contexts, in one typed map: name → request and reply.
 * Senders call `sendToBackground(name, request)`; the background declares one handler per name.
 * Requests are validated on arrival, so a malformed or unknown message never reaches a handler.
 */
import type { CrossCheck, SourceMeta, Topic, Verdict } from './engine';

/** Longest sentence `check-sentences` accepts (extension pages only; pages send passages). */
export const MAX_SENTENCE_CHARS = 4000;
/** Most sentences or passages in one check request; senders batch above this. */
export const MAX_SENTENCES_PER_BATCH = 200;
/** Longest passage (page text around mentions) and most mentions in one passage. */
export const MAX_PASSAGE_CHARS = 8000;
export const MAX_SPANS_PER_PASSAGE = 100;

/** Page text around one or more mentions; `spans` are the mentions' [start, end) offsets in it. */
export interface Passage {
  text: string;
  spans: [number, number][];
}

export interface MessageMap {
  /** Liveness check from any of our contexts. */
  ping: { request: Record<string, never>; reply: { ok: true; version: string } };
  /** An extension page asks for verdicts on a batch of sentences (content scripts send passages). */
  'check-sentences': {
    request: { sentences: string[] };
    reply: { results: CrossCheck[] };
  };
  /**
   * The content script asks for verdicts on the sentences around its mentions. It sends passages
   * (the mentions' text with some context) and the background finds each mention's sentence, so
   * the sentence splitter stays out of the content script. `mentions[p][i]` indexes `checks` for
   * the i-th span of passage p; identical sentences share one check.
   */
  'check-passages': {
    request: { passages: Passage[] };
    reply: { checks: CrossCheck[]; mentions: number[][] };
  };
  /** The content script reports how many mentions the page shows (for the badge and popup). */
  'page-summary': { request: { mentions: number }; reply: { ok: true } };
  /** An extension page asks for the background's state of a tab (popup, tests). */
  'tab-state': { request: { tabId: number }; reply: { mentions: number | null } };
  /** The page has mentions: the background injects the UI script (card, clicks, shortcuts) into the sender's frame. */
  'load-ui': { request: Record<string, never>; reply: { sources: SourceMeta[] } };
  /** "Read in source": open the source reader at a source's sentence, next to the sender's tab. */
  'open-source': { request: { sourceId: string; start: number; end: number }; reply: { ok: true } };
}

/** One claim on a page, as the popup lists it: a sentence with mentions, and its verdict. */
export interface PageClaim {
  /** Position of its first mention among the page's mentions in document order (for open-claim). */
  index: number;
  sentence: string;
  topics: Topic[];
  verdict: Verdict;
  /** The highlighted names in it, as they stand on the page. */
  terms: string[];
}

/**
 * Messages to a page's UI script (from the background, the popup or an extension page). A page
 * whose content script found no mention has no UI script, so nothing answers there.
 */
export interface ContentMessageMap {
  /** A keyboard shortcut (commands API) for the page. */
  command: { request: { command: PageCommand }; reply: { ok: boolean } };
  /** The page's claims, in document order. */
  'list-claims': { request: Record<string, never>; reply: { claims: PageClaim[] } };
  /** Scroll to a claim listed by list-claims and open its card. */
  'open-claim': { request: { index: number }; reply: { ok: boolean } };
}
export type ContentMessageName = keyof ContentMessageMap;
export type ContentReplyOf<K extends ContentMessageName> = ContentMessageMap[K]['reply'];

export const PAGE_COMMANDS = ['next-mention', 'previous-mention', 'toggle-highlights'] as const;
export type PageCommand = (typeof PAGE_COMMANDS)[number];

export function isPageCommand(v: unknown): v is PageCommand {
  return typeof v === 'string' && (PAGE_COMMANDS as readonly string[]).includes(v);
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

function isPassage(v: unknown): v is Passage {
  if (!isObject(v) || !hasOnlyKeys(v, ['text', 'spans'])) return false;
  const { text, spans } = v;
  if (typeof text !== 'string' || text.length > MAX_PASSAGE_CHARS) return false;
  if (!Array.isArray(spans) || spans.length === 0 || spans.length > MAX_SPANS_PER_PASSAGE) return false;
  return spans.every(
    (s) => Array.isArray(s) && s.length === 2 && isCount(s[0]) && isCount(s[1]) && s[0] < s[1] && s[1] <= text.length,
  );
}

/** One validator per message: the request's shape, nothing more and nothing less. */
export const requestValidators: { [K in MessageName]: (v: unknown) => v is RequestOf<K> } = {
  ping: (v): v is RequestOf<'ping'> => isObject(v) && Object.keys(v).length === 0,
  'check-sentences': (v): v is RequestOf<'check-sentences'> =>
    isObject(v) &&
    hasOnlyKeys(v, ['sentences']) &&
    Array.isArray(v.sentences) &&
    v.sentences.length <= MAX_SENTENCES_PER_BATCH &&
    v.sentences.every((s) => typeof s === 'string' && s.length <= MAX_SENTENCE_CHARS),
  'check-passages': (v): v is RequestOf<'check-passages'> =>
    isObject(v) &&
    hasOnlyKeys(v, ['passages']) &&
    Array.isArray(v.passages) &&
    v.passages.length <= MAX_SENTENCES_PER_BATCH &&
    v.passages.every(isPassage),
  'page-summary': (v): v is RequestOf<'page-summary'> =>
    isObject(v) && hasOnlyKeys(v, ['mentions']) && isCount(v.mentions),
  'tab-state': (v): v is RequestOf<'tab-state'> => isObject(v) && hasOnlyKeys(v, ['tabId']) && isCount(v.tabId),
  'load-ui': (v): v is RequestOf<'load-ui'> => isObject(v) && Object.keys(v).length === 0,
  'open-source': (v): v is RequestOf<'open-source'> =>
    isObject(v) &&
    hasOnlyKeys(v, ['sourceId', 'start', 'end']) &&
    typeof v.sourceId === 'string' &&
    /^\d{3}$/.test(v.sourceId) &&
    isCount(v.start) &&
    isCount(v.end) &&
    v.start <= v.end,
};

export function contentEnvelope<K extends ContentMessageName>(name: K, request: ContentMessageMap[K]['request']) {
  return { crosscheck: 1 as const, name, request };
}

const contentValidators: { [K in ContentMessageName]: (v: Record<string, unknown>) => boolean } = {
  command: (r) => hasOnlyKeys(r, ['command']) && isPageCommand(r.command),
  'list-claims': (r) => Object.keys(r).length === 0,
  'open-claim': (r) => hasOnlyKeys(r, ['index']) && isCount(r.index),
};

export type ContentMessage = {
  [K in ContentMessageName]: { name: K; request: ContentMessageMap[K]['request'] };
}[ContentMessageName];

/** Validates a message to a page's UI script; returns it typed, or null. */
export function parseContentMessage(v: unknown): ContentMessage | null {
  if (!isObject(v) || v.crosscheck !== 1 || !isObject(v.request)) return null;
  const { name, request } = v;
  if (typeof name !== 'string' || !Object.hasOwn(contentValidators, name)) return null;
  return contentValidators[name as ContentMessageName](request) ? ({ name, request } as ContentMessage) : null;
}

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

export type SendToBackground = <K extends MessageName>(name: K, request: RequestOf<K>) => Promise<ReplyOf<K>>;

/**
 * The sending side, over whichever `runtime` a context has: extension pages import the polyfill,
 * content scripts take the one their first script loaded (content/browser.ts). Looked up at each
 * call, as a content script's may be gone by then.
 */
export function senderFor(runtime: () => { sendMessage(message: unknown): Promise<unknown> }): SendToBackground {
  return (name, request) => runtime().sendMessage(envelope(name, request)) as never;
}
