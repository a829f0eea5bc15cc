/**
 * Content script: finds the mentions on the page, asks the background for verdicts on their
 * sentences, and highlights them. A page without a mention costs one text pass and nothing else:
 * no engine, no index, no message.
 */
import type { Verdict } from '../engine';
import { MAX_SENTENCE_CHARS, MAX_SENTENCES_PER_BATCH } from '../messages';
import { sendToBackground } from '../runtime';
import { drawHighlights, type HighlightKind, highlightsSupported } from './highlights';
import { type FoundMention, scan } from './scan';

async function verdictsFor(sentences: string[]): Promise<Map<string, Verdict>> {
  const verdicts = new Map<string, Verdict>();
  for (let i = 0; i < sentences.length; i += MAX_SENTENCES_PER_BATCH) {
    const batch = sentences.slice(i, i + MAX_SENTENCES_PER_BATCH);
    const { results } = await sendToBackground('check-sentences', { sentences: batch });
    results.forEach((r, j) => {
      verdicts.set(batch[j] as string, r.verdict);
    });
  }
  return verdicts;
}

function group(mentions: FoundMention[], kindOf: (m: FoundMention) => HighlightKind): Map<HighlightKind, Range[]> {
  const groups = new Map<HighlightKind, Range[]>();
  for (const m of mentions) {
    const kind = kindOf(m);
    const list = groups.get(kind);
    if (list) list.push(m.range);
    else groups.set(kind, [m.range]);
  }
  return groups;
}

async function run(): Promise<void> {
  if (!highlightsSupported() || !document.body) return;
  const startMark = performance.now();
  const { textNodes, mentions } = scan(document.body);
  performance.measure('crosscheck:scan', { start: startMark, detail: { textNodes, mentions: mentions.length } });
  if (mentions.length === 0) return;
  drawHighlights(group(mentions, () => 'pending'));
  const sentenceOf = (m: FoundMention) => m.sentence.slice(0, MAX_SENTENCE_CHARS);
  const verdicts = await verdictsFor([...new Set(mentions.map(sentenceOf))]);
  drawHighlights(group(mentions, (m) => verdicts.get(sentenceOf(m)) ?? 'pending'));
  await sendToBackground('page-summary', { mentions: mentions.length });
}

run().catch((error: unknown) => {
  // An orphaned content script (extension reloaded or updated) loses its messaging: detach quietly.
  if (String(error).includes('Extension context invalidated')) return;
  console.warn('crosscheck:', error);
});
