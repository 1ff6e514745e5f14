// Reading a big page without visiting every text node (docs/architecture.md § Speed).
// From a content script every node we touch costs a wrapper in the extension's isolated world (about a
// microsecond: walking the text nodes of a 1 MB article alone costs more than the page-world floor), while the
// browser reads text natively at ~5 ms per MB. So the page is cut into chunks (ranges of children), each chunk's
// text is read in one native call (Range.toString), the matcher's `candidates` runs over it, and the tree is
// entered only where a candidate lies: the chunk's child range is bisected by native text lengths down to the
// run holding it, which runs.ts then reads as usual. Pages without mentions cost one read and one regexp pass.
import { candidates, type Matcher } from '../core/matcher';
import { needsNfc } from '../core/normalize';
import { RunReader, type Run } from './runs';
import { INLINE, isOurMark, skipsSubtree } from './where';

/** Children [from, to) of parent: a chunk (read as one string) or a span (read run by run). */
export interface Slice {
  parent: Node;
  from: number;
  to: number;
}

/** About this many elements per chunk (~8 KB of article text): candidates are located inside one chunk, so the bisection reads little. */
export const CHUNK_ELEMENTS = 200;
/** A parent with more children than this is cut by index; a run is followed at most this far each way. */
const FEW = 64;

const elements = (el: Element) => el.getElementsByTagName('*').length + 1;

/** Does this node end a run (a block, br, img, a skipped element), as runs.ts reads them? */
function isBreak(n: Node | null | undefined): boolean {
  return !!n && n.nodeType === 1 && !INLINE.has((n as Element).localName) && !isOurMark(n as Element);
}

/** Can a chunk end before child i without cutting a run in two? */
const canCut = (kids: NodeListOf<ChildNode>, i: number) => isBreak(kids[i]) || isBreak(kids[i - 1]);

/**
 * Cuts parent's children into chunks of about CHUNK_ELEMENTS elements, cut only where a run ends (when such a
 * place is near), descending into children too big for one chunk. Subtrees we never touch are left out.
 * `total` (elements under parent) is counted when needed.
 */
export function planChunks(parent: Element | DocumentFragment, out: Slice[] = [], total?: number, limit = CHUNK_ELEMENTS): Slice[] {
  const kids = parent.childNodes;
  const n = kids.length;
  if (n === 0) return out;
  if (total !== undefined && total <= limit) {
    out.push({ parent, from: 0, to: n });
    return out;
  }
  if (n <= FEW) {
    let start = 0;
    let acc = 0;
    const flush = (end: number) => {
      if (end > start) out.push({ parent, from: start, to: end });
    };
    for (let i = 0; i < n; i++) {
      const el = kids[i]!.nodeType === 1 ? (kids[i] as Element) : null;
      if (el && skipsSubtree(el) && isBreak(el)) {
        flush(i);
        start = i + 1;
        acc = 0;
        continue;
      }
      const size = el ? elements(el) : 0;
      if (el && size > limit && isBreak(el)) {
        flush(i);
        planChunks(el, out, size, limit);
        start = i + 1;
        acc = 0;
        continue;
      }
      if (acc + size > limit && i > start && canCut(kids, i)) {
        flush(i);
        start = i;
        acc = 0;
      }
      acc += size;
    }
    flush(n);
    return out;
  }
  const step = Math.max(1, Math.floor((n * limit) / (total ?? elements(parent as Element))));
  for (let start = 0; start < n; ) {
    let end = Math.min(n, start + step);
    for (let j = end, lim = Math.min(n, end + FEW); j < lim; j++) {
      if (canCut(kids, j)) {
        end = j;
        break;
      }
    }
    out.push({ parent, from: start, to: end });
    start = end;
  }
  return out;
}

/**
 * The text of children [from, to) of parent, read natively (the data of every text node in them, in order:
 * what their textContent would give). The range is set inside the first and last children, not by offsets in
 * the parent: browsers find an offset's child by walking the siblings, which costs a lot in a long list.
 */
