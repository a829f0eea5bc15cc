import type { SettingsStore } from '../settings-store';
import { HighlightSection } from './HighlightSection';
import { t } from './i18n';
import { SaveStatus } from './SaveStatus';
import { type ShortcutsPlatform, ShortcutsSection } from './ShortcutsSection';
import { SitesSection } from './SitesSection';
import { useSettings } from './use-settings';

interface Props {
  store: SettingsStore;
  platform: ShortcutsPlatform;
}

/** The options page: every change is saved as it is made; there is no Save button. */
export function Options({ store, platform }: Props) {
  const { settings, status, update } = useSettings(store);
  return (
    <main class="page-main opt-main" data-testid="options-page" data-ready={settings ? 'true' : 'false'}>
      <h1>{t('options_title')}</h1>
      <p>{t('options_intro')}</p>
      {settings === null ? (
        <p class="opt-muted">{t('options_loading')}</p>
      ) : (
        <>
          <HighlightSection settings={settings} update={update} />
          <SitesSection settings={settings} update={update} />
        </>
      )}
      <ShortcutsSection platform={platform} />
      <p class="opt-privacy" data-testid="privacy">
        {t('options_privacy')}
      </p>
      <SaveStatus status={status} />
    </main>
  );
}
