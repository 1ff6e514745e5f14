// The page observer (src/content/observe/) around our own writes: it stops observing while we write, so
// it must observe again after every write, and never again once the copy is torn down.
import { afterEach, describe, expect, it, vi } from 'vitest';
import matcherData from 'virtual:backstory/matcher-data';

const { createContext } = await import('../../src/content/context');
const { Annotator } = await import('../../src/content/annotator/annotator');
const { Watcher } = await import('../../src/content/observe/watcher');
const { PageObserver } = await import('../../src/content/observe/observer');

const marked = () => [...document.querySelectorAll('mark[data-backstory]')].map((m) => m.textContent);
const para = (text: string) => Object.assign(document.createElement('p'), { textContent: text });

async function started() {
  document.body.replaceChildren(para('Netflix and the WGA met on Monday.'), para('Nothing here.'));
  const ctx = createContext();
  const watcher = new Watcher();
  const page = new Annotator(matcherData, watcher.write);
  await new PageObserver(ctx, page, watcher, () => {}).start();
  return { ctx, page };
}

afterEach(() => vi.restoreAllMocks());

describe('the observer around our writes', () => {
  it('sees the page’s changes after each of our writes, and none of our own', async () => {
    const { ctx, page } = await started();
    expect(marked()).toEqual(['Netflix', 'WGA']);
    const flushes = page.stats.flushes;
    document.body.append(para('Later, SAG-AFTRA answered.'));
    await vi.waitFor(() => expect(marked()).toEqual(['Netflix', 'WGA', 'SAG-AFTRA']));
    // That flush wrote a mark; the page's next change is seen too.
    document.body.firstElementChild!.append(' Disney too.');
    await vi.waitFor(() => expect(marked()).toContain('Disney'));
    await new Promise((r) => setTimeout(r, 200));
    expect(page.stats.flushes - flushes).toBe(2); // one per change of the page's, none for our marks
    ctx.abort('test over');
  });

  it('observes nothing again once torn down, even when the teardown writes', async () => {
    const { ctx, page } = await started();
    const observeSpy = vi.spyOn(MutationObserver.prototype, 'observe');
    ctx.abort('extension context invalidated');
    page.clear(); // index.ts's teardown: our marks go, through the write guard
    expect(marked()).toEqual([]);
    expect(observeSpy).not.toHaveBeenCalled();
    document.body.append(para('Netflix again.'));
    await new Promise((r) => setTimeout(r, 200));
    expect(marked()).toEqual([]);
  });
});
