/**
 * The seam between the content script and the page UI script. The content script (on every page,
 * kept small) finds and highlights mentions; the UI script (the card, hit-testing, shortcuts) is
 * injected by the background only into frames that have mentions, and reaches the content script's
 * state through this object, published under a realm-wide symbol that both scripts share.
 */
import type { CrossCheck, SourceMeta } from '../engine';
import type { PageMention } from './scan';

export const PAGE_API_KEY = Symbol.for('crosscheck.page');

export interface PageApi {
  mentions(): Iterable<PageMention>;
  /** The mention a highlighted range belongs to. */
  mentionFor(range: AbstractRange): PageMention | undefined;
  checkOf(m: PageMention): CrossCheck | undefined;
  /** Whether the mention is drawn: it has its verdict, and the settings show that verdict. */
  shown(m: PageMention): boolean;
  readonly highlightsShown: boolean;
  showHighlights(shown: boolean): void;
  /** The bundled sources' metadata, once the background has sent it. */
  sources: SourceMeta[];
  /** Set by the UI script: told when a mention leaves the page, and when the content script detaches. */
  onRemove: ((m: PageMention) => void) | null;
  onDetach: (() => void) | null;
}

export function publishedApi(): PageApi | undefined {
  return (globalThis as unknown as Record<symbol, PageApi | undefined>)[PAGE_API_KEY];
}

export function publishApi(api: PageApi | undefined): void {
  (globalThis as unknown as Record<symbol, PageApi | undefined>)[PAGE_API_KEY] = api;
}
