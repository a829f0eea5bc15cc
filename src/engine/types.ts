/** Shapes shared by the index builder, the generated index and the engine. */
import type { Topic } from './mentions';

export type { Topic };
export type Stance = 'support' | 'contradict' | 'neutral';
export type Verdict = 'corroborated' | 'contested' | 'contradicted' | 'unverified';
/** How a source treats a claim in the catalogue. */
export type SourceStance = 'asserts' | 'hedges' | 'denies' | 'not-yet';

export interface Span {
  text: string;
  start: number;
  end: number;
}

export interface SourceMeta {
  id: string;
  file: string;
  title: string | null;
  label: string;
  date: string | null;
  kind: string;
}

export interface MoneyValue {
  usd: number;
  display: string;
}
export interface ClaimValues {
  money?: MoneyValue;
  month?: { month: number; display: string };
  duration?: { days: number; display: string };
  person?: { name: string; display: string };
  org?: { name: string; display: string };
  place?: { name: string; display: string };
}
export type SlotKind = keyof ClaimValues;

/** One source's position on a claim, as written in seeds/claims.json. */
export interface ClaimSourceEntry {
  stance: SourceStance;
  evidence: string[];
  says?: string;
  values?: ClaimValues;
  /** The source only raises the claim as a possibility: it can agree, never contradict. */
  supportOnly?: boolean;
  /** Concepts that take the sentence beyond what this source says ("would have to" for a mere possibility). */
  notWith?: string[];
  /** The source agrees only with sentences holding one of these concepts (a tentative wording). */
  onlyWith?: string[];
}

export interface ClaimSpec {
  id: string;
  topic: Topic;
  subject: string;
  predicate: string;
  object: string;
  statement: string;
  negated: string;
  /** Every group must match; a group matches when any of its concepts does. */
  need: string[][];
  /** Each matching group adds to the claim's score. */
  opt: string[][];
  /** Predicate cues: polarity is read from negation just before them. */
  pred: string[];
  /** Antonym predicates: a non-negated match states the opposite of the claim. */
  anti: string[];
  predOptional?: boolean;
  /** The claim is usually stated in a subordinate clause: full weight there, no main-clause need. */
  subOk?: boolean;
  /** The claim is about this place (a concept): predicates nearer a FOREIGN place do not count. */
  localTo?: string;
  /** A state, not a plan: wishing or lobbying for it ("lobbied to ease the rules") asserts nothing. */
  state?: boolean;
  /** A one-off event of 2024 (a visit, a meeting, an approval): other years are other events. */
  event?: boolean;
  /** Indexes of `need` groups that must match in the main clause. */
  mainGroups?: number[];
  noGenericNeg?: boolean;
  /**
   * The claim is itself a conditional or uncertain ("would have to be set up with a partner", "may
   * pursue both"): a denial in the same mood ("would not need a partner", "could build it alone")
   * is firm, not hedged, and "it is unclear whether" states the claim.
   */
  conditional?: boolean;
  /** Concepts that make a positive sentence too weak to contradict a source that denies the claim. */
  blockPositive?: string[];
  /** Concepts that mean the sentence is about another attribute altogether. */
  blockAll?: string[];
  /** Concepts a rejected alternative may name without denying the claim ("abroad rather than locally"). */
  contrastSkip?: string[];
  /** Concepts that block the claim unless one of `placeNeeds` is also named ("in the US" without China). */
  blockUnless?: { block: string[]; unless: string[] };
  /** A negative sentence contradicts only when it keeps the claim's object in view ("advanced chips"). */
  negNeeds?: string[];
  /** The claim is its value (a price): without an agreeing value the sentence is not covered. */
  valueRequired?: boolean;
  bonus?: number;
  slots?: SlotKind[];
  /** Overrides the topic's anchors: alternatives, each a list of concepts that must all match. */
  anchor?: string[][];
  sources: Record<string, ClaimSourceEntry>;
}

export interface ConflictSide {
  sources: string[];
  says: string;
}
export interface Conflict {
  id: string;
  topic: Topic;
  claims: string[];
  summary: string;
  sides: ConflictSide[];
}

/** Per topic: a sentence can only make a claim of that topic when one alternative matches. */
export type Anchors = Record<Topic, string[][]>;

export interface CatalogueFile {
  version: number;
  note: string;
  anchors: Anchors;
  concepts: Record<string, string[]>;
  claims: ClaimSpec[];
  conflicts: Conflict[];
  background: { source: string; text: string; why: string }[];
}

/** A source's evidence as compiled into the index: offsets into the original file. */
export interface IndexedSourceEntry extends Omit<ClaimSourceEntry, 'evidence'> {
  evidence: Span[];
}
export interface IndexedClaim extends Omit<ClaimSpec, 'sources'> {
  sources: Record<string, IndexedSourceEntry>;
}

export interface IndexedSource extends SourceMeta {
  /** The original file text, unchanged. */
  text: string;
  /** Article sentences after cleaning, with offsets into `text`. */
  sentences: Span[];
  /** Spans of `text` that are not article content (cross-links, headers, markup debris). */
  dropped: Span[];
}

export interface IndexData {
  version: number;
  anchors: Anchors;
  sources: IndexedSource[];
  concepts: Record<string, string[]>;
  claims: IndexedClaim[];
  conflicts: Conflict[];
  background: { source: string; text: string; why: string }[];
}
