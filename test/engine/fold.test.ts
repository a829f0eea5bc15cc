import { describe, expect, it } from 'vitest';
import { FOLDED_CHARS, fold, isFolded } from '../../src/engine/fold';

describe('typographic folding', () => {
  it('skips text with nothing to fold only when there is nothing: the quick test knows every folded character', () => {
    const disagree: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (FOLDED_CHARS.test(String.fromCharCode(code)) !== isFolded(code)) disagree.push(code.toString(16));
    }
    expect(disagree).toEqual([]);
  });

  it('maps every folded character back to where it came from', () => {
    const text = 'Tesla\u2019s Full\u00a0Self\u2011Driving, Nvi\u00addia';
    const { text: folded, map } = fold(text);
    expect(folded).toBe("Tesla's Full Self-Driving, Nvidia");
    for (let i = 0; i < folded.length; i++) {
      const original = text[map[i] as number] as string;
      if (/[a-z]/i.test(folded[i] as string)) expect(original).toBe(folded[i]);
    }
    // The folded characters themselves point at what they replaced.
    const from = (c: string) => text[map[folded.indexOf(c)] as number];
    expect(from("'")).toBe('\u2019');
    expect(text[map[folded.indexOf('Self') - 1] as number]).toBe('\u00a0');
    expect(text[map[folded.indexOf('-Driving')] as number]).toBe('\u2011');
    // The soft hyphen is gone: "Nvidia" maps to its six letters, around it.
    expect(text.slice(map[folded.indexOf('Nvidia')] as number)).toBe('Nvi\u00addia');
  });

  it('leaves plain text as it is, each character at its own index', () => {
    const { text, map } = fold('Nvidia and FSD');
    expect(text).toBe('Nvidia and FSD');
    expect([...map]).toEqual([...Array(14).keys()]);
    // A longer text after it still gets a map as long as itself.
    expect(fold('x'.repeat(5000)).map.length).toBe(5000);
  });
});
