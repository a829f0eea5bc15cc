/**
 * Test-side helpers over scripts/browsers.ts: which browsers to run, and messaging from an
 * extension page as the popup would.
 */
import { afterAll, beforeAll } from 'vitest';
import {
  type BrowserName,
  type BrowserSession,
  type FixtureServer,
  type LaunchOptions,
  launch,
  type PageHandle,
  serveFixtures,
} from '../../scripts/browsers';

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

/** What a browser's test file shares: the browser with the extension, a fixture server, and an extension page. */
export interface BrowserFixture {
  readonly session: BrowserSession;
  readonly server: FixtureServer;
  /** One of our pages (the popup, as a tab), kept open for calls to the extension's API. */
  readonly extensionPage: PageHandle;
}

/** Launches `name` with the extension for the enclosing describe block, and closes it after. */
export function useBrowser(name: BrowserName, options: Pick<LaunchOptions, 'colorScheme'> = {}): BrowserFixture {
  let session: BrowserSession | undefined;
  let server: FixtureServer | undefined;
  let extensionPage: PageHandle | undefined;
  beforeAll(async () => {
    server = await serveFixtures();
    session = await launch(name, options);
    extensionPage = await session.openExtensionPage('src/popup/index.html', '[data-testid="page-status"]');
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the browser is not launched yet (use it inside a test)');
    return value;
  };
  return {
    get session() {
      return ready(session);
    },
    get server() {
      return ready(server);
    },
    get extensionPage() {
      return ready(extensionPage);
    },
  };
}
