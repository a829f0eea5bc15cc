/**
 * The background holds the cross-checking engine (created on first use, so a browser session
 * that never meets a mention never loads it), answers the other contexts, and keeps per-tab state.
 */
import browser, { type Tabs } from 'webextension-polyfill';
import { createEngine, type Engine } from '../engine';
import { contentEnvelope, isPageCommand } from '../messages';
import { handleMessages } from './messaging';
import { checkPassages } from './passages';
import { TabState } from './tab-state';

/** Built next to the manifest by vite.config.ts; injected only into frames that have mentions. */
const UI_SCRIPT = 'ui.js';

let engine: Engine | null = null;
const getEngine = () => {
  engine ??= createEngine();
  return engine;
};

const tabs = new TabState();

export function sourceReaderUrl(sourceId: string, start: number, end: number): string {
  const params = new URLSearchParams({ source: sourceId, start: String(start), end: String(end) });
  return `${browser.runtime.getURL('src/sources/index.html')}#${params}`;
}

handleMessages(
  {
    ping: () => ({ ok: true, version: browser.runtime.getManifest().version }),
    'check-sentences': ({ sentences }) => {
      const checker = getEngine();
      return { results: sentences.map((s) => checker.check(s)) };
    },
    'check-passages': ({ passages }) => checkPassages(getEngine(), passages),
    'page-summary': ({ mentions }, sender) => {
      const tabId = sender.tab?.id;
      if (tabId !== undefined) tabs.setMentions(tabId, mentions);
      return { ok: true };
    },
    'tab-state': ({ tabId }) => ({ mentions: tabs.mentions(tabId) }),
    'load-ui': async (_request, sender) => {
      const tabId = sender.tab?.id as number;
      await browser.scripting.executeScript({
        target: { tabId, frameIds: [sender.frameId ?? 0] },
        files: [UI_SCRIPT],
      });
      return { sources: getEngine().sources };
    },
    'open-source': async ({ sourceId, start, end }, sender) => {
      const from: Tabs.Tab | undefined = sender.tab;
      await browser.tabs.create({
        url: sourceReaderUrl(sourceId, start, end),
        ...(from?.index !== undefined ? { index: from.index + 1 } : {}),
        ...(from?.id !== undefined ? { openerTabId: from.id } : {}),
      });
      return { ok: true };
    },
  },
  {
    ping: ['content', 'extension-page'],
    'check-sentences': ['content', 'extension-page'],
    'check-passages': ['content'],
    'page-summary': ['content'],
    'tab-state': ['extension-page'],
    'load-ui': ['content'],
    'open-source': ['content', 'extension-page'],
  },
);

browser.tabs.onRemoved.addListener((tabId: number) => tabs.forget(tabId));

// Keyboard shortcuts act on the page in the active tab.
browser.commands.onCommand.addListener(async (command: string, tab?: Tabs.Tab) => {
  if (!isPageCommand(command)) return;
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return;
  await browser.tabs.sendMessage(tabId, contentEnvelope('command', { command })).catch(() => undefined);
});
