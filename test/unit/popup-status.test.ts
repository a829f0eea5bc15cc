import { describe, expect, it } from 'vitest';
import { pageKind } from '../../src/popup/page-status';
import { DEFAULT_SETTINGS } from '../../src/settings';

const on = DEFAULT_SETTINGS;

describe('what the popup can tell from the address', () => {
  it('is active on ordinary web pages, naming the site', () => {
    expect(pageKind('https://www.example.com/news/1', on)).toEqual({ kind: 'active', site: 'example.com' });
    expect(pageKind('http://127.0.0.1:8080/a.html', on)).toEqual({ kind: 'active', site: '127.0.0.1' });
  });

  it('cannot run on browser pages, local files, or when the address is hidden from it', () => {
    for (const url of [
      undefined,
      '',
      'chrome://extensions/',
      'about:addons',
      'file:///tmp/a.html',
      'moz-extension://x/popup.html',
      'not a url',
    ]) {
      expect(pageKind(url, on).kind, String(url)).toBe('unsupported');
    }
  });

  it('knows the add-on stores and PDF documents', () => {
    expect(pageKind('https://chromewebstore.google.com/detail/x', on).kind).toBe('store');
    expect(pageKind('https://addons.mozilla.org/en-US/firefox/', on).kind).toBe('store');
    expect(pageKind('https://example.com/report.PDF', on).kind).toBe('pdf');
    expect(pageKind('https://example.com/pdf-guide.html', on).kind).toBe('active');
  });

  it('reports the switches: paused everywhere first, then off for the site', () => {
    expect(pageKind('https://example.com/', { ...on, paused: true }).kind).toBe('paused');
    expect(pageKind('https://news.example.com/', { ...on, disabledSites: ['example.com'] })).toEqual({
      kind: 'site-off',
      site: 'news.example.com',
    });
    expect(pageKind('https://other.org/', { ...on, disabledSites: ['example.com'] }).kind).toBe('active');
  });
});
