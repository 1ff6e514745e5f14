// Follows the page as it changes (after Dark Reader's observers): queues added/changed subtrees, drops those
// inside already queued ones, ignores our own nodes, and annotates in one batch per frame.
import type { Context } from './context';
import type { Page } from './page';

const OWN = 'mark[data-backstory-mention], backstory-card';

export function observe(ctx: Context, page: Page, onChange: () => void): void {
  const queue = new Set<Node>();
  let scheduled = false;

  const flush = () => {
    scheduled = false;
    if (ctx.invalid) return;
    const roots = [...queue].filter((n) => n.isConnected);
    queue.clear();
    // Drop roots inside other queued roots.
    const top = roots.filter((n) => !roots.some((o) => o !== n && o.contains(n)));
    observer.disconnect();
    for (const r of top) page.annotate(r);
    observer.takeRecords(); // our own writes
    connect();
    onChange();
  };

  const enqueue = (n: Node) => {
    const el = n.nodeType === 1 ? (n as Element) : n.parentElement;
    if (!el || el.closest(OWN)) return;
    queue.add(n.nodeType === 3 ? el : n);
    if (!scheduled) {
      scheduled = true;
      ctx.setTimeout(flush, 50);
    }
  };

  const observer = new MutationObserver((records) => {
    let removed = false;
    for (const r of records) {
      if (r.type === 'characterData') enqueue(r.target);
      else {
        r.addedNodes.forEach(enqueue);
        if (r.removedNodes.length) removed = true;
      }
    }
    if (removed && !scheduled) {
      scheduled = true;
      ctx.setTimeout(flush, 50);
    }
  });
  const connect = () =>
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  connect();
  ctx.onInvalidated(() => observer.disconnect());
}
