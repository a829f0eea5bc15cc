/**
 * Writes public/_locales/en/messages.json from the English tables that live next to the code
 * (npm run locales). A unit test fails when the file and the tables drift apart.
 */
import { writeFileSync } from 'node:fs';
import { MESSAGES as CARD } from '../src/card/messages';
import { OPTIONS_MESSAGES } from '../src/options/messages';
import { POPUP_MESSAGES } from '../src/popup/messages';
import { SOURCES_MESSAGES } from '../src/sources/messages';
import { EXTENSION_MESSAGES } from '../src/ui/extension-messages';
import type { MessageTable } from '../src/ui/i18n';

export const LOCALE_FILE = new URL('../public/_locales/en/messages.json', import.meta.url);

/** Every table, in the order the file lists them. */
export function allMessages(): MessageTable {
  const tables: MessageTable[] = [EXTENSION_MESSAGES, CARD, POPUP_MESSAGES, OPTIONS_MESSAGES, SOURCES_MESSAGES];
  const out: MessageTable = {};
  for (const table of tables) {
    for (const [key, entry] of Object.entries(table)) {
      if (key in out) throw new Error(`locales: ${key} is defined twice`);
      out[key] = entry;
    }
  }
  return out;
}

export function localeFileText(): string {
  return `${JSON.stringify(allMessages(), null, 2)}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(LOCALE_FILE, localeFileText());
  console.log(`locales: wrote ${Object.keys(allMessages()).length} messages to ${LOCALE_FILE.pathname}`);
}
