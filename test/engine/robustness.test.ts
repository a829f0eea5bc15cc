import { describe, expect, it } from 'vitest';
import { createEngine, findMentions, splitSentences } from '../../src/engine/index';

const engine = createEngine();

function randomText(n: number, seed: number): string {
  let x = seed;
  let out = '';
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out += String.fromCharCode(x % 0xffff);
  }
  return out;
}

describe('robustness', () => {
  it('handles empty, whitespace and non-string input', () => {
    for (const s of ['', ' ', '\n\n', undefined, null, 42] as unknown as string[]) {
      const r = engine.check(s);
      expect(r.verdict).toBe('unverified');
      expect(r.findings).toHaveLength(5);
      expect(engine.checkText(s)).toEqual([]);
    }
  });

  it('handles random binary junk without throwing', () => {
    for (let seed = 1; seed < 6; seed++) {
      const junk = randomText(20_000, seed);
      expect(() => engine.checkText(junk)).not.toThrow();
      expect(() => engine.check(junk)).not.toThrow();
      expect(() => findMentions(junk)).not.toThrow();
    }
  });

  it('handles emoji, RTL text, lone surrogates and control characters', () => {
    const s = '🚗 Tesla’s FSD 🇨🇳 is not available in China. مرحبا بالعالم Nvidia \u202e\u200f\ud800 \u0000\u0007';
    const r = engine.check(s);
    expect(r.mentions.map((m) => m.text)).toEqual(['FSD', 'Nvidia']);
    for (const m of r.mentions) expect(s.slice(m.start, m.end)).toBe(m.text);
    expect(() => splitSentences(s)).not.toThrow();
  });

  it('checks a 1 MB single sentence in linear time', () => {
    const unit = 'Tesla talked with Nvidia about GPUs for a data centre in China while the CAC reviewed data rules ';
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length)).slice(0, 1_000_000);
    const t = performance.now();
    const r = engine.check(text);
    expect(performance.now() - t).toBeLessThan(5000);
    expect(r.mentions.length).toBeGreaterThan(10_000);
    expect(() => engine.checkText(text.slice(0, 200_000))).not.toThrow();
  });

  it('handles pathological punctuation and repeated names', () => {
    expect(() => engine.check('.'.repeat(100_000))).not.toThrow();
    expect(() => engine.check('FSD '.repeat(50_000))).not.toThrow();
    expect(() => engine.check(`${'('.repeat(10_000)}Nvidia${')'.repeat(10_000)}`)).not.toThrow();
    expect(() => engine.check(`$${'9'.repeat(5000)} FSD costs in China`)).not.toThrow();
  });
});
