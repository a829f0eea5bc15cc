import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  isActiveOn,
  isSiteDisabled,
  MAX_DISABLED_SITES,
  normaliseSite,
  parseSettings,
  withSite,
} from '../../src/settings';

describe('parseSettings', () => {
  it('gives the defaults for nothing stored, and for values that are not objects', () => {
    for (const raw of [undefined, null, 42, 'on', [], true]) expect(parseSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps every valid field', () => {
    const stored = {
      version: 1,
      topics: { fsd: false, nvidia: true, cac: false },
      highlightStyle: 'background',
      showUnverified: false,
      paused: true,
      disabledSites: ['example.com', 'news.example.org'],
    };
    expect(parseSettings(stored)).toEqual(stored);
  });

  it('replaces each corrupt field by its default and keeps the good ones', () => {
    const parsed = parseSettings({
      topics: { fsd: 'no', nvidia: false, cac: 0, extra: true },
      highlightStyle: 'blink',
      showUnverified: 'false',
      paused: null,
      disabledSites: [
        'Example.COM',
        'javascript:alert(1)',
        42,
        'www.example.com',
        'https://WWW.Shop.example.net/x?y',
        '',
      ],
      unknown: { nested: true },
    });
    expect(parsed).toEqual({
      version: 1,
      topics: { fsd: true, nvidia: false, cac: true },
      highlightStyle: 'underline',
      showUnverified: true,
      paused: false,
      disabledSites: ['example.com', 'shop.example.net'],
    });
  });

  it('caps the list of sites', () => {
    const many = Array.from({ length: MAX_DISABLED_SITES + 50 }, (_, i) => `site${i}.example`);
    expect(parseSettings({ disabledSites: many }).disabledSites).toHaveLength(MAX_DISABLED_SITES);
  });

  it('never throws, whatever is stored', () => {
    const hostile = Object.create({ topics: { fsd: false } });
    Object.defineProperty(hostile, 'paused', { get: () => true, enumerable: true });
    expect(() => parseSettings(hostile)).not.toThrow();
    expect(() => parseSettings({ disabledSites: [{ toString: () => 'x' }] })).not.toThrow();
  });
});

describe('sites', () => {
  it('normalises what a user types or pastes', () => {
    expect(normaliseSite(' www.Example.com. ')).toBe('example.com');
    expect(normaliseSite('https://news.example.com:8443/path')).toBe('news.example.com');
    expect(normaliseSite('example.com/a/b')).toBe('example.com');
    expect(normaliseSite('127.0.0.1')).toBe('127.0.0.1');
    for (const bad of ['', 'not a host', 'ftp://example.com', 'chrome://extensions', '-bad-.com', 'a..b', 7]) {
      expect(normaliseSite(bad), String(bad)).toBeNull();
    }
  });

  it('a switched-off site covers its subdomains, not its neighbours', () => {
    const s = { ...DEFAULT_SETTINGS, disabledSites: ['example.com'] };
    expect(isSiteDisabled(s, 'example.com')).toBe(true);
    expect(isSiteDisabled(s, 'www.example.com')).toBe(true);
    expect(isSiteDisabled(s, 'news.example.com')).toBe(true);
    expect(isSiteDisabled(s, 'badexample.com')).toBe(false);
    expect(isSiteDisabled(s, 'example.com.evil.net')).toBe(false);
  });

  it('pausing switches every site off', () => {
    expect(isActiveOn(DEFAULT_SETTINGS, 'example.com')).toBe(true);
    expect(isActiveOn({ ...DEFAULT_SETTINGS, paused: true }, 'example.com')).toBe(false);
  });

  it('switches a site off and back on', () => {
    const off = withSite(DEFAULT_SETTINGS, 'www.example.com', false);
    expect(off.disabledSites).toEqual(['example.com']);
    expect(isActiveOn(off, 'example.com')).toBe(false);
    // Switching a subdomain back on removes the parent entry that covered it.
    const on = withSite(off, 'news.example.com', true);
    expect(on.disabledSites).toEqual([]);
    expect(withSite(off, 'not a host', true)).toBe(off);
  });
});
