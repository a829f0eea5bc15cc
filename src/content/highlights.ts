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

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** Replaces every highlight of ours with the given ranges, grouped by kind. */
export function drawHighlights(groups: Map<HighlightKind, Range[]>): void {
  for (const [kind, name] of Object.entries(HIGHLIGHT_NAMES) as [HighlightKind, string][]) {
    const ranges = groups.get(kind);
    if (ranges && ranges.length > 0) CSS.highlights.set(name, new Highlight(...ranges));
    else CSS.highlights.delete(name);
  }
}

export function clearHighlights(): void {
  for (const name of Object.values(HIGHLIGHT_NAMES)) CSS.highlights.delete(name);
}
