/**
 * Finds the mentions under a root and the sentence around each, in one pass over the text nodes,
 * without changing the DOM. A mention or a sentence may span inline elements, so text is read in
 * blocks (the text of one block-level element, its inline children included) and mapped back to
 * the text nodes it came from. The pass works in slices and yields between them, so no task of
 * ours runs long even on a very large page.
 *
 * Cost: most pages have no mention at all, and handing every text node to script is what a pass
 * costs most (each gets a JS wrapper). So the pass first reads the text of bounded block-level
 * parts natively (textContent, one string a part) and runs a cheap test on it (plan); only the
 * parts it fires on are walked node by node (walk). The walk runs the same test on each node, and
 * only where it fires looks at elements (the block around the node, skipped regions) and
 * assembles a block's text for the matcher.
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

/** Every name the matcher knows contains one of these (acronyms upper-case only, as it wants them). */
const NAME_PART =
  /FSD|CAC|NVDA|[Nn][Vv][Ii][Dd]|[Cc][Yy][Bb][Ee][Rr][Ss][Pp][Aa][Cc][Ee]|[Rr][Ee][Gg][Uu][Ll][Aa][Tt][Oo][Rr]|[Ss][Ee][Ll][Ff].?[Dd][Rr][Ii][Vv]/;
/**
 * The same, or an invisible character the matcher folds away (it may sit inside a name). Global,
 * so candidatesIn finds every match; maybeMention uses it too, so there is one pattern to compile.
 */
const CANDIDATE = new RegExp(`${NAME_PART.source}|[\u00ad\u200b-\u200d\u2060\ufeff]`, 'g');
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

/** Zero-width characters alone do not make a name: is there one once they are taken out? */
const namedWithoutInvisibles = (text: string) => NAME_PART.test(text.replace(INVISIBLE, ''));

/**
 * The offsets in `text` where a name may start, or null when the cheap test does not pass it at
 * all (maybeMention).
 */
export function candidatesIn(text: string): number[] | null {
  CANDIDATE.lastIndex = 0;
  let m = CANDIDATE.exec(text);
  if (m === null) return null;
  const at: number[] = [];
  // As maybeMention: zero-width characters alone count only if a name appears once they are out.
  let named = false;
  for (; m; m = CANDIDATE.exec(text)) {
    at.push(m.index);
    if (m[0].length > 1) named = true;
  }
  return named || namedWithoutInvisibles(text) ? at : null;
}

/**
 * The cheap test a text must pass before the full matcher runs on it: true whenever the matcher may
 * find a name there. "cache" or "efficacy" do not pass, nor do the zero-width characters some sites
 * put in every paragraph, unless a name appears once they are taken out.
 */
export function maybeMention(text: string): boolean {
  CANDIDATE.lastIndex = 0;
  const found = CANDIDATE.exec(text);
  if (found === null) return false;
  return found[0].length > 1 || namedWithoutInvisibles(text);
}

/** Whether the cheap test's pattern has been run on samples yet (see scan). */
let warmed = false;

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

/** An element whose text we never read: script, style, form field, editable region, our own UI. */
function isSkippedElement(node: Node): boolean {
  if (node.nodeType !== 1) return false;
  const el = node as Element;
  if (SKIPPED.has(el.tagName)) return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/** The parent of `node`, or the host of a shadow root: the way up across shadow boundaries. */
export const composedParent = (node: Node): Node | null =>
  node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);

/**
 * True when `node` or one of its ancestors (below `top`, when given; across shadow roots to their
 * hosts) is an element we never read.
 */
export function isInSkippedRegion(node: Node, top?: Node): boolean {
  for (let n: Node | null = node; n && n !== top; n = composedParent(n)) {
    if (isSkippedElement(n)) return true;
  }
  return false;
}

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Text nodes between two looks at the clock: a few hundred microseconds of walking. */
const CHECK_EVERY = 256;
/**
 * Characters of a block kept from its previous nodes for the cheap test, so a name split over
 * inline elements ("<span>Nvi</span>dia") is still seen: one less than the longest NAME_PART
 * match ("cyberspace", "self-driv").
 */
