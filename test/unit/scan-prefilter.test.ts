/**
 * The content script matches only blocks whose text passes maybeMention, so that test must
 * hold wherever the matcher finds a name: checked on every labelled and paraphrased sentence we
 * have, on typographic variants, and on names run together with neighbouring text.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { candidatesIn, maybeMention } from '../../src/content/scan';
import { findMentions } from '../../src/engine/mentions';

const ROOT = resolve(import.meta.dirname, '../..');

function sentences(): string[] {
  const files = [
    join(ROOT, '../shared/eval/dev.jsonl'),
    // Every labelled set of ours (test/eval, test/dev*, test/holdout*) and the paraphrase sets.
    ...readdirSync(join(ROOT, 'test'))
      .filter((dir) => /^(?:eval|engine|dev\d+|holdout\d*)$/.test(dir))
      .flatMap((dir) =>
        readdirSync(join(ROOT, 'test', dir))
          .filter((f) => f.endsWith('.jsonl'))
          .map((f) => join(ROOT, 'test', dir, f)),
      ),
  ].filter(existsSync);
  return files.flatMap((f) =>
    readFileSync(f, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => (JSON.parse(l) as { text: string }).text),
  );
}

describe('the cheap test before the matcher', () => {
  it('passes every sentence in which the matcher finds a name', () => {
    const all = sentences();
    expect(all.length).toBeGreaterThan(400);
    const missed = all.filter((text) => findMentions(text).length > 0 && !maybeMention(text));
    expect(missed).toEqual([]);
  });

  it('passes typographic variants and names glued to neighbouring text nodes', () => {
    for (const text of [
      'Full\u00a0Self-Driving',
      'Full Self\u2011Driving',
      'Nvi\u00addia',
      '\ufeffNVI\u200bDIA\u200b',
      'C\u200bAC',
      'NVIDIA’s chips',
      'the internet\u00a0regulator in Beijing',
      'China’s cyberspace regulator',
      'the CAC’s rules on data exports in China',
      'Tesla’s FSD (Supervised)',
      // Blocks run together in textContent: "<li>Nvidia</li><li>FSD</li>".
      'NvidiaFSDCAC',
    ]) {
      expect(maybeMention(text), text).toBe(true);
    }
  });

  it('lets text without the names through unread', () => {
    for (const text of [
      'Tesla Model 3 sales rose',
      'The chipmaker unveiled a new GPU.',
      // Zero-width characters some sites put in every paragraph or separator.
      '\ufeffJust don’t call it the Gimbal',
      '\ufeff / \ufeff',
      '7450/6900 MB/s.\u200b',
    ]) {
      expect(maybeMention(text), text).toBe(false);
    }
  });
});

describe('where names may start in a part of the page', () => {
  it('gives every offset the cheap test matches at, or null when it would not pass the text', () => {
    const text = 'Tesla said FSD would come; Nvidia and the CAC were not mentioned.';
    expect(candidatesIn(text)).toEqual([text.indexOf('FSD'), text.indexOf('Nvid'), text.indexOf('CAC')]);
    expect(candidatesIn('Tesla Model 3 sales rose')).toBeNull();
    // Zero-width characters alone do not count; with a name in the text, they are offsets too.
    expect(candidatesIn('\ufeffJust don’t call it the Gimbal')).toBeNull();
    expect(candidatesIn('\ufeffNVI\u200bDIA shares')).toEqual([0, 4]);
  });

  it('agrees with the cheap test on every labelled sentence', () => {
    for (const text of sentences()) expect(candidatesIn(text) !== null, text).toBe(maybeMention(text));
  });
});
