// Finds mentions in runs of page text and wraps them in <mark data-backstory> elements with mark.js.
// The matcher (src/core) decides what is a mention; mark.js only wraps the ranges it is handed, so it never
// scans the page itself (its own search, once per term, is what made highlighting slow: docs/architecture.md).
//
// Wrapping splits the page's text nodes. A page that keeps a reference to one of them (React sets
// `textNode.nodeValue`, tickers do the same) still believes that node holds all of its text, so the pieces
// we split off are remembered: when the page writes into the original node, `collapseSplit` drops them.
import Mark from 'mark.js';
import { scanText, type Match, type Matcher } from '../core/matcher';
import type { Run } from './runs';

export interface Mention {
  key: number;
  id: string;
  category: string;
  /** The text as it was wrapped: a mark whose text changes no longer holds this mention. */
  text: string;
  marks: HTMLElement[];
}

export interface Found {
  run: Run;
  matches: Match[];
}

/** Text nodes we split off the page's own nodes (the marks' contents and the remainders after them). */
const splitOff = new WeakSet<Text>();

/** Pure reading: which runs hold mentions. */
export function findInRuns(matcher: Matcher, runs: Run[], out: Found[] = []): Found[] {
  for (const run of runs) {
    const matches = scanText(matcher, run.text);
    if (matches.length) out.push({ run, matches });
  }
  return out;
}

let nextKey = 1;

type RangeObj = { start: number; length: number; match: Match; mention: Mention };

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

/** Wraps one run's matches. Returns the mentions created (a mention split by inline markup has several marks). */
export function wrapRun(found: Found, ours: WeakSet<Element>): Mention[] {
  const { run, matches } = found;
  // The page may have changed since the run was read; wrap only if its text is still what we scanned.
  let now = '';
  for (const n of run.nodes) {
    if (!n.isConnected) return [];
    now += n.data;
  }
  if (now !== run.text) return [];
  const inShadow = run.nodes[0]!.getRootNode() !== run.nodes[0]!.ownerDocument;
  const nexts = run.nodes.map((n) => n.nextSibling);
  const mentions: Mention[] = [];
  const ranges: RangeObj[] = matches.map((match) => {
    const mention: Mention = { key: nextKey++, id: match.id, category: match.category, text: match.text, marks: [] };
    mentions.push(mention);
    return { start: match.start, length: match.end - match.start, match, mention };
  });
  new Mark(run.nodes as unknown as HTMLElement[]).markRanges(ranges, {
    element: 'mark',
    className: 'backstory-mark',
    each: (el: HTMLElement, range: unknown) => {
      const { mention } = range as RangeObj;
      el.setAttribute('data-backstory', mention.id);
      el.setAttribute('data-backstory-category', mention.category);
      el.setAttribute('data-backstory-mention', String(mention.key));
      if (inShadow) for (const [k, v] of SHADOW_STYLE) el.style.setProperty(k, v, 'important');
      ours.add(el);
      mention.marks.push(el);
    },
  });
  // Remember what we split off each original node: everything between it and its old next sibling.
  run.nodes.forEach((n, i) => {
    for (let s = n.nextSibling; s && s !== nexts[i]; s = s.nextSibling) {
      if (s.nodeType === 3) splitOff.add(s as Text);
      else if (s.nodeType === 1 && ours.has(s as Element) && s.firstChild?.nodeType === 3) splitOff.add(s.firstChild as Text);
    }
  });
  return mentions.filter((m) => m.marks.length > 0);
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
