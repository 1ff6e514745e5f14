// Single-page navigation, after WXT's location watcher: the Navigation API's `currententrychange` where the
// browser has it (Chromium), else popstate/hashchange plus a poll of location.href (history.pushState from the
// page's own world is invisible to a content script). Everything is tied to the context's lifetime.
import type { Context } from './context';

const POLL_MS = 500;

interface NavigationLike extends EventTarget {
  currentEntry?: unknown;
}

export function watchLocation(ctx: Context, onChange: (href: string, previous: string) => void): { check(): void } {
  let last = location.href;
  const check = () => {
    if (ctx.invalid) return;
    const now = location.href;
    if (now === last) return;
    const previous = last;
    last = now;
    onChange(now, previous);
  };
  const nav = (globalThis as { navigation?: NavigationLike }).navigation;
  if (nav && typeof nav.addEventListener === 'function') {
    nav.addEventListener('currententrychange', check, { signal: ctx.signal });
  } else {
    addEventListener('popstate', check, { signal: ctx.signal });
    addEventListener('hashchange', check, { signal: ctx.signal });
    const tick = () => {
      check();
      ctx.setTimeout(tick, POLL_MS);
    };
    ctx.setTimeout(tick, POLL_MS);
  }
  // The observer also calls check() on every batch: a route change nearly always changes the DOM too.
  return { check };
}

// Test pages: tests/e2e/pages/living-route.html
