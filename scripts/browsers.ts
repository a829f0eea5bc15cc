/**
 * Real browsers with the extension installed, for the tests, the benchmarks and `npm start`:
 * launches Debian's Chromium (through playwright-core) or Firefox ESR
 * (through puppeteer-core over WebDriver BiDi) with the freshly built extension on a clean
 * profile, serves fixture pages on 127.0.0.1, and gives both browsers one small page interface.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';

export type BrowserName = 'chromium' | 'firefox';

export const ROOT = resolve(import.meta.dirname, '..');
export const FIXTURES = join(ROOT, 'test/fixtures');
/** Real news pages, kept outside the project (they belong to their publishers). */
export const SHARED_PAGES = resolve(ROOT, '../shared/pages');

export const BROWSER_BINARIES: Record<BrowserName, string> = {
  chromium: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  firefox: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
};
export const INSTALL_HINT: Record<BrowserName, string> = {
  chromium: 'apt-get update && apt-get install -y chromium',
  firefox: 'apt-get update && apt-get install -y firefox-esr',
};

export function distDir(browser: BrowserName): string {
  return join(ROOT, 'dist', browser === 'chromium' ? 'chrome' : 'firefox');
}

/** Flags that keep Chromium quiet on a machine with no network (see README). */
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
];

export interface PageHandle {
  readonly url: () => string;
  goto(url: string): Promise<void>;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Runs a script's source in the page (as the browser's automation, so page CSP does not apply). */
  evaluateScript(source: string): Promise<void>;
  /**
   * Chromium only: evaluates an expression as the first code of a new isolated world of the main
   * frame (as an extension's content script runs: its own world, its own DOM wrappers), and
   * returns its value.
   */
  evaluateInNewWorld?(expression: string): Promise<unknown>;
  /** Polls `fn` in the page until it returns a truthy value, and returns that value. */
  waitFor<R, A = undefined>(fn: (arg: A) => R, arg?: A, timeoutMs?: number): Promise<NonNullable<Awaited<R>>>;
  click(x: number, y: number): Promise<void>;
  press(key: string): Promise<void>;
  screenshot(path: string, fullPage?: boolean): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  errors: string[];
  close(): Promise<void>;
}

export interface BrowserSession {
  readonly name: BrowserName;
  /** Base URL of the extension's pages, ending in '/'. */
  readonly extensionBase: string;
  open(url: string): Promise<PageHandle>;
  /** Opens one of the extension's pages (path relative to the build, e.g. 'src/popup/index.html'). */
  openExtensionPage(path: string, readySelector: string): Promise<PageHandle>;
  /** The next tab whose URL passes `test` (a tab the extension opened, say). */
  waitForPage(test: (url: string) => boolean, timeoutMs?: number): Promise<PageHandle>;
  /** Settles when the user closes the browser (headed runs). */
  readonly closed: Promise<void>;
  close(): Promise<void>;
}

export function assertBrowserInstalled(name: BrowserName): void {
  if (!existsSync(BROWSER_BINARIES[name])) {
    throw new Error(
      `${name} is not installed (looked for ${BROWSER_BINARIES[name]}). Install it with:\n  ${INSTALL_HINT[name]}`,
    );
  }
}

export function assertBuilt(name: BrowserName): void {
  if (!existsSync(join(distDir(name), 'manifest.json'))) {
    throw new Error(`No build in ${distDir(name)}. Run: npm run build`);
  }
}

export interface LaunchOptions {
  headless?: boolean;
  /** The colour scheme pages see through prefers-color-scheme. */
  colorScheme?: 'light' | 'dark';
  /** false: the same browser and profile settings without the extension, as a baseline. */
  extension?: boolean;
}

export async function launch(name: BrowserName, options: LaunchOptions = {}): Promise<BrowserSession> {
  const withExtension = options.extension ?? true;
  assertBrowserInstalled(name);
  if (withExtension) assertBuilt(name);
  const headless = options.headless ?? true;
  const scheme = options.colorScheme ?? 'light';
  return name === 'chromium'
    ? launchChromium(headless, withExtension, scheme)
    : launchFirefox(headless, withExtension, scheme);
}

