/** The options page's strings: `t` over its English table (messages.ts). */
import { translator } from '../ui/i18n';
import { OPTIONS_MESSAGES } from './messages';

export type OptionsMessageKey = keyof typeof OPTIONS_MESSAGES;

export const t = translator(OPTIONS_MESSAGES);
