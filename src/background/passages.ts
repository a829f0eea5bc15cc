/**
 * Verdicts for the mentions a content script found: each mention's sentence is cut from its
 * passage with the engine's splitter and checked once, however many mentions share it.
 */
import { type CrossCheck, type Engine, splitSentences } from '../engine';
import type { Passage, ReplyOf } from '../messages';

/** Page text keeps its line breaks and runs of spaces; the engine reads one plain line. */
const tidy = (s: string) => s.replace(/\s+/g, ' ').trim();

export function checkPassages(engine: Engine, passages: Passage[]): ReplyOf<'check-passages'> {
  const checks: CrossCheck[] = [];
  const seen = new Map<string, number>();
  const mentions = passages.map(({ text, spans }) => {
    const sentences = splitSentences(text);
    return spans.map(([start, end]) => {
      const around = sentences.find((s) => s.start <= start && start < s.end);
      const sentence = tidy(around ? text.slice(around.start, Math.max(around.end, end)) : text);
      let index = seen.get(sentence);
      if (index === undefined) {
        index = checks.length;
        seen.set(sentence, index);
        checks.push(engine.check(sentence));
      }
      return index;
    });
  });
  return { checks, mentions };
}
