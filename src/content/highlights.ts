/**
 * Draws mentions with the CSS Custom Highlight API: one named highlight per verdict, so the page's
 * DOM is never touched and tests outside the extension can count them by name.
 */
import type { Verdict } from '../engine';

export type HighlightKind = Verdict | 'pending';

export const HIGHLIGHT_NAMES: Record<HighlightKind, string> = {
  corroborated: 'crosscheck-corroborated',
  contested: 'crosscheck-contested',
  contradicted: 'crosscheck-contradicted',
  unverified: 'crosscheck-unverified',
  pending: 'crosscheck-pending',
};

const KINDS = Object.keys(HIGHLIGHT_NAMES) as HighlightKind[];

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** One Highlight object per kind, kept for the page's life; ranges move between them. */
export class Highlights {
  readonly #sets = new Map<HighlightKind, Highlight>();
  #shown = true;

  constructor() {
    for (const kind of KINDS) this.#sets.set(kind, new Highlight());
  }

  add(kind: HighlightKind, range: Range): void {
    const set = this.#sets.get(kind) as Highlight;
    set.add(range);
    if (this.#shown && set.size === 1) CSS.highlights.set(HIGHLIGHT_NAMES[kind], set);
  }

  delete(kind: HighlightKind, range: Range): void {
    const set = this.#sets.get(kind) as Highlight;
    set.delete(range);
    // An empty highlight stays out of the registry, so its name means "there are some".
    if (set.size === 0) CSS.highlights.delete(HIGHLIGHT_NAMES[kind]);
  }

  get shown(): boolean {
    return this.#shown;
  }

  show(shown: boolean): void {
    this.#shown = shown;
    for (const kind of KINDS) {
      const set = this.#sets.get(kind) as Highlight;
      if (shown && set.size > 0) CSS.highlights.set(HIGHLIGHT_NAMES[kind], set);
      else CSS.highlights.delete(HIGHLIGHT_NAMES[kind]);
    }
  }

  clear(): void {
    for (const set of this.#sets.values()) set.clear();
    for (const name of Object.values(HIGHLIGHT_NAMES)) CSS.highlights.delete(name);
  }
}
