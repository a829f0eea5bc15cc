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
/** Dark enough for the white badge text to pass WCAG AA. */
const BADGE_COLOUR = '#1f3f8f';

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
    'page-summary': async ({ mentions }, sender) => {
      const tabId = sender.tab?.id;
      // Only the top frame speaks for the tab; a frame's own count would overwrite the page's.
      if (tabId !== undefined && (sender.frameId ?? 0) === 0) {
        tabs.setMentions(tabId, mentions);
        await showCount(tabId, mentions);
      }
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
    'check-sentences': ['extension-page'],
    'check-passages': ['content'],
    'page-summary': ['content'],
    'tab-state': ['extension-page'],
    'load-ui': ['content'],
    'open-source': ['content', 'extension-page'],
  },
);

/** The toolbar badge: how many mentions the tab's page has (nothing when none). */
async function showCount(tabId: number, mentions: number): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOUR });
  await browser.action.setBadgeText({ tabId, text: mentions > 0 ? String(Math.min(mentions, 999)) : '' });
}

browser.tabs.onRemoved.addListener((tabId: number) => tabs.forget(tabId));

// A new document in the tab: its count is unknown until its content script reports.
browser.tabs.onUpdated.addListener((tabId: number, change: Tabs.OnUpdatedChangeInfoType) => {
  if (change.status !== 'loading') return;
  tabs.forget(tabId);
  void browser.action.setBadgeText({ tabId, text: '' }).catch(() => undefined);
});

// Keyboard shortcuts act on the page in the active tab.
browser.commands.onCommand.addListener(async (command: string, tab?: Tabs.Tab) => {
  if (!isPageCommand(command)) return;
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return;
  await browser.tabs.sendMessage(tabId, contentEnvelope('command', { command })).catch(() => undefined);
});
