import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/engine/sentences';

const texts = (s: string) => splitSentences(s).map((x) => x.text);

describe('splitSentences', () => {
  it('keeps offsets into the input', () => {
    const input = '  Tesla talks.  Nvidia declined to comment. ';
    for (const s of splitSentences(input)) expect(input.slice(s.start, s.end)).toBe(s.text);
    expect(texts(input)).toEqual(['Tesla talks.', 'Nvidia declined to comment.']);
  });

  it('does not split after titles, initials and e.g.', () => {
    expect(texts('Mr. Musk met Dr. Li and Mrs. Smith. J. Smith agreed, e.g. on data.')).toEqual([
      'Mr. Musk met Dr. Li and Mrs. Smith.',
      'J. Smith agreed, e.g. on data.',
    ]);
  });

  it('splits after U.S. and Inc. only before a sentence opener', () => {
    expect(texts('Tesla pushed to move data to the U.S. It may do so soon.')).toEqual([
      'Tesla pushed to move data to the U.S.',
      'It may do so soon.',
    ]);
    expect(texts('U.S. officials met Nvidia Inc. executives.')).toEqual(['U.S. officials met Nvidia Inc. executives.']);
    expect(texts('Shares of Tesla Inc. The rest fell.')).toEqual(['Shares of Tesla Inc.', 'The rest fell.']);
  });

  it('keeps money, percentages and decimals whole', () => {
    expect(texts('FSD costs almost US$9,000 (S$12,000). The CAC 40 rose 0.8%. Growth was 3.8 per cent.')).toEqual([
      'FSD costs almost US$9,000 (S$12,000).',
      'The CAC 40 rose 0.8%.',
      'Growth was 3.8 per cent.',
    ]);
  });

  it('keeps a closing quote with its sentence', () => {
    expect(texts('“It would be a milestone.” Zhang said so. He added: “China matters.”')).toEqual([
      '“It would be a milestone.”',
      'Zhang said so.',
      'He added: “China matters.”',
    ]);
    expect(texts('“It would be a milestone,” said Yale Zhang.')).toEqual([
      '“It would be a milestone,” said Yale Zhang.',
    ]);
  });

  it('treats lines as hard breaks: headlines and bullets', () => {
    const input =
      'Tesla Bold AI Move\n- Tesla does not sell FSD in the country\n- Local law changes will allow transfers\nBody text here.';
    const out = splitSentences(input);
    expect(out.map((s) => s.text)).toEqual([
      'Tesla Bold AI Move',
      'Tesla does not sell FSD in the country',
      'Local law changes will allow transfers',
      'Body text here.',
    ]);
    const bullet = out[1];
    expect(bullet && input.slice(bullet.start, bullet.end)).toBe('Tesla does not sell FSD in the country');
  });

  it('handles ellipses and question marks', () => {
    expect(texts('Wait... Then it happened. Really? Yes!')).toEqual([
      'Wait...',
      'Then it happened.',
      'Really?',
      'Yes!',
    ]);
    expect(texts('It was… odd. Next one.')).toEqual(['It was… odd.', 'Next one.']);
  });

  it('returns nothing for empty or whitespace input and never throws', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences('   \n\n  ')).toEqual([]);
    expect(splitSentences(undefined as unknown as string)).toEqual([]);
  });

  it('is linear on a 1 MB run-on sentence', () => {
    const big = 'word '.repeat(200_000);
    const t = performance.now();
    const out = splitSentences(big);
    expect(performance.now() - t).toBeLessThan(1000);
    expect(out).toHaveLength(1);
    const dots = '.'.repeat(1_000_000);
    expect(() => splitSentences(dots)).not.toThrow();
  });
});
