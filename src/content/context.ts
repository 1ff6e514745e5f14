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
  /** A timer that dies with the context. */
  setTimeout(fn: () => void, ms: number): number;
}

export function createContext(): Context {
  const controller = new AbortController();
  const teardowns: (() => void)[] = [];
  const ctx: Context = {
    signal: controller.signal,
    get invalid() {
      return controller.signal.aborted;
    },
    onInvalidated(fn) {
      if (controller.signal.aborted) fn();
      else teardowns.push(fn);
    },
    abort(reason) {
      if (controller.signal.aborted) return;
      controller.abort(reason);
      for (const fn of teardowns.splice(0).reverse()) {
        try {
          fn();
        } catch {
          /* teardown is best effort: the page must never see our errors */
        }
      }
    },
    setTimeout(fn, ms) {
      const id = window.setTimeout(() => {
        if (!ctx.invalid && browser.runtime?.id) fn();
        else ctx.abort('extension context invalidated');
      }, ms);
      teardowns.push(() => clearTimeout(id));
      return id;
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
  return ctx;
}

/** True for the error a call into a reloaded/updated extension throws. */
export function isInvalidation(e: unknown): boolean {
  return /context invalidated|Extension context|disconnected port|Receiving end does not exist/i.test(String(e));
}
