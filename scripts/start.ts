/**
 * `npm start`: builds the extension, then opens a real browser with it installed in a fresh
 * profile, on the bundled demo article (or on the page given). With no display it runs headless,
 * saves screenshots and a report, and prints what it did.
 *
 *   npm start [-- [--browser chromium|firefox] [--headless] [--no-build] [--out DIR] [PAGE]]
 *
 * PAGE is an http(s) URL or a local .html file; the default is demo/article.html.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  assertBrowserInstalled,
  BROWSER_BINARIES,
  type BrowserName,
  type BrowserSession,
  type FixtureServer,
  launch,
  type PageHandle,
  ROOT,
  serveFixtures,
} from './browsers';
import { type CardSnapshot, clickTerm, readCard, readHighlights, settled, tabIdOf } from './probes';

const VERDICTS = ['corroborated', 'contested', 'contradicted', 'unverified', 'pending'] as const;

function fail(message: string): never {
  console.error(`start: ${message}`);
  process.exit(1);
}

function parse() {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true }>>;
  const options = {
    browser: { type: 'string', default: 'chromium' },
    headless: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    out: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  } as const;
  try {
    parsed = parseArgs({ options, allowPositionals: true });
  } catch (error) {
    fail(`${(error as Error).message}. See: npm start -- --help`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(
      'usage: npm start [-- [--browser chromium|firefox] [--headless] [--no-build] [--out DIR] [PAGE]]\n' +
        'Builds the extension and opens PAGE (default: the demo article) in a fresh browser profile with it installed.\n' +
        'Without a display (no DISPLAY or WAYLAND_DISPLAY) it runs headless and saves screenshots and a report.',
    );
    process.exit(0);
  }
  const browser = values.browser === 'chrome' ? 'chromium' : values.browser;
  if (browser !== 'chromium' && browser !== 'firefox')
    fail(`unknown browser "${values.browser}": use chromium or firefox`);
  if (positionals.length > 1) fail('give at most one page to open');
  return {
    browser: browser as BrowserName,
    headless: values.headless || !(process.env.DISPLAY || process.env.WAYLAND_DISPLAY),
    build: !values['no-build'],
    out: values.out,
    page: positionals[0],
  };
}

/** Resolves PAGE to a URL the browser can open: http(s) as given, a local file served on 127.0.0.1. */
async function pageUrl(page: string | undefined): Promise<{ url: string; server: FixtureServer | null }> {
  if (page && /^https?:\/\//i.test(page)) {
    try {
      return { url: new URL(page).href, server: null };
    } catch {
      fail(`not a valid URL: ${page}`);
    }
  }
  if (page && /^[a-z][a-z0-9+.-]*:/i.test(page)) fail(`only http(s) URLs and local .html files can be opened: ${page}`);
  const file = resolve(page ?? join(ROOT, 'demo/article.html'));
  if (!existsSync(file)) fail(`no such file: ${file}`);
  // Content scripts run on http(s) pages only, so local files are served on the loopback address.
  const server = await serveFixtures({ '/': dirname(file) });
  return { url: server.url(`/${encodeURIComponent(basename(file))}`), server };
}

interface HighlightSummary {
  verdict: string;
  terms: string[];
}

/**
 * The highlighted terms by verdict, once every mention has its verdict; what is drawn after 15 s
 * when the page never settles (or has no mention at all).
 */
async function highlightsBy(page: PageHandle): Promise<HighlightSummary[]> {
  const drawn = await settled(page).catch(() => readHighlights(page));
  return VERDICTS.map((verdict) => ({ verdict, terms: drawn[`crosscheck-${verdict}`] ?? [] })).filter(
    (h) => h.terms.length > 0,
  );
}

/** Opens the card of the most telling highlighted term (contested or contradicted first), by mouse. */
async function openFirstCard(
  page: PageHandle,
  highlights: HighlightSummary[],
): Promise<{ term: string; snapshot: CardSnapshot } | null> {
  const order = ['contested', 'contradicted', 'corroborated', 'unverified'];
  const first = order.map((v) => highlights.find((h) => h.verdict === v)).find((h) => h !== undefined);
  const term = first?.terms[0];
  if (!term) return null;
  try {
    await clickTerm(page, term, `crosscheck-${first?.verdict}`);
    const snapshot = await readCard(page);
    return snapshot ? { term, snapshot } : null;
  } catch (error) {
    console.log(`start: could not open a card: ${(error as Error).message}`);
    return null;
  }
}

