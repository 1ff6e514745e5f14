// The annotated page: scans a root, wraps what it finds, keeps the bookkeeping. Big scans are sliced: no task
// of ours runs longer than a slice (~10 ms) before yielding to the page, and mentions in the viewport are
// wrapped before the rest (docs/architecture.md § Speed).
import { compileMatcher, type Match, type Matcher } from '../core/matcher';
import type { MatcherData } from '../core/types';
import { collapseSplit, findInRuns, unwrapMarks, wasSplit, wrapRun, type Found, type Mention } from './annotate';
import { Mentions } from './mentions';
import { RunReader, collectRuns } from './runs';
import { SparseReader } from './sparse';
import { Stats } from './stats';
import { INLINE } from './where';

/** Time budget of one slice of work, in ms (the long-task limit is 50). */
export const SLICE_MS = 10;

/**
 * Yields to the page: our next slice is queued as a task of the page's own priority (scheduler.postTask,
 * 'user-visible'), so the page's timers, messages and network callbacks queued meanwhile run first. Not
 * scheduler.yield(): its continuation goes ahead of them, and the page's own timers then waited for our whole
 * scan (1 MB article: a 5 ms timer of the page's ran once in our scan, after 137 ms, in Firefox; 11 times, at most
 * 33 ms apart, with postTask; our work the same). setTimeout where there is no scheduler.
 */
