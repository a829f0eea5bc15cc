/**
 * storage.onChanged reports the page's own saves too, and may report one after the user has made
 * the next change. Showing such a late value would briefly undo that change and, if the user
 * changed something else meanwhile, save the undone state. So the page remembers the saves still
 * on their way and shows a stored value only when none is: until then its own newest save is
 * bound to land last and it already shows that. Changes made elsewhere (the popup) come through
 * as soon as the page has nothing pending.
 */
export interface EchoFilter {
  /** Before a save: a change event with this value is the page's own. */
  expect(key: string): void;
  /** The save failed, or its event is overdue (storage reports no event when nothing changed). */
  forget(key: string): void;
  /** For each change event: true when the page should show the stored value. */
  shouldApply(key: string): boolean;
}

export function echoFilter(): EchoFilter {
  const pending: string[] = [];
  return {
    expect(key) {
      pending.push(key);
    },
    forget(key) {
      const i = pending.indexOf(key);
      if (i >= 0) pending.splice(i, 1);
    },
    shouldApply(key) {
      // Events come in the order the values were stored: saves before this one are done.
      const i = pending.indexOf(key);
      if (i >= 0) pending.splice(0, i + 1);
      return pending.length === 0;
    },
  };
}
