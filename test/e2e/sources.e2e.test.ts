/**
 * The source reader in each real browser: it opens at a given sentence with that sentence marked
 * and focused, compares a claim-carrying sentence with the other sources, and lists every point
 * on which the sources disagree, side by side.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine';
import { BROWSERS, useBrowser } from './harness';

const engine = createEngine();

describe.each(BROWSERS)('%s', (browserName) => {
  const b = useBrowser(browserName);

  it('opens at a sentence, marks it and moves focus to it', async () => {
    const claim = engine.claims.find((c) => c.id === 'fsd-available-china');
    const evidence = claim?.sources.find((s) => s.sourceId === '003')?.evidence[0];
    expect(evidence).toBeDefined();
    const { start, end, text } = evidence as { start: number; end: number; text: string };
    const reader = await b.session.openExtensionPage(
      `src/sources/index.html#source=003&start=${start}&end=${end}`,
      'mark#evidence',
    );
    const seen = await reader.waitFor(() => {
      const mark = document.querySelector('mark#evidence');
      return mark && document.activeElement === mark
        ? { text: mark.textContent, source: document.querySelector('main')?.getAttribute('data-source') }
        : null;
    });
    expect(seen).toEqual({ text, source: '003' });
    await reader.close();
  });

  it('compares a marked sentence with the other sources', async () => {
    const reader = await b.session.openExtensionPage(
      'src/sources/index.html#source=004',
      '[data-testid="claim-marker"]',
    );
    const relations = await reader.evaluate(() => {
      // The sentence about the full version of FSD not being offered in China.
      const marker = [...document.querySelectorAll<HTMLButtonElement>('[data-testid="claim-marker"]')].find((b) =>
        document
          .querySelector(`span.claim-text[data-claim-sentence="${b.dataset.claimSentence}"]`)
          ?.textContent?.includes('Tesla has not been able to offer the full version of FSD'),
      );
      if (!marker) throw new Error('no marked sentence about the full version of FSD');
      marker.click();
      return marker.dataset.claimSentence;
    });
    const others = await reader.waitFor((id: string) => {
      const panel = document.querySelector(`[data-testid="claim-panel"][data-claim-sentence="${id}"]`);
      const rows = panel ? [...panel.querySelectorAll<HTMLElement>('[data-testid="claim-other"]')] : [];
      if (rows.length === 0) return null;
      // The sentence carries more than one claim (availability, and the price): a source's
      // relations across them.
      const out: Record<string, string[]> = {};
      for (const r of rows) {
        const id = r.dataset.source as string;
        out[id] = [...(out[id] ?? []), r.dataset.relation as string];
      }
      return out;
    }, relations as string);
    // 003 says the same thing; 002 (approval) paints another picture but does not contradict it.
    expect(others['003']).toContain('supports');
    expect(others['003']).not.toContain('disagrees');
    expect(others['002']).not.toContain('supports');
    expect(others['002']).not.toContain('disagrees');
    await reader.close();
  });

  it('lists every disagreement between the sources, each side with its sources', async () => {
    const view = await b.session.openExtensionPage('src/sources/index.html#view=conflicts', '[data-testid="conflict"]');
    const listed = await view.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-testid="conflict"]')].map((section) => ({
        id: section.dataset.conflict,
        sides: [...section.querySelectorAll('[data-testid="conflict-side"]')].map((side) =>
          [...side.querySelectorAll<HTMLElement>('[data-testid="conflict-source"]')].map((s) => s.dataset.source),
        ),
      })),
    );
    expect(listed.map((c) => c.id)).toEqual(engine.conflicts.map((c) => c.id));
    for (const conflict of engine.conflicts) {
      const shown = listed.find((c) => c.id === conflict.id);
      expect(shown?.sides).toEqual(conflict.sides.map((side) => side.sources));
    }
    // The product's example: whether Tesla had FSD approval in China.
    const approval = listed.find((c) => c.id === 'fsd-approval-vs-availability');
    expect(approval?.sides).toEqual([['002'], ['003', '004']]);
    await view.close();
  });
});
