import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine';
import { INDEX } from '../../src/engine/generated/index';
import { conflictEntries } from '../../src/sources/conflicts';

const engine = createEngine();

/** A source's text between two offsets, without the debris the engine dropped (as evidence quotes it). */
function cleanSlice(id: string, start: number, end: number): string {
  const text = engine.getSourceText(id) ?? '';
  const dropped = INDEX.sources.find((s) => s.id === id)?.dropped ?? [];
  let out = '';
  for (let i = start; i < end; i++) if (!dropped.some((d) => d.start <= i && i < d.end)) out += text[i];
  return out;
}

describe('where the sources disagree', () => {
  const entries = conflictEntries(engine.conflicts, engine.claims);

  it('lists every conflict of the catalogue with its summary and every side', () => {
    expect(entries.map((e) => e.id)).toEqual(engine.conflicts.map((c) => c.id));
    for (const [i, e] of entries.entries()) {
      const c = engine.conflicts[i];
      expect(e.summary).toBe(c?.summary);
      expect(e.sides.map((s) => s.says)).toEqual(c?.sides.map((s) => s.says));
      expect(e.sides.map((s) => s.sources.map((x) => x.sourceId))).toEqual(c?.sides.map((s) => s.sources));
      expect(e.claims.map((x) => x.id)).toEqual(c?.claims);
    }
  });

  it("quotes each side's sources with their own sentences for the related claims, in text order, verbatim", () => {
    for (const e of entries) {
      for (const side of e.sides) {
        for (const s of side.sources) {
          const starts = s.evidence.map((ev) => ev.start);
          expect(starts).toEqual([...starts].sort((a, b) => a - b));
          expect(new Set(starts).size).toBe(starts.length);
          for (const ev of s.evidence) expect(cleanSlice(s.sourceId, ev.start, ev.end)).toBe(ev.text);
        }
      }
    }
  });

  it('sets 002 on FSD approval against 003 and 004 on FSD not being on offer', () => {
    const e = entries.find((x) => x.id === 'fsd-approval-vs-availability');
    const [approved, notOffered] = e?.sides ?? [];
    expect(approved?.sources.map((s) => s.sourceId)).toEqual(['002']);
    expect(approved?.sources[0]?.evidence.some((ev) => /received approval/.test(ev.text))).toBe(true);
    expect(notOffered?.sources.map((s) => s.sourceId)).toEqual(['003', '004']);
    expect(notOffered?.sources[1]?.evidence.some((ev) => /not been able to offer/.test(ev.text))).toBe(true);
  });

  it('handles a conflict naming a claim the catalogue does not hold', () => {
    const [entry] = conflictEntries(
      [{ id: 'x', topic: 'cac', claims: ['missing'], summary: 's', sides: [{ sources: ['000'], says: 'a' }] }],
      engine.claims,
    );
    expect(entry?.claims).toEqual([]);
    expect(entry?.sides[0]?.sources).toEqual([{ sourceId: '000', evidence: [] }]);
  });
});
