/** Per-tab facts the background remembers while the tab lives. */
export class TabState {
  readonly #mentions = new Map<number, number>();

  setMentions(tabId: number, count: number): void {
    this.#mentions.set(tabId, count);
  }

  mentions(tabId: number): number | null {
    return this.#mentions.get(tabId) ?? null;
  }

  forget(tabId: number): void {
    this.#mentions.delete(tabId);
  }
}
