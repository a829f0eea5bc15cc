/**
 * Fresh paraphrases written for this project (not the development set): real-world phrasings of
 * the sources' claims, other claims on the same topics, and other senses of the names. The engine
 * must reach the product's targets on them too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type GoldItem, score } from '../../src/cli/score';
import { createEngine } from '../../src/engine/index';

const engine = createEngine();

const files = readdirSync(__dirname).filter((f) => /^paraphrases.*\.jsonl$/.test(f));

it('has the paraphrase sets', () => {
  expect(files.length).toBeGreaterThanOrEqual(6);
});

describe.each(files)('%s', (file) => {
  const gold = readFileSync(join(__dirname, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as GoldItem);
  const preds = gold.map((g) => {
    const r = engine.check(g.text);
    return {
      id: g.id,
      mentions: r.mentions.map((m) => m.text),
      stances: Object.fromEntries(r.findings.map((f) => [f.sourceId, f.stance])),
    };
  });
  const s = score(gold, preds);

  it('meets the mention targets', () => {
    expect(s.mention_precision).toBeGreaterThanOrEqual(0.98);
    expect(s.mention_recall).toBeGreaterThanOrEqual(0.98);
  });

  it('meets the cross-check targets', () => {
    expect(s.macro_f1).toBeGreaterThanOrEqual(0.9);
    expect(s.contradict_precision).toBeGreaterThanOrEqual(0.95);
    expect(s.wrong_contradictions).toEqual([]);
  });
});
