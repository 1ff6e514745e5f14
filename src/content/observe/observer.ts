// Follows the page as it changes, after Dark Reader's observers (docs/architecture.md § Living pages): records
// become a queue of changed subtrees and text nodes (ours skipped); the queue is flushed ~10 ms after a change,
// then at most every `delay`, in slices; past QUEUE_LIMIT it becomes one sliced rescan. A page fighting our marks
// (flushing costs more than BUSY_MS a second) doubles the delay, up to MAX_DELAY.
import type { Annotator } from '../annotator/annotator';
import { SLICE_MS, yieldToPage } from '../annotator/slices';
import { isSplitOff } from '../annotator/wrap';
import type { Context } from '../context';
import { ShadowSweep } from './shadow-roots';
import type { Watcher } from './watcher';

const OWN = 'mark[data-backstory-mention], backstory-card';
const BASE_DELAY = 50;
const MAX_DELAY = 1000;
const BUSY_MS = 150;
/** Queued nodes past which the queue becomes one rescan of the page (so it never grows past this). */
export const QUEUE_LIMIT = 1000;

/** What the page changed since the last flush. */
interface Changes {
  nodes: Set<Node>;
  texts: Set<Text>;
  /** Nodes were removed: marks may have gone with them. */
  removed: boolean;
  /** Read the whole page again instead (too many changes, or new settings). */
  rescan: boolean;
}

/** When the next flush runs, and the loop breaker's account of our share of the last second. */
interface Pace {
  timer: number;
  running: boolean;
  lastFlush: number;
  delay: number;
  busy: number;
  windowStart: number;
}

/** Drops nodes inside other nodes of the list (walks up the parents: no n² comparisons). */
function topmost(nodes: Node[]): Node[] {
  const set = new Set(nodes);
  return nodes.filter((n) => {
    for (let p = n.parentNode; p; p = p.parentNode) if (set.has(p)) return false;
    return true;
  });
}

