/**
 * The toolbar badge, the popup's list of claims and its jump to a claim, and the switches for a
 * site and for everywhere taking effect on an open tab, in each real browser.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS, type PageHandle, readCard, readHighlights, settled, tabIdOf, useBrowser } from './harness';

type Api = {
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
  storage: {
    sync: { set(v: object): Promise<void>; get(k: string): Promise<Record<string, unknown>>; clear(): Promise<void> };
  };
};

const all = (h: Record<string, string[]>) => Object.values(h).flat().sort();

describe.each(BROWSERS)('%s', (browserName) => {
  const b = useBrowser(browserName);

  /** Opens the popup for a tab, as a page (`?tab=`), and waits until it has read the page. */
  async function popupFor(tabId: number): Promise<PageHandle> {
    const popup = await b.session.openExtensionPage(`src/popup/index.html?tab=${tabId}`, '[data-testid="page-status"]');
    await popup.waitFor(
      () => !(document.querySelector('[data-testid="page-status"]')?.textContent ?? '…').includes('…'),
    );
    return popup;
  }

  it('shows the page’s mention count on the toolbar badge', async () => {
    const url = b.server.url('/verdicts.html');
    const page = await b.session.open(url);
    await settled(page, 4);
    const tabId = await tabIdOf(b.extensionPage, url);
    const badge = await b.extensionPage.waitFor(async (tabId: number) => {
      const g = globalThis as unknown as { browser?: Api; chrome?: Api };
      const text = await (g.browser ?? (g.chrome as Api)).action.getBadgeText({ tabId });
      return text === '' ? null : text;
    }, tabId);
    expect(badge).toBe('4');
    await page.close();
  });

  it('lists the page’s claims with their verdicts, and jumps to one, opening its card', async () => {
    const url = b.server.url('/verdicts.html');
    const page = await b.session.open(url);
    await settled(page, 4);
    const popup = await popupFor(await tabIdOf(b.extensionPage, url));
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
    const url = b.server.url('/no-mentions.html');
    const page = await b.session.open(url);
    await page.waitFor(() => performance.getEntriesByName('crosscheck:scan').length > 0);
    const popup = await popupFor(await tabIdOf(b.extensionPage, url));
    expect(await popup.evaluate(() => document.querySelector('[data-testid="page-status"]')?.textContent)).toMatch(
      /No mention of Tesla FSD, Nvidia or the CAC/,
    );
    expect(await popup.evaluate(() => document.querySelectorAll('[data-testid="claim"]').length)).toBe(0);
    await popup.close();
    await page.close();
  });

  it('switching the site off clears its open tab at once; switching it back on redraws it', async () => {
    const url = b.server.url('/verdicts.html');
    const page = await b.session.open(url);
    await settled(page, 4);
    const popup = await popupFor(await tabIdOf(b.extensionPage, url));
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
    expect(all(await settled(page, 4))).toEqual(['FSD', 'FSD', 'FSD', 'Nvidia']);
    // The popup lists the claims again once the page has scanned and reported (no polling).
    expect(await popup.waitFor(() => document.querySelectorAll('[data-testid="claim"]').length === 4)).toBe(true);
    await popup.close();
    await page.close();
  });

  it('pausing everywhere clears every open tab; resuming redraws them', async () => {
    const first = b.server.url('/verdicts.html');
    const second = b.server.url('/basic.html');
    const pageA = await b.session.open(first);
    const pageB = await b.session.open(second);
    await settled(pageA, 4);
    await settled(pageB, 1);
    const popup = await popupFor(await tabIdOf(b.extensionPage, first));
    await popup.evaluate(() => (document.querySelector('[data-testid="pause-switch"]') as HTMLInputElement).click());
    expect(await pageA.waitFor(() => CSS.highlights.size === 0)).toBe(true);
    expect(await pageB.waitFor(() => CSS.highlights.size === 0)).toBe(true);
    await popup.evaluate(() => (document.querySelector('[data-testid="pause-switch"]') as HTMLInputElement).click());
    expect(all(await settled(pageA, 4))).toEqual(['FSD', 'FSD', 'FSD', 'Nvidia']);
    expect(all(await settled(pageB, 1))).toEqual(['FSD']);
    await popup.close();
    await pageA.close();
    await pageB.close();
  });

  it('a corrupt stored setting falls back to defaults: pages are still highlighted, the popup still works', async () => {
    await b.extensionPage.evaluate(async () => {
      const g = globalThis as unknown as { browser?: Api; chrome?: Api };
      await (g.browser ?? (g.chrome as Api)).storage.sync.set({
        settings: { topics: 'all', paused: 'no', disabledSites: [42, null, 'javascript:alert(1)'], highlightStyle: 7 },
      });
    });
    const url = b.server.url('/verdicts.html');
    const page = await b.session.open(url);
    expect(all(await settled(page, 4))).toEqual(['FSD', 'FSD', 'FSD', 'Nvidia']);
    const popup = await popupFor(await tabIdOf(b.extensionPage, url));
    expect(await popup.waitFor(() => document.querySelectorAll('[data-testid="claim"]').length)).toBe(4);
    expect(
      await popup.evaluate(() => (document.querySelector('[data-testid="site-switch"]') as HTMLInputElement).checked),
    ).toBe(true);
    await b.extensionPage.evaluate(async () => {
      const g = globalThis as unknown as { browser?: Api; chrome?: Api };
      await (g.browser ?? (g.chrome as Api)).storage.sync.clear();
    });
    await popup.close();
    await page.close();
  });
});
