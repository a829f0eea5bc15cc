/**
 * The toolbar badge, the popup's list of claims and its jump to a claim, and the switches for a
 * site and for everywhere taking effect on an open tab, in each real browser.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BROWSERS,
  type BrowserSession,
  type FixtureServer,
  launch,
  type PageHandle,
  readCard,
  readHighlights,
  serveFixtures,
  settled,
  tabIdOf,
} from './harness';

type Api = {
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
  storage: {
    sync: { set(v: object): Promise<void>; get(k: string): Promise<Record<string, unknown>>; clear(): Promise<void> };
  };
};

const all = (h: Record<string, string[]>) => Object.values(h).flat().sort();

describe.each(BROWSERS)('%s', (browserName) => {
  let session: BrowserSession;
  let server: FixtureServer;
  let extensionPage: PageHandle;

  beforeAll(async () => {
    server = await serveFixtures();
    session = await launch(browserName);
    extensionPage = await session.openExtensionPage('src/popup/index.html', '[data-testid="page-status"]');
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  /** Opens the popup for a tab, as a page (`?tab=`), and waits until it has read the page. */
  async function popupFor(tabId: number): Promise<PageHandle> {
    const popup = await session.openExtensionPage(`src/popup/index.html?tab=${tabId}`, '[data-testid="page-status"]');
    await popup.waitFor(
      () => !(document.querySelector('[data-testid="page-status"]')?.textContent ?? '…').includes('…'),
    );
    return popup;
  }

  it('shows the page’s mention count on the toolbar badge', async () => {
    const url = server.url('/verdicts.html');
    const page = await session.open(url);
    await settled(page, 4);
    const tabId = await tabIdOf(extensionPage, url);
    const badge = await extensionPage.waitFor(async (tabId: number) => {
      const g = globalThis as unknown as { browser?: Api; chrome?: Api };
      const text = await (g.browser ?? (g.chrome as Api)).action.getBadgeText({ tabId });
      return text === '' ? null : text;
    }, tabId);
    expect(badge).toBe('4');
    await page.close();
  });

  it('lists the page’s claims with their verdicts, and jumps to one, opening its card', async () => {
    const url = server.url('/verdicts.html');
    const page = await session.open(url);
    await settled(page, 4);
    const popup = await popupFor(await tabIdOf(extensionPage, url));
    const listed = await popup.waitFor(() => {
      const items = [...document.querySelectorAll('[data-testid="claim"]')];
      return items.length === 4
        ? items.map((b) => [b.getAttribute('data-verdict'), b.querySelector('.sentence')?.textContent])
        : null;
    });
    expect(listed.map(([verdict]) => verdict)).toEqual(['corroborated', 'contested', 'contradicted', 'unverified']);
    expect(listed[2]?.[1]).toBe('Tesla already sells the complete FSD package to customers in China.');
    await popup.evaluate(() => (document.querySelectorAll('[data-testid="claim"]')[2] as HTMLButtonElement).click());
    await page.waitFor(() => document.querySelector('crosscheck-card') !== null);
    const card = await readCard(page);
    expect(card?.verdict).toBe('contradicted');
    expect(card?.sentence).toContain('Tesla already sells the complete FSD package');
    await popup.close();
    await page.close();
  });

  it('says so plainly when the page names none of the topics', async () => {
    const url = server.url('/no-mentions.html');
    const page = await session.open(url);
    await page.waitFor(() => performance.getEntriesByName('crosscheck:scan').length > 0);
    const popup = await popupFor(await tabIdOf(extensionPage, url));
    expect(await popup.evaluate(() => document.querySelector('[data-testid="page-status"]')?.textContent)).toMatch(
      /No mention of Tesla FSD, Nvidia or the CAC/,
    );
    expect(await popup.evaluate(() => document.querySelectorAll('[data-testid="claim"]').length)).toBe(0);
    await popup.close();
    await page.close();
  });

  it('switching the site off clears its open tab at once; switching it back on redraws it', async () => {
    const url = server.url('/verdicts.html');
    const page = await session.open(url);
    await settled(page, 4);
    const popup = await popupFor(await tabIdOf(extensionPage, url));
    await popup.waitFor(() => document.querySelectorAll('[data-testid="claim"]').length === 4);
    await popup.evaluate(() => (document.querySelector('[data-testid="site-switch"]') as HTMLInputElement).click());
    expect(await page.waitFor(() => [...CSS.highlights.keys()].length === 0)).toBe(true);
    expect(
      await popup.waitFor(
        () => document.querySelector('[data-testid="page-status"]')?.textContent?.includes('off for 127.0.0.1') || null,
      ),
    ).toBe(true);
    // Still off after a reload: the setting is stored, not just applied.
    await page.goto(url);
    await page.waitFor(() => document.readyState === 'complete');
    await new Promise((done) => setTimeout(done, 500));
    expect(await readHighlights(page)).toEqual({});
    await popup.evaluate(() => (document.querySelector('[data-testid="site-switch"]') as HTMLInputElement).click());
    expect(all(await settled(page, 4))).toHaveLength(4);
    await popup.close();
    await page.close();
  });

  it('pausing everywhere clears every open tab; resuming redraws them', async () => {
    const first = server.url('/verdicts.html');
    const second = server.url('/basic.html');
    const a = await session.open(first);
    const b = await session.open(second);
    await settled(a, 4);
    await settled(b, 1);
    const popup = await popupFor(await tabIdOf(extensionPage, first));
    await popup.evaluate(() => (document.querySelector('[data-testid="pause-switch"]') as HTMLInputElement).click());
    expect(await a.waitFor(() => CSS.highlights.size === 0)).toBe(true);
    expect(await b.waitFor(() => CSS.highlights.size === 0)).toBe(true);
    await popup.evaluate(() => (document.querySelector('[data-testid="pause-switch"]') as HTMLInputElement).click());
    expect(all(await settled(a, 4))).toHaveLength(4);
    expect(all(await settled(b, 1))).toEqual(['FSD']);
    await popup.close();
    await a.close();
    await b.close();
  });

  it('a corrupt stored setting falls back to defaults: pages are still highlighted, the popup still works', async () => {
    await extensionPage.evaluate(async () => {
      const g = globalThis as unknown as { browser?: Api; chrome?: Api };
      await (g.browser ?? (g.chrome as Api)).storage.sync.set({
        settings: { topics: 'all', paused: 'no', disabledSites: [42, null, 'javascript:alert(1)'], highlightStyle: 7 },
      });
    });
    const url = server.url('/verdicts.html');
    const page = await session.open(url);
    expect(all(await settled(page, 4))).toHaveLength(4);
    const popup = await popupFor(await tabIdOf(extensionPage, url));
    expect(await popup.waitFor(() => document.querySelectorAll('[data-testid="claim"]').length)).toBe(4);
    expect(
      await popup.evaluate(() => (document.querySelector('[data-testid="site-switch"]') as HTMLInputElement).checked),
    ).toBe(true);
    await extensionPage.evaluate(async () => {
      const g = globalThis as unknown as { browser?: Api; chrome?: Api };
      await (g.browser ?? (g.chrome as Api)).storage.sync.clear();
    });
    await popup.close();
    await page.close();
  });
});
