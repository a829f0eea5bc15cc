/**
 * Draws mentions with the CSS Custom Highlight API: one named highlight per verdict
 * (`crosscheck-corroborated`, `-contested`, `-contradicted`, `-unverified`, `-pending`), so the
 * page's DOM is never touched and tests outside the extension can count them by name.
 */
import type { Verdict } from '../engine';

export type HighlightKind = Verdict | 'pending';

const KINDS: HighlightKind[] = ['corroborated', 'contested', 'contradicted', 'unverified', 'pending'];
const nameOf = (kind: HighlightKind) => `crosscheck-${kind}`;

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** One Highlight object per kind, kept for the page's life; ranges move between them. */
export class Highlights {
  readonly sets = new Map(KINDS.map((kind) => [kind, new Highlight()]));
  shown = true;

  add(kind: HighlightKind, range: Range): void {
    const set = this.sets.get(kind) as Highlight;
    set.add(range);
    if (this.shown && set.size === 1) CSS.highlights.set(nameOf(kind), set);
  }

  delete(kind: HighlightKind, range: Range): void {
    const set = this.sets.get(kind) as Highlight;
    set.delete(range);
    // An empty highlight stays out of the registry, so its name means "there are some".
    if (set.size === 0) CSS.highlights.delete(nameOf(kind));
  }

  show(shown: boolean): void {
    this.shown = shown;
    for (const [kind, set] of this.sets) {
      if (shown && set.size > 0) CSS.highlights.set(nameOf(kind), set);
      else CSS.highlights.delete(nameOf(kind));
    }
  }

  clear(): void {
    for (const [kind, set] of this.sets) {
      set.clear();
      CSS.highlights.delete(nameOf(kind));
    }
  }
}
