import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allMessages, LOCALE_FILE, localeFileText } from '../../scripts/locales';

describe('locales', () => {
  it('messages.json is generated from the tables next to the code (npm run locales)', () => {
    expect(readFileSync(LOCALE_FILE, 'utf8')).toBe(localeFileText());
  });

  it('every message has text, a description, and only placeholders it declares', () => {
    for (const [key, entry] of Object.entries(allMessages())) {
      expect(key).toMatch(/^[A-Za-z][A-Za-z0-9_]*$/);
      expect(entry.message.trim(), key).not.toBe('');
      expect(entry.description.trim(), key).not.toBe('');
      const used = [...entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]?.toLowerCase()).sort();
      expect(used, key).toEqual(Object.keys(entry.placeholders ?? {}).sort());
    }
  });

  it('the manifest names only messages that exist', () => {
    const manifest = readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8');
    const keys = new Set(Object.keys(allMessages()));
    for (const [, key] of manifest.matchAll(/__MSG_(\w+)__/g)) expect(keys.has(key as string), key).toBe(true);
  });
});
