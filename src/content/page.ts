/**
 * The page's mentions and their verdicts, kept current as the page changes: scans, asks the
 * background for verdicts, draws highlights, and, once there are mentions, has the page UI
 * script injected and hands it this state (see api.ts).
 */
import type { CrossCheck } from '../engine';
import { MAX_SENTENCES_PER_BATCH, type Passage } from '../messages';
import { sendToBackground } from '../runtime';
import { type PageApi, publishApi } from './api';
import { type HighlightKind, Highlights } from './highlights';
import { isInSkippedRegion, type PageMention, scan } from './scan';

/** Mutation batches are coalesced for this long before a rescan (ms); doubled while the page keeps changing. */
const SETTLE_MS = 150;
const MAX_SETTLE_MS = 4000;
/** Past this many changed regions in one batch, one full rescan is cheaper than many small ones. */
const FULL_RESCAN_ROOTS = 200;
const OWN_TAG = 'CROSSCHECK-CARD';

/** Identical passages (a page repeating itself) are checked once. */
const passageKey = (p: Passage) => `${p.spans.join(';')}:${p.text}`;

export class PageController {
  readonly #highlights = new Highlights();
  readonly #mentions = new Set<PageMention>();
  readonly #kindOf = new Map<PageMention, HighlightKind>();
  readonly #byRange = new Map<AbstractRange, PageMention>();
  /** Verdicts by passage: one check per span. */
  readonly #checks = new Map<string, CrossCheck[]>();
  readonly #requested = new Set<string>();
  readonly #observer = new MutationObserver((records) => this.#onMutations(records));
  readonly #observed = new WeakSet<Node>();
  readonly #dirty = new Set<Node>();
  readonly #abort = new AbortController();
  readonly #api: PageApi;
  #settle = SETTLE_MS;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #lastFlush = -Infinity;
  #queue: Promise<void> = Promise.resolve();
  #reported = -1;
  #uiLoading = false;
  #detached = false;

