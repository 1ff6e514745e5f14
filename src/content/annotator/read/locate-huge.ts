// locate() for a huge parent's chunk, without listing its nodes (a wrapper each through Firefox's Xrays, and their
// garbage). The element before each hit is found among the chunk's `children` by interpolation, alternating with
// bisection, each step one range read from the last element found. The stretch around it that a run can span (that
// element and the nodes up to the next one, and inline siblings either way up to a run's end, RUN_REACH at most)
// goes to locate() as a chunk of its own; stretches that touch are joined, so no node is read twice.
import { endsRun } from '../where';
import { RUN_REACH, textBetween, textLength, type HugeChunk, type Stretch } from './chunks';
import { locate, type Hits, type Span } from './locate';

/** A stretch being gathered, and the hits in it. */
interface Gathered {
  nodes: ChildNode[];
  /** Offset of its text in the chunk's, and its length. */
  off: number;
  len: number;
  hits: Hits;
}

export function locateHuge(range: Range, chunk: HugeChunk, hits: Hits, text: string): Span[] {
  return new HugeLocator(range, chunk, text).run(hits);
}

class HugeLocator {
  private readonly els: HTMLCollection;
  private readonly out: Span[] = [];
  private cur: Gathered | null = null;
  /** The last element found at or before the hits so far, and where its cell's text starts. */
  private lo: number;
  private offLo = 0;

  constructor(
    private readonly range: Range,
    private readonly chunk: HugeChunk,
    private readonly text: string,
  ) {
    this.els = (chunk.parent as ParentNode).children;
    this.lo = this.els[chunk.fromElement] === chunk.first ? chunk.fromElement : chunk.fromElement - 1;
  }

  /** The first node of element i's cell; fromElement - 1 is the nodes before the first element, when the chunk starts with some. */
  private startOf(i: number): ChildNode {
    return i < this.chunk.fromElement ? this.chunk.first : this.els[i]!;
  }

  /** The node after element i's cell. */
  private after(i: number): ChildNode | null {
    return i + 1 < this.chunk.toElement ? this.els[i + 1]! : this.chunk.end;
  }

  run(hits: Hits): Span[] {
    for (const hit of hits) {
      const cur = this.cur;
      if (cur && hit[0] < cur.off + cur.len) cur.hits.push(hit);
      else this.take(hit);
    }
    this.flush();
    return this.out;
  }

  private take(hit: [number, number]): void {
    this.findCell(hit[0]);
    const cur = this.cur;
    if (cur && this.offLo < cur.off + cur.len) {
      // The cell began inside the stretch: the stretch goes on to cover the hit.
      this.forward(cur, cur.nodes[cur.nodes.length - 1]!.nextSibling);
      cur.hits.push(hit);
      return;
    }
    const s = this.startOf(this.lo);
    const prevLast = cur?.nodes[cur.nodes.length - 1];
    const back = this.backFrom(s, prevLast);
    if (cur && (back.nodes[0] ?? s) !== prevLast?.nextSibling) this.flush();
    const next = (this.cur ??= { nodes: [], off: back.off, len: 0, hits: [] });
    for (const b of back.nodes) {
      next.nodes.push(b);
      next.len += textLength(b);
    }
    this.forward(next, s);
    next.hits.push(hit);
  }

  /** Moves lo to the cell holding offset h: the last element in [lo, toElement) whose cell starts at or before it. */
  private findCell(h: number): void {
    let hi = this.chunk.toElement;
    let offHi = this.text.length;
    for (let step = 0; hi - this.lo > 1; step++) {
      const lo = this.lo;
      const interpolated = lo + 1 + Math.floor(((h - this.offLo) / Math.max(1, offHi - this.offLo)) * (hi - lo - 1));
      const g = Math.min(hi - 1, Math.max(lo + 1, step % 2 ? (lo + hi) >> 1 : interpolated));
      const o = this.offLo + textBetween(this.range, this.startOf(lo), this.els[g]!, this.chunk.parent).length;
      if (o <= h) [this.lo, this.offLo] = [g, o];
      else [hi, offHi] = [g, o];
    }
  }

  /** Back from a cell's start while a run may reach into it, not past the chunk's start or the stretch before. */
  private backFrom(s: ChildNode, prevLast: ChildNode | undefined): { nodes: ChildNode[]; off: number } {
    const nodes: ChildNode[] = [];
    let off = this.offLo;
    if (!endsRun(s)) {
      for (let b = s; b !== this.chunk.first && nodes.length < RUN_REACH; ) {
        const p = b.previousSibling;
        if (!p || p === prevLast || endsRun(p)) break;
        nodes.push(p);
        off -= textLength(p);
        b = p;
      }
    }
    return { nodes: nodes.reverse(), off };
  }

  /** Appends nodes from n on: the rest of cell lo, then inline siblings while a run may go on (RUN_REACH at most). */
  private forward(g: Gathered, from: ChildNode | null): void {
    const stop = this.after(this.lo);
    const end = this.chunk.end;
    let past = false;
    for (let n = from, steps = 0; n && n !== end; n = n.nextSibling) {
      if (n === stop) past = true;
      if (past && (endsRun(n) || ++steps > RUN_REACH)) break;
      g.nodes.push(n);
      g.len += textLength(n);
    }
  }

  private flush(): void {
    const g = this.cur;
    if (!g) return;
    const nodes = g.nodes;
    const stretch: Stretch = { kind: 'stretch', parent: this.chunk.parent, nodes, from: 0, to: nodes.length, end: nodes[nodes.length - 1]!.nextSibling };
    const hits = g.hits.map(([a, b]): [number, number] => [a - g.off, b - g.off]);
    this.out.push(...locate(this.range, stretch, hits, this.text.slice(g.off, g.off + g.len)));
    this.cur = null;
  }
}
