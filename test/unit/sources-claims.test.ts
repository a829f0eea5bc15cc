import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine';
import { INDEX } from '../../src/engine/generated/index';
import type { ClaimSummary } from '../../src/engine/index';
import type { Conflict } from '../../src/engine/types';
import { byRelation, claimSentences, compareClaim, summarize } from '../../src/sources/claims';

const engine = createEngine();

/** A source's text between two offsets, without the debris the engine dropped (as evidence quotes it). */
function cleanSlice(id: string, start: number, end: number): string {
  const text = engine.getSourceText(id) ?? '';
  const dropped = INDEX.sources.find((s) => s.id === id)?.dropped ?? [];
  let out = '';
  for (let i = start; i < end; i++) if (!dropped.some((d) => d.start <= i && i < d.end)) out += text[i];
  return out;
}
const ids = engine.sources.map((s) => s.id);

const claims: ClaimSummary[] = [
  {
    id: 'approved',
    topic: 'fsd',
    statement: 'FSD is approved',
    sources: [
      { sourceId: 'A', stance: 'asserts', evidence: [{ text: 'It is approved.', start: 0, end: 15 }] },
      { sourceId: 'B', stance: 'hedges', evidence: [{ text: 'It may be approved.', start: 30, end: 49 }] },
      { sourceId: 'C', stance: 'denies', evidence: [{ text: 'It is not approved.', start: 5, end: 24 }] },
    ],
  },
  {
    id: 'sold',
    topic: 'fsd',
    statement: 'FSD is sold',
    sources: [{ sourceId: 'D', stance: 'not-yet', evidence: [{ text: 'Not sold yet.', start: 0, end: 13 }] }],
  },
];
const conflicts: Conflict[] = [
  {
    id: 'approved-vs-sold',
    topic: 'fsd',
    claims: ['approved', 'sold'],
    summary: 'A says approved; D says not sold.',
    sides: [
      { sources: ['A'], says: 'approved' },
      { sources: ['D'], says: 'not on sale' },
    ],
  },
];

describe('claim sentences of a source', () => {
  it('tags the sentence holding each evidence span, once, with all its claims', () => {
    const sentences = [
      { text: 'It is approved.', start: 0, end: 15 },
      { text: 'Other.', start: 16, end: 22 },
    ];
    const both: ClaimSummary[] = [
      ...claims,
      {
        id: 'again',
        topic: 'fsd',
        statement: 'x',
        sources: [{ sourceId: 'A', stance: 'asserts', evidence: [{ text: 'approved', start: 6, end: 14 }] }],
      },
    ];
    expect(claimSentences('A', sentences, both)).toEqual([
      { key: '0-15', start: 0, end: 15, claimIds: ['approved', 'again'] },
    ]);
  });

  it('tags, for every bundled source, only sentences of that source that hold its evidence', () => {
    for (const id of ids) {
      const sentences = engine.getSourceSentences(id);
      const tagged = claimSentences(id, sentences, engine.claims);
      expect(tagged.length, id).toBeGreaterThan(0);
      for (const s of tagged) {
        expect(sentences.some((x) => x.start === s.start && x.end === s.end)).toBe(true);
        for (const claimId of s.claimIds) {
          const entry = engine.claims.find((c) => c.id === claimId)?.sources.find((x) => x.sourceId === id);
          expect(entry?.evidence.some((ev) => ev.start < s.end && ev.end > s.start)).toBe(true);
        }
      }
    }
  });
});

describe('how the other sources stand on a claim', () => {
  it('reads asserting and hedging as agreeing, denying and "not yet" as disagreeing, absence as silence', () => {
    const c = compareClaim('A', 'approved', claims, [], ['A', 'B', 'C', 'D']);
    expect(c?.stance).toBe('asserts');
    expect(c?.others.map((o) => [o.sourceId, o.relation, o.stance])).toEqual([
      ['B', 'supports', 'hedges'],
      ['C', 'disagrees', 'denies'],
      ['D', 'silent', null],
    ]);
    expect(c?.others[0]?.evidence).toEqual([{ text: 'It may be approved.', start: 30, end: 49 }]);
    const fromC = compareClaim('C', 'approved', claims, [], ['A', 'B', 'C']);
    expect(fromC?.others.map((o) => o.relation)).toEqual(['disagrees', 'disagrees']);
  });

  it('shows a source on the other side of a dispute as not addressing the claim, with its sentence and what it says instead', () => {
    const c = compareClaim('A', 'approved', claims, conflicts, ['A', 'D']);
    expect(c?.others[0]).toEqual({
      sourceId: 'D',
      relation: 'silent',
      stance: null,
      evidence: [{ text: 'Not sold yet.', start: 0, end: 13 }],
      differs: [{ conflictId: 'approved-vs-sold', says: 'not on sale' }],
    });
  });

  it('shows that 003 and 004 paint another picture than 002 on FSD approval (approval is not availability), and that 004 and 002 differ on the meeting', () => {
    const approval = compareClaim('002', 'fsd-approval-china', engine.claims, engine.conflicts, ids);
    const others = new Map(approval?.others.map((o) => [o.sourceId, o]) ?? []);
    for (const id of ['003', '004']) {
      expect(others.get(id)?.relation).toBe('silent');
      expect(others.get(id)?.differs.map((d) => d.conflictId)).toContain('fsd-approval-vs-availability');
    }
    const fromOther = approval?.others.find((o) => o.sourceId === '004');
    expect(fromOther?.evidence.map((e) => e.text).join(' ')).toContain(
      'Tesla has not been able to offer the full version of FSD',
    );
    const met = compareClaim('004', 'musk-met-li-qiang', engine.claims, engine.conflicts, ids);
    const with002 = met?.others.find((o) => o.sourceId === '002');
    expect(with002?.relation).toBe('supports');
    expect(with002?.differs.map((d) => d.conflictId)).toContain('meeting-outcome');
  });

  it('gives evidence links that lie in the other source text', () => {
    for (const claim of engine.claims) {
      for (const own of claim.sources) {
        const c = compareClaim(own.sourceId, claim.id, engine.claims, engine.conflicts, ids);
        for (const o of c?.others ?? []) {
          for (const ev of o.evidence) expect(cleanSlice(o.sourceId, ev.start, ev.end)).toBe(ev.text);
        }
      }
    }
  });

  it('summarises a sentence by distinct sources, a disagreement on any claim winning; another picture is no disagreement', () => {
    const a = compareClaim('A', 'approved', claims, conflicts, ['A', 'B', 'C', 'D']);
    expect(summarize(a ? [a] : [])).toEqual({ supports: 1, disagrees: 1 });
    expect(summarize([])).toEqual({ supports: 0, disagrees: 0 });
  });

  it('lists disagreeing sources first, then agreeing, then silent ones, in id order within each', () => {
    const c = compareClaim('B', 'approved', claims, [], ['A', 'B', 'C', 'D']);
    expect(byRelation(c?.others ?? []).map((o) => o.sourceId)).toEqual(['C', 'A', 'D']);
  });

  it('returns nothing for an unknown claim', () => {
    expect(compareClaim('A', 'nope', claims, conflicts, ['A'])).toBeNull();
  });
});
