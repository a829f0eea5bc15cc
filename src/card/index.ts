/**
 * The corroboration card's public surface. The card ships as its own lazily loaded script, so the
 * content script pays for it only when a reader opens a card.
 */
export { type CardHandle, type CardOptions, currentCard, HOST_TAG, openCard } from './mount';
export { type Placement, placeCard, type Rect, type Size } from './position';
export { type CardView, cardView, formatDate, type SourceRow, stanceText, verdictText } from './view';
