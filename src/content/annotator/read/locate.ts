// Locating a chunk's candidates (sparse.ts): the child range is searched by native text lengths down to the run
// holding each candidate, which runs.ts then reads as usual (docs/architecture.md § Speed).
import { endsRun, skipsSubtree } from '../where';
import { RUN_REACH, childrenText, kidsOf, nth, textLength, type ChildRange, type Stretch } from './chunks';

/** A span to read run by run: the siblings from `first` to before `end` (null: to the parent's last). */
export interface Span {
  first: ChildNode | undefined;
  end: ChildNode | null;
}

/** [start, end) offsets of candidates in a chunk's text, sorted. */
export type Hits = [number, number][];

/** A child's text at least this long may locate it by where it occurs in its chunk's text (Locator.anchor). */
const ANCHOR_LENGTH = 12;
/** A guess walked forward this many children without reaching its hit hands the rest to bisection. */
const WALK_STEPS = 4;

interface OpenSpan {
  parent: Node;
  from: number;
  to: number;
}

/**
 * The spans (sibling ranges of one block, each a run or a stretch of one) that hold the candidates of a chunk.
 * A candidate is located by its start: a mention found there lies in the run around it (runs never cross blocks),
 * and every later start is a candidate of its own. Spans come out in document order.
 */
export function locate(range: Range, chunk: ChildRange | Stretch, hits: Hits, text: string): Span[] {
  const locator = new Locator(range, chunk, text);
  if (hits.length) locator.guess(chunk.parent, chunk.from, chunk.to, 0, text.length, hits);
  return locator.spans();
}

class Locator {
  private readonly out: OpenSpan[] = [];
  private readonly last = new Map<Node, OpenSpan>();

  constructor(
    private readonly range: Range,
    private readonly chunk: ChildRange | Stretch,
    private readonly text: string,
  ) {}

  /** The chunk's parent's children as the chunk counts them (a stretch's own list); below it, each element's childNodes. */
  private kidsIn(parent: Node): ArrayLike<ChildNode> {
    return parent === this.chunk.parent ? kidsOf(this.chunk) : parent.childNodes;
  }

  /**
   * Where a child's text starts, found in the chunk's text instead of by a range read: the child's own text (one
   * or two DOM calls), if it occurs exactly once from `from` on. Null when it is short, occurs again (then it could
   * be the other one), or is a comment's.
   */
  private anchor(kid: ChildNode, from: number): { at: number; length: number } | null {
    const type = kid.nodeType;
    if (type !== 1 && type !== 3 && type !== 4) return null;
    const t = type === 1 ? (kid.textContent ?? '') : (kid as CharacterData).data;
    if (t.length < ANCHOR_LENGTH) return null;
    const at = this.text.indexOf(t, from);
    return at >= 0 && this.text.indexOf(t, at + 1) < 0 ? { at, length: t.length } : null;
  }

  /** Adds the run around child i of parent (joined to the span before it when they touch). */
  private addSpan(parent: Node, i: number): void {
    const kid = nth(this.kidsIn(parent), i)!;
    // Within the chunk only: the next chunk reads what lies beyond (chunks end where runs end, when they can).
    const inChunk = parent === this.chunk.parent;
    const min = inChunk ? Math.max(this.chunk.from, i - RUN_REACH) : i - RUN_REACH;
    const max = inChunk ? Math.min(this.chunk.to, i + 1 + RUN_REACH) : i + 1 + RUN_REACH;
    let from = i;
    let to = i + 1;
    for (let s = kid.previousSibling; s && from > min && !endsRun(s); s = s.previousSibling) from--;
    for (let s = kid.nextSibling; s && to < max && !endsRun(s); s = s.nextSibling) to++;
    const prev = this.last.get(parent);
    if (prev && from <= prev.to) prev.to = Math.max(prev.to, to);
    else {
      const span = { parent, from, to };
      this.last.set(parent, span);
      this.out.push(span);
    }
  }

