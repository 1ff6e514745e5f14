// Planning the sparse read (sparse.ts): a page's children cut into chunks of about CHUNK_ELEMENTS elements, each
// read as one string natively (docs/architecture.md § Speed).
import { endsRun, skipsSubtree } from '../where';
import { FIREFOX, MAX_RESTARTS, Place, indexNear, nth } from './place';

export { nth };

/** Children [from, to) of parent, counted in its childNodes: a chunk of an ordinary parent. */
export interface ChildRange {
  kind: 'range';
  parent: Node;
  from: number;
  to: number;
}

/**
 * A chunk of a huge parent (HUGE_PARENT): its nodes from `first` to before `end` (null: to the parent's last).
 * Its elements are the parent's `children` [fromElement, toElement): it is never asked for its childNodes.
 */
export interface HugeChunk {
  kind: 'huge';
  parent: Node;
  first: ChildNode;
  end: ChildNode | null;
  fromElement: number;
  toElement: number;
}

/** A stretch of a huge parent's children, listed: handed to locate() as a chunk of its own (indices count in `nodes`). */
export interface Stretch {
  kind: 'stretch';
  parent: Node;
  nodes: ChildNode[];
  from: number;
  to: number;
  /** The node after the stretch (null: the parent's last child ends it). */
  end: ChildNode | null;
}

export type Chunk = ChildRange | HugeChunk;


/** About this many elements per chunk (~8 KB of article text): candidates are located inside one chunk, so locating reads little. */
export const CHUNK_ELEMENTS = 200;
/** A parent with more children than this is cut in steps judged from a sample of this many, never counted. */
export const SAMPLE_CHILDREN = 64;
/** A run (text up to a block's edge) is followed at most this many siblings each way. */
export const RUN_REACH = 64;
/**
 * In Firefox, a parent with more children than this is never asked for its childNodes: Gecko lists them all at the
 * first ask, in one call (~90 ns each: ~40 ms for the 10 MB page's 450,000). Its chunks are planned over
 * `children`, which Gecko fills only as far as it is indexed. Not in Chromium: Blink lists childNodes as they are
 * indexed, and forgets where it was in `children` at any change below the parent (docs/architecture.md § Speed).
 */
export const HUGE_PARENT = FIREFOX ? 100_000 : Infinity;

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

/** Can a chunk end before child i without cutting a run in two? */
const canCut = (kids: ArrayLike<ChildNode>, i: number) => endsRun(nth(kids, i)) || endsRun(nth(kids, i - 1));

/**
 * Cuts parent's children into chunks of about `limit` elements, cut only where a run ends (when such a place
 * is near), descending into children too big for one chunk; subtrees we never touch are left out. A generator:
 * planning a 10 MB page goes at the pace of reading it. Sizes are counted only up to the limit, so planning
 * costs about as much as the chunks it makes, never a walk of a big subtree.
 */
export function* planChunks(parent: Element | DocumentFragment, limit = CHUNK_ELEMENTS, huge = HUGE_PARENT): Generator<Chunk> {
  if (huge < Infinity && hasMore(parent, huge)) return yield* planHuge(parent, limit);
  const kids = parent.childNodes;
  if (!nth(kids, 0)) return;
  if (nth(kids, SAMPLE_CHILDREN)) return yield* planMany(parent, kids, limit);
  // Indices hold only until the next yield: after it the place is found again (Place).
  const place = new Place(parent, kids);
  let start = 0;
  let acc = 0;
  for (let i = 0, kid = nth(kids, 0); kid; kid = nth(kids, ++i)) {
    const el = kid.nodeType === 1 ? (kid as Element) : null;
    const size = el ? 1 + elementsUpTo(el, limit) : 0;
    const skipped = !!el && skipsSubtree(el);
    if (el && endsRun(el) && (skipped || size > limit)) {
      place.keep(i + 1);
      if (i > start) yield { kind: 'range', parent, from: start, to: i };
      if (!skipped) yield* planChunks(el, limit, huge);
      start = place.find();
      i = start - 1;
      acc = 0;
      continue;
    }
    if (acc + size > limit && i > start && canCut(kids, i)) {
      place.keep(i);
      yield { kind: 'range', parent, from: start, to: i };
      start = place.find();
      i = start - 1; // this child is measured again, first in the new chunk
      acc = 0;
      continue;
    }
    acc += size;
  }
  const n = kids.length;
  if (n > start) yield { kind: 'range', parent, from: start, to: n };
}

