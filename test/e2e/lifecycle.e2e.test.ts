/**
 * An extension reloaded (or updated) under an open page leaves that page's content script
 * orphaned: it must leave the page quietly, with no error and no stale highlight left behind.
 * Chromium does not inject the new version into open tabs, so the page ends with no highlight;
 * Firefox does, so the page ends with exactly its current mentions, drawn once.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS, settled, useBrowser } from './harness';

describe.each(BROWSERS)('%s', (browserName) => {
  const b = useBrowser(browserName);

  it('an orphaned content script leaves the page quietly', async () => {
    const page = await b.session.open(b.server.url('/spa.html'));
    await settled(page, 1);
    // Reload the extension from one of its own pages, as an update would.
    await b.extensionPage
      .evaluate(() => {
        const g = globalThis as unknown as {
          browser?: { runtime: { reload(): void } };
          chrome?: { runtime: { reload(): void } };
        };
        (g.browser ?? g.chrome)?.runtime.reload();
      })
      .catch(() => undefined);
    // The page changes; the old script's next look at it finds the extension gone.
    await new Promise((done) => setTimeout(done, 1000));
    await page.evaluate(() => (document.getElementById('more') as HTMLButtonElement).click());
    const drawn = await page.waitFor(() => {
      let count = 0;
      for (const [name, h] of CSS.highlights as unknown as Map<string, { size: number }>) {
        if (name === 'crosscheck-pending') return null;
        if (name.startsWith('crosscheck-')) count += h.size;
      }
      // The spa fixture now shows one mention in its view and three in the appended feed.
      return count === 0 || count === 4 ? { count } : null;
    });
    expect(drawn.count).toBe(browserName === 'chromium' ? 0 : 4);
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
