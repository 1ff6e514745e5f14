// Follows the page as it changes, after Dark Reader's observers (docs/architecture.md § Living pages):
// - one MutationObserver for the document and every open shadow root (a WeakSet keeps each root observed once);
// - records are reduced to a queue of changed subtrees (a Set; children of queued parents are dropped) and
//   changed text nodes; our own nodes are skipped, and our writes are made with the observer disconnected;
// - the queue is flushed ~10 ms after a change, then at most every 50 ms, in slices; above HUGE queued nodes it becomes one sliced rescan,
//   so the queue never grows past HUGE;
// - changed text under a mark is re-checked (page.recheckText); removed marks drop their bookkeeping;
// - a loop breaker: when flushing costs more than BUSY_MS of each second (a page fighting our marks), the
//   flush delay doubles, up to one second, and returns to normal when the page calms down.
import type { Context } from './context';
import { isSplitOff } from './annotate';
import { SLICE_MS, yieldToPage, type Page } from './page';
import { insideSkipped } from './where';

const OWN = 'mark[data-backstory-mention], backstory-card';
const BASE_DELAY = 50;
const MAX_DELAY = 1000;
const BUSY_MS = 150;
export const HUGE = 1000;
/** Up to this many elements the shadow-root sweep looks at every element; above, custom elements only. */
const SWEEP_ALL = 3000;
/** Up to this many elements custom elements are found by one XPath query (~8 ms for 25,000, ~57 ms for 230,000);
 * above, the page is not swept. */
const SWEEP_XPATH = 60000;
const CUSTOM = "//*[contains(local-name(), '-')]";
const OPTIONS: MutationObserverInit = { childList: true, subtree: true, characterData: true };

export interface Pipeline {
  /** Annotates the whole page (sliced), then keeps following it. Resolves when the first pass is done. */
  start(): Promise<void>;
  /** A new view (single-page navigation): reset the per-page state. */
  reset(): void;
  /** Reads the whole page again (sliced), shadow roots included: after a change of settings. Resolves when done. */
  rescan(): Promise<void>;
}

/** Open shadow roots under (and including) root, outside the places we never touch. */
function* shadowRoots(root: Node): Generator<ShadowRoot> {
  const doc = root.ownerDocument ?? (root as Document);
  if (root.nodeType === 1 && (root as Element).shadowRoot) yield (root as Element).shadowRoot!;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  for (let el = walker.nextNode() as Element | null; el; el = walker.nextNode() as Element | null) {
    const sr = el.shadowRoot;
    if (sr) yield sr;
  }
}

