/**
 * What the add-site form does with the user's text: a host name to add, or the error to show.
 * Pure, so the rules are tested without a browser.
 */
import { MAX_DISABLED_SITES, normaliseSite } from '../settings';

export type SiteErrorKey =
  | 'options_sites_error_empty'
  | 'options_sites_error_invalid'
  | 'options_sites_error_duplicate'
  | 'options_sites_error_covered'
  | 'options_sites_error_full';

export type SiteEntry =
  | { ok: true; host: string }
  /** `args` fill the message's placeholders, in order. */
  | { ok: false; error: SiteErrorKey; args: string[] };

/** Checks typed or pasted text against the sites already switched off. */
export function checkSiteEntry(input: string, sites: readonly string[], max = MAX_DISABLED_SITES): SiteEntry {
  if (input.trim() === '') return { ok: false, error: 'options_sites_error_empty', args: [] };
  const host = normaliseSite(input);
  if (host === null) return { ok: false, error: 'options_sites_error_invalid', args: [] };
  if (sites.includes(host)) return { ok: false, error: 'options_sites_error_duplicate', args: [host] };
  // A parent domain in the list already switches this host off (see isSiteDisabled).
  const parent = sites.find((site) => host.endsWith(`.${site}`));
  if (parent !== undefined) return { ok: false, error: 'options_sites_error_covered', args: [host, parent] };
  if (sites.length >= max) return { ok: false, error: 'options_sites_error_full', args: [String(max)] };
  return { ok: true, host };
}
