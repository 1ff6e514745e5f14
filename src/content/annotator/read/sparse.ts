// Reading a big page without visiting every text node (docs/architecture.md § Speed).
// From a content script every node we touch costs a wrapper in the extension's isolated world (about a
// microsecond: walking the text nodes of a 1 MB article alone costs more than the page-world floor), while the
// browser reads text natively at ~5 ms per MB. So the page is cut into chunks (ranges of children), each chunk's
// text is read in one native call (Range.toString), the matcher's `candidates` runs over it, and the tree is
// entered only where a candidate lies: the chunk's child range is searched by native text lengths down to the
// run holding it, which runs.ts then reads as usual. Pages without mentions cost one read and one regexp pass.
import { candidates, type Matcher } from '../../../core/matcher';
import { needsNfc } from '../../../core/normalize';
import { RunReader, type Run } from './runs';
import { endsRun, skipsSubtree } from '../where';

/** Children [from, to) of parent: a chunk (read as one string) or a span (read run by run). */
export interface Slice {
  parent: Node;
  from: number;
  to: number;
  /**
   * A chunk of a huge parent (see HUGE) is its nodes from `first` to before `end` (null: the parent's last); a
   * stretch of one, handed to locate(), also lists them (`kids`), and its indices count in that list.
   */
  first?: ChildNode;
  end?: ChildNode | null;
  kids?: ChildNode[];
  /** A huge parent's chunk: its elements are the parent's `children` [k, e). */
  k?: number;
  e?: number;
}

/** The children a slice's indices count in: the parent's, or a stretch's own. */
export const kidsOf = (s: Slice): ArrayLike<ChildNode> => s.kids ?? s.parent.childNodes;

/** The Firefox build? (`__TARGET__` is undefined in the DOM tests: vitest's define does not reach them.) */
const FIREFOX = typeof __TARGET__ !== 'undefined' && __TARGET__ === 'firefox';

/** About this many elements per chunk (~8 KB of article text): candidates are located inside one chunk, so locating reads little. */
export const CHUNK_ELEMENTS = 200;
/** A child's text at least this long may locate it by where it occurs in its chunk's text (locate's anchor). */
const ANCHOR = 12;
/** A parent with more children than this is cut by index; a run is followed at most this far each way. */
const FEW = 64;
/**
 * In Firefox, a parent with more children than this is never asked for its childNodes: Gecko lists them all at the
 * first ask, in one call (~90 ns each: ~40 ms for the 10 MB page's 450,000, in any script). Its chunks are planned
 * over `children`, which Gecko fills only as far as it is indexed, and located over their indices. Not in
 * Chromium: Blink lists childNodes as they are indexed, and forgets where it was in `children` at any change
 * below the parent (our marks), which made the 10 MB page's read quadratic (0.5 → 9 s).
 */
export const HUGE = FIREFOX ? 100_000 : Infinity;

/** One range for hasMore, not one per parent planned: a live range watches its document's changes until collected. */
let probe: Range | undefined;

/** Has parent more than `huge` children? A range knows without listing them: it refuses an offset past the end. */
function hasMore(parent: Node, huge: number): boolean {
  try {
    (probe ??= document.createRange()).setStart(parent, huge + 1);
    return true;
  } catch {
    return false;
  }
}

/** Elements under el, counted up to limit + 1 only (item(limit) stops the walk there; see nth). */
function elementsUpTo(el: Element, limit: number): number {
  const all = el.getElementsByTagName('*');
  return (FIREFOX ? all[limit] : all.item(limit)) ? limit + 1 : all.length;
}

/**
 * list[i] of a child list. Outside Firefox by item(): Blink's indexed getter first counts the live list (the 10 MB
 * article's 450,000 children: 14 ms in one call, again after each change to the list), where item(i) walks only to
 * i from where it last was. Through Firefox's Xrays item() cost more (read 106 → 110 ms, 1 MB article, 20 loads
 * each), and Gecko lists a parent's children at the first ask anyway (HUGE). An array (a stretch's list) as it is.
 */
