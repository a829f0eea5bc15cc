/**
 * Everything the card shows, computed from a cross-check and the source list without touching the
 * DOM: the component only lays this out, and unit tests check the content here.
 */
import { dateParts } from '../ui/i18n';
import { type MessageKey, t } from './i18n';
import type { CrossCheck, Mention, SourceMeta, Span, Stance, Verdict } from './types';

export const VERDICT_KEYS: Record<Verdict, MessageKey> = {
  corroborated: 'card_verdict_corroborated',
  contested: 'card_verdict_contested',
  contradicted: 'card_verdict_contradicted',
  unverified: 'card_verdict_unverified',
};

export const STANCE_KEYS: Record<Stance, MessageKey> = {
  support: 'card_stance_support',
  contradict: 'card_stance_contradict',
  neutral: 'card_stance_neutral',
};

export function verdictText(verdict: Verdict): string {
  // An unknown value (a newer engine, a malformed reply) reads as not covered rather than failing.
  return t(VERDICT_KEYS[verdict] ?? VERDICT_KEYS.unverified);
}

export function stanceText(stance: Stance): string {
  return t(STANCE_KEYS[stance] ?? STANCE_KEYS.neutral);
}

/** "17 May 2024" from an ISO date (see dateParts); null when unreadable. */
export function formatDate(iso: string | null | undefined): string | null {
  const parts = dateParts(iso);
  if (!parts) return null;
  const { day, month, year } = parts;
  return t('card_date', [String(day), t(`card_month_${month}` as MessageKey), String(year)]);
}

export interface SourceRow {
  sourceId: string;
  label: string;
  /** Formatted date, null when the source has none. */
  date: string | null;
  /** ISO date for a <time datetime>, null when the source has none. */
  isoDate: string | null;
  kind: string | null;
  stance: Stance;
  stanceText: string;
  reason: string | null;
  evidence: Span | undefined;
  hasEvidence: boolean;
}

export interface SentencePart {
  text: string;
  /** True for the mention the reader opened the card from. */
  mark: boolean;
}

export interface CardView {
  verdict: Verdict;
  heading: string;
  sentence: string;
  sentenceParts: SentencePart[];
  rows: SourceRow[];
}

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const nonEmpty = (s: string | null | undefined): string | null => {
  const trimmed = s?.trim();
  return trimmed ? trimmed : null;
};

function rowFor(sourceId: string, meta: SourceMeta | undefined, check: CrossCheck): SourceRow {
  const finding = check.findings.find((f) => f.sourceId === sourceId);
  const stance: Stance = finding && Object.hasOwn(STANCE_KEYS, finding.stance) ? finding.stance : 'neutral';
  const evidenceText = nonEmpty(finding?.evidence?.text);
  const date = formatDate(meta?.date);
  // A neutral source has nothing to quote, whatever the engine attached.
  const evidence = stance !== 'neutral' && evidenceText ? finding?.evidence : undefined;
  return {
    sourceId,
    label: nonEmpty(meta?.title) ?? nonEmpty(meta?.label) ?? t('card_source_unknown', sourceId),
    date,
    isoDate: date && meta?.date ? meta.date.trim().slice(0, 10) : null,
    kind: nonEmpty(meta?.kind),
    stance,
    stanceText: stanceText(stance),
    reason: stance === 'neutral' ? null : nonEmpty(finding?.reason),
    evidence,
    hasEvidence: evidence !== undefined,
  };
}

/**
 * Splits the page sentence so the mention the card was opened from can be marked. Only mentions
 * whose offsets agree with the sentence and whose text matches count; anything else leaves the
 * sentence whole.
 */
export function sentenceParts(sentence: string, mentions: readonly Mention[], mentionText: string): SentencePart[] {
  const wanted = mentionText.trim().toLowerCase();
  const marks = mentions
    .filter(
      (m) =>
        wanted !== '' &&
        Number.isInteger(m.start) &&
        Number.isInteger(m.end) &&
        m.start >= 0 &&
        m.start < m.end &&
        m.end <= sentence.length &&
        sentence.slice(m.start, m.end).toLowerCase() === wanted,
    )
    .sort((a, b) => a.start - b.start);
  const parts: SentencePart[] = [];
  let at = 0;
  for (const m of marks) {
    if (m.start < at) continue; // overlapping mentions: keep the first
    if (m.start > at) parts.push({ text: sentence.slice(at, m.start), mark: false });
    parts.push({ text: sentence.slice(m.start, m.end), mark: true });
    at = m.end;
  }
  if (at < sentence.length || parts.length === 0) parts.push({ text: sentence.slice(at), mark: false });
  return parts;
}

/** One row per source, in id order, including any source a finding names that the list lacks. */
export function cardView(check: CrossCheck, sources: readonly SourceMeta[], mentionText = ''): CardView {
  const metaById = new Map(sources.map((s) => [s.id, s]));
  const ids = [...new Set([...sources.map((s) => s.id), ...check.findings.map((f) => f.sourceId)])].sort(byId);
  return {
    verdict: check.verdict,
    heading: verdictText(check.verdict),
    sentence: check.sentence,
    sentenceParts: sentenceParts(check.sentence, check.mentions, mentionText),
    rows: ids.map((id) => rowFor(id, metaById.get(id), check)),
  };
}
