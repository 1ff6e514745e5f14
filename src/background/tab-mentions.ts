// Per-tab, per-frame mention counts, kept in storage.session so they survive the service worker/event page
// stopping when idle. Writes are serialised: several frames of one tab report at once.
import browser from '../shared/browser';
import type { FrameMentions, PageMentions } from '../shared/messages';

type TabState = Record<string, FrameMentions>; // frameId → mentions
const key = (tabId: number) => `tab:${tabId}`;
let queue: Promise<unknown> = Promise.resolve();

function serial<T>(job: () => Promise<T>): Promise<T> {
  const next = queue.then(job, job);
  queue = next.catch(() => undefined);
  return next;
}

async function read(tabId: number): Promise<TabState> {
  const got = await browser.storage.session.get(key(tabId));
  return (got[key(tabId)] as TabState | undefined) ?? {};
}

export function aggregate(state: TabState): PageMentions {
  const counts: Record<string, number> = {};
  for (const frame of Object.values(state)) {
    for (const [id, n] of Object.entries(frame.counts)) counts[id] = (counts[id] ?? 0) + n;
  }
  // The page's date and headline are the top frame's (frame 0); an embedded frame's are another document's.
  const top = state['0'];
  return {
    counts,
    frames: Object.keys(state).length,
    ...(top?.published ? { published: top.published } : {}),
    ...(top?.lead?.length ? { lead: top.lead } : {}),
  };
}

export function setFrameMentions(tabId: number, frameId: number, mentions: FrameMentions): Promise<PageMentions> {
  return serial(async () => {
    const state = await read(tabId);
    state[String(frameId)] = mentions;
    await browser.storage.session.set({ [key(tabId)]: state });
    return aggregate(state);
  });
}

export function getPageMentions(tabId: number): Promise<PageMentions> {
  return serial(async () => aggregate(await read(tabId)));
}

export function clearTab(tabId: number): Promise<void> {
  return serial(() => browser.storage.session.remove(key(tabId)));
}