export const nth = FIREFOX
  ? (list: ArrayLike<ChildNode>, i: number): ChildNode | undefined => list[i]
  : (list: ArrayLike<ChildNode>, i: number): ChildNode | undefined =>
      Array.isArray(list) ? (list[i] as ChildNode | undefined) : ((list as NodeListOf<ChildNode>).item(i) ?? undefined);

/** Can a chunk end before child i without cutting a run in two? */
const canCut = (kids: ArrayLike<ChildNode>, i: number) => endsRun(nth(kids, i)) || endsRun(nth(kids, i - 1));

/**
 * Cuts parent's children into chunks of about `limit` elements, cut only where a run ends (when such a place
 * is near), descending into children too big for one chunk; subtrees we never touch are left out. A generator:
 * planning a 10 MB page goes at the pace of reading it. Sizes are counted only up to the limit, so planning
 * costs about as much as the chunks it makes, never a walk of a big subtree.
 */
export function* planChunks(parent: Element | DocumentFragment, limit = CHUNK_ELEMENTS, huge = HUGE): Generator<Slice> {
  if (huge < Infinity && hasMore(parent, huge)) return yield* planHuge(parent, limit);
  const kids = parent.childNodes;
  if (!nth(kids, 0)) return;
  if (!nth(kids, FEW)) {
    const n = kids.length;
    let start = 0;
    let acc = 0;
    for (let i = 0; i < n; i++) {
      const kid = nth(kids, i)!;
      const el = kid.nodeType === 1 ? (kid as Element) : null;
      const size = el ? 1 + elementsUpTo(el, limit) : 0;
      const skipped = !!el && skipsSubtree(el);
      if (el && endsRun(el) && (skipped || size > limit)) {
        if (i > start) yield { parent, from: start, to: i };
        if (!skipped) yield* planChunks(el, limit, huge);
        start = i + 1;
        acc = 0;
        continue;
      }
      if (acc + size > limit && i > start && canCut(kids, i)) {
        yield { parent, from: start, to: i };
        start = i;
        acc = 0;
      }
      acc += size;
    }
    if (n > start) yield { parent, from: start, to: n };
    return;
  }
  // Many children: steps of about `limit` elements, judged from a sample of the first FEW. They are never counted:
  // Blink counts a child list by walking it (the 10 MB article's 450,000: 14 ms in one call), while indexing it
  // in order costs little. The last chunk is found where indexing finds no child.
  let sample = 0;
  for (let i = 0; i < FEW; i++) {
    const kid = nth(kids, i)!;
    if (kid.nodeType === 1) sample += 1 + elementsUpTo(kid as Element, limit);
  }
  const step = Math.max(1, Math.floor((limit * FEW) / Math.max(1, sample)));
  for (let start = 0; nth(kids, start); ) {
    let end = start + step;
    if (!nth(kids, end)) {
      end = start + 1;
      while (nth(kids, end)) end++;
    } else {
      for (let j = end, lim = end + FEW; j < lim && nth(kids, j); j++) {
        if (canCut(kids, j)) {
          end = j;
          break;
        }
      }
    }
    yield { parent, from: start, to: end };
    start = end;
  }
}

/**
 * Chunks of a huge parent, as the many-children case above cuts them but counted in elements: a chunk ends before
 * an element (where a run can end, when such a place is near). Its candidates are located without listing its
 * nodes (locateHuge).
 */
