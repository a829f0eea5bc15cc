/**
 * Turns a source file into readable blocks: one per line that holds article text, with the
 * engine's dropped debris (`self-driving">`, a stray `date …` header) cut out, sentences that carry
 * a catalogue claim tagged, and the span from the address cut out so it can become one <mark>.
 * Pure data: the page renders it as text nodes only.
 */
import type { Span } from '../engine/types';

export interface Range {
  start: number;
  end: number;
}

/** A sentence of the article that carries at least one catalogue claim. */
export interface TaggedSentence extends Range {
  key: string;
}

export type Piece =
  | { type: 'text'; text: string; start: number; end: number; claim: string | null; evidence: boolean }
  /** Where the control for a claim sentence goes: right after the sentence's last character. */
  | { type: 'marker'; claim: string; evidence: boolean };

/** Consecutive pieces inside or outside the marked span: a run with `evidence` becomes the <mark>. */
export interface Run {
  evidence: boolean;
  pieces: Piece[];
}

export interface Block {
  kind: 'paragraph' | 'heading' | 'item';
  start: number;
  end: number;
  runs: Run[];
}

export interface ArticleInput {
  text: string;
  /** The cleaned article sentences: a line with none of them is not article text. */
  sentences: readonly Span[];
  /** Spans the engine dropped as debris. */
  dropped?: readonly Range[];
  /** The headline shown above the article: a first line repeating it is left out. */
  title?: string | null;
  claims?: readonly TaggedSentence[];
  evidence?: Range | null;
}

const BULLET = /^[ \t]*[-•*–][ \t]+/;
/** A short line without closing punctuation, like "Expert Insights", reads as a subheading. */
function looksLikeHeading(line: string, sentenceCount: number): boolean {
  const s = line.trim();
  if (sentenceCount !== 1 || s.length > 80 || BULLET.test(line)) return false;
  if (/[.!?:;,"”’)…]$/.test(s)) return false;
  return s.split(/\s+/).length <= 10 && /^[A-Z0-9“"']/.test(s);
}

const overlaps = (a: Range, b: Range) => a.start < b.end && a.end > b.start;

export function articleBlocks(input: ArticleInput): Block[] {
  const { text, sentences } = input;
  const dropped = input.dropped ?? [];
  const claims = input.claims ?? [];
  const evidence = input.evidence ?? null;
  const blocks: Block[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    const lineStart = at;
    const lineEnd = at + line.length;
    at = lineEnd + 1;
    const range = { start: lineStart, end: lineEnd };
    const inLine = sentences.filter((s) => overlaps(s, range));
    if (line.trim() === '' || inLine.length === 0) continue;
    if (blocks.length === 0 && input.title && line.trim() === input.title.trim()) continue;

    const bullet = BULLET.exec(line);
    const kind: Block['kind'] = bullet ? 'item' : looksLikeHeading(line, inLine.length) ? 'heading' : 'paragraph';
    const contentStart = lineStart + (bullet ? bullet[0].length : 0);

    const cuts = new Set<number>([contentStart, lineEnd]);
    const within = (n: number) => n > contentStart && n < lineEnd;
    for (const r of [...dropped, ...claims, ...(evidence ? [evidence] : [])]) {
      if (within(r.start)) cuts.add(r.start);
      if (within(r.end)) cuts.add(r.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    const pieces: Piece[] = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const seg = { start: points[i] as number, end: points[i + 1] as number };
      if (dropped.some((d) => d.start <= seg.start && seg.end <= d.end)) continue;
      const claim = claims.find((c) => c.start <= seg.start && seg.end <= c.end);
      pieces.push({
        type: 'text',
        text: text.slice(seg.start, seg.end),
        start: seg.start,
        end: seg.end,
        claim: claim ? claim.key : null,
        evidence: evidence !== null && evidence.start <= seg.start && seg.end <= evidence.end,
      });
    }
    trimEdges(pieces);
    if (pieces.length === 0) continue;
    blocks.push({ kind, start: lineStart, end: lineEnd, runs: [{ evidence: false, pieces }] });
  }
  placeMarkers(blocks, claims);
  for (const b of blocks) b.runs = toRuns(b.runs[0]?.pieces ?? []);
  return blocks;
}

/** Leading and trailing whitespace (left by a dropped header, say) is not shown. */
function trimEdges(pieces: Piece[]): void {
  const first = pieces[0];
  if (first?.type === 'text') first.text = first.text.replace(/^\s+/, '');
  const last = pieces[pieces.length - 1];
  if (last?.type === 'text') last.text = last.text.replace(/\s+$/, '');
  for (let i = pieces.length - 1; i >= 0; i--) {
    const p = pieces[i];
    if (p?.type === 'text' && p.text === '') pieces.splice(i, 1);
  }
}

/** One control per claim sentence, after the last piece of it that is shown. */
function placeMarkers(blocks: Block[], claims: readonly TaggedSentence[]): void {
  for (const claim of claims) {
    let found: { pieces: Piece[]; index: number } | null = null;
    for (const b of blocks) {
      const pieces = b.runs[0]?.pieces ?? [];
      pieces.forEach((p, index) => {
        if (p.type === 'text' && p.claim === claim.key) found = { pieces, index };
      });
    }
    const spot = found as { pieces: Piece[]; index: number } | null;
    if (!spot) continue;
    const before = spot.pieces[spot.index];
    const after = spot.pieces[spot.index + 1];
    // Inside the marked span only when the span goes on past the sentence: the <mark> stays whole.
    const evidence = before?.type === 'text' && before.evidence && after?.type === 'text' && after.evidence;
    spot.pieces.splice(spot.index + 1, 0, { type: 'marker', claim: claim.key, evidence: Boolean(evidence) });
  }
}

function toRuns(pieces: Piece[]): Run[] {
  const runs: Run[] = [];
  for (const p of pieces) {
    const last = runs[runs.length - 1];
    if (last && last.evidence === p.evidence) last.pieces.push(p);
    else runs.push({ evidence: p.evidence, pieces: [p] });
  }
  return runs;
}

/** Groups consecutive list items so the page can render them as one list. */
export function groupBlocks(blocks: readonly Block[]): (Block | { kind: 'list'; start: number; items: Block[] })[] {
  const out: (Block | { kind: 'list'; start: number; items: Block[] })[] = [];
  for (const b of blocks) {
    const last = out[out.length - 1];
    if (b.kind === 'item' && last?.kind === 'list') last.items.push(b);
    else if (b.kind === 'item') out.push({ kind: 'list', start: b.start, items: [b] });
    else out.push(b);
  }
  return out;
}

/** The plain text of a block as shown (for tests and accessible names). */
export function blockText(block: Block): string {
  return block.runs
    .flatMap((r) => r.pieces)
    .map((p) => (p.type === 'text' ? p.text : ''))
    .join('');
}
