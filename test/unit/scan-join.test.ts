/**
 * The scan's cheap test reads each text node alone and tests the boundary with the text before it
 * only where a name could run across it (mayJoin). These tests keep mayJoin in step with
 * maybeMention: whatever the test finds in a whole text, it finds in its parts.
 */
import { describe, expect, it } from 'vitest';
import { maybeMention, mayJoin } from '../../src/content/scan';
import { findMentions } from '../../src/engine/mentions';

const code = (s: string, i: number) => s.charCodeAt(i) | 32;

/** What the scan concludes for `text` read as two nodes split at `at` (the first one then tested alone). */
function seenSplit(text: string, at: number): boolean {
  const left = text.slice(0, at);
  const right = text.slice(at);
  if (maybeMention(left) || maybeMention(right)) return true;
  return mayJoin(code(left, left.length - 1), code(right, 0)) && maybeMention(left.slice(-9) + right.slice(0, 9));
}

describe('scan: names split over text nodes', () => {
  const names = [
    'FSD',
    'Nvidia',
    'NVIDIA',
    'NVDA',
    'CAC',
    'Cyberspace Administration',
    "China's cyberspace regulator",
    'Internet Regulator',
    'Full Self-Driving',
    'full self driving',
    'Full Self–Driving',
    'SELFDRIVING',
  ];

  it('finds every name at every split point', () => {
    for (const name of names) {
      const text = `Yesterday ${name} said so.`;
      expect(maybeMention(text)).toBe(true);
      for (let at = 1; at < text.length; at++) expect(seenSplit(text, at), `${name} split at ${at}`).toBe(true);
    }
  });

  it('leaves lower-case acronyms alone, as the matcher does', () => {
    for (const word of ['fsd', 'cac', 'nvda', 'the cache', 'efficacy', 'advocacy']) {
      expect(maybeMention(word), word).toBe(false);
      expect(findMentions(`Tesla and China: ${word} rules`), word).toEqual([]);
    }
  });

  it('skips the costly test at ordinary boundaries', () => {
    expect(mayJoin(code('said ', 4), code('the', 0))).toBe(false);
    expect(mayJoin(code('word.', 4), code('\n', 0))).toBe(false);
    expect(mayJoin(-1, code('data', 0))).toBe(false);
  });
});
