/**
 * The "Where the sources disagree" view as data: every catalogue conflict with its sides, and for
 * each source on a side the sentences in which it makes the related claims.
 */
import type { ClaimSummary } from '../engine/index';
import type { Conflict, Span, Topic } from '../engine/types';
import { evidenceFor } from './claims';

export interface SideSource {
  sourceId: string;
  /** The source's evidence for the conflict's claims, in text order, without repeats. */
  evidence: Span[];
}

export interface ConflictEntry {
  id: string;
  topic: Topic;
  summary: string;
  claims: { id: string; statement: string }[];
  sides: { says: string; sources: SideSource[] }[];
}

export function conflictEntries(conflicts: readonly Conflict[], claims: readonly ClaimSummary[]): ConflictEntry[] {
  return conflicts.map((conflict) => {
    const related = conflict.claims
      .map((id) => claims.find((c) => c.id === id))
      .filter((c): c is ClaimSummary => c !== undefined);
    return {
      id: conflict.id,
      topic: conflict.topic,
      summary: conflict.summary,
      claims: related.map((c) => ({ id: c.id, statement: c.statement })),
      sides: conflict.sides.map((side) => ({
        says: side.says,
        sources: side.sources.map((sourceId) => ({
          sourceId,
          evidence: evidenceFor(sourceId, conflict.claims, claims),
        })),
      })),
    };
  });
}
