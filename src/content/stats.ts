// Figures about our own work, for the benchmark and the end-to-end tests. Published only on pages that ask
// with <html data-backstory-bench> (the bench pages and test fixtures), as a JSON attribute on <html>:
// Firefox has no profiler we can drive from outside, so there the benchmark reads these.
export const SCRIPT_START = performance.now();

export class Stats {
  readonly enabled = document.documentElement?.hasAttribute('data-backstory-bench') ?? false;
  /** ms of our own work: start-up, slices, observer flushes. */
  work = 0;
  maxTask = 0;
  firstVisibleAt = -1;
  doneAt = -1;
  startedAt = SCRIPT_START;
  flushes = 0;
  /** Shadow-root sweeps that looked (src/content/observe/shadow-roots.ts). */
  sweeps = 0;
  rescans = 0;
  queue = 0;
  queueMax = 0;
  backoffs = 0;
  mentions = 0;
  /** ms of work per kind of task (start-up, read, wrap, sweep, flush). */
  readonly byWhat: Record<string, number> = {};
  /** Which task was the longest, and when it ended. */
  longest = '';
  /** When each step of start-up ended, in ms from SCRIPT_START (matcher, settings, first slice…). */
  readonly steps: Record<string, number> = {};
  private timer = 0;

  step(name: string): void {
    this.steps[name] ??= performance.now() - SCRIPT_START;
  }

  /** One task's worth of our work. */
  slice(ms: number, what = ''): void {
    this.work += ms;
    this.byWhat[what] = (this.byWhat[what] ?? 0) + ms;
    if (ms > this.maxTask) {
      this.maxTask = ms;
      this.longest = `${what} ending at ${Math.round(performance.now() - SCRIPT_START)} ms`;
    }
    this.publish();
  }

  /** Runs fn as one measured task of ours (a task outside the scan's slices: settings, start of the card, reports). */
  time<T>(what: string, fn: () => T): T {
    const t0 = performance.now();
    try {
      return fn();
    } finally {
      this.slice(performance.now() - t0, what);
    }
  }

  firstVisible(at = performance.now()): void {
    if (this.firstVisibleAt < 0) this.firstVisibleAt = at - SCRIPT_START;
  }

  /** Marks written at `at` without measuring the layout: the first visible ones if they turn out on screen. */
  firstVisibleIfSeen(mentions: readonly { marks: Element[] }[], at: number): void {
    if (!this.enabled || this.firstVisibleAt >= 0 || typeof IntersectionObserver !== 'function') return;
    const marks = mentions.flatMap((m) => m.marks);
    const io = new IntersectionObserver((entries) => {
      io.disconnect();
      if (!entries.some((e) => e.isIntersecting)) return;
      this.firstVisible(at);
      this.publish();
    });
    for (const m of marks.slice(0, 32)) io.observe(m);
  }

  done(): void {
    if (this.doneAt < 0) this.doneAt = performance.now() - SCRIPT_START;
    this.publish();
  }

  queued(n: number): void {
    this.queue = n;
    if (n > this.queueMax) this.queueMax = n;
  }

  /** Written at most every 50 ms, outside our measured slices. */
  publish(): void {
    if (!this.enabled || this.timer) return;
    this.timer = window.setTimeout(() => {
      this.timer = 0;
      const { work, maxTask, firstVisibleAt, doneAt, startedAt, flushes, sweeps, rescans, queue, queueMax, backoffs, mentions, steps, longest, byWhat } = this;
      document.documentElement.setAttribute(
        'data-backstory-stats',
        JSON.stringify({ work, maxTask, firstVisibleAt, doneAt, startedAt, flushes, sweeps, rescans, queue, queueMax, backoffs, mentions, steps, longest, byWhat }),
      );
    }, 50);
  }
}
