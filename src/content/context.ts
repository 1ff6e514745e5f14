// One lifetime per content-script instance (after WXT's ContentScriptContext): listeners take `signal`,
// everything else registers a teardown. The context dies when the extension is reloaded or updated
// ("Extension context invalidated"), or when a newer copy of this script starts in the same document.
import browser from '../shared/browser';

const STARTED = 'backstory:started';

export interface Context {
  readonly signal: AbortSignal;
  readonly invalid: boolean;
  onInvalidated(fn: () => void): void;
  abort(reason: string): void;
  /** False once the context is dead; aborts it if the extension context is gone (checks runtime.id). */
  alive(): boolean;
  /** A timer that dies with the context. */
  setTimeout(fn: () => void, ms: number): number;
}

export function createContext(): Context {
  const controller = new AbortController();
  const teardowns = new Set<() => void>();
  const ctx: Context = {
    signal: controller.signal,
    get invalid() {
      return controller.signal.aborted;
    },
    onInvalidated(fn) {
      if (controller.signal.aborted) fn();
      else teardowns.add(fn);
    },
    abort(reason) {
      if (controller.signal.aborted) return;
      controller.abort(reason);
      const all = [...teardowns].reverse();
      teardowns.clear();
      for (const fn of all) {
        try {
          fn();
        } catch {
          /* teardown is best effort: the page must never see our errors */
        }
      }
    },
    setTimeout(fn, ms) {
      // The teardown leaves the set once the timer has fired, so a long-lived page does not collect them.
      const cancel = () => clearTimeout(id);
      const id = window.setTimeout(() => {
        teardowns.delete(cancel);
        if (ctx.alive()) fn();
      }, ms);
      teardowns.add(cancel);
      return id;
    },
    alive() {
      if (controller.signal.aborted) return false;
      // Firefox never leaves an orphan running (§ Lifetime), and its first `browser.runtime` builds that namespace
      // (1–4 ms), which here would come before the first highlight.
      if (__TARGET__ === 'firefox') return true;
      // An orphaned copy (extension reloaded/updated) loses runtime.id: stop silently.
      let id: string | undefined;
      try {
        id = browser.runtime?.id;
      } catch {
        id = undefined;
      }
      if (!id) ctx.abort('extension context invalidated');
      return !!id;
    },
  };
  // Tell an older copy (left behind by an extension update) to stand down, then listen for newer ones.
  const stamp = `${Date.now()}-${Math.random()}`;
  document.dispatchEvent(new CustomEvent(STARTED, { detail: stamp }));
  document.addEventListener(
    STARTED,
    (e) => {
      if ((e as CustomEvent).detail !== stamp) ctx.abort('a newer Backstory started');
    },
    { signal: controller.signal },
  );
  // The page's sweep timer notices an orphan within seconds, and not at all while the tab is hidden: the reader
  // coming back (tab shown, pointer over the page, focus) checks at once, before the card could open for a dead copy.
  const check = () => void ctx.alive();
  for (const type of ['pointerover', 'focusin', 'visibilitychange'] as const) {
    window.addEventListener(type, check, { capture: true, passive: true, signal: controller.signal });
  }
  return ctx;
}

/** True for the error a call into a reloaded/updated extension throws. */
export function isInvalidation(e: unknown): boolean {
  // Not "Receiving end does not exist": that is a frame or background not listening (yet), and the context lives.
  return /context invalidated|Extension context|disconnected port/i.test(String(e));
}
