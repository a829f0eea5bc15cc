import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const cardDir = new URL('../../src/card/', import.meta.url);
const css = readFileSync(new URL('card.css', cardDir), 'utf8');

/** The custom properties of the first `:host { … }` block after `from`. */
function palette(from: number): Record<string, string> {
  const start = css.indexOf(':host {', from);
  const body = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries([...body.matchAll(/--([a-z-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [m[1], m[2]]));
}

const light = palette(0);
const dark = { ...light, ...palette(css.indexOf('@media (prefers-color-scheme: dark)')) };

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

// Every text colour on every background it is drawn on, including the verdict colours used for
// the heading text and the stance badges (text, icon and outline in one colour).
const TEXT_PAIRS: [string, string][] = [
  ['fg', 'bg'],
  ['muted', 'bg'],
  ['accent', 'bg'],
  ['accent', 'quote-bg'],
  ['quote-fg', 'quote-bg'],
  ['mark-fg', 'mark-bg'],
  ['support-fg', 'support-bg'],
  ['contradict-fg', 'contradict-bg'],
  ['neutral-fg', 'neutral-bg'],
  ['neutral-fg', 'bg'],
  ['corroborated', 'bg'],
  ['contested', 'bg'],
  ['contradicted', 'bg'],
  ['unverified', 'bg'],
];

describe('card colours', () => {
  it('declares a full palette for light and dark', () => {
    // The dark palette is its own block, not the light one found again.
    const darkAt = css.indexOf('@media (prefers-color-scheme: dark)');
    expect(darkAt).toBeGreaterThan(0);
    expect(palette(darkAt).bg).toMatch(/^#/);
    expect(palette(darkAt).bg).not.toBe(light.bg);
    const names = new Set(TEXT_PAIRS.flat());
    for (const name of names) {
      expect(light[name], `light --${name}`).toMatch(/^#/);
      expect(palette(css.indexOf('@media (prefers-color-scheme: dark)'))[name], `dark --${name}`).toMatch(/^#/);
    }
  });

  for (const [scheme, colours] of [
    ['light', light],
    ['dark', dark],
  ] as const) {
    it(`meets WCAG AA (4.5:1) for text in the ${scheme} scheme`, () => {
      for (const [fg, bg] of TEXT_PAIRS) {
        const ratio = contrast(colours[fg] as string, colours[bg] as string);
        expect(ratio, `${scheme}: --${fg} on --${bg}`).toBeGreaterThanOrEqual(4.5);
      }
    });
  }

  it('resets what the page would pass down', () => {
    expect(css).toMatch(/:host\s*{\s*all:\s*initial;/);
  });
});

describe('card sources', () => {
  const files = readdirSync(cardDir).filter((f) => /\.tsx?$/.test(f));

  it('takes only types from the engine, so the card bundle carries none of its code', () => {
    for (const file of files) {
      const text = readFileSync(new URL(file, cardDir), 'utf8');
      for (const m of text.matchAll(/^(import|export)\s+([^;]*?)\s+from\s+'([^']+)'/gms)) {
        if (/engine/.test(m[3] as string)) expect(m[2], `${file}: ${m[0]}`).toMatch(/^type\b/);
      }
    }
  });

  it('never renders markup from strings', () => {
    for (const file of files) {
      const text = readFileSync(new URL(file, cardDir), 'utf8');
      expect(text, file).not.toMatch(/innerHTML|outerHTML|dangerouslySetInnerHTML|insertAdjacentHTML|document\.write/);
    }
  });
});
