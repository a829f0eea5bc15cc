/**
 * Finds the mentions on a page and the sentence around each, over the page's text nodes, without
 * changing the DOM. A mention or a sentence may span several inline elements, so text is read in
 * blocks (the text of one block-level element, inline children included) and mapped back to the
 * text nodes it came from.
 */

import type { Topic } from '../engine';
import { findMentions } from '../engine/mentions';
import { splitSentences } from '../engine/sentences';

/** Elements whose text is not page prose, or is the user's own input. */
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'SVG',
  'MATH',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'VIDEO',
  'AUDIO',
]);

/** Elements that flow inside a line of text: a sentence continues across them. */
const INLINE = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'CODE',
  'DATA',
  'DEL',
  'DFN',
  'EM',
  'FONT',
  'I',
  'INS',
  'KBD',
  'LABEL',
  'MARK',
  'Q',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
  'WBR',
  'NOBR',
  'TT',
  'BIG',
]);

/** Our own UI elements: never scanned. */
export const OWN_UI_TAG = 'CROSSCHECK-CARD';

export interface FoundMention {
  text: string;
  topic: Topic;
  range: Range;
  sentence: string;
}

export interface ScanResult {
  textNodes: number;
  mentions: FoundMention[];
}

interface Block {
  nodes: Text[];
  starts: number[];
  text: string;
}

function isSkippedElement(el: Element): boolean {
  return (
    SKIPPED.has(el.tagName.toUpperCase()) ||
    el.tagName.toUpperCase() === OWN_UI_TAG ||
    (el as HTMLElement).isContentEditable === true
  );
}

function blockOf(node: Node, cache: WeakMap<Node, Node>): Node {
  const parent = node.parentNode;
  if (!parent) return node;
  const cached = cache.get(parent);
  if (cached) return cached;
  let block: Node = parent;
  while (block instanceof Element && INLINE.has(block.tagName.toUpperCase()) && block.parentNode) {
    block = block.parentNode;
  }
  cache.set(parent, block);
  return block;
}

/** Position (text node, offset) of a character offset in a block's text. */
function locate(block: Block, offset: number, preferEnd: boolean): [Text, number] {
  let lo = 0;
  let hi = block.nodes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const start = block.starts[mid] as number;
    if (start < offset || (!preferEnd && start === offset)) lo = mid;
    else hi = mid - 1;
  }
  return [block.nodes[lo] as Text, offset - (block.starts[lo] as number)];
}

function mentionsInBlock(block: Block, out: FoundMention[]): void {
  const found = findMentions(block.text);
  if (found.length === 0) return;
  const sentences = splitSentences(block.text);
  let s = 0;
  for (const m of found) {
    while (s < sentences.length - 1 && (sentences[s] as { end: number }).end <= m.start) s++;
    const sentence = sentences[s];
    const range = document.createRange();
    const [startNode, startOffset] = locate(block, m.start, false);
    const [endNode, endOffset] = locate(block, m.end, true);
    range.setStart(startNode, startOffset);
    range.setEnd(endNode, endOffset);
    out.push({ text: m.text, topic: m.topic, range, sentence: sentence ? sentence.text : m.text });
  }
}

/** One pass over the text under `root`, open shadow roots included. */
export function scan(root: Node): ScanResult {
  const mentions: FoundMention[] = [];
  const blockCache = new WeakMap<Node, Node>();
  let textNodes = 0;
  const walk = (start: Node) => {
    const walker = document.createTreeWalker(start, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode: (n) =>
        n.nodeType === Node.ELEMENT_NODE && isSkippedElement(n as Element)
          ? NodeFilter.FILTER_REJECT
          : NodeFilter.FILTER_ACCEPT,
    });
    let current: Block | null = null;
    let currentBlock: Node | null = null;
    const flush = () => {
      if (current) mentionsInBlock(current, mentions);
      current = null;
      currentBlock = null;
    };
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.nodeType === Node.ELEMENT_NODE) {
        const shadow = (n as Element).shadowRoot;
        if (shadow) {
          flush();
          walk(shadow);
        }
        continue;
      }
      const text = n as Text;
      if (text.data.length === 0) continue;
      textNodes++;
      const block = blockOf(text, blockCache);
      if (block !== currentBlock) {
        flush();
        currentBlock = block;
        current = { nodes: [], starts: [], text: '' };
      }
      const b = current as unknown as Block;
      b.starts.push(b.text.length);
      b.nodes.push(text);
      b.text += text.data;
    }
    flush();
  };
  walk(root);
  return { textNodes, mentions };
}