function* planHuge(parent: Element | DocumentFragment, limit: number): Generator<Slice> {
  const els = parent.children;
  let sample = 0;
  let n = 0;
  for (; n < FEW && els[n]; n++) sample += 1 + elementsUpTo(els[n]!, limit);
  const step = Math.max(1, Math.floor((limit * n) / Math.max(1, sample)));
  let first: ChildNode | null = parent.firstChild;
  for (let k = 0; first; ) {
    let e = k + step;
    for (let j = e, lim = e + FEW; j < lim && els[j]; j++) {
      if (endsRun(els[j]!) || endsRun(els[j]!.previousSibling)) {
        e = j;
        break;
      }
    }
    const end = els[e] ?? null;
    if (!end) while (e > k && !els[e - 1]) e--; // the last chunk: fewer elements than the step
    yield { parent, from: 0, to: Infinity, first, end, k, e };
    first = end;
    k = e;
  }
}

/**
 * The text of children [from, to) of parent, read natively (the data of every text node in them, in order:
 * what their textContent would give). The range is set inside the first and last children, not by offsets in
 * the parent: browsers find an offset's child by walking the siblings, which costs a lot in a long list.
 */
export function sliceText(range: Range, s: Slice, kids?: ArrayLike<ChildNode>): string {
  if (s.first && !kids) return textBetween(range, s.first, s.end ?? null, s.parent);
  kids ??= kidsOf(s);
  return s.from >= s.to ? '' : textBetween(range, nth(kids, s.from)!, nth(kids, s.to) ?? null, s.parent);
}

/** The text of the siblings from `first` to before `end` (null: to the last of parent's children). */
function textBetween(range: Range, first: ChildNode, end: ChildNode | null, parent: Node): string {
  range.setStart(first, 0);
  // Then collapse, then the end: moving a boundary past the other one is slow in Gecko (it recomputes positions).
  if (FIREFOX) range.collapse(true);
  if (end) range.setEnd(end, 0);
  else {
    const last = parent.lastChild!;
    range.setEnd(last, last.nodeType === 1 ? last.childNodes.length : (last as CharacterData).length);
  }
  return range.toString();
}

/** The length of a node's text as Range.toString counts it (text nodes and their data only). */
function textLength(n: Node): number {
  if (n.nodeType === 3 || n.nodeType === 4) return (n as CharacterData).length;
  return n.nodeType === 1 ? (n.textContent ?? '').length : 0;
}

/**
 * The spans (sibling ranges of one block, each a run or a stretch of one) that hold the candidates of a chunk.
 * hits are [start, end) offsets into the chunk's text (`length` long), sorted. A candidate is located by its
 * start: a mention found there lies in the run around it (runs never cross blocks), and every later start is a
 * candidate of its own. Spans come out in document order.
 */
