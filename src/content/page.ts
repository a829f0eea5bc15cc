/**
 * The page's mentions and their verdicts, kept current as the page changes: scans, asks the
 * background for verdicts, draws highlights, and, once there are mentions, has the page UI
 * script injected and hands it this state (see api.ts).
 *
 * Written as a closure rather than a class: the content script has a size budget, and local
 * variables minify to one letter where private fields keep their names.
 */
import type { CrossCheck } from '../engine';
import { MAX_SENTENCES_PER_BATCH, type Passage } from '../messages';
import type { Settings } from '../settings';
import { type PageApi, publishApi } from './api';
import { type HighlightKind, Highlights } from './highlights';
import { extensionAlive, sendToBackground } from './messaging';
import { blockAround, composedParent, isInSkippedRegion, newStats, type PageMention, scan } from './scan';

/** Mutation batches are coalesced for this long before a rescan (ms); doubled while the page keeps changing. */
const SETTLE_MS = 150;
const MAX_SETTLE_MS = 4000;
/** Past this many changed regions in one batch, one full rescan is cheaper than many small ones. */
const FULL_RESCAN_ROOTS = 200;
const STYLE_ATTRIBUTE = 'data-crosscheck-style';

/** True when `node` or one of its ancestors (across shadow roots to their hosts) is in `set`. */
function within(node: Node | null, set: ReadonlySet<Node>): boolean {
  for (let n = node; n; n = composedParent(n)) if (set.has(n)) return true;
  return false;
}

/**
 * Identical passages (a page repeating itself) are checked once. A passage is shared by up to 100
 * mentions and looked up after every batch: its key is built once.
 */
const keys = new WeakMap<Passage, string>();
function passageKey(p: Passage): string {
  let key = keys.get(p);
  if (key === undefined) {
    key = `${p.spans.join(';')}:${p.text}`;
    keys.set(p, key);
  }
  return key;
}

export interface PageController {
  /** First full scan, then watch the page for changes. */
  start(): Promise<void>;
  /** Stop everything and remove our highlights (the extension went away under us). */
  detach(): void;
}

