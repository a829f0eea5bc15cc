/**
 * The options page in each real browser: it survives a corrupt stored value, saves at once, and
 * its changes reach open tabs live (topics, claims the sources do not cover, highlight style,
 * switched-off sites).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { BROWSERS, type PageHandle, readHighlights, settled, useBrowser } from './harness';

type Api = {
  storage: {
    sync: { set(v: object): Promise<void>; get(k: string): Promise<Record<string, unknown>>; clear(): Promise<void> };
  };
};

const all = (h: Record<string, string[]>) => Object.values(h).flat().sort();

describe.each(BROWSERS)('%s', (browserName) => {
  const b = useBrowser(browserName);

  // Each test starts from the defaults, whatever the one before it left stored.
  afterEach(async () => {
    const page = await openOptions();
    await page.evaluate(async () => {
      const g = globalThis as unknown as { browser?: Api; chrome?: Api };
      await (g.browser ?? (g.chrome as Api)).storage.sync.clear();
    });
    await page.close();
  });

  const openOptions = async () => {
    const page = await b.session.openExtensionPage(
      'src/options/index.html',
      '[data-testid="options-page"][data-ready="true"]',
    );
    return page;
  };

  const stored = (page: PageHandle) =>
    page.evaluate(async () => {
      const g = globalThis as unknown as { browser?: Api; chrome?: Api };
      return (await (g.browser ?? (g.chrome as Api)).storage.sync.get('settings')).settings;
    });

  /** Types into the add-site field, lets the page take the input, then submits. */
  const typeSite = async (page: PageHandle, text: string) => {
    await page.evaluate((text: string) => {
      const input = document.querySelector('[data-testid="site-input"]') as HTMLInputElement;
      input.value = text;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }, text);
    await page.waitFor(() => new Promise((done) => requestAnimationFrame(() => done(true))));
    await page.evaluate(() => (document.querySelector('[data-testid="site-add"]') as HTMLButtonElement).click());
  };

  const click = (page: PageHandle, testId: string) =>
    page.evaluate((id: string) => (document.querySelector(`[data-testid="${id}"]`) as HTMLElement).click(), testId);

  it('shows defaults for the corrupt parts of a stored value and keeps the good ones', async () => {
    const options = await openOptions();
    await options.evaluate(async () => {
      const g = globalThis as unknown as { browser?: Api; chrome?: Api };
      await (g.browser ?? (g.chrome as Api)).storage.sync.set({
        settings: {
          topics: { fsd: 'yes', nvidia: false },
          highlightStyle: 'neon',
          disabledSites: ['Example.com', 3],
          paused: 1,
        },
      });
    });
    await options.close();
    const reopened = await openOptions();
    const state = await reopened.waitFor(() => {
      const q = (id: string) => document.querySelector(`[data-testid="${id}"]`) as HTMLInputElement | null;
      if (!q('topic-fsd')) return null;
      const sites = [...document.querySelectorAll('[data-testid="site-item"]')].map((li) =>
        li.getAttribute('data-site'),
      );
      return {
        fsd: q('topic-fsd')?.checked,
        nvidia: q('topic-nvidia')?.checked,
        underline: q('style-underline')?.checked,
        paused: q('pause')?.checked,
        sites,
      };
    });
    expect(state).toEqual({ fsd: true, nvidia: false, underline: true, paused: false, sites: ['example.com'] });
    await reopened.close();
  });

  it('applies changes to an open tab at once: topics, uncovered claims, highlight style', async () => {
    const page = await b.session.open(b.server.url('/verdicts.html'));
    expect(all(await settled(page, 4))).toEqual(['FSD', 'FSD', 'FSD', 'Nvidia']);
    const options = await openOptions();

    await click(options, 'topic-nvidia');
    expect(await page.waitFor(() => !CSS.highlights.has('crosscheck-unverified'))).toBe(true);
    expect(all(await readHighlights(page))).toEqual(['FSD', 'FSD', 'FSD']);
    expect(
      await options.waitFor(
        () => document.querySelector('[data-testid="save-status"]')?.getAttribute('data-state') === 'saved' || null,
      ),
    ).toBe(true);
    expect(await stored(options)).toMatchObject({ topics: { fsd: true, nvidia: false, cac: true } });
    await click(options, 'topic-nvidia');
    expect(all(await settled(page, 4))).toEqual(['FSD', 'FSD', 'FSD', 'Nvidia']);

    await click(options, 'show-unverified');
    expect(
      await page.waitFor(
        () => (CSS.highlights.has('crosscheck-corroborated') && !CSS.highlights.has('crosscheck-unverified')) || null,
      ),
    ).toBe(true);
    await click(options, 'show-unverified');
    expect(all(await settled(page, 4))).toEqual(['FSD', 'FSD', 'FSD', 'Nvidia']);

    await click(options, 'style-background');
    expect(await page.waitFor(() => document.documentElement.getAttribute('data-crosscheck-style'))).toBe('background');
    await click(options, 'style-underline');
    expect(await page.waitFor(() => !document.documentElement.hasAttribute('data-crosscheck-style'))).toBe(true);
    await options.close();
    await page.close();
  });

  it('leaves an open tab alone when a change cannot affect it (another site switched off)', async () => {
    const page = await b.session.open(b.server.url('/verdicts.html'));
    await settled(page, 4);
    const scans = () => page.evaluate(() => performance.getEntriesByName('crosscheck:scan').length);
    const before = await scans();
    const options = await openOptions();
    await typeSite(options, 'example.org');
    expect(
      await options.waitFor(
        () => document.querySelector('[data-testid="site-item"]')?.getAttribute('data-site') ?? null,
      ),
    ).toBe('example.org');
    // A change that does affect the tab, as a marker: the tab applies its settings changes in order,
    // so once this one has rescanned, a rescan for the first would have been recorded before it.
    await click(options, 'style-background');
    expect(await page.waitFor(() => document.documentElement.getAttribute('data-crosscheck-style'))).toBe('background');
    expect(
      await page.waitFor((n: number) => performance.getEntriesByName('crosscheck:scan').length > n || null, before),
    ).toBe(true);
    expect(all(await settled(page, 4))).toEqual(['FSD', 'FSD', 'FSD', 'Nvidia']);
    expect(await scans()).toBe(before + 1);
    await options.close();
    await page.close();
  });

  it('adds a site to switch off, from a pasted address, and removes it again', async () => {
    const url = b.server.url('/basic.html');
    const page = await b.session.open(url);
    await settled(page, 1);
    const options = await openOptions();
    await typeSite(options, url);
    expect(
      await options.waitFor(
        () => document.querySelector('[data-testid="site-item"]')?.getAttribute('data-site') ?? null,
      ),
    ).toBe('127.0.0.1');
    expect(await page.waitFor(() => CSS.highlights.size === 0)).toBe(true);
    await options.evaluate(() => (document.querySelector('[data-testid="site-remove"]') as HTMLButtonElement).click());
    expect(all(await settled(page, 1))).toEqual(['FSD']);
    // A bad entry is refused with a message, and nothing is stored.
    await typeSite(options, 'not a site');
    expect(
      await options.waitFor(() => document.querySelector('[data-testid="site-error"]')?.textContent || null),
    ).toBeTruthy();
    expect(await options.evaluate(() => document.querySelector('[data-testid="site-error"]')?.textContent)).toMatch(
      /not a site name/,
    );
    expect(((await stored(options)) as { disabledSites?: string[] } | undefined)?.disabledSites ?? []).toEqual([]);
    await options.close();
    await page.close();
  });
});
