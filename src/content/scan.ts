/**
 * Finds the mentions under a root and the sentence around each, in one pass over the text nodes,
 * without changing the DOM. A mention or a sentence may span inline elements, so text is read in
 * blocks (the text of one block-level element, its inline children included) and mapped back to
 * the text nodes it came from. The pass works in slices and yields between them, so no task of
 * ours runs long even on a very large page.
 */

import type { Topic } from '../engine';
import { findMentions } from '../engine/mentions';
import { MAX_PASSAGE_CHARS, MAX_SPANS_PER_PASSAGE, type Passage } from '../messages';

/** Elements whose text is not page prose, or is the user's own input, or is our own UI. */
const SKIPPED = new Set(
  'SCRIPT STYLE NOSCRIPT TEMPLATE TEXTAREA INPUT SELECT OPTION svg SVG math MATH IFRAME OBJECT CANVAS VIDEO AUDIO HEAD TITLE CROSSCHECK-CARD'.split(
    ' ',
  ),
);

/** Elements that flow inside a line of text: a sentence continues across them. */
const INLINE = new Set(
  'A ABBR B BDI BDO CITE CODE DATA DEL DFN EM FONT I INS KBD LABEL MARK Q S SAMP SMALL SPAN STRONG SUB SUP TIME U VAR WBR NOBR TT BIG'.split(
    ' ',
  ),
);

/** The nearest ancestor (or self) that is not an inline element: the unit a sentence lives in. */
export function blockAround(node: Node): Node {
  let n = node;
  while (n.nodeType === 1 && INLINE.has((n as Element).tagName) && n.parentNode) n = n.parentNode;
  return n;
}

/**
 * A cheap test a block must pass before the full matcher runs on it: every name the matcher knows
 * contains one of these, or the block holds an invisible character the matcher folds away.
 */
const MAYBE_MENTION = /fsd|nvid|nvda|cac|cyberspace|regulator|self.?driv|[\u00ad\u200b-\u200d\u2060\ufeff]/i;

/** Longest slice of work before we yield to the page (ms). */
const SLICE_MS = 8;
/** Text kept on each side of a mention, so its whole sentence is in the passage. */
const CONTEXT_CHARS = 1500;

export interface PageMention {
  text: string;
  topic: Topic;
  range: Range;
  /** The text around the mention (shared by mentions close together) and its index there. */
  passage: Passage;
  index: number;
}

/** What a scan pass did, summed over its roots; recorded as the detail of its performance measure. */
export interface ScanStats {
  textNodes: number;
  mentions: number;
  /** Time spent working, without the pauses between slices (ms). */
  busyMs: number;
  /** Number of slices, and the longest one (ms). */
  slices: number;
  longestSliceMs: number;
}

export const newStats = (): ScanStats => ({ textNodes: 0, mentions: 0, busyMs: 0, slices: 0, longestSliceMs: 0 });

export function isContentEditableHost(el: Element): boolean {
  const v = el.getAttribute('contenteditable');
  return v !== null && v !== 'false';
}

/** True when `node` sits inside something we never scan (script, form field, editable region, our UI). */
export function isInSkippedRegion(node: Node): boolean {
  for (let n: Node | null = node; n; n = n.parentNode ?? (n instanceof ShadowRoot ? n.host : null)) {
    if (n.nodeType === 1 && (SKIPPED.has((n as Element).tagName) || isContentEditableHost(n as Element))) return true;
  }
  return false;
}

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

interface Block {
  node: Node;
  nodes: Text[];
  starts: number[];
  text: string;
}

/** Position (text node, offset) of a character offset in a block's text. */
function locate(block: Block, offset: number, atEnd: boolean): [Text, number] {
  let lo = 0;
  let hi = block.nodes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const start = block.starts[mid] as number;
    if (start < offset || (!atEnd && start === offset)) lo = mid;
    else hi = mid - 1;
  }
  return [block.nodes[lo] as Text, offset - (block.starts[lo] as number)];
}

function isVisible(range: Range): boolean {
  const el = range.startContainer.parentElement;
  if (!el) return false;
  return typeof el.checkVisibility === 'function' ? el.checkVisibility({ visibilityProperty: true }) : true;
}

