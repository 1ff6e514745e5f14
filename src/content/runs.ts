// Reads the page's text as "runs": consecutive text nodes of one block that a reader sees as one stretch of
// text, so "Writers <em>Guild</em> of America" is one run. A bare SHOW_TEXT TreeWalker plus a memo per parent
// element keeps this close to the cost of merely walking the text (see docs/architecture.md § Runs).
import { INLINE, insideSkipped, isOurMark, skipsSubtree } from './where';

export interface Run {
  nodes: Text[];
  /** Start offset of each node in `text`. */
  starts: number[];
  /** Per node: inside one of our marks already (read for context and boundaries, never wrapped again). */
  locked: boolean[];
  text: string;
}

interface ParentInfo {
  skip: boolean;
  block: Element | null;
  locked: boolean;
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
    if (n.nodeType === 1 && !INLINE.has((n as Element).localName) && !isOurMark(n as Element)) return true;
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

export function collectRuns(start: Node): Run[] {
  const root = widen(start);
  if (insideSkipped(root)) return [];
  const doc = root.ownerDocument ?? (root as Document);
  const memo = new Map<Element, ParentInfo>();
  const info = (el: Element | null): ParentInfo => {
    if (!el) return { skip: false, block: null, locked: false };
    let got = memo.get(el);
    if (got) return got;
    if (el === root) {
      // its ancestors (and itself) were checked by insideSkipped above
      got = { skip: false, block: INLINE.has(el.localName) || isOurMark(el) ? el.parentElement : el, locked: isOurMark(el) };
    } else {
      const up = info(el.parentElement);
      got =
        up.skip || skipsSubtree(el)
          ? { skip: true, block: null, locked: false }
          : { skip: false, block: INLINE.has(el.localName) || isOurMark(el) ? up.block : el, locked: up.locked || isOurMark(el) };
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
      cur.locked.push(p.locked);
      cur.text += data;
    } else {
      cur = { nodes: [t], starts: [0], locked: [p.locked], text: data };
      curBlock = p.block;
      runs.push(cur);
    }
    last = t;
  }
  return runs;
}
