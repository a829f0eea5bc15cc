/**
 * Strings for every part of the extension. Each part keeps its English table next to its code
 * (card, popup, options, source reader); `translator(table)` gives it a `t` that asks the browser
 * for the user's language and falls back to the table when the API has nothing. The generated
 * public/_locales/en/messages.json (npm run locales) carries every table's entries.
 */
import browser from 'webextension-polyfill';

export interface MessageEntry {
  message: string;
  description: string;
  /** Named placeholders, as in messages.json: `$NAME$` in the message stands for `content`. */
  placeholders?: Record<string, { content: string; example?: string }>;
}

export type MessageTable = Record<string, MessageEntry>;

/** Fills an entry the way the browser does: named placeholders first, then `$1`…`$9`, `$$` is `$`. */
export function format(entry: MessageEntry, substitutions: readonly string[] = []): string {
  const placeholders = entry.placeholders ?? {};
  const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const found = Object.entries(placeholders).find(([key]) => key.toLowerCase() === name.toLowerCase());
    return found ? found[1].content : whole;
  });
  return named.replace(/\$(\$|[1-9])/g, (_, what: string) =>
    what === '$' ? '$' : (substitutions[Number(what) - 1] ?? ''),
  );
}

function fromBrowser(key: string, substitutions: readonly string[]): string {
  try {
    return browser.i18n.getMessage(key, substitutions.length > 0 ? [...substitutions] : undefined) ?? '';
  } catch {
    // The API is gone once the extension is reloaded under a live page: fall back quietly.
    return '';
  }
}

/** A `t(key, substitutions)` for one table of messages. */
export function translator<T extends MessageTable>(table: T) {
  return (key: keyof T & string, substitutions?: string | readonly string[]): string => {
    const subs = substitutions === undefined ? [] : typeof substitutions === 'string' ? [substitutions] : substitutions;
    return fromBrowser(key, subs) || format(table[key] as MessageEntry, subs);
  };
}

/** Marks an extension page with the language and direction of its strings. */
export function applyUiLocale(): void {
  const { lang, dir } = uiLocale();
  document.documentElement.lang = lang;
  document.documentElement.dir = dir;
}

/** The language and writing direction of the extension's own strings, for `lang` and `dir`. */
export function uiLocale(): { lang: string; dir: 'ltr' | 'rtl' } {
  try {
    const dir = browser.i18n.getMessage('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
    return { lang: browser.i18n.getUILanguage() || 'en', dir };
  } catch {
    return { lang: 'en', dir: 'ltr' };
  }
}

/**
 * Day, month (1-12) and year of an ISO date (a time part, if any, is ignored). Taken from the
 * string itself, not from a Date in the local zone, so the day never shifts with the reader's time
 * zone; checked against the calendar, so 2024-02-31 is rejected. Null when unreadable.
 */
export function dateParts(iso: string | null | undefined): { day: number; month: number; year: number } | null {
  const match = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso.trim()) : null;
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return { day, month, year };
}
