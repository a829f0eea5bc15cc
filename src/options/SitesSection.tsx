import { useLayoutEffect, useRef } from 'preact/hooks';
import { type Settings, withSite } from '../settings';
import { AddSiteForm } from './AddSiteForm';
import { Checkbox } from './Checkbox';
import { t } from './i18n';

interface Props {
  settings: Settings;
  update: (change: (settings: Settings) => Settings) => void;
}

/** Pausing everywhere, and the sites where the extension is off. */
export function SitesSection({ settings, update }: Props) {
  const sites = settings.disabledSites;
  const inputRef = useRef<HTMLInputElement | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  // Where focus goes once a removed site's button is gone: the next site's button, else the field.
  const focusNext = useRef<string | null | undefined>(undefined);

  useLayoutEffect(() => {
    if (focusNext.current === undefined) return;
    const target = focusNext.current === null ? undefined : buttons.current.get(focusNext.current);
    (target ?? inputRef.current)?.focus();
    focusNext.current = undefined;
  }, [sites]);

  const remove = (host: string, index: number) => {
    focusNext.current = sites[index + 1] ?? sites[index - 1] ?? null;
    // Exactly this entry: withSite(…, true) would also drop a parent domain that covers it.
    update((s) => ({ ...s, disabledSites: s.disabledSites.filter((site) => site !== host) }));
  };

  return (
    <section aria-labelledby="opt-where">
      <h2 id="opt-where">{t('options_where_heading')}</h2>
      <Checkbox
        label={t('options_pause_label')}
        hint={t('options_pause_hint')}
        checked={settings.paused}
        onChange={(on) => update((s) => ({ ...s, paused: on }))}
        testId="pause"
      />
      <h3 id="opt-sites">{t('options_sites_heading')}</h3>
      {sites.length === 0 ? (
        <p class="opt-empty" data-testid="site-empty">
          {t('options_sites_empty')}
        </p>
      ) : (
        <ul class="opt-sites" aria-labelledby="opt-sites" data-testid="site-list">
          {sites.map((host, index) => (
            <li key={host} data-testid="site-item" data-site={host}>
              <span class="opt-site-name">{host}</span>
              <button
                type="button"
                ref={(el) => {
                  if (el) buttons.current.set(host, el);
                  else buttons.current.delete(host);
                }}
                onClick={() => remove(host, index)}
                aria-label={t('options_sites_remove_named', host)}
                data-testid="site-remove"
              >
                {t('options_sites_remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <AddSiteForm
        sites={sites}
        inputRef={inputRef}
        // withSite keeps the list free of duplicates should the popup have added the same site meanwhile.
        onAdd={(host) => update((s) => withSite(s, host, false))}
      />
    </section>
  );
}