export function locate(range: Range, chunk: Slice, hits: [number, number][], text: string): Slice[] {
  if (chunk.k !== undefined && chunk.e !== undefined && chunk.first) return locateHuge(range, chunk, chunk.k, chunk.e, chunk.first, hits, text);
  const length = text.length;
  const out: Slice[] = [];
  const last = new Map<Node, Slice>();
  // The chunk's parent's children as the chunk counts them (a stretch's own list); below it, each element's childNodes.
  const own = chunk.kids ?? null;
  const kidsIn = (parent: Node): ArrayLike<ChildNode> => (own && parent === chunk.parent ? own : parent.childNodes);
  /**
   * Where a child's text starts, found in the chunk's text instead of by a range read: the child's own text (one
   * or two DOM calls, a few dozen characters), if it occurs exactly once from `from` on, where the child is known
   * to start at or after. -1 when it is short or occurs again (then it could be the other one), or is a comment.
   */
  let anchored = 0; // the length of the text last anchored
  const anchor = (kid: ChildNode, from: number): number => {
    const type = kid.nodeType;
    if (type !== 1 && type !== 3 && type !== 4) return -1; // a comment's text is not the range's
    const t = type === 1 ? (kid.textContent ?? '') : (kid as CharacterData).data;
    if (t.length < ANCHOR) return -1;
    const at = text.indexOf(t, from);
    anchored = t.length;
    return at >= 0 && text.indexOf(t, at + 1) < 0 ? at : -1;
  };
  const addSpan = (parent: Node, i: number) => {
    const kid = nth(kidsIn(parent), i)!;
    // Within the chunk only: the next chunk reads what lies beyond (chunks end where runs end, when they can).
    const min = parent === chunk.parent ? Math.max(chunk.from, i - FEW) : i - FEW;
    const max = parent === chunk.parent ? Math.min(chunk.to, i + 1 + FEW) : i + 1 + FEW;
    let from = i;
    let to = i + 1;
    for (let s = kid.previousSibling; s && from > min && !endsRun(s); s = s.previousSibling) from--;
    for (let s = kid.nextSibling; s && to < max && !endsRun(s); s = s.nextSibling) to++;
    const prev = last.get(parent);
    if (prev && from <= prev.to) prev.to = Math.max(prev.to, to);
    else {
      const span = { parent, from, to };
      last.set(parent, span);
      out.push(span);
    }
  };
  const leaf = (parent: Node, i: number, base: number, hs: [number, number][]) => {
    const kid = nth(kidsIn(parent), i)!;
    if (kid.nodeType === 3) return addSpan(parent, i);
    if (kid.nodeType !== 1) return;
    const el = kid as Element;
    if (skipsSubtree(el)) return;
    if (!endsRun(el)) return addSpan(parent, i);
    const n = el.childNodes.length;
    if (n) bisect(el, 0, n, base, hs);
  };
  // Children [from, to) of parent hold the text from offset base on; hs overlap it.
  const bisect = (parent: Node, from: number, to: number, base: number, hs: [number, number][]) => {
    if (to - from === 1) return leaf(parent, from, base, hs);
    const mid = (from + to) >> 1;
    const kids = kidsIn(parent);
    // One child: its own text (two calls instead of a range's five); else the middle child's text, if it anchors.
    let split = mid - from === 1 ? base + textLength(nth(kids, from)!) : anchor(nth(kids, mid)!, base);
    if (split < 0) split = base + sliceText(range, { parent, from, to: mid }, kids).length;
    const left = hs.filter((h) => h[0] < split);
    const right = hs.filter((h) => h[0] >= split);
    if (left.length) bisect(parent, from, mid, base, left);
    if (right.length) bisect(parent, mid, to, split, right);
  };
  // Children [from, to) of parent hold the text [base, base + len); hs lie in it. Hits are taken in order from a
  // cursor (the child where the text left over starts): the child holding the next one is guessed from the average
  // length of the children left, one range read gives where the guess starts, and single children are then read
  // forward to the one holding it (a few calls each, against a range read's six). A guess past the hit, or a long
  // walk, hands the rest to bisection (docs/architecture.md § Speed: Firefox's 1 MB work 156 → 131 ms).
  const guess = (parent: Node, from: number, to: number, base: number, len: number, hs: [number, number][]) => {
    const kids = kidsIn(parent);
    let i = from;
    let off = base;
    let k = 0;
    while (k < hs.length) {
      const h = hs[k]![0];
      let g = Math.min(to - 1, i + Math.floor(((h - off) / Math.max(1, base + len - off)) * (to - i)));
      // Where the guess starts: its text found in the chunk's (or the next child's: the guess may be the white
      // space between two paragraphs), else one range read.
      let at = g === i ? off : anchor(nth(kids, g)!, off);
      if (at < 0 && g > i && g + 1 < to) {
        at = anchor(nth(kids, g + 1)!, off);
        if (at >= 0) g++;
      }
      let known = at >= 0 && g > i ? anchored : -1; // g's text length, when its text was read
      if (at < 0) at = off + sliceText(range, { parent, from: i, to: g }, kids).length;
      if (at > h) {
        // Past it: the hits before the guess lie in [i, g).
        let n = k;
        while (n < hs.length && hs[n]![0] < at) n++;
        bisect(parent, i, g, off, hs.slice(k, n));
        k = n;
        i = g;
        off = at;
        continue;
      }
      for (let steps = 0; ; steps++) {
        const size = g === to - 1 ? base + len - at : known >= 0 ? known : textLength(nth(kids, g)!);
        known = -1;
        if (h < at + size) {
          let n = k + 1;
          while (n < hs.length && hs[n]![0] < at + size) n++;
          leaf(parent, g, at, hs.slice(k, n));
          k = n;
          i = g + 1;
          off = at + size;
          break;
        }
        at += size;
        g++;
        if (steps === 4) {
          bisect(parent, g, to, at, hs.slice(k));
          return;
        }
      }
    }
  };
  if (hits.length) guess(chunk.parent, chunk.from, chunk.to, 0, length, hits);
  // Bounded by nodes: the last span of a huge parent's chunk ends where the chunk does.
  return out.map((s) => {
    const kids = kidsIn(s.parent);
    return { ...s, first: nth(kids, s.from), end: nth(kids, s.to) ?? (s.parent === chunk.parent ? (chunk.end ?? null) : null) };
  });
}

