// What the background recorded for a tab: read straight from its storage.session through an extension page.
import type { E2EBrowser } from '../../../tools/driver';

export interface TabFrames {
  tabId: number;
  /** frameId → { url, counts } */
  frames: Record<string, { url: string; counts: Record<string, number> }>;
}

/** Waits until some tab has a frame whose URL satisfies `urlTest` (a JS expression over `u`), and returns that tab. */
export async function tabFramesFor(b: E2EBrowser, urlTest: string, until = 'true', timeoutMs = 10000): Promise<TabFrames> {
  const ext = await b.openExtensionPage('src/popup/index.html?tabId=0');
  try {
    return await ext.waitFor<TabFrames>(
      `(globalThis.browser ?? chrome).storage.session.get(null).then((all) => {
        for (const [k, frames] of Object.entries(all)) {
          if (!k.startsWith('tab:')) continue;
          if (!Object.values(frames).some((f) => ((u) => ${urlTest})(f.url))) continue;
          const got = { tabId: Number(k.slice(4)), frames };
          const sum = {};
          for (const f of Object.values(frames)) for (const [id, n] of Object.entries(f.counts)) sum[id] = (sum[id] ?? 0) + n;
          if (((t, sum) => ${until})(got, sum)) return got;
        }
        return null;
      })`,
      timeoutMs,
    );
  } finally {
    await ext.close();
  }
}

export function sumCounts(t: TabFrames): Record<string, number> {
  const sum: Record<string, number> = {};
  for (const f of Object.values(t.frames)) for (const [id, n] of Object.entries(f.counts)) sum[id] = (sum[id] ?? 0) + n;
  return sum;
}
