// Reads the page's text as "runs": consecutive text nodes of one block that a reader sees as one stretch of
// text, so "Writers <em>Guild</em> of America" is one run. A bare SHOW_TEXT TreeWalker plus a memo per parent
// element keeps this close to the cost of merely walking the text (see docs/architecture.md § Runs).
import { INLINE, insideSkipped, skipsSubtree } from './where';

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

export function collectRuns(root: Node): Run[] {
  if (insideSkipped(root)) return [];
  const doc = root.ownerDocument ?? (root as Document);
  const memo = new Map<Element, ParentInfo>();
  const info = (el: Element | null): ParentInfo => {
    if (!el) return { skip: false, block: null };
    let got = memo.get(el);
    if (got) return got;
    if (el === root) {
      // its ancestors (and itself) were checked by insideSkipped above
      got = { skip: false, block: INLINE.has(el.localName) ? el.parentElement : el };
    } else {
      const up = info(el.parentElement);
      got = up.skip || skipsSubtree(el) ? { skip: true, block: null } : { skip: false, block: INLINE.has(el.localName) ? up.block : el };
    }
    memo.set(el, got);
    return got;
  };

  const runs: Run[] = [];
  let cur: Run | null = null;
  let curBlock: Element | null = null;
  let last: Text | null = null;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null) {
    const p = info(t.parentElement);
    if (p.skip) continue;
    const data = t.data;
    if (cur && p.block === curBlock && last && !breakBetween(last, t)) {
      cur.starts.push(cur.text.length);
      cur.nodes.push(t);
      cur.text += data;
    } else {
      cur = { nodes: [t], starts: [0], text: data };
      curBlock = p.block;
      runs.push(cur);
    }
    last = t;
  }
  return runs;
}
