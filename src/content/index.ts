/**
 * Content script entry. A page without a mention costs one settings read and one text pass, and
 * nothing else: no engine, no index, no message. Settings apply live: switching the site off,
 * pausing, or changing what is shown restarts or stops the page's controller; a change that does
 * not touch this page (another site switched off) leaves it alone.
 */
import { isActiveOn, type Settings, TOPICS } from '../settings';
import { settingsStore } from '../settings-store';
import browser from './browser';
import { highlightsSupported } from './highlights';
import { createPageController, type PageController } from './page';

const RUNNING = Symbol.for('crosscheck.content');

/** What of the settings the page's controller depends on, or null when it must not run here. */
const effectOn = (settings: Settings, host: string): string | null =>
  isActiveOn(settings, host)
    ? JSON.stringify([TOPICS.map((t) => settings.topics[t]), settings.highlightStyle, settings.showUnverified])
    : null;

async function main(): Promise<void> {
  const g = globalThis as unknown as Record<symbol, boolean>;
  // Injected twice (an extension reload while the page stays open): the first copy keeps the page.
  if (g[RUNNING] || !highlightsSupported() || !document.body || !browser) return;
  g[RUNNING] = true;
  const store = settingsStore(browser.storage);
  let page: PageController | null = null;
  let effect: string | null = null;
  let unwatch = () => {};

  const apply = (settings: Settings) => {
    const next = effectOn(settings, location.hostname);
    if (page && next === effect) return;
    effect = next;
    const previous = page;
    page = null;
    previous?.detach();
    if (next === null) return;
    const current = createPageController(document.body, settings, () => {
      // Detached from inside (the extension went away under the page), not replaced by apply:
      // stop following the settings, and let a fresh copy of this script take over later.
      if (page !== current) return;
      unwatch();
      g[RUNNING] = false;
    });
    page = current;
    void current.start();
  };

  unwatch = store.watch(apply);
  apply(await store.load());
}

void main();