/** The size of a step (in children) that holds about `limit` elements, judged from the first children. */
function stepOf(sampleSize: number, sampled: number, limit: number): number {
  return Math.max(1, Math.floor((limit * sampled) / Math.max(1, sampleSize)));
}

/**
 * Many children: steps of about `limit` elements. They are never counted: Blink counts a child list by walking it
 * (the 10 MB article's 450,000: 14 ms in one call), while indexing it in order costs little. The last chunk is
 * found where indexing finds no child.
 */
function* planMany(parent: Node, kids: NodeListOf<ChildNode>, limit: number): Generator<Chunk> {
  let sample = 0;
  for (let i = 0; i < SAMPLE_CHILDREN; i++) {
    const kid = nth(kids, i)!;
    if (kid.nodeType === 1) sample += 1 + elementsUpTo(kid as Element, limit);
  }
  const step = stepOf(sample, SAMPLE_CHILDREN, limit);
  const place = new Place(parent, kids);
  for (let start = 0; nth(kids, start); ) {
    let end = start + step;
    if (!nth(kids, end)) {
      end = start + 1;
      while (nth(kids, end)) end++;
    } else {
      for (let j = end, lim = end + RUN_REACH; j < lim && nth(kids, j); j++) {
        if (canCut(kids, j)) {
          end = j;
          break;
        }
      }
    }
    place.keep(end);
    yield { kind: 'range', parent, from: start, to: end };
    start = place.find();
  }
}

/**
 * Chunks of a huge parent, as planMany cuts them but counted in elements: a chunk ends before an element (where a
 * run can end, when such a place is near). Its candidates are located without listing its nodes (locate-huge.ts).
 */
function* planHuge(parent: Element | DocumentFragment, limit: number): Generator<Chunk> {
  const els = parent.children;
  let sample = 0;
  let n = 0;
  for (; n < SAMPLE_CHILDREN && els[n]; n++) sample += 1 + elementsUpTo(els[n]!, limit);
  const step = stepOf(sample, n, limit);
  let restarts = 0;
  let first: ChildNode | null = parent.firstChild;
  for (let fromElement = 0; first; ) {
    let toElement = fromElement + step;
    for (let j = toElement, lim = toElement + RUN_REACH; j < lim && els[j]; j++) {
      if (endsRun(els[j]!) || endsRun(els[j]!.previousSibling)) {
        toElement = j;
        break;
      }
    }
    const end = els[toElement] ?? null;
    if (!end) while (toElement > fromElement && !els[toElement - 1]) toElement--; // the last chunk: fewer elements than the step
    const last = end?.previousSibling;
    yield { kind: 'huge', parent, first, end, fromElement, toElement };
    if (end && (end.parentNode !== parent || end.previousSibling !== last)) {
      // The page removed or moved the element the next chunk was to start at: the place is lost; start again.
      const again = restarts++ < MAX_RESTARTS;
      fromElement = again ? 0 : toElement;
      first = again ? parent.firstChild : (els[toElement] ?? null);
      continue;
    }
    first = end;
    fromElement = end ? indexNear(els, toElement, end, true) : toElement;
  }
}

/** The children a range or stretch counts its indices in. */
export const kidsOf = (s: ChildRange | Stretch): ArrayLike<ChildNode> => (s.kind === 'stretch' ? s.nodes : s.parent.childNodes);

/**
 * The text of a chunk, read natively (the data of every text node in it, in order: what their textContent would
 * give). The range is set inside the first and last children, not by offsets in the parent: browsers find an
 * offset's child by walking the siblings, which costs a lot in a long list.
 */
export function chunkText(range: Range, c: Chunk): string {
  return c.kind === 'huge' ? textBetween(range, c.first, c.end, c.parent) : childrenText(range, c.parent, kidsOf(c), c.from, c.to);
}

/** The text of kids [from, to) of parent. */
export function childrenText(range: Range, parent: Node, kids: ArrayLike<ChildNode>, from: number, to: number): string {
  return from >= to ? '' : textBetween(range, nth(kids, from)!, nth(kids, to) ?? null, parent);
}

/** The text of the siblings from `first` to before `end` (null: to the last of parent's children). */
export function textBetween(range: Range, first: ChildNode, end: ChildNode | null, parent: Node): string {
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
export function textLength(n: Node): number {
  if (n.nodeType === 3 || n.nodeType === 4) return (n as CharacterData).length;
  return n.nodeType === 1 ? (n.textContent ?? '').length : 0;
}
