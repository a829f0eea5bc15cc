/**
 * The popup page's strings in English: the source of truth for the popup_ keys of the generated
 * public/_locales/en/messages.json (npm run locales), and the fallback when the browser has none.
 */
import type { MessageTable } from '../ui/i18n';

export const POPUP_MESSAGES = {} satisfies MessageTable;
