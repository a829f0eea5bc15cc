import { describe, expect, it } from 'vitest';
import { echoFilter } from '../../src/options/save-echo';

describe('options page: own saves echoed by storage.onChanged', () => {
  it('shows a value changed elsewhere when the page has no save on its way', () => {
    const f = echoFilter();
    expect(f.shouldApply('popup')).toBe(true);
  });

  it('skips the echo of an earlier save while a later one is still coming', () => {
    const f = echoFilter();
    f.expect('a');
    f.expect('b');
    expect(f.shouldApply('a')).toBe(false);
    expect(f.shouldApply('b')).toBe(true);
  });

  it('skips a change from elsewhere that the page will overwrite, and shows one that lands after', () => {
    const f = echoFilter();
    f.expect('mine');
    expect(f.shouldApply('popup-before')).toBe(false);
    expect(f.shouldApply('mine')).toBe(true);
    expect(f.shouldApply('popup-after')).toBe(true);
  });

  it('treats an event for a later save as the end of the earlier ones (no event when nothing changed)', () => {
    const f = echoFilter();
    f.expect('a');
    f.expect('b');
    expect(f.shouldApply('b')).toBe(true);
    expect(f.shouldApply('popup')).toBe(true);
  });

  it('stops waiting for a save that failed or whose event never came', () => {
    const f = echoFilter();
    f.expect('failed');
    f.expect('unchanged');
    f.forget('failed');
    f.forget('unchanged');
    f.forget('never-expected');
    expect(f.shouldApply('popup')).toBe(true);
  });
});
