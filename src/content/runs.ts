// Reads the page's text as "runs": consecutive text nodes of one block that a reader sees as one stretch of
// text, so "Writers <em>Guild</em> of America" is one run. A bare SHOW_TEXT TreeWalker plus a memo per parent
// element keeps this close to the cost of merely walking the text (see docs/architecture.md § Runs).
// The reader is resumable: `read(deadline)` stops when the deadline passes, so a 10 MB page is read in slices.
import { INLINE, SKIP, insideSkipped, skipsSubtree } from './where';

export interface Run {
  nodes: Text[];
  /** Start offset of each node in `text`. */
  starts: number[];
  text: string;
}

interface ParentInfo {
  skip: boolean;
  block: Element | null;
}

const NOT_SKIPPED: ParentInfo = { skip: false, block: null };
const SKIPPED: ParentInfo = { skip: true, block: null };

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
    if (n.nodeType === 1 && !INLINE.has((n as Element).localName)) return true;
  }
  return true; // a long way apart: treat as separate
}

export class RunReader {
  private readonly memo = new Map<Element, ParentInfo>();
  private readonly walker: TreeWalker | null;
  private cur: Run | null = null;
  private curBlock: Element | null = null;
  private last: Text | null = null;
  private lastParent: Element | null = null;
  private lastInfo: ParentInfo = NOT_SKIPPED;
  done = false;

  constructor(private readonly root: Node) {
    if (insideSkipped(root)) {
      this.walker = null;
      this.done = true;
    } else {
      const doc = root.ownerDocument ?? (root as Document);
      this.walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    }
  }

  /** Editable roots under root, found with one native query instead of an attribute read per element. */
  private editable: Set<Element> | null = null;

  private skips(el: Element, name: string): boolean {
    if (SKIP.has(name)) return true;
    this.editable ??= new Set((this.root as ParentNode).querySelectorAll?.('[contenteditable]') ?? []);
    return this.editable.size > 0 && this.editable.has(el) && skipsSubtree(el);
  }

  private info(el: Element | null): ParentInfo {
    if (!el) return NOT_SKIPPED;
    let got = this.memo.get(el);
    if (got) return got;
    const name = el.localName;
    if (el === this.root) {
      // its ancestors (and itself) were checked by insideSkipped in the constructor
      got = { skip: false, block: INLINE.has(name) ? el.parentElement : el };
    } else {
      const up = this.info(el.parentElement);
      got = up.skip || this.skips(el, name) ? SKIPPED : { skip: false, block: INLINE.has(name) ? up.block : el };
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
        if (this.cur) out.push(this.cur);
        this.cur = null;
        return out;
      }
      const parent = t.parentElement;
      // Consecutive text nodes usually share a parent: skip the memo lookup for them.
      const p = parent === this.lastParent ? this.lastInfo : this.info(parent);
      this.lastParent = parent;
      this.lastInfo = p;
      if (p.skip) continue;
      const data = t.data;
      const cur = this.cur;
      if (cur && p.block === this.curBlock && this.last && !breakBetween(this.last, t)) {
        cur.starts.push(cur.text.length);
        cur.nodes.push(t);
        cur.text += data;
      } else {
        if (cur) out.push(cur);
        this.cur = { nodes: [t], starts: [0], text: data };
        this.curBlock = p.block;
      }
      this.last = t;
      if ((++count & 255) === 0 && performance.now() > deadline) return out;
    }
  }
}

export function collectRuns(root: Node): Run[] {
  return new RunReader(root).read();
}
