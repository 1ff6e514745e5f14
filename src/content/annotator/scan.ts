// One sliced scan of a root (docs/architecture.md § Speed): read and match in slices of SLICE_MS, yielding to the
// page between them; what is on screen is wrapped at the end of its slice, the rest after the whole read.
import type { Found } from './match';
import { RunReader, type Run } from './read/runs';
import { SparseReader } from './read/sparse';
import { INLINE } from './where';
import { SLICE_MS, opensAtTop, painted, whereOnScreen, yieldToPage } from './slices';
import { wholeDocument, type Annotator } from './annotator';

/** After this many slices with marks shown, the viewport is no longer looked for (our writes dirty the layout). */
const VIEWPORT_SLICES = 4;

export class SlicedScan {
  private readonly reader: { done: boolean; read(deadline: number): Run[] };
  /** Found mentions not on screen: wrapped after the read. */
  private readonly rest: Found[] = [];
  private added = 0;
  /** The page opened at its top and is not painted yet: the first mentions found are the ones on screen. */
  private top: boolean;
  private lookForViewport: boolean;
  private shown = false;
  private slicesShown = 0;
  /** The settings on their way (the first scan only): read meanwhile, write nothing until they are applied. */
  private gate: Promise<unknown> | null;
  private generation: number;
  /** A read of the whole document: it decides the page's relevance when it ends. */
  private readonly whole: boolean;

  constructor(
    private readonly annotator: Annotator,
    root: Node,
    private readonly isAlive: () => boolean,
    viewportFirst: boolean,
    gate: Promise<unknown> | null,
  ) {
    // A block or the body is read sparsely (only where a mention may be: read/sparse.ts); anything else node by node.
    this.reader =
      root.nodeType === 1 && !INLINE.has((root as Element).localName) ? new SparseReader(root as Element, annotator.matcher) : new RunReader(root);
    // Before the first paint, measuring where the viewport is lays the page out in our task (260 ms on the first page
    // after Chromium starts); a page that opened at its top needs no measure: document order is screen order.
    this.top = viewportFirst && !painted() && opensAtTop();
    this.lookForViewport = viewportFirst && !this.top;
    this.gate = gate;
    this.generation = annotator.generation;
    this.whole = wholeDocument(root);
    if (this.whole) annotator.startDocument();
  }

  /** Still wanted: the context lives and no change of settings came since the scan started (or since the gate). */
  private alive(): boolean {
    return this.isAlive() && (this.gate !== null || this.generation === this.annotator.generation);
  }

  /** Runs the scan. Returns how many mentions were added. */
  async run(): Promise<number> {
    if (this.gate) {
      // Start-up ends its task here; the first read overlaps the settings' round trip.
      await yieldToPage();
      if (!this.alive()) return 0;
    }
    while (!this.reader.done) {
      if (!(await this.readSlice())) return this.added;
      if (!this.reader.done && !(await this.pause())) return this.added;
    }
    // Nothing to read (an empty or skipped root): the settings still come before anything is reported or swept.
    if (this.gate && (await this.passGate(performance.now())) === 'stop') return this.added;
    // The page's relevance is known: what waited for it is wrapped with the rest, or dropped.
    if (this.whole) this.rest.push(...this.annotator.allowed(this.annotator.settle()));
    await this.wrapRest();
    return this.added;
  }

  private async pause(): Promise<boolean> {
    await yieldToPage();
    return this.alive();
  }

  /**
   * Waits for the settings. 'stop' when the scan must stop (context gone, site disabled); 'long' when they came
   * before a read that took long, and so resume it in the same task: the caller yields, unless it has marks to
   * show first (a few wraps; waiting for the page's next task would put its whole render before them).
   */
  private async passGate(t0: number): Promise<'stop' | 'long' | 'ok'> {
    const gate = this.gate!;
    const stats = this.annotator.stats;
    const spent = performance.now() - t0;
    stats.slice(spent, 'read');
    await gate;
    this.gate = null;
    this.generation = this.annotator.generation;
    if (!this.alive() || !this.annotator.enabled) return 'stop';
    return spent > 2 * SLICE_MS ? 'long' : 'ok';
  }

  /** One slice of reading and matching, wrapping what is on screen at its end. False when the scan must stop. */
  private async readSlice(): Promise<boolean> {
    const { stats } = this.annotator;
    let t0 = performance.now();
    let end = t0 + SLICE_MS;
    const visible: Found[] = [];
    do {
      const gated = this.gate !== null;
      const runs = this.reader.read(gated ? performance.now() + 5 : Math.min(end, performance.now() + 2));
      const found = this.annotator.find(runs); // matching is pure: only the filter needs the settings
      if (gated) {
        const gate = await this.passGate(t0);
        if (gate === 'stop') return false;
        this.sort(this.annotator.allowed(found), visible);
        if (gate === 'long' && !visible.length && !(await this.pause())) return false;
        t0 = performance.now();
        end = t0 + SLICE_MS;
        continue;
      }
      this.sort(this.annotator.allowed(found), visible);
      // The first visible mentions are wrapped as soon as they are found; later ones at the end of their slice.
    } while (!this.reader.done && performance.now() < end && (this.shown || !visible.length));
    if (visible.length) this.show(visible);
    stats.step('first slice');
    // Until something is shown we write nothing, so measuring is cheap however far down the viewport is.
    if (this.shown && ++this.slicesShown >= VIEWPORT_SLICES) this.lookForViewport = false;
    stats.slice(performance.now() - t0, 'read');
    return true;
  }

  /** Puts each found run in `visible` or in the rest. */
  private sort(found: Found[], visible: Found[]): void {
    for (const f of found) {
      if (this.top) visible.push(f);
      else if (this.lookForViewport) {
        const where = whereOnScreen(f);
        if (where === 'in') visible.push(f);
        else this.rest.push(f);
        if (where === 'below') this.lookForViewport = false;
      } else this.rest.push(f);
    }
  }

  private show(visible: Found[]): void {
    const at = performance.now();
    const list = this.annotator.wrap(visible);
    this.added += list.length;
    if (this.top) this.annotator.stats.firstVisibleIfSeen(list, at); // on screen? known after layout
    else this.annotator.stats.firstVisible();
    this.top = false;
    this.shown = true;
  }

  /** Wraps the rest in slices. */
  private async wrapRest(): Promise<void> {
    const rest = this.rest;
    for (let i = 0; i < rest.length; ) {
      const t0 = performance.now();
      const next = this.annotator.wrapUntil(rest, i, t0 + SLICE_MS);
      this.added += next.added;
      i = next.index;
      this.annotator.stats.slice(performance.now() - t0, 'wrap');
      if (i < rest.length && !(await this.pause())) return;
    }
  }
}