async function main() {
  const args = parse();
  try {
    assertBrowserInstalled(args.browser);
  } catch (e) {
    fail((e as Error).message);
  }
  const { url, server } = await pageUrl(args.page);
  if (args.build) {
    console.log('start: building the extension (npm run build)…');
    const built = spawnSync('npm', ['run', '-s', 'build'], { cwd: ROOT, encoding: 'utf8' });
    if (built.status !== 0) {
      process.stderr.write(built.stdout + built.stderr);
      fail('the build failed (see above)');
    }
  }
  console.log(`start: opening ${url} in ${args.browser}${args.headless ? ' (headless: no display found)' : ''}`);
  const session = await launch(args.browser, { headless: args.headless });
  const page = await session.open(url);
  const highlights = await highlightsBy(page);
  for (const h of highlights) console.log(`start: ${h.verdict}: ${h.terms.join(', ')}`);
  if (highlights.length === 0) console.log('start: no mention highlighted on this page');

  if (!args.headless) {
    console.log('start: the browser stays open; close it (or press Ctrl-C) to finish.');
    // Ctrl-C closes the browser too, so its throw-away profile is removed.
    process.once('SIGINT', () => {
      void session
        .close()
        .catch(() => undefined)
        .finally(() => process.exit(0));
    });
    await session.closed;
    await server?.close();
    return;
  }

  const out = resolve(args.out ?? join(ROOT, 'artifacts', `start-${args.browser}`));
  mkdirSync(out, { recursive: true });
  const light = await capture(session, page, highlights, out, 'light');
  await session.close();
  // The same views again in the dark colour scheme, in a fresh browser that reports it.
  const dark = await launch(args.browser, { headless: true, colorScheme: 'dark' });
  const darkPage = await dark.open(url);
  await highlightsBy(darkPage);
  const darkShots = await capture(dark, darkPage, highlights, out, 'dark');
  await dark.close();
  await server?.close();

  const version = execFileSync(BROWSER_BINARIES[args.browser], ['--version'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }).trim();
  const report = {
    browser: version,
    page: url,
    extension: session.extensionBase,
    highlights,
    card: light.card,
    pageErrors: page.errors,
    screenshots: [...light.shots, ...darkShots.shots],
  };
  writeFileSync(join(out, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log(`start: saved ${report.screenshots.length} screenshots and report.json in ${out}`);
}

/**
 * Screenshots of what a reader sees, in one colour scheme: the page with its highlights, an open
 * card, the popup for the page's tab, the source reader and its disagreement view, and the options.
 */
async function capture(
  session: BrowserSession,
  page: PageHandle,
  highlights: HighlightSummary[],
  out: string,
  scheme: 'light' | 'dark',
): Promise<{ shots: string[]; card: ({ term: string } & CardSnapshot) | null }> {
  const shots: string[] = [];
  const shot = async (target: PageHandle, name: string, fullPage = false) => {
    const path = join(out, `${name}-${scheme}.png`);
    await target.screenshot(path, fullPage);
    shots.push(path);
  };
  await shot(page, 'page');
  if (scheme === 'light') await shot(page, 'page-full', true);
  const card = await openFirstCard(page, highlights);
  if (card) {
    await shot(page, 'card');
    console.log(`start: opened the card for "${card.term}": ${card.snapshot.heading}`);
  }
  const pages: [string, string, string, [number, number]][] = [
    ['options', 'src/options/index.html', '[data-testid="options-page"][data-ready="true"]', [1000, 900]],
    ['reader', 'src/sources/index.html#source=004', 'main[data-source="004"]', [1100, 900]],
    ['conflicts', 'src/sources/index.html#view=conflicts', 'main h1', [1100, 900]],
  ];
  const options = await session.openExtensionPage('src/options/index.html', 'body');
  const tabId = await tabIdOf(options, page.url()).catch(() => null);
  await options.close();
  if (tabId !== null)
    pages.unshift(['popup', `src/popup/index.html?tab=${tabId}`, '[data-testid="claim"]', [400, 620]]);
  for (const [name, path, ready, [width, height]] of pages) {
    try {
      const view = await session.openExtensionPage(path, ready);
      await view.setViewport(width, height);
      await shot(view, name);
      await view.close();
    } catch (error) {
      console.log(`start: could not capture the ${name} (${(error as Error).message})`);
    }
  }
  return { shots, card: card ? { term: card.term, ...card.snapshot } : null };
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
