/**
 * Accessibility, checked by axe-core (WCAG 2.1 A and AA rules) in each real browser, in the light
 * and the dark theme (the browser's prefers-color-scheme): no serious or critical violation on the
 * popup, the options page, the source reader and its disagreement view, and the corroboration card
 * on a page. Reading at 200% zoom is checked once, in the light theme.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS, clickTerm, seriousAxeViolations, settled, tabIdOf, useBrowser } from './harness';

const SCHEMES = ['light', 'dark'] as const;

describe.each(BROWSERS.flatMap((name) => SCHEMES.map((scheme) => [name, scheme] as const)))(
  '%s, %s theme',
  (browserName, scheme) => {
    const b = useBrowser(browserName, { colorScheme: scheme });

    it('the popup listing a page’s claims', async () => {
      const url = b.server.url('/verdicts.html');
      const page = await b.session.open(url);
      await settled(page, 4);
      const tabId = await tabIdOf(b.extensionPage, url);
      const popup = await b.session.openExtensionPage(`src/popup/index.html?tab=${tabId}`, '[data-testid="claim"]');
      expect(await seriousAxeViolations(popup)).toEqual([]);
      await popup.close();
      await page.close();
    });

    it.each([
      ['options page', 'src/options/index.html', 'main h1'],
      ['source reader at a sentence', 'src/sources/index.html#source=004&start=0&end=40', 'mark#evidence'],
      ['disagreement view', 'src/sources/index.html#view=conflicts', 'main h1'],
    ])('the %s', async (_name, path, ready) => {
      const page = await b.session.openExtensionPage(path, ready);
      // The page is seen in the theme under test.
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.close();
    });

    // Layout at double zoom does not depend on the theme: checked once, in the light one.
    if (scheme === 'light') {
      it.each([
        ['options page', 'src/options/index.html', 'main h1'],
        ['source reader', 'src/sources/index.html#source=002', 'main h1'],
        ['disagreement view', 'src/sources/index.html#view=conflicts', 'main h1'],
        ['popup', 'src/popup/index.html', '[data-testid="page-status"]'],
      ])('the %s reads without sideways scrolling at double zoom (640 CSS px wide)', async (_name, path, ready) => {
        const page = await b.session.openExtensionPage(path, ready);
        await page.setViewport(640, 800);
        const overflow = await page.waitFor(() => {
          const root = document.documentElement;
          return { scroll: root.scrollWidth, client: root.clientWidth };
        });
        expect(overflow.scroll).toBeLessThanOrEqual(overflow.client);
        await page.close();
      });
    }

    it('the corroboration card', async () => {
      const page = await b.session.open(b.server.url('/verdicts.html'));
      await settled(page, 4);
      await clickTerm(page, 'FSD', 'crosscheck-contested');
      expect(await seriousAxeViolations(page, 'crosscheck-card')).toEqual([]);
      await page.close();
    });
  },
);