export function observe(ctx: Context, page: Page, onChange: () => void): Pipeline {
  const stats = page.stats;
  const queue = new Set<Node>();
  const texts = new Set<Text>();
  const observed = new WeakSet<Node>();
  const rootsList: WeakRef<ShadowRoot>[] = [];
  let removed = false;
  let rescan = false;
  let timer = 0;
  let delay = BASE_DELAY;
  let busy = 0;
  let windowStart = performance.now();
  let running = false;
  let sweepTimer = 0;
  let sweepOnce = false;
  let sweepDelay = 500;
  // Elements added since the last sweep looked, and the custom elements (not ours) its XPath query found (-1: it
  // looked at every element instead). On a big page with no custom element and nothing added, a sweep would find
  // nothing: it is skipped (each costs the 1 MB article ~5–10 ms in Firefox, every few seconds).
  let grew = true;
  let customSeen = -1;

  // Callers of rescan() waiting for the next full rescan (or for the flush that finds the page disabled).
  const rescanned: (() => void)[] = [];
  const rescanDone = () => rescanned.splice(0).forEach((fn) => fn());

  let lastFlush = -Infinity;
  // Leading edge: a change on a quiet page is handled ~10 ms later (one burst of records is one batch);
  // after that, at most one flush per `delay`.
  const schedule = (ms = Math.max(10, lastFlush + delay - performance.now())) => {
    if (timer || running) return;
    timer = window.setTimeout(() => {
      timer = 0;
      if (ctx.alive()) void flush();
    }, ms);
  };

  const enqueue = (n: Node) => {
    if (rescan) return;
    if (n.nodeType === 3) {
      if (isSplitOff(n) && !(n.parentElement && page.mentions.ours.has(n.parentElement))) return;
    } else if (n.nodeType !== 1 && n.nodeType !== 11) return;
    const el = n.nodeType === 1 ? (n as Element) : n.parentElement;
    if (el?.closest(OWN) && !(n.nodeType === 3 && page.mentions.ours.has(el))) return;
    queue.add(n);
    if (queue.size + texts.size > HUGE) {
      rescan = true;
      queue.clear();
      texts.clear();
    }
    stats.queued(queue.size + texts.size);
    schedule();
  };

  const handle = (records: MutationRecord[]) => {
    for (const r of records) {
      if (r.type === 'characterData') {
        const t = r.target as Text;
        const el = t.parentElement;
        if (el?.closest('backstory-card')) continue;
        // A write into a node we split, or into a mark: fix it now, in this microtask, so the stale pieces
        // are never painted ("Netflix 5" must not show as "Netflix 5Netflix 4" for a frame).
        if (t.isConnected) page.recheckText(t);
        texts.add(t);
        if (texts.size > HUGE) enqueue(t); // trips the rescan
        stats.queued(queue.size + texts.size);
        schedule();
      } else {
        if (r.addedNodes.length) grew = true;
        for (const n of r.addedNodes) enqueue(n);
        if (r.removedNodes.length) {
          removed = true;
          schedule();
        }
      }
    }
  };

  const observer = new MutationObserver(handle);
  let stopped = false;
  const watch = (root: Node) => {
    if (observed.has(root)) return;
    observed.add(root);
    observer.observe(root, OPTIONS);
    if (root.nodeType === 11) rootsList.push(new WeakRef(root as ShadowRoot));
  };
  // Our writes: first take what the page did before them; then, with few roots, stop observing while we write
  // (the browser makes no records of our own writes at all), else drop the records they caused.
  page.write = (fn) => {
    handle(observer.takeRecords());
    const roots = !stopped && rootsList.length < 16 && observed.has(document) ? rootsList.map((r) => r.deref()) : null;
    if (roots) observer.disconnect();
    try {
      fn();
    } finally {
      if (roots) {
        observer.observe(document, OPTIONS);
        for (const sr of roots) if (sr) observer.observe(sr, OPTIONS);
      } else observer.takeRecords();
    }
  };

  /** Observes and annotates open shadow roots found under root (a content script cannot see attachShadow). */
  const adoptShadows = (root: Node): number => {
    let n = 0;
    for (const sr of shadowRoots(root)) {
      if (observed.has(sr) || insideSkipped(sr.host)) continue;
      watch(sr);
      page.annotate(sr);
      n += 1 + adoptShadows(sr);
    }
    return n;
  };

  // Shadow roots attached after their host was added leave no mutation record: sweep for them now and then,
  // backing off (0.5 s → 8 s) while the page is quiet, sooner again after it changes. Touching every element from
  // the content script's world costs ~1 µs each, so on a page of more than SWEEP_ALL elements only custom
  // elements (a hyphen in the name: where shadow roots nearly always live) are looked at, found natively by
  // XPath; a shadow root on a standard element of such a page is still found when its host is added later.
  // Pages over SWEEP_XPATH elements are not swept at all.
  /** `force`: look even where the last sweep says nothing could be found (a rescan, a re-enable). */
  const sweep = async (force = false) => {
    sweepTimer = 0;
    if (!force && !grew && customSeen === 0) {
      sweepDelay = Math.min(sweepDelay * 2, 8000);
      scheduleSweep();
      return;
    }
    grew = false;
    stats.sweeps++;
    const t0 = performance.now();
    let found = 0;
    const take = (el: Element) => {
      const sr = el.shadowRoot;
      if (sr && !observed.has(sr)) found += adoptShadows(el);
    };
    // One native query for the element list, then one property read each (a TreeWalker costs two calls each).
    // Sizes by indexing the live list (it stops counting there): its length would count a 10 MB page whole.
    const all = document.getElementsByTagName('*');
    const small = !all[SWEEP_ALL];
    const huge = !!all[SWEEP_XPATH];
    let sliceStart = t0;
    customSeen = -1;
    if (huge) {
      // Not swept: a walk would make a wrapper for every element (~250 ms on a 10 MB page, and the garbage
      // collection that follows lands in our slices). Shadow roots on such a page are found when their hosts are added.
    } else if (!small) {
      const hosts = document.evaluate(CUSTOM, document, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null);
      customSeen = 0;
      for (let i = 0; i < hosts.snapshotLength; i++) {
        const el = hosts.snapshotItem(i) as Element;
        if (el.localName !== 'backstory-card') customSeen++;
        take(el);
      }
    } else {
      for (let i = 0, el = all[0]; el; el = all[++i]) {
        take(el);
        if ((i & 255) === 255 && performance.now() - sliceStart > SLICE_MS) {
          stats.slice(performance.now() - sliceStart, 'sweep');
          await yieldToPage();
          if (!ctx.alive()) return;
          sliceStart = performance.now();
        }
      }
    }
    stats.slice(performance.now() - sliceStart, 'sweep');
    stats.publish();
    if (found) onChange();
    sweepDelay = found ? 500 : Math.min(sweepDelay * 2, 8000);
    sweepOnce = huge;
    scheduleSweep();
  };
  const scheduleSweep = () => {
    if (sweepTimer || sweepOnce || document.hidden) return;
    sweepTimer = window.setTimeout(() => void (ctx.alive() && sweep()), sweepDelay);
  };
  document.addEventListener('visibilitychange', scheduleSweep, { signal: ctx.signal });

  /** Drops queued nodes inside other queued nodes (walks up the parents: no n² comparisons). */
  const topmost = (nodes: Node[]): Node[] => {
    const set = new Set(nodes);
    return nodes.filter((n) => {
      for (let p = n.parentNode; p; p = p.parentNode) if (set.has(p)) return false;
      return true;
    });
  };

  const flush = async () => {
    if (!page.enabled) {
      // A disabled site or a pause: nothing is read; turning it back on rescans the page (settings-apply.ts).
      queue.clear();
      texts.clear();
      rescan = removed = false;
      stats.queued(0);
      rescanDone();
      return;
    }
    running = true;
    try {
      const t0 = performance.now();
      stats.flushes++;
      if (rescan) {
        rescan = false;
        stats.rescans++;
        queue.clear();
        texts.clear();
        stats.queued(0);
        await page.annotateSliced(document.body ?? document.documentElement, () => ctx.alive(), false);
        for (const r of rootsList) {
          const sr = r.deref();
          if (sr?.host.isConnected) page.annotate(sr);
        }
        clearTimeout(sweepTimer);
        const waiting = rescanned.splice(0);
        await sweep(true);
        if (rescan) rescanned.push(...waiting); // asked again meanwhile: the next rescan answers
        else waiting.forEach((fn) => fn());
      } else {
        // Changed text: re-check marks it touches, then re-read its block.
        const changed = [...texts];
        texts.clear();
        for (const t of changed) {
          if (!t.isConnected) continue;
          const el = t.parentElement;
          const holder = el && page.mentions.ours.has(el) ? el.parentElement : el;
          if (holder) queue.add(holder);
        }
        const roots = topmost([...queue].filter((n) => n.isConnected));
        queue.clear();
        let sliceStart = performance.now();
        for (let i = 0; i < roots.length; i++) {
          const r = roots[i]!;
          if (!r.isConnected) continue;
          if (r.nodeType === 3) {
            if (r.parentNode) page.annotate(r.parentNode);
          } else {
            page.annotate(r);
            if (r.nodeType === 1) adoptShadows(r);
          }
          if (performance.now() - sliceStart > SLICE_MS && i + 1 < roots.length) {
            stats.slice(performance.now() - sliceStart, 'flush');
            await yieldToPage();
            if (!ctx.alive()) return;
            sliceStart = performance.now();
          }
        }
        stats.slice(performance.now() - sliceStart, 'flush');
      }
      if (removed) {
        removed = false;
        page.prune();
      }
      stats.queued(queue.size + texts.size);
      stats.mentions = page.mentions.size;
      stats.publish();
      onChange();
      // Loop breaker: our share of the last second.
      const now = performance.now();
      busy += now - t0;
      if (now - windowStart >= 1000) {
        if (busy > BUSY_MS) {
          delay = Math.min(delay * 2, MAX_DELAY);
          stats.backoffs++;
        } else if (busy < BUSY_MS / 4) delay = BASE_DELAY;
        busy = 0;
        windowStart = now;
      }
      sweepDelay = 500;
      scheduleSweep();
    } finally {
      running = false;
      lastFlush = performance.now();
    }
    if (queue.size || texts.size || rescan || removed) schedule();
  };

  ctx.onInvalidated(() => {
    stopped = true; // a write after this (the teardown removing our marks) must not observe again
    observer.disconnect();
    clearTimeout(timer);
    clearTimeout(sweepTimer);
    queue.clear();
    texts.clear();
    rescanDone();
  });

  return {
    async start() {
      watch(document);
      running = true;
      try {
        await page.annotateSliced(document.body ?? document.documentElement, () => ctx.alive());
      } finally {
        running = false;
      }
      if (!ctx.alive()) return;
      if (page.enabled) await sweep();
      stats.mentions = page.mentions.size;
      stats.done();
      onChange();
      if (queue.size || texts.size || rescan || removed) schedule();
    },
    reset() {
      delay = BASE_DELAY;
      busy = 0;
      removed = true;
      schedule(0);
    },
    rescan() {
      rescan = true;
      queue.clear();
      texts.clear();
      const done = new Promise<void>((resolve) => rescanned.push(resolve));
      schedule(0);
      return done;
    },
  };
}

// Test pages: tests/e2e/pages/living-*.html (appended items, a 200-item batch, characterData edits, a ticker,
// a late shadow root, a srcdoc iframe, a route change, hostile CSS + strict CSP) and churn.html.
