import type { E2EBrowser } from '../../../tools/driver';

/**
 * The tab id the extension knows a page by, read from its own storage.session (the background records each
 * frame's URL there; the extension has no tabs permission to ask the browser). `probe` is the extension page
 * opened to read it.
 */
export async function tabIdFor(b: E2EBrowser, url: string, probe = 'src/popup/index.html?tabId=0'): Promise<number> {
  const ext = await b.openExtensionPage(probe);
  try {
    return await ext.waitFor<number>(
      `(globalThis.browser ?? chrome).storage.session.get(null).then((all) => {
        for (const [k, v] of Object.entries(all)) if (Object.values(v).some((f) => f.url === ${JSON.stringify(url)})) return Number(k.slice(4));
        return 0;
      })`,
      10000,
    );
  } finally {
    await ext.close();
  }
}
