/**
 * webextension-polyfill's `browser`, as the content scripts use it: loaded once per frame by
 * polyfill.ts, the first content script in the manifest. The page UI script's build resolves
 * 'webextension-polyfill' to this module too (vite.config.ts), for the modules it shares with the
 * extension pages.
 */
import type Browser from 'webextension-polyfill';

export const BROWSER_KEY = Symbol.for('crosscheck.browser');

const browser = (globalThis as unknown as Record<symbol, typeof Browser>)[BROWSER_KEY] as typeof Browser;
export default browser;
