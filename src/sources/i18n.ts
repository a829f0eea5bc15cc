/**
 * The source reader's strings: `t` over its English table (messages.ts), and the words for the
 * engine's codes (dates, kinds, topics, stances).
 */
import type { SourceMeta, SourceStance, Topic } from '../engine/types';
import { translator } from '../ui/i18n';
import type { Relation } from './claims';
import { SOURCES_MESSAGES } from './messages';

export const t = translator(SOURCES_MESSAGES);
export type SourcesKey = keyof typeof SOURCES_MESSAGES & string;

/** `2024-05-17` → `17 May 2024`; anything else is shown as given. */
export function formatDate(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return date;
  const monthKey = `sources_month_${Number(m[2])}` as SourcesKey;
  if (!(monthKey in SOURCES_MESSAGES)) return date;
  return t('sources_date', [String(Number(m[3])), t(monthKey), m[1] as string]);
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
