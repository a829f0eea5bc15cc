/**
 * The toolbar popup: the current page's claims with their verdicts (activating one scrolls the page
 * to it and opens its card), why there are none when there are none, and the switches for this
 * site and for everywhere.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import browser, { type Runtime } from 'webextension-polyfill';
import type { Topic, Verdict } from '../engine';
import { type ContentReplyOf, contentEnvelope, type PageClaim, validateEnvelope } from '../messages';
import { type Settings, withSite } from '../settings';
import { settingsStore } from '../settings-store';
import { conflictsHref } from '../sources/location';
import { type PopupKey, t } from './i18n';
import { type PageKind, pageKind } from './page-status';

const store = settingsStore(browser.storage);

/** The tab the popup speaks for: `?tab=ID` when opened as a page, else the active tab. */
async function targetTab(): Promise<{ id: number; url: string | undefined; fromAddress: boolean } | null> {
  const fromAddress = new URLSearchParams(location.search).get('tab');
  if (fromAddress !== null && /^\d+$/.test(fromAddress)) {
    const tab = await browser.tabs.get(Number(fromAddress)).catch(() => null);
    return tab?.id === undefined ? null : { id: tab.id, url: tab.url, fromAddress: true };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url, fromAddress: false };
}

const isPageSummary = (message: unknown) => (message as { name?: unknown }).name === 'page-summary';

/** The page's claims, from its UI script; a page without mentions has none to answer. */
async function pageClaims(tabId: number): Promise<PageClaim[]> {
  try {
    const reply = (await browser.tabs.sendMessage(tabId, contentEnvelope('list-claims', {}))) as
      | Partial<ContentReplyOf<'list-claims'>>
      | undefined;
    return Array.isArray(reply?.claims) ? reply.claims : [];
  } catch {
    return [];
  }
}

const MESSAGE_FOR: Record<Exclude<PageKind, 'active'>, PopupKey> = {
  unsupported: 'popup_unsupported',
  store: 'popup_store',
  pdf: 'popup_pdf',
  paused: 'popup_paused',
  'site-off': 'popup_site_off',
};

const VERDICT_KEY: Record<Verdict, PopupKey> = {
  corroborated: 'popup_verdict_corroborated',
  contested: 'popup_verdict_contested',
  contradicted: 'popup_verdict_contradicted',
  unverified: 'popup_verdict_unverified',
};

const TOPIC_KEY: Record<Topic, PopupKey> = {
  fsd: 'popup_topic_fsd',
  nvidia: 'popup_topic_nvidia',
  cac: 'popup_topic_cac',
};

interface State {
  tab: { id: number; url: string | undefined; fromAddress: boolean } | null;
  settings: Settings | null;
  claims: PageClaim[] | null;
}

