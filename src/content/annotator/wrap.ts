// Wraps the mentions match.ts found in <mark data-backstory> elements: a few splitText calls per match. mark.js did
// this until the benchmark showed its per-call set-up (iterators, exclude checks, logging) costing more than
// reading the whole page: ~110 ms of 550 on the 1 MB article in Chromium (docs/architecture.md § Speed).
//
// Wrapping splits the page's text nodes. A page that keeps a reference to one of them (React sets
// `textNode.nodeValue`, tickers do the same) still believes that node holds all of its text, so the pieces
// we split off are remembered: when the page writes into the original node, `collapseSplit` drops them.
import type { Found } from './match';

export interface Mention {
  key: number;
  id: string;
  category: string;
  /** The text as it was wrapped: a mark whose text changes no longer holds this mention. */
  text: string;
  marks: HTMLElement[];
}

/** Text nodes we split off the page's own nodes (the marks' contents and the remainders after them). */
const splitOff = new WeakSet<Text>();

/** The text of a mention as the page now shows it (its marks' text). */
export const mentionText = (m: Mention): string => m.marks.map((el) => el.textContent ?? '').join('');

let nextKey = 1;

// Marks inside a page's shadow root are out of reach of the manifest's content.css: style them through the
// CSSOM (allowed under any CSP, unlike a <style> element or a style attribute in markup).
const SHADOW_STYLE: [string, string][] = [
  ['background-color', 'rgba(130, 100, 235, 0.16)'],
  ['border-bottom', '2px solid rgba(91, 60, 196, 0.75)'],
  ['color', 'inherit'],
  ['display', 'inline'],
  ['visibility', 'visible'],
  ['cursor', 'help'],
];

// A mark per category, cloned: two attribute writes per mark instead of five calls (each DOM call from a content
// script crosses into the page's world: ~1 µs in Chromium, more through Firefox's Xrays).
const templates = new WeakMap<Document, Map<string, HTMLElement>>();
function markFor(doc: Document, mention: Mention): HTMLElement {
  let byCategory = templates.get(doc);
  if (!byCategory) templates.set(doc, (byCategory = new Map()));
  let t = byCategory.get(mention.category);
  if (!t) {
    t = doc.createElement('mark');
    t.className = 'backstory-mark';
    t.setAttribute('data-backstory-category', mention.category);
    byCategory.set(mention.category, t);
  }
  const el = t.cloneNode(false) as HTMLElement;
  el.setAttribute('data-backstory', mention.id);
  el.setAttribute('data-backstory-mention', String(mention.key));
  return el;
}

/**
 * Wraps one run's matches. Returns the mentions created (a mention split by inline markup has several marks).
 * Matches are wrapped from the last to the first, so the offsets of earlier ones stay valid. Each piece is cut
 * off its node with splitText, so the page's own node always stays first (possibly empty), like mark.js does.
 */
export function wrapRun(found: Found, ours: WeakSet<Element>): Mention[] {
  const { run, matches } = found;
  // The page may have changed since the run was read; wrap only if its text is still what we scanned.
  let now = '';
  for (const n of run.nodes) {
    if (!n.isConnected) return [];
    now += n.data;
  }
  if (now !== run.text) return [];
  const doc = run.nodes[0]!.ownerDocument;
  const inShadow = run.inShadow ?? run.nodes[0]!.getRootNode() !== doc;
  const mentions: Mention[] = [];
  for (let mi = matches.length - 1; mi >= 0; mi--) {
    const match = matches[mi]!;
    const mention: Mention = { key: nextKey++, id: match.id, category: match.category, text: match.text, marks: [] };
    for (let k = run.nodes.length - 1; k >= 0; k--) {
      const node = run.nodes[k]!;
      const from = run.starts[k]!;
      const s = Math.max(match.start - from, 0);
      const e = Math.min(match.end - from, node.length);
      if (e <= s) continue;
      const piece = node.splitText(s);
      if (e - s < piece.length) splitOff.add(piece.splitText(e - s));
      splitOff.add(piece);
      const el = markFor(doc, mention);
      if (inShadow) for (const [p, v] of SHADOW_STYLE) el.style.setProperty(p, v, 'important');
      piece.parentNode!.insertBefore(el, piece);
      el.appendChild(piece);
      ours.add(el);
      mention.marks.push(el);
    }
    if (mention.marks.length) {
      mention.marks.reverse();
      mentions.push(mention);
    }
  }
  return mentions.reverse();
}

/** Removes our marks, restoring the text nodes: pieces we split off are merged back into their neighbour. */
export function unwrapMarks(marks: Iterable<HTMLElement>): void {
  const parents = new Set<Node>();
  for (const el of marks) {
    const parent = el.parentNode;
    if (!parent) continue;
    while (el.firstChild) parent.insertBefore(el.firstChild, el);
    parent.removeChild(el);
    parents.add(parent);
  }
  for (const p of parents) mergeSplitText(p);
}

/** Merges the text pieces we split off back into the text node before them (never the page's own nodes). */
function mergeSplitText(parent: Node): void {
  for (let n = parent.firstChild; n; n = n.nextSibling) {
    while (n.nodeType === 3 && n.nextSibling?.nodeType === 3 && splitOff.has(n.nextSibling as Text)) {
      const next = n.nextSibling as Text;
      (n as Text).appendData(next.data);
      parent.removeChild(next);
    }
  }
}

/** Was this node split by us (does it have pieces after it that we made)? */
export function wasSplit(t: Text, ours: WeakSet<Element>): boolean {
  const s = t.nextSibling;
  return !!s && (s.nodeType === 3 ? splitOff.has(s as Text) : ours.has(s as Element));
}

/** Is this text node a piece we split off (inside one of our marks or a remainder after one)? */
export function isSplitOff(t: Node): boolean {
  return t.nodeType === 3 && splitOff.has(t as Text);
}

/**
 * The page wrote into a text node we had split: it believes the node holds all of its text, so the marks and
 * remainders after it are stale. Removes them and returns the marks removed.
 */
export function collapseSplit(t: Text, ours: WeakSet<Element>): HTMLElement[] {
  const parent = t.parentNode;
  const removed: HTMLElement[] = [];
  if (!parent) return removed;
  for (let s = t.nextSibling; s; ) {
    const next: ChildNode | null = s.nextSibling;
    if (s.nodeType === 3 && splitOff.has(s as Text)) parent.removeChild(s);
    else if (s.nodeType === 1 && ours.has(s as Element)) {
      removed.push(s as HTMLElement);
      parent.removeChild(s);
    } else break;
    s = next;
  }
  return removed;
}
