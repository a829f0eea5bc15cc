import { describe, expect, it } from 'vitest';
import { checkSiteEntry } from '../../src/options/site-entry';
import { MAX_DISABLED_SITES } from '../../src/settings';

describe('adding a site on the options page', () => {
  it('accepts a host name and gives it back normalised', () => {
    expect(checkSiteEntry('  Example.COM ', [])).toEqual({ ok: true, host: 'example.com' });
    expect(checkSiteEntry('www.example.com', [])).toEqual({ ok: true, host: 'example.com' });
    expect(checkSiteEntry('news.example.co.uk', [])).toEqual({ ok: true, host: 'news.example.co.uk' });
  });

  it('takes the host from a pasted address', () => {
    expect(checkSiteEntry('https://www.reuters.com/technology/some-story?x=1#top', [])).toEqual({
      ok: true,
      host: 'reuters.com',
    });
    expect(checkSiteEntry('http://localhost:8080/page', [])).toEqual({ ok: true, host: 'localhost' });
    expect(checkSiteEntry('example.com/path/to/page', [])).toEqual({ ok: true, host: 'example.com' });
  });

  it('asks for a site when the field is empty', () => {
    expect(checkSiteEntry('', [])).toEqual({ ok: false, error: 'options_sites_error_empty', args: [] });
    expect(checkSiteEntry('   ', [])).toEqual({ ok: false, error: 'options_sites_error_empty', args: [] });
  });

  it('rejects text that is not a web host name', () => {
    for (const bad of ['not a site', 'ftp://example.com', 'file:///etc/hosts', 'exa_mple.com', '-bad.com', '...']) {
      expect(checkSiteEntry(bad, []), bad).toEqual({ ok: false, error: 'options_sites_error_invalid', args: [] });
    }
  });

  it('names the site when it is already in the list, however it was typed', () => {
    expect(checkSiteEntry('https://www.example.com/a', ['other.org', 'example.com'])).toEqual({
      ok: false,
      error: 'options_sites_error_duplicate',
      args: ['example.com'],
    });
  });

  it('says which listed site already covers a subdomain', () => {
    expect(checkSiteEntry('news.example.com', ['example.com'])).toEqual({
      ok: false,
      error: 'options_sites_error_covered',
      args: ['news.example.com', 'example.com'],
    });
    // A parent of a listed site is a new entry, and "ample.com" is no parent of "example.com".
    expect(checkSiteEntry('example.com', ['news.example.com'])).toEqual({ ok: true, host: 'example.com' });
    expect(checkSiteEntry('example.com', ['ample.com'])).toEqual({ ok: true, host: 'example.com' });
  });

  it('refuses a new site once the list is full, with the limit in the message', () => {
    const full = Array.from({ length: MAX_DISABLED_SITES }, (_, i) => `site${i}.example`);
    expect(checkSiteEntry('new.org', full)).toEqual({
      ok: false,
      error: 'options_sites_error_full',
      args: [String(MAX_DISABLED_SITES)],
    });
    expect(checkSiteEntry('c.org', ['a.org', 'b.org'], 2)).toMatchObject({ error: 'options_sites_error_full' });
    // A duplicate is still reported as such, which tells the user more than "full".
    expect(checkSiteEntry('site3.example', full)).toMatchObject({ error: 'options_sites_error_duplicate' });
  });
});
