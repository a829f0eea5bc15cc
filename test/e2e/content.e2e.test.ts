/**
 * Highlights and the corroboration card on fixture pages, in each real browser: mentions across
 * inline elements, shadow roots, regions we must leave alone, live pages, every verdict, and the
 * card by mouse and by keyboard.
 */
import { describe, expect, it } from 'vitest';
import {
  BROWSERS,
  clickTerm,
  FIXTURES,
  readCard,
  readHighlights,
  sendCommand,
  serveFixtures,
  settled,
  useBrowser,
} from './harness';

const all = (h: Record<string, string[]>) => Object.values(h).flat().sort();

describe.each(BROWSERS)('%s', (browserName) => {
  const b = useBrowser(browserName);

  it('highlights mentions that span inline elements, with exact text', async () => {
    const page = await b.session.open(b.server.url('/inline-split.html'));
    const drawn = await settled(page, 4);
    // One name is split letter by letter, a span each (animated headlines do this).
    expect(all(drawn)).toEqual(['Full Self-Driving', 'NVI\u00adDIA', 'Nvidia', 'Nvidia'].sort());
    // The split mention's range starts in one element and ends in another.
    const spans = await page.evaluate(() =>
      [...(CSS.highlights as unknown as Map<string, Iterable<Range>>).values()]
        .flatMap((h) => [...h])
        .map((r) => [r.startContainer.parentElement?.tagName, r.endContainer.parentElement?.tagName].join('>'))
        .sort(),
    );
    expect(spans).toContain('P>A');
    expect(spans).toContain('SPAN>STRONG');
    await page.close();
  });

  it('reads open shadow roots and leaves scripts, form fields, editable, hidden and closed regions alone', async () => {
    const page = await b.session.open(b.server.url('/regions.html'));
    const drawn = await settled(page, 2);
    expect(all(drawn)).toEqual(['Cyberspace Administration of China', 'Nvidia']);
    const inPlain = await page.evaluate(() => {
      const ranges = [...(CSS.highlights as unknown as Map<string, Iterable<Range>>).values()].flatMap((h) => [...h]);
      return ranges.map((r) =>
        r.startContainer.getRootNode() instanceof ShadowRoot ? 'shadow' : r.startContainer.parentElement?.id,
      );
    });
    expect(inPlain.sort()).toEqual(['plain', 'shadow']);
    // A change in the block holding the shadow host rescans it: the shadow root's mention is
    // replaced, not drawn a second time.
    await page.evaluate(() => document.body.append(document.createElement('hr')));
    await page.waitFor(() => performance.getEntriesByName('crosscheck:scan').length >= 2);
    expect(all(await settled(page, 2))).toEqual(['Cyberspace Administration of China', 'Nvidia']);
    await page.close();
  });

  it('draws each verdict under its own highlight name', async () => {
    const page = await b.session.open(b.server.url('/verdicts.html'));
    const drawn = await settled(page, 4);
    const where = await page.evaluate(() => {
      const out: Record<string, string[]> = {};
      for (const [name, h] of CSS.highlights as unknown as Map<string, Iterable<Range>>) {
        out[name] = [...h].map((r) => r.startContainer.parentElement?.closest('p')?.id ?? '');
      }
      return out;
    });
    expect(where).toEqual({
      'crosscheck-corroborated': ['corroborated'],
      'crosscheck-contested': ['contested'],
      'crosscheck-contradicted': ['contradicted'],
      'crosscheck-unverified': ['unverified'],
    });
    expect(drawn['crosscheck-unverified']).toEqual(['Nvidia']);
    await page.close();
  });

  it('follows a single-page app: replaced views lose their highlights, new and appended content gains them', async () => {
    const page = await b.session.open(b.server.url('/spa.html'));
    expect(all(await settled(page, 1))).toEqual(['Nvidia']);
    await page.evaluate(() => (document.getElementById('next') as HTMLButtonElement).click());
    const afterNav = await page.waitFor(() => {
      const names = [...(CSS.highlights as unknown as Map<string, Iterable<Range>>).entries()];
      const texts = names.flatMap(([, h]) => [...h].map((r) => r.toString()));
      return texts.length === 1 &&
        texts[0] === 'Cyberspace Administration of China' &&
        !CSS.highlights.has('crosscheck-pending')
        ? texts
        : null;
    });
    expect(afterNav).toEqual(['Cyberspace Administration of China']);
    await page.evaluate(() => (document.getElementById('more') as HTMLButtonElement).click());
    const afterMore = await settled(page, 4);
    expect(all(afterMore)).toEqual(['Cyberspace Administration of China', 'Nvidia', 'Nvidia', 'Nvidia']);
    // Every range still points at text on the page.
    expect(
      await page.evaluate(() =>
        [...(CSS.highlights as unknown as Map<string, Iterable<Range>>).values()]
          .flatMap((h) => [...h])
          .every((r) => r.startContainer.isConnected),
      ),
    ).toBe(true);
    await page.close();
  });

  it('does not spin on a page that mutates every frame', async () => {
    const page = await b.session.open(b.server.url('/mutating.html'));
    expect(all(await settled(page, 1))).toEqual(['Nvidia']);
    const before = await page.evaluate(() => performance.getEntriesByName('crosscheck:scan').length);
    await new Promise((done) => setTimeout(done, 3000));
    const { scans, ticks } = await page.evaluate(() => ({
      scans: performance.getEntriesByName('crosscheck:scan').length,
      ticks: Number(document.getElementById('ticker')?.textContent),
    }));
    // The page changed on every frame (well over a hundred times in 3 s), yet we rescanned a
    // handful of times: batches are coalesced and the wait grows while the page keeps changing.
    expect(ticks).toBeGreaterThan(60);
    expect(scans - before).toBeLessThanOrEqual(8);
    expect(all(await readHighlights(page))).toEqual(['Nvidia']);
    await page.close();
  });

  it('records each scan pass for page-side timing', async () => {
    const page = await b.session.open(b.server.url('/basic.html'));
    await settled(page, 1);
    const detail = await page.evaluate(() => {
      const entry = performance.getEntriesByName('crosscheck:scan')[0] as PerformanceMeasure;
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let onPage = 0;
      while (walker.nextNode()) onPage++;
      return {
        ...(entry.detail as { textNodes: number; mentions: number; busyMs: number }),
        onPage,
        duration: entry.duration,
      };
    });
    expect(detail.mentions).toBe(1);
    // Every text node of the page is accounted for, the ones never walked one by one included.
    expect(detail.textNodes).toBe(detail.onPage);
    expect(detail.busyMs).toBeGreaterThanOrEqual(0);
    // Busy time is the work inside the measured span, without its pauses (1 ms for coarse timers).
    expect(detail.busyMs).toBeLessThanOrEqual(detail.duration + 1);
    await page.close();
  });

  it('finds mentions wherever the layout puts them: loose text, wrappers, long lists, long sections, beside code, deep down', async () => {
    const page = await b.session.open(b.server.url('/layout.html'));
    const drawn = await settled(page, 6);
    expect(all(drawn)).toEqual(
      ['Cyberspace Administration of China', 'Full Self-Driving', 'NVIDIA', 'Nvidia', 'Nvidia', 'Nvidia'].sort(),
    );
    const where = await page.evaluate(() =>
      [...(CSS.highlights as unknown as Map<string, Iterable<Range>>).values()]
        .flatMap((h) => [...h])
        .map((r) => r.startContainer.parentElement?.id)
        .sort(),
    );
    expect(where).toEqual(['bottom', 'coded', 'deep', 'item', 'mixed', 'needle']);
    await page.close();
  });

  it('opens the card on click with the sentence, the verdict and a row per source, and closes it with Escape', async () => {
    const url = b.server.url('/verdicts.html');
    const page = await b.session.open(url);
    await settled(page, 4);
    await clickTerm(page, 'FSD');
    expect(await page.evaluate(() => document.querySelector('crosscheck-card') !== null)).toBe(true);
    const snapshot = await readCard(page);
    expect(snapshot?.verdict).toBe('corroborated');
    expect(snapshot?.sentence).toContain('Tesla still cannot offer the full version of FSD to drivers in China.');
    expect(snapshot?.rows).toHaveLength(5);
    expect(snapshot?.rows.filter((r) => r.stance === 'support').length).toBeGreaterThanOrEqual(1);
    expect(snapshot?.rows.some((r) => r.stance === 'contradict')).toBe(false);
    expect(snapshot?.focusInside).toBe(true);
    const opened = await page.evaluate(() => performance.getEntriesByName('crosscheck:card-open').length);
    expect(opened).toBe(1);
    await page.press('Escape');
    expect(await page.waitFor(() => document.querySelector('crosscheck-card') === null)).toBe(true);
    await page.close();
  });

  it('a click elsewhere closes the card', async () => {
    const page = await b.session.open(b.server.url('/verdicts.html'));
    await settled(page, 4);
    await clickTerm(page, 'Nvidia');
    expect((await readCard(page))?.verdict).toBe('unverified');
    await page.click(5, 5);
    expect(await page.waitFor(() => document.querySelector('crosscheck-card') === null)).toBe(true);
    await page.close();
  });

  it('shows page text in the card as text, never as markup', async () => {
    const page = await b.session.open(b.server.url('/markup-text.html'));
    await settled(page, 1);
    await clickTerm(page, 'Nvidia');
    const shown = await page.evaluate(() => {
      const root = (document.querySelector('crosscheck-card') as HTMLElement).shadowRoot as ShadowRoot;
      const sentence = root.querySelector('.sentence') as HTMLElement;
      return {
        text: sentence.textContent,
        elements: [...sentence.querySelectorAll('*')].map((el) => el.tagName),
        title: document.title,
      };
    });
    expect(shown.text).toContain('<img src=x onerror="document.title=\'run\'">');
    expect(shown.text).toContain('<b>Nvidia</b>');
    // Only the card's own mark around the clicked term; nothing from the page's text.
    expect(shown.elements.filter((tag) => tag !== 'MARK')).toEqual([]);
    expect(shown.title).toBe('Markup as text');
    await page.close();
  });

  it('keyboard shortcuts step through the mentions and toggle the highlights', async () => {
    const url = b.server.url('/verdicts.html');
    const page = await b.session.open(url);
    await settled(page, 4);
    // The UI script arrives after the verdicts: retry until it answers.
    let reply: unknown = null;
    for (let i = 0; i < 50 && !(reply as { ok?: boolean } | null)?.ok; i++) {
      reply = await sendCommand(b.extensionPage, url, 'next-mention').catch(() => null);
      if (!(reply as { ok?: boolean } | null)?.ok) await new Promise((r) => setTimeout(r, 100));
    }
    expect(reply).toEqual({ ok: true });
    expect((await readCard(page))?.sentence).toContain('Tesla still cannot offer');
    await sendCommand(b.extensionPage, url, 'next-mention');
    expect((await readCard(page))?.verdict).toBe('contested');
    await sendCommand(b.extensionPage, url, 'previous-mention');
    expect((await readCard(page))?.verdict).toBe('corroborated');
    await sendCommand(b.extensionPage, url, 'previous-mention');
    expect((await readCard(page))?.verdict).toBe('unverified');
    await sendCommand(b.extensionPage, url, 'toggle-highlights');
    expect(await readHighlights(page)).toEqual({});
    expect(await readCard(page)).toBeNull();
    await sendCommand(b.extensionPage, url, 'toggle-highlights');
    expect(all(await readHighlights(page))).toEqual(['FSD', 'FSD', 'FSD', 'Nvidia']);
    await page.close();
  });

  it('highlights and styles the card on a page whose Content-Security-Policy forbids inline styles and scripts', async () => {
    const strict = await serveFixtures(
      { '/': FIXTURES },
      { 'content-security-policy': "default-src 'self'; style-src 'self'; script-src 'self'" },
    );
    try {
      const page = await b.session.open(strict.url('/verdicts.html'));
      await settled(page, 4);
      await clickTerm(page, 'FSD', 'crosscheck-contested');
      const look = await page.evaluate(() => {
        const root = (document.querySelector('crosscheck-card') as HTMLElement).shadowRoot as ShadowRoot;
        const style = getComputedStyle(root.querySelector('[role="dialog"]') as HTMLElement);
        return { radius: style.borderRadius, background: style.backgroundColor };
      });
      // The card's own stylesheet applied: rounded corners and an opaque background.
      expect(look.radius).toBe('8px');
      expect(look.background).not.toBe('rgba(0, 0, 0, 0)');
      expect(page.errors).toEqual([]);
      await page.close();
    } finally {
      await strict.close();
    }
  });

  it('"Read in source" opens the source reader with the evidence marked', async () => {
    const page = await b.session.open(b.server.url('/verdicts.html'));
    await settled(page, 4);
    await clickTerm(page, 'FSD');
    const evidence = await page.evaluate(() => {
      const root = (document.querySelector('crosscheck-card') as HTMLElement).shadowRoot as ShadowRoot;
      const row = root.querySelector('li[data-stance="support"]') as HTMLElement;
      const quote = row.querySelector('blockquote')?.textContent ?? '';
      (row.querySelector('button.read') as HTMLButtonElement).click();
      return quote;
    });
    expect(evidence.length).toBeGreaterThan(20);
    const reader = await b.session.waitForPage((u) => u.includes('src/sources/index.html'));
    const marked = await reader.waitFor(() => document.querySelector('mark#evidence')?.textContent ?? null);
    expect(evidence).toContain(marked.trim().slice(0, 40));
    await reader.close();
    await page.close();
  });
});
