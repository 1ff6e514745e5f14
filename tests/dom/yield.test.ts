// yieldToPage (src/content/annotator/slices.ts): our next slice waits its turn behind the page's own tasks (scheduler.postTask
// at the page's priority), never ahead of them (scheduler.yield's continuation); setTimeout where there is no
// scheduler. The end-to-end half: "lets the page's own tasks run between its slices" in tests/e2e/highlight.e2e.test.ts.
import { afterEach, describe, expect, it, vi } from 'vitest';

const { yieldToPage } = await import('../../src/content/annotator/slices');

const g = globalThis as { scheduler?: unknown };
const had = Object.getOwnPropertyDescriptor(globalThis, 'scheduler');
afterEach(() => {
  if (had) Object.defineProperty(globalThis, 'scheduler', had);
  else delete g.scheduler;
});

describe('yieldToPage', () => {
  it('queues the rest as a task of the page’s priority, not as a continuation ahead of the page', async () => {
    const postTask = vi.fn((task: () => void, _options: { priority: string }) => new Promise<void>((r) => setTimeout(() => r(task()), 0)));
    const yieldFn = vi.fn(() => Promise.resolve());
    g.scheduler = { postTask, yield: yieldFn };
    await yieldToPage();
    expect(postTask).toHaveBeenCalledTimes(1);
    expect(postTask.mock.calls[0]![1]).toEqual({ priority: 'user-visible' });
    expect(yieldFn).not.toHaveBeenCalled();
  });

  it('resolves only once the posted task has run', async () => {
    let run: () => void = () => {};
    g.scheduler = { postTask: (task: () => void) => new Promise<void>((r) => (run = () => r(task()))) };
    let done = false;
    const p = yieldToPage().then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(false);
    run();
    await p;
    expect(done).toBe(true);
  });

  it('falls back to a task when the browser has no scheduler', async () => {
    delete g.scheduler;
    vi.useFakeTimers();
    try {
      let done = false;
      const p = yieldToPage().then(() => (done = true));
      await Promise.resolve();
      expect(done).toBe(false);
      vi.runAllTimers();
      await p;
      expect(done).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