/** What Playwright's and Puppeteer's pages have in common, as far as PageHandle needs it. */
interface AutomationPage {
  url(): string;
  goto(url: string, options: { waitUntil: 'load' }): Promise<unknown>;
  evaluate(fn: unknown, arg?: unknown): Promise<unknown>;
  mouse: { click(x: number, y: number): Promise<void> };
  keyboard: { press(key: string): Promise<void> };
  screenshot(options: { path: string; fullPage: boolean }): Promise<unknown>;
  close(): Promise<void>;
  on(event: 'pageerror', listener: (error: unknown) => void): unknown;
}

/** One PageHandle over either library; `own` holds the calls whose signatures differ. */
function pageHandle(
  page: AutomationPage,
  own: Pick<PageHandle, 'waitFor' | 'setViewport' | 'evaluateInNewWorld'>,
): PageHandle {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  return {
    url: () => page.url(),
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: (fn, arg) => page.evaluate(fn, arg) as never,
    evaluateScript: async (source) => {
      await page.evaluate(`${source}\n;undefined`);
    },
    waitFor: own.waitFor,
    click: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key),
    screenshot: async (path, fullPage = false) => {
      await page.screenshot({ path, fullPage });
    },
    setViewport: own.setViewport,
    ...(own.evaluateInNewWorld ? { evaluateInNewWorld: own.evaluateInNewWorld } : {}),
    errors,
    close: () => page.close(),
  };
}

