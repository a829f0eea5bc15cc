import { useEffect, useState } from 'preact/hooks';
import { t } from './i18n';
import { type ShortcutRow, shortcutRows } from './shortcuts';

/** What the section needs from the browser, passed in so the page has one place that touches it. */
export interface ShortcutsPlatform {
  getCommands(): Promise<readonly { name?: string; description?: string; shortcut?: string }[]>;
  /** Firefox has no page an extension may open for this; the text says where to go instead. */
  firefox: boolean;
  openShortcutSettings(): Promise<unknown>;
}

/** The extension's commands with their current keys, and where to change them. */
export function ShortcutsSection({ platform }: { platform: ShortcutsPlatform }) {
  const [rows, setRows] = useState<ShortcutRow[] | null>(null);

  useEffect(() => {
    let live = true;
    platform
      .getCommands()
      .then(shortcutRows, () => [])
      .then((found) => {
        if (live) setRows(found);
      });
    // Shortcuts are changed on another browser page: show the new ones on return.
    const refresh = () => {
      if (document.visibilityState === 'visible')
        platform.getCommands().then(
          (c) => live && setRows(shortcutRows(c)),
          () => {},
        );
    };
    document.addEventListener('visibilitychange', refresh);
    return () => {
      live = false;
      document.removeEventListener('visibilitychange', refresh);
    };
  }, [platform]);

  return (
    <section aria-labelledby="opt-shortcuts">
      <h2 id="opt-shortcuts">{t('options_shortcuts_heading')}</h2>
      {rows !== null && rows.length === 0 && <p class="opt-empty">{t('options_shortcuts_none')}</p>}
      {rows !== null && rows.length > 0 && (
        <dl class="opt-shortcuts" data-testid="shortcut-list">
          {rows.map((row) => (
            <div key={row.name} class="opt-shortcut" data-testid="shortcut-item" data-command={row.name}>
              <dt>{row.description ?? t('options_shortcuts_open_popup')}</dt>
              <dd>
                {row.shortcut ? (
                  <kbd>{row.shortcut}</kbd>
                ) : (
                  <span class="opt-muted">{t('options_shortcuts_not_set')}</span>
                )}
              </dd>
            </div>
          ))}
        </dl>
      )}
      {platform.firefox ? (
        <p data-testid="shortcuts-firefox">{t('options_shortcuts_firefox')}</p>
      ) : (
        <button
          type="button"
          onClick={() => void platform.openShortcutSettings().catch(() => {})}
          data-testid="shortcuts-change"
        >
          {t('options_shortcuts_change')}
        </button>
      )}
    </section>
  );
}
