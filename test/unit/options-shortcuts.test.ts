import { describe, expect, it } from 'vitest';
import { CHROME_SHORTCUTS_URL, isFirefoxBase, shortcutRows } from '../../src/options/shortcuts';

describe('keyboard shortcut list on the options page', () => {
  it('lists each command with its description and keys, null when no key is set', () => {
    expect(
      shortcutRows([
        { name: 'next-mention', description: 'Go to the next mention', shortcut: 'Alt+Shift+J' },
        { name: 'toggle-highlights', description: 'Show or hide the highlights', shortcut: '' },
        { name: 'previous-mention', description: 'Go to the previous mention' },
      ]),
    ).toEqual([
      { name: 'next-mention', description: 'Go to the next mention', shortcut: 'Alt+Shift+J' },
      { name: 'toggle-highlights', description: 'Show or hide the highlights', shortcut: null },
      { name: 'previous-mention', description: 'Go to the previous mention', shortcut: null },
    ]);
  });

  it("keeps the browser's popup command, whose description the page supplies, and drops nameless ones", () => {
    expect(
      shortcutRows([
        { name: '_execute_action', description: '', shortcut: 'Ctrl+Shift+Y' },
        { name: 'mystery', description: '  ' },
        { description: 'No name' },
      ]),
    ).toEqual([{ name: '_execute_action', description: null, shortcut: 'Ctrl+Shift+Y' }]);
  });

  it('tells Firefox from Chromium by the extension base URL', () => {
    expect(isFirefoxBase('moz-extension://0a1b2c3d-1111-2222-3333-444455556666/')).toBe(true);
    expect(isFirefoxBase('chrome-extension://abcdefghijklmnopabcdefghijklmnop/')).toBe(false);
    expect(CHROME_SHORTCUTS_URL).toBe('chrome://extensions/shortcuts');
  });
});
