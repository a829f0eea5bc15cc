/** The shortcut list's data, from what `commands.getAll()` returns. Pure, for the tests. */

/** The fields of `Commands.Command` that the list shows. */
export interface CommandInfo {
  name?: string;
  description?: string;
  shortcut?: string;
}

export interface ShortcutRow {
  name: string;
  /** The command's description; null for the browser's own popup command, which has none. */
  description: string | null;
  /** The key combination; null when none is set. */
  shortcut: string | null;
}

/** Commands the browser defines for the toolbar button; the manifest gives them no description. */
const POPUP_COMMANDS = new Set(['_execute_action', '_execute_browser_action']);

export function shortcutRows(commands: readonly CommandInfo[]): ShortcutRow[] {
  return commands
    .filter((c) => c.name && (c.description?.trim() || POPUP_COMMANDS.has(c.name)))
    .map((c) => ({
      name: c.name as string,
      description: c.description?.trim() || null,
      shortcut: c.shortcut?.trim() || null,
    }));
}

/** Firefox serves extension pages from moz-extension:; Chrome and its relatives from chrome-extension:. */
export function isFirefoxBase(extensionBaseUrl: string): boolean {
  return extensionBaseUrl.startsWith('moz-extension:');
}

/** Chrome's page for changing extension shortcuts; Edge and other Chromium browsers redirect it. */
export const CHROME_SHORTCUTS_URL = 'chrome://extensions/shortcuts';