/** A stretch of a huge parent's children handed to locate() as a chunk of its own, and the hits in it. */
interface Stretch {
  nodes: ChildNode[];
  /** Offset of its text in the chunk's, and its length. */
  off: number;
  len: number;
  hits: [number, number][];
}

/**
 * locate() for a huge parent's chunk, without listing its nodes (a wrapper each through Xrays, and their garbage).
 * The element before each hit is found among the chunk's `children` [k, e) by interpolation, alternating with
 * bisection, each step one range read from the last element found. The stretch around it that a run can span (that
 * element and the nodes up to the next one, and inline siblings either way up to a run's end, FEW at most) goes to
 * locate() as a chunk of its own; stretches that touch are joined, so no node is read twice.
 */
function locateHuge(range: Range, chunk: Slice, k: number, e: number, first: ChildNode, hits: [number, number][], text: string): Slice[] {
  const length = text.length;
  const parent = chunk.parent;
  const els = (parent as ParentNode).children;
  const end = chunk.end ?? null;
  /** The first node of element i's cell; k - 1 is the nodes before els[k], when the chunk starts with some. */
  const startOf = (i: number): ChildNode => (i < k ? first : els[i]!);
  /** The node after element i's cell. */
  const after = (i: number): ChildNode | null => (i + 1 < e ? els[i + 1]! : end);
  let lo = els[k] === first ? k : k - 1;
  let offLo = 0;
  const out: Slice[] = [];
  let cur: Stretch | null = null;
  const flush = () => {
    if (!cur) return;
    const nodes = cur.nodes;
    const sub: Slice = { parent, from: 0, to: nodes.length, kids: nodes, first: nodes[0], end: nodes[nodes.length - 1]!.nextSibling };
    out.push(...locate(range, sub, cur.hits.map(([a, b]): [number, number] => [a - cur!.off, b - cur!.off]), text.slice(cur.off, cur.off + cur.len)));
    cur = null;
  };
  // Appends nodes from n on to s: the rest of cell i, then inline siblings while a run may go on (FEW at most).
  const forward = (s: Stretch, n: ChildNode | null, i: number) => {
    const stop = after(i);
    let past = false;
    for (let steps = 0; n && n !== end; n = n.nextSibling) {
      if (n === stop) past = true;
      if (past && (endsRun(n) || ++steps > FEW)) break;
      s.nodes.push(n);
      s.len += textLength(n);
    }
  };
  for (const hit of hits) {
    const h = hit[0];
    if (cur && h < cur.off + cur.len) {
      cur.hits.push(hit);
      continue;
    }
    // The cell holding h: the last i in [lo, e) whose cell starts at or before it.
    let hi = e;
    let offHi = length;
    for (let step = 0; hi - lo > 1; step++) {
      const guess = step % 2 ? (lo + hi) >> 1 : lo + 1 + Math.floor(((h - offLo) / Math.max(1, offHi - offLo)) * (hi - lo - 1));
      const g = Math.min(hi - 1, Math.max(lo + 1, guess));
      const o = offLo + textBetween(range, startOf(lo), els[g]!, parent).length;
      if (o <= h) {
        lo = g;
        offLo = o;
      } else {
        hi = g;
        offHi = o;
      }
    }
    if (cur && offLo < cur.off + cur.len) {
      // The cell began inside the stretch: the stretch goes on to cover the hit.
      forward(cur, cur.nodes[cur.nodes.length - 1]!.nextSibling, lo);
      cur.hits.push(hit);
      continue;
    }
    // Back from the cell's start while a run may reach into it, not past the chunk's start or the stretch before.
    const s = startOf(lo);
    const back: ChildNode[] = [];
    let off = offLo;
    const prevLast = cur?.nodes[cur.nodes.length - 1];
    if (!endsRun(s)) {
      for (let b = s; b !== first && back.length < FEW; ) {
        const p = b.previousSibling;
        if (!p || p === prevLast || endsRun(p)) break;
        back.push(p);
        off -= textLength(p);
        b = p;
      }
    }
    back.reverse();
    if (cur && (back[0] ?? s) !== prevLast?.nextSibling) flush();
    if (!cur) cur = { nodes: [], off, len: 0, hits: [] };
    for (const b of back) {
      cur.nodes.push(b);
      cur.len += textLength(b);
    }
    forward(cur, s, lo);
    cur.hits.push(hit);
  }
  flush();
  return out;
}