const TAIL = 9;
/** Text longer than this is worth asking whether it is in a skipped region before testing it. */
const LONG = 1000;
/**
 * Pairs of letters that follow each other in a NAME_PART name (lower case, as char codes): a
 * name can only run across a node boundary where the boundary falls between such a pair, or after
 * the "f" or before the "d" of "self.?driv". Most boundaries are not: the costly test is skipped.
 */
const PAIRS = new Uint8Array(1 << 14);
for (const p of 'fs sd nv vi id vd da ca ac cy yb be er rs sp pa ce re eg gu ul la at to or se el lf dr ri iv'.split(
  ' ',
))
  PAIRS[((p.charCodeAt(0) & 127) << 7) | (p.charCodeAt(1) & 127)] = 1;
/** Children looked at between two looks at the clock while planning. */
const PLAN_CHECK_EVERY = 16;
/** How deep planning goes into the tree before it reads what it finds. */
const PLAN_DEPTH = 32;
/** More element children than this: the element is gone into rather than read whole. */
const PLAN_FANOUT = 256;
/** A part with a possible name and more text than this is split further, when it can be. */
const PLAN_SPLIT_CHARS = 8192;

/** A part of a tree to walk, and where names may start in its text (null: test every node). */
interface Part {
  node: Node;
  offsets: number[] | null;
}

/** An element being planned: the child to look at next, and its own text and inline children's. */
interface PlanFrame {
  parent: Node;
  next: ChildNode | null;
  run: string;
  /** Where this element's parts begin in the plan's output. */
  first: number;
  depth: number;
}

/** The text nodes under `tree` (its shadow roots apart), counted natively (for the scan's stats). */
function countTextNodes(tree: Node): number {
  try {
    return document.evaluate('count(.//text())', tree, null, XPathResult.NUMBER_TYPE, null).numberValue;
  } catch {
    return 0;
  }
}

/** Texts kept for the test across node boundaries (a power of two, over TAIL). */
const RING = 16;
/** Whether a name may run across a boundary between characters `a` and `b` (lower-cased with | 32). */
export const mayJoin = (a: number, b: number) =>
  a >= 0 && (a === 102 || b === 100 || (a < 128 && b < 128 && PAIRS[(a << 7) | b] === 1));

/**
 * Where open shadow roots may be: custom elements (any element not named here; those without a
 * shadow root are passed over), and scripts and styles (not hosts: planning wants them). Found
 * natively, so the walk never hands every element to script.
 * Built-in elements that may host one (div, span, p, section...) are not looked at: asking each
 * would cost as much as the rest of the walk. Pages put widgets in custom elements; a built-in
 * host's shadow text is missed (a later change inside it is still read).
 */
const HOSTS =
  ':not(div,a,span,li,p,img,path,ul,svg,input,button,i,h3,strong,symbol,use,td,label,ins,section,br,article,h2,header,noscript,h4,g,figure,em,option,source,form,polygon,iframe,tr,time,nav,meta,title,aside,footer,h1,b,link,sup,h5,blockquote,picture,small,cite,hr,figcaption,u,main,ol,th,table,tbody,thead,h6,select,textarea,circle,rect,line,defs,sub,code,pre,dl,dt,dd,abbr,s,q,mark,wbr,font,center,video,template,slot,col,colgroup,fieldset,legend,details,summary,html,head,body,del,polyline,area,bdi,map,track,caption,mask,stop)';