async function launchChromium(
  headless: boolean,
  withExtension: boolean,
  scheme: 'light' | 'dark',
): Promise<BrowserSession> {
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'crosscheck-chromium-'));
  const dist = distDir('chromium');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: BROWSER_BINARIES.chromium,
    headless,
    colorScheme: scheme,
    viewport: { width: 1280, height: 900 },
    args: withExtension
      ? [...CHROMIUM_FLAGS, `--disable-extensions-except=${dist}`, `--load-extension=${dist}`]
      : CHROMIUM_FLAGS,
  });
  let extensionBase = '';
  if (withExtension) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    extensionBase = `chrome-extension://${new URL(worker.url()).host}/`;
  }
  type PwPage = Awaited<ReturnType<typeof context.newPage>>;
  const wrap = (page: PwPage): PageHandle =>
    pageHandle(page as unknown as AutomationPage, {
      waitFor: async (fn, arg, timeoutMs = 15_000) => {
        const handle = await page.waitForFunction(fn as never, arg, { timeout: timeoutMs, polling: 50 });
        return (await handle.jsonValue()) as never;
      },
      setViewport: (width, height) => page.setViewportSize({ width, height }),
      evaluateInNewWorld: async (expression) => {
        const cdp = await context.newCDPSession(page);
        try {
          const { frameTree } = await cdp.send('Page.getFrameTree');
          const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
            frameId: frameTree.frame.id,
            worldName: `crosscheck-probe-${Date.now()}`,
          });
          const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
            expression,
            contextId: executionContextId,
            returnByValue: true,
          });
          if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
          return result.value;
        } finally {
          await cdp.detach().catch(() => undefined);
        }
      },
    });
  const closed = new Promise<void>((done) => context.on('close', () => done()));
  return {
    name: 'chromium',
    extensionBase,
    closed,
    waitForPage: async (test, timeoutMs = 15_000) => {
      const existing = context.pages().find((p) => test(p.url()));
      const page =
        existing ??
        (await context.waitForEvent('page', {
          predicate: (p) => test(p.url()) || p.url() === 'about:blank',
          timeout: timeoutMs,
        }));
      await page.waitForURL((u) => test(u.href), { timeout: timeoutMs, waitUntil: 'commit' });
      return wrap(page);
    },
    open: async (url) => {
      const page = await context.newPage();
      const handle = wrap(page);
      await page.goto(url, { waitUntil: 'load' });
      return handle;
    },
    openExtensionPage: async (path, readySelector) => {
      const page = await context.newPage();
      const handle = wrap(page);
      await page.goto(extensionBase + path);
      await page.waitForSelector(readySelector, { timeout: 15_000 });
      return handle;
    },
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

function geckoId(): string {
  const manifest = JSON.parse(readFileSync(join(distDir('firefox'), 'manifest.json'), 'utf8'));
  return manifest.browser_specific_settings.gecko.id;
}

async function launchFirefox(
  headless: boolean,
  withExtension: boolean,
  scheme: 'light' | 'dark',
): Promise<BrowserSession> {
  const puppeteer = (await import('puppeteer-core')).default;
  // Pinning the extension's internal UUID makes its pages' moz-extension:// URLs predictable.
  const uuid = randomUUID();
  const profile = mkdtempSync(join(tmpdir(), 'crosscheck-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: BROWSER_BINARIES.firefox,
    headless,
    userDataDir: profile,
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      ...(withExtension ? { 'extensions.webextensions.uuids': JSON.stringify({ [geckoId()]: uuid }) } : {}),
      // 0 makes content see a dark scheme, 1 a light one, whatever the system says.
      'layout.css.prefers-color-scheme.content-override': scheme === 'dark' ? 0 : 1,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'app.update.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
    },
  });
  if (withExtension) await browser.installExtension(distDir('firefox'));
  const extensionBase = withExtension ? `moz-extension://${uuid}/` : '';
  type PpPage = Awaited<ReturnType<typeof browser.newPage>>;
  const wrap = (page: PpPage): PageHandle =>
    pageHandle(page as unknown as AutomationPage, {
      waitFor: async (fn, arg, timeoutMs = 15_000) => {
        const handle = await page.waitForFunction(
          fn as (arg: unknown) => unknown,
          { timeout: timeoutMs, polling: 50 },
          arg,
        );
        return (await handle.jsonValue()) as never;
      },
      setViewport: (width, height) => page.setViewport({ width, height }),
    });
  const closed = new Promise<void>((done) => browser.on('disconnected', () => done()));
  return {
    name: 'firefox',
    extensionBase,
    closed,
    waitForPage: async (test, timeoutMs = 15_000) => {
      // BiDi may report a tab the extension opened as about:blank for a while: ask each page.
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        for (const page of await browser.pages()) {
          const url = test(page.url()) ? page.url() : await page.evaluate(() => location.href).catch(() => '');
          if (test(url)) return wrap(page);
        }
        if (Date.now() > deadline) throw new Error('no page opened with the expected address');
        await new Promise((done) => setTimeout(done, 100));
      }
    },
    open: async (url) => {
      const page = await browser.newPage();
      const handle = wrap(page);
      await page.goto(url, { waitUntil: 'load' });
      return handle;
    },
    openExtensionPage: async (path, readySelector) => {
      const page = await browser.newPage();
      const handle = wrap(page);
      // BiDi never reports moz-extension:// navigations as finished: wait for content instead,
      // polling, because an evaluation that races the navigation fails instead of waiting.
      page.goto(extensionBase + path).catch(() => undefined);
      const deadline = Date.now() + 15_000;
      for (;;) {
        const ready = await page.$(readySelector).catch(() => null);
        if (ready) break;
        if (Date.now() > deadline) throw new Error(`${path}: ${readySelector} did not appear`);
        await new Promise((done) => setTimeout(done, 100));
      }
      return handle;
    },
    close: async () => {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

export interface FixtureServer {
  url(path: string): string;
  close(): Promise<void>;
}

/**
 * A page may load nothing from outside this machine: real pages saved from the web name their
 * scripts, styles and images by absolute URL, and the browser must not try to fetch them.
 */
export const LOCAL_ONLY_CSP = "default-src 'self' 'unsafe-inline' data: blob:";

/** Serves files from the given folders (first match wins) on 127.0.0.1, on a free port. */
export async function serveFixtures(
  roots: Record<string, string> = { '/': FIXTURES },
  headers: Record<string, string> = {},
): Promise<FixtureServer> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    for (const [prefix, dir] of Object.entries(roots)) {
      if (!path.startsWith(prefix)) continue;
      const file = normalize(join(dir, path.slice(prefix.length)));
      if (!file.startsWith(dir + sep) || !existsSync(file)) continue;
      const type = MIME[extname(file).toLowerCase()];
      // Real pages are served as bytes with no charset, as a server that does not know would.
      res.writeHead(200, { 'content-type': type ?? 'application/octet-stream', ...headers });
      res.end(readFileSync(file));
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: (path) => `http://127.0.0.1:${port}${path.startsWith('/') ? path : `/${path}`}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
