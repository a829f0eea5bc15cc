import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';

const getMessage = vi.hoisted(() => vi.fn((_key: string, _subs?: string[]) => ''));
vi.mock('webextension-polyfill', () => ({ default: { i18n: { getMessage, getUILanguage: () => 'en' } } }));

const { formatDate, kindName, topicName } = await import('../../src/sources/i18n');
const { SOURCES_MESSAGES } = await import('../../src/sources/messages');
const { createEngine } = await import('../../src/engine');

const locale = JSON.parse(
  readFileSync(new URL('../../public/_locales/en/messages.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

describe('source reader strings', () => {
  it('has the same sources_ entries in messages.json as in the fallback table', () => {
    const inLocale = Object.fromEntries(Object.entries(locale).filter(([key]) => key.startsWith('sources_')));
    expect(inLocale).toEqual(JSON.parse(JSON.stringify(SOURCES_MESSAGES)));
    for (const key of Object.keys(SOURCES_MESSAGES)) expect(key).toMatch(/^sources_/);
  });

  it('writes dates in words and leaves anything unexpected as given', () => {
    expect(formatDate('2024-05-17')).toBe('17 May 2024');
    expect(formatDate('2024-13-01')).toBe('2024-13-01');
    expect(formatDate('May 2024')).toBe('May 2024');
    // As the card reads dates: a time part is ignored, a day the calendar lacks is not a date.
    expect(formatDate('2024-05-17T23:30:00-08:00')).toBe('17 May 2024');
    expect(formatDate('2024-02-31')).toBe('2024-02-31');
  });

  it('has words for every kind and topic of the bundled sources', () => {
    const engine = createEngine();
    for (const s of engine.sources) expect(kindName(s.kind)).not.toBe(s.kind);
    for (const c of engine.claims) expect(topicName(c.topic)).not.toBe('');
  });
});
