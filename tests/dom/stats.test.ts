// The content script's own figures (src/content/stats.ts): the first visible highlight of a page that was not
// measured (opened at its top before its first paint) counts only once an IntersectionObserver sees it on screen.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SCRIPT_START, Stats } from '../../src/content/stats';

type Callback = (entries: { isIntersecting: boolean }[]) => void;
const observers: { callback: Callback; observed: Element[]; disconnected: boolean }[] = [];
class FakeObserver {
  private readonly me: (typeof observers)[number];
  constructor(callback: Callback) {
    this.me = { callback, observed: [], disconnected: false };
    observers.push(this.me);
  }
  observe(el: Element) {
    this.me.observed.push(el);
  }
  disconnect() {
    this.me.disconnected = true;
  }
}

const marks = (n: number) => Array.from({ length: n }, () => document.createElement('mark'));

describe('Stats.firstVisibleIfSeen', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    observers.length = 0;
    document.documentElement.removeAttribute('data-backstory-bench');
  });

  it('takes the time the marks were written, once they are seen on screen; not before, and not if off screen', async () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    document.documentElement.setAttribute('data-backstory-bench', '');
    const stats = new Stats();
    const at = SCRIPT_START + 12;
    stats.firstVisibleIfSeen([{ marks: marks(40) }], at);
    expect(observers).toHaveLength(1);
    expect(observers[0]!.observed).toHaveLength(32); // a bounded sample
    expect(stats.firstVisibleAt).toBe(-1);
    observers[0]!.callback([{ isIntersecting: false }]);
    expect(observers[0]!.disconnected).toBe(true);
    expect(stats.firstVisibleAt).toBe(-1);

    stats.firstVisibleIfSeen([{ marks: marks(1) }, { marks: marks(2) }], at + 5);
    observers[1]!.callback([{ isIntersecting: false }, { isIntersecting: true }]);
    expect(stats.firstVisibleAt).toBeCloseTo(17, 5);
    // Known already: no further observer.
    stats.firstVisibleIfSeen([{ marks: marks(3) }], at + 50);
    expect(observers).toHaveLength(2);
    // Published within 50 ms (and before this file's document goes away: a timer left behind would outlive it).
    await new Promise((r) => setTimeout(r, 80));
    expect(JSON.parse(document.documentElement.getAttribute('data-backstory-stats')!).firstVisibleAt).toBeCloseTo(17, 5);
  });

  it('does nothing on pages that do not ask for figures', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    const stats = new Stats();
    stats.firstVisibleIfSeen([{ marks: marks(3) }], SCRIPT_START);
    expect(observers).toHaveLength(0);
  });
});

describe('Stats.time', () => {
  it('counts a task of ours outside the slices as work, by its kind, even when it throws', () => {
    const stats = new Stats();
    const busy = (ms: number) => {
      const end = performance.now() + ms;
      while (performance.now() < end) {
        /* spin */
      }
    };
    expect(stats.time('listen', () => (busy(3), 7))).toBe(7);
    expect(stats.work).toBeGreaterThanOrEqual(3);
    expect(stats.byWhat.listen).toBe(stats.work);
    expect(() => stats.time('report', () => {
      busy(2);
      throw new Error('boom');
    })).toThrow('boom');
    expect(stats.byWhat.report).toBeGreaterThanOrEqual(2);
    expect(stats.work).toBeCloseTo(stats.byWhat.listen! + stats.byWhat.report!, 9);
    expect(stats.maxTask).toBeGreaterThanOrEqual(3);
  });
});
