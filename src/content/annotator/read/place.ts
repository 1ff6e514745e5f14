// Keeping one's place in a child list across a yield (chunks.ts, sparse.ts). A sliced read yields between
// chunks, and the page may add, remove or move children before it resumes: an index kept across that skips
// children when one before it goes. What the page adds or moves, the observer queues on its own; what it leaves
// in place must still be read, even if shifted.
import type { Chunk } from './chunks';

/** The firefox build? */
export const FIREFOX = __TARGET__ === 'firefox';

/**
 * list[i] of a child list. Outside Firefox by item(): Blink's indexed getter first counts the live list (14 ms for
 * 450,000 children, again after each change), where item(i) walks only to i from where it last was. In Firefox
 * item() cost more through Xrays. An array (a stretch's list) as it is.
 */
export const nth = FIREFOX
  ? <T extends ChildNode>(list: ArrayLike<T>, i: number): T | undefined => list[i]
  : <T extends ChildNode>(list: ArrayLike<T>, i: number): T | undefined =>
      Array.isArray(list) ? (list[i] as T | undefined) : ((list as unknown as NodeListOf<T>).item(i) ?? undefined);

/** How far either side of its old index a child is looked for before its siblings are counted. */
const NEAR = 64;

/**
 * Where node sits in list (its parent's childNodes, or its `children` when `elements`), looked for near `guess`
 * first (the page moved it a little, if at all). Call it only while node is a child of the list's parent.
 */
export function indexNear<T extends ChildNode>(list: ArrayLike<T>, guess: number, node: T, elements = false): number {
  for (let d = 0; d <= NEAR; d++) {
    if (nth(list, guess - d) === node) return guess - d;
    if (nth(list, guess + d) === node) return guess + d;
  }
  let k = 0;
  if (elements) for (let s = (node as unknown as Element).previousElementSibling; s; s = s.previousElementSibling) k++;
  else for (let s = node.previousSibling; s; s = s.previousSibling) k++;
  return k;
}

/** A plan that loses its place this many times reads on from where its old index points. */
export const MAX_RESTARTS = 4;

/**
 * A plan's place in a child list, kept as the children either side of it. Still side by side, they give the place;
 * else the earlier of the two that are still in the list does (one of them may have moved later: reading from
 * the earlier reads some twice, which marks nothing twice). A place whose neighbours both left is lost: the plan
 * starts the list again, up to MAX_RESTARTS times.
 */
export class Place<T extends ChildNode> {
  private index = 0;
  private node: T | undefined;
  private prev: T | undefined;
  private restarts = 0;

  constructor(
    private readonly parent: Node,
    private readonly list: ArrayLike<T>,
  ) {}

  /** Remembers the place before child i (before a yield). */
  keep(i: number): void {
    this.index = i;
    this.node = nth(this.list, i);
    this.prev = i > 0 ? nth(this.list, i - 1) : undefined;
  }

  /** The place's index in the list as it is now (after the yield): where reading goes on. */
  find(): number {
    const { node, prev } = this;
    if (this.index === 0) return 0; // the list's start stays its start
    if (node && this.has(node) && prev?.nextSibling === node) return this.at(node);
    const found = Math.min(node && this.has(node) ? this.at(node) : Infinity, prev && this.has(prev) ? this.at(prev) + 1 : Infinity);
    if (found < Infinity) return found;
    if (!node && !prev) return this.index;
    return this.restarts++ < MAX_RESTARTS ? 0 : this.index;
  }

  /** Where a chunk that was to end at the place ends now: the later of the two (reading more is safe). */
  findEnd(): number {
    const { node, prev } = this;
    const found = Math.max(node && this.has(node) ? this.at(node) : -1, prev && this.has(prev) ? this.at(prev) + 1 : -1);
    return found >= 0 && node ? found : this.list.length;
  }

  private has(n: T): boolean {
    return n.parentNode === this.parent;
  }

  private at(n: T): number {
    return indexNear(this.list, n === this.node ? this.index : this.index - 1, n);
  }
}

/** A chunk planned in one slice and read in a later one, with its edges as the page had them. */
export interface Deferred {
  chunk: Chunk;
  from: Place<ChildNode> | null;
  to: Place<ChildNode> | null;
  /** A huge parent's chunk: the nodes before its first and its end. */
  before?: ChildNode | null;
  last?: ChildNode | null;
}

export function defer(chunk: Chunk): Deferred {
  if (chunk.kind === 'huge') return { chunk, from: null, to: null, before: chunk.first.previousSibling, last: chunk.end ? chunk.end.previousSibling : null };
  const kids = chunk.parent.childNodes;
  const from = new Place(chunk.parent, kids);
  const to = new Place(chunk.parent, kids);
  from.keep(chunk.from);
  to.keep(chunk.to);
  return { chunk, from, to };
}

/**
 * The deferred chunk as the page is now: its edges found again, the chunk widened where one moved or left (to the
 * list's start or end for a huge parent's). Reading more than planned is safe, skipping is not. Null if nothing is
 * left.
 */
export function resume(d: Deferred): Chunk | null {
  const { chunk } = d;
  if (chunk.kind === 'range') {
    const from = d.from!.find();
    return { ...chunk, from, to: Math.max(from, d.to!.findEnd()) };
  }
  const { parent } = chunk;
  const els = (parent as Element).children;
  const first = chunk.first.parentNode === parent && chunk.first.previousSibling === d.before ? chunk.first : parent.firstChild;
  if (!first) return null;
  const end = chunk.end && chunk.end.parentNode === parent && chunk.end.previousSibling === d.last ? chunk.end : null;
  const firstEl = first.nodeType === 1 ? (first as Element) : (first as CharacterData).nextElementSibling;
  return {
    ...chunk,
    first,
    end,
    fromElement: firstEl ? indexNear(els, first === chunk.first ? chunk.fromElement : 0, firstEl, true) : els.length,
    toElement: end ? indexNear(els, chunk.toElement, end as Element, true) : els.length,
  };
}
