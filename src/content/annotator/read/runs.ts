// Reads the page's text as "runs": consecutive text nodes of one block that a reader sees as one stretch of
// text, so "Writers <em>Guild</em> of America" is one run. A bare SHOW_TEXT TreeWalker plus a memo per parent
// element keeps this close to the cost of merely walking the text (see docs/architecture.md § Runs).
// The reader is resumable: `read(deadline)` stops when the deadline passes, so a 10 MB page is read in slices.
import { endsRun, INLINE, insideSkipped, isOurMark, SKIP, skipsSubtree } from '../where';

export interface Run {
  nodes: Text[];
  /** Start offset of each node in `text`. */
  starts: number[];
  /** Per node: inside one of our marks already (read for context and boundaries, never wrapped again). */
  locked: boolean[];
  text: string;
  /** Inside a shadow root (its marks are styled through the CSSOM); known to the reader, else looked up. */
  inShadow?: boolean;
}

interface ParentInfo {
  skip: boolean;
  block: Element | null;
  locked: boolean;
}

const NOT_SKIPPED: ParentInfo = { skip: false, block: null, locked: false };
const SKIPPED: ParentInfo = { skip: true, block: null, locked: false };

/** Is there an element that breaks the sentence (br, img, a block, a skipped element) between a and b? */
function breakBetween(a: Node, b: Node): boolean {
  let n: Node | null = a;
  for (let guard = 0; guard < 64; guard++) {
    // next node in document order, not descending into a, stepping over nothing else
    if (n !== a && n.firstChild) n = n.firstChild;
    else {
      while (n && !n.nextSibling) n = n.parentNode;
      n = n ? n.nextSibling : null;
    }
    if (!n || n === b) return false;
    if (endsRun(n)) return true;
  }
  return true; // a long way apart: treat as separate
}

/**
 * A root that is inline (or a text node) is widened to its block, so a name or its context that crosses the
 * root's edge is read whole: the observer hands us whatever the page added, often a <span> inside a sentence.
 * Our marks already in that block are read locked, so nothing is marked twice. Never widened to the body.
 */
function widen(root: Node): Node {
  let el: Element | null = root.nodeType === 1 ? (root as Element) : root.parentElement;
  if (!el || (el === root && !INLINE.has(el.localName) && !isOurMark(el))) return root;
  while (el.parentElement && (INLINE.has(el.localName) || isOurMark(el))) el = el.parentElement;
  return el.localName === 'body' || el.localName === 'html' ? root : el;
}

export class RunReader {
  private readonly root: Node;
  private readonly memo = new Map<Element, ParentInfo>();
  private readonly walker: TreeWalker | null;
  private cur: Run | null = null;
  private curBlock: Element | null = null;
  private last: Text | null = null;
  private lastParent: Element | null = null;
  private lastInfo: ParentInfo = NOT_SKIPPED;
  done = false;

  constructor(start: Node) {
    const root = widen(start);
    this.root = root;
    if (insideSkipped(root)) {
      this.walker = null;
      this.done = true;
    } else {
      const doc = root.ownerDocument ?? (root as Document);
      this.walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      this.inShadow = root.getRootNode() !== doc;
    }
  }

  private inShadow = false;

  /** Asked once per element (info() memoises it); sparse reading asks about a few elements only. */
  private skips(el: Element, name: string): boolean {
    if (SKIP.has(name)) return !isOurMark(el);
    return el.hasAttribute('contenteditable') && skipsSubtree(el);
  }

  private info(el: Element | null): ParentInfo {
    if (!el) return NOT_SKIPPED;
    let got = this.memo.get(el);
    if (got) return got;
    const name = el.localName;
    const ourMark = isOurMark(el);
    if (el === this.root) {
      // its ancestors (and itself) were checked by insideSkipped in the constructor
      got = { skip: false, block: INLINE.has(name) || ourMark ? el.parentElement : el, locked: ourMark };
    } else {
      const up = this.info(el.parentElement);
      got =
        up.skip || this.skips(el, name)
          ? SKIPPED
          : { skip: false, block: INLINE.has(name) || ourMark ? up.block : el, locked: up.locked || ourMark };
    }
    this.memo.set(el, got);
    return got;
  }

  /** Reads runs until `deadline` (performance.now()) passes or the text ends. Completed runs only, except at the end. */
  read(deadline = Infinity, out: Run[] = []): Run[] {
    const walker = this.walker;
    if (!walker || this.done) return out;
    let count = 0;
    for (let t = walker.nextNode() as Text | null; ; t = walker.nextNode() as Text | null) {
      if (!t) {
        this.done = true;
        this.end(out);
        return out;
      }
      this.take(t, out);
      if ((++count & 255) === 0 && performance.now() > deadline) return out;
    }
  }

  /**
   * Reads the runs in the siblings from `first` to before `end` (null or undefined: to the last), a stretch that
   * sparse.ts found may hold a mention, and ends the last one there. Ancestors are judged as for any other node
   * (skipped places, blocks, our marks).
   */
  readSpan(first: Node | undefined, end: Node | null | undefined, out: Run[]): Run[] {
    if (this.done && !this.walker) return out;
    const doc = first?.ownerDocument ?? document;
    for (let c: Node | null = first ?? null; c && c !== end; c = c.nextSibling) {
      if (c.nodeType === 3) this.take(c as Text, out);
      else if (c.nodeType === 1 && !this.info(c as Element).skip) {
        const w = doc.createTreeWalker(c, NodeFilter.SHOW_TEXT);
        for (let t = w.nextNode() as Text | null; t; t = w.nextNode() as Text | null) this.take(t, out);
      }
    }
    this.end(out);
    return out;
  }

  private end(out: Run[]): void {
    if (this.cur) out.push(this.cur);
    this.cur = null;
    this.last = null;
  }

  /** Adds one text node to the current run, or ends that run and starts a new one. */
  private take(t: Text, out: Run[]): void {
    const parent = t.parentElement;
    // Consecutive text nodes usually share a parent: skip the memo lookup for them.
    const p = parent === this.lastParent ? this.lastInfo : this.info(parent);
    this.lastParent = parent;
    this.lastInfo = p;
    if (p.skip) return;
    const data = t.data;
    const cur = this.cur;
    if (cur && p.block === this.curBlock && this.last && !breakBetween(this.last, t)) {
      cur.starts.push(cur.text.length);
      cur.nodes.push(t);
      cur.locked.push(p.locked);
      cur.text += data;
    } else {
      if (cur) out.push(cur);
      this.cur = { nodes: [t], starts: [0], locked: [p.locked], text: data, inShadow: this.inShadow };
      this.curBlock = p.block;
    }
    this.last = t;
  }
}

export function collectRuns(root: Node): Run[] {
  return new RunReader(root).read();
}
