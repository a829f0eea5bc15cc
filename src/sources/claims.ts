/**
 * Which sentences of a source carry catalogue claims, and how every other source stands on each of
 * those claims: the data behind the agree/disagree panel of a marked sentence.
 */
import type { ClaimSummary } from '../engine/index';
import type { Conflict, SourceStance, Span } from '../engine/types';
import type { TaggedSentence } from './article';

export interface ClaimSentence extends TaggedSentence {
  /** Catalogue claims whose evidence for this source lies in the sentence, in catalogue order. */
  claimIds: string[];
}

const keyOf = (r: { start: number; end: number }) => `${r.start}-${r.end}`;

/** The sentences of `sourceId` that hold its evidence for some claim, in text order. */
export function claimSentences(
  sourceId: string,
  sentences: readonly Span[],
  claims: readonly ClaimSummary[],
): ClaimSentence[] {
  const byKey = new Map<string, ClaimSentence>();
  for (const claim of claims) {
    const entry = claim.sources.find((s) => s.sourceId === sourceId);
    for (const ev of entry?.evidence ?? []) {
      const hit = sentences.filter((s) => s.start < ev.end && s.end > ev.start);
      // Evidence outside every cleaned sentence still gets marked, on its own span.
      for (const s of hit.length > 0 ? hit : [ev]) {
        const key = keyOf(s);
        const found = byKey.get(key) ?? { key, start: s.start, end: s.end, claimIds: [] };
        if (!found.claimIds.includes(claim.id)) found.claimIds.push(claim.id);
        byKey.set(key, found);
      }
    }
  }
  return [...byKey.values()].sort((a, b) => a.start - b.start);
}

export type Relation = 'supports' | 'disagrees' | 'silent';

export interface OtherSource {
  sourceId: string;
  relation: Relation;
  /** The other source's own stance on the claim, when the catalogue has one. */
  stance: SourceStance | null;
  /** Where the other source says it: its evidence for the claim or, failing that, for the disagreement. */
  evidence: Span[];
  /** Disagreements in which the two sources stand on different sides: what the other side says. */
  differs: { conflictId: string; says: string }[];
}

export interface ClaimComparison {
  claimId: string;
  statement: string;
  /** This source's stance on the claim. */
  stance: SourceStance | null;
  others: OtherSource[];
}

const STANCES: readonly SourceStance[] = ['asserts', 'hedges', 'denies', 'not-yet'];
export const asStance = (s: string | undefined): SourceStance | null =>
  STANCES.includes(s as SourceStance) ? (s as SourceStance) : null;

/** Asserting and hedging lean the same way; denying and "not yet" the other. */
const polarity = (s: SourceStance | null) => (s === 'asserts' || s === 'hedges' ? 1 : s === null ? 0 : -1);

function sideOf(conflict: Conflict, sourceId: string): number {
  return conflict.sides.findIndex((side) => side.sources.includes(sourceId));
}

/** The evidence `sourceId` gives for any of `claimIds`, in text order, without repeats. */
export function evidenceFor(sourceId: string, claimIds: readonly string[], claims: readonly ClaimSummary[]): Span[] {
  const seen = new Map<string, Span>();
  for (const id of claimIds) {
    const entry = claims.find((c) => c.id === id)?.sources.find((s) => s.sourceId === sourceId);
    for (const ev of entry?.evidence ?? []) seen.set(keyOf(ev), ev);
  }
  return [...seen.values()].sort((a, b) => a.start - b.start);
}

/** How every other source stands on one claim of `sourceId`. */
export function compareClaim(
  sourceId: string,
  claimId: string,
  claims: readonly ClaimSummary[],
  conflicts: readonly Conflict[],
  sourceIds: readonly string[],
): ClaimComparison | null {
  const claim = claims.find((c) => c.id === claimId);
  if (!claim) return null;
  const own = asStance(claim.sources.find((s) => s.sourceId === sourceId)?.stance);
  const related = conflicts.filter((c) => c.claims.includes(claimId) && sideOf(c, sourceId) >= 0);
  const others = sourceIds
    .filter((id) => id !== sourceId)
    .map((otherId): OtherSource => {
      const entry = claim.sources.find((s) => s.sourceId === otherId);
      const stance = asStance(entry?.stance);
      const opposed = related.filter((c) => {
        const side = sideOf(c, otherId);
        return side >= 0 && side !== sideOf(c, sourceId);
      });
      const differs = opposed.map((c) => ({
        conflictId: c.id,
        says: c.sides[sideOf(c, otherId)]?.says ?? '',
      }));
      if (entry && stance) {
        const relation: Relation = polarity(stance) * polarity(own) < 0 ? 'disagrees' : 'supports';
        return { sourceId: otherId, relation, stance, evidence: [...entry.evidence], differs };
      }
      if (opposed.length > 0) {
        // The source says nothing about this claim itself, but takes another side of a dispute
        // about it: not a disagreement with this sentence, only a different picture ("differs").
        const ids = [...new Set(opposed.flatMap((c) => c.claims))];
        return {
          sourceId: otherId,
          relation: 'silent',
          stance: null,
          evidence: evidenceFor(otherId, ids, claims),
          differs,
        };
      }
      return { sourceId: otherId, relation: 'silent', stance: null, evidence: [], differs: [] };
    });
  return { claimId, statement: claim.statement, stance: own, others };
}

export interface SentenceSummary {
  supports: number;
  disagrees: number;
}

/** Counts the other sources that agree or disagree on any claim of a sentence (disagreeing wins). */
export function summarize(comparisons: readonly ClaimComparison[]): SentenceSummary {
  const best = new Map<string, Relation>();
  for (const c of comparisons) {
    for (const o of c.others) {
      const was = best.get(o.sourceId);
      if (o.relation === 'disagrees') best.set(o.sourceId, 'disagrees');
      else if (o.relation === 'supports' && was !== 'disagrees') best.set(o.sourceId, 'supports');
    }
  }
  const values = [...best.values()];
  return {
    supports: values.filter((r) => r === 'supports').length,
    disagrees: values.filter((r) => r === 'disagrees').length,
  };
}

const RELATION_ORDER: readonly Relation[] = ['disagrees', 'supports', 'silent'];
/** Disagreeing sources first (they are what the reader came to see), then agreeing, then silent; by id within. */
export function byRelation(others: readonly OtherSource[]): OtherSource[] {
  return [...others].sort((a, b) => RELATION_ORDER.indexOf(a.relation) - RELATION_ORDER.indexOf(b.relation));
}
