/**
 * Opens the corroboration card next to a highlighted term: one host element on <html> with an open
 * shadow root, Preact inside. One card at a time; every listener goes when it closes.
 */
import { h, render } from 'preact';
import { Card } from './Card';
import css from './card.css?inline';
import { placeCard, type Rect } from './position';
import type { CrossCheck, SourceMeta, Span } from './types';
import { cardView } from './view';

export interface CardOptions {
  check: CrossCheck;
  sources: SourceMeta[];
  /** The highlighted term as it reads on the page; marked inside the sentence. */
  mentionText: string;
  /** The term's current viewport rect; null once it is gone from the page. */
  anchorRect: () => DOMRect | Rect | null;
  /** Gets the focus back when the card closes from inside (Escape, close button). */
  returnFocusTo: Element | null;
  onReadSource(sourceId: string, evidence: Span | undefined): void;
  /** Called once, however the card closes (including close() and a newer card replacing it). */
  onClose(): void;
}

export interface CardHandle {
  host: HTMLElement;
  close(): void;
  update(options: CardOptions): void;
}

export const HOST_TAG = 'crosscheck-card';

type CloseReason = 'api' | 'escape' | 'button' | 'outside' | 'anchor-gone' | 'replaced';

let current: CardHandle | null = null;

// Inline and !important: the page's stylesheets can reach the host element but not the shadow root.
const HOST_STYLE: [string, string][] = [
  ['position', 'fixed'],
  ['z-index', '2147483647'],
  ['display', 'block'],
  ['top', '0px'],
  ['left', '0px'],
  ['margin', '0px'],
  ['visibility', 'visible'],
];

function viewportSize(): { width: number; height: number } {
  const root = document.documentElement;
  // In quirks mode the root element is as tall as the document; innerWidth/innerHeight are not.
  if (document.compatMode === 'BackCompat' || !root.clientHeight) {
    return { width: window.innerWidth, height: window.innerHeight };
  }
  return { width: root.clientWidth, height: root.clientHeight };
}

const FOCUSABLE = 'button:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

