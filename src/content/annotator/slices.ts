// Slicing: no task of ours runs longer than a slice before yielding to the page (docs/architecture.md § Speed).
import type { Found } from './match';

/** Time budget of one slice of work, in ms (the long-task limit is 50). */
export const SLICE_MS = 10;

/**
 * Yields to the page: our next slice is queued as a task of the page's own priority (scheduler.postTask,
 * 'user-visible'), so the page's timers, messages and network callbacks queued meanwhile run first. Not
 * scheduler.yield(): its continuation goes ahead of them, and the page's own timers then waited for our whole
 * scan (docs/architecture.md § Speed). setTimeout where there is no scheduler.
 */
export function yieldToPage(): Promise<void> {
  const s = (globalThis as { scheduler?: { postTask?: (task: () => void, options: { priority: string }) => Promise<unknown> } }).scheduler;
  if (typeof s?.postTask === 'function') return new Promise((resolve) => void s.postTask!(resolve, { priority: 'user-visible' }));
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Has the page been painted? Until then its layout may not be done, and measuring it would do it in our task. */
export const painted = (): boolean => performance.getEntriesByType('paint').length > 0;

/** Did the page open at its top (a plain navigation, no fragment)? Then document order is screen order. */
export function opensAtTop(): boolean {
  if (location.hash) return false;
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  return nav?.type === 'navigate';
}

/** Where a found run lies: in the viewport, below it, or elsewhere (above, beside, hidden). */
export function whereOnScreen(f: Found): 'in' | 'below' | 'out' {
  const el = f.run.nodes[0]?.parentElement;
  if (!el) return 'out';
  const r = el.getBoundingClientRect();
  if (r.width === 0 && r.height === 0) return 'out';
  if (r.top >= innerHeight) return 'below';
  return r.bottom > 0 && r.right > 0 && r.left < innerWidth ? 'in' : 'out';
}