function mentionsInBlock(block: Block, context: string, out: PageMention[]): void {
  if (!MAYBE_MENTION.test(block.text)) return;
  const found = findMentions(block.text, context);
  let passage: Passage | null = null;
  let from = 0;
  for (const m of found) {
    const range = document.createRange();
    const [startNode, startOffset] = locate(block, m.start, false);
    const [endNode, endOffset] = locate(block, m.end, true);
    range.setStart(startNode, startOffset);
    range.setEnd(endNode, endOffset);
    if (!isVisible(range)) continue;
    // Mentions close together share one passage: the text from CONTEXT_CHARS before the first
    // to CONTEXT_CHARS after the last.
    const to = Math.min(block.text.length, m.end + CONTEXT_CHARS);
    if (
      !passage ||
      m.start - CONTEXT_CHARS > from + passage.text.length ||
      to - from > MAX_PASSAGE_CHARS ||
      passage.spans.length >= MAX_SPANS_PER_PASSAGE
    ) {
      from = Math.max(0, m.start - CONTEXT_CHARS);
      passage = { text: '', spans: [] };
    }
    passage.text = block.text.slice(from, to);
    passage.spans.push([m.start - from, m.end - from]);
    out.push({ text: m.text, topic: m.topic, range, passage, index: passage.spans.length - 1 });
  }
}

/**
 * Scans the text under `root` (open shadow roots included) and returns its mentions and the open
 * shadow roots it met (for the caller to observe). `context` (the page title) helps the matcher
 * decide short ambiguous names; `stats` is added to.
 */
export async function scan(
  root: Node,
  context: string,
  stats: ScanStats,
  signal?: AbortSignal,
): Promise<{ mentions: PageMention[]; shadowRoots: ShadowRoot[] }> {
  const mentions: PageMention[] = [];
  const shadowRoots: ShadowRoot[] = [];
  const blockOf = new Map<Node, Node>();
  let sliceStart = performance.now();

  const endSlice = () => {
    const spent = performance.now() - sliceStart;
    stats.busyMs += spent;
    stats.slices++;
    if (spent > stats.longestSliceMs) stats.longestSliceMs = spent;
  };

  const findBlock = (parent: Node): Node => {
    const cached = blockOf.get(parent);
    if (cached) return cached;
    let block = parent;
    while (block.nodeType === 1 && INLINE.has((block as Element).tagName) && block.parentNode && block !== root) {
      block = block.parentNode;
    }
    blockOf.set(parent, block);
    return block;
  };

  const walk = async (start: Node) => {
    const walker = document.createTreeWalker(start, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    let current: Block | null = null;
    const flush = () => {
      if (current && current.text.length > 0) mentionsInBlock(current, context, mentions);
      current = null;
    };
    let visited = 0;
    let n: Node | null = walker.nextNode();
    while (n) {
      if ((++visited & 127) === 0 && performance.now() - sliceStart > SLICE_MS) {
        endSlice();
        await yieldToPage();
        if (signal?.aborted) return;
        sliceStart = performance.now();
      }
      if (n.nodeType === 1) {
        const el = n as Element;
        if (SKIPPED.has(el.tagName) || isContentEditableHost(el)) {
          // Skip the whole subtree: the next node is the next sibling of the nearest ancestor that has one.
          let next: Node | null = walker.nextSibling();
          while (!next && walker.parentNode()) next = walker.nextSibling();
          n = next;
          continue;
        }
        const shadow = el.shadowRoot;
        if (shadow) {
          flush();
          shadowRoots.push(shadow);
          await walk(shadow);
          if (signal?.aborted) return;
        }
      } else {
        const text = n as Text;
        stats.textNodes++;
        const parent = text.parentNode;
        if (parent && text.data.length > 0) {
          const block = findBlock(parent);
          if (!current || current.node !== block) {
            flush();
            current = { node: block, nodes: [], starts: [], text: '' };
          }
          const b = current as Block;
          b.starts.push(b.text.length);
          b.nodes.push(text);
          b.text += text.data;
        }
      }
      n = walker.nextNode();
    }
    flush();
  };

  await walk(root);
  endSlice();
  stats.mentions += mentions.length;
  return { mentions, shadowRoots };
}
