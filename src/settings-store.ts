/**
 * Reading, writing and watching the settings in storage.sync. Takes the storage API as an
 * argument, so the content scripts (which reach the polyfill through content/browser.ts) and the
 * extension pages (which import it) share this code.
 */
import type { Storage } from 'webextension-polyfill';
import { parseSettings, SETTINGS_KEY, type Settings } from './settings';

export interface SettingsStore {
  load(): Promise<Settings>;
  save(settings: Settings): Promise<void>;
  /** Calls `listener` with the new settings whenever they change; returns the unsubscribe function. */
  watch(listener: (settings: Settings) => void): () => void;
}

export function settingsStore(storage: Storage.Static): SettingsStore {
  return {
    async load() {
      try {
        return parseSettings((await storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY]);
      } catch {
        // Storage can be unavailable (a profile error, an orphaned content script): run on defaults.
        return parseSettings(undefined);
      }
    },
    async save(settings) {
      await storage.sync.set({ [SETTINGS_KEY]: parseSettings(settings) });
    },
    watch(listener) {
      const onChanged = (changes: Record<string, Storage.StorageChange>, area: string) => {
        if (area === 'sync' && SETTINGS_KEY in changes) listener(parseSettings(changes[SETTINGS_KEY]?.newValue));
      };
      storage.onChanged.addListener(onChanged);
      return () => storage.onChanged.removeListener(onChanged);
    },
  };
}
