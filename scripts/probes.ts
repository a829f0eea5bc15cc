/**
 * Reading the extension's effects from a page, the way an outside observer can: highlights by
 * name, the card through its open shadow root. Shared by the tests, the benchmark and npm start.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { PageHandle } from './browsers';

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

/**
 * Centre of the first box of the highlighted range whose text is `term` (in the named highlight,
 * when given), in viewport pixels, after scrolling it into view.
 */
export function termCentre(page: PageHandle, term: string, highlight?: string): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ({ term, only }) => {
      for (const [name, highlight] of CSS.highlights as unknown as Map<string, Iterable<Range>>) {
        if (!name.startsWith('crosscheck-') || (only && name !== only)) continue;
        for (const range of highlight) {
          if (range.toString() !== term) continue;
          range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
          const box = range.getClientRects()[0] as DOMRect;
          return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
        }
      }
      throw new Error(`no highlight reads ${term}`);
    },
    { term, only: highlight ?? '' },
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

/**
 * Points at a highlighted term until the page UI script (which arrives after the verdicts) shows
 * the hand cursor there, clicks it and waits for its card; returns the point.
 */
export async function clickTerm(page: PageHandle, term: string, highlight?: string): Promise<{ x: number; y: number }> {
  const point = await termCentre(page, term, highlight);
  await waitForPointer(page, point);
  await page.click(point.x, point.y);
  await page.waitFor(() => document.querySelector('crosscheck-card') !== null);
  return point;
}

/** Moves the pointer to `point` until the page UI script shows the hand cursor there. */
export async function waitForPointer(page: PageHandle, point: { x: number; y: number }, timeoutMs?: number) {
  await page.waitFor(
    async ({ x, y }) => {
      document.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: y, bubbles: true }));
      await new Promise((r) => requestAnimationFrame(r));
      return document.documentElement.hasAttribute('data-crosscheck-pointer');
    },
    point,
    timeoutMs,
  );
}

export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

let axeSource: string | null = null;

/**
 * Serious and critical accessibility violations (axe-core, WCAG 2.1 A and AA rules) in the page,
 * or in the part of it that `include` selects (e.g. 'crosscheck-card', whose open shadow root axe
 * reads too).
 */
export async function seriousAxeViolations(page: PageHandle, include?: string): Promise<AxeFinding[]> {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluateScript(axeSource);
  return page.evaluate(async (include: string | null) => {
    type Result = {
      violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
    };
    const axe = (globalThis as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<Result> } }).axe;
    const result = await axe.run(include ? { include: [[include]] } : document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.map((n) => JSON.stringify(n.target)),
      }));
  }, include ?? null);
}

/** The id of the tab showing `url`, asked from an extension page. */
export function tabIdOf(extensionPage: PageHandle, url: string): Promise<number> {
  return extensionPage.waitFor(async (url: string) => {
    type Api = { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };
    const g = globalThis as unknown as { browser?: Api; chrome?: Api };
    const api = (g.browser ?? g.chrome) as Api;
    return (await api.tabs.query({})).find((t) => t.url === url)?.id ?? null;
  }, url);
}
