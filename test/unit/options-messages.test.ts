import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';

const getMessage = vi.hoisted(() => vi.fn((_key: string, _subs?: string[]) => ''));
vi.mock('webextension-polyfill', () => ({ default: { i18n: { getMessage, getUILanguage: () => 'en' } } }));

const { OPTIONS_MESSAGES } = await import('../../src/options/messages');
const { t } = await import('../../src/options/i18n');

const dir = new URL('../../src/options/', import.meta.url);
const sources = readdirSync(dir)
  .filter((f) => /\.tsx?$/.test(f) && f !== 'messages.ts')
  .map((f) => readFileSync(new URL(f, dir), 'utf8'))
  .join('\n');

describe('options page strings', () => {
  it('prefixes every key with options_', () => {
    for (const key of Object.keys(OPTIONS_MESSAGES)) expect(key).toMatch(/^options_[a-z0-9_]+$/);
  });

  it('has no unused message (each key appears in the page code)', () => {
    for (const key of Object.keys(OPTIONS_MESSAGES)) expect(sources.includes(`'${key}'`), key).toBe(true);
  });

  it('fills the site into the messages that name one', () => {
    expect(t('options_sites_remove_named', 'example.com')).toBe('Remove example.com');
    expect(t('options_sites_error_covered', ['news.example.com', 'example.com'])).toBe(
      'news.example.com is already off: it is part of example.com, which is in the list.',
    );
    expect(t('options_sites_error_full', '500')).toBe('The list is full (500 sites). Remove a site to add another.');
  });
});
