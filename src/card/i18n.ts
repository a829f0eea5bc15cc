/**
 * The card's strings: `t` over the card's English table (messages.ts).
 */
import { format, type MessageEntry, translator, uiLocale } from '../ui/i18n';
import { MESSAGES } from './messages';

export type { MessageEntry };
export { format, MESSAGES, uiLocale };

export type MessageKey = keyof typeof MESSAGES;

export const t = translator(MESSAGES);