  /** Child i of parent holds hits: its run, or (a block) its own children searched. */
  private leaf(parent: Node, i: number, base: number, hs: Hits): void {
    const kid = nth(this.kidsIn(parent), i)!;
    if (kid.nodeType === 3) return this.addSpan(parent, i);
    if (kid.nodeType !== 1) return;
    const el = kid as Element;
    if (skipsSubtree(el)) return;
    if (!endsRun(el)) return this.addSpan(parent, i);
    const n = el.childNodes.length;
    if (n) this.bisect(el, 0, n, base, hs);
  }

  /** Children [from, to) of parent hold the text from offset base on; hs overlap it. */
  private bisect(parent: Node, from: number, to: number, base: number, hs: Hits): void {
    if (to - from === 1) return this.leaf(parent, from, base, hs);
    const mid = (from + to) >> 1;
    const kids = this.kidsIn(parent);
    // One child: its own text (two calls instead of a range's five); else the middle child's text, if it anchors.
    let split = mid - from === 1 ? base + textLength(nth(kids, from)!) : (this.anchor(nth(kids, mid)!, base)?.at ?? -1);
    if (split < 0) split = base + childrenText(this.range, parent, kids, from, mid).length;
    const left = hs.filter((h) => h[0] < split);
    const right = hs.filter((h) => h[0] >= split);
    if (left.length) this.bisect(parent, from, mid, base, left);
    if (right.length) this.bisect(parent, mid, to, split, right);
  }

  /**
   * Children [from, to) of parent hold the text [base, base + len); hs lie in it. Hits are taken in order from a
   * cursor (the child where the text left over starts): the child holding the next one is guessed from the average
   * length of the children left, one range read gives where the guess starts, and single children are then read
   * forward to the one holding it. A guess past the hit, or a long walk, hands the rest to bisection.
   */
  guess(parent: Node, from: number, to: number, base: number, len: number, hs: Hits): void {
    const kids = this.kidsIn(parent);
    let i = from;
    let off = base;
    let next = 0; // the first hit not yet located
    while (next < hs.length) {
      const h = hs[next]![0];
      let g = Math.min(to - 1, i + Math.floor(((h - off) / Math.max(1, base + len - off)) * (to - i)));
      // Where the guess starts: its text found in the chunk's (or the next child's: the guess may be the white
      // space between two paragraphs), else one range read.
      let anchored = g === i ? { at: off, length: -1 } : this.anchor(nth(kids, g)!, off);
      if (!anchored && g > i && g + 1 < to) {
        anchored = this.anchor(nth(kids, g + 1)!, off);
        if (anchored) g++;
      }
      let at = anchored ? anchored.at : off + childrenText(this.range, parent, kids, i, g).length;
      let known = anchored && g > i ? anchored.length : -1; // g's text length, when its text was read
      if (at > h) {
        // Past it: the hits before the guess lie in [i, g).
        let n = next;
        while (n < hs.length && hs[n]![0] < at) n++;
        this.bisect(parent, i, g, off, hs.slice(next, n));
        [next, i, off] = [n, g, at];
        continue;
      }
      for (let steps = 0; ; steps++) {
        const size = g === to - 1 ? base + len - at : known >= 0 ? known : textLength(nth(kids, g)!);
        known = -1;
        if (h < at + size) {
          let n = next + 1;
          while (n < hs.length && hs[n]![0] < at + size) n++;
          this.leaf(parent, g, at, hs.slice(next, n));
          [next, i, off] = [n, g + 1, at + size];
          break;
        }
        at += size;
        g++;
        if (steps === WALK_STEPS) return this.bisect(parent, g, to, at, hs.slice(next));
      }
    }
  }

  /** The spans found, bounded by nodes: the last span of a stretch ends where the stretch does. */
  spans(): Span[] {
    const chunk = this.chunk;
    return this.out.map((s) => {
      const kids = this.kidsIn(s.parent);
      const chunkEnd = s.parent === chunk.parent && chunk.kind === 'stretch' ? chunk.end : null;
      return { first: nth(kids, s.from), end: nth(kids, s.to) ?? chunkEnd };
    });
  }
}
