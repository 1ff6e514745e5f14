// Open shadow roots: a content script cannot see attachShadow, and a root attached after its host was added
// leaves no mutation record. So they are adopted when their host is added, and swept for now and then, backing
// off (0.5 s → 8 s) while the page is quiet (docs/architecture.md § Living pages).
import type { Annotator } from '../annotator/annotator';
import { SLICE_MS, yieldToPage } from '../annotator/slices';
import { insideSkipped } from '../annotator/where';
import type { Context } from '../context';
import type { Watcher } from './watcher';

/** Up to this many elements the sweep looks at every element; above, custom elements only. */
const SWEEP_ALL = 3000;
/** Up to this many elements custom elements are found by one XPath query (~8 ms for 25,000, ~57 ms for 230,000);
 * above, the page is not swept. */
const SWEEP_XPATH = 60000;
const CUSTOM = "//*[contains(local-name(), '-')]";
const FIRST_DELAY = 500;
const MAX_DELAY = 8000;

/** Open shadow roots under (and including) root. */
function* shadowRootsUnder(root: Node): Generator<ShadowRoot> {
  const doc = root.ownerDocument ?? (root as Document);
  if (root.nodeType === 1 && (root as Element).shadowRoot) yield (root as Element).shadowRoot!;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  for (let el = walker.nextNode() as Element | null; el; el = walker.nextNode() as Element | null) {
    const sr = el.shadowRoot;
    if (sr) yield sr;
  }
}

export class ShadowSweep {
  private timer = 0;
  private delay = FIRST_DELAY;
  /** The page is too big to sweep: swept once, never again. */
  private once = false;
  /** Elements were added since the last sweep looked. */
  private grew = true;
  /** Custom elements (not ours) the last XPath query found; -1: it looked at every element instead. */
  private customSeen = -1;

  constructor(
    private readonly ctx: Context,
    private readonly annotator: Annotator,
    private readonly watcher: Watcher,
    /** Called when a sweep adopted roots (their marks are new). */
    private readonly onFound: () => void,
  ) {
    document.addEventListener('visibilitychange', () => this.schedule(), { signal: ctx.signal });
    ctx.onInvalidated(() => clearTimeout(this.timer));
  }

  /** Elements were added: the next sweep looks again. */
  noteGrowth(): void {
    this.grew = true;
  }

  /** Observes and annotates the open shadow roots under root not yet adopted. Returns how many it adopted. */
  adopt(root: Node): number {
    let n = 0;
    for (const sr of shadowRootsUnder(root)) {
      if (this.watcher.isWatched(sr) || insideSkipped(sr.host)) continue;
      this.watcher.watch(sr);
      this.annotator.annotate(sr);
      n += 1 + this.adopt(sr);
    }
    return n;
  }

  /** Sweeps soon again (the page changed). */
  soon(): void {
    this.delay = FIRST_DELAY;
    this.schedule();
  }

  schedule(): void {
    if (this.timer || this.once || document.hidden) return;
    this.timer = window.setTimeout(() => void (this.ctx.alive() && this.sweep()), this.delay);
  }

  /** Looks for shadow roots. `force`: even where the last sweep says nothing could be found (a rescan, a re-enable). */
  async sweep(force = false): Promise<void> {
    clearTimeout(this.timer);
    this.timer = 0;
    // A big page with no custom element and nothing added: a sweep would find nothing (each costs the 1 MB article
    // ~5–10 ms in Firefox, every few seconds).
    if (!force && !this.grew && this.customSeen === 0) return this.backOff(0);
    this.grew = false;
    const stats = this.annotator.stats;
    stats.sweeps++;
    // One native query for the element list; sized by indexing the live list (its length would count a 10 MB page).
    const all = document.getElementsByTagName('*');
    const huge = !!all[SWEEP_XPATH];
    this.customSeen = -1;
    // A huge page is not swept: a walk would make a wrapper for every element (~250 ms on a 10 MB page).
    const found = huge ? 0 : all[SWEEP_ALL] ? this.sweepCustom() : await this.sweepAll(all);
    if (found < 0) return; // the context died meanwhile
    stats.publish();
    if (found) this.onFound();
    this.once = huge;
    this.backOff(found);
  }

  private backOff(found: number): void {
    this.delay = found ? FIRST_DELAY : Math.min(this.delay * 2, MAX_DELAY);
    this.schedule();
  }

  private take(el: Element): number {
    const sr = el.shadowRoot;
    return sr && !this.watcher.isWatched(sr) ? this.adopt(el) : 0;
  }

  /** Custom elements only (a hyphen in the name: where shadow roots nearly always live), found natively by XPath. */
  private sweepCustom(): number {
    const t0 = performance.now();
    const hosts = document.evaluate(CUSTOM, document, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null);
    let found = 0;
    this.customSeen = 0;
    for (let i = 0; i < hosts.snapshotLength; i++) {
      const el = hosts.snapshotItem(i) as Element;
      if (el.localName !== 'backstory-card') this.customSeen++;
      found += this.take(el);
    }
    this.annotator.stats.slice(performance.now() - t0, 'sweep');
    return found;
  }

  /** Every element of a small page, in slices. -1 when the context died meanwhile. */
  private async sweepAll(all: HTMLCollectionOf<Element>): Promise<number> {
    const stats = this.annotator.stats;
    let found = 0;
    let sliceStart = performance.now();
    for (let i = 0, el = all[0]; el; el = all[++i]) {
      found += this.take(el);
      if ((i & 255) === 255 && performance.now() - sliceStart > SLICE_MS) {
        stats.slice(performance.now() - sliceStart, 'sweep');
        await yieldToPage();
        if (!this.ctx.alive()) return -1;
        sliceStart = performance.now();
      }
    }
    stats.slice(performance.now() - sliceStart, 'sweep');
    return found;
  }
}