export function sliceText(range: Range, s: Slice): string {
  const kids = s.parent.childNodes;
  if (s.from >= s.to) return '';
  // Start, collapse, then end: moving a boundary past the other one is slow in Gecko (it recomputes positions).
  range.setStart(kids[s.from]!, 0);
  range.collapse(true);
  const next = s.to < kids.length ? kids[s.to]! : null;
  if (next) range.setEnd(next, 0);
  else {
    const last = kids[s.to - 1]!;
    range.setEnd(last, last.nodeType === 1 ? last.childNodes.length : (last as CharacterData).length);
  }
  return range.toString();
}

/**
 * The spans (sibling ranges of one block, each a run or a stretch of one) that hold the candidates of a chunk.
 * hits are [start, end) offsets into the chunk's text, sorted. Spans come out in document order.
 */
export function locate(range: Range, chunk: Slice, hits: [number, number][]): Slice[] {
  const out: Slice[] = [];
  const last = new Map<Node, Slice>();
  const addSpan = (parent: Node, i: number) => {
    const kid = parent.childNodes[i]!;
    // Within the chunk only: the next chunk reads what lies beyond (chunks end where runs end, when they can).
    const min = parent === chunk.parent ? Math.max(chunk.from, i - FEW) : i - FEW;
    const max = parent === chunk.parent ? Math.min(chunk.to, i + 1 + FEW) : i + 1 + FEW;
    let from = i;
    let to = i + 1;
    for (let s = kid.previousSibling; s && from > min && !isBreak(s); s = s.previousSibling) from--;
    for (let s = kid.nextSibling; s && to < max && !isBreak(s); s = s.nextSibling) to++;
    const prev = last.get(parent);
    if (prev && from <= prev.to) prev.to = Math.max(prev.to, to);
    else {
      const span = { parent, from, to };
      last.set(parent, span);
      out.push(span);
    }
  };
  const leaf = (parent: Node, i: number, base: number, hs: [number, number][]) => {
    const kid = parent.childNodes[i]!;
    if (kid.nodeType === 3) return addSpan(parent, i);
    if (kid.nodeType !== 1) return;
    const el = kid as Element;
    if (skipsSubtree(el)) return;
    if (!isBreak(el)) return addSpan(parent, i);
    const n = el.childNodes.length;
    if (n) bisect(el, 0, n, base, hs);
  };
  // Children [from, to) of parent hold the text from offset base on; hs overlap it.
  const bisect = (parent: Node, from: number, to: number, base: number, hs: [number, number][]) => {
    if (to - from === 1) return leaf(parent, from, base, hs);
    const mid = (from + to) >> 1;
    const split = base + sliceText(range, { parent, from, to: mid }).length;
    const left = hs.filter((h) => h[0] < split);
    const right = hs.filter((h) => h[1] > split);
    if (left.length) bisect(parent, from, mid, base, left);
    if (right.length) bisect(parent, mid, to, split, right);
  };
  if (hits.length) bisect(chunk.parent, chunk.from, chunk.to, 0, hits);
  return out;
}

/**
 * The same runs a RunReader over root would give, minus those that cannot hold a mention, read chunk by chunk.
 * `read(deadline)` stops after the chunk during which the deadline passed.
 */
export class SparseReader {
  private readonly runs: RunReader;
  private chunks: Slice[] | null = null;
  private readonly range: Range;
  private next = 0;
  done: boolean;

  constructor(
    private readonly root: Element,
    private readonly matcher: Matcher,
    /** Elements per chunk (tests cut tiny trees into many chunks). */
    private readonly limit = CHUNK_ELEMENTS,
  ) {
    this.runs = new RunReader(root);
    this.done = this.runs.done;
    this.range = (root.ownerDocument ?? document).createRange();
  }

  read(deadline = Infinity, out: Run[] = []): Run[] {
    if (this.done) return out;
    this.chunks ??= planChunks(this.root, [], undefined, this.limit); // here, not in the constructor: it is part of the first slice's work
    while (this.next < this.chunks.length) {
      const chunk = this.chunks[this.next++]!;
      const text = sliceText(this.range, chunk);
      // Text that needs normalising (soft hyphens, decomposed accents) is read block by block, where toNfc maps it.
      const spans = needsNfc(text) ? [chunk] : locate(this.range, chunk, candidates(this.matcher, text));
      for (const s of spans) this.runs.readSpan(s.parent, s.from, s.to, out);
      if (performance.now() > deadline) break;
    }
    this.done = this.next >= this.chunks.length;
    return out;
  }
}
