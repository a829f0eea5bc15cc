import { render } from 'preact';
import browser from 'webextension-polyfill';
import { settingsStore } from '../settings-store';
import { applyUiLocale } from '../ui/i18n';
import { t } from './i18n';
import { Options } from './Options';
import type { ShortcutsPlatform } from './ShortcutsSection';
import { CHROME_SHORTCUTS_URL, isFirefoxBase } from './shortcuts';

applyUiLocale();
document.title = t('options_title');

const platform: ShortcutsPlatform = {
  getCommands: () => browser.commands.getAll(),
  firefox: isFirefoxBase(browser.runtime.getURL('')),
  openShortcutSettings: () => browser.tabs.create({ url: CHROME_SHORTCUTS_URL }),
};

const root = document.getElementById('app');
if (root) render(<Options store={settingsStore(browser.storage)} platform={platform} />, root);
