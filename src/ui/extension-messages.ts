/** Strings the browser shows for the extension itself: store listing, toolbar button, shortcuts. */
import type { MessageTable } from './i18n';

export const EXTENSION_MESSAGES = {
  extName: {
    message: 'Crosscheck: sources for FSD, Nvidia and CAC news',
    description: "Extension name shown in the browser's extension list and stores.",
  },
  extDescription: {
    message:
      "Highlights mentions of Tesla's Full Self-Driving, Nvidia and China's Cyberspace Administration, and shows which bundled source articles support or contradict each claim. Everything runs in your browser.",
    description: 'Extension description for the stores and the extension list.',
  },
  actionTitle: {
    message: 'Crosscheck: claims on this page',
    description: 'Tooltip of the toolbar button.',
  },
  commandNextMention: {
    message: 'Go to the next mention on the page and open its card',
    description: 'Keyboard shortcut description.',
  },
  commandPreviousMention: {
    message: 'Go to the previous mention on the page and open its card',
    description: 'Keyboard shortcut description.',
  },
  commandToggleHighlights: {
    message: 'Show or hide the highlights on the page',
    description: 'Keyboard shortcut description.',
  },
} satisfies MessageTable;
