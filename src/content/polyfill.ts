/**
 * The first content script: loads webextension-polyfill once per frame and leaves its `browser`
 * where the content script and the page UI script find it (browser.ts), so neither carries a copy
 * of its own. The polyfill is a fixed 10 KB; this keeps the content script's own entry small.
 */
import browser from 'webextension-polyfill';
import { BROWSER_KEY } from './browser';

(globalThis as unknown as Record<symbol, typeof browser>)[BROWSER_KEY] = browser;