export function createPageController(root: HTMLElement, settings: Settings, onDetach: () => void): PageController {
  const highlights = new Highlights();
  /** The page's mentions (its keys, in the order found) and how each is drawn. */
  const kindOf = new Map<PageMention, HighlightKind>();
  const mentions = () => kindOf.keys();
  const byRange = new Map<AbstractRange, PageMention>();
  /** Verdicts by passage: one check per span. */
  const checks = new Map<string, CrossCheck[]>();
  const dirty = new Set<Node>();
  const abort = new AbortController();
  let settle = SETTLE_MS;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastFlush = Number.NEGATIVE_INFINITY;
  let queue: Promise<void> = Promise.resolve();
  let reported = -1;
  let uiLoading = false;
  let detached = false;

  const checkOf = (m: PageMention): CrossCheck | undefined => checks.get(passageKey(m.passage))?.[m.index];
  /** Claims the sources do not cover are left undrawn when the user asked for that. */
  const drawn = (kind: HighlightKind) => kind !== 'unverified' || settings.showUnverified;

  const api: PageApi = {
    mentions,
    mentionFor: (range) => byRange.get(range),
    checkOf,
    shown: (m) => {
      const kind = kindOf.get(m);
      return kind !== undefined && kind !== 'pending' && drawn(kind);
    },
    get highlightsShown() {
      return highlights.shown;
    },
    showHighlights: (shown) => highlights.show(shown),
    sources: [],
    onRemove: null,
    onDetach: null,
  };

  const place = (m: PageMention, kind: HighlightKind) => {
    const old = kindOf.get(m);
    if (old === kind) return;
    if (old && drawn(old)) highlights.delete(old, m.range);
    kindOf.set(m, kind);
    if (drawn(kind)) highlights.add(kind, m.range);
  };

  const add = (m: PageMention) => {
    if (!settings.topics[m.topic]) return;
    byRange.set(m.range, m);
    place(m, checkOf(m)?.verdict ?? 'pending');
  };

  const remove = (m: PageMention) => {
    const kind = kindOf.get(m);
    if (kind && drawn(kind)) highlights.delete(kind, m.range);
    kindOf.delete(m);
    byRange.delete(m.range);
    api.onRemove?.(m);
  };

  const fetchVerdicts = async () => {
    const wanted = new Map<string, Passage>();
    for (const m of mentions()) {
      const key = passageKey(m.passage);
      if (!checks.has(key)) wanted.set(key, m.passage);
    }
    const keys = [...wanted.keys()];
    for (let i = 0; i < keys.length; i += MAX_SENTENCES_PER_BATCH) {
      const batch = keys.slice(i, i + MAX_SENTENCES_PER_BATCH);
      const reply = await sendToBackground('check-passages', {
        passages: batch.map((key) => wanted.get(key) as Passage),
      });
      batch.forEach((key, p) => {
        checks.set(
          key,
          (reply.mentions[p] ?? []).map((c) => reply.checks[c] as CrossCheck),
        );
      });
      for (const m of mentions()) {
        const check = checkOf(m);
        if (check) place(m, check.verdict);
      }
    }
  };

  const report = async () => {
    const count = kindOf.size;
    // A page that never had a mention sends nothing at all.
    if (count === reported || (reported === -1 && count === 0)) return;
    reported = count;
    // The page UI first: the summary tells the popup it can list the page's claims now.
    if (count > 0 && !uiLoading) {
      uiLoading = true;
      publishApi(api);
      api.sources = (await sendToBackground('load-ui', {})).sources;
    }
    await sendToBackground('page-summary', { mentions: count });
  };

  const rescan = async (roots: Node[]) => {
    if (detached) return;
    if (!extensionAlive()) {
      detach();
      return;
    }
    // Drop what the changed regions held, and anything whose text has left the page. Climbing from
    // each mention to the root costs its depth; asking every root whether it contains each mention
    // would cost mentions × roots (up to 200 roots a batch).
    const changed = new Set(roots);
    for (const m of mentions()) {
      const container = m.range.startContainer;
      if (!container.isConnected || within(container, changed)) remove(m);
    }
    const start = performance.now();
    const detail = newStats();
    for (const r of roots) {
      if (!r.isConnected || (r !== root && isInSkippedRegion(r))) continue;
      const found = await scan(r, document.title, detail, abort.signal);
      for (const m of found.mentions) add(m);
      for (const shadow of found.shadowRoots) observe(shadow);
    }
    performance.measure('crosscheck:scan', { start, end: performance.now(), detail });
    await fetchVerdicts();
    await report();
  };

  const fail = (error: unknown) => {
    // The extension was reloaded or updated under us: this script is orphaned, so it leaves quietly.
    if (/context invalidated|establish connection|Receiving end/i.test(String(error))) detach();
    else console.warn('crosscheck:', error);
  };

  /** Scans run one after another, so a rescan never interleaves with another. */
  const enqueue = (roots: Node[]) => {
    queue = queue.then(() => rescan(roots)).catch(fail);
    return queue;
  };

  const flush = () => {
    timer = null;
    lastFlush = performance.now();
    const changed = [...dirty];
    dirty.clear();
    if (changed.length > FULL_RESCAN_ROOTS) {
      void enqueue([root]);
      return;
    }
    // Rescan whole blocks (a sentence continues across inline elements), outermost only.
    const blocks = new Set(changed.map(blockAround));
    void enqueue([...blocks].filter((b) => !within(composedParent(b), blocks)));
  };

  const observer = new MutationObserver((records) => {
    // Our own card is mounted on <html>, outside the observed tree, and its region is one the scan
    // skips: nothing of ours lands here.
    for (const r of records) dirty.add(r.type === 'characterData' ? (r.target.parentNode ?? r.target) : r.target);
    if (dirty.size === 0 || timer !== null) return;
    // A page that changes all the time is rescanned less and less often, never in a loop.
    settle = performance.now() - lastFlush < settle * 2 ? Math.min(settle * 2, MAX_SETTLE_MS) : SETTLE_MS;
    timer = setTimeout(flush, settle);
  });

  // Observing a node again only renews its options: no need to track which are observed.
  function observe(node: Node) {
    observer.observe(node, { childList: true, characterData: true, subtree: true });
  }

  function detach() {
    if (detached) return;
    detached = true;
    abort.abort();
    observer.disconnect();
    if (timer !== null) clearTimeout(timer);
    highlights.clear();
    document.documentElement.removeAttribute(STYLE_ATTRIBUTE);
    api.onDetach?.();
    publishApi(undefined);
    onDetach();
  }

  return {
    start() {
      // The background style is chosen by an attribute the stylesheet keys on (highlights.css).
      if (settings.highlightStyle === 'background')
        document.documentElement.setAttribute(STYLE_ATTRIBUTE, 'background');
      else document.documentElement.removeAttribute(STYLE_ATTRIBUTE);
      observe(root);
      return enqueue([root]);
    },
    detach,
  };
}