export function yieldToPage(): Promise<void> {
  const s = (globalThis as { scheduler?: { postTask?: (task: () => void, options: { priority: string }) => Promise<unknown> } }).scheduler;
  if (typeof s?.postTask === 'function') return new Promise((resolve) => void s.postTask!(resolve, { priority: 'user-visible' }));
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Has the page been painted? Until then its layout may not be done, and measuring it would do it in our task. */
const painted = () => performance.getEntriesByType('paint').length > 0;

/** Did the page open at its top (a plain navigation, no fragment)? Then document order is screen order. */
function opensAtTop(): boolean {
  if (location.hash) return false;
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  return nav?.type === 'navigate';
}

function isVisible(f: Found): 'in' | 'below' | 'out' {
  const el = f.run.nodes[0]?.parentElement;
  if (!el) return 'out';
  const r = el.getBoundingClientRect();
  if (r.width === 0 && r.height === 0) return 'out';
  if (r.top >= innerHeight) return 'below';
  return r.bottom > 0 && r.right > 0 && r.left < innerWidth ? 'in' : 'out';
}

export class Page {
  readonly matcher: Matcher;
  readonly mentions = new Mentions();
  readonly stats = new Stats();
  /** Wraps our own DOM writes (the observer sets it so it can drop the records they cause). */
  write: (fn: () => void) => void = (fn) => fn();
  /** Which matches become marks (reader settings: categories, aliases, first mention). Set by settings-apply.ts. */
  filter: (m: Match) => boolean = () => true;
  /** False on a disabled site or while paused (settings-apply.ts): scans stop. */
  enabled = true;
  /** The settings the filter was made from (settings-apply.ts): a change of style only leaves the marks alone. */
  settingsKey = '';
  /** Bumped by each change of settings that changes the marks: a scan started before it stops. */
  generation = 0;
  /** Settings on their way: the first scan reads (writing nothing) until they are applied. */
  gate: Promise<unknown> | null = null;

  /** Mentions in these runs that the reader's settings let through. */
  private find(runs: Parameters<typeof findInRuns>[1]): Found[] {
    return this.allowed(findInRuns(this.matcher, runs));
  }

  /** The matches the reader's settings let through. */
  private allowed(found: Found[]): Found[] {
    const out: Found[] = [];
    for (const f of found) {
      f.matches = f.matches.filter(this.filter);
      if (f.matches.length) out.push(f);
    }
    return out;
  }

  constructor(data: MatcherData) {
    this.matcher = compileMatcher(data);
  }

  private wrapAll(found: Found[]): Mention[] {
    const added: Mention[] = [];
    this.write(() => {
      for (const f of found) {
        const list = wrapRun(f, this.mentions.ours);
        this.mentions.add(list);
        added.push(...list);
      }
    });
    return added;
  }

  /** Annotates everything under root that is not yet annotated, in one go. Returns how many mentions were added. */
  annotate(root: Node): number {
    return this.wrapAll(this.find(collectRuns(root))).length;
  }

  /**
   * Annotates everything under root in slices of SLICE_MS, yielding between them; mentions in the viewport
   * first. Stops when `alive()` turns false. Returns how many mentions were added.
   */
  async annotateSliced(root: Node, isAlive: () => boolean, viewportFirst = true): Promise<number> {
    // Settings applied meanwhile stop this scan (their rescan follows); those the gate brings start it.
    let generation = this.generation;
    let gated = this.gate !== null;
    const alive = () => isAlive() && (gated || generation === this.generation);
    if (this.gate) {
      // The first scan: start-up ends its task here. The first read overlaps the settings' round trip, and
      // compiles the patterns as it needs them (a first exec compiles one: 1–6 ms each for a few hundred aliases,
      // once per string width).
      await yieldToPage();
      if (!alive()) return 0;
    }
    // A block or the body is read sparsely (only where a mention may be: sparse.ts); anything else node by node.
    const reader =
      root.nodeType === 1 && !INLINE.has((root as Element).localName) ? new SparseReader(root as Element, this.matcher) : new RunReader(root);
    const rest: Found[] = [];
    let added = 0;
    // Before the page's first paint, measuring where the viewport is makes the browser lay the page out in our
    // task (the first page after the browser starts: 260 ms in Chromium). A page that opened at its top needs no
    // measure: the first mentions found are shown, the rest go in document order. One opened at a fragment is
    // still measured.
    let top = viewportFirst && !painted() && opensAtTop();
    let lookForViewport = viewportFirst && !top;
    let shown = false;
    let slices = 0; // since the first visible mentions were shown
    // Read and match (writing nothing), wrapping what is visible at the end of each slice.
    while (!reader.done) {
      let t0 = performance.now();
      let end = t0 + SLICE_MS;
      const visible: Found[] = [];
      do {
        // The first read overlaps the settings' round trip: matching is pure, only the filter needs them.
        const gate = this.gate;
        const runs = reader.read(gate ? performance.now() + 5 : Math.min(end, performance.now() + 2));
        let found = findInRuns(this.matcher, runs);
        if (gate) {
          this.gate = null;
          const spent = performance.now() - t0;
          this.stats.slice(spent, 'read');
          await gate;
          generation = this.generation;
          gated = false;
          if (!alive() || !this.enabled) return added;
          // Settings that came before this read resume it in the same task: after a long read, yield first.
          if (spent > 2 * SLICE_MS) {
            await yieldToPage();
            if (!alive()) return added;
          }
          t0 = performance.now();
          end = t0 + SLICE_MS;
        }
        found = this.allowed(found);
        for (const f of found) {
          if (top) visible.push(f);
          else if (lookForViewport) {
            const where = isVisible(f);
            if (where === 'in') visible.push(f);
            else rest.push(f);
            if (where === 'below') lookForViewport = false;
          } else rest.push(f);
        }
        // The first visible mentions are wrapped as soon as they are found; later ones at the end of their slice.
      } while (!reader.done && performance.now() < end && (shown || !visible.length));
      if (visible.length) {
        const at = performance.now();
        const list = this.wrapAll(visible);
        added += list.length;
        if (top) this.stats.firstVisibleIfSeen(list, at); // on screen? known after layout
        else this.stats.firstVisible();
        top = false;
        shown = true;
      }
      this.stats.step('first slice');
      // Until something is shown we write nothing, so the layout stays clean and measuring is cheap however far
      // down the viewport is (a page opened at a fragment); after that our writes dirty it: stop soon.
      if (shown && ++slices >= 4) lookForViewport = false;
      this.stats.slice(performance.now() - t0, 'read');
      if (!reader.done) {
        await yieldToPage();
        if (!alive()) return added;
      }
    }
    // Nothing to read (an empty or skipped root): the settings still come before anything is reported or swept.
    if (this.gate) {
      const gate = this.gate;
      this.gate = null;
      await gate;
      generation = this.generation;
      gated = false;
      if (!alive() || !this.enabled) return added;
    }
    // Wrap the rest in slices.
    let i = 0;
    while (i < rest.length) {
      const t0 = performance.now();
      const end = t0 + SLICE_MS;
      this.write(() => {
        do {
          const list = wrapRun(rest[i++]!, this.mentions.ours);
          this.mentions.add(list);
          added += list.length;
        } while (i < rest.length && ((i & 7) !== 0 || performance.now() < end));
      });
      this.stats.slice(performance.now() - t0, 'wrap');
      if (i < rest.length) {
        await yieldToPage();
        if (!alive()) return added;
      }
    }
    return added;
  }

  /**
   * The page changed text we may have wrapped. If it wrote into a node we had split, the pieces after it are
   * stale (the page thinks the node holds all its text); if the text inside a mark changed, that mark no
   * longer holds its mention. Either way the mentions go, and the caller re-annotates the block.
   */
  recheckText(t: Text): void {
    const ours = this.mentions.ours;
    if (wasSplit(t, ours)) {
      let removed: HTMLElement[] = [];
      this.write(() => (removed = collapseSplit(t, ours)));
      const gone = removed.map((el) => this.mentions.byMark(el)).filter((m) => m !== null);
      this.write(() => this.mentions.drop(gone));
      return;
    }
    const mark = t.parentElement;
    if (mark && ours.has(mark)) {
      const m = this.mentions.byMark(mark);
      if (m && m.marks.map((el) => el.textContent).join('') !== m.text) this.write(() => this.mentions.drop([m]));
      else if (!m) this.write(() => unwrapMarks([mark as HTMLElement]));
    }
  }

  /** Drops the bookkeeping of marks that left the page. Returns how many mentions went. */
  prune(): number {
    let n = 0;
    this.write(() => (n = this.mentions.prune()));
    return n;
  }

  /** Removes every mark we made and forgets them. */
  clear(): void {
    this.write(() => unwrapMarks(this.mentions.clear().flatMap((m) => m.marks)));
  }
}
