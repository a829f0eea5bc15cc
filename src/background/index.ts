/**
 * The background holds the cross-checking engine (created on first use, so a browser session
 * that never meets a mention never loads it), answers the other contexts, and keeps per-tab state.
 */
import browser from 'webextension-polyfill';
import { createEngine, type Engine } from '../engine';
import { handleMessages } from './messaging';
import { TabState } from './tab-state';

let engine: Engine | null = null;
const getEngine = () => {
  engine ??= createEngine();
  return engine;
};

const tabs = new TabState();

handleMessages(
  {
    ping: () => ({ ok: true, version: browser.runtime.getManifest().version }),
    'check-sentences': ({ sentences }) => {
      const checker = getEngine();
      return { results: sentences.map((s) => checker.check(s)) };
    },
    'page-summary': ({ mentions }, sender) => {
      const tabId = sender.tab?.id;
      if (tabId !== undefined) tabs.setMentions(tabId, mentions);
      return { ok: true };
    },
    'tab-state': ({ tabId }) => ({ mentions: tabs.mentions(tabId) }),
  },
  {
    ping: ['content', 'extension-page'],
    'check-sentences': ['content', 'extension-page'],
    'page-summary': ['content'],
    'tab-state': ['extension-page'],
  },
);

browser.tabs.onRemoved.addListener((tabId: number) => tabs.forget(tabId));
