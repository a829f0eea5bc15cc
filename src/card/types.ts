/**
 * The engine's result types, as the card uses them. Type-only: nothing of the engine's code or
 * index ends up in the card's bundle.
 */
export type {
  CrossCheck,
  Mention,
  SourceFinding,
  SourceMeta,
  Span,
  Stance,
  Topic,
  Verdict,
} from '../engine';
