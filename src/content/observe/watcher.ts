// One MutationObserver for the document and every open shadow root (each observed once), and the write guard
// the annotator is built with: our own writes make no records the observer handles (docs/architecture.md § Living
// pages).
import type { WriteGuard } from '../annotator/annotator';

const OPTIONS: MutationObserverInit = { childList: true, subtree: true, characterData: true };
/** Up to this many shadow roots the guard stops observing while we write; above, it drops the records instead. */
const RECONNECT_ROOTS = 16;

export class Watcher {
  private readonly observer: MutationObserver;
  private readonly observed = new WeakSet<Node>();
  private readonly shadowRoots: WeakRef<ShadowRoot>[] = [];
  private handler: (records: MutationRecord[]) => void = () => undefined;
  private stopped = false;
  private writing = false;

  constructor() {
    this.observer = new MutationObserver((records) => this.handler(records));
  }

  /** Starts delivering the page's changes to handler. */
  listen(handler: (records: MutationRecord[]) => void): void {
    this.handler = handler;
  }

  /** Observes root (the document or a shadow root) unless it already is. */
  watch(root: Node): void {
    if (this.observed.has(root)) return;
    this.observed.add(root);
    this.observer.observe(root, OPTIONS);
    if (root.nodeType === 11) this.shadowRoots.push(new WeakRef(root as ShadowRoot));
  }

  isWatched(root: Node): boolean {
    return this.observed.has(root);
  }

  /** The shadow roots observed that are still in the page. */
  liveShadowRoots(): ShadowRoot[] {
    const out: ShadowRoot[] = [];
    for (const r of this.shadowRoots) {
      const sr = r.deref();
      if (sr?.host.isConnected) out.push(sr);
    }
    return out;
  }

  /**
   * Runs our writes. The page's changes from before them are handed over in a microtask (never from inside a
   * write: handling them writes too); with few roots the observer is off while we write (no records at all),
   * else the records our writes caused are dropped.
   */
  readonly write: WriteGuard = (fn) => {
    if (this.writing) return fn();
    const before = this.observer.takeRecords();
    if (before.length) queueMicrotask(() => void (this.stopped || this.handler(before)));
    const roots = !this.stopped && this.shadowRoots.length < RECONNECT_ROOTS && this.observed.has(document) ? this.shadowRoots.map((r) => r.deref()) : null;
    if (roots) this.observer.disconnect();
    this.writing = true;
    try {
      fn();
    } finally {
      this.writing = false;
      if (roots) {
        this.observer.observe(document, OPTIONS);
        for (const sr of roots) if (sr) this.observer.observe(sr, OPTIONS);
      } else this.observer.takeRecords();
    }
  };

  /** For good: a write after this (the teardown removing our marks) observes nothing again. */
  stop(): void {
    this.stopped = true;
    this.observer.disconnect();
  }
}
