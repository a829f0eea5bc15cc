/**
 * The page UI script: hit-tests clicks on highlights, shows the hand cursor over them, runs the
 * keyboard shortcuts, and opens the card. The background injects it only into frames where the
 * content script found mentions; it works on the state the content script publishes (api.ts).
 */
import type { Runtime } from 'webextension-polyfill';
import { type CardHandle, openCard } from '../card/mount';
import type { CrossCheck } from '../engine';
import { type PageClaim, type PageCommand, parseContentMessage } from '../messages';
import { fromOwnExtensionPage } from '../runtime';
import { type PageApi, publishedApi } from './api';
import browser from './browser';
import { sendToBackground } from './messaging';
import type { PageMention } from './scan';

const UI_RUNNING = Symbol.for('crosscheck.ui');

interface HitTestRegistry {
  highlightsFromPoint?: (x: number, y: number) => { ranges?: AbstractRange[] }[];
}

function start(api: PageApi): void {
  const abort = new AbortController();
  let card: CardHandle | null = null;
  let current: PageMention | null = null;
  let frame = 0;

  /** The mention under a viewport point, if any. */
  const mentionAt = (x: number, y: number): PageMention | null => {
    if (!api.highlightsShown) return null;
    const registry = CSS.highlights as unknown as HitTestRegistry;
    if (typeof registry.highlightsFromPoint === 'function') {
      const hits = registry.highlightsFromPoint.call(CSS.highlights, x, y);
      if (hits.length === 0) return null;
      for (const hit of hits) {
        for (const range of hit.ranges ?? []) {
          const m = api.mentionFor(range);
          if (m) return m;
        }
      }
    }
    // Without hit results naming ranges, fall back to geometry, over the drawn mentions only (as
    // the browser's own hit test would be).
    for (const m of api.mentions()) {
      if (!api.shown(m)) continue;
      for (const r of m.range.getClientRects()) {
        if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return m;
      }
    }
    return null;
  };

  const open = (m: PageMention, returnFocusTo: Element | null): boolean => {
    const check = api.checkOf(m);
    if (!check) return false;
    current = m;
    card = openCard({
      check,
      sources: api.sources,
      mentionText: m.text,
      anchorRect: () => (m.range.startContainer.isConnected ? firstRect(m.range) : null),
      returnFocusTo,
      onReadSource: (sourceId, evidence) => {
        void sendToBackground('open-source', { sourceId, start: evidence?.start ?? 0, end: evidence?.end ?? 0 });
      },
      onClose: () => {
        if (current === m) current = null;
        card = null;
      },
    });
    return true;
  };

  const close = () => card?.close();

  const onClick = (e: MouseEvent) => {
    if (e.button !== 0 || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    if (e.composedPath().some((n) => (n as Node).nodeName === 'CROSSCHECK-CARD')) return;
    // Selecting text is not a request for the card.
    const selection = document.getSelection();
    if (selection && !selection.isCollapsed && selection.toString().trim()) return;
    const start = performance.now();
    const m = mentionAt(e.clientX, e.clientY);
    if (!m) return;
    if (open(m, document.activeElement)) {
      performance.measure('crosscheck:card-open', { start: e.timeStamp || start, end: performance.now() });
    }
  };

  const onPointerMove = (e: PointerEvent) => {
    if (frame) return;
    const { clientX, clientY } = e;
    frame = requestAnimationFrame(() => {
      frame = 0;
      // The only mark we leave on the page: a hand cursor while the pointer is over a highlight.
      document.documentElement.toggleAttribute('data-crosscheck-pointer', mentionAt(clientX, clientY) !== null);
    });
  };

  /** The drawn mentions, in document order. */
  const ordered = () =>
    [...api.mentions()]
      .filter((m) => api.shown(m))
      .sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));

  /** The page's claims for the popup: one per sentence with drawn mentions, in document order. */
  const claims = (): PageClaim[] => {
    const bySentence = new Map<string, PageClaim>();
    ordered().forEach((m, index) => {
      const check = api.checkOf(m) as CrossCheck;
      const claim = bySentence.get(check.sentence);
      if (claim) {
        claim.terms.push(m.text);
        if (!claim.topics.includes(m.topic)) claim.topics.push(m.topic);
      } else {
        bySentence.set(check.sentence, {
          index,
          sentence: check.sentence,
          topics: [m.topic],
          verdict: check.verdict,
          terms: [m.text],
        });
      }
    });
    return [...bySentence.values()];
  };

  const openAt = (m: PageMention, returnTo: Element | null) => {
    m.range.startContainer.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest' });
    return open(m, returnTo);
  };

  const command = (name: PageCommand): boolean => {
    if (name === 'toggle-highlights') {
      api.showHighlights(!api.highlightsShown);
      if (!api.highlightsShown) close();
      return true;
    }
    if (!api.highlightsShown) api.showHighlights(true);
    const list = ordered();
    if (list.length === 0) return false;
    const at = current ? list.indexOf(current) : -1;
    const step = name === 'next-mention' ? 1 : -1;
    const index = at === -1 ? (step === 1 ? 0 : list.length - 1) : (at + step + list.length) % list.length;
    // Focus goes back to wherever it was before the shortcut once the card closes.
    return openAt(list[index] as PageMention, card ? null : document.activeElement);
  };

  const onMessage = (message: unknown, sender: Runtime.MessageSender) => {
    // Only our background (or our own pages) send commands; page content never does.
    if (!fromOwnExtensionPage(sender)) return undefined;
    const request = parseContentMessage(message);
    if (!request) return undefined;
    if (request.name === 'command') return Promise.resolve({ ok: command(request.request.command) });
    if (request.name === 'list-claims') return Promise.resolve({ claims: claims() });
    const target = ordered()[request.request.index];
    return Promise.resolve({ ok: target ? openAt(target, null) : false });
  };

  const opts = { capture: true, signal: abort.signal };
  window.addEventListener('click', onClick, opts);
  window.addEventListener('pointermove', onPointerMove, { ...opts, passive: true });
  browser.runtime.onMessage.addListener(onMessage);

  api.onRemove = (m) => {
    if (m === current) close();
  };
  api.onDetach = () => {
    abort.abort();
    close();
    browser.runtime.onMessage.removeListener(onMessage);
    document.documentElement.removeAttribute('data-crosscheck-pointer');
    (globalThis as unknown as Record<symbol, boolean>)[UI_RUNNING] = false;
  };
}

function firstRect(range: Range): DOMRect {
  const rects = range.getClientRects();
  return rects.length > 0 ? (rects[0] as DOMRect) : range.getBoundingClientRect();
}

const g = globalThis as unknown as Record<symbol, boolean>;
const api = publishedApi();
if (api && !g[UI_RUNNING]) {
  g[UI_RUNNING] = true;
  start(api);
}
