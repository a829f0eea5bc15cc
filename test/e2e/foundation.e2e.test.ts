/**
 * The extension's three contexts work together in each real browser: the content script runs on
 * a local page and gets verdicts from the background, the background answers and validates typed
 * messages, and the popup renders.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS, sendFromPage, tabIdOf, useBrowser } from './harness';

const VERDICT_HIGHLIGHTS = ['corroborated', 'contested', 'contradicted', 'unverified'].map((v) => `crosscheck-${v}`);

describe.each(BROWSERS)('%s', (browserName) => {
  const b = useBrowser(browserName);

  it('content script highlights a mention with the verdict the background sent', async () => {
    const page = await b.session.open(b.server.url('/basic.html'));
    const drawn = await page.waitFor((names: string[]) => {
      const found = names.filter((n) => CSS.highlights.has(n));
      return found.length > 0 ? found.map((n) => [n, CSS.highlights.get(n)?.size]) : null;
    }, VERDICT_HIGHLIGHTS);
    expect(drawn).toHaveLength(1);
    const [name, size] = drawn[0] as [string, number];
    expect(size).toBe(1);
    // The sentence says what sources 003 and 004 say, and none says otherwise.
    expect(name).toBe('crosscheck-corroborated');
    const text = await page.evaluate(() => {
      const [range] = CSS.highlights.get('crosscheck-corroborated') as unknown as Iterable<Range>;
      return (range as Range).toString();
    });
    expect(text).toBe('FSD');
    expect(await page.evaluate(() => CSS.highlights.has('crosscheck-pending'))).toBe(false);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('a page with no mention gets a scan and no highlight', async () => {
    const page = await b.session.open(b.server.url('/no-mentions.html'));
    const scans = await page.waitFor(() => {
      const entries = performance.getEntriesByName('crosscheck:scan');
      return entries.length > 0 ? entries.length : null;
    });
    expect(scans).toBe(1);
    expect(await page.evaluate(() => [...CSS.highlights.keys()])).toEqual([]);
    await page.close();
  });

  it('background answers typed messages and rejects malformed or unknown ones', async () => {
    const page = await b.session.openExtensionPage('src/popup/index.html', '[data-testid="page-status"]');
    expect(await sendFromPage(page, 'ping', {})).toEqual({ reply: { ok: true, version: '0.1.0' } });

    const checked = (await sendFromPage(page, 'check-sentences', {
      sentences: ['Tesla has held talks with Nvidia about graphics processing units for a data centre in China.'],
    })) as { reply: { results: { verdict: string; mentions: { text: string }[] }[] } };
    expect(checked.reply.results).toHaveLength(1);
    expect(checked.reply.results[0]?.mentions.map((m) => m.text)).toEqual(['Nvidia']);
    expect(checked.reply.results[0]?.verdict).toBe('corroborated');

    const malformed = (await sendFromPage(page, 'check-sentences', { sentences: 'not a list' })) as { error?: string };
    expect(malformed.error).toMatch(/malformed request for check-sentences/);
    const unknown = (await sendFromPage(page, 'delete-everything', {})) as { error?: string };
    expect(unknown.error).toMatch(/unknown message/);
    const extraKey = (await sendFromPage(page, 'ping', { sneaky: true })) as { error?: string };
    expect(extraKey.error).toMatch(/malformed request for ping/);
    await page.close();
  });

  it('background remembers how many mentions the content script reported for its tab', async () => {
    const page = await b.session.open(b.server.url('/basic.html'));
    await page.waitFor(() => CSS.highlights.has('crosscheck-corroborated'));
    const popup = await b.session.openExtensionPage('src/popup/index.html', '[data-testid="page-status"]');
    const counts = await popup.waitFor(async () => {
      type Api = {
        tabs: { query(q: object): Promise<{ id?: number }[]> };
        runtime: { sendMessage(m: unknown): Promise<{ mentions: number | null }> };
      };
      const g = globalThis as unknown as { browser?: Api; chrome?: Api };
      const api = (g.browser ?? g.chrome) as Api;
      const found: number[] = [];
      for (const tab of await api.tabs.query({})) {
        if (tab.id === undefined) continue;
        const { mentions } = await api.runtime.sendMessage({
          crosscheck: 1,
          name: 'tab-state',
          request: { tabId: tab.id },
        });
        if (mentions !== null) found.push(mentions);
      }
      return found.length > 0 ? found : null;
    });
    expect(counts).toContain(1);
    // And under the page's own tab, not just some tab.
    const tabId = await tabIdOf(b.extensionPage, b.server.url('/basic.html'));
    expect(await sendFromPage(b.extensionPage, 'tab-state', { tabId })).toEqual({ reply: { mentions: 1 } });
    await popup.close();
    await page.close();
  });

  it('popup renders, and says when it cannot run on the tab it is shown for', async () => {
    // Opened as a tab, the popup's own (extension) page is the active tab: one it cannot read.
    const popup = await b.session.openExtensionPage('src/popup/index.html', '[data-testid="page-status"]');
    const status = await popup.waitFor(() => {
      const text = document.querySelector('[data-testid="page-status"]')?.textContent ?? '';
      return text.includes('…') ? null : text;
    });
    expect(status).toMatch(/can't run on this page/);
    expect(await popup.evaluate(() => document.querySelector('h1')?.textContent)).toBe('Crosscheck');
    expect(popup.errors).toEqual([]);
    await popup.close();
  });
});
