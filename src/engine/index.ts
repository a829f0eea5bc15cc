/**
 * The cross-checking engine's public API. Plain TypeScript: no browser or Node API, so the
 * background script, the command line and the tests all use it as is.
 */
import { INDEX } from './generated/index';
import type { Mention, Topic } from './mentions';
import { findMentions } from './mentions';
import { splitSentences } from './sentences';
import { type Finding, StanceMatcher } from './stance';
import type { Conflict, IndexData, SourceMeta, Span, Stance, Verdict } from './types';

export { findMentions } from './mentions';
export { splitSentences } from './sentences';
export type { Conflict, Mention, SourceMeta, Span, Stance, Topic, Verdict };

/** One source's stance on a sentence (the same shape the stance matcher returns). */
export type SourceFinding = Finding;

export interface CrossCheck {
  sentence: string;
  mentions: Mention[];
  topics: Topic[];
  verdict: Verdict;
  /** One per source, in id order. */
  findings: SourceFinding[];
  /** The catalogue claim the sentence was read as, when one matched. */
  claimId?: string;
  /** Offsets of the sentence in the text given to checkText. */
  start?: number;
  end?: number;
}

export interface ClaimSummary {
  id: string;
  topic: Topic;
  statement: string;
  sources: { sourceId: string; stance: string; evidence: Span[] }[];
}

export interface Engine {
  sources: SourceMeta[];
  check(sentence: string): CrossCheck;
  /** Splits into sentences and checks those with a mention or a catalogue claim. */
  checkText(text: string): CrossCheck[];
  /** The original text of a source file, for the source reader (offsets in evidence refer to it). */
  getSourceText(id: string): string | null;
  /** The article sentences of a source after cleaning, with offsets into its original text. */
  getSourceSentences(id: string): Span[];
  /** Where the sources disagree with each other. */
  conflicts: Conflict[];
  claims: ClaimSummary[];
}

const TOPIC_ORDER: Topic[] = ['fsd', 'nvidia', 'cac'];

export function verdictOf(findings: { stance: Stance }[]): Verdict {
  const sup = findings.some((f) => f.stance === 'support');
  const con = findings.some((f) => f.stance === 'contradict');
  if (sup && con) return 'contested';
  if (sup) return 'corroborated';
  if (con) return 'contradicted';
  return 'unverified';
}

export function createEngine(data: IndexData = INDEX): Engine {
  const matcher = new StanceMatcher(data);
  const sources: SourceMeta[] = data.sources.map(({ id, file, title, label, date, kind }) => ({
    id,
    file,
    title,
    label,
    date,
    kind,
  }));
  const byId = new Map(data.sources.map((s) => [s.id, s]));

  const check = (sentence: string, context?: string): CrossCheck => {
    const text = typeof sentence === 'string' ? sentence : '';
    const mentions = findMentions(text, context);
    // A short name used in another sense ("the FSD approved labelling rules for food", "CAC 40")
    // must not count as the topic when matching claims either.
    const kept = new Set(mentions.map((m) => m.start));
    const masked = text.replace(/\b(?:FSD|CAC)\b/g, (w, at: number) => (kept.has(at) ? w : ' '.repeat(w.length)));
    const { match, findings } = matcher.judge(masked);
    const topics = new Set<Topic>(mentions.map((m) => m.topic));
    if (match) topics.add(match.claim.topic);
    const out: CrossCheck = {
      sentence: text,
      mentions,
      topics: TOPIC_ORDER.filter((t) => topics.has(t)),
      verdict: verdictOf(findings),
      // judge() builds fresh findings for every call: nothing here is shared with the matcher.
      findings,
    };
    if (match && findings.some((f) => f.stance !== 'neutral')) out.claimId = match.claim.id;
    return out;
  };

  return {
    sources,
    check: (sentence) => check(sentence),
    checkText(text: string): CrossCheck[] {
      if (typeof text !== 'string') return [];
      const context = text.slice(0, 4000);
      const out: CrossCheck[] = [];
      for (const s of splitSentences(text)) {
        const r = check(s.text, context);
        if (r.mentions.length === 0 && !r.claimId) continue;
        for (const m of r.mentions) {
          m.start += s.start;
          m.end += s.start;
        }
        r.start = s.start;
        r.end = s.end;
        out.push(r);
      }
      return out;
    },
    getSourceText: (id) => byId.get(id)?.text ?? null,
    getSourceSentences: (id) => byId.get(id)?.sentences.map((s) => ({ ...s })) ?? [],
    conflicts: data.conflicts,
    claims: data.claims.map((c) => ({
      id: c.id,
      topic: c.topic,
      statement: c.statement,
      sources: Object.entries(c.sources).map(([sourceId, e]) => ({ sourceId, stance: e.stance, evidence: e.evidence })),
    })),
  };
}
