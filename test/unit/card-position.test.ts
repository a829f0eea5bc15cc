import { describe, expect, it } from 'vitest';
import { ANCHOR_GAP, MIN_CARD_HEIGHT, placeCard, type Rect, VIEWPORT_MARGIN } from '../../src/card/position';

const viewport = { width: 1000, height: 800 };
const card = { width: 400, height: 300 };

function rect(left: number, top: number, width = 60, height = 20): Rect {
  return { left, top, right: left + width, bottom: top + height };
}

describe('placeCard', () => {
  it('puts the card below the term when it fits, aligned with the term', () => {
    expect(placeCard(rect(100, 100), card, viewport)).toEqual({
      top: 120 + ANCHOR_GAP,
      left: 100,
      placement: 'below',
      maxHeight: viewport.height - VIEWPORT_MARGIN - (120 + ANCHOR_GAP),
    });
  });

  it('flips above the term near the bottom of the viewport', () => {
    const anchor = rect(100, 650);
    expect(placeCard(anchor, card, viewport)).toEqual({
      top: 650 - ANCHOR_GAP - card.height,
      left: 100,
      placement: 'above',
      maxHeight: 650 - ANCHOR_GAP - VIEWPORT_MARGIN,
    });
  });

  it('stays below when it just fits with the margin', () => {
    const bottom = viewport.height - VIEWPORT_MARGIN - ANCHOR_GAP - card.height;
    expect(placeCard(rect(100, bottom - 20), card, viewport).placement).toBe('below');
    expect(placeCard(rect(100, bottom - 19), card, viewport).placement).toBe('above');
  });

  it('clamps at the right edge', () => {
    const { left } = placeCard(rect(900, 100), card, viewport);
    expect(left).toBe(viewport.width - VIEWPORT_MARGIN - card.width);
  });

  it('clamps at the left edge', () => {
    expect(placeCard(rect(2, 100), card, viewport).left).toBe(VIEWPORT_MARGIN);
    expect(placeCard(rect(-50, 100), card, viewport).left).toBe(VIEWPORT_MARGIN);
  });

  it('takes the roomier side and shrinks to it when the card fits on neither, keeping the term in sight', () => {
    const tall = { width: 400, height: 500 };
    // More room above (480) than below (274): above, as tall as the room there.
    const nearBottom = placeCard(rect(100, 500), tall, viewport);
    expect(nearBottom.placement).toBe('above');
    expect(nearBottom.maxHeight).toBe(500 - ANCHOR_GAP - VIEWPORT_MARGIN);
    expect(nearBottom.top).toBe(VIEWPORT_MARGIN);
    expect(nearBottom.top + Math.min(tall.height, nearBottom.maxHeight)).toBeLessThanOrEqual(500 - ANCHOR_GAP);
    // More room below: below the term, as tall as the room there, not pushed up over it.
    const nearTop = placeCard(rect(100, 280), tall, viewport);
    expect(nearTop.placement).toBe('below');
    expect(nearTop.top).toBe(300 + ANCHOR_GAP);
    expect(nearTop.top + Math.min(tall.height, nearTop.maxHeight)).toBe(viewport.height - VIEWPORT_MARGIN);
  });

  it('never makes the card shorter than the minimum, even if it must then cover the term', () => {
    // 76 px of room on either side of the term in a 200 px high viewport.
    const squeezed = placeCard(rect(100, 90), { width: 400, height: 700 }, { width: 1024, height: 200 });
    expect(squeezed.maxHeight).toBe(MIN_CARD_HEIGHT);
  });

  it('gives a card taller than the viewport the room on the roomier side', () => {
    const huge = { width: 1200, height: 900 };
    for (const anchor of [rect(100, 100), rect(900, 700)]) {
      const { top, left, maxHeight } = placeCard(anchor, huge, viewport);
      expect(left).toBe(VIEWPORT_MARGIN);
      expect(top).toBeGreaterThanOrEqual(VIEWPORT_MARGIN);
      expect(top + maxHeight).toBeLessThanOrEqual(viewport.height - VIEWPORT_MARGIN);
    }
  });

  it('keeps the card inside the viewport when the term is partly off-screen', () => {
    // Scrolled partly above the top edge.
    const above = placeCard(rect(100, -19), card, viewport);
    expect(above.placement).toBe('below');
    expect(above.top).toBe(VIEWPORT_MARGIN);
    // Partly below the bottom edge: the card goes above it, fully visible.
    const below = placeCard(rect(100, 790), card, viewport);
    expect(below.placement).toBe('above');
    expect(below.top).toBe(790 - ANCHOR_GAP - card.height);
    // Partly beyond the right edge.
    const right = placeCard(rect(980, 100), card, viewport);
    expect(right.left + card.width).toBe(viewport.width - VIEWPORT_MARGIN);
  });

  it('leaves with the term once it has scrolled entirely out of view', () => {
    const gone = placeCard(rect(100, -60), card, viewport);
    expect(gone).toMatchObject({ top: -40 + ANCHOR_GAP, left: 100, placement: 'below' });
    const below = placeCard(rect(100, 820), card, viewport);
    expect(below).toMatchObject({ top: 820 - ANCHOR_GAP - card.height, left: 100, placement: 'above' });
  });

  it('keeps every placement within the margins while the term is in view', () => {
    for (let top = -19; top < 800; top += 37) {
      for (let left = -100; left <= 1100; left += 53) {
        const p = placeCard(rect(left, top), card, viewport);
        expect(p.top).toBeGreaterThanOrEqual(VIEWPORT_MARGIN);
        expect(p.left).toBeGreaterThanOrEqual(VIEWPORT_MARGIN);
        expect(p.top + card.height).toBeLessThanOrEqual(viewport.height - VIEWPORT_MARGIN);
        expect(p.left + card.width).toBeLessThanOrEqual(viewport.width - VIEWPORT_MARGIN);
      }
    }
  });
});
