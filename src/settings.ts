/**
 * The user's settings: their shape, their defaults, and a parser that turns whatever storage holds
 * (nothing, an old version, a hand-edited or corrupt value) into valid settings, field by field,
 * so a bad value never breaks the extension and never costs the user the good ones.
 * Stored with storage.sync under SETTINGS_KEY.
 */
import type { Topic } from './engine/mentions';

export const SETTINGS_KEY = 'settings';
export const TOPICS: readonly Topic[] = ['fsd', 'nvidia', 'cac'];
export const HIGHLIGHT_STYLES = ['underline', 'background'] as const;
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];
/**
 * More sites than anyone switches off by hand, and well inside storage.sync's 8 KB per item; a cap
 * also keeps a corrupt value from growing without end.
 */
export const MAX_DISABLED_SITES = 200;

export interface Settings {
  version: 1;
  /** Topics to highlight. */
  topics: Record<Topic, boolean>;
  highlightStyle: HighlightStyle;
  /** Whether to highlight mentions whose claims the sources do not cover. */
  showUnverified: boolean;
  /** Off everywhere until switched back on. */
  paused: boolean;
  /** Host names where the extension is off ("example.com" also covers "www.example.com"). */
  disabledSites: string[];
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  version: 1,
  topics: Object.freeze({ fsd: true, nvidia: true, cac: true }),
  highlightStyle: 'underline',
  showUnverified: true,
  paused: false,
  disabledSites: Object.freeze([]) as unknown as string[],
});

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A site as the user means it: the host name of a URL or of a typed name, lower-case, without
 * "www." and a trailing dot; null when it is not a web host name.
 */
export function normaliseSite(input: unknown): string | null {
  if (typeof input !== 'string') return null;
  let text = input.trim().toLowerCase();
  if (!text || text.length > 300) return null;
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(text)) {
    try {
      const url = new URL(text);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
      text = url.hostname;
    } catch {
      return null;
    }
  }
  text = text
    .replace(/\/.*$/, '')
    .replace(/:\d+$/, '')
    .replace(/\.$/, '')
    .replace(/^www\./, '');
  // Letters, digits and hyphens in dot-separated labels (IDNs arrive in their xn-- form from URLs),
  // or an IPv4 address.
  const label = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
  return new RegExp(`^(?:${label}\\.)*${label}$`).test(text) ? text : null;
}

/** Valid settings from any stored value: each field that is missing or wrong takes its default. */
export function parseSettings(raw: unknown): Settings {
  const v = isObject(raw) ? raw : {};
  const topics = isObject(v.topics) ? v.topics : {};
  const sites = Array.isArray(v.disabledSites) ? v.disabledSites : [];
  const disabledSites = [...new Set(sites.map(normaliseSite).filter((s): s is string => s !== null))].slice(
    0,
    MAX_DISABLED_SITES,
  );
  const bool = (value: unknown, fallback: boolean) => (typeof value === 'boolean' ? value : fallback);
  return {
    version: 1,
    topics: {
      fsd: bool(topics.fsd, DEFAULT_SETTINGS.topics.fsd),
      nvidia: bool(topics.nvidia, DEFAULT_SETTINGS.topics.nvidia),
      cac: bool(topics.cac, DEFAULT_SETTINGS.topics.cac),
    },
    highlightStyle: (HIGHLIGHT_STYLES as readonly unknown[]).includes(v.highlightStyle)
      ? (v.highlightStyle as HighlightStyle)
      : DEFAULT_SETTINGS.highlightStyle,
    showUnverified: bool(v.showUnverified, DEFAULT_SETTINGS.showUnverified),
    paused: bool(v.paused, DEFAULT_SETTINGS.paused),
    disabledSites,
  };
}

/** True when `site` (a host name) is switched off: the site itself or a parent domain of it. */
export function isSiteDisabled(settings: Settings, hostname: string): boolean {
  const host = normaliseSite(hostname);
  if (!host) return false;
  return settings.disabledSites.some((site) => host === site || host.endsWith(`.${site}`));
}

/** Whether the extension runs on a page of this host. */
export function isActiveOn(settings: Settings, hostname: string): boolean {
  return !settings.paused && !isSiteDisabled(settings, hostname);
}

/** The settings with `site` switched off or back on (on removes it and any parent domain entry that covers it). */
export function withSite(settings: Settings, hostname: string, enabled: boolean): Settings {
  const host = normaliseSite(hostname);
  if (!host) return settings;
  const others = settings.disabledSites.filter((s) => s !== host && !(enabled && host.endsWith(`.${s}`)));
  return { ...settings, disabledSites: enabled ? others : [...others, host].slice(0, MAX_DISABLED_SITES) };
}