  constructor(
    private readonly root: HTMLElement,
    private readonly onDetach: () => void,
  ) {
    const highlights = this.#highlights;
    this.#api = {
      mentions: () => this.#mentions,
      mentionFor: (range) => this.#byRange.get(range),
      checkOf: (m) => this.#checkOf(m),
      get highlightsShown() {
        return highlights.shown;
      },
      showHighlights: (shown) => highlights.show(shown),
      sources: [],
      onRemove: null,
      onDetach: null,
    };
  }

  /** First full scan, then watch the page for changes. */
  start(): Promise<void> {
    this.#observe(this.root);
    return this.#enqueue([this.root]);
  }

  #observe(node: Node): void {
    if (this.#observed.has(node)) return;
    this.#observed.add(node);
    this.#observer.observe(node, { childList: true, characterData: true, subtree: true });
  }

  /** Scans run one after another, so a rescan never interleaves with another. */
  #enqueue(roots: Node[]): Promise<void> {
    this.#queue = this.#queue.then(() => this.#rescan(roots)).catch((e: unknown) => this.#fail(e));
    return this.#queue;
  }

  async #rescan(roots: Node[]): Promise<void> {
    if (this.#detached) return;
    // Drop what the changed regions held, and anything whose text has left the page.
    for (const m of this.#mentions) {
      const container = m.range.startContainer;
      if (!container.isConnected || roots.some((r) => r.contains(container))) this.#remove(m);
    }
    const start = performance.now();
    const detail = { textNodes: 0, mentions: 0, busyMs: 0, slices: 0, longestSliceMs: 0, roots: roots.length };
    for (const root of roots) {
      if (!root.isConnected || (root !== this.root && isInSkippedRegion(root))) continue;
      const { mentions, stats } = await scan(root, document.title, this.#abort.signal);
      for (const m of mentions) this.#add(m);
      for (const shadow of stats.shadowRoots) this.#observe(shadow);
      detail.textNodes += stats.textNodes;
      detail.mentions += stats.mentions;
      detail.busyMs += stats.busyMs;
      detail.slices += stats.slices;
      detail.longestSliceMs = Math.max(detail.longestSliceMs, stats.longestSliceMs);
    }
    performance.measure('crosscheck:scan', { start, end: performance.now(), detail });
    await this.#fetchVerdicts();
    await this.#report();
  }

  #checkOf(m: PageMention): CrossCheck | undefined {
    return this.#checks.get(passageKey(m.passage))?.[m.index];
  }

  #add(m: PageMention): void {
    this.#mentions.add(m);
    this.#byRange.set(m.range, m);
    this.#place(m, this.#checkOf(m)?.verdict ?? 'pending');
  }

  #remove(m: PageMention): void {
    const kind = this.#kindOf.get(m);
    if (kind) this.#highlights.delete(kind, m.range);
    this.#kindOf.delete(m);
    this.#byRange.delete(m.range);
    this.#mentions.delete(m);
    this.#api.onRemove?.(m);
  }

  #place(m: PageMention, kind: HighlightKind): void {
    const old = this.#kindOf.get(m);
    if (old === kind) return;
    if (old) this.#highlights.delete(old, m.range);
    this.#kindOf.set(m, kind);
    this.#highlights.add(kind, m.range);
  }

  async #fetchVerdicts(): Promise<void> {
    const wanted = new Map<string, Passage>();
    for (const m of this.#mentions) {
      const key = passageKey(m.passage);
      if (!this.#checks.has(key) && !this.#requested.has(key)) wanted.set(key, m.passage);
    }
    const keys = [...wanted.keys()];
    for (let i = 0; i < keys.length; i += MAX_SENTENCES_PER_BATCH) {
      const batch = keys.slice(i, i + MAX_SENTENCES_PER_BATCH);
      for (const key of batch) this.#requested.add(key);
      const passages = batch.map((key) => wanted.get(key) as Passage);
      const { checks, mentions } = await sendToBackground('check-passages', { passages });
      batch.forEach((key, p) => {
        this.#checks.set(
          key,
          (mentions[p] ?? []).map((c) => checks[c] as CrossCheck),
        );
      });
      for (const m of this.#mentions) {
        const check = this.#checkOf(m);
        if (check) this.#place(m, check.verdict);
      }
    }
  }

  async #report(): Promise<void> {
    const count = this.#mentions.size;
    // A page that never had a mention sends nothing at all.
    if (count === this.#reported || (this.#reported === -1 && count === 0)) return;
    this.#reported = count;
    await sendToBackground('page-summary', { mentions: count });
    if (count > 0 && !this.#uiLoading) {
      this.#uiLoading = true;
      publishApi(this.#api);
      this.#api.sources = (await sendToBackground('load-ui', {})).sources;
    }
  }

  #onMutations(records: MutationRecord[]): void {
    for (const r of records) {
      const target = r.type === 'characterData' ? (r.target.parentNode ?? r.target) : r.target;
      // Our own UI (the card) lives in <crosscheck-card>: its changes are never page content.
      if (target.nodeName === OWN_TAG || [...r.addedNodes, ...r.removedNodes].some((n) => n.nodeName === OWN_TAG))
        continue;
      this.#dirty.add(target);
    }
    if (this.#dirty.size === 0 || this.#timer !== null) return;
    // A page that changes all the time is rescanned less and less often, never in a loop.
    const busy = performance.now() - this.#lastFlush < this.#settle * 2;
    this.#settle = busy ? Math.min(this.#settle * 2, MAX_SETTLE_MS) : SETTLE_MS;
    this.#timer = setTimeout(() => this.#flush(), this.#settle);
  }

  #flush(): void {
    this.#timer = null;
    this.#lastFlush = performance.now();
    const dirty = [...this.#dirty];
    this.#dirty.clear();
    if (dirty.length > FULL_RESCAN_ROOTS) {
      void this.#enqueue([this.root]);
      return;
    }
    // Rescan whole blocks (a sentence continues across inline elements), outermost only.
    const blocks = [...new Set(dirty.map(blockAround))];
    void this.#enqueue(blocks.filter((b) => !blocks.some((o) => o !== b && o.contains(b))));
  }

  #fail(error: unknown): void {
    // The extension was reloaded or updated under us: this script is orphaned, so it leaves quietly.
    if (/context invalidated|establish connection|Receiving end/i.test(String(error))) this.detach();
    else console.warn('crosscheck:', error);
  }

  detach(): void {
    if (this.#detached) return;
    this.#detached = true;
    this.#abort.abort();
    this.#observer.disconnect();
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#highlights.clear();
    this.#api.onDetach?.();
    publishApi(undefined);
    this.onDetach();
  }
}

const INLINE_TAG =
  /^(?:A|ABBR|B|BDI|BDO|CITE|CODE|DATA|DEL|DFN|EM|FONT|I|INS|KBD|LABEL|MARK|Q|S|SAMP|SMALL|SPAN|STRONG|SUB|SUP|TIME|U|VAR|WBR|NOBR|TT|BIG)$/;

/** The nearest ancestor (or self) that is not an inline element: the unit a sentence lives in. */
function blockAround(node: Node): Node {
  let n = node;
  while (n.nodeType === 1 && INLINE_TAG.test((n as Element).tagName) && n.parentNode) n = n.parentNode;
  return n;
}
