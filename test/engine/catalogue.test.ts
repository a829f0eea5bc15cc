import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIndex, renderIndexModule } from '../../src/engine/build';
import { INDEX } from '../../src/engine/generated/index';
import { compileConcepts } from '../../src/engine/lexicon';
import type { CatalogueFile, SourceMeta } from '../../src/engine/types';

const root = join(__dirname, '../..');
const seeds = join(root, 'seeds');
const meta = (JSON.parse(readFileSync(join(seeds, 'sources.json'), 'utf8')) as { sources: SourceMeta[] }).sources;
const catalogue = JSON.parse(readFileSync(join(seeds, 'claims.json'), 'utf8')) as CatalogueFile;
const files = meta.map((m) => ({ id: m.id, file: m.file, text: readFileSync(join(seeds, m.file), 'utf8') }));

describe('seed sources', () => {
  // Shown as skipped, not passed, when the shared seeds are absent; when present, every one counts.
  it.skipIf(!existsSync(join(root, '../shared/seeds')))('are byte-for-byte the shared seeds', () => {
    for (const f of files) expect(f.text).toBe(readFileSync(join(root, '../shared/seeds', f.file), 'utf8'));
  });

  it('have metadata only where the text gives it', () => {
    expect(meta.map((m) => m.id)).toEqual(['000', '001', '002', '003', '004']);
    for (const m of meta) {
      expect(m.file.startsWith(`${m.id}_`)).toBe(true);
      if (m.title) expect(files.find((f) => f.id === m.id)?.text.startsWith(m.title)).toBe(true);
      if (m.date) expect(files.find((f) => f.id === m.id)?.text).toContain(`date ${m.date}`);
    }
    expect(meta.filter((m) => m.date).map((m) => m.id)).toEqual(['004']);
  });

  it('drop non-article text but keep original offsets', () => {
    const s3 = INDEX.sources.find((s) => s.id === '003');
    const s2 = INDEX.sources.find((s) => s.id === '002');
    const s4 = INDEX.sources.find((s) => s.id === '004');
    expect(s3?.sentences.some((s) => s.text.startsWith('Read:'))).toBe(false);
    expect(s3?.dropped.some((d) => d.text.startsWith('Read: Cybertruck'))).toBe(true);
    expect(s2?.sentences.some((s) => s.text.includes('">'))).toBe(false);
    expect(s2?.dropped.map((d) => d.text)).toContain('self-driving">');
    expect(s4?.sentences[0]?.text.startsWith('Tesla is pushing ahead')).toBe(true);
    expect(s4?.sentences.some((s) => s.text.includes('2024-05-17'))).toBe(false);
    for (const src of INDEX.sources) {
      for (const s of src.sentences) {
        // The cleaned text is the original range minus dropped debris.
        const raw = src.text.slice(s.start, s.end);
        expect(
          raw
            .replace(/[\w-]*"\s*>/g, '')
            .replace(/\s{2,}/g, ' ')
            .trim(),
        ).toBe(s.text);
      }
    }
  });
});

describe('claim catalogue', () => {
  it('quotes every piece of evidence verbatim from its source file', () => {
    for (const c of catalogue.claims) {
      for (const [sid, entry] of Object.entries(c.sources)) {
        const text = files.find((f) => f.id === sid)?.text ?? '';
        expect(entry.evidence.length).toBeGreaterThan(0);
        for (const q of entry.evidence) expect(text.includes(q), `${c.id}/${sid}: ${q}`).toBe(true);
      }
    }
  });

  it('compiles evidence spans that point into the original text', () => {
    for (const c of INDEX.claims) {
      for (const [sid, entry] of Object.entries(c.sources)) {
        const src = INDEX.sources.find((s) => s.id === sid);
        for (const e of entry.evidence) {
          expect(e.start).toBeGreaterThanOrEqual(0);
          expect(e.end).toBeLessThanOrEqual(src?.text.length ?? 0);
          expect(src?.sentences.some((s) => s.start === e.start && s.end === e.end && s.text === e.text)).toBe(true);
        }
      }
    }
  });

  it('covers every source sentence with a claim or marks it as background', () => {
    const uncovered: string[] = [];
    for (const src of INDEX.sources) {
      for (const s of src.sentences) {
        const inClaim = INDEX.claims.some((c) => c.sources[src.id]?.evidence.some((e) => e.start === s.start));
        const inBackground = catalogue.background.some(
          (b) => b.source === src.id && src.text.slice(s.start, s.end).includes(b.text),
        );
        if (!inClaim && !inBackground) uncovered.push(`${src.id}: ${s.text}`);
      }
    }
    expect(uncovered).toEqual([]);
  });

  it('uses only defined concepts, all of which compile', () => {
    const known = new Set([...Object.keys(catalogue.concepts), 'MONEY', 'DURATION']);
    const compiled = compileConcepts(catalogue.concepts);
    expect(compiled.size).toBe(Object.keys(catalogue.concepts).length);
    for (const c of catalogue.claims) {
      const used = [
        ...c.need.flat(),
        ...c.opt.flat(),
        ...c.pred,
        ...c.anti,
        ...(c.blockPositive ?? []),
        ...(c.blockAll ?? []),
        ...(c.anchor ?? []).flat(),
      ];
      for (const u of used) expect(known.has(u), `${c.id}: ${u}`).toBe(true);
    }
    for (const alts of Object.values(catalogue.anchors)) for (const u of alts.flat()) expect(known.has(u)).toBe(true);
  });

  it('has unique ids and records where the sources disagree', () => {
    const ids = catalogue.claims.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    const conflictIds = catalogue.conflicts.map((c) => c.id);
    expect(conflictIds).toEqual(
      expect.arrayContaining(['fsd-approval-vs-availability', 'visit-timing', 'transfer-or-local']),
    );
    for (const c of catalogue.conflicts) {
      for (const id of c.claims) expect(ids).toContain(id);
      for (const side of c.sides) for (const s of side.sources) expect(meta.map((m) => m.id)).toContain(s);
    }
    // The approval/availability disagreement is in the claims themselves, not only in prose.
    const approval = catalogue.claims.find((c) => c.id === 'fsd-approval-china');
    const available = catalogue.claims.find((c) => c.id === 'fsd-available-china');
    expect(approval?.sources['002']?.stance).toBe('asserts');
    expect(available?.sources['003']?.stance).toBe('not-yet');
    expect(available?.sources['004']?.stance).toBe('not-yet');
  });

  it('is compiled into an up-to-date generated index', () => {
    const fresh = renderIndexModule(buildIndex({ files, meta, catalogue }));
    const committed = readFileSync(join(root, 'src/engine/generated/index.ts'), 'utf8');
    expect(committed === fresh, 'src/engine/generated/index.ts is stale: run npx tsx scripts/build-index.ts').toBe(
      true,
    );
  });
});