export function openCard(initial: CardOptions): CardHandle {
  current?.close();
  let options = initial;
  let closed = false;
  let frame = 0;
  const openedAt = performance.now();

  const host = document.createElement(HOST_TAG);
  // `all: initial` stays overridable: marked important it would also lock the text spacing users
  // may adjust with their own stylesheets (WCAG 1.4.12). Everything that places the card is important.
  host.style.setProperty('all', 'initial');
  for (const [name, value] of HOST_STYLE) host.style.setProperty(name, value, 'important');
  host.setAttribute('data-verdict', options.check.verdict);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = css;
  // Preact owns a container of its own, so it never touches the style element.
  const container = document.createElement('div');
  shadow.append(style, container);
  document.documentElement.append(host);

  const dialog = () => shadow.querySelector<HTMLElement>('[role="dialog"]');

  const draw = () => {
    render(
      h(Card, {
        view: cardView(options.check, options.sources, options.mentionText),
        pageLang: document.documentElement.lang,
        onClose: () => close('button'),
        onReadSource: (id: string, evidence: Span | undefined) => options.onReadSource(id, evidence),
      }),
      container,
    );
  };

  const place = () => {
    frame = 0;
    if (closed) return;
    const anchor = host.isConnected ? options.anchorRect() : null;
    const card = dialog();
    if (!anchor || isEmptyRect(anchor) || !card) return close('anchor-gone');
    const size = card.getBoundingClientRect();
    const { top, left, placement, maxHeight } = placeCard(anchor, size, viewportSize());
    // Shorter than its stylesheet allows when that is what keeps the term in sight.
    card.style.setProperty('max-height', `min(70vh, ${Math.floor(maxHeight)}px)`);
    host.style.setProperty('top', `${Math.round(top)}px`, 'important');
    host.style.setProperty('left', `${Math.round(left)}px`, 'important');
    host.setAttribute('data-placement', placement);
  };

  const schedule = () => {
    if (!frame && !closed) frame = requestAnimationFrame(place);
  };

  const focusables = () =>
    [...shadow.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.getClientRects().length > 0);

  // Keys pressed inside the card: keep Tab inside, close on Escape, and keep them from the page's
  // own shortcuts (bubbling listeners on document and window).
  const onCardKey = (event: Event) => {
    event.stopPropagation();
    if (event.type !== 'keydown') return;
    const key = event as KeyboardEvent;
    if (key.key === 'Escape') {
      key.preventDefault();
      close('escape');
    } else if (key.key === 'Tab') {
      const list = focusables();
      const first = list[0];
      const last = list[list.length - 1];
      const at = list.indexOf(shadow.activeElement as HTMLElement);
      const target =
        !first || !last ? dialog() : key.shiftKey ? (at <= 0 ? last : null) : at === list.length - 1 ? first : null;
      if (target) {
        key.preventDefault();
        target.focus();
      }
    }
  };

  // Escape anywhere else on the page closes the card too, but leaves the focus where it is.
  const onWindowKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !event.composedPath().includes(host)) close('escape');
  };

  const onPointerDown = (event: PointerEvent) => {
    // The press that opened the card happened before it existed.
    if (event.timeStamp < openedAt) return;
    if (!event.composedPath().includes(host)) close('outside');
  };

  const resizeObserver = typeof ResizeObserver === 'function' ? new ResizeObserver(schedule) : null;

  const scrollOptions = { capture: true, passive: true } as const;
  window.addEventListener('scroll', schedule, scrollOptions);
  window.addEventListener('resize', schedule, { passive: true });
  window.addEventListener('keydown', onWindowKey, true);
  window.addEventListener('pointerdown', onPointerDown, true);
  for (const type of ['keydown', 'keyup', 'keypress']) shadow.addEventListener(type, onCardKey);

  function close(reason: CloseReason): void {
    if (closed) return;
    closed = true;
    if (frame) cancelAnimationFrame(frame);
    resizeObserver?.disconnect();
    window.removeEventListener('scroll', schedule, scrollOptions);
    window.removeEventListener('resize', schedule);
    window.removeEventListener('keydown', onWindowKey, true);
    window.removeEventListener('pointerdown', onPointerDown, true);
    for (const type of ['keydown', 'keyup', 'keypress']) shadow.removeEventListener(type, onCardKey);
    // Focus inside the shadow root shows as the host on the document.
    const focusWasInside = document.activeElement === host;
    render(null, container);
    host.remove();
    if (current === handle) current = null;
    if (focusWasInside && reason !== 'outside' && reason !== 'replaced') restoreFocus(options.returnFocusTo);
    options.onClose();
  }

  const handle: CardHandle = {
    host,
    close: () => close('api'),
    update(next) {
      if (closed) return;
      options = next;
      host.setAttribute('data-verdict', options.check.verdict);
      draw();
      place();
    },
  };
  current = handle;

  draw();
  place();
  if (!closed) {
    const card = dialog();
    if (card) resizeObserver?.observe(card);
    card?.focus({ preventScroll: true });
    // Opened from a pointerdown, the press's own default action then focuses what was pressed:
    // take the focus back once, unless the reader has since moved it elsewhere.
    setTimeout(() => {
      const active = document.activeElement;
      if (!closed && current === handle && (active === options.returnFocusTo || active === document.body || !active)) {
        dialog()?.focus({ preventScroll: true });
      }
    }, 0);
  }
  return handle;
}

/** What a detached or hidden element or range measures: the term is no longer on screen. */
function isEmptyRect(r: Rect): boolean {
  return r.top === 0 && r.left === 0 && r.bottom === 0 && r.right === 0;
}

function restoreFocus(target: Element | null): void {
  if (!target?.isConnected) return;
  const focus = (target as HTMLElement).focus;
  if (typeof focus === 'function') (target as HTMLElement).focus({ preventScroll: true });
}
