/**
 * What the popup can say about a tab before asking its page anything: whether the extension may
 * run there at all, and whether the user has switched it off.
 */
import { isSiteDisabled, normaliseSite, type Settings } from '../settings';

export type PageKind =
  /** A browser page, a local file, or a tab the extension has no access to. */
  | 'unsupported'
  /** An add-on store: browsers keep extensions' scripts out of them. */
  | 'store'
  /** A PDF, shown by the browser's own viewer, where content scripts do not run. */
  | 'pdf'
  | 'paused'
  | 'site-off'
  | 'active';

/** Hosts where browsers block extension scripts. */
const STORE_HOSTS = [
  'chromewebstore.google.com',
  'chrome.google.com',
  'addons.mozilla.org',
  'microsoftedge.microsoft.com',
];

export function pageKind(url: string | undefined, settings: Settings): { kind: PageKind; site: string | null } {
  let parsed: URL | null = null;
  try {
    parsed = url ? new URL(url) : null;
  } catch {
    parsed = null;
  }
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:'))
    return { kind: 'unsupported', site: null };
  const site = normaliseSite(parsed.hostname);
  const host = parsed.hostname.toLowerCase();
  if (STORE_HOSTS.some((s) => host === s || host.endsWith(`.${s}`))) return { kind: 'store', site };
  if (/\.pdf$/i.test(parsed.pathname)) return { kind: 'pdf', site };
  if (settings.paused) return { kind: 'paused', site };
  if (site && isSiteDisabled(settings, site)) return { kind: 'site-off', site };
  return { kind: 'active', site };
}
