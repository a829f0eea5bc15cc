/**
 * Where the card goes, as pure geometry in viewport coordinates (what getBoundingClientRect
 * returns), so it can be tested without a browser.
 */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface Placement {
  top: number;
  left: number;
  placement: 'below' | 'above';
  /** The most height the card may take there; it scrolls inside beyond that. */
  maxHeight: number;
}

/** Distance kept between the card and the viewport's edges. */
export const VIEWPORT_MARGIN = 8;
/** Distance between the term and the card, so the term's underline stays visible. */
export const ANCHOR_GAP = 6;
/** Shortest the card is made to fit beside the term; below this it may cover the term instead. */
export const MIN_CARD_HEIGHT = 160;

function clamp(value: number, min: number, max: number): number {
  // When the card is larger than the room, pin it to the start edge: its top and left, where the
  // heading and the close button are, stay on screen.
  return Math.max(min, Math.min(value, max));
}

/**
 * Below the term when the card fits there, above when it fits there instead, otherwise on the
 * roomier side, made shorter to fit that side (it scrolls inside) so the term stays in sight; then
 * clamped inside the viewport with VIEWPORT_MARGIN on every side. Once the term has scrolled
 * entirely out of view, the card keeps its distance from it and leaves with it, rather than
 * staying pinned over the page's content.
 */
export function placeCard(anchor: Rect, card: Size, viewport: Size): Placement {
  const m = VIEWPORT_MARGIN;
  const roomBelow = viewport.height - m - (anchor.bottom + ANCHOR_GAP);
  const roomAbove = anchor.top - ANCHOR_GAP - m;
  const below = card.height <= roomBelow || (card.height > roomAbove && roomBelow >= roomAbove);
  const maxHeight = Math.max(MIN_CARD_HEIGHT, below ? roomBelow : roomAbove);
  const height = Math.min(card.height, maxHeight);
  const top = below ? anchor.bottom + ANCHOR_GAP : anchor.top - ANCHOR_GAP - height;
  const termVisible = anchor.bottom > 0 && anchor.top < viewport.height;
  return {
    top: termVisible ? clamp(top, m, viewport.height - m - height) : top,
    left: clamp(anchor.left, m, viewport.width - m - card.width),
    placement: below ? 'below' : 'above',
    maxHeight,
  };
}
