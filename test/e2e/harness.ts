/**
 * Test-side helpers over scripts/browsers.ts: which browsers to run, and messaging from an
 * extension page as the popup would.
 */
import type { BrowserName, PageHandle } from '../../scripts/browsers';

export * from '../../scripts/browsers';
export * from '../../scripts/probes';

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
