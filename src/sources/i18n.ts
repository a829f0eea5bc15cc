/**
 * The source reader's strings: `t` over its English table (messages.ts), and the words for the
 * engine's codes (dates, kinds, topics, stances).
 */
import type { SourceMeta, SourceStance, Topic } from '../engine/types';
import { dateParts, translator } from '../ui/i18n';
import type { Relation } from './claims';
import { SOURCES_MESSAGES } from './messages';

export const t = translator(SOURCES_MESSAGES);
export type SourcesKey = keyof typeof SOURCES_MESSAGES & string;

/** `2024-05-17` → `17 May 2024`, as the card writes it (see dateParts); anything else as given. */
export function formatDate(date: string): string {
  const parts = dateParts(date);
  if (!parts) return date;
  return t('sources_date', [String(parts.day), t(`sources_month_${parts.month}` as SourcesKey), String(parts.year)]);
}

/** The engine's kinds are a small fixed vocabulary; an unknown one is shown as given. */
export function kindName(kind: string): string {
  if (/news/i.test(kind)) return t('sources_kind_news');
  if (/opinion|blog/i.test(kind)) return t('sources_kind_opinion');
  if (/summary|analysis/i.test(kind)) return t('sources_kind_analysis');
  return kind;
}

export function topicName(topic: Topic): string {
  return t(`sources_topic_${topic}` as SourcesKey);
}

export const sourceName = (s: SourceMeta) => s.title ?? s.label;

export function ownStance(stance: SourceStance): string {
  return t(stance === 'not-yet' ? 'sources_own_not_yet' : (`sources_own_${stance}` as SourcesKey));
}

export function relationName(relation: Relation): string {
  return t(`sources_relation_${relation}` as SourcesKey);
}
