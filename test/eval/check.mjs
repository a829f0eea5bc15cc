#!/usr/bin/env node
import { execFileSync } from 'node:child_process';
// Validates test/eval/sentences.jsonl: JSON per line, unique ids, known topics,
// mentions that occur in the text as often as they are listed, labels for exactly
// seeds 000..004 with known values, and empty-topic items that are neutral and unhighlighted.
// Then scores an oracle prediction (the gold labels as `stances`, the gold mentions) with the
// shared scorer, when it is present, and expects perfect scores.
// usage: node test/eval/check.mjs [path] [scorer]
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const path = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), 'sentences.jsonl');
const SEEDS = ['000', '001', '002', '003', '004'];
const LABELS = new Set(['support', 'contradict', 'neutral']);
const TOPICS = new Set(['fsd', 'nvidia', 'cac']);
const errors = [];
const ids = new Set();
const count = (text, m) => {
  let n = 0;
  for (let i = text.indexOf(m); i >= 0; i = text.indexOf(m, i + 1)) n++;
  return n;
};
const lines = readFileSync(path, 'utf8')
  .split('\n')
  .filter((l) => l.trim());
lines.forEach((line, n) => {
  const where = `${path}:${n + 1}`;
  let o;
  try {
    o = JSON.parse(line);
  } catch {
    errors.push(`${where}: not JSON`);
    return;
  }
  if (typeof o.id !== 'string' || ids.has(o.id)) errors.push(`${where}: missing or duplicate id ${o.id}`);
  ids.add(o.id);
  if (typeof o.text !== 'string' || !o.text) errors.push(`${where}: no text`);
  if (!Array.isArray(o.topics) || o.topics.some((t) => !TOPICS.has(t))) errors.push(`${where}: bad topics`);
  if (!Array.isArray(o.mentions)) errors.push(`${where}: mentions not a list`);
  const listed = {};
  for (const m of o.mentions ?? []) listed[m] = (listed[m] ?? 0) + 1;
  for (const [m, k] of Object.entries(listed)) {
    const got = count(o.text, m);
    if (got !== k) errors.push(`${where}: mention ${JSON.stringify(m)} listed ${k}x, occurs ${got}x`);
  }
  for (const a of o.also ?? []) if (!o.text.includes(a)) errors.push(`${where}: also ${JSON.stringify(a)} not in text`);
  const keys = Object.keys(o.labels ?? {}).sort();
  if (keys.join() !== SEEDS.join()) errors.push(`${where}: labels keys ${keys}`);
  for (const s of SEEDS) if (!LABELS.has(o.labels?.[s])) errors.push(`${where}: bad label for ${s}`);
  if (o.topics?.length === 0) {
    if (o.mentions?.length) errors.push(`${where}: empty topics but mentions`);
    if (SEEDS.some((s) => o.labels?.[s] !== 'neutral')) errors.push(`${where}: empty topics but non-neutral label`);
  }
});
if (errors.length) {
  console.error(errors.join('\n'));
  process.exit(1);
}
console.log(`${lines.length} items OK`);

const scorer = process.argv[3] ?? '/work/shared/eval/score.mjs';
if (!existsSync(scorer)) {
  console.log(`scorer ${scorer} not found; oracle check skipped`);
  process.exit(0);
}
const oracle = join(mkdtempSync(join(tmpdir(), 'eval-')), 'oracle.jsonl');
writeFileSync(
  oracle,
  `${lines
    .map((l) => {
      const o = JSON.parse(l);
      return JSON.stringify({ id: o.id, mentions: o.mentions, stances: o.labels });
    })
    .join('\n')}\n`,
);
const r = JSON.parse(execFileSync('node', [scorer, path, oracle, '--json'], { encoding: 'utf8' }));
console.log(JSON.stringify(r));
const perfect =
  r.missing_predictions === 0 &&
  r.mention_precision === 1 &&
  r.mention_recall === 1 &&
  r.support_f1 === 1 &&
  r.contradict_f1 === 1 &&
  r.macro_f1 === 1 &&
  r.contradict_precision === 1;
if (!perfect) {
  console.error('oracle prediction is not scored perfectly');
  process.exit(1);
}
console.log('oracle prediction scores perfectly');
