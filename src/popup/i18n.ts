/** The popup's strings: `t` over its English table (messages.ts). */
import { translator } from '../ui/i18n';
import { POPUP_MESSAGES } from './messages';

export const t = translator(POPUP_MESSAGES);
export type PopupKey = keyof typeof POPUP_MESSAGES;