/**
 * The same runs a RunReader over root would give, minus those that cannot hold a mention, read chunk by chunk.
 * `read(deadline)` stops after the chunk during which the deadline passed.
 */
export class SparseReader {
  private readonly runs: RunReader;
  private chunks: Generator<Slice> | null = null;
  /** A chunk planned in a slice that ran out of time, read first in the next. */
  private planned: Slice | null = null;
  private readonly range: Range;
  done: boolean;

  constructor(
    private readonly root: Element,
    private readonly matcher: Matcher,
    /** Elements per chunk (tests cut tiny trees into many chunks). */
    private readonly limit = CHUNK_ELEMENTS,
    /** Planning that took longer than this (ms) and passed the deadline ends the read before the chunk is read. */
    private readonly planMs = 15,
    /** Children past which a parent is planned by its elements (HUGE; tests make every parent huge). */
    private readonly huge = HUGE,
  ) {
    this.runs = new RunReader(root);
    this.done = this.runs.done;
    this.range = (root.ownerDocument ?? document).createRange();
  }

  read(deadline = Infinity, out: Run[] = []): Run[] {
    if (this.done) return out;
    this.chunks ??= planChunks(this.root, this.limit, this.huge);
    for (;;) {
      let chunk = this.planned;
      this.planned = null;
      if (!chunk) {
        const t0 = performance.now();
        const c = this.chunks.next();
        if (c.done) {
          this.done = true;
          return out;
        }
        chunk = c.value;
        // Planning can cost a task's worth on its own (a parent's first childNodes costs Gecko ~90 ns per child,
        // and HUGE only bounds that): then the chunk is read in the next slice.
        const now = performance.now();
        if (now > deadline && now - t0 > this.planMs) {
          this.planned = chunk;
          return out;
        }
      }
      const text = sliceText(this.range, chunk);
      // Text that needs normalising (soft hyphens, decomposed accents) is read block by block, where toNfc maps it.
      const spans = needsNfc(text) ? [chunk] : locate(this.range, chunk, candidates(this.matcher, text), text);
      for (const s of spans) this.runs.readSpan(s.first ?? nth(kidsOf(s), s.from), s.first ? s.end : nth(kidsOf(s), s.to), out);
      if (performance.now() > deadline) return out;
    }
  }
}
