/**
 * The settings as the page shows them: loaded once, saved on every change, and kept in step with
 * changes made elsewhere (the popup switching a site off) through the store's watch.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { parseSettings, type Settings } from '../settings';
import type { SettingsStore } from '../settings-store';
import { echoFilter } from './save-echo';

/** What the live region says about the latest change; `seq` orders saves that finish out of order. */
export type SaveStatus = { state: 'idle' } | { state: 'saved' | 'error'; seq: number };

/** How long a save's own change event may lag behind the save before the page stops waiting. */
const ECHO_WAIT_MS = 2000;

/** Stored values compared as text: parseSettings builds every field in a fixed order. */
const keyOf = (settings: Settings) => JSON.stringify(parseSettings(settings));

export function useSettings(store: SettingsStore) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState<SaveStatus>({ state: 'idle' });
  // The newest value, for changes made before the next render.
  const current = useRef<Settings | null>(null);
  const echoes = useRef(echoFilter());
  const seq = useRef(0);

  useEffect(() => {
    let live = true;
    const show = (next: Settings) => {
      current.current = next;
      setSettings(next);
    };
    const unwatch = store.watch((next) => {
      if (echoes.current.shouldApply(keyOf(next))) show(next);
    });
    store
      .load()
      .catch(() => parseSettings(undefined))
      .then((loaded) => {
        // A change reported while loading is newer than what the load read.
        if (live && current.current === null) show(loaded);
      });
    return () => {
      live = false;
      unwatch();
    };
  }, [store]);

  const update = useCallback(
    (change: (settings: Settings) => Settings) => {
      const base = current.current;
      if (base === null) return;
      const next = change(base);
      current.current = next;
      setSettings(next);
      const key = keyOf(next);
      const n = ++seq.current;
      const report = (state: 'saved' | 'error') =>
        setStatus((prev) => (prev.state !== 'idle' && prev.seq > n ? prev : { state, seq: n }));
      echoes.current.expect(key);
      store.save(next).then(
        () => {
          report('saved');
          setTimeout(() => echoes.current.forget(key), ECHO_WAIT_MS);
        },
        () => {
          // Keep what the user chose on screen; the message says it is not stored.
          echoes.current.forget(key);
          report('error');
        },
      );
    },
    [store],
  );

  return { settings, status, update };
}