interface Block {
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

/**
 * Whether `el` is drawn: not under display: none or content-visibility: hidden, and with
 * `visibility`, not visibility: hidden either (a descendant may override that one, so blocks are
 * not judged by it). Blocks that are not drawn are not matched at all: pages keep long hidden
 * lists (filters, menus) that name the topics, and matching them only to drop every mention would
 * cost more than the rest of the scan.
 */
function shows(el: Element, visibility = false): boolean {
  return typeof el.checkVisibility !== 'function' || el.checkVisibility({ visibilityProperty: visibility });
}

const rendered = (block: Node): boolean => block.nodeType !== 1 || shows(block as Element);

function mentionsInBlock(block: Block, context: string, out: PageMention[]): void {
  const found = findMentions(block.text, context);
  let passage: Passage | null = null;
  let from = 0;
  for (const m of found) {
    const [startNode, startOffset] = locate(block, m.start, false);
    const startElement = startNode.parentElement;
    if (!startElement || !shows(startElement, true)) continue;
    const [endNode, endOffset] = locate(block, m.end, true);
    const range = document.createRange();
    range.setStart(startNode, startOffset);
    range.setEnd(endNode, endOffset);
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
 * decide short ambiguous names; `stats` is added to (`textNodes`: the text nodes read, those in
 * skipped regions included).
 */
export async function scan(
  root: Node,
  context: string,
  stats: ScanStats,
  signal?: AbortSignal,
): Promise<{ mentions: PageMention[]; shadowRoots: ShadowRoot[] }> {
  const mentions: PageMention[] = [];
  const shadowRoots: ShadowRoot[] = [];
  const seenShadows = new Set<ShadowRoot>();
  let sliceStart = performance.now();

  const endSlice = () => {
    const spent = performance.now() - sliceStart;
    stats.busyMs += spent;
    stats.slices++;
    if (spent > stats.longestSliceMs) stats.longestSliceMs = spent;
  };

  /** Yields when the slice is spent; true when the scan was aborted meanwhile. */
  const pause = async (): Promise<boolean> => {
    if (performance.now() - sliceStart <= SLICE_MS) return false;
    endSlice();
    await yieldToPage();
    sliceStart = performance.now();
    return signal?.aborted === true;
  };

  /**
   * Per element, the block its text children belong to, or null when it is in a skipped region;
   * only filled for elements around text that passed the cheap test.
   */
  const blockOf = new Map<Node, Node | null>();
  const statusOf = (node: Node): Node | null => {
    let status = blockOf.get(node);
    if (status !== undefined) return status;
    // The scan's root, a shadow root or a document: a block of its own.
    if (node.nodeType !== 1 || node === root) status = node;
    else {
      const up = node.parentNode;
      // Detached during a pause: nothing there is ours any more.
      status = up ? statusOf(up) : null;
      if (status !== null) {
        if (isSkippedElement(node)) status = null;
        else if (!INLINE.has((node as Element).tagName)) status = node;
      }
    }
    blockOf.set(node, status);
    return status;
  };

  /**
   * Notes the open shadow roots in `tree` (see HOSTS: they are scanned after it), and returns the
   * elements that hold a script or a style (planning goes into them rather than read their code as
   * text). One query finds both.
   */
  const survey = (tree: Node): Set<Node> => {
    const holdsCode = new Set<Node>();
    if (!('querySelectorAll' in tree)) return holdsCode;
    for (const el of (tree as ParentNode).querySelectorAll(HOSTS)) {
      const name = el.localName;
      if (name === 'script' || name === 'style') {
        for (let up = el.parentNode; up && up !== tree && !holdsCode.has(up); up = up.parentNode) holdsCode.add(up);
        continue;
      }
      const shadow = el.shadowRoot;
      if (shadow && !seenShadows.has(shadow) && !isInSkippedRegion(el, tree)) {
        seenShadows.add(shadow);
        shadowRoots.push(shadow);
      }
    }
    return holdsCode;
  };

  /**
   * Splits `tree` into the parts worth reading node by node: each block-level part's whole text is
   * read natively (textContent) and tested at once, which costs far less than visiting its text
   * nodes, so parts without a possible name are never walked. A part is only read this way when it
   * is bounded: elements with a single element child (wrappers) or many (lists, page columns) are
   * gone into instead, so no one read holds a large share of a huge page. `out` gets the parts to
   * walk, in document order. True when the scan was aborted meanwhile.
   */
  const plan = async (tree: Node, holdsCode: Set<Node>, out: Part[]): Promise<boolean> => {
    // One frame an element gone into (iterative: nesting runs deep, and yields are rare).
    const stack: PlanFrame[] = [{ parent: tree, next: tree.firstChild, run: '', first: 0, depth: 0 }];
    let seen = 0;
    while (stack.length > 0) {
      const frame = stack[stack.length - 1] as PlanFrame;
      const c = frame.next;
      if (c === null) {
        stack.pop();
        if (maybeMention(frame.run)) {
          // A name may be in the parent's own text: walk all of it (the parts found below included).
          out.length = frame.first;
          out.push({ node: frame.parent, offsets: null });
        }
        continue;
      }
      frame.next = c.nextSibling;
      if (++seen % PLAN_CHECK_EVERY === 0 && performance.now() - sliceStart > SLICE_MS && (await pause())) return true;
      if (c.nodeType === 3) {
        frame.run += (c as Text).data;
        continue;
      }
      if (c.nodeType !== 1 || isSkippedElement(c)) continue;
      const el = c as Element;
      if (INLINE.has(el.tagName)) {
        frame.run += el.textContent;
        continue;
      }
      const children = el.childElementCount;
      const deeper = frame.depth < PLAN_DEPTH;
      // Wrappers and wide elements are gone into; so are elements holding a script or a style,
      // whose long text would only be read and tested for nothing.
      if (!(deeper && (children === 1 || children > PLAN_FANOUT || holdsCode.has(el)))) {
        const text = el.textContent as string;
        const split = deeper && children > 0 && text.length > PLAN_SPLIT_CHARS;
        // A part to split only needs the yes or no; its children find their own offsets.
        const offsets = split ? null : candidatesIn(text);
        if (split ? !maybeMention(text) : offsets === null) continue;
        if (offsets !== null) {
          out.push({ node: el, offsets });
          continue;
        }
      }
      stack.push({ parent: el, next: el.firstChild, run: '', first: out.length, depth: frame.depth + 1 });
    }
    return false;
  };

  /**
   * Walks the text nodes under `start`. With `offsets` (where names may start in its textContent,
   * from planning), only the nodes holding one are looked at; without, each node gets the cheap
   * test, alone and joined to the text before it.
   */
  const walk = async (start: Node, countRead: boolean, offsets: number[] | null): Promise<boolean> => {
    const walker = document.createTreeWalker(start, NodeFilter.SHOW_TEXT);
    // Offset of the next node's text in start's textContent, and the next offset to look at.
    let pos = 0;
    let next = 0;

    // The block being read (null: none yet; the cheap test has not fired since the last one), its
    // text nodes so far, and whether it is drawn at all.
    let block: Node | null = null;
    let nodes: Text[] = [];
    let hidden = false;

    /** Matches the block just read, if its text passes the cheap test as a whole. */
    const finish = () => {
      const starts: number[] = [];
      let text = '';
      for (const t of nodes) {
        starts.push(text.length);
        text += t.data;
      }
      if (!hidden && maybeMention(text)) mentionsInBlock({ nodes, starts, text }, context, mentions);
      nodes = [];
      block = null;
      hidden = false;
    };

    /** The text nodes of `of` read before `from`, in order (the block began before its test fired). */
    let back: TreeWalker | null = null;
    const before = (from: Text, of: Node): Text[] => {
      back ??= document.createTreeWalker(start, NodeFilter.SHOW_TEXT);
      back.currentNode = from;
      const found: Text[] = [];
      for (let t = back.previousNode() as Text | null; t; t = back.previousNode() as Text | null) {
        if (t.data.length === 0) continue;
        const status = statusOf(t.parentNode as Node);
        if (status === null) continue;
        if (status !== of) break;
        found.push(t);
      }
      return found.reverse();
    };

    /**
     * The last non-empty texts read since the last block that fired, in a ring (references, not
     * copies: most nodes never need them), and the last characters of the last two, lower-cased
     * (-1: none). A name may run across node boundaries, even one letter a node, or across one
     * node of a skipped region (a script or style has one), which the fast test does not tell
     * apart.
     */
    const ring: string[] = new Array(RING).fill('');
    let pushed = 0;
    let c1 = -1;
    let c2 = -1;
    /** The last TAIL characters read before the last `skip` texts in the ring. */
    const tailBefore = (skip: number): string => {
      let tail = '';
      for (let j = pushed - 1 - skip; j >= 0 && j >= pushed - RING && tail.length < TAIL; j--)
        tail = ring[j & (RING - 1)] + tail;
      return tail.slice(-TAIL);
    };

    /**
     * Starts reading the block around `n`, where the cheap test fired (it may have fired across
     * blocks: the block's own text is tested in finish()). False when `n` is in a skipped region.
     */
    const open = (n: Text): boolean => {
      const status = statusOf(n.parentNode as Node);
      if (status === null) return false;
      block = status;
      // A block that is not drawn is passed over whole, its text unread.
      hidden = !rendered(status);
      nodes = hidden ? [] : before(n, status);
      if (!hidden) nodes.push(n);
      return true;
    };

    /**
     * Reads text nodes from `n` until the slice is spent; returns the node to read next (null: the
     * end). Synchronous, so the engine optimises the loop well.
     */
    const slice = (from: Text | null): Text | null => {
      let n = from;
      let count = 0;
      let read = 0;
      while (n) {
        if (++count >= CHECK_EVERY) {
          count = 0;
          if (performance.now() - sliceStart > SLICE_MS) break;
        }
        read++;
        const data = n.data;
        const at = pos;
        pos += data.length;
        if (block !== null) {
          // Reading a block whose test fired: every node up to the next block is part of it.
          const status = data.length > 0 ? statusOf(n.parentNode as Node) : null;
          if (status === null || status === block) {
            if (status && !hidden) nodes.push(n);
            n = walker.nextNode() as Text | null;
            continue;
          }
          finish();
          // Matching a long block is the costly part of a slice: look at the clock after it.
          count = CHECK_EVERY - 1;
        }
        if (offsets !== null) {
          // Offsets inside a block read already were handled with it.
          while (next < offsets.length && (offsets[next] as number) < at) next++;
          if (next < offsets.length && (offsets[next] as number) < pos) {
            while (next < offsets.length && (offsets[next] as number) < pos) next++;
            open(n);
          }
          // Past the last offset, with no block open, the rest of the part holds no name.
          n = next < offsets.length || block !== null ? (walker.nextNode() as Text | null) : null;
          continue;
        }
        // Skipped regions are not told apart here (finding them costs more than reading their text),
        // except for long text, most often a script's: the block read below is exact.
        if (data.length > LONG && statusOf(n.parentNode as Node) === null) {
          n = walker.nextNode() as Text | null;
          continue;
        }
        if (data.length > 0) {
          const b = data.charCodeAt(0) | 32;
          if (
            maybeMention(data) ||
            (mayJoin(c1, b) && maybeMention(tailBefore(0) + data.slice(0, TAIL))) ||
            (mayJoin(c2, b) && maybeMention(tailBefore(1) + data.slice(0, TAIL)))
          ) {
            if (open(n)) {
              pushed = 0;
              c1 = c2 = -1;
            }
          } else {
            ring[pushed++ & (RING - 1)] = data;
            c2 = c1;
            c1 = data.charCodeAt(data.length - 1) | 32;
          }
        }
        n = walker.nextNode() as Text | null;
      }
      if (countRead) stats.textNodes += read;
      return n;
    };

    for (let n = slice(walker.nextNode() as Text | null); n; n = slice(n)) if (await pause()) return true;
    if (block !== null) finish();
    return false;
  };

  // The regex runs on long texts below: let it be compiled first (its first runs are interpreted).
  // Once a script: rescans run it again for every changed region.
  if (!warmed) {
    warmed = true;
    for (const sample of ['x', 'x\u2014']) maybeMention(sample);
  }

  // Each tree (the root's, then each open shadow root's: separate trees of blocks) is planned, then
  // its parts are walked. Text nodes are counted natively when parts are left unwalked.
  let aborted = false;
  for (let i = -1; i < shadowRoots.length && !aborted; i++) {
    const tree = i < 0 ? root : (shadowRoots[i] as ShadowRoot);
    const holdsCode = survey(tree);
    const parts: Part[] = [];
    // Shadow roots are small and XPath cannot count inside them: they are walked whole.
    const planned = tree.nodeType === 1;
    if (planned) aborted = await plan(tree, holdsCode, parts);
    else parts.push({ node: tree, offsets: null });
    const whole = parts.length === 1 && parts[0]?.node === tree;
    if (planned && !whole) stats.textNodes += countTextNodes(tree);
    for (let p = 0; p < parts.length && !aborted; p++) {
      const part = parts[p] as Part;
      aborted = await walk(part.node, !planned || whole, part.offsets);
    }
  }
  endSlice();
  stats.mentions += mentions.length;
  return { mentions, shadowRoots };
}
