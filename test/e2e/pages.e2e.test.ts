/**
 * The content script on real pages saved from the web (../shared/pages, when present), in each
 * real browser: it adds no page error that the page does not have without the extension, and it
 * highlights the mentions a reader would count in the page's visible text.
 */
import { existsSync, readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findMentions } from '../../src/engine/mentions';
import {
  BROWSERS,
  type BrowserSession,
  type FixtureServer,
  LOCAL_ONLY_CSP,
  launch,
  SHARED_PAGES,
  serveFixtures,
} from './harness';

const pages = existsSync(SHARED_PAGES)
  ? readdirSync(SHARED_PAGES)
      .filter((f) => f.endsWith('.html'))
      .sort()
  : [];

const OFFLINE_ARTIFACT = /Content-Security-Policy|dynamically imported module|Importing a module script failed/;

interface PageReport {
  highlighted: string[];
  visibleText: string;
  title: string;
  errors: string[];
}

/** Loads a page, waits for our first scan and its verdicts, and reads what a reader would see. */
async function visit(session: BrowserSession, url: string, withExtension: boolean): Promise<PageReport> {
  const page = await session.open(url);
  if (withExtension) {
    await page.waitFor(() => performance.getEntriesByName('crosscheck:scan').length > 0, undefined, 30_000);
    await page.waitFor(() => !CSS.highlights.has('crosscheck-pending'), undefined, 30_000);
  }
  const seen = await page.evaluate(() => {
    const highlighted: string[] = [];
    for (const [name, h] of CSS.highlights as unknown as Map<string, Iterable<Range>>) {
      if (name.startsWith('crosscheck-')) highlighted.push(...[...h].map((r) => r.toString()));
    }
    // innerText, not textContent: the rendered text, as a reader sees it (no scripts, no hidden text).
    const visibleText = document.body?.innerText ?? '';
    return { highlighted: highlighted.sort(), visibleText, title: document.title };
  });
  // Pages here are offline: a load the local-only policy blocks is the harness's doing, not the
  // page's or ours. Firefox reports each such block as an error, and a page that imports a
  // module from its CDN fails that import (reddit's error monitor does so when it sees our
  // performance.measure entries, which it would load fine online).
  const errors = page.errors.filter((e) => !OFFLINE_ARTIFACT.test(e));
  const report = { ...seen, errors };
  await page.close();
  return report;
}

describe.skipIf(pages.length === 0).each(BROWSERS)('%s on real pages', (browserName) => {
  let server: FixtureServer;
  let withExtension: BrowserSession;
  let without: BrowserSession;

  beforeAll(async () => {
    server = await serveFixtures({ '/': SHARED_PAGES }, { 'content-security-policy': LOCAL_ONLY_CSP });
    withExtension = await launch(browserName);
    without = await launch(browserName, { extension: false });
  });

  afterAll(async () => {
    await withExtension?.close();
    await without?.close();
    await server?.close();
  });

  it.each(pages)(
    '%s',
    async (file) => {
      const url = server.url(`/${file}`);
      const ours = await visit(withExtension, url, true);
      // No error of ours: every error on the page also happens without the extension. Some pages'
      // own errors come and go from one load to the next (scripts racing each other), so an error
      // missing from the baseline gets two more baseline loads to show up.
      const baselineErrors = new Set<string>();
      const added = () => ours.errors.filter((e) => !baselineErrors.has(e));
      for (let tries = 0; tries < 3 && (tries === 0 || added().length > 0); tries++) {
        for (const e of (await visit(without, url, false)).errors) baselineErrors.add(e);
      }
      expect(added()).toEqual([]);
      // The mentions a reader would count: the names in the page's rendered text.
      const expected = findMentions(ours.visibleText, ours.title)
        .map((m) => m.text.replace(/\s+/g, ' '))
        .sort();
      expect(ours.highlighted.map((t) => t.replace(/\s+/g, ' '))).toEqual(expected);
    },
    90_000,
  );
});
