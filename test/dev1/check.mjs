#!/usr/bin/env node
// Validates the labelled set test/dev1/sentences.jsonl (written as a held-out set) and confirms that the shared scorer reads it.
//
// Checks: every line is JSON; ids are unique and of the form h001...; topics are known; each mention
// occurs in the text exactly as many times as it is listed; `also` phrases occur in the text; labels
// cover exactly seeds 000..004 with known values; items with empty topics are all neutral and carry
// no mentions. Then it builds a gold-as-prediction copy (gold mentions, `labels` copied to `stances`,
// the field the scorer reads), runs the scorer on it and expects perfect scores.
//
// usage: node test/dev1/check.mjs [sentences.jsonl] [score.mjs]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const setPath = process.argv[2] ?? join(here, 'sentences.jsonl');
const scorerPath = process.argv[3] ?? '/work/shared/eval/score.mjs';

const SEEDS = ['000', '001', '002', '003', '004'];
const LABELS = ['support', 'contradict', 'neutral'];
const TOPICS = ['fsd', 'nvidia', 'cac'];

const occurrences = (text, needle) => text.split(needle).length - 1;

const problems = [];
const items = [];
const seen = new Set();
const lines = readFileSync(setPath, 'utf8').split('\n');
if (lines.at(-1) === '') lines.pop();

lines.forEach((line, index) => {
  const at = `line ${index + 1}`;
  let item;
  try {
    item = JSON.parse(line);
  } catch {
    problems.push(`${at}: not valid JSON`);
    return;
  }
  items.push(item);
  const { id, text, topics, mentions, also, labels } = item;
  if (typeof id !== 'string' || !/^h\d{3}$/.test(id)) problems.push(`${at}: bad id ${JSON.stringify(id)}`);
  if (seen.has(id)) problems.push(`${at}: duplicate id ${id}`);
  seen.add(id);
  if (typeof text !== 'string' || text.trim() === '') {
    problems.push(`${at} (${id}): empty text`);
    return;
  }
  if (!Array.isArray(topics) || topics.some((t) => !TOPICS.includes(t))) {
    problems.push(`${at} (${id}): topics must be a list drawn from ${TOPICS.join(', ')}`);
  }
  if (!Array.isArray(mentions)) {
    problems.push(`${at} (${id}): mentions must be a list`);
  } else {
    const listed = new Map();
    for (const m of mentions) listed.set(m, (listed.get(m) ?? 0) + 1);
    for (const [m, times] of listed) {
      const found = occurrences(text, m);
      if (found !== times) problems.push(`${at} (${id}): mention "${m}" listed ${times}x but occurs ${found}x`);
    }
  }
  if (also !== undefined) {
    if (!Array.isArray(also)) problems.push(`${at} (${id}): also must be a list`);
    else for (const a of also) if (!text.includes(a)) problems.push(`${at} (${id}): also "${a}" not in text`);
  }
  const keys = Object.keys(labels ?? {}).sort();
  if (keys.join(',') !== SEEDS.join(',')) problems.push(`${at} (${id}): label keys are ${keys.join(',')}`);
  for (const seed of SEEDS) {
    if (!LABELS.includes(labels?.[seed])) problems.push(`${at} (${id}): label for ${seed} is ${labels?.[seed]}`);
  }
  if (Array.isArray(topics) && topics.length === 0) {
    if (mentions?.length) problems.push(`${at} (${id}): no topics but has mentions`);
    if (SEEDS.some((s) => labels?.[s] !== 'neutral')) problems.push(`${at} (${id}): no topics but not all neutral`);
  }
});

if (problems.length > 0) {
  console.error(problems.join('\n'));
  console.error(`${problems.length} problem(s) in ${setPath}`);
  process.exit(1);
}

const perSeed = Object.fromEntries(SEEDS.map((s) => [s, Object.fromEntries(LABELS.map((l) => [l, 0]))]));
const perTopic = Object.fromEntries([...TOPICS, 'none'].map((t) => [t, 0]));
for (const item of items) {
  for (const s of SEEDS) perSeed[s][item.labels[s]]++;
  if (item.topics.length === 0) perTopic.none++;
  for (const t of item.topics) perTopic[t]++;
}
console.log(`${items.length} items valid`);
const topicCounts = Object.entries(perTopic).map(([t, n]) => `${t} ${n}`);
console.log(`topics: ${topicCounts.join(', ')}`);
for (const s of SEEDS) {
  console.log(`${s}: ${LABELS.map((l) => `${l} ${perSeed[s][l]}`).join(', ')}`);
}

if (!existsSync(scorerPath)) {
  console.log(`scorer not found at ${scorerPath}; gold-as-prediction check skipped`);
  process.exit(0);
}
const dir = mkdtempSync(join(tmpdir(), 'dev1-'));
const predPath = join(dir, 'gold-as-prediction.jsonl');
const predictions = items.map((item) => JSON.stringify({ id: item.id, mentions: item.mentions, stances: item.labels }));
writeFileSync(predPath, `${predictions.join('\n')}\n`);
let result;
try {
  result = JSON.parse(execFileSync('node', [scorerPath, setPath, predPath, '--json'], { encoding: 'utf8' }));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(`scorer on gold-as-prediction: ${JSON.stringify(result)}`);
const mustBeOne = [
  'mention_precision',
  'mention_recall',
  'support_f1',
  'contradict_f1',
  'macro_f1',
  'contradict_precision',
  'contradict_recall',
];
const imperfect = mustBeOne.filter((k) => result[k] !== 1);
if (result.items !== items.length || result.missing_predictions !== 0 || imperfect.length > 0) {
  console.error(`scorer did not give perfect scores: ${imperfect.join(', ') || 'item count mismatch'}`);
  process.exit(1);
}
console.log('perfect scores: the set is in the format the scorer expects');