export class PageObserver {
  private readonly changes: Changes = { nodes: new Set(), texts: new Set(), removed: false, rescan: false };
  private readonly pace: Pace = { timer: 0, running: false, lastFlush: -Infinity, delay: BASE_DELAY, busy: 0, windowStart: performance.now() };
  private readonly shadows: ShadowSweep;
  /** Callers of rescan() waiting for the next full rescan (or for the flush that finds the page disabled). */
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly ctx: Context,
    private readonly annotator: Annotator,
    private readonly watcher: Watcher,
    /** The marks may have changed: report them. */
    private readonly onChange: () => void,
  ) {
    this.shadows = new ShadowSweep(ctx, annotator, watcher, onChange);
    watcher.listen((records) => this.handle(records));
    ctx.onInvalidated(() => {
      watcher.stop();
      clearTimeout(this.pace.timer);
      this.changes.nodes.clear();
      this.changes.texts.clear();
      this.answerRescans();
    });
  }

  /** Annotates the whole page (sliced), then keeps following it. Resolves when the first pass is done. */
  async start(): Promise<void> {
    this.watcher.watch(document);
    this.pace.running = true;
    try {
      await this.annotator.annotateSliced(document.body ?? document.documentElement, () => this.ctx.alive());
    } finally {
      this.pace.running = false;
    }
    if (!this.ctx.alive()) return;
    if (this.annotator.enabled) await this.shadows.sweep();
    this.annotator.stats.mentions = this.annotator.mentions.size;
    this.annotator.stats.done();
    this.onChange();
    this.scheduleIfPending();
  }

  /** A new view (single-page navigation): per-page state starts again. */
  reset(): void {
    this.pace.delay = BASE_DELAY;
    this.pace.busy = 0;
    this.changes.removed = true;
    this.schedule(0);
  }

  /** Reads the whole page again (sliced), shadow roots included: after a change of settings. Resolves when done. */
  rescan(): Promise<void> {
    this.startRescan();
    const done = new Promise<void>((resolve) => this.waiting.push(resolve));
    this.schedule(0);
    return done;
  }

  private startRescan(): void {
    this.changes.rescan = true;
    this.changes.nodes.clear();
    this.changes.texts.clear();
  }

  private answerRescans(): void {
    for (const fn of this.waiting.splice(0)) fn();
  }

  private queued(): number {
    return this.changes.nodes.size + this.changes.texts.size;
  }

  private scheduleIfPending(): void {
    const c = this.changes;
    if (c.nodes.size || c.texts.size || c.rescan || c.removed) this.schedule();
  }

  // Leading edge: a change on a quiet page is handled ~10 ms later (one burst of records is one batch); after
  // that, at most one flush per `delay`.
  private schedule(ms = Math.max(10, this.pace.lastFlush + this.pace.delay - performance.now())): void {
    if (this.pace.timer || this.pace.running) return;
    this.pace.timer = window.setTimeout(() => {
      this.pace.timer = 0;
      if (this.ctx.alive()) void this.flush();
    }, ms);
  }

  private enqueue(n: Node): void {
    const c = this.changes;
    if (c.rescan) return;
    const ours = this.annotator.mentions.ours;
    if (n.nodeType === 3) {
      if (isSplitOff(n) && !(n.parentElement && ours.has(n.parentElement))) return;
    } else if (n.nodeType !== 1 && n.nodeType !== 11) return;
    const el = n.nodeType === 1 ? (n as Element) : n.parentElement;
    if (el?.closest(OWN) && !(n.nodeType === 3 && ours.has(el))) return;
    c.nodes.add(n);
    if (this.queued() > QUEUE_LIMIT) this.startRescan();
    this.annotator.stats.queued(this.queued());
    this.schedule();
  }

  private handle(records: MutationRecord[]): void {
    for (const r of records) {
      if (r.type === 'characterData') {
        const t = r.target as Text;
        if (t.parentElement?.closest('backstory-card')) continue;
        // A write into a node we split, or into a mark: fixed now, in this microtask, so the stale pieces are never
        // painted ("Netflix 5" must not show as "Netflix 5Netflix 4" for a frame).
        if (t.isConnected) this.annotator.recheckText(t);
        this.changes.texts.add(t);
        if (this.changes.texts.size > QUEUE_LIMIT) this.enqueue(t); // trips the rescan
        this.annotator.stats.queued(this.queued());
        this.schedule();
      } else {
        if (r.addedNodes.length) this.shadows.noteGrowth();
        for (const n of r.addedNodes) this.enqueue(n);
        if (r.removedNodes.length) {
          this.changes.removed = true;
          this.schedule();
        }
      }
    }
  }

  private async flush(): Promise<void> {
    const { annotator, changes: c } = this;
    if (!annotator.enabled) {
      // A disabled site or a pause: nothing is read; turning it back on asks for a rescan.
      c.nodes.clear();
      c.texts.clear();
      c.rescan = c.removed = false;
      annotator.stats.queued(0);
      this.answerRescans();
      return;
    }
    this.pace.running = true;
    try {
      const t0 = performance.now();
      annotator.stats.flushes++;
      if (c.rescan) await this.rescanPage();
      else if (!(await this.annotateChanges())) return;
      if (c.removed) {
        c.removed = false;
        annotator.prune();
      }
      annotator.stats.queued(this.queued());
      annotator.stats.mentions = annotator.mentions.size;
      annotator.stats.publish();
      this.onChange();
      this.account(performance.now() - t0);
      this.shadows.soon();
    } finally {
      this.pace.running = false;
      this.pace.lastFlush = performance.now();
    }
    this.scheduleIfPending();
  }

  private async rescanPage(): Promise<void> {
    const { annotator, changes: c } = this;
    c.rescan = false;
    annotator.stats.rescans++;
    c.nodes.clear();
    c.texts.clear();
    annotator.stats.queued(0);
    const waiting = this.waiting.splice(0);
    await annotator.annotateSliced(document.body ?? document.documentElement, () => this.ctx.alive(), false);
    for (const sr of this.watcher.liveShadowRoots()) annotator.annotate(sr);
    await this.shadows.sweep(true);
    if (c.rescan) this.waiting.push(...waiting); // asked again meanwhile: the next rescan answers
    else for (const fn of waiting) fn();
  }

  /** Changed text: re-checks marks it touches, then re-reads its block; added subtrees are read. False if the
   * context died meanwhile. */
  private async annotateChanges(): Promise<boolean> {
    const { annotator, changes: c } = this;
    for (const t of c.texts) {
      if (!t.isConnected) continue;
      const el = t.parentElement;
      const holder = el && annotator.mentions.ours.has(el) ? el.parentElement : el;
      if (holder) c.nodes.add(holder);
    }
    c.texts.clear();
    const roots = topmost([...c.nodes].filter((n) => n.isConnected));
    c.nodes.clear();
    let sliceStart = performance.now();
    for (let i = 0; i < roots.length; i++) {
      const r = roots[i]!;
      if (!r.isConnected) continue;
      if (r.nodeType === 3) {
        if (r.parentNode) annotator.annotate(r.parentNode);
      } else {
        annotator.annotate(r);
        if (r.nodeType === 1) this.shadows.adopt(r);
      }
      if (performance.now() - sliceStart > SLICE_MS && i + 1 < roots.length) {
        annotator.stats.slice(performance.now() - sliceStart, 'flush');
        await yieldToPage();
        if (!this.ctx.alive()) return false;
        sliceStart = performance.now();
      }
    }
    annotator.stats.slice(performance.now() - sliceStart, 'flush');
    return true;
  }

  /** Loop breaker: our share of the last second sets the delay between flushes. */
  private account(ms: number): void {
    const p = this.pace;
    const now = performance.now();
    p.busy += ms;
    if (now - p.windowStart < 1000) return;
    if (p.busy > BUSY_MS) {
      p.delay = Math.min(p.delay * 2, MAX_DELAY);
      this.annotator.stats.backoffs++;
    } else if (p.busy < BUSY_MS / 4) p.delay = BASE_DELAY;
    p.busy = 0;
    p.windowStart = now;
  }
}

// Test pages: tests/e2e/pages/living-*.html (appended items, a 200-item batch, characterData edits, a ticker,
// a late shadow root, a srcdoc iframe, a route change, hostile CSS + strict CSP) and churn.html.