export function Popup() {
  const [state, setState] = useState<State>({ tab: null, settings: null, claims: null });
  const [announcement, setAnnouncement] = useState('');

  const refresh = useCallback(async (settings?: Settings) => {
    const [tab, current] = await Promise.all([targetTab(), settings ? Promise.resolve(settings) : store.load()]);
    const { kind } = pageKind(tab?.url, current);
    const claims = tab && kind === 'active' ? await pageClaims(tab.id) : [];
    setState({ tab, settings: current, claims });
  }, []);

  useEffect(() => {
    void refresh();
    // A change made elsewhere (the options page) shows here at once.
    return store.watch((settings) => void refresh(settings));
  }, [refresh]);

  // The page reports its mentions after every scan (for the badge): a page switched back on, or
  // one that changed, is listed again then. The background answers the message; we only listen.
  const tabId = state.tab?.id;
  useEffect(() => {
    if (tabId === undefined) return;
    const listener = (message: unknown, sender: Runtime.MessageSender): undefined => {
      if (sender.tab?.id === tabId && validateEnvelope(message) === null && isPageSummary(message)) void refresh();
      return undefined;
    };
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  }, [tabId, refresh]);

  const save = async (next: Settings) => {
    try {
      await store.save(next);
      setAnnouncement(t('popup_saved'));
    } catch {
      setAnnouncement(t('popup_save_failed'));
    }
  };

  const { tab, settings, claims } = state;
  const { kind, site } = settings ? pageKind(tab?.url, settings) : { kind: 'unsupported' as PageKind, site: null };
  const loading = settings === null || claims === null;

  /** A real popup gets out of the way of what it opened; opened as a page, it stays. */
  const closeUnlessPage = () => {
    if (!tab?.fromAddress) window.close();
  };

  const openClaim = async (claim: PageClaim) => {
    if (!tab) return;
    await browser.tabs.sendMessage(tab.id, contentEnvelope('open-claim', { index: claim.index })).catch(() => null);
    closeUnlessPage();
  };

  const openPage = (path: string) => {
    void browser.tabs.create({ url: browser.runtime.getURL(path) });
    closeUnlessPage();
  };

  const mentions = claims?.reduce((n, c) => n + c.terms.length, 0) ?? 0;

  return (
    <main class="popup-main">
      <h1>{t('popup_title')}</h1>
      <section aria-labelledby="claims-heading" class="claims">
        <h2 id="claims-heading">{t('popup_claims_heading')}</h2>
        <p data-testid="page-status" class="status" aria-live="polite">
          {loading
            ? t('popup_loading')
            : kind !== 'active'
              ? t(MESSAGE_FOR[kind], site ?? '')
              : claims.length === 0
                ? t('popup_no_mentions')
                : t('popup_claims_count', [String(claims.length), String(mentions)])}
        </p>
        {!loading && kind === 'active' && claims.length > 0 ? (
          <ul class="claim-list" data-testid="claim-list">
            {claims.map((claim) => (
              <li key={claim.index}>
                <button
                  type="button"
                  class="claim"
                  data-testid="claim"
                  data-verdict={claim.verdict}
                  onClick={() => void openClaim(claim)}
                >
                  <span class="visually-hidden">{t('popup_claim_open')}</span>
                  <span class={`verdict verdict-${claim.verdict}`}>
                    <span class="verdict-mark" aria-hidden="true" />
                    {t(VERDICT_KEY[claim.verdict])}
                  </span>
                  <span class="topics">{claim.topics.map((topic) => t(TOPIC_KEY[topic])).join(' · ')}</span>
                  <span class="sentence">{claim.sentence}</span>
                </button>
              </li>
            ))}
          </ul>
        ) : null}
      </section>
      {settings && site && kind !== 'unsupported' ? (
        <section aria-labelledby="switches-heading" class="switches">
          <h2 id="switches-heading">{t('popup_switches_heading')}</h2>
          <label class="switch">
            <input
              type="checkbox"
              role="switch"
              data-testid="site-switch"
              checked={kind !== 'site-off'}
              aria-checked={kind !== 'site-off'}
              disabled={settings.paused}
              onChange={(e) => void save(withSite(settings, site, (e.currentTarget as HTMLInputElement).checked))}
            />
            <span>{t('popup_site_switch', site)}</span>
          </label>
          <label class="switch">
            <input
              type="checkbox"
              role="switch"
              data-testid="pause-switch"
              checked={settings.paused}
              aria-checked={settings.paused}
              onChange={(e) => void save({ ...settings, paused: (e.currentTarget as HTMLInputElement).checked })}
            />
            <span>{t('popup_pause_switch')}</span>
          </label>
          <p class="visually-hidden" role="status">
            {announcement}
          </p>
        </section>
      ) : null}
      <nav class="links">
        <button type="button" class="link" onClick={() => openPage('src/sources/index.html')}>
          {t('popup_link_sources')}
        </button>
        <button type="button" class="link" onClick={() => openPage(`src/sources/index.html${conflictsHref()}`)}>
          {t('popup_link_conflicts')}
        </button>
        <button
          type="button"
          class="link"
          onClick={() => {
            void browser.runtime.openOptionsPage();
            closeUnlessPage();
          }}
        >
          {t('popup_link_options')}
        </button>
      </nav>
      <p class="muted privacy">{t('popup_privacy')}</p>
    </main>
  );
}
