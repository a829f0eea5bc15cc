/**
 * Test-side helpers over scripts/browsers.ts: which browsers to run, and messaging from an
 * extension page as the popup would.
 */
import type { BrowserName, PageHandle } from '../../scripts/browsers';

export * from '../../scripts/browsers';

/** Both browsers by default; BROWSERS=chromium (or firefox) narrows a local run. */
export const BROWSERS: BrowserName[] = (process.env.BROWSERS?.split(',') as BrowserName[] | undefined) ?? [
  'chromium',
  'firefox',
];

/** Sends a typed message to the background from an extension page, as the popup would. */
export function sendFromPage(page: PageHandle, name: string, request: unknown): Promise<unknown> {
  return page.evaluate(
    async ({ name, request }) => {
      type Api = { runtime: { sendMessage(message: unknown): Promise<unknown> } };
      const g = globalThis as unknown as { browser?: Api; chrome?: Api };
      const api = (g.browser ?? g.chrome) as Api;
      try {
        return { reply: await api.runtime.sendMessage({ crosscheck: 1, name, request }) };
      } catch (error) {
        return { error: String(error) };
      }
    },
    { name, request },
  );
}

/** Every highlight of ours: its name and the text of each range, in registry order. */
export function readHighlights(page: PageHandle): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const [name, highlight] of CSS.highlights as unknown as Map<string, Iterable<Range>>) {
      if (name.startsWith('crosscheck-')) out[name] = [...highlight].map((r) => r.toString());
    }
    return out;
  });
}

/** Waits until every mention has its verdict (nothing pending) and at least `min` are drawn. */
export function settled(page: PageHandle, min = 1): Promise<Record<string, string[]>> {
  return page.waitFor((min: number) => {
    if (CSS.highlights.has('crosscheck-pending')) return null;
    let count = 0;
    const out: Record<string, string[]> = {};
    for (const [name, highlight] of CSS.highlights as unknown as Map<string, Iterable<Range>>) {
      if (!name.startsWith('crosscheck-')) continue;
      out[name] = [...highlight].map((r) => r.toString());
      count += out[name].length;
    }
    return count >= min ? out : null;
  }, min);
}

/** Centre of the first box of the highlighted range whose text is `term`, in viewport pixels. */
export function termCentre(page: PageHandle, term: string): Promise<{ x: number; y: number }> {
  return page.evaluate((term: string) => {
    for (const [name, highlight] of CSS.highlights as unknown as Map<string, Iterable<Range>>) {
      if (!name.startsWith('crosscheck-')) continue;
      for (const range of highlight) {
        if (range.toString() !== term) continue;
        range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const box = range.getClientRects()[0] as DOMRect;
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      }
    }
    throw new Error(`no highlight reads ${term}`);
  }, term);
}

/** Sends a keyboard-shortcut command to the content of the tab showing `url`, as the background does. */
export function sendCommand(extensionPage: PageHandle, url: string, command: string): Promise<unknown> {
  return extensionPage.evaluate(
    async ({ url, command }) => {
      type Api = {
        tabs: {
          query(q: object): Promise<{ id?: number; url?: string }[]>;
          sendMessage(id: number, m: unknown): Promise<unknown>;
        };
      };
      const g = globalThis as unknown as { browser?: Api; chrome?: Api };
      const api = (g.browser ?? g.chrome) as Api;
      // Match patterns cannot name a port, so filter by hand.
      const tab = (await api.tabs.query({})).find((t) => t.url === url);
      if (tab?.id === undefined) throw new Error(`no tab at ${url}`);
      return api.tabs.sendMessage(tab.id, { crosscheck: 1, name: 'command', request: { command } });
    },
    { url, command },
  );
}

/** What the open card shows, read through its open shadow root; null when no card is open. */
export interface CardSnapshot {
  verdict: string | null;
  heading: string;
  sentence: string;
  rows: { stance: string | null; text: string }[];
  focusInside: boolean;
}

export function readCard(page: PageHandle): Promise<CardSnapshot | null> {
  return page.evaluate(() => {
    const hosts = document.querySelectorAll('crosscheck-card');
    if (hosts.length === 0) return null;
    if (hosts.length > 1) throw new Error('more than one card');
    const host = hosts[0] as HTMLElement;
    const root = host.shadowRoot as ShadowRoot;
    return {
      verdict: host.getAttribute('data-verdict'),
      heading: root.querySelector('h2')?.textContent ?? '',
      sentence: root.querySelector('.sentence')?.textContent ?? '',
      rows: [...root.querySelectorAll('li[data-stance]')].map((li) => ({
        stance: li.getAttribute('data-stance'),
        text: li.textContent ?? '',
      })),
      focusInside: document.activeElement === host && root.activeElement !== null,
    };
  });
}
