/**
 * The sources page's strings in English: the source of truth for the sources_ keys of the generated
 * public/_locales/en/messages.json (npm run locales), and the fallback when the browser has none.
 */
import type { MessageTable } from '../ui/i18n';

export const SOURCES_MESSAGES = {} satisfies MessageTable;
