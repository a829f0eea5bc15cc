/**
 * Content script entry. A page without a mention costs one text pass and nothing else: no engine,
 * no index, no message.
 */
import { highlightsSupported } from './highlights';
import { createPageController } from './page';

const RUNNING = Symbol.for('crosscheck.content');

function main(): void {
  const g = globalThis as unknown as Record<symbol, boolean>;
  // Injected twice (an extension reload while the page stays open): the first copy keeps the page.
  if (g[RUNNING] || !highlightsSupported() || !document.body) return;
  g[RUNNING] = true;
  const page = createPageController(document.body, () => {
    g[RUNNING] = false;
  });
  void page.start();
}

main();
