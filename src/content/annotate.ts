// Finds mentions in runs of page text and wraps them in <mark data-backstory> elements with mark.js.
// The matcher (src/core) decides what is a mention; mark.js only wraps the ranges it is handed, so it never
// scans the page itself (its own search, once per term, is what made highlighting slow: docs/architecture.md).
import Mark from 'mark.js';
import { scanText, type Match, type Matcher } from '../core/matcher';
import type { Run } from './runs';

export interface Mention {
  key: number;
  id: string;
  category: string;
  marks: HTMLElement[];
}

export interface Found {
  run: Run;
  matches: Match[];
}

/** Pure reading: which runs hold mentions. */
export function findInRuns(matcher: Matcher, runs: Run[]): Found[] {
  const out: Found[] = [];
  for (const run of runs) {
    if (run.locked.every(Boolean)) continue;
    // Text already inside our marks is scanned (same boundaries and context as the first pass) but not re-marked.
    const matches = scanText(matcher, run.text).filter((m) => !overlapsLocked(run, m));
    if (matches.length) out.push({ run, matches });
  }
  return out;
}

function overlapsLocked(run: Run, m: Match): boolean {
  for (let i = 0; i < run.nodes.length; i++) {
    if (!run.locked[i]) continue;
    const start = run.starts[i]!;
    if (m.start < start + run.nodes[i]!.data.length && start < m.end) return true;
  }
  return false;
}

let nextKey = 1;
/** The text node mark.js split off after each mark (ours to merge back on unwrap). */
const suffixOf = new WeakMap<Element, Text>();

type RangeObj = { start: number; length: number; match: Match; mention: Mention };

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
  const mentions: Mention[] = [];
  const ranges: RangeObj[] = matches.map((match) => {
    const mention: Mention = { key: nextKey++, id: match.id, category: match.category, marks: [] };
    mentions.push(mention);
    return { start: match.start, length: match.end - match.start, match, mention };
  });
  // Each match is handed to mark.js with only the text nodes it covers: mark.js's cost grows with the square of the
  // nodes it is given (it de-duplicates its contexts pairwise), and a run can hold thousands (found by the corpus
  // run). Last match first: splitting a text node keeps its start in place, so the earlier offsets stay valid.
  const { nodes, starts } = run;
  let j = nodes.length - 1;
  for (let r = ranges.length - 1; r >= 0; r--) {
    const range = ranges[r]!;
    const end = range.start + range.length;
    while (j > 0 && starts[j]! >= end) j--;
    let i = j;
    while (i > 0 && starts[i]! > range.start) i--;
    new Mark(nodes.slice(i, j + 1) as unknown as HTMLElement[]).markRanges([{ ...range, start: range.start - starts[i]! }], {
      element: 'mark',
      className: 'backstory-mark',
      each: (el: HTMLElement) => {
        const { mention } = range;
        el.setAttribute('data-backstory', mention.id);
        el.setAttribute('data-backstory-category', mention.category);
        el.setAttribute('data-backstory-mention', String(mention.key));
        ours.add(el);
        if (el.nextSibling?.nodeType === 3) suffixOf.set(el, el.nextSibling as Text);
        mention.marks.push(el);
      },
    });
  }
  return mentions.filter((m) => m.marks.length > 0);
}

/** Removes our marks and gives each text node back exactly as the page had it. mark.js split the page's node
 * into [node][mark][suffix]: the mark's text and our suffix are appended back to the node before the mark, so
 * the page's own text nodes keep their identity (frameworks hold references to them) and nothing else merges. */
export function unwrapMarks(marks: Iterable<HTMLElement>): void {
  for (const el of marks) {
    const parent = el.parentNode;
    if (!parent) continue;
    const prev = el.previousSibling;
    const onlyText = el.childNodes.length === 0 || (el.childNodes.length === 1 && el.firstChild!.nodeType === 3);
    if (prev?.nodeType === 3 && onlyText) {
      let data = el.textContent ?? '';
      const next = el.nextSibling;
      if (next && next === suffixOf.get(el)) {
        data += (next as Text).data;
        parent.removeChild(next);
      }
      (prev as Text).appendData(data);
      parent.removeChild(el);
    } else {
      // The page rearranged things around the mark: just put its content back in place.
      while (el.firstChild) parent.insertBefore(el.firstChild, el);
      parent.removeChild(el);
    }
  }
}
