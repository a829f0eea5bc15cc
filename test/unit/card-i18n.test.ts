import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';

const getMessage = vi.hoisted(() => vi.fn((_key: string, _subs?: string[]) => ''));
const getUILanguage = vi.hoisted(() => vi.fn(() => 'en-US'));
vi.mock('webextension-polyfill', () => ({ default: { i18n: { getMessage, getUILanguage } } }));

const { format, MESSAGES, t, uiLocale } = await import('../../src/card/i18n');

const locale = JSON.parse(
  readFileSync(new URL('../../public/_locales/en/messages.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

describe('card strings', () => {
  it('has the same card_ entries in messages.json as in the fallback table', () => {
    const inLocale = Object.fromEntries(Object.entries(locale).filter(([key]) => key.startsWith('card_')));
    expect(inLocale).toEqual(JSON.parse(JSON.stringify(MESSAGES)));
  });

  it('prefixes every key with card_ and describes every message', () => {
    for (const [key, entry] of Object.entries(MESSAGES)) {
      expect(key).toMatch(/^card_[a-z0-9_]+$/);
      expect(entry.message.trim(), key).not.toBe('');
      expect(entry.description.trim(), key).not.toBe('');
    }
  });

  it('declares every named placeholder a message uses', () => {
    for (const [key, entry] of Object.entries(MESSAGES)) {
      const used = [...entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]?.toLowerCase());
      const declared = Object.keys(('placeholders' in entry && entry.placeholders) || {});
      expect(used.sort(), key).toEqual(declared.sort());
    }
  });

  it('falls back to English, with substitutions, when the browser has nothing', () => {
    getMessage.mockReturnValue('');
    expect(t('card_footer')).toBe('Sources are bundled with the extension; nothing leaves your browser.');
    expect(t('card_read_in_source_named', 'Commentary')).toBe('Read in source: Commentary');
    expect(t('card_date', ['17', 'May', '2024'])).toBe('17 May 2024');
  });

  it('uses the browser message and passes substitutions as a list', () => {
    getMessage.mockReturnValue('Quelle lesen: Kommentar');
    expect(t('card_read_in_source_named', 'Kommentar')).toBe('Quelle lesen: Kommentar');
    expect(getMessage).toHaveBeenLastCalledWith('card_read_in_source_named', ['Kommentar']);
  });

  it('falls back when the browser API throws (extension reloaded under the page)', () => {
    getMessage.mockImplementation(() => {
      throw new Error('Extension context invalidated.');
    });
    expect(t('card_close')).toBe('Close');
    getMessage.mockReset();
  });

  it('fills placeholders like the browser does', () => {
    const entry = {
      message: 'A $WHO$ paid $$5 for $1 at $WHO$',
      description: '',
      placeholders: { who: { content: '$2' } },
    };
    expect(format(entry, ['tea', 'guest'])).toBe('A guest paid $5 for tea at guest');
    // Substituted text is not read as placeholders in turn.
    expect(format(MESSAGES.card_read_in_source_named, ['$1 and $$'])).toBe('Read in source: $1 and $$');
    expect(format(MESSAGES.card_source_unknown)).toBe('Source ');
  });

  it("reports the browser's language and direction, English left to right without the API", () => {
    getMessage.mockImplementation((key: string) => (key === '@@bidi_dir' ? 'rtl' : ''));
    getUILanguage.mockReturnValue('ar');
    expect(uiLocale()).toEqual({ lang: 'ar', dir: 'rtl' });
    getUILanguage.mockImplementation(() => {
      throw new Error('Extension context invalidated.');
    });
    expect(uiLocale()).toEqual({ lang: 'en', dir: 'ltr' });
    getMessage.mockReset();
  });
});
